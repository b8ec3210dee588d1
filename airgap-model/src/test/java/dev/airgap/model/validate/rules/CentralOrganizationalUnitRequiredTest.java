package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG1010 CentralOrganizationalUnitRequired")
class CentralOrganizationalUnitRequiredTest {
  private static final String ID = "AG1010";

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
  @DisplayName("boundary: a self-managed central unit needs no OU")
  void case2() {
    // Given
    String yaml =
        edit(BASIC, "  organizationalUnit: ou-ab12-backup01\n", "")
            + "\ndeploy:\n  centralPermissionModel: self-managed\n";
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("fails when the OU is missing with the default service-managed model")
  void case3() {
    // Given
    String yaml = edit(BASIC, "  organizationalUnit: ou-ab12-backup01\n", "");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/central/organizationalUnit",
                "is required when deploy.centralPermissionModel is service-managed (the default)"));
    assertThat(findings)
        .extracting(f -> f.location().toString())
        .containsExactly("airgap.yaml:5:1");
  }
}
