package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.model.validate.Finding;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG4301-AG4304 evidence rules")
class EvidenceRulesTest {
  private static final String FRAMEWORKS = "\nevidence:\n  frameworks: true\n";

  @Test
  @DisplayName("AG4301: reports from the delegated admin need organization.delegatedAdminAccount")
  void delegatedAdminAccount() {
    String reports = "\nevidence:\n  reports:\n    fromAccount: delegated-admin\n";
    assertThat(findings(BASIC + reports, "AG4301"))
        .extracting(Finding::pointer)
        .containsExactly("/evidence/reports/fromAccount");
    String withAdmin =
        replace(
            BASIC,
            "  managementAccount: \"111111111111\"\n",
            "  managementAccount: \"111111111111\"\n  delegatedAdminAccount: \"333333333333\"\n");
    assertThat(findings(withAdmin + reports, "AG4301")).isEmpty();
    assertThat(findings(BASIC + "\nevidence:\n  reports: {}\n", "AG4301")).isEmpty();
  }

  @Test
  @DisplayName("AG4302: a monthly schedule gets no frequency control, and says so; daily is clean")
  void scheduleNotDerived() {
    assertThat(findings(BASIC + FRAMEWORKS, "AG4302")).isEmpty();
    String monthly = replace(BASIC, "cron(0 5 ? * * *)", "cron(0 5 1 * ? *)");
    assertThat(findings(monthly + FRAMEWORKS, "AG4302"))
        .extracting(Finding::pointer)
        .containsExactly("/plans/daily/schedule");
    assertThat(findings(monthly, "AG4302")).as("only with frameworks").isEmpty();
  }

  @Test
  @DisplayName("AG4302: a weekly plan whose windows push the age past 744 hours loses that control")
  void ageBeyondLimit() {
    String weekly =
        replace(
            BASIC,
            "    schedule: cron(0 5 ? * * *)\n",
            "    schedule: cron(0 5 ? * SUN *)\n    completionWindowMinutes: 40000\n");
    assertThat(findings(weekly + FRAMEWORKS, "AG4302"))
        .extracting(Finding::message)
        .singleElement()
        .asString()
        .contains("744");
  }

  @Test
  @DisplayName("AG4303: nine plans of six controls exceed 50 per account and Region; eight fit")
  void controlLimit() {
    assertThat(findings(withPlans(8) + FRAMEWORKS, "AG4303")).isEmpty();
    assertThat(findings(withPlans(9) + FRAMEWORKS, "AG4303"))
        .extracting(Finding::pointer)
        .containsExactly("/evidence/frameworks");
  }

  @Test
  @DisplayName("AG4304: several plans' frameworks overlap; one plan does not")
  void overlap() {
    assertThat(findings(BASIC + FRAMEWORKS, "AG4304")).isEmpty();
    assertThat(findings(withPlans(2) + FRAMEWORKS, "AG4304"))
        .extracting(Finding::pointer)
        .containsExactly("/evidence/frameworks");
  }

  @Test
  @DisplayName("evidence keys are read strictly: unknown keys and non-booleans are located errors")
  void strictReader() {
    assertThat(validate(BASIC + "\nevidence:\n  framework: true\n").all())
        .extracting(Finding::ruleId, Finding::pointer)
        .contains(org.assertj.core.groups.Tuple.tuple("AG0002", "/evidence/framework"));
    assertThat(validate(BASIC + "\nevidence:\n  frameworks: \"yes\"\n").all())
        .extracting(Finding::pointer)
        .contains("/evidence/frameworks");
  }

  /** BASIC with {@code n} daily plans that copy, under a member vault lock (six controls each). */
  static String withPlans(int n) {
    StringBuilder plans = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      plans
          .append("  p")
          .append(i)
          .append(":\n    schedule: cron(0 ")
          .append(i)
          .append(" ? * * *)\n    localRetentionDays: 14\n")
          .append("    copyToCentral:\n      retentionDays: 35\n");
    }
    String locked =
        replace(
            BASIC,
            MEMBERS_END,
            "  vault:\n    name: airgap-local\n    lock: { mode: governance, minRetentionDays: 1 }\n"
                + MEMBERS_END);
    return replace(
        locked,
        "  daily:\n    schedule: cron(0 5 ? * * *)\n    localRetentionDays: 14\n    copyToCentral:\n      retentionDays: 35\n",
        plans.toString());
  }
}
