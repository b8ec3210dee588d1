package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG1015 MemberRegionWithoutCentralVault")
class MemberRegionWithoutCentralVaultTest {
  private static final String ID = "AG1015";

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
  @DisplayName("boundary: a member region without a central vault is fine when no plan copies")
  void case2() {
    // Given
    String yaml =
        edit(
            BASIC,
            MEMBERS_END,
            "  regions: [eu-west-1, eu-central-1]\n\nplans:",
            "    copyToCentral:\n      retentionDays: 35\n",
            "");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("fails on a member region with no central vault")
  void case3() {
    // Given
    String yaml = edit(BASIC, MEMBERS_END, "  regions: [eu-west-1, eu-central-1]\n\nplans:");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/members/regions/1",
                "'eu-central-1' has no central vault; central.regions is [eu-west-1]"));
  }
}
