package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.AwsFormats;
import dev.airgap.model.validate.ModelFields;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.util.regex.Pattern;

/** AG1006: admin ARNs and deploy.roleArn are IAM role ARNs in the model's partition. */
public final class PrincipalArnShape implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG1006",
          Severity.ERROR,
          "Admins and the deploy role are IAM role ARNs of the organization's partition",
          "The admins and deploy.roleArn are matched with ArnNotLike aws:PrincipalArn in "
              + "the SCP, the vault policy and the alert rule; an ARN of another partition, "
              + "another service or with a malformed account never matches, so the deny then "
              + "locks everyone out (IAM User Guide, identifiers and aws:PrincipalArn; docs/aws-facts.md "
              + "§1.3, §6.3).",
          "Write arn:<partition>:iam::<12-digit account>:role/<path><name>; admins may use "
              + "* and ? in the role path and name (for example Identity Center roles), "
              + "deploy.roleArn must name exactly one role.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  private static final Pattern ROLE_PATTERN =
      Pattern.compile("^role/[\\w+=,.@/*?-]*[\\w+=,.@*?-]$");
  private static final Pattern ROLE_EXACT = Pattern.compile("^role/[\\w+=,.@/-]*[\\w+=,.@-]$");

  @Override
  public void check(AirGapModel model, RuleContext context) {
    String partition =
        context.isUsable("/organization/partition")
            ? model.organization().partition().yamlName()
            : "";
    for (ModelFields.Field field :
        ModelFields.entries(context, "/central/admins", model.central().admins())) {
      check(field.pointer(), field.value(), partition, true, context);
    }
    if (context.isUsable("/deploy/roleArn")) {
      model
          .deploy()
          .roleArn()
          .ifPresent(arn -> check("/deploy/roleArn", arn, partition, false, context));
    }
  }

  private static void check(
      String pointer, String arn, String partition, boolean wildcards, RuleContext context) {
    String[] parts = arn.split(":", 6);
    String shape =
        "arn:" + (partition.isEmpty() ? "aws" : partition) + ":iam::<account>:role/<name>";
    if (parts.length != 6
        || !parts[0].equals("arn")
        || !parts[2].equals("iam")
        || !parts[3].isEmpty()
        || !parts[5].startsWith("role/")) {
      context.report(
          pointer,
          "'" + arn + "' is not an IAM role ARN (" + shape + ")",
          "name the role, not a user, a session or an assumed-role ARN; aws:PrincipalArn carries the role ARN");
      return;
    }
    if (!partition.isEmpty() && !parts[1].equals(partition)) {
      context.report(
          pointer,
          "'"
              + arn
              + "' is in partition '"
              + parts[1]
              + "', but the organization is in '"
              + partition
              + "'",
          "write arn:" + partition + ":iam::...");
      return;
    }
    if (!AwsFormats.ACCOUNT_ID.matcher(parts[4]).matches()) {
      context.report(
          pointer,
          "'" + arn + "' names account '" + parts[4] + "', which is not a 12-digit account id",
          "write the account of the role in full; a wildcard account would exempt roles of every account");
      return;
    }
    if (!wildcards && (parts[5].contains("*") || parts[5].contains("?"))) {
      context.report(
          pointer,
          "'" + arn + "' contains a wildcard; deploy.roleArn must name one role",
          "write the exact role ARN; put patterns in central.admins");
      return;
    }
    if (!(wildcards ? ROLE_PATTERN : ROLE_EXACT).matcher(parts[5]).matches()) {
      context.report(
          pointer,
          "'" + arn + "' has an invalid role path or name '" + parts[5].substring(5) + "'",
          "role names use letters, digits and +=,.@_-"
              + (wildcards ? ", patterns also * and ?" : ""));
    }
  }
}
