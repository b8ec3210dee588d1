package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG2201 KeyAccountRequired")
class KeyAccountRequiredTest {
  private static final String ID = "AG2201";

  @Test
  @DisplayName("passes on the basic model and on a valid key-account model")
  void passes() {
    assertThat(findings(BASIC, ID)).isEmpty();
    assertThat(findings(KEY_ACCOUNT, ID)).isEmpty();
  }

  @Test
  @DisplayName("fails when kind key-account names no account")
  void fails() {
    // Given
    String yaml = edit(KEY_ACCOUNT, "    account: \"333333333333\"\n", "");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple("/central/key/kind", "is key-account but central.key.account is missing"));
    assertThat(findings)
        .extracting(f -> f.location().toString())
        .containsExactly("airgap.yaml:20:5");
  }
}
