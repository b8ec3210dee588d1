package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG4203 RestoreTestingValueRange")
class RestoreTestingValueRangeTest {
  private static final String ID = "AG4203";

  @Test
  @DisplayName("passes on the boundaries AWS accepts")
  void boundaries() {
    assertThat(findings(RestoreTestingFixture.RESTORE, ID)).isEmpty();
    String yaml =
        edit(
            RestoreTestingFixture.RESTORE,
            "startWindowHours: 24",
            "startWindowHours: 168",
            "lookbackDays: 30",
            "lookbackDays: 365",
            "validationWindowHours: 4",
            "validationWindowHours: 0");
    assertThat(findings(yaml, ID)).isEmpty();
    assertThat(
            findings(
                edit(
                    RestoreTestingFixture.RESTORE,
                    "startWindowHours: 24",
                    "startWindowHours: 1",
                    "lookbackDays: 30",
                    "lookbackDays: 1",
                    "validationWindowHours: 4",
                    "validationWindowHours: 168"),
                ID))
        .isEmpty();
  }

  @Test
  @DisplayName("fails, located at each value, just outside the ranges")
  void outside() {
    String yaml =
        edit(
            RestoreTestingFixture.RESTORE,
            "startWindowHours: 24",
            "startWindowHours: 169",
            "lookbackDays: 30",
            "lookbackDays: 0",
            "validationWindowHours: 4",
            "validationWindowHours: 169");
    assertThat(findings(yaml, ID))
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/central/restoreTesting/startWindowHours",
                "169 hours is outside 1 to 168, which AWS Backup accepts"),
            tuple(
                "/central/restoreTesting/lookbackDays",
                "0 days is outside 1 to 365, which AWS Backup accepts"),
            tuple(
                "/central/restoreTesting/selections/EBS/validationWindowHours",
                "169 hours is outside 0 to 168, which AWS Backup accepts"));
  }

  @Test
  @DisplayName("fails when selections is empty")
  void empty() {
    String yaml =
        edit(
            RestoreTestingFixture.RESTORE,
            "    selections:\n      EBS: { validationWindowHours: 4 }\n      RDS: {}\n",
            "    selections: {}\n");
    assertThat(findings(yaml, ID))
        .extracting(Finding::pointer)
        .containsExactly("/central/restoreTesting/selections");
  }
}
