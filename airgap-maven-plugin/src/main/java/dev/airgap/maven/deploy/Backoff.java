package dev.airgap.maven.deploy;

import java.time.Duration;

/**
 * The one waiting schedule of deploy, plan and drift: capped exponential backoff. Throttled calls,
 * waits for another operation and polls of a running operation or drift detection all use it, so
 * there is one place that says how long airgap waits (facts §9: back off, cap the wait).
 *
 * @param first the first wait; each later one doubles
 * @param cap no wait is longer than this
 */
public record Backoff(Duration first, Duration cap) {

  /** The wait before attempt {@code attempt + 1}, counting from 1. */
  public Duration after(int attempt) {
    // 2^10 × first is already far above any cap in use; the bound keeps the shift from overflowing.
    Duration d = first.multipliedBy(1L << Math.min(Math.max(attempt, 1) - 1, 10));
    return d.compareTo(cap) > 0 ? cap : d;
  }

  /** Sleeps {@code d}; an interrupt ends the deploy as an error instead of being swallowed. */
  static void pause(Sleeper sleeper, Duration d) {
    try {
      sleeper.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting", e);
    }
  }
}
