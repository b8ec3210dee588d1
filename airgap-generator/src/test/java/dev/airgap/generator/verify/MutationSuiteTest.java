package dev.airgap.generator.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.airgap.generator.GeneratedTemplate;
import dev.airgap.generator.yaml.TemplateReader;
import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.Finding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Verify must not be vacuous: each seeded weakening of the *current* generated templates must make
 * it report something the unmutated templates do not have (a new breached cell). Every mutant must
 * be killed. "Named" counts kills whose new finding names the weakened statement's Sid; a deleted
 * statement can only be named by its policy (file and logical id), which every layer finding does.
 */
class MutationSuiteTest {

  @Test
  @DisplayName("mutation suite: at least 30 weakenings of real templates, kill rate printed")
  void killRate() {
    int total = 0;
    int killed = 0;
    int named = 0;
    List<String> survivors = new ArrayList<>();
    for (String model :
        List.of(
            "examples/basic/airgap.yaml",
            "examples/enterprise/airgap.yaml",
            "airgap-generator/src/test/resources/golden/break-glass-iam/airgap.yaml",
            "airgap-generator/src/test/resources/golden/break-glass-identity-center/airgap.yaml",
            "airgap-generator/src/test/resources/golden/governance-lock/airgap.yaml",
            "airgap-generator/src/test/resources/golden/scanning-indexes/airgap.yaml",
            "airgap-generator/src/test/resources/golden/lag-multi-party-approval/airgap.yaml",
            "airgap-generator/src/test/resources/golden/lag-cmk-direct-target/airgap.yaml",
            "airgap-generator/src/test/resources/golden/restore-testing/airgap.yaml",
            "airgap-generator/src/test/resources/golden/job-events/airgap.yaml",
            "airgap-generator/src/test/resources/golden/missing-backups/airgap.yaml",
            "airgap-generator/src/test/resources/golden/reports-delegated-admin/airgap.yaml",
            // The evidence bucket, its alerts and its SCP in an audit account.
            "airgap-generator/src/test/resources/golden/evidence-audit-account/airgap.yaml",
            // The vault is shared outside the organization; the team lives in another one.
            "airgap-generator/src/test/resources/golden/recovery-organization/airgap.yaml",
            // The SCPs exempt AWSControlTowerExecution instead of stacksets-exec-* here.
            "airgap-generator/src/test/resources/golden/cfct/airgap.yaml",
            // The central key in a key account: its key policy, SCP and tamper rule (AG6080).
            "airgap-generator/src/test/resources/golden/key-account/airgap.yaml")) {
      AirGapModel m = VerifyFixtures.model(VerifyFixtures.repo(model));
      List<GeneratedTemplate> templates = VerifyFixtures.generate(m);
      Map<String, List<Placement.Site>> sites = Placement.of(m, templates);
      Map<String, JsonNode> base = new LinkedHashMap<>();
      templates.forEach(t -> base.put(t.fileName(), TemplateReader.read(t.content())));
      VerifyReport original = Verifier.verify(m, sites, base);
      for (Mutants.Mutant mutant : Mutants.all(base)) {
        assertThat(mutant.trees())
            .as("mutant changes the templates: " + mutant.description())
            .isNotEqualTo(base);
        total++;
        VerifyReport r = Verifier.verify(m, sites, mutant.trees());
        Set<String> fresh = new HashSet<>(r.cells());
        fresh.removeAll(original.cells());
        boolean kill = !fresh.isEmpty();
        boolean names =
            r.findings().stream()
                .filter(f -> !original.findings().contains(f))
                .map(Finding::message)
                .anyMatch(
                    msg ->
                        msg.contains(mutant.target().substring(mutant.target().indexOf(' ') + 1)));
        killed += kill ? 1 : 0;
        named += kill && names ? 1 : 0;
        System.out.println(
            (kill ? "killed  " : "SURVIVED")
                + (kill && !names ? " (unnamed)" : "")
                + "  "
                + model
                + ": "
                + mutant.description());
        if (!kill) {
          survivors.add(model + ": " + mutant.description());
        }
      }
    }
    System.out.printf(
        "verify mutation kill rate: %d/%d (%.0f%%), naming the weakened statement: %d%n",
        killed, total, 100.0 * killed / total, named);
    assertThat(total).isGreaterThanOrEqualTo(30);
    assertThat(survivors).as("weakenings verify did not notice").isEmpty();
  }
}
