package dev.airgap.maven.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.kms.KmsClient;

/**
 * The SDK side of {@link KeyAliases} against moto: {@code DescribeKey} on an alias ARN answers the
 * key's ARN. moto keeps KMS per account, so this is the key account calling itself; the
 * cross-account call deploy makes is the same request with another account's alias ARN
 * (docs/aws-facts.md §20.3), and the deploy flow around it is {@code KeyAliasDeployTest}.
 */
@DisplayName("KeyAliases over the SDK against moto")
class KeyAliasesAgainstMotoTest extends AgainstMoto {

  @Test
  @DisplayName("an alias ARN resolves to the key ARN; an unknown alias is DescribeKey's error")
  void aliasArnResolves() {
    // Given: a key and its alias, as the central-key unit creates them
    KmsClient kms = clients.kms("eu-west-1");
    String keyArn = kms.createKey(r -> r.description("central vault key")).keyMetadata().arn();
    kms.createAlias(r -> r.aliasName("alias/airgap-central").targetKeyId(keyArn));
    String account = keyArn.split(":")[4];

    // When / Then
    assertThat(
            clients
                .keyAliases()
                .keyArn("eu-west-1", "arn:aws:kms:eu-west-1:" + account + ":alias/airgap-central"))
        .isEqualTo(keyArn);
    assertThatThrownBy(
            () ->
                clients
                    .keyAliases()
                    .keyArn("eu-west-1", "arn:aws:kms:eu-west-1:" + account + ":alias/missing"))
        .isInstanceOf(CloudCallException.class)
        .hasMessageContaining("DescribeKey");
  }
}
