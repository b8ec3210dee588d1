package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;

/**
 * AG4206: the restore-testing role names, {@code <stackSetNamePrefix>-restore-testing-<region>},
 * fit IAM's 64-character limit on role names (docs/aws-facts.md §15.2, §16.3).
 */
public final class RestoreTestingRoleNameLength implements Rule {
  static final String INFIX = "-restore-testing-";

  private static final RuleInfo INFO =
      new RuleInfo(
          "AG4206",
          Severity.ERROR,
          "The restore-testing role names fit IAM's 64 characters",
          "airgap names the role each tested region restores with"
              + " <deploy.stackSetNamePrefix>-restore-testing-<region>; IAM rejects a role name"
              + " longer than 64 characters, so the stack would fail after the model validated"
              + " (IAM CreateRole RoleName; docs/aws-facts.md §15.2).",
          "Shorten deploy.stackSetNamePrefix, or test in regions with shorter names.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    String p = "/deploy/stackSetNamePrefix";
    if (model.central().restoreTesting().isEmpty() || !context.isUsable(p)) {
      return;
    }
    String longest =
        model.central().restoreTesting().get().regionsIn(model.central()).stream()
            .max(java.util.Comparator.comparingInt(String::length))
            .orElse("");
    String name = model.deploy().stackSetNamePrefix() + INFIX + longest;
    if (!longest.isEmpty() && name.length() > 64) {
      context.report(
          p,
          "makes the restore-testing role name '"
              + name
              + "' "
              + name.length()
              + " characters long; IAM allows 64",
          "use a prefix of at most " + (64 - INFIX.length() - longest.length()) + " characters");
    }
  }
}
