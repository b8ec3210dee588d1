package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.PermissionModel;
import dev.airgap.model.validate.ModelFields;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.util.List;
import java.util.regex.Pattern;

/**
 * AG1017: every admin is a role of the central account whose pattern names no role anyone else
 * could use. The admins are the only principals exempt from the data and lock denies; the
 * central-account SCP keeps everyone else from creating or re-trusting a role that matches an admin
 * pattern. A role in another account is outside that guardrail, and a pattern that also matches the
 * StackSet execution role or the deploy role hands their holders the data actions.
 */
public final class AdminOutsideGuardrail implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG1017",
          Severity.ERROR,
          "Admins are roles of the central account that no deploy role matches",
          "Exemptions are by ARN pattern, so an exemption is only as strong as the guarantee that nobody "
              + "else can create or take over a role matching it. airgap guards the admin patterns with an SCP "
              + "on the central account; a role in another account is not guarded, a pattern whose role name "
              + "starts with a wildcard matches roles anyone with iam:CreateRole can make, and a pattern that "
              + "matches the StackSet execution role or deploy.roleArn gives whoever runs a stack set operation "
              + "the right to delete backups (docs/threat-model.md; docs/aws-facts.md §13.1, §13.2).",
          "Name roles of the central account, e.g. arn:aws:iam::<central account>:role/BackupVaultAdmin; keep "
              + "wildcards after a fixed name prefix.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    if (!context.isUsable("/central/account")) {
      return;
    }
    String central = model.central().account();
    String partition = model.organization().partition().yamlName();
    List<String> deployRoles =
        new java.util.ArrayList<>(
            List.of(
                "arn:"
                    + partition
                    + ":iam::"
                    + central
                    + ":role/"
                    + (model.deploy().centralPermissionModel() == PermissionModel.SERVICE_MANAGED
                        ? "stacksets-exec-0123456789abcdef0123456789abcdef"
                        : "AWSCloudFormationStackSetExecutionRole")));
    model.deploy().roleArn().ifPresent(deployRoles::add);
    for (ModelFields.Field admin :
        ModelFields.entries(context, "/central/admins", model.central().admins())) {
      String[] parts = admin.value().split(":", 6);
      if (parts.length != 6 || !parts[5].startsWith("role/")) {
        continue; // AG1006 reports the shape
      }
      if (!parts[4].equals(central)) {
        context.report(
            admin.pointer(),
            "'"
                + admin.value()
                + "' is a role of account "
                + parts[4]
                + ", not of the central account "
                + central
                + ", so the guardrail SCP cannot keep others from taking it over",
            "name a role of account " + central);
        continue;
      }
      String name = parts[5].substring(parts[5].lastIndexOf('/') + 1);
      if (name.startsWith("*") || name.startsWith("?")) {
        context.report(
            admin.pointer(),
            "'" + admin.value() + "' matches role names that start with anything",
            "start the role name with fixed text, e.g. role/BackupVaultAdmin or "
                + "role/aws-reserved/sso.amazonaws.com/*/AWSReservedSSO_BackupAdmin_????????????????");
        continue;
      }
      for (String deployRole : deployRoles) {
        if (matches(admin.value(), deployRole)) {
          context.report(
              admin.pointer(),
              "'"
                  + admin.value()
                  + "' also matches the deploy role "
                  + deployRole
                  + ", which would then be allowed to delete backups",
              "narrow the pattern so that it names only the vault admins");
          break;
        }
      }
    }
  }

  /** IAM's ArnLike: {@code *} any run of characters, {@code ?} one character, case-sensitive. */
  static boolean matches(String pattern, String arn) {
    StringBuilder regex = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
    }
    return Pattern.matches(regex.toString(), arn);
  }
}
