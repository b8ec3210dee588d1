package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG2203 KeyAccountIsCentral")
class KeyAccountIsCentralTest {
  private static final String ID = "AG2203";

  @Test
  @DisplayName("passes on the basic model and on a valid key-account model")
  void passes() {
    assertThat(findings(BASIC, ID)).isEmpty();
    assertThat(findings(KEY_ACCOUNT, ID)).isEmpty();
  }

  @Test
  @DisplayName("fails when the key account is the central account")
  void fails() {
    // Given
    String yaml = edit(KEY_ACCOUNT, "account: \"333333333333\"", "account: \"222222222222\"");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/central/key/account",
                "is the central account 222222222222: a key account must be separate from the vault it protects"));
    assertThat(findings)
        .extracting(f -> f.location().toString())
        .containsExactly("airgap.yaml:21:5");
  }
}
