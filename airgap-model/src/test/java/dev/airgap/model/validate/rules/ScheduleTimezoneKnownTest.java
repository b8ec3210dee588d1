package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG4016 ScheduleTimezoneKnown")
class ScheduleTimezoneKnownTest {
  private static final String ID = "AG4016";

  @Test
  @DisplayName("passes on the valid basic model (UTC)")
  void case1() {
    // Given
    String yaml = BASIC;
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("boundary: an IANA zone passes")
  void case2() {
    // Given
    String yaml =
        edit(
            BASIC,
            "    localRetentionDays: 14\n",
            "    localRetentionDays: 14\n    scheduleTimezone: Europe/Berlin\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("fails on an unknown zone")
  void case3() {
    // Given
    String yaml =
        edit(
            BASIC,
            "    localRetentionDays: 14\n",
            "    localRetentionDays: 14\n    scheduleTimezone: Mars/Olympus\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple("/plans/daily/scheduleTimezone", "'Mars/Olympus' is not an IANA time zone"));
  }

  @Test
  @DisplayName("fails on an offset")
  void case4() {
    // Given
    String yaml =
        edit(
            BASIC,
            "    localRetentionDays: 14\n",
            "    localRetentionDays: 14\n    scheduleTimezone: \"+02:00\"\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple("/plans/daily/scheduleTimezone", "'+02:00' is not an IANA time zone"));
  }
}
