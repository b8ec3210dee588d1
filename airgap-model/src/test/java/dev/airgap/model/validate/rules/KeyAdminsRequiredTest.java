package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG2206 KeyAdminsRequired")
class KeyAdminsRequiredTest {
  private static final String ID = "AG2206";

  @Test
  @DisplayName("passes on the basic model and on a valid key-account model")
  void passes() {
    assertThat(findings(BASIC, ID)).isEmpty();
    assertThat(findings(KEY_ACCOUNT, ID)).isEmpty();
  }

  @Test
  @DisplayName("fails when the key admins are empty")
  void fails() {
    // Given
    String yaml =
        edit(
            KEY_ACCOUNT,
            "    admins:\n      - arn:aws:iam::333333333333:role/KeyAdmin\n",
            "    admins: []\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(tuple("/central/key/admins", "is empty: nobody could administer the key"));
    assertThat(findings)
        .extracting(f -> f.location().toString())
        .containsExactly("airgap.yaml:23:5");
  }
}
