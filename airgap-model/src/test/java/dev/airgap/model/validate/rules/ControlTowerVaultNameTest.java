package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG2090 ControlTowerVaultName")
class ControlTowerVaultNameTest {
  private static final String ID = "AG2090";

  @Test
  @DisplayName("passes on the valid basic model")
  void case1() {
    // Given
    String yaml = BASIC;
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("boundary: a name that only contains controltower passes")
  void case2() {
    // Given
    String yaml = edit(BASIC, "name: airgap-central", "name: my-aws-controltower-copy");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("fails on Control Tower's central vault name, located, whatever the case")
  void case3() {
    // Given
    String yaml =
        edit(BASIC, "name: airgap-central", "name: AWS-ControlTower-central-backupvault-1");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message, f -> f.location().toString())
        .containsExactly(
            tuple(
                "/central/vault/name",
                "'AWS-ControlTower-central-backupvault-1' is in AWS Control Tower's vault name"
                    + " space (aws-controltower-*)",
                "airgap.yaml:10:5"));
  }
}
