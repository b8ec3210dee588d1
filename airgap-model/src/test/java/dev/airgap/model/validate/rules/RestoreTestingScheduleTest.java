package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.model.validate.Finding;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG4205 RestoreTestingSchedule")
class RestoreTestingScheduleTest {
  private static final String ID = "AG4205";

  @Test
  @DisplayName("passes on a weekly cron, and on the default when schedule is left out")
  void valid() {
    assertThat(findings(RestoreTestingFixture.RESTORE, ID)).isEmpty();
    String yaml = edit(RestoreTestingFixture.RESTORE, "    schedule: cron(0 5 ? * SUN *)\n", "");
    assertThat(findings(yaml, ID)).isEmpty();
  }

  @Test
  @DisplayName("fails, located at schedule, on a five-field expression")
  void fiveFields() {
    String yaml =
        edit(
            RestoreTestingFixture.RESTORE,
            "schedule: cron(0 5 ? * SUN *)",
            "schedule: cron(0 5 * * SUN)");
    assertThat(findings(yaml, ID))
        .extracting(Finding::pointer)
        .containsExactly("/central/restoreTesting/schedule");
  }
}
