package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG2208 KeyAccountSharesRole")
class KeyAccountSharesRoleTest {
  private static final String ID = "AG2208";

  @Test
  @DisplayName("passes on the basic model and on a valid key-account model")
  void passes() {
    assertThat(findings(BASIC, ID)).isEmpty();
    assertThat(findings(KEY_ACCOUNT, ID)).isEmpty();
  }

  @Test
  @DisplayName("fails when the key account is also the delegated administrator")
  void fails() {
    // Given
    String yaml =
        edit(
            KEY_ACCOUNT,
            "  managementAccount: \"111111111111\"\n",
            "  managementAccount: \"111111111111\"\n  delegatedAdminAccount: \"333333333333\"\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/central/key/account",
                "is also the delegated administrator account: the key account must hold nothing but the key"));
    assertThat(findings)
        .extracting(f -> f.location().toString())
        .containsExactly("airgap.yaml:22:5");
  }
}
