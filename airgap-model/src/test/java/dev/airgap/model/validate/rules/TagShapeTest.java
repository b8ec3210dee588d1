package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG4014 TagShape")
class TagShapeTest {
  private static final String ID = "AG4014";

  @Test
  @DisplayName("passes on the valid basic model (default backup=false)")
  void case1() {
    // Given
    String yaml = BASIC;
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("boundary: a 128-character key and a 256-character value pass")
  void case2() {
    // Given
    String yaml =
        BASIC
            + "    selection:\n      optOutTag: { key: "
            + "k".repeat(128)
            + ", value: "
            + "v".repeat(256)
            + " }\n";
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("fails on an aws: key and an empty value")
  void case3() {
    // Given
    String yaml = BASIC + "    selection:\n      optOutTag: { key: \"aws:backup\", value: \"\" }\n";
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/plans/daily/selection/optOutTag/key",
                "tag key 'aws:backup' starts with aws:, which is reserved for AWS"),
            tuple(
                "/plans/daily/selection/optOutTag/value",
                "tag value must have 1 to 256 characters (has 0)"));
  }

  @Test
  @DisplayName("fails on an opt-in tag key of 129 characters")
  void case4() {
    // Given
    String yaml = BASIC + "    selection:\n      optInTags: { " + "k".repeat(129) + ": gold }\n";
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/plans/daily/selection/optInTags/" + "k".repeat(129),
                "tag key must have 1 to 128 characters (has 129)"));
  }
}
