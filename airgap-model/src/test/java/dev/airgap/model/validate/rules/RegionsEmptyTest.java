package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG1016 RegionsEmpty")
class RegionsEmptyTest {
  private static final String ID = "AG1016";

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
  @DisplayName("boundary: one region each is enough")
  void case2() {
    // Given
    String yaml = edit(BASIC, MEMBERS_END, "  regions: [eu-west-1]\n\nplans:");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("fails on empty region lists")
  void case3() {
    // Given
    String yaml =
        edit(
            BASIC,
            "  regions: [eu-west-1]\n  vault",
            "  regions: []\n  vault",
            MEMBERS_END,
            "  regions: []\n\nplans:");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple("/central/regions", "lists no region, so there is no central vault"),
            tuple("/members/regions", "lists no region, so nothing is backed up"));
    assertThat(findings)
        .extracting(f -> f.location().toString())
        .containsExactly("airgap.yaml:8:3", "airgap.yaml:23:3");
  }
}
