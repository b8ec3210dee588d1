package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.KeySettings;
import dev.airgap.model.validate.AwsFormats;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.util.regex.Pattern;

/** AG3004: key arn has the shape arn:<partition>:kms:<region>:<account>:key/<id>. */
public final class KeyArnShape implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG3004",
          Severity.ERROR,
          "An existing key is named by a KMS key ARN of the organization's partition",
          "EncryptionKeyArn must be a key ARN "
              + "(arn:<partition>:kms:<region>:<account>:key/<id>), not an alias, a key id or an "
              + "ARN of another partition (AWS::Backup::BackupVault EncryptionKeyArn; docs/aws-facts.md "
              + "§1.3, §2.1).",
          "Copy KeyMetadata.Arn from `aws kms describe-key --key-id <alias or id>`.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  private static final Pattern KEY_ID =
      Pattern.compile(
          "^key/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32})$");

  @Override
  public void check(AirGapModel model, RuleContext context) {
    String partition =
        context.isUsable("/organization/partition")
            ? model.organization().partition().yamlName()
            : "";
    check(context, "/central/key", model.central().key(), partition);
    check(context, "/members/key", model.members().key(), partition);
  }

  private static void check(
      RuleContext context, String pointer, KeySettings key, String partition) {
    String p = pointer + "/arn";
    if (!context.isUsable(p) || key.arn().isEmpty()) {
      return;
    }
    String arn = key.arn().get();
    String[] parts = arn.split(":", 6);
    if (parts.length == 6
        && parts[0].equals("arn")
        && parts[2].equals("kms")
        && parts[5].startsWith("alias/")) {
      context.report(
          p,
          "'" + arn + "' is an alias ARN; a vault needs the key ARN",
          "run aws kms describe-key --key-id " + parts[5] + " and use KeyMetadata.Arn");
      return;
    }
    if (parts.length != 6
        || !parts[0].equals("arn")
        || !parts[2].equals("kms")
        || !AwsFormats.ACCOUNT_ID.matcher(parts[4]).matches()
        || parts[3].isEmpty()
        || !KEY_ID.matcher(parts[5]).matches()) {
      context.report(
          p,
          "'"
              + arn
              + "' is not a KMS key ARN (arn:"
              + (partition.isEmpty() ? "aws" : partition)
              + ":kms:<region>:<account>:key/<key id>)",
          "copy KeyMetadata.Arn from aws kms describe-key");
      return;
    }
    if (!partition.isEmpty() && !parts[1].equals(partition)) {
      context.report(
          p,
          "'"
              + arn
              + "' is in partition '"
              + parts[1]
              + "', but the organization is in '"
              + partition
              + "'",
          "use a key of partition " + partition);
    }
  }
}
