package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG4008 ScheduleMoreThanHourly")
class ScheduleMoreThanHourlyTest {
  private static final String ID = "AG4008";

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
  @DisplayName("boundary: hourly passes")
  void case2() {
    // Given
    String yaml = edit(BASIC, "cron(0 5 ? * * *)", "cron(15 * ? * * *)");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("fails on every 30 minutes")
  void case3() {
    // Given
    String yaml = edit(BASIC, "cron(0 5 ? * * *)", "cron(0/30 * ? * * *)");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/plans/daily/schedule",
                "'cron(0/30 * ? * * *)' runs 2 times an hour; AWS Backup allows at most one backup job an hour"));
  }
}
