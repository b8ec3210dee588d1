package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG2091-AG2094 deploy.cfct")
class CfctRulesTest {
  private static final String CFCT =
      BASIC
          + """

          deploy:
            cfct:
              homeRegion: eu-west-1
              organizationalUnitPaths:
                ou-ab12-backup01: Security:Backup
                ou-ab12-workload1: Workloads
          """;

  private static List<Finding> all(String yaml) {
    return List.of("AG2091", "AG2092", "AG2093", "AG2094").stream()
        .flatMap(id -> findings(yaml, id).stream())
        .toList();
  }

  @Test
  @DisplayName("a complete cfct section passes every rule, and so does a model without one")
  void clean() {
    assertThat(all(CFCT)).isEmpty();
    assertThat(all(BASIC)).isEmpty();
    assertThat(validate(CFCT).all()).extracting(Finding::ruleId).containsExactly("AG2023");
  }

  @Test
  @DisplayName("AG2091: a targeted OU without a path is an error naming it, at the path map")
  void missingPath() {
    String yaml = edit(CFCT, "      ou-ab12-workload1: Workloads\n", "");
    assertThat(findings(yaml, "AG2091"))
        .extracting(Finding::pointer, Finding::message, f -> f.location().toString())
        .containsExactly(
            tuple(
                "/deploy/cfct/organizationalUnitPaths",
                "no CfCT path for ou-ab12-workload1: CfCT would skip it without an error",
                "airgap.yaml:35:5"));
  }

  @Test
  @DisplayName("AG2092: an id where a name belongs, an empty level, or a key that is no OU id")
  void pathShape() {
    assertThat(findings(edit(CFCT, "Workloads\n", "Root:ou-ab12-workload1\n"), "AG2092"))
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/deploy/cfct/organizationalUnitPaths/ou-ab12-workload1",
                "'Root:ou-ab12-workload1' holds the id 'ou-ab12-workload1' where CfCT expects an"
                    + " OU name"));
    assertThat(findings(edit(CFCT, "Security:Backup", "Security::Backup"), "AG2092"))
        .extracting(Finding::message)
        .containsExactly("'Security::Backup' has an empty level or spaces around a level name");
    assertThat(
            findings(
                edit(
                    CFCT,
                    "ou-ab12-workload1: Workloads\n",
                    "ou-ab12-workload1: Workloads\n      Workloads: Workloads\n"),
                "AG2092"))
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/deploy/cfct/organizationalUnitPaths/Workloads",
                "'Workloads' is not an OU id (ou-xxxx-xxxxxxxx)"));
  }

  @Test
  @DisplayName("AG2093: excluded accounts cannot be expressed in a CfCT stack set")
  void excludedAccounts() {
    String yaml =
        edit(
            CFCT,
            "    organizationalUnits: [ou-ab12-workload1]\n",
            "    organizationalUnits: [ou-ab12-workload1]\n    excludeAccounts: [\"555555555555\"]\n");
    assertThat(findings(yaml, "AG2093"))
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/members/targets/excludeAccounts",
                "CfCT cannot exclude 555555555555 from the member stack set"));
  }

  @Test
  @DisplayName("AG2094: the home Region must be a Region of the partition")
  void homeRegion() {
    assertThat(findings(edit(CFCT, "homeRegion: eu-west-1", "homeRegion: eu-west-9"), "AG2094"))
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple("/deploy/cfct/homeRegion", "'eu-west-9' is not a Region of partition aws"));
  }
}
