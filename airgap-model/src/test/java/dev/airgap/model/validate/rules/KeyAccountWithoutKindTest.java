package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG2202 KeyAccountWithoutKind")
class KeyAccountWithoutKindTest {
  private static final String ID = "AG2202";

  @Test
  @DisplayName("passes on the basic model and on a valid key-account model")
  void passes() {
    assertThat(findings(BASIC, ID)).isEmpty();
    assertThat(findings(KEY_ACCOUNT, ID)).isEmpty();
  }

  @Test
  @DisplayName("fails when a key account is given with kind managed")
  void fails() {
    // Given
    String yaml = edit(KEY_ACCOUNT, "kind: key-account", "kind: managed");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/central/key/account",
                "is set but central.key.kind is managed: only kind key-account uses a key account"));
    assertThat(findings)
        .extracting(f -> f.location().toString())
        .containsExactly("airgap.yaml:21:5");
  }
}
