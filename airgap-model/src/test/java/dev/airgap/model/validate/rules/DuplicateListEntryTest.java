package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG1013 DuplicateListEntry")
class DuplicateListEntryTest {
  private static final String ID = "AG1013";

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
  @DisplayName("boundary: the same region in central and member lists is not a duplicate")
  void case2() {
    // Given
    String yaml =
        edit(
            BASIC,
            "  regions: [eu-west-1]\n  vault",
            "  regions: [eu-west-1, eu-central-1]\n  vault",
            MEMBERS_END,
            "  regions: [eu-central-1, eu-west-1]\n\nplans:");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("fails at the second occurrence in each list")
  void case3() {
    // Given
    String yaml =
        edit(
            BASIC,
            "  regions: [eu-west-1]\n  vault",
            "  regions: [eu-west-1, eu-central-1, eu-west-1]\n  vault",
            "email: [security@example.com]",
            "email: [security@example.com, security@example.com]");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple("/central/regions/2", "'eu-west-1' is already listed at /central/regions/0"),
            tuple(
                "/central/alerts/email/1",
                "'security@example.com' is already listed at /central/alerts/email/0"));
  }
}
