package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG1006 PrincipalArnShape")
class PrincipalArnShapeTest {
  private static final String ID = "AG1006";

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
  @DisplayName("boundary: an Identity Center wildcard pattern is a valid admin")
  void case2() {
    // Given
    String yaml =
        edit(
            BASIC,
            "    - arn:aws:iam::222222222222:role/BackupVaultAdmin\n",
            "    - arn:aws:iam::222222222222:role/aws-reserved/sso.amazonaws.com/*/AWSReservedSSO_BackupAdmin_*\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("fails on a user ARN, another partition and a wildcard account")
  void case3() {
    // Given
    String yaml =
        edit(
            BASIC,
            "    - arn:aws:iam::222222222222:role/BackupVaultAdmin\n",
            "    - arn:aws:iam::222222222222:user/alice\n    - arn:aws-cn:iam::222222222222:role/Admin\n    - arn:aws:iam::*:role/Admin\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/central/admins/0",
                "'arn:aws:iam::222222222222:user/alice' is not an IAM role ARN (arn:aws:iam::<account>:role/<name>)"),
            tuple(
                "/central/admins/1",
                "'arn:aws-cn:iam::222222222222:role/Admin' is in partition 'aws-cn', but the organization is in 'aws'"),
            tuple(
                "/central/admins/2",
                "'arn:aws:iam::*:role/Admin' names account '*', which is not a 12-digit account id"));
  }

  @Test
  @DisplayName("fails on a wildcard in deploy.roleArn")
  void case4() {
    // Given
    String yaml = BASIC + "\ndeploy:\n  roleArn: arn:aws:iam::222222222222:role/ci-*\n";
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/deploy/roleArn",
                "'arn:aws:iam::222222222222:role/ci-*' contains a wildcard; deploy.roleArn must name one role"));
  }
}
