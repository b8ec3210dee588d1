package dev.airgap.maven.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.airgap.generator.manifest.DeploymentManifest;
import dev.airgap.generator.manifest.DeploymentUnit;
import dev.airgap.generator.manifest.ManifestJson;
import dev.airgap.generator.units.UnitId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeployInputTest {
  @TempDir Path dir;

  private void write(String body, String sha, Map<String, String> prefs) throws Exception {
    Files.writeString(dir.resolve("member-baseline.yaml"), body);
    DeploymentUnit u =
        DeploymentUnit.builder(
                UnitId.of("member-baseline"),
                DeploymentUnit.UnitKind.STACK_SET,
                "airgap-member-baseline")
            .permissionModel(DeploymentUnit.PermissionModel.SERVICE_MANAGED)
            .targets(
                new DeploymentUnit.UnitTargets(
                    List.of("ou-ab12-x"), List.of(), DeploymentUnit.AccountFilterType.NONE))
            .regions(List.of("eu-west-1"))
            .templateFile("member-baseline.yaml")
            .templateSha256(sha)
            .autoDeployment(true)
            .operationPreferences(prefs)
            .build();
    Files.write(
        dir.resolve(DeploymentManifest.FILE_NAME),
        ManifestJson.write(
            new DeploymentManifest(
                1, "o-x", "111111111111", DeploymentManifest.CallAs.DELEGATED_ADMIN, List.of(u))));
  }

  @Test
  @DisplayName("reads the manifest and each unit's template")
  void reads() throws Exception {
    write(
        "Resources: {}\n",
        OperationIds.sha256("Resources: {}\n"),
        Map.of("MaxConcurrentCount", "5"));

    DeployInput input = DeployInput.read(dir);

    assertThat(input.callAs()).isEqualTo(CallAs.DELEGATED_ADMIN);
    assertThat(input.templates()).containsExactly(Map.entry("member-baseline", "Resources: {}\n"));
  }

  @Test
  @DisplayName("a template edited after generate is refused with the fix")
  void staleTemplate() throws Exception {
    write("Resources: {}\n", OperationIds.sha256("something else"), Map.of());

    assertThatThrownBy(() -> DeployInput.read(dir))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("member-baseline.yaml does not match the manifest")
        .hasMessageEndingWith("run airgap:generate again");
  }

  @Test
  @DisplayName("the recovery organization's output set is refused, naming the set and its account")
  void recoverySetRefused() throws Exception {
    Path recovery = dir.resolve("recovery-organization");
    Files.createDirectories(recovery);
    Files.write(
        recovery.resolve(DeploymentManifest.FILE_NAME),
        ManifestJson.write(
            new DeploymentManifest(
                1, "o-recovery1234", "777777777777", DeploymentManifest.CallAs.SELF, List.of())));

    assertThatThrownBy(() -> DeployInput.read(recovery))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("output set of the recovery organization o-recovery1234")
        .hasMessageContaining("management account 777777777777");
  }

  @Test
  @DisplayName("a missing manifest says to run generate")
  void missingManifest() {
    assertThatThrownBy(() -> DeployInput.read(dir))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            dir.resolve("airgap-manifest.json") + " does not exist; run airgap:generate first");
  }

  @Test
  @DisplayName("contradicting operation preferences are refused (facts §8.4)")
  void badPreferences() throws Exception {
    write(
        "Resources: {}\n", "", Map.of("MaxConcurrentCount", "5", "MaxConcurrentPercentage", "10"));

    assertThatThrownBy(() -> DeployInput.read(dir))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "unit member-baseline: MaxConcurrentCount and MaxConcurrentPercentage exclude each other (facts §8.4)");
  }

  @Test
  @DisplayName("operation ids are stable, well formed and short enough")
  void operationIds() {
    String id =
        OperationIds.of(
            "central_vault".repeat(10), "instances", "abc", "OUs [ou-1]", "[eu-west-1]");

    assertThat(id)
        .isEqualTo(
            OperationIds.of(
                "central_vault".repeat(10), "instances", "abc", "OUs [ou-1]", "[eu-west-1]"))
        .isNotEqualTo(
            OperationIds.of(
                "central_vault".repeat(10), "instances", "abc", "OUs [ou-2]", "[eu-west-1]"))
        .matches("[a-zA-Z0-9][-a-zA-Z0-9]*")
        .hasSizeLessThanOrEqualTo(OperationIds.MAX_LENGTH);
    assertThat(OperationIds.attempt(id, 3))
        .isEqualTo(id + "-r3")
        .hasSizeLessThanOrEqualTo(OperationIds.MAX_LENGTH);
  }
}
