package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.BreakGlass;
import dev.airgap.model.validate.AwsFormats;
import dev.airgap.model.validate.ModelFields;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.util.regex.Pattern;

/**
 * AG1020: a break-glass principal is one IAM user or role of the partition, never an account or a
 * pattern. A trust policy that names an account root delegates the decision to every IAM
 * administrator of that account, the central administrator who is not a vault admin among them;
 * role trust policies accept no wildcard in a principal (docs/aws-facts.md §15.1).
 */
public final class BreakGlassPrincipalShape implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG1020",
          Severity.ERROR,
          "Break-glass principals are exact IAM user or role ARNs",
          "The break-glass roles are admins of every deny layer. A trust policy naming an account"
              + " (its root or its id) lets every principal of that account with sts:AssumeRole"
              + " and MFA become one, so an administrator who is not a vault admin could take the"
              + " vault over; a wildcard is not allowed in a trust policy's Principal (IAM JSON"
              + " policy reference, Principal; docs/aws-facts.md §15.1).",
          "Write arn:<partition>:iam::<12-digit account>:user/<name> or"
              + " arn:<partition>:iam::<12-digit account>:role/<name>, one person or one role.");

  private static final Pattern NAME = Pattern.compile("^(user|role)/([\\w+=,.@-]+/)*[\\w+=,.@-]+$");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (model.central().breakGlass().isEmpty()) {
      return;
    }
    String partition =
        context.isUsable("/organization/partition")
            ? model.organization().partition().yamlName()
            : "";
    BreakGlass b = model.central().breakGlass().get();
    for (ModelFields.Field f :
        ModelFields.entries(context, "/central/breakGlass/restore", b.restore())) {
      check(f, partition, context);
    }
    for (ModelFields.Field f :
        ModelFields.entries(context, "/central/breakGlass/vaultAdmin", b.vaultAdmin())) {
      check(f, partition, context);
    }
  }

  private static void check(ModelFields.Field f, String partition, RuleContext context) {
    String arn = f.value();
    String[] parts = arn.split(":", 6);
    if (parts.length == 6
        && parts[0].equals("arn")
        && parts[2].equals("iam")
        && parts[5].equals("root")) {
      context.report(
          f.pointer(),
          "'"
              + arn
              + "' names a whole account: every principal of it with sts:AssumeRole and MFA could"
              + " become a vault admin",
          "name the user or role of the person who breaks the glass");
      return;
    }
    if (parts.length != 6
        || !parts[0].equals("arn")
        || !parts[2].equals("iam")
        || !parts[3].isEmpty()
        || !AwsFormats.ACCOUNT_ID.matcher(parts[4]).matches()
        || !NAME.matcher(parts[5]).matches()) {
      context.report(
          f.pointer(),
          "'" + arn + "' is not the ARN of one IAM user or role",
          "write arn:"
              + (partition.isEmpty() ? "aws" : partition)
              + ":iam::<12-digit account>:user/<name> (no wildcard, no assumed-role session)");
      return;
    }
    if (!partition.isEmpty() && !parts[1].equals(partition)) {
      context.report(
          f.pointer(),
          "'"
              + arn
              + "' is in partition '"
              + parts[1]
              + "', but the organization is in '"
              + partition
              + "'",
          "write arn:" + partition + ":iam::...");
    }
  }
}
