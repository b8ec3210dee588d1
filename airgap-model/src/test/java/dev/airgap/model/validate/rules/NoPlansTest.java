package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG2020 NoPlans")
class NoPlansTest {
  private static final String ID = "AG2020";

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
  @DisplayName("boundary: one plan is enough")
  void case2() {
    // Given
    String yaml = edit(BASIC, "    copyToCentral:\n      retentionDays: 35\n", "");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("warns on an empty plans map")
  void case3() {
    // Given
    String yaml = BASIC.substring(0, BASIC.indexOf("plans:")) + "plans: {}\n";
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(tuple("/plans", "is empty, so no backup is ever taken"));
    assertThat(findings)
        .extracting(f -> f.location().toString())
        .containsExactly("airgap.yaml:25:1");
  }
}
