package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG2207 KeyAdminShape")
class KeyAdminShapeTest {
  private static final String ID = "AG2207";

  @Test
  @DisplayName("passes on the basic model and on a valid key-account model")
  void passes() {
    assertThat(findings(BASIC, ID)).isEmpty();
    assertThat(findings(KEY_ACCOUNT, ID)).isEmpty();
  }

  @Test
  @DisplayName("fails when a key admin is a role of the central account")
  void fails() {
    // Given
    String yaml =
        edit(
            KEY_ACCOUNT,
            "role/KeyAdmin",
            "role/KeyAdmin\n      - arn:aws:iam::222222222222:role/KeyAdmin");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/central/key/admins/1",
                "'arn:aws:iam::222222222222:role/KeyAdmin' is not a role ARN of the key account 333333333333"));
    assertThat(findings)
        .extracting(f -> f.location().toString())
        .containsExactly("airgap.yaml:25:9");
  }

  @Test
  @DisplayName("fails on a wildcard, which no key policy Principal may hold")
  void wildcard() {
    String yaml = edit(KEY_ACCOUNT, "role/KeyAdmin", "role/Key*");
    assertThat(findings(yaml, ID))
        .extracting(Finding::pointer)
        .containsExactly("/central/key/admins/0");
  }
}
