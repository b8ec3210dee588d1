package dev.airgap.maven.deploy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Waits for something CloudFormation does in the background: a stack set operation (there is no SDK
 * waiter for them, facts §9) or a stack drift detection. Polls with {@link Backoff} from {@code
 * initialDelay} to {@code maxDelay} under an overall timeout; a throttled poll just waits longer.
 */
public final class OperationPoller {

  /**
   * @param initialDelay first wait; doubles each poll up to {@code maxDelay}; {@code timeout}
   *     overall
   */
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

  /**
   * Polls until the operation ends; returns its final status, reporting progress after every poll.
   */
  public OperationStatus await(
      String unitId,
      String stackSetName,
      String operationId,
      CallAs callAs,
      Consumer<DeployEvent> events) {
    Instant start = clock.instant();
    // The lambda below keeps the last counts and when they were read across polls.
    Instant[] countedAt = {start};
    int[][] last = {null};
    return until(
        () -> {
          OperationStatus status =
              stackSets
                  .describeOperation(stackSetName, operationId, callAs)
                  .orElseThrow(
                      () ->
                          new CloudCallException(
                              CloudCallException.Kind.NOT_FOUND,
                              "DescribeStackSetOperation",
                              "operation " + operationId + " not found on " + stackSetName));
          Instant now = clock.instant();
          // Results are paged per account/Region (thousands in a large organization): refresh the
          // counts
          // on the first and last poll and at most once per maxDelay in between.
          List<OperationResult> results = null;
          if (last[0] == null
              || !status.isActive()
              || Duration.between(countedAt[0], now).compareTo(settings.maxDelay()) >= 0) {
            results = stackSets.listOperationResults(stackSetName, operationId, callAs, "");
            last[0] =
                new int[] {
                  (int) results.stream().filter(OperationResult::isDone).count(), results.size()
                };
            countedAt[0] = now;
          }
          events.accept(
              new DeployEvent.Progress(
                  unitId,
                  status.action(),
                  operationId,
                  status.status(),
                  last[0][0],
                  last[0][1],
                  Duration.between(start, now)));
          if (!status.isActive() && results != null) {
            events.accept(
                new DeployEvent.OperationEnded(
                    unitId,
                    status.action(),
                    operationId,
                    status.status(),
                    results,
                    Duration.between(start, now)));
          }
          return status.isActive() ? Optional.empty() : Optional.of(status);
        },
        waited -> new OperationTimeoutException(stackSetName, operationId, waited));
  }

  /**
   * Polls {@code poll} until it answers, with this poller's backoff and timeout. A retryable
   * failure (throttling) counts as "not yet"; {@code timedOut} makes the exception thrown after the
   * timeout.
   */
  <T> T until(Supplier<Optional<T>> poll, Function<Duration, RuntimeException> timedOut) {
    Instant start = clock.instant();
    Backoff backoff = new Backoff(settings.initialDelay(), settings.maxDelay());
    for (int polls = 1; ; polls++) {
      try {
        Optional<T> answer = poll.get();
        if (answer.isPresent()) {
          return answer.get();
        }
      } catch (CloudCallException e) {
        if (!e.isRetryable()) {
          throw e;
        }
      }
      Duration elapsed = Duration.between(start, clock.instant());
      if (elapsed.compareTo(settings.timeout()) >= 0) {
        throw timedOut.apply(elapsed);
      }
      Backoff.pause(sleeper, backoff.after(polls));
    }
  }
}
