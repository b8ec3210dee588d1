package dev.airgap.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.generator.manifest.DeploymentManifest;
import dev.airgap.generator.manifest.DeploymentUnit;
import dev.airgap.generator.manifest.ManifestBuilder;
import dev.airgap.generator.manifest.ManifestJson;
import dev.airgap.model.io.ModelReader;
import dev.airgap.model.validate.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AirGapCompilerTest {

  @Test
  @DisplayName("a model the backup policy cannot express yields a located AG5007 error and no files")
  void templateErrorMeansNoFiles() throws Exception {
    // Valid for the model rules, but an organization backup policy has no time-zone field.
    String yaml = Files.readString(Path.of("src/test/resources/golden/minimal/airgap.yaml"))
        .replace("    localRetentionDays: 14\n", "    localRetentionDays: 14\n    scheduleTimezone: Europe/Berlin\n");
    CompileResult result = AirGapCompiler.standard().compile(ModelReader.read("airgap.yaml", yaml.getBytes()));
    assertThat(result.files()).isEmpty();
    assertThat(result.findings().all()).filteredOn(Finding::isError).isNotEmpty()
        .allSatisfy(f -> {
          assertThat(f.ruleId()).isEqualTo("AG5007");
          assertThat(f.pointer()).isEqualTo("/plans/daily/scheduleTimezone");
          assertThat(f.location().line()).isGreaterThan(1);
        });
  }

  @Test
  @DisplayName("a model the generator cannot build is an AG5008 finding, not an exception")
  void generationFailureIsAFinding() throws Exception {
    String yaml = Files.readString(Path.of("src/test/resources/golden/minimal/airgap.yaml"))
        .replace("  regions: [eu-west-1]\nplans:", "  regions: []\nplans:");
    // Without model rules (AG1016 would catch this), as if validation had a gap.
    AirGapCompiler compiler = new AirGapCompiler(new dev.airgap.model.validate.Validator(List.of(), Map.of()));
    CompileResult result = compiler.compile(ModelReader.read("airgap.yaml", yaml.getBytes()));
    assertThat(result.files()).isEmpty();
    assertThat(result.findings().all()).extracting(Finding::ruleId).contains("AG5008");
  }

  @Test
  @DisplayName("a model that does not parse yields findings and no files")
  void parseErrorMeansNoFiles() {
    CompileResult result = AirGapCompiler.standard().compile(ModelReader.read("airgap.yaml", "central: [".getBytes()));
    assertThat(result.files()).isEmpty();
    assertThat(result.findings().hasErrors()).isTrue();
  }

  @Test
  @DisplayName("the manifest orders units by dependency, hashes each template, and targets the central account narrowly")
  void manifest() {
    CompileResult result = GoldenTemplatesTest.compile(Path.of("src/test/resources/golden/lambda-delegated-admin"));
    Map<String, GeneratedFile> files =
        result.files().stream().collect(Collectors.toMap(GeneratedFile::path, Function.identity()));
    assertThat(files.keySet()).containsExactlyInAnyOrder("airgap-manifest.json", "architecture.md",
        "central-alerts.yaml", "central-vault.yaml", "management.yaml", "member-baseline.yaml");
    DeploymentManifest manifest = ManifestJson.read(files.get("airgap-manifest.json").content());
    assertThat(manifest.callAs()).isEqualTo("DELEGATED_ADMIN");
    assertThat(manifest.units()).extracting(DeploymentUnit::id)
        .containsExactly("central-alerts", "central-vault", "member-baseline", "management");
    for (DeploymentUnit unit : manifest.units()) {
      assertThat(unit.templateSha256()).isEqualTo(ManifestBuilder.sha256(files.get(unit.templateFile()).content()));
      assertThat(unit.name()).isEqualTo("airgap-" + unit.id());
    }
    DeploymentUnit vault = manifest.units().get(1);
    assertThat(vault.targets().accountFilterType()).isEqualTo("INTERSECTION");
    assertThat(vault.targets().accounts()).containsExactly("222222222222");
    assertThat(vault.targets().organizationalUnits()).containsExactly("ou-ab12-backup01");
    assertThat(vault.complianceLockedVaults()).containsExactly("airgap-lag");
    DeploymentUnit member = manifest.units().get(2);
    assertThat(member.autoDeployment()).isTrue();
    assertThat(member.capabilities()).containsExactly("CAPABILITY_NAMED_IAM");
    assertThat(member.targets().accountFilterType()).isEqualTo("DIFFERENCE");
    DeploymentUnit management = manifest.units().get(3);
    assertThat(management.kind()).isEqualTo(DeploymentUnit.UnitKind.STACK);
    assertThat(management.dependsOn()).containsExactly("central-vault", "member-baseline");
    assertThat(management.targets().accounts()).containsExactly("111111111111");
    assertThat(management.capabilities()).containsExactly("CAPABILITY_IAM");
    assertThat(files.get("architecture.md").text()).contains("```mermaid").contains("RAM share")
        .contains("444444444444");
  }

  @Test
  @DisplayName("self-managed central stack sets target the central account alone")
  void selfManaged() {
    CompileResult result = GoldenTemplatesTest.compile(Path.of("src/test/resources/golden/governance-lock"));
    DeploymentManifest manifest = ManifestJson.read(result.files().stream()
        .filter(f -> f.path().equals("airgap-manifest.json")).findFirst().orElseThrow().content());
    List<DeploymentUnit> central = manifest.units().subList(0, 2);
    assertThat(central).allSatisfy(u -> {
      assertThat(u.permissionModel()).isEqualTo("SELF_MANAGED");
      assertThat(u.targets().organizationalUnits()).isEmpty();
      assertThat(u.targets().accounts()).containsExactly("222222222222");
      assertThat(u.targets().accountFilterType()).isEqualTo("NONE");
    });
  }
}
