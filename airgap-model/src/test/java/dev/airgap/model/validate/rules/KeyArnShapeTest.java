package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG3004 KeyArnShape")
class KeyArnShapeTest {
  private static final String ID = "AG3004";

  @Test
  @DisplayName("passes on a key ARN")
  void case1() {
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
  @DisplayName("boundary: a multi-Region key ARN passes")
  void case2() {
    // Given
    String yaml =
        edit(
            BASIC,
            "  alerts:\n",
            "  key:\n    kind: existing\n    arn: arn:aws:kms:eu-west-1:222222222222:key/mrk-1234567890abcdef1234567890abcdef\n  alerts:\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("fails on an alias ARN, a bare key id and another partition")
  void case3() {
    // Given
    String yaml =
        edit(
            BASIC,
            "  alerts:\n",
            "  key:\n    kind: existing\n    arn: arn:aws:kms:eu-west-1:222222222222:alias/backup\n  alerts:\n",
            MEMBERS_END,
            "  regions: [eu-west-1]\n  key:\n    kind: existing\n    arn: 1234abcd-12ab-34cd-56ef-1234567890ab\n\nplans:");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/central/key/arn",
                "'arn:aws:kms:eu-west-1:222222222222:alias/backup' is an alias ARN; a vault needs the key ARN"),
            tuple(
                "/members/key/arn",
                "'1234abcd-12ab-34cd-56ef-1234567890ab' is not a KMS key ARN (arn:aws:kms:<region>:<account>:key/<key id>)"));
  }

  @Test
  @DisplayName("fails on a key of another partition")
  void case4() {
    // Given
    String yaml =
        edit(
            BASIC,
            "  alerts:\n",
            "  key:\n    kind: existing\n    arn: arn:aws-us-gov:kms:eu-west-1:222222222222:key/1234abcd-12ab-34cd-56ef-1234567890ab\n  alerts:\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/central/key/arn",
                "'arn:aws-us-gov:kms:eu-west-1:222222222222:key/1234abcd-12ab-34cd-56ef-1234567890ab' is in partition 'aws-us-gov', but the organization is in 'aws'"));
  }
}
