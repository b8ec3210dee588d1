package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG4016 ScheduleTimezoneUnsupported")
class ScheduleTimezoneUnsupportedTest {
  private static final String ID = "AG4016";

  @Test
  @DisplayName("passes on the valid basic model (UTC)")
  void case1() {
    assertThat(findings(BASIC, ID)).isEmpty();
  }

  @Test
  @DisplayName("refuses a real IANA zone, located at the key, saying the schedule would run in UTC")
  void case2() {
    String yaml =
        edit(
            BASIC,
            "    localRetentionDays: 14\n",
            "    localRetentionDays: 14\n    scheduleTimezone: Europe/Berlin\n");
    List<Finding> findings = findings(yaml, ID);
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/plans/daily/scheduleTimezone",
                "'Europe/Berlin' cannot be expressed: organization backup policies have no"
                    + " time-zone key, so the schedule 'cron(0 5 ? * * *)' would run in UTC"));
    assertThat(findings.get(0).isError()).isTrue();
    assertThat(findings.get(0).location().line()).isEqualTo(29);
  }

  @Test
  @DisplayName("refuses an unknown zone the same way")
  void case3() {
    String yaml =
        edit(
            BASIC,
            "    localRetentionDays: 14\n",
            "    localRetentionDays: 14\n    scheduleTimezone: Mars/Olympus\n");
    assertThat(findings(yaml, ID))
        .extracting(Finding::pointer)
        .containsExactly("/plans/daily/scheduleTimezone");
  }
}
