package dev.airgap.generator.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TemplateDiffTest {

  /**
   * A small template in the shape the generator writes (long-form intrinsics, Retain on the vault).
   */
  static final String VAULT =
      """
      AWSTemplateFormatVersion: "2010-09-09"
      Description: airgap central vault
      Parameters:
        OrgId:
          Type: String
      Resources:
        CentralVault:
          Type: AWS::Backup::BackupVault
          DeletionPolicy: Retain
          UpdateReplacePolicy: Retain
          Metadata:
            airgap:
              modelPath: /central/vault
          Properties:
            BackupVaultName: airgap-central
            EncryptionKeyArn:
              Fn::GetAtt: [CentralVaultKey, Arn]
            LockConfiguration:
              MinRetentionDays: 7
              MaxRetentionDays: 365
        CentralVaultKey:
          Type: AWS::KMS::Key
          DeletionPolicy: Retain
          UpdateReplacePolicy: Retain
          Properties:
            EnableKeyRotation: true
        DailyPlan:
          Type: AWS::Backup::BackupPlan
          DependsOn: [CentralVault, CentralVaultKey]
          Metadata:
            airgap:
              modelPath: /plans/daily
          Properties:
            BackupPlan:
              BackupPlanName: daily
              BackupPlanRule:
                - RuleName: daily
                  Lifecycle:
                    DeleteAfterDays: 35
      Outputs:
        VaultArn:
          Value:
            Fn::GetAtt: [CentralVault, BackupVaultArn]
      """;

  private static TemplateDiff diff(String before, String after) {
    return TemplateDiff.between("central-vault.yaml", Optional.of(before), Optional.of(after));
  }

  private static ResourceChange only(TemplateDiff diff) {
    assertThat(diff.resources()).hasSize(1);
    return diff.resources().get(0);
  }

  @Test
  @DisplayName("a template compared with itself has no changes")
  void sameTemplate() {
    TemplateDiff diff = diff(VAULT, VAULT);

    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.impact()).isEqualTo(Impact.NO_CHANGE);
    assertThat(diff.unit()).isEqualTo("central-vault");
  }

  @Test
  @DisplayName(
      "equivalent forms are normalised: DependsOn order and GetAtt dot form show no change")
  void normalisation() {
    String reordered =
        VAULT
            .replace(
                "DependsOn: [CentralVault, CentralVaultKey]",
                "DependsOn: [CentralVaultKey, CentralVault]")
            .replace(
                """
            Value:
                  Fn::GetAtt: [CentralVault, BackupVaultArn]""",
                """
            Value:
                  Fn::GetAtt: CentralVault.BackupVaultArn""");
    assertThat(reordered).isNotEqualTo(VAULT);

    assertThat(diff(VAULT, reordered).isEmpty()).isTrue();
  }

  @Test
  @DisplayName("a retention change updates the plan in place and is not security-relevant")
  void retentionChange() {
    ResourceChange change =
        only(diff(VAULT, VAULT.replace("DeleteAfterDays: 35", "DeleteAfterDays: 90")));

    assertThat(change.logicalId()).isEqualTo("DailyPlan");
    assertThat(change.modelPath()).isEqualTo("/plans/daily");
    assertThat(change.impact()).isEqualTo(Impact.UPDATE);
    assertThat(change.securityRelevant()).isFalse();
    assertThat(change.isIrreversible()).isFalse();
    assertThat(change.changes())
        .containsExactly(
            new PropertyChange(
                "BackupPlan.BackupPlanRule[0].Lifecycle.DeleteAfterDays",
                ChangeKind.MODIFIED,
                "35",
                "90",
                Impact.UPDATE));
  }

  @Test
  @DisplayName("renaming the vault replaces it, which is security-relevant")
  void vaultRename() {
    ResourceChange change =
        only(
            diff(
                VAULT,
                VAULT.replace("BackupVaultName: airgap-central", "BackupVaultName: airgap-main")));

    assertThat(change.impact()).isEqualTo(Impact.REPLACE);
    assertThat(change.securityRelevant()).isTrue();
    assertThat(change.changes())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.path()).isEqualTo("BackupVaultName");
              assertThat(c.requiresReplacement()).isTrue();
              assertThat(c.before()).isEqualTo("\"airgap-central\"");
            });
  }

  @Test
  @DisplayName("a governance lock change is security-relevant but reversible")
  void governanceLockChange() {
    ResourceChange change =
        only(diff(VAULT, VAULT.replace("MinRetentionDays: 7", "MinRetentionDays: 14")));

    assertThat(change.impact()).isEqualTo(Impact.UPDATE);
    assertThat(change.securityRelevant()).isTrue();
    assertThat(change.isIrreversible()).isFalse();
  }

  @Test
  @DisplayName("adding ChangeableForDays turns the lock into compliance mode: IRREVERSIBLE")
  void complianceLockAdded() {
    String compliance =
        VAULT.replace(
            "MaxRetentionDays: 365", "MaxRetentionDays: 365\n        ChangeableForDays: 3");

    ResourceChange change = only(diff(VAULT, compliance));

    assertThat(change.isIrreversible()).isTrue();
    assertThat(change.irreversibleReason())
        .contains("compliance mode")
        .contains("ChangeableForDays 3");
    assertThat(change.securityRelevant()).isTrue();
  }

  @Test
  @DisplayName("changing a compliance lock's retention is IRREVERSIBLE")
  void complianceLockChanged() {
    String compliance =
        VAULT.replace(
            "MaxRetentionDays: 365", "MaxRetentionDays: 365\n        ChangeableForDays: 3");

    ResourceChange change =
        only(diff(compliance, compliance.replace("MinRetentionDays: 7", "MinRetentionDays: 30")));

    assertThat(change.irreversibleReason()).startsWith("changes a compliance-mode Vault Lock");
  }

  @Test
  @DisplayName("a new template with a compliance-locked vault is a CREATE marked IRREVERSIBLE")
  void newComplianceVault() {
    String compliance =
        VAULT.replace(
            "MaxRetentionDays: 365", "MaxRetentionDays: 365\n        ChangeableForDays: 3");

    TemplateDiff diff =
        TemplateDiff.between("central-vault.yaml", Optional.empty(), Optional.of(compliance));

    assertThat(diff.kind()).isEqualTo(ChangeKind.ADDED);
    assertThat(diff.resources())
        .extracting(ResourceChange::logicalId)
        .first()
        .isEqualTo("CentralVault");
    assertThat(diff.irreversible())
        .singleElement()
        .satisfies(r -> assertThat(r.impact()).isEqualTo(Impact.CREATE));
  }

  @Test
  @DisplayName(
      "a logically air-gapped vault is always compliance-locked: creating one is IRREVERSIBLE, changing its retention replaces it")
  void logicallyAirGappedVault() {
    String lag =
        """
        Resources:
          Lag:
            Type: AWS::Backup::LogicallyAirGappedBackupVault
            DeletionPolicy: Retain
            Properties:
              BackupVaultName: airgap-lag
              MinRetentionDays: 7
              MaxRetentionDays: 35
        """;

    ResourceChange created =
        only(
            TemplateDiff.between(
                "central-vault.yaml", Optional.of("Resources: {}\n"), Optional.of(lag)));
    ResourceChange changed =
        only(diff(lag, lag.replace("MaxRetentionDays: 35", "MaxRetentionDays: 90")));

    assertThat(created.isIrreversible()).isTrue();
    assertThat(changed.impact()).isEqualTo(Impact.REPLACE);
    assertThat(changed.isIrreversible()).isTrue();
  }

  @Test
  @DisplayName("removing a Retain resource orphans it; removing any other destroys it")
  void removals() {
    String withoutVaultAndPlan =
        """
        Resources:
          CentralVaultKey:
            Type: AWS::KMS::Key
            DeletionPolicy: Retain
            UpdateReplacePolicy: Retain
            Properties:
              EnableKeyRotation: true
        """;

    TemplateDiff diff = diff(VAULT, withoutVaultAndPlan);

    assertThat(diff.resources())
        .extracting(
            ResourceChange::logicalId, ResourceChange::impact, ResourceChange::securityRelevant)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("CentralVault", Impact.ORPHAN, true),
            org.assertj.core.groups.Tuple.tuple("DailyPlan", Impact.DESTROY, false));
    assertThat(diff.impact()).isEqualTo(Impact.DESTROY);
    assertThat(diff.parameters()).extracting(PropertyChange::path).containsExactly("OrgId");
    assertThat(diff.outputs()).extracting(PropertyChange::kind).containsExactly(ChangeKind.REMOVED);
    assertThat(diff.templateChanges())
        .extracting(PropertyChange::path)
        .containsExactly("AWSTemplateFormatVersion", "Description");
  }

  @Test
  @DisplayName("text that is not a template gives a text diff instead of an exception")
  void unreadable() {
    TemplateDiff diff = diff("Resources: {}\n", "Resources: [unclosed\n");

    assertThat(diff.unreadable()).startsWith("not a readable template");
    assertThat(diff.textDiff()).contains("+Resources: [unclosed");
    assertThat(diff.isEmpty()).isFalse();
  }

  @Test
  @DisplayName(
      "diff(t, t) is empty and diff(a, b) never throws, for seeded random edits of a template")
  void neverThrows() {
    long seed = 42L;
    Random random = new Random(seed);
    String[] lines = VAULT.split("\n");
    for (int round = 0; round < 300; round++) {
      String a = mutate(lines, random);
      String b = mutate(lines, random);
      assertThatCode(
              () -> {
                assertThat(diff(a, a).isEmpty()).isTrue();
                diff(a, b);
                DiffRenderer.plain(
                    OutputDiff.between(
                        java.util.Map.of(
                            "t.yaml", a.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        java.util.Map.of(
                            "t.yaml", b.getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                    "t");
              })
          .as("seed %d round %d", seed, round)
          .doesNotThrowAnyException();
    }
  }

  private static String mutate(String[] lines, Random random) {
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      int dice = random.nextInt(20);
      if (dice == 0) {
        continue;
      } else if (dice == 1) {
        out.append(line.replaceAll("[0-9]+", String.valueOf(random.nextInt(400)))).append('\n');
      } else if (dice == 2) {
        out.append("  ").append(line).append('\n');
      } else {
        out.append(line).append('\n');
      }
    }
    return out.toString();
  }
}
