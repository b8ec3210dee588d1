package dev.airgap.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyMojoTest {
  @TempDir Path project;
  MojoFixture fx;

  @BeforeEach
  void setUp() throws Exception {
    fx = new MojoFixture(project);
    Path example =
        Path.of(System.getProperty("airgap.repoRoot", "..")).resolve("examples/basic/airgap.yaml");
    Files.copy(
        example.toAbsolutePath().normalize(),
        project.resolve("airgap.yaml"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  @DisplayName(
      "the basic example: the proof table with every attacker row proven, the assumptions, no breach")
  void provesTheBasicExample() throws Exception {
    fx.verify().execute();

    assertThat(fx.log.at("INFO"))
        .anyMatch(l -> l.startsWith("central admin (not a vault admin)") && l.contains("proven"))
        .anyMatch(l -> l.startsWith("management account") && l.contains("assumption"))
        .anyMatch(l -> l.equals("Assumed, not proven:"))
        .noneMatch(l -> l.contains("BREACH"));
    assertThat(fx.log.at("ERROR")).isEmpty();
  }

  @Test
  @DisplayName(
      "an admin pattern an Identity Center administrator can match: BREACH with the chain, and the goal fails")
  void reportsABreachWithItsChain() throws Exception {
    String yaml =
        Files.readString(project.resolve("airgap.yaml"), StandardCharsets.UTF_8)
            .replace(
                "    - arn:aws:iam::222222222222:role/BackupVaultAdmin\n",
                "    - arn:aws:iam::222222222222:role/BackupVaultAdmin\n"
                    + "    - arn:aws:iam::222222222222:role/aws-reserved/sso.amazonaws.com/*/AWSReservedSSO_BackupAdmin_*\n");
    Files.writeString(project.resolve("airgap.yaml"), yaml, StandardCharsets.UTF_8);

    assertThatThrownBy(() -> fx.verify().execute()).isInstanceOf(MojoFailureException.class);

    assertThat(fx.log.at("INFO"))
        .anyMatch(l -> l.startsWith("Identity Center admin") && l.contains("BREACH"));
    assertThat(fx.log.at("ERROR"))
        .anyMatch(
            l ->
                l.startsWith(
                    "airgap.yaml:11:3: error: /central/vault: breach: Identity Center admin can"))
        .anyMatch(l -> l.contains("→ sso:CreatePermissionSet permission set BackupAdmin_x"))
        .anyMatch(l -> l.contains("[AG6002]"));
  }
}
