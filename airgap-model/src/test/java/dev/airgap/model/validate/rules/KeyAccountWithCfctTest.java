package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG2210 KeyAccountWithCfct")
class KeyAccountWithCfctTest {
  private static final String ID = "AG2210";
  private static final String CFCT =
      """

      deploy:
        cfct:
          homeRegion: eu-west-1
          organizationalUnitPaths:
            ou-ab12-backup01: Security:Backup
            ou-ab12-workload1: Workloads
            ou-ab12-keyvault1: Security:Keys
      """;

  @Test
  @DisplayName("passes with a key account alone and with CfCT alone")
  void passes() {
    assertThat(findings(KEY_ACCOUNT, ID)).isEmpty();
    assertThat(findings(BASIC + CFCT, ID)).isEmpty();
  }

  @Test
  @DisplayName("fails on a key-account key deployed through CfCT, at the key's kind")
  void fails() {
    // When
    List<Finding> findings = findings(KEY_ACCOUNT + CFCT, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/central/key/kind",
                "is key-account, but deploy.cfct is set: CfCT cannot pass the central vault the key"
                    + " ARN of each region, which airgap:deploy reads from the key account's alias"));
    assertThat(findings)
        .extracting(f -> f.location().toString())
        .containsExactly("airgap.yaml:20:5");
  }
}
