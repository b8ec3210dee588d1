package dev.airgap.maven.deploy;

import java.time.Duration;

/** Waits; injected so that tests of polling and backoff run instantly (style.md §7). */
@FunctionalInterface
public interface Sleeper {
  void sleep(Duration duration) throws InterruptedException;

  static Sleeper system() {
    return d -> Thread.sleep(d.toMillis());
  }
}
