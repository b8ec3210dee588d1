package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG3101 JobNotificationEmailShape")
class JobNotificationEmailShapeTest {
  private static final String ID = "AG3101";

  private static String withJobs(String emails) {
    return edit(
        BASIC,
        "    email: [security@example.com]\n",
        "    email: [security@example.com]\n    jobNotifications:\n      email: " + emails + "\n");
  }

  @Test
  @DisplayName("passes on the basic model, which has no job notifications")
  void case1() {
    assertThat(findings(BASIC, ID)).isEmpty();
  }

  @Test
  @DisplayName("passes on valid addresses")
  void case2() {
    assertThat(findings(withJobs("[backups@example.com, a@b.co]"), ID)).isEmpty();
  }

  @Test
  @DisplayName("fails on an address without @, located at the entry")
  void case3() {
    List<Finding> findings = findings(withJobs("[backups@example.com, backups.example.com]"), ID);
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/central/alerts/jobNotifications/email/1",
                "'backups.example.com' is not an e-mail address"));
    assertThat(findings.get(0).location().line()).isEqualTo(20);
  }
}
