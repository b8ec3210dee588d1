package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.IdentityCenterBreakGlass;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * AG1032: a break-glass group is an Identity Store group ID (pattern of AWS::SSO::Assignment
 * PrincipalId; docs/aws-facts.md §18), not a display name.
 */
public final class IdentityCenterGroupIdShape implements Rule {
  private static final Pattern GROUP_ID =
      Pattern.compile(
          "([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}");

  private static final RuleInfo INFO =
      new RuleInfo(
          "AG1032",
          Severity.ERROR,
          "A break-glass Identity Center group is a group ID",
          "AWS::SSO::Assignment takes the Identity Store ID of the group (a UUID, optionally"
              + " prefixed by 10 hex digits and a dash), not its display name; any other value fails"
              + " the stack after the model validated (docs/aws-facts.md §18).",
          "Look the ID up with `aws identitystore get-group-id --identity-store-id <id>"
              + " --alternate-identifier ...` and put it in restoreGroupId / vaultAdminGroupId.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    IdentityCenterBreakGlass ic =
        model.central().breakGlass().flatMap(b -> b.identityCenter()).orElse(null);
    if (ic == null) {
      return;
    }
    Map<String, Optional<String>> groups = new TreeMap<>();
    groups.put("restoreGroupId", ic.restoreGroupId());
    groups.put("vaultAdminGroupId", ic.vaultAdminGroupId());
    groups.forEach(
        (key, value) -> {
          String p = "/central/breakGlass/identityCenter/" + key;
          if (value.isPresent()
              && context.isUsable(p)
              && !GROUP_ID.matcher(value.get()).matches()) {
            context.report(
                p,
                "'" + value.get() + "' is not an Identity Store group ID",
                "use the group's ID (a UUID such as 9a672b3314-…), not its display name");
          }
        });
  }
}
