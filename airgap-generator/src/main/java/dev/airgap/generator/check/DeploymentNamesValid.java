package dev.airgap.generator.check;

import dev.airgap.generator.GeneratedTemplate;
import dev.airgap.generator.manifest.DeploymentUnit;
import dev.airgap.generator.units.UnitCatalog;
import dev.airgap.model.validate.AwsFormats;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * AG5011: every stack and stack set name the manifest will deploy under is valid: a letter, then
 * letters, digits and hyphens, at most 128 characters in all (CreateStack {@code StackName} and
 * CreateStackSet {@code StackSetName}, docs/aws-facts.md §1.2). The names are read from the
 * manifest the deployer uses, so a new unit with a longer id is checked without anyone updating a
 * list of unit ids.
 */
public final class DeploymentNamesValid implements TemplateRule {
  static final int MAX_LENGTH = 128;

  private static final RuleInfo INFO =
      new RuleInfo(
          "AG5011",
          Severity.ERROR,
          "Stack and stack set names are valid and at most 128 characters",
          "Each unit deploys as a stack or stack set named <stackSetNamePrefix>-<unit id>;"
              + " CloudFormation accepts names that start with a letter, hold only letters, digits"
              + " and hyphens, and have at most 128 characters (CreateStack, CreateStackSet;"
              + " docs/aws-facts.md §1.2).",
          "Shorten deploy.stackSetNamePrefix so that the longest unit name fits in 128 characters.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(TemplateRuleContext context) {
    // Each template's deployment as its unit declares it, the same call the manifest makes.
    List<DeploymentUnit> units = new ArrayList<>();
    for (GeneratedTemplate template : context.templates()) {
      units.add(
          UnitCatalog.unitOf(template.unitId())
              .deployment(context.model(), template.unitId())
              .templateFile(template.fileName())
              .build());
    }
    int prefix = context.model().deploy().stackSetNamePrefix().length();
    int longestSuffix = 0;
    for (DeploymentUnit unit : units) {
      longestSuffix = Math.max(longestSuffix, unit.name().length() - prefix);
    }
    for (DeploymentUnit unit : units) {
      String name = unit.name();
      if (!AwsFormats.STACK_SET_NAME.matcher(name).matches()) {
        String kind = unit.kind() == DeploymentUnit.UnitKind.STACK ? "stack" : "stack set";
        context.report(
            "/deploy/stackSetNamePrefix",
            kind
                + " name '"
                + name
                + "' of "
                + unit.templateFile()
                + (name.length() > MAX_LENGTH
                    ? " has "
                        + name.length()
                        + " characters; at most "
                        + MAX_LENGTH
                        + " are allowed"
                    : " is not a letter followed by letters, digits and hyphens"),
            "shorten deploy.stackSetNamePrefix to at most "
                + (MAX_LENGTH - longestSuffix)
                + " characters");
      }
    }
  }
}
