package dev.airgap.generator.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KnownActionsTest {

  @Test
  @DisplayName(
      "the reference sample's misspelt action is rejected, with the real one suggested (facts §11 #1)")
  void misspellingIsRejected() {
    assertThat(KnownActions.isKnown("backup:DeleteVaultAccessPolicy")).isFalse();
    assertThat(KnownActions.suggestion("backup:DeleteVaultAccessPolicy"))
        .hasValue("backup:DeleteBackupVaultAccessPolicy");
    assertThat(
            KnownActions.unknown(
                List.of(
                    "backup:DeleteBackupVault",
                    "backup:DeleteVaultAccessPolicy",
                    "backup:DeleteVaultAccessPolicy")))
        .containsExactly("backup:DeleteVaultAccessPolicy");
  }

  @ParameterizedTest(name = "{0} is known")
  @ValueSource(
      strings = {
        "backup:CopyIntoBackupVault",
        "backup:CopyFromBackupVault",
        "backup:DeleteBackupVaultAccessPolicy",
        "backup:DisassociateBackupVaultMpaApprovalTeam",
        "backup:GetBackupPlanFromJSON",
        "kms:CreateGrant",
        "kms:Decrypt",
        "kms:ReEncryptFrom",
        "kms:PutKeyPolicy",
        "kms:DescribeKey",
        "sns:Publish",
        "sns:Subscribe",
        "events:PutRule",
        "events:PutTargets",
        "iam:PassRole",
        "iam:CreateRole",
        "sts:AssumeRole",
        "logs:CreateLogGroup",
        "logs:PutLogEvents",
        "organizations:CreatePolicy",
        "organizations:ListTargetsForPolicy",
        "organizations:DescribeOrganization",
        "kms:GenerateDataKey*",
        "kms:ReEncrypt*",
        "backup:Delete*",
        "backup:*"
      })
  void realActionsAreKnown(String action) {
    assertThat(KnownActions.isKnown(action)).isTrue();
  }

  @ParameterizedTest(name = "{0} is not known")
  @ValueSource(
      strings = {
        "backup:deletebackupvault",
        "backup:DeleteVault",
        "kms:ReEncrypt",
        "backup:NoSuch*",
        "foo:*",
        "DeleteBackupVault",
        "backup:",
        "s3:GetObject"
      })
  void wrongActionsAreNotKnown(String action) {
    assertThat(KnownActions.isKnown(action)).isFalse();
  }

  @Test
  @DisplayName("the list is the complete AWS Backup action list and is well formed")
  void listIsWellFormed() {
    assertThat(KnownActions.all()).allMatch(a -> a.matches("[a-z0-9-]+:[A-Za-z0-9]+"));
    long backup = KnownActions.all().stream().filter(a -> a.startsWith("backup:")).count();
    // 108 operations in botocore 1.43.11 plus permission-only and newer actions of the Service
    // Authorization Reference.
    assertThat(backup).isGreaterThanOrEqualTo(115);
    assertThat(KnownActions.suggestion("nosuchservice:Foo")).isEmpty();
  }
}
