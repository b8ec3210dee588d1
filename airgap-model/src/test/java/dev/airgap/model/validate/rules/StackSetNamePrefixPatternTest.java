package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG4005 StackSetNamePrefixPattern")
class StackSetNamePrefixPatternTest {
  private static final String ID = "AG4005";

  @Test
  @DisplayName("passes on the valid basic model (default airgap)")
  void case1() {
    // Given
    String yaml = BASIC;
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("a long prefix is left to AG5011, which checks the real stack and stack set names")
  void case2() {
    // Given
    String yaml = BASIC + "\ndeploy:\n  stackSetNamePrefix: " + "a".repeat(112) + "\n";
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("fails on a prefix that starts with a digit")
  void case4() {
    // Given
    String yaml = BASIC + "\ndeploy:\n  stackSetNamePrefix: 1airgap\n";
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple("/deploy/stackSetNamePrefix", "'1airgap' does not make a valid stack set name"));
  }
}
