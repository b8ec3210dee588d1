package dev.airgap.model.validate.rules;

import dev.airgap.model.AirGapModel;
import dev.airgap.model.IdentityCenterBreakGlass;
import dev.airgap.model.validate.Rule;
import dev.airgap.model.validate.RuleContext;
import dev.airgap.model.validate.RuleInfo;
import dev.airgap.model.validate.Severity;
import java.util.regex.Pattern;

/**
 * AG1031: the Identity Center instance of the break-glass permission sets is an instance ARN of the
 * model's partition (pattern of AWS::SSO::PermissionSet InstanceArn; docs/aws-facts.md §18).
 */
public final class IdentityCenterInstanceArnShape implements Rule {
  static final String POINTER = "/central/breakGlass/identityCenter/instanceArn";

  private static final Pattern SHAPE =
      Pattern.compile("arn:(aws(-[a-z]{1,5}){0,3}):sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}");

  /** Whether {@code arn} has the shape of an Identity Center instance ARN of any partition. */
  static boolean shape(String arn) {
    return SHAPE.matcher(arn).matches();
  }

  private static final RuleInfo INFO =
      new RuleInfo(
          "AG1031",
          Severity.ERROR,
          "The break-glass Identity Center instance is an instance ARN of the partition",
          "CloudFormation rejects an AWS::SSO::PermissionSet or AWS::SSO::Assignment whose"
              + " InstanceArn does not match arn:aws:sso:::instance/ssoins-<16 characters>, and an"
              + " instance of another partition cannot assign roles in this organization's accounts"
              + " (docs/aws-facts.md §18).",
          "Copy the ARN from `aws sso-admin list-instances` in the management account.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(AirGapModel model, RuleContext context) {
    IdentityCenterBreakGlass ic =
        model.central().breakGlass().flatMap(b -> b.identityCenter()).orElse(null);
    if (ic == null || !context.isUsable(POINTER)) {
      return;
    }
    var m = SHAPE.matcher(ic.instanceArn());
    if (!m.matches()) {
      context.report(
          POINTER,
          "'" + ic.instanceArn() + "' is not an Identity Center instance ARN",
          "use arn:aws:sso:::instance/ssoins-<16 characters> (aws sso-admin list-instances)");
    } else if (context.isUsable("/organization/partition")
        && !m.group(1).equals(model.organization().partition().yamlName())) {
      context.report(
          POINTER,
          "is in partition "
              + m.group(1)
              + ", the organization in "
              + model.organization().partition().yamlName(),
          "name the Identity Center instance of this organization");
    }
  }
}
