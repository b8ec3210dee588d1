package dev.airgap.generator.units;

import dev.airgap.generator.cfn.CfnValue;
import dev.airgap.generator.resolve.PrincipalClasses;
import dev.airgap.generator.resolve.ResolvedModel;
import dev.airgap.model.AirGapModel;
import java.util.ArrayList;
import java.util.List;

/**
 * ARNs built with {@code Fn::Sub} and {@code ${AWS::Partition}} (docs/aws-facts.md §1.3, §11 #5,
 * #6).
 */
final class Principals {
  private Principals() {}

  static final String SERVICE_MANAGED_EXEC_ROLE = PrincipalClasses.SERVICE_MANAGED_EXEC_ROLE;
  static final String SELF_MANAGED_EXEC_ROLE = PrincipalClasses.SELF_MANAGED_EXEC_ROLE;

  private static PrincipalClasses classes(AirGapModel model) {
    return ResolvedModel.of(model).principals();
  }

  /**
   * The vault in this stack's account and region, from its known name (moto cannot GetAtt Backup
   * resources).
   */
  static CfnValue vaultArn(String vaultName) {
    return CfnValue.sub(
        "arn:${AWS::Partition}:backup:${AWS::Region}:${AWS::AccountId}:backup-vault:" + vaultName);
  }

  static CfnValue accountRoot() {
    return CfnValue.sub("arn:${AWS::Partition}:iam::${AWS::AccountId}:root");
  }

  static CfnValue accountRoot(String accountId) {
    return CfnValue.sub("arn:${AWS::Partition}:iam::" + accountId + ":root");
  }

  /**
   * The role name CloudFormation StackSets uses in the central account (docs/aws-facts.md §1.3).
   */
  static String executionRoleName(AirGapModel model) {
    return classes(model).executionRoleName();
  }

  /**
   * The vault admins, sorted: the only principals exempt from the data and lock denies (delete,
   * shorten, copy out, restore, unlock, unshare, key destruction). docs/threat-model.md explains
   * why nobody else, the deploy role included, may be.
   */
  static CfnValue admins(AirGapModel model) {
    return CfnValue.texts(classes(model).vaultAdmins());
  }

  /** The admins, then one more principal that a single deny statement exempts. */
  static CfnValue adminsAnd(AirGapModel model, CfnValue other) {
    List<CfnValue> values = new ArrayList<>();
    classes(model).vaultAdmins().forEach(a -> values.add(CfnValue.text(a)));
    values.add(other);
    return CfnValue.list(values);
  }

  /**
   * The admins, then the StackSet execution role of this account and the model's deploy role:
   * exempt only from the configuration denies (vault access policy, notifications, lock settings,
   * key policy), without which the next deploy could not update what it manages (docs/aws-facts.md
   * §2.3).
   */
  static CfnValue adminsAndDeployRoles(AirGapModel model) {
    List<CfnValue> values = new ArrayList<>();
    classes(model).vaultAdmins().forEach(a -> values.add(CfnValue.text(a)));
    values.addAll(deployRoles(model));
    return CfnValue.list(values);
  }

  /** The deploy roles only, as they appear in templates of the central account. */
  static List<CfnValue> deployRoles(AirGapModel model) {
    List<CfnValue> values = new ArrayList<>();
    values.add(
        CfnValue.sub(
            "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/" + executionRoleName(model)));
    classes(model).deployRoleArn().ifPresent(r -> values.add(CfnValue.text(r)));
    return values;
  }

  /** Sentence for template descriptions: who is exempt from which deny. */
  static String exemptionSentence(AirGapModel model) {
    return "Only the admins may delete, shorten, copy out, restore, unlock or unshare; the StackSet"
        + " execution role "
        + executionRoleName(model)
        + " of this account"
        + model.deploy().roleArn().map(r -> " and the deploy role " + r).orElse("")
        + " may only update the configuration airgap deploys (access policy, notifications, lock settings, key policy),"
        + " and an SCP keeps anyone but the admins from creating or changing a role with an exempt name.";
  }
}
