package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.model.KeyKind;
import dev.airgap.model.io.ModelReader;
import dev.airgap.model.validate.Finding;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG3008 AirGappedVaultCustomerKey")
class AirGappedVaultCustomerKeyTest {
  private static final String ID = "AG3008";

  @Test
  @DisplayName(
      "a logically air-gapped vault without a key section gets the AWS-owned key and no finding")
  void defaultsToAwsOwned() {
    String yaml = edit(AIR_GAPPED, "  key:\n    kind: aws-owned\n", "");
    assertThat(findings(yaml, ID)).isEmpty();
    assertThat(
            ModelReader.read("airgap.yaml", yaml.getBytes(StandardCharsets.UTF_8))
                .model()
                .orElseThrow()
                .central()
                .key()
                .kind())
        .isEqualTo(KeyKind.AWS_OWNED);
  }

  @Test
  @DisplayName("warns on a customer managed key, at the kind")
  void customerKey() {
    assertThat(findings(edit(AIR_GAPPED, "    kind: aws-owned\n", "    kind: managed\n"), ID))
        .extracting(Finding::pointer)
        .containsExactly("/central/key/kind");
  }

  @Test
  @DisplayName("a standard vault still defaults to a managed key")
  void standardDefault() {
    assertThat(
            ModelReader.read("airgap.yaml", BASIC.getBytes(StandardCharsets.UTF_8))
                .model()
                .orElseThrow()
                .central()
                .key()
                .kind())
        .isEqualTo(KeyKind.MANAGED);
  }
}
