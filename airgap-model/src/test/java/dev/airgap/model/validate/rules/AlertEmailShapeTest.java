package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG4011 AlertEmailShape")
class AlertEmailShapeTest {
  private static final String ID = "AG4011";

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
  @DisplayName("boundary: a short address passes")
  void case2() {
    // Given
    String yaml = edit(BASIC, "email: [security@example.com]", "email: [a@b.co]");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("fails on an address without @")
  void case3() {
    // Given
    String yaml =
        edit(
            BASIC,
            "email: [security@example.com]",
            "email: [security@example.com, security.example.com]");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple("/central/alerts/email/1", "'security.example.com' is not an e-mail address"));
  }
}
