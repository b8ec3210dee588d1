package dev.airgap.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.generator.manifest.DeploymentManifest;
import dev.airgap.generator.manifest.DeploymentUnit;
import dev.airgap.generator.manifest.ManifestBuilder;
import dev.airgap.generator.manifest.ManifestJson;
import dev.airgap.generator.units.BackupPoliciesUnit;
import dev.airgap.generator.units.CentralAlertsUnit;
import dev.airgap.generator.units.CentralVaultUnit;
import dev.airgap.generator.units.ManagementUnit;
import dev.airgap.generator.units.MemberBaselineUnit;
import dev.airgap.generator.units.UnitId;
import dev.airgap.model.io.ModelReader;
import dev.airgap.model.validate.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AirGapCompilerTest {

  @Test
  @DisplayName(
      "a model the backup policy cannot express yields a located AG5007 error and no files")
  void templateErrorMeansNoFiles() throws Exception {
    // Valid for the model rules, but 17 member regions x 10 plans need more backup policies of
    // at most 10,000 characters than the 10 a target can hold.
    StringBuilder plans = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      plans.append(
          "  extra"
              + i
              + ":\n    localRetentionDays: 14\n    copyToCentral:\n      retentionDays: 35\n");
    }
    String yaml = dev.airgap.generator.bench.ScaleModels.yaml(0, 1, 17) + plans;
    CompileResult result =
        AirGapCompiler.standard().compile(ModelReader.read("airgap.yaml", yaml.getBytes()));
    assertThat(result.files()).isEmpty();
    assertThat(result.findings().all())
        .filteredOn(Finding::isError)
        .isNotEmpty()
        .allSatisfy(
            f -> {
              assertThat(f.ruleId()).isEqualTo("AG5007");
              assertThat(f.pointer()).isEqualTo("/plans");
              assertThat(f.message()).contains("at most 10 can be attached to one target");
              assertThat(f.location().line()).isGreaterThan(1);
            });
  }

  @Test
  @DisplayName("a model the generator cannot build is an AG5008 finding, not an exception")
  void generationFailureIsAFinding() throws Exception {
    String yaml =
        Files.readString(Path.of("src/test/resources/golden/minimal/airgap.yaml"))
            .replace("  regions: [eu-west-1]\nplans:", "  regions: []\nplans:");
    // Without model rules (AG1016 would catch this), as if validation had a gap.
    AirGapCompiler compiler =
        new AirGapCompiler(new dev.airgap.model.validate.Validator(List.of(), Map.of()));
    CompileResult result = compiler.compile(ModelReader.read("airgap.yaml", yaml.getBytes()));
    assertThat(result.files()).isEmpty();
    assertThat(result.findings().all()).extracting(Finding::ruleId).contains("AG5008");
  }

  @Test
  @DisplayName("a model that does not parse yields findings and no files")
  void parseErrorMeansNoFiles() {
    CompileResult result =
        AirGapCompiler.standard().compile(ModelReader.read("airgap.yaml", "central: [".getBytes()));
    assertThat(result.files()).isEmpty();
    assertThat(result.findings().hasErrors()).isTrue();
  }

  @Test
  @DisplayName(
      "the manifest orders units by dependency, hashes each template, and targets the central account narrowly")
  void manifest() {
    CompileResult result =
        GoldenTemplatesTest.compile(Path.of("src/test/resources/golden/lambda-delegated-admin"));
    Map<String, GeneratedFile> files =
        result.files().stream().collect(Collectors.toMap(GeneratedFile::path, Function.identity()));
    assertThat(files).containsKeys("airgap-manifest.json", "architecture.md");
    DeploymentManifest manifest = ManifestJson.read(files.get("airgap-manifest.json").content());
    assertThat(manifest.callAs()).isEqualTo(DeploymentManifest.CallAs.DELEGATED_ADMIN);
    assertThat(manifest.units())
        .extracting(DeploymentUnit::templateFile)
        .containsExactlyInAnyOrderElementsOf(
            files.keySet().stream().filter(f -> f.endsWith(".yaml")).toList());
    List<String> deployedBefore = new ArrayList<>();
    for (DeploymentUnit unit : manifest.units()) {
      assertThat(deployedBefore).as(unit.id()).containsAll(unit.dependsOn());
      deployedBefore.add(unit.id());
      assertThat(unit.templateSha256())
          .isEqualTo(ManifestBuilder.sha256(files.get(unit.templateFile()).content()));
      assertThat(unit.name()).isEqualTo("airgap-" + unit.id());
    }
    DeploymentUnit vault = unit(manifest, CentralVaultUnit.ID);
    assertThat(vault.targets().accountFilterType())
        .isEqualTo(DeploymentUnit.AccountFilterType.INTERSECTION);
    assertThat(vault.targets().accounts()).containsExactly("222222222222");
    assertThat(vault.targets().organizationalUnits()).containsExactly("ou-ab12-backup01");
    assertThat(vault.complianceLockedVaults()).containsExactly("airgap-lag");
    DeploymentUnit member = unit(manifest, MemberBaselineUnit.ID);
    assertThat(member.autoDeployment()).isTrue();
    assertThat(member.capabilities()).containsExactly("CAPABILITY_NAMED_IAM");
    assertThat(member.targets().accountFilterType())
        .isEqualTo(DeploymentUnit.AccountFilterType.DIFFERENCE);
    DeploymentUnit management = unit(manifest, ManagementUnit.ID);
    assertThat(management.kind()).isEqualTo(DeploymentUnit.UnitKind.STACK);
    assertThat(management.dependsOn()).containsExactly("central-vault", "member-baseline");
    assertThat(management.targets().accounts()).containsExactly("111111111111");
    assertThat(management.capabilities()).containsExactly("CAPABILITY_IAM");
    DeploymentUnit policies = unit(manifest, BackupPoliciesUnit.ID.numbered(1));
    assertThat(policies.kind()).isEqualTo(DeploymentUnit.UnitKind.STACK);
    assertThat(policies.dependsOn())
        .containsExactly("central-vault", "member-baseline", "management");
    assertThat(policies.targets().accounts()).containsExactly("111111111111");
    assertThat(policies.regions()).isEqualTo(management.regions());
    assertThat(policies.capabilities()).isEmpty();
    assertThat(files.get("architecture.md").text())
        .contains("```mermaid")
        .contains("RAM share")
        .contains("444444444444");
  }

  @Test
  @DisplayName(
      "a member logically air-gapped vault makes the member baseline a compliance-locked unit that"
          + " deploy asks to confirm; without one it is not")
  void memberAirGappedVaultNeedsConfirmation() {
    Map<String, GeneratedFile> files =
        GoldenTemplatesTest.compile(Path.of("src/test/resources/golden/lag-cmk-direct-target"))
            .files()
            .stream()
            .collect(Collectors.toMap(GeneratedFile::path, Function.identity()));
    DeploymentManifest manifest = ManifestJson.read(files.get("airgap-manifest.json").content());
    assertThat(unit(manifest, MemberBaselineUnit.ID).complianceLockedVaults())
        .containsExactly("airgap-local-lag");
    DeploymentManifest without =
        ManifestJson.read(
            GoldenTemplatesTest.compile(Path.of("src/test/resources/golden/minimal"))
                .files()
                .stream()
                .filter(f -> f.path().equals("airgap-manifest.json"))
                .findFirst()
                .orElseThrow()
                .content());
    assertThat(unit(without, MemberBaselineUnit.ID).complianceLockedVaults()).isEmpty();
  }

  @Test
  @DisplayName(
      "a key-account model's manifest tells deploy to read the vault's key ARN from the key"
          + " account's alias in each region, and reads back the same; other units carry none")
  void keyAccountVaultReadsItsKeyFromTheAlias() {
    byte[] json =
        GoldenTemplatesTest.compile(Path.of("src/test/resources/golden/key-account"))
            .files()
            .stream()
            .filter(f -> f.path().equals("airgap-manifest.json"))
            .findFirst()
            .orElseThrow()
            .content();
    DeploymentManifest manifest = ManifestJson.read(json);
    assertThat(unit(manifest, dev.airgap.generator.units.CentralVaultUnit.ID).keyAliasParameters())
        .containsExactly(
            Map.entry(
                "CentralVaultKeyArn", "arn:aws:kms:{region}:333333333333:alias/airgap-central"));
    assertThat(unit(manifest, MemberBaselineUnit.ID).keyAliasParameters()).isEmpty();
    assertThat(ManifestJson.write(manifest)).isEqualTo(json);
  }

  private static DeploymentUnit unit(DeploymentManifest manifest, UnitId id) {
    return manifest.units().stream()
        .filter(u -> u.id().equals(id.value()))
        .findFirst()
        .orElseThrow();
  }

  @Test
  @DisplayName(
      "17 regions: every template fits a TemplateBody, the backup-policy stacks are manifest units after the SCP")
  void manyRegions() {
    CompileResult result =
        GoldenTemplatesTest.compile(Path.of("src/test/resources/golden/many-regions"));
    assertThat(result.findings().hasErrors()).isFalse();
    for (GeneratedFile f : result.files()) {
      if (f.path().endsWith(".yaml")) {
        assertThat(f.content().length)
            .as(f.path())
            .isLessThanOrEqualTo(dev.airgap.generator.cfn.Template.MAX_BODY_BYTES);
      }
    }
    Map<String, GeneratedFile> files =
        result.files().stream().collect(Collectors.toMap(GeneratedFile::path, Function.identity()));
    DeploymentManifest manifest = ManifestJson.read(files.get("airgap-manifest.json").content());
    List<DeploymentUnit> policies =
        manifest.units().stream()
            .filter(u -> BackupPoliciesUnit.ID.numberOf(UnitId.of(u.id())).isPresent())
            .toList();
    assertThat(policies)
        .extracting(DeploymentUnit::id)
        .containsExactly("backup-policies-1", "backup-policies-2");
    assertThat(policies.get(0).dependsOn())
        .containsExactly("central-vault", "member-baseline", "management");
    assertThat(policies.get(1).dependsOn())
        .containsExactly("central-vault", "member-baseline", "management", "backup-policies-1");
    for (DeploymentUnit unit : policies) {
      assertThat(unit.templateFile()).isEqualTo(unit.id() + ".yaml");
      assertThat(unit.targets().accounts()).containsExactly("111111111111");
    }
    assertThat(files.get("management.yaml").text()).doesNotContain("BACKUP_POLICY");
    assertThat(files.get("architecture.md").text())
        .contains("stacks airgap-backup-policies-1, airgap-backup-policies-2");
  }

  @Test
  @DisplayName("self-managed central stack sets target the central account alone")
  void selfManaged() {
    CompileResult result =
        GoldenTemplatesTest.compile(Path.of("src/test/resources/golden/governance-lock"));
    DeploymentManifest manifest =
        ManifestJson.read(
            result.files().stream()
                .filter(f -> f.path().equals("airgap-manifest.json"))
                .findFirst()
                .orElseThrow()
                .content());
    List<DeploymentUnit> central =
        List.of(unit(manifest, CentralAlertsUnit.ID), unit(manifest, CentralVaultUnit.ID));
    assertThat(central)
        .allSatisfy(
            u -> {
              assertThat(u.permissionModel()).hasValue(DeploymentUnit.PermissionModel.SELF_MANAGED);
              assertThat(u.targets().organizationalUnits()).isEmpty();
              assertThat(u.targets().accounts()).containsExactly("222222222222");
              assertThat(u.targets().accountFilterType())
                  .isEqualTo(DeploymentUnit.AccountFilterType.NONE);
            });
  }
}
