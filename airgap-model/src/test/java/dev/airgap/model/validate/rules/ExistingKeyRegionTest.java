package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG3005 ExistingKeyRegion")
class ExistingKeyRegionTest {
  private static final String ID = "AG3005";

  @Test
  @DisplayName("passes on a key in the vault's region")
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
  @DisplayName("boundary: a multi-Region key serves several regions")
  void case2() {
    // Given
    String yaml =
        edit(
            BASIC,
            "  regions: [eu-west-1]\n  vault",
            "  regions: [eu-west-1, eu-central-1]\n  vault",
            "  alerts:\n",
            "  key:\n    kind: existing\n    arn: arn:aws:kms:eu-west-1:222222222222:key/mrk-1234567890abcdef1234567890abcdef\n  alerts:\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("fails on a key in another region")
  void case3() {
    // Given
    String yaml =
        edit(
            BASIC,
            "  alerts:\n",
            "  key:\n    kind: existing\n    arn: arn:aws:kms:eu-central-1:222222222222:key/1234abcd-12ab-34cd-56ef-1234567890ab\n  alerts:\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple("/central/key/arn", "is a key in eu-central-1, but the vault is in eu-west-1"));
  }

  @Test
  @DisplayName("fails on a single-region key for two regions")
  void case4() {
    // Given
    String yaml =
        edit(
            BASIC,
            "  regions: [eu-west-1]\n  vault",
            "  regions: [eu-west-1, eu-central-1]\n  vault",
            "  alerts:\n",
            "  key:\n    kind: existing\n    arn: arn:aws:kms:eu-west-1:222222222222:key/1234abcd-12ab-34cd-56ef-1234567890ab\n  alerts:\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/central/key/arn",
                "is a key in eu-west-1 only, but the vaults are in 2 regions [eu-west-1, eu-central-1]"));
  }
}
