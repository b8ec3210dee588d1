package dev.airgap.maven.deploy.aws;

import dev.airgap.maven.deploy.KeyAliases;
import java.util.function.Function;
import software.amazon.awssdk.services.kms.KmsClient;

/**
 * {@link KeyAliases} over the SDK. {@code DescribeKey} accepts an alias ARN of another account ("To
 * specify a KMS key in a different AWS account, you must use the key ARN or alias ARN",
 * docs/aws-facts.md §20.3); the key account's key policy lets the deploying account describe it.
 */
final class SdkKeyAliases implements KeyAliases {
  private final Function<String, KmsClient> kmsInRegion;

  SdkKeyAliases(Function<String, KmsClient> kmsInRegion) {
    this.kmsInRegion = kmsInRegion;
  }

  @Override
  public String keyArn(String region, String aliasArn) {
    return SdkErrors.call(
        "DescribeKey",
        () -> kmsInRegion.apply(region).describeKey(r -> r.keyId(aliasArn)).keyMetadata().arn());
  }
}
