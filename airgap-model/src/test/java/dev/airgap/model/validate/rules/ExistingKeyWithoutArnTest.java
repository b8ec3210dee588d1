package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG3002 ExistingKeyWithoutArn")
class ExistingKeyWithoutArnTest {
  private static final String ID = "AG3002";

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
  @DisplayName("boundary: an existing key with its ARN passes")
  void case2() {
    // Given
    String yaml =
        edit(
            BASIC,
            "  alerts:\n",
            "  key:\n    kind: existing\n    arn: arn:aws:kms:eu-west-1:222222222222:key/1234abcd-12ab-34cd-56ef-1234567890ab\n  alerts:\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("fails on an existing key without ARN")
  void case3() {
    // Given
    String yaml = edit(BASIC, "  alerts:\n", "  key:\n    kind: existing\n  alerts:\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(tuple("/central/key/kind", "is existing, but arn is not set"));
  }
}
