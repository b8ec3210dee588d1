package dev.airgap.generator.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 item 5: the recovery units are marked in the reviewer diff, and a change to who may
 * break the glass, to the approvers or to the vault's approval-team association is listed first.
 */
class RecoveryUnitsDiffTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final Path IDC = GOLDEN.resolve("break-glass-identity-center/expected");
  private static final Path IAM = GOLDEN.resolve("break-glass-iam/expected");

  private static String read(Path p) throws IOException {
    return Files.readString(p);
  }

  private static String plain(String file, String before, String after) {
    return DiffRenderer.plain(
        OutputDiff.between(
            before == null ? Map.of() : Map.of(file, before.getBytes(StandardCharsets.UTF_8)),
            Map.of(file, after.getBytes(StandardCharsets.UTF_8))),
        "airgap diff");
  }

  @Test
  @DisplayName("every recovery unit id has a mark; other units have none")
  void marksByUnitId() {
    for (String id :
        new String[] {
          "break-glass",
          "break-glass-identity-center",
          "approval-team",
          "restore-testing",
          "job-events"
        }) {
      assertThat(UnitMarks.of(id)).as(id).isPresent();
    }
    assertThat(UnitMarks.of("central-vault")).isEmpty();
    assertThat(UnitMarks.of("management")).isEmpty();
  }

  @Test
  @DisplayName("a new Identity Center break-glass unit is marked, and its assignments come first")
  void newUnitIsMarked() throws IOException {
    String out =
        plain(
            "break-glass-identity-center.yaml",
            null,
            read(IDC.resolve("break-glass-identity-center.yaml")));
    assertThat(out)
        .contains(
            "Unit break-glass-identity-center (break-glass-identity-center.yaml): added, impact create"
                + " [recovery: break-glass through Identity Center]");
    int security = out.indexOf("Security-relevant changes (review these first):");
    int unit = out.indexOf("Unit break-glass-identity-center (");
    assertThat(security).isNotNegative().isLessThan(unit);
    assertThat(out.substring(security, unit))
        .contains("break-glass-identity-center [recovery: break-glass through Identity Center]: ")
        .contains("RestoreAssignment")
        .contains("VaultAdminPermissionSet");
  }

  @Test
  @DisplayName("another group in a break-glass assignment is security-relevant and listed first")
  void assignmentGroupChange() throws IOException {
    String before = read(IDC.resolve("break-glass-identity-center.yaml"));
    TemplateDiff diff =
        TemplateDiff.between(
            "break-glass-identity-center.yaml",
            Optional.of(before),
            Optional.of(
                before.replace(
                    "9a672b3314-1b2c3d4e-aaaa-bbbb-cccc-0123456789ab",
                    "9a672b3314-00000000-aaaa-bbbb-cccc-0123456789ab")));
    assertThat(diff.resources())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.logicalId()).isEqualTo("RestoreAssignment");
              assertThat(r.securityRelevant()).isTrue();
              // PrincipalId is create-only: the old assignment goes, a new one comes.
              assertThat(r.impact()).isEqualTo(Impact.REPLACE);
            });
  }

  @Test
  @DisplayName("a longer session of a break-glass permission set is security-relevant")
  void sessionChange() throws IOException {
    String before = read(IDC.resolve("break-glass-identity-center.yaml"));
    TemplateDiff diff =
        TemplateDiff.between(
            "break-glass-identity-center.yaml",
            Optional.of(before),
            Optional.of(before.replaceFirst("SessionDuration: PT1H", "SessionDuration: PT8H")));
    assertThat(diff.resources())
        .singleElement()
        .satisfies(r -> assertThat(r.securityRelevant()).isTrue());
  }

  @Test
  @DisplayName("break-glass IAM trust: a new principal is security-relevant, marked and first")
  void iamTrustChange() throws IOException {
    String before = read(IAM.resolve("break-glass.yaml"));
    String after =
        before.replace(
            "arn:aws:iam::333333333333:user/bob", "arn:aws:iam::333333333333:user/mallory");
    assertThat(after).isNotEqualTo(before);
    String out = plain("break-glass.yaml", before, after);
    int security = out.indexOf("Security-relevant changes (review these first):");
    assertThat(security).isNotNegative();
    assertThat(out.substring(security))
        .contains("break-glass [recovery: break-glass roles]: ")
        .contains("BreakGlassVaultAdminRole");
    assertThat(out).contains("impact update [recovery: break-glass roles]");
  }

  @Test
  @DisplayName("associating an approval team with the vault is security-relevant")
  void mpaAssociation() {
    String before =
        "Resources:\n  Vault:\n    Type: AWS::Backup::LogicallyAirGappedBackupVault\n"
            + "    Properties:\n      BackupVaultName: v\n      MinRetentionDays: 7\n"
            + "      MaxRetentionDays: 35\n";
    String after =
        before + "      MpaApprovalTeamArn: arn:aws:mpa:us-east-1:111111111111:approval-team/abc\n";
    TemplateDiff diff =
        TemplateDiff.between("central-vault.yaml", Optional.of(before), Optional.of(after));
    assertThat(diff.resources())
        .singleElement()
        .satisfies(r -> assertThat(r.securityRelevant()).isTrue());
    assertThat(plain("central-vault.yaml", before, after))
        .contains("Security-relevant changes (review these first):");
  }
}
