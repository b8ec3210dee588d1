package dev.airgap.generator.units;

import dev.airgap.generator.cfn.CfnValue;
import dev.airgap.model.AirGapModel;
import dev.airgap.model.PermissionModel;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** ARNs built with {@code Fn::Sub} and {@code ${AWS::Partition}} (facts.md §1.3, §11 #5, #6). */
final class Principals {
  private Principals() {}

  static final String SERVICE_MANAGED_EXEC_ROLE = "stacksets-exec-*";
  static final String SELF_MANAGED_EXEC_ROLE = "AWSCloudFormationStackSetExecutionRole";

  /** The vault in this stack's account and region, from its known name (moto cannot GetAtt Backup resources). */
  static CfnValue vaultArn(String vaultName) {
    return CfnValue.sub("arn:${AWS::Partition}:backup:${AWS::Region}:${AWS::AccountId}:backup-vault:" + vaultName);
  }

  static CfnValue accountRoot() {
    return CfnValue.sub("arn:${AWS::Partition}:iam::${AWS::AccountId}:root");
  }

  static CfnValue accountRoot(String accountId) {
    return CfnValue.sub("arn:${AWS::Partition}:iam::" + accountId + ":root");
  }

  /** The role name CloudFormation StackSets uses in the central account (facts.md §1.3). */
  static String executionRoleName(AirGapModel model) {
    return model.deploy().centralPermissionModel() == PermissionModel.SERVICE_MANAGED
        ? SERVICE_MANAGED_EXEC_ROLE
        : SELF_MANAGED_EXEC_ROLE;
  }

  /**
   * Principals exempt from the central vault's deny statement: the admins (sorted), then the
   * StackSet execution role of this account and the model's deploy role, without which the next
   * deploy could not update the vault policy it manages (facts.md §2.3).
   */
  static CfnValue vaultDenyExemptions(AirGapModel model) {
    List<CfnValue> values = new ArrayList<>();
    new TreeSet<>(model.central().admins()).forEach(a -> values.add(CfnValue.text(a)));
    values.addAll(deployRoles(model));
    return CfnValue.list(values);
  }

  /** The deploy roles only, as they appear in templates of the central account. */
  static List<CfnValue> deployRoles(AirGapModel model) {
    List<CfnValue> values = new ArrayList<>();
    values.add(CfnValue.sub("arn:${AWS::Partition}:iam::${AWS::AccountId}:role/" + executionRoleName(model)));
    model.deploy().roleArn().ifPresent(r -> values.add(CfnValue.text(r)));
    return values;
  }

  /** Sentence for template descriptions: why the deploy role is exempt and where it is not. */
  static String deployRoleSentence(AirGapModel model) {
    return "Exempt from the deny, so that the next deploy can still update what it manages: the StackSet"
        + " execution role " + executionRoleName(model) + " of this account"
        + model.deploy().roleArn().map(r -> " and the deploy role " + r).orElse("") + ";"
        + " the tamper alert rule does not exempt them, so every change they make is announced,"
        + " and the Vault Lock exempts nobody.";
  }
}
