package dev.airgap.maven.deploy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A clock that only moves when the sleeper sleeps, so polling tests run instantly. */
final class FakeTime extends Clock implements Sleeper {
  private Instant now = Instant.parse("2026-01-01T00:00:00Z");
  final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  /** When ≥ 0, the sleep with this index throws, as if the process were killed mid-operation. */
  int interruptAtSleep = -1;

  @Override
  public synchronized void sleep(Duration d) {
    if (interruptAtSleep >= 0 && sleeps.size() == interruptAtSleep) {
      interruptAtSleep = -1;
      throw new IllegalStateException("simulated interruption (CI job killed)");
    }
    sleeps.add(d);
    now = now.plus(d);
  }

  @Override
  public synchronized Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
