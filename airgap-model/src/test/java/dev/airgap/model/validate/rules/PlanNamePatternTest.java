package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG4006 PlanNamePattern")
class PlanNamePatternTest {
  private static final String ID = "AG4006";

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
  @DisplayName("boundary: dots, underscores and hyphens pass")
  void case2() {
    // Given
    String yaml = edit(BASIC, "  daily:\n", "  daily.v2_x-1:\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("fails on a space, with the name in the pointer")
  void case3() {
    // Given
    String yaml = edit(BASIC, "  daily:\n", "  daily plan:\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/plans/daily plan",
                "'daily plan' is not a valid plan name (1 to 50 of a-z, A-Z, 0-9, -, _ and .)"));
    assertThat(findings)
        .extracting(f -> f.location().toString())
        .containsExactly("airgap.yaml:26:3");
  }

  @Test
  @DisplayName("fails on a slash, escaped in the pointer")
  void case4() {
    // Given
    String yaml = edit(BASIC, "  daily:\n", "  a/b:\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/plans/a~1b",
                "'a/b' is not a valid plan name (1 to 50 of a-z, A-Z, 0-9, -, _ and .)"));
  }
}
