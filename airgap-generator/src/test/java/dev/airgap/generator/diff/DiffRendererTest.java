package dev.airgap.generator.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DiffRendererTest {

  private static Map<String, byte[]> files(String... pathAndText) {
    Map<String, byte[]> files = new TreeMap<>();
    for (int i = 0; i < pathAndText.length; i += 2) {
      files.put(pathAndText[i], pathAndText[i + 1].getBytes(StandardCharsets.UTF_8));
    }
    return files;
  }

  @Test
  @DisplayName("no changes renders the title and one summary line")
  void noChanges() {
    OutputDiff diff =
        OutputDiff.between(
            files("central-vault.yaml", TemplateDiffTest.VAULT),
            files("central-vault.yaml", TemplateDiffTest.VAULT));

    assertThat(diff.isEmpty()).isTrue();
    assertThat(DiffRenderer.plain(diff, "airgap diff"))
        .isEqualTo("airgap diff\nairgap diff: no changes\n");
  }

  @Test
  @DisplayName(
      "a vault rename and a manifest change render as a tree, security first, with replacement flags")
  void plainReport() {
    String renamed =
        TemplateDiffTest.VAULT
            .replace("BackupVaultName: airgap-central", "BackupVaultName: airgap-main")
            .replace("DeleteAfterDays: 35", "DeleteAfterDays: 90");
    OutputDiff diff =
        OutputDiff.between(
            files(
                "central-vault.yaml",
                TemplateDiffTest.VAULT,
                "airgap-manifest.json",
                "{\"a\": 1}\n"),
            files("central-vault.yaml", renamed, "airgap-manifest.json", "{\"a\": 2}\n"));

    String text = DiffRenderer.plain(diff, "airgap diff: templates → generated");

    assertThat(text)
        .isEqualTo(
            """
        airgap diff: templates → generated

        Security-relevant changes (review these first):
          central-vault: [~] AWS::Backup::BackupVault CentralVault  (/central/vault)  replace

        [~] Unit central-vault (central-vault.yaml): modified, impact replace
          Resources
          [~] AWS::Backup::BackupVault CentralVault  (/central/vault)  replace
           └─ [~] BackupVaultName: "airgap-central" → "airgap-main" (requires replacement)
          [~] AWS::Backup::BackupPlan DailyPlan  (/plans/daily)  update
           └─ [~] BackupPlan.BackupPlanRule[0].Lifecycle.DeleteAfterDays: 35 → 90

        Other files
          [~] airgap-manifest.json (modified)
              --- a/airgap-manifest.json
              +++ b/airgap-manifest.json
              @@ -1 +1 @@
              -{"a": 1}
              +{"a": 2}

        airgap diff: 1 unit changed, 1 other file; resources: 0 added, 2 modified (1 replaced or may be), 0 removed
        """);
  }

  @Test
  @DisplayName("markdown puts IRREVERSIBLE in bold above a fenced diff block")
  void markdownReport() {
    String compliance =
        TemplateDiffTest.VAULT.replace(
            "MaxRetentionDays: 365", "MaxRetentionDays: 365\n        ChangeableForDays: 3");
    OutputDiff diff =
        OutputDiff.between(
            files("central-vault.yaml", TemplateDiffTest.VAULT),
            files("central-vault.yaml", compliance));

    String md = DiffRenderer.markdown(diff, "airgap diff");

    assertThat(md)
        .startsWith(
            "### airgap diff\n\n> **IRREVERSIBLE**: `central-vault` AWS::Backup::BackupVault CentralVault: "
                + "turns the Vault Lock into compliance mode");
    assertThat(md)
        .contains("```diff\n! IRREVERSIBLE: central-vault:")
        .contains("+    └─ [+] LockConfiguration.ChangeableForDays: 3\n")
        .endsWith(
            "```\n\nairgap diff: 1 unit changed, 0 other files; resources: 0 added, 1 modified (0 replaced or may be), 0 removed; 1 IRREVERSIBLE\n");
  }
}
