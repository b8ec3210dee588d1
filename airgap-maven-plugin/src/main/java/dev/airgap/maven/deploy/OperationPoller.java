package dev.airgap.maven.deploy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Waits for a stack set operation: there is no SDK waiter for them (facts §9), so poll
 * {@code DescribeStackSetOperation} while it is RUNNING, QUEUED or STOPPING, with capped exponential
 * backoff and an overall timeout, and report progress after every poll.
 */
public final class OperationPoller {

  /** @param initialDelay first wait; doubles each poll up to {@code maxDelay}; {@code timeout} overall */
  public record Settings(Duration initialDelay, Duration maxDelay, Duration timeout) {
    /** facts §9: start about 10 s, back off to about 60 s. */
    public static Settings standard() {
      return new Settings(Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofHours(3));
    }
  }

  private final StackSets stackSets;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Settings settings;

  public OperationPoller(StackSets stackSets, Clock clock, Sleeper sleeper, Settings settings) {
    this.stackSets = stackSets;
    this.clock = clock;
    this.sleeper = sleeper;
    this.settings = settings;
  }

  /** Polls until the operation ends; returns its final status. Throttled polls just wait longer. */
  public OperationStatus await(String unitId, String stackSetName, String operationId, CallAs callAs, Consumer<DeployEvent> events) {
    Instant start = clock.instant();
    Duration delay = settings.initialDelay();
    int[] counts = null;
    Instant countedAt = start;
    while (true) {
      try {
        OperationStatus status = stackSets.describeOperation(stackSetName, operationId, callAs)
            .orElseThrow(() -> new CloudCallException(CloudCallException.Kind.NOT_FOUND, "DescribeStackSetOperation",
                "operation " + operationId + " not found on " + stackSetName));
        Instant now = clock.instant();
        // Results are paged per account/Region (thousands in a large organization): refresh the counts
        // on the first and last poll and at most once per maxDelay in between.
        if (counts == null || !status.isActive() || Duration.between(countedAt, now).compareTo(settings.maxDelay()) >= 0) {
          List<OperationResult> results = stackSets.listOperationResults(stackSetName, operationId, callAs, "");
          counts = new int[] {(int) results.stream().filter(OperationResult::isDone).count(), results.size()};
          countedAt = now;
        }
        Duration elapsed = Duration.between(start, now);
        events.accept(new DeployEvent.Progress(unitId, status.action(), operationId, status.status(), counts[0], counts[1], elapsed));
        if (!status.isActive()) {
          return status;
        }
      } catch (CloudCallException e) {
        if (!e.isRetryable()) {
          throw e;
        }
      }
      Duration elapsed = Duration.between(start, clock.instant());
      if (elapsed.compareTo(settings.timeout()) >= 0) {
        throw new OperationTimeoutException(stackSetName, operationId, elapsed);
      }
      sleep(delay);
      delay = delay.multipliedBy(2);
      if (delay.compareTo(settings.maxDelay()) > 0) {
        delay = settings.maxDelay();
      }
    }
  }

  void sleep(Duration d) {
    try {
      sleeper.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting", e);
    }
  }
}
