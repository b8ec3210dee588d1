package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG4202 RestoreTestRegionWithoutCentralVault")
class RestoreTestRegionWithoutCentralVaultTest {
  private static final String ID = "AG4202";

  @Test
  @DisplayName("passes on a central region, and when regions is left to default")
  void centralRegion() {
    assertThat(findings(RestoreTestingFixture.RESTORE, ID)).isEmpty();
    String yaml = edit(RestoreTestingFixture.RESTORE, "    regions: [eu-west-1]\n", "");
    assertThat(findings(yaml, ID)).isEmpty();
    assertThat(validate(yaml).all())
        .as("only the basic model\'s governance-lock warning")
        .extracting(Finding::ruleId)
        .containsExactly("AG2023");
  }

  @Test
  @DisplayName("fails, located at the list entry, on a region without a central vault")
  void otherRegion() {
    String yaml =
        edit(
            RestoreTestingFixture.RESTORE,
            "regions: [eu-west-1]\n    recovery",
            "regions: [eu-west-1, eu-central-1]\n    recovery");
    List<Finding> findings = findings(yaml, ID);
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/central/restoreTesting/regions/1",
                "eu-central-1 has no central vault (central.regions: eu-west-1)"));
    assertThat(findings.get(0).isError()).isTrue();
  }
}
