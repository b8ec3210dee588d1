package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG1005 UnknownRegion")
class UnknownRegionTest {
  private static final String ID = "AG1005";

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
  @DisplayName("boundary: the newest known region passes")
  void case2() {
    // Given
    String yaml =
        edit(
            BASIC,
            "  regions: [eu-west-1]\n  vault",
            "  regions: [eu-west-1, ap-southeast-7]\n  vault");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("warns on a well-formed region that does not exist")
  void case3() {
    // Given
    String yaml =
        edit(
            BASIC, "  regions: [eu-west-1]\n  vault", "  regions: [eu-west-1, eu-west-9]\n  vault");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple("/central/regions/1", "'eu-west-9' is not a known region of partition aws"));
  }

  @Test
  @DisplayName("ignores regions of the wrong shape (AG1004 reports them)")
  void case4() {
    // Given
    String yaml =
        edit(
            BASIC,
            "  regions: [eu-west-1]\n  vault",
            "  regions: [eu-west-1, cn-north-1]\n  vault");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }
}
