package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG2209 KeyAccountOnlyForCentral")
class KeyAccountOnlyForCentralTest {
  private static final String ID = "AG2209";

  @Test
  @DisplayName("passes on the basic model and with the central key in a key account")
  void passes() {
    assertThat(findings(BASIC, ID)).isEmpty();
    assertThat(findings(KEY_ACCOUNT, ID)).isEmpty();
  }

  @Test
  @DisplayName("fails when the member key names kind key-account")
  void fails() {
    // Given
    String yaml =
        edit(
            BASIC,
            "  regions: [eu-west-1]\n\nplans:",
            "  regions: [eu-west-1]\n  key:\n    kind: key-account\n\nplans:");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple("/members/key/kind", "is key-account: only central.key may name a key account"));
  }
}
