package dev.airgap.maven.deploy;

import java.util.function.Supplier;

/**
 * Retries a CloudFormation or Organizations call that was throttled, with {@link Backoff}. The SDK
 * has retried it already (facts §9); this outer bound lets a large deploy ride out a longer burst
 * instead of failing a unit halfway through.
 */
final class RetryPolicy {
  private final Sleeper sleeper;
  private final Backoff backoff;
  private final int maxThrottleRetries;
  private final int maxInProgressRetries;

  RetryPolicy(Sleeper sleeper, Deployer.Settings settings) {
    this.sleeper = sleeper;
    // Capped at 20 × the first wait: 2 s grows to 40 s, long enough for a throttling burst to pass.
    this.backoff =
        new Backoff(settings.retryBaseDelay(), settings.retryBaseDelay().multipliedBy(20));
    this.maxThrottleRetries = settings.maxThrottleRetries();
    this.maxInProgressRetries = settings.maxInProgressRetries();
  }

  /**
   * The call's result; a retryable failure is tried again up to the bound, any other is thrown at
   * once.
   */
  <T> T call(Supplier<T> call) {
    for (int attempt = 1; ; attempt++) {
      try {
        return call.get();
      } catch (CloudCallException e) {
        if (!e.isRetryable() || attempt >= maxThrottleRetries) {
          throw e;
        }
        backOff(attempt);
      }
    }
  }

  void run(Runnable call) {
    call(
        () -> {
          call.run();
          return null;
        });
  }

  /** Whether another {@code OperationInProgressException} may still be waited out (facts §9). */
  boolean mayWaitForOperation(int waitsSoFar) {
    return waitsSoFar <= maxInProgressRetries;
  }

  /** Waits as before attempt {@code attempt + 1}. */
  void backOff(int attempt) {
    Backoff.pause(sleeper, backoff.after(attempt));
  }
}
