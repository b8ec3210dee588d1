package dev.airgap.generator.cfct;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.airgap.generator.AirGapCompiler;
import dev.airgap.generator.CompileResult;
import dev.airgap.generator.Fixtures;
import dev.airgap.generator.GeneratedFile;
import dev.airgap.generator.manifest.DeploymentManifest;
import dev.airgap.generator.manifest.DeploymentUnit;
import dev.airgap.generator.manifest.ManifestJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The CfCT package of the golden case {@code cfct}, held to the rules of CfCT's manifest v2 schema
 * (aws-solutions/aws-control-tower-customizations,
 * source/src/cfct/validation/manifest-v2.schema.yaml; docs/aws-facts.md §21.2), and the split of
 * work between CfCT and airgap:deploy.
 */
class CfctPackageTest {
  private static final Set<String> TOP_KEYS =
      Set.of("region", "version", "enable_stack_set_deletion", "resources");
  private static final Set<String> RESOURCE_KEYS =
      Set.of(
          "name",
          "description",
          "resource_file",
          "deployment_targets",
          "parameter_file",
          "parameters",
          "deploy_method",
          "regions",
          "export_outputs");

  private final Map<String, byte[]> files = new TreeMap<>();

  CfctPackageTest() {
    CompileResult result = AirGapCompiler.standard().compile(Fixtures.read("cfct"));
    assertThat(result.findings().hasErrors()).isFalse();
    for (GeneratedFile f : result.files()) {
      files.put(f.path(), f.content());
    }
  }

  private String text(String path) {
    return new String(files.get(path), StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName(
      "manifest.yaml has only the keys of CfCT's v2 schema, its required ones, and a date version")
  void manifestMatchesCfctSchema() throws Exception {
    String manifest = text("cfct/manifest.yaml");
    JsonNode root = new YAMLMapper().readTree(manifest);
    List<String> top = new ArrayList<>();
    root.fieldNames().forEachRemaining(top::add);
    assertThat(TOP_KEYS).containsAll(top);
    assertThat(top).contains("region", "version", "resources");
    // The schema types version as a date with the one value 2021-03-15: quoted, it is a string.
    assertThat(manifest).contains("\nversion: 2021-03-15\n");
    assertThat(root.get("enable_stack_set_deletion").asBoolean(true)).isFalse();
    assertThat(root.get("region").asText()).isEqualTo("eu-west-1");
    for (JsonNode r : root.get("resources")) {
      List<String> keys = new ArrayList<>();
      r.fieldNames().forEachRemaining(keys::add);
      assertThat(RESOURCE_KEYS).containsAll(keys);
      assertThat(keys).contains("name", "resource_file", "deployment_targets", "deploy_method");
      assertThat(r.get("deploy_method").asText()).isEqualTo("stack_set");
      List<String> targets = new ArrayList<>();
      r.get("deployment_targets").fieldNames().forEachRemaining(targets::add);
      assertThat(Set.of("accounts", "organizational_units")).containsAll(targets);
    }
  }

  @Test
  @DisplayName(
      "each stack set of the model is one CfCT resource with the template's exact bytes, targeted"
          + " by account or by OU path")
  void resourcesAreTheStackSets() throws Exception {
    JsonNode root = new YAMLMapper().readTree(text("cfct/manifest.yaml"));
    Map<String, JsonNode> byName = new TreeMap<>();
    root.get("resources").forEach(r -> byName.put(r.get("name").asText(), r));
    assertThat(byName)
        .containsOnlyKeys(
            "airgap-central-alerts", "airgap-central-vault", "airgap-member-baseline");
    for (JsonNode r : byName.values()) {
      String unit = r.get("name").asText().substring("airgap-".length());
      assertThat(r.get("resource_file").asText()).isEqualTo("templates/" + unit + ".template");
      assertThat(files.get("cfct/templates/" + unit + ".template"))
          .isEqualTo(files.get(unit + ".yaml"));
    }
    JsonNode members = byName.get("airgap-member-baseline").get("deployment_targets");
    assertThat(members.get("organizational_units").toString())
        .isEqualTo("[\"Workloads:Prod\",\"Workloads:Dev\"]");
    JsonNode vault = byName.get("airgap-central-vault").get("deployment_targets");
    assertThat(vault.get("accounts").toString()).isEqualTo("[\"012345678901\"]");
    assertThat(vault.has("organizational_units")).isFalse();
  }

  @Test
  @DisplayName(
      "airgap-manifest.json keeps what airgap:deploy deploys: no stack set, no dependency on one")
  void airgapManifestLeavesStackSetsToCfct() {
    DeploymentManifest manifest = ManifestJson.read(files.get(DeploymentManifest.FILE_NAME));
    List<String> ids = manifest.units().stream().map(DeploymentUnit::id).toList();
    assertThat(ids)
        .containsExactlyInAnyOrder("management", "backup-policies-1", "management-alerts");
    assertThat(manifest.units())
        .allSatisfy(
            u -> {
              assertThat(u.kind()).isEqualTo(DeploymentUnit.UnitKind.STACK);
              assertThat(ids).containsAll(u.dependsOn());
            });
  }

  @Test
  @DisplayName(
      "the SCPs exempt AWSControlTowerExecution, the role CfCT runs as, and no stacksets-exec")
  void scpsExemptTheCfctRole() {
    String management = text("management.yaml");
    assertThat(management)
        .contains("arn:aws:iam::*:role/AWSControlTowerExecution")
        .contains("arn:aws:iam::012345678901:role/AWSControlTowerExecution")
        .doesNotContain("stacksets-exec");
  }
}
