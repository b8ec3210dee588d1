package dev.airgap.maven.deploy;

/**
 * KMS, as the deployer needs it: the key an alias names. A key created in a key account has a
 * random id, and AWS Backup refuses an alias ARN as a vault's key (docs/aws-facts.md §20.3), so the
 * central vault's instances get the key ARN that {@code kms:DescribeKey} returns for the alias ARN
 * in their region. Implemented over the SDK by {@code SdkKeyAliases} and in memory by the test
 * fake. Failures are {@link CloudCallException}s.
 */
public interface KeyAliases {

  /** {@code DescribeKey} on {@code aliasArn} in {@code region}: the key's ARN. */
  String keyArn(String region, String aliasArn);
}
