package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG1002 OrganizationalUnitIdFormat")
class OrganizationalUnitIdFormatTest {
  private static final String ID = "AG1002";

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
  @DisplayName("boundary: a root id is a valid target")
  void case2() {
    // Given
    String yaml = edit(BASIC, "[ou-ab12-workload1]", "[r-ab12]");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("fails on an OU name instead of an id")
  void case3() {
    // Given
    String yaml = edit(BASIC, "[ou-ab12-workload1]", "[ou-ab12-workload1, Workloads]");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/members/targets/organizationalUnits/1",
                "'Workloads' is not an OU id (ou-xxxx-xxxxxxxx) or a root id (r-xxxx)"));
  }

  @Test
  @DisplayName("fails on a central OU whose second part is too short")
  void case4() {
    // Given
    String yaml = edit(BASIC, "ou-ab12-backup01", "ou-ab12-backup");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/central/organizationalUnit",
                "'ou-ab12-backup' is not an OU id (ou-xxxx-xxxxxxxx) or a root id (r-xxxx)"));
  }
}
