package dev.airgap.maven.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("UnresolvedParameters: a parameter without a value or a key alias is refused")
class UnresolvedParametersTest {
  private static final String VAULT =
      """
      AWSTemplateFormatVersion: "2010-09-09"
      Parameters:
        CentralVaultKeyArn:
          Type: String
          AllowedPattern: "^arn:aws:kms:[a-z0-9-]+:333333333333:key/[0-9a-f-]+$"
          Description: ARN of the key alias/airgap-central in key account 333333333333
        WithDefault:
          Type: String
          Default: x
      Resources: {}
      """;

  @Test
  @DisplayName("names the file, the parameter and the alias when the manifest gives no value")
  void missing() {
    assertThat(UnresolvedParameters.missing("central-vault.yaml", VAULT, Set.of(), Set.of()))
        .singleElement()
        .asString()
        .startsWith(
            "central-vault.yaml: /Parameters/CentralVaultKeyArn: has no value (ARN of the key"
                + " alias/airgap-central in key account 333333333333)");
  }

  @Test
  @DisplayName("accepts a value from the manifest or a key alias, and templates without parameters")
  void given() {
    assertThat(
            UnresolvedParameters.missing(
                "central-vault.yaml", VAULT, Set.of("CentralVaultKeyArn"), Set.of()))
        .isEmpty();
    assertThat(
            UnresolvedParameters.missing(
                "central-vault.yaml", VAULT, Set.of(), Set.of("CentralVaultKeyArn")))
        .isEmpty();
    assertThat(
            UnresolvedParameters.missing(
                "central-alerts.yaml",
                "AWSTemplateFormatVersion: \"2010-09-09\"\n",
                Set.of(),
                Set.of()))
        .isEmpty();
  }
}
