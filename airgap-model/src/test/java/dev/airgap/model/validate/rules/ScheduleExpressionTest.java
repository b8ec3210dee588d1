package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG4007 ScheduleExpression")
class ScheduleExpressionTest {
  private static final String ID = "AG4007";

  @Test
  @DisplayName("passes on the valid basic model")
  void case1() {
    // Given
    String yaml = BASIC;
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("boundary: day-of-month with ? in day-of-week, names, ranges and # pass")
  void case2() {
    // Given
    String yaml =
        BASIC
            + "  monthly:\n    schedule: cron(0 4 1 * ? *)\n    localRetentionDays: 30\n    copyToCentral: { retentionDays: 90 }\n  weekdays:\n    schedule: cron(30 23 ? JAN-DEC MON-FRI 2024-2199)\n    localRetentionDays: 30\n    copyToCentral: { retentionDays: 90 }\n  third-friday:\n    schedule: cron(0 2 ? * 6#3 *)\n    localRetentionDays: 30\n    copyToCentral: { retentionDays: 90 }\n";
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("fails on a rate expression")
  void case3() {
    // Given
    String yaml = edit(BASIC, "cron(0 5 ? * * *)", "rate(1 day)");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/plans/daily/schedule",
                "'rate(1 day)' is a rate expression; AWS Backup schedules are cron expressions"));
    assertThat(findings)
        .extracting(f -> f.location().toString())
        .containsExactly("airgap.yaml:27:5");
  }

  @Test
  @DisplayName("fails when both day fields are set")
  void case4() {
    // Given
    String yaml = edit(BASIC, "cron(0 5 ? * * *)", "cron(0 5 * * * *)");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/plans/daily/schedule",
                "'cron(0 5 * * * *)': exactly one of day-of-month ('*') and day-of-week ('*') must be '?'"));
  }

  @Test
  @DisplayName("fails on five fields")
  void case5() {
    // Given
    String yaml = edit(BASIC, "cron(0 5 ? * * *)", "cron(0 5 ? * *)");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/plans/daily/schedule",
                "'cron(0 5 ? * *)' has 5 fields; AWS cron has 6 (min hour day-of-month month day-of-week year)"));
  }

  @Test
  @DisplayName("fails on an hour out of range")
  void case6() {
    // Given
    String yaml = edit(BASIC, "cron(0 5 ? * * *)", "cron(0 24 ? * * *)");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/plans/daily/schedule",
                "'cron(0 24 ? * * *)': '24' is not allowed in the hours field (0–23)"));
  }

  @Test
  @DisplayName("fails on an unknown day name")
  void case7() {
    // Given
    String yaml = edit(BASIC, "cron(0 5 ? * * *)", "cron(0 5 ? * MONDAY *)");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/plans/daily/schedule",
                "'cron(0 5 ? * MONDAY *)': 'MONDAY' is not allowed in the day-of-week field (1–7 or SUN–SAT)"));
  }
}
