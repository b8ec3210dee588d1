package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG2205 KeyAccountOrganizationalUnitRequired")
class KeyAccountOrganizationalUnitRequiredTest {
  private static final String ID = "AG2205";

  @Test
  @DisplayName("passes on the basic model and on a valid key-account model")
  void passes() {
    assertThat(findings(BASIC, ID)).isEmpty();
    assertThat(findings(KEY_ACCOUNT, ID)).isEmpty();
  }

  @Test
  @DisplayName("fails without the key account's OU under service-managed deployment")
  void fails() {
    // Given
    String yaml = edit(KEY_ACCOUNT, "    organizationalUnit: ou-ab12-keyvault1\n", "");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/central/key/organizationalUnit",
                "is required when deploy.centralPermissionModel is service-managed (the default)"));
    assertThat(findings)
        .extracting(f -> f.location().toString())
        .containsExactly("airgap.yaml:19:3");
  }

  @Test
  @DisplayName("boundary: self-managed deployment needs no OU")
  void selfManaged() {
    String yaml =
        edit(KEY_ACCOUNT, "    organizationalUnit: ou-ab12-keyvault1\n", "")
            + "\ndeploy:\n  centralPermissionModel: self-managed\n";
    assertThat(findings(yaml, ID)).isEmpty();
  }
}
