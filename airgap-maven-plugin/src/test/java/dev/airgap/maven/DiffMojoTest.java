package dev.airgap.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffMojoTest {
  @TempDir Path project;
  MojoFixture fx;

  static final String VAULT =
      """
      Resources:
        CentralVault:
          Type: AWS::Backup::BackupVault
          DeletionPolicy: Retain
          Properties:
            BackupVaultName: airgap-central
            LockConfiguration:
              MinRetentionDays: 7
      """;

  @BeforeEach
  void setUp() throws Exception {
    fx = new MojoFixture(project);
    fx.core.file("central-vault.yaml", VAULT);
    fx.generate().execute();
    fx.log.lines.clear();
  }

  @Test
  @DisplayName("no change: the report says so")
  void noChange() throws Exception {
    fx.diff().execute();

    assertThat(fx.log.at("INFO"))
        .containsExactly(
            "airgap: 0 errors, 0 warnings (rules: docs/rules.md)",
            "airgap diff: templates/ (committed) → generated from airgap.yaml",
            "airgap diff: no changes");
  }

  @Test
  @DisplayName(
      "a lock change to compliance mode is logged with IRREVERSIBLE, and nothing is written")
  void lockChange() throws Exception {
    fx.core.files.clear();
    fx.core.file(
        "central-vault.yaml",
        VAULT.replace("MinRetentionDays: 7", "MinRetentionDays: 7\n        ChangeableForDays: 3"));

    fx.diff().execute();

    assertThat(fx.log.at("INFO"))
        .anyMatch(
            l -> l.startsWith("IRREVERSIBLE: central-vault: AWS::Backup::BackupVault CentralVault"))
        .contains("   └─ [+] LockConfiguration.ChangeableForDays: 3");
    assertThat(fx.read("templates/central-vault.yaml")).isEqualTo(VAULT);
  }

  @Test
  @DisplayName("markdown format writes a fenced diff to the report file")
  void markdown() throws Exception {
    fx.core.files.clear();
    fx.core.file("central-vault.yaml", VAULT.replace("airgap-central", "airgap-main"));
    DiffMojo mojo = fx.diff();
    mojo.format = "markdown";
    mojo.reportFile = project.resolve("target/diff.md").toFile();

    mojo.execute();

    String md = Files.readString(project.resolve("target/diff.md"));
    assertThat(md)
        .startsWith("### airgap diff")
        .contains("```diff\n")
        .contains("BackupVaultName: \"airgap-central\" → \"airgap-main\" (requires replacement)");
    assertThat(fx.log.at("INFO")).contains("wrote target/diff.md");
  }
}
