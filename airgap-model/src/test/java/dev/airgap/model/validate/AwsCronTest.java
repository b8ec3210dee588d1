package dev.airgap.model.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("AwsCron parses the six-field AWS cron dialect")
class AwsCronTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "cron(0 5 ? * * *)", "cron(0 4 1 * ? *)", "cron(0 0 L * ? *)", "cron(0 0 15W * ? *)",
        "cron(0 0 ? * 6L *)", "cron(0 0 ? * 2#1 *)", "cron(0 0/6 ? * * *)",
            "cron(0 1,13 ? JAN,jul * 2030)",
        "cron(59 23 31 12 ? 2199)", "cron(0 5 ? * SUN-SAT 1970-2199)", " cron(0 5 ? * * *) "
      })
  @DisplayName("accepts")
  void accepts(String expression) {
    assertThat(AwsCron.parse(expression).problem()).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "cron(60 5 ? * * *)|'60' is not allowed in the minutes field (0–59)",
        "cron(0 5 0 * ? *)|'0' is not allowed in the day-of-month field (1–31)",
        "cron(0 5 ? 13 * *)|'13' is not allowed in the month field (1–12 or JAN–DEC)",
        "cron(0 5 ? * 8 *)|'8' is not allowed in the day-of-week field (1–7 or SUN–SAT)",
        "cron(0 5 ? * * 1969)|'1969' is not allowed in the year field (1970–2199)",
        "cron(? 5 ? * * *)|'?' is not allowed in the minutes field",
        "cron(0 5 ? ? * *)|'?' is not allowed in the month field",
        "cron(0 5 ? * ? *)|exactly one of day-of-month ('?') and day-of-week ('?') must be '?'",
        "cron(0 5 ? * 2#6 *)|'2#6' is not day#n with n from 1 to 5 in the day-of-week field",
        "cron(0/0 5 ? * * *)|step '0' is out of range 1–59 in the minutes field",
        "cron(0,,1 5 ? * * *)|empty list entry in the minutes field"
      })
  @DisplayName("rejects with the reason")
  void rejects(String expression, String reason) {
    assertThat(AwsCron.parse(expression).problem()).contains("'" + expression + "': " + reason);
  }

  @Test
  @DisplayName("rejects rate expressions and other shapes")
  void rejectsOtherShapes() {
    assertThat(AwsCron.parse("rate(1 hour)").problem())
        .contains("'rate(1 hour)' is a rate expression; AWS Backup schedules are cron expressions");
    assertThat(AwsCron.parse("0 5 * * *").problem())
        .contains(
            "'0 5 * * *' is not a cron expression of the form cron(min hour day-of-month month day-of-week year)");
    assertThat(AwsCron.parse("cron()").problem())
        .contains(
            "'cron()' has 0 fields; AWS cron has 6 (min hour day-of-month month day-of-week year)");
  }

  @Test
  @DisplayName("knows the minutes of the hour it runs at")
  void minutes() {
    assertThat(AwsCron.parse("cron(0 5 ? * * *)").minutes()).containsExactly(0);
    assertThat(AwsCron.parse("cron(0/15 * ? * * *)").minutes()).containsExactly(0, 15, 30, 45);
    assertThat(AwsCron.parse("cron(10-12 * ? * * *)").minutes()).containsExactly(10, 11, 12);
  }
}
