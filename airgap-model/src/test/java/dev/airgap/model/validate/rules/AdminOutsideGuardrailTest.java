package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("AG1017 AdminOutsideGuardrail")
class AdminOutsideGuardrailTest {
  private static final String ID = "AG1017";
  private static final String ADMIN = "arn:aws:iam::222222222222:role/BackupVaultAdmin";

  @Test
  @DisplayName(
      "passes on the valid basic model and on an Identity Center pattern with a fixed name")
  void passes() {
    assertThat(findings(BASIC, ID)).isEmpty();
    assertThat(
            findings(
                edit(
                    BASIC,
                    ADMIN,
                    "arn:aws:iam::222222222222:role/aws-reserved/sso.amazonaws.com/*/AWSReservedSSO_BackupAdmin_????????????????"),
                ID))
        .isEmpty();
  }

  @Test
  @DisplayName("fails on a role of another account, which the guardrail SCP cannot protect")
  void otherAccount() {
    assertThat(findings(edit(BASIC, ADMIN, "arn:aws:iam::333333333333:role/BackupVaultAdmin"), ID))
        .extracting(Finding::pointer, f -> f.location().toString())
        .containsExactly(tuple("/central/admins/0", "airgap.yaml:16:7"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "role/*",
        "role/*Admin",
        "role/aws-reserved/sso.amazonaws.com/*AWSReservedSSO_A_????????????????",
        "role/?ackupVaultAdmin",
        "role/stacksets-*",
        "role/stack*"
      })
  @DisplayName(
      "fails on a pattern anyone's role could match, or that matches the StackSet execution role")
  void tooBroad(String role) {
    assertThat(findings(edit(BASIC, ADMIN, "arn:aws:iam::222222222222:" + role), ID))
        .extracting(Finding::pointer)
        .containsExactly("/central/admins/0");
  }

  @Test
  @DisplayName("fails on a pattern that matches deploy.roleArn")
  void matchesDeployRole() {
    String yaml =
        edit(
            BASIC,
            ADMIN,
            "arn:aws:iam::222222222222:role/Deploy*",
            "plans:",
            "deploy:\n  roleArn: arn:aws:iam::222222222222:role/DeployFromCi\n\nplans:");
    assertThat(findings(yaml, ID))
        .extracting(Finding::message)
        .singleElement()
        .asString()
        .contains("also matches the deploy role arn:aws:iam::222222222222:role/DeployFromCi");
  }
}
