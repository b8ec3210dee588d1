package dev.airgap.model;

/** Who provides the KMS key that encrypts a vault. */
public enum KeyKind implements YamlEnum {
  /** airgap creates a customer managed key with rotation and a policy for cross-account copy. */
  MANAGED("managed"),
  /** The user names an existing key by ARN; airgap does not manage its policy. */
  EXISTING("existing"),
  /** The AWS-owned key of a logically air-gapped vault (no customer key can be deleted). */
  AWS_OWNED("aws-owned"),
  /**
   * airgap creates one key per central region in a key account of its own, administered only by
   * named key admins, and the central vault uses it (docs/aws-facts.md §20.3).
   */
  KEY_ACCOUNT("key-account");

  private final String yamlName;

  KeyKind(String yamlName) {
    this.yamlName = yamlName;
  }

  @Override
  public String yamlName() {
    return yamlName;
  }
}
