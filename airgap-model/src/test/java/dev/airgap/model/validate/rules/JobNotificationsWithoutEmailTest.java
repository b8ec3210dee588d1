package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import dev.airgap.model.validate.Severity;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG3102 JobNotificationsWithoutEmail")
class JobNotificationsWithoutEmailTest {
  private static final String ID = "AG3102";

  @Test
  @DisplayName("passes without job notifications and with an address")
  void case1() {
    assertThat(findings(BASIC, ID)).isEmpty();
    String yaml =
        edit(
            BASIC,
            "    email: [security@example.com]\n",
            "    email: [security@example.com]\n    jobNotifications: { email: [ops@example.com] }\n");
    assertThat(findings(yaml, ID)).isEmpty();
  }

  @Test
  @DisplayName("warns on an empty list, located at the list")
  void case2() {
    String yaml =
        edit(
            BASIC,
            "    email: [security@example.com]\n",
            "    email: [security@example.com]\n    jobNotifications: { email: [] }\n");
    List<Finding> findings = findings(yaml, ID);
    assertThat(findings)
        .extracting(Finding::pointer, Finding::severity)
        .containsExactly(tuple("/central/alerts/jobNotifications/email", Severity.WARNING));
  }

  @Test
  @DisplayName("warns on job notifications without an email key")
  void case3() {
    String yaml =
        edit(
            BASIC,
            "    email: [security@example.com]\n",
            "    email: [security@example.com]\n    jobNotifications: {}\n");
    assertThat(findings(yaml, ID))
        .extracting(Finding::pointer)
        .containsExactly("/central/alerts/jobNotifications");
  }
}
