package dev.airgap.model.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScheduleIntervalTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "cron(0 5 ? * * *)|days 1",
        "cron(0 5 * * ? *)|days 1",
        "cron(0 0/6 ? * * *)|hours 6",
        "cron(0 */8 ? * * *)|hours 8",
        "cron(0 1,2,13 ? * * *)|hours 12",
        "cron(0 * ? * * *)|hours 1",
        "cron(0 6 ? * SUN *)|days 7",
        "cron(0 6 ? * MON,THU *)|days 4",
        "cron(0 6 ? * MON-FRI *)|days 3",
        "cron(0 3 1 * ? *)|none",
        "cron(0 3 ? JAN * *)|none",
        "cron(0 3 ? * 6#3 *)|none",
        "cron(0 3,4 ? * SUN *)|none",
        "rate(1 day)|none"
      })
  void interval(String schedule, String expected) {
    assertThat(ScheduleInterval.of(schedule).map(i -> i.unit() + " " + i.value()).orElse("none"))
        .isEqualTo(expected);
  }
}
