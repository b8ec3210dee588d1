package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.ModelFields;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * AG1018: an IAM Identity Center admin pattern says what it really matches. Identity Center names a
 * permission set's role {@code AWSReservedSSO_<permission set>_<suffix>} under the path {@code
 * aws-reserved/sso.amazonaws.com/} with or without a region segment, and creates it through a
 * service-linked role that no SCP binds (docs/aws-facts.md §13.2, §13.12).
 */
public final class IdentityCenterAdminPattern implements Rule {
  private static final RuleInfo INFO =
      new RuleInfo(
          "AG1018",
          Severity.WARNING,
          "Identity Center admin patterns match only the intended permission set",
          "AWSReservedSSO_<Name>_* also matches a permission set named <Name>_<anything>, and a * right before "
              + "AWSReservedSSO_ matches one named x"
              + "AWSReservedSSO_<Name>: an Identity Center administrator can create "
              + "and provision either without any SCP stopping it (docs/aws-facts.md §13.2, §13.12).",
          "List role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_<Name>_???????????????? and the same with */ "
              + "before AWSReservedSSO_ (roles with and without a region segment; the 16-character suffix Identity Center "
              + "appends in every observed role, AWS does not document its form), or list the provisioned role ARNs.");

  private static final Pattern SSO =
      Pattern.compile("role/aws-reserved/sso\\.amazonaws\\.com/(.*)AWSReservedSSO_(.+)_([^_]*)$");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    for (ModelFields.Field admin :
        ModelFields.entries(context, "/central/admins", model.central().admins())) {
      int role = admin.value().indexOf(":role/");
      if (role < 0) {
        continue;
      }
      Matcher m = SSO.matcher(admin.value().substring(role + 1));
      if (!m.find()) {
        continue;
      }
      String name = m.group(2);
      String exact = "AWSReservedSSO_" + name + "_" + "?".repeat(16);
      String fix =
          "list both role/aws-reserved/sso.amazonaws.com/"
              + exact
              + " and role/aws-reserved/sso.amazonaws.com/*/"
              + exact;
      if (!m.group(1).isEmpty() && !m.group(1).equals("*/")) {
        context.report(
            admin.pointer(),
            "'"
                + admin.value()
                + "' also matches a permission set whose name merely ends"
                + " in AWSReservedSSO_"
                + name
                + ", which an Identity Center administrator can create",
            fix);
      } else if (!m.group(3).equals("?".repeat(16))) {
        context.report(
            admin.pointer(),
            "'"
                + admin.value()
                + "' also matches any permission set whose name starts"
                + " with "
                + name
                + "_, which an Identity Center administrator can create",
            fix);
      }
    }
  }
}
