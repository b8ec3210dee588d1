package dev.airgap.generator.check;

import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * IAM action names of the services airgap's policies mention besides AWS Backup (whose list comes
 * from the policy source), from the Service Authorization Reference. Only actions the generator may
 * emit need to be here; an action missing from this list is reported, never silently accepted.
 */
final class KnownActions {
  private KnownActions() {}

  static final List<String> OTHERS = List.of(
      "kms:CancelKeyDeletion", "kms:CreateAlias", "kms:CreateGrant", "kms:Decrypt", "kms:DeleteAlias",
      "kms:DescribeKey", "kms:DisableKey", "kms:DisableKeyRotation", "kms:EnableKey", "kms:EnableKeyRotation",
      "kms:Encrypt", "kms:GenerateDataKey", "kms:GenerateDataKeyPair", "kms:GenerateDataKeyPairWithoutPlaintext",
      "kms:GenerateDataKeyWithoutPlaintext", "kms:GetKeyPolicy", "kms:GetKeyRotationStatus", "kms:ListAliases",
      "kms:ListGrants", "kms:ListKeyPolicies", "kms:PutKeyPolicy", "kms:ReEncryptFrom", "kms:ReEncryptTo",
      "kms:RetireGrant", "kms:RevokeGrant", "kms:ScheduleKeyDeletion", "kms:TagResource", "kms:UntagResource",
      "kms:UpdateAlias", "kms:UpdateKeyDescription",
      "logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents",
      "organizations:AttachPolicy", "organizations:CreatePolicy", "organizations:DeletePolicy",
      "organizations:DescribeOrganization", "organizations:DescribePolicy", "organizations:DetachPolicy",
      "organizations:ListPolicies", "organizations:ListPoliciesForTarget", "organizations:ListRoots",
      "organizations:ListTargetsForPolicy", "organizations:TagResource", "organizations:UntagResource",
      "organizations:UpdatePolicy",
      "sns:Publish", "sts:AssumeRole");

  /** Whether {@code action} names a known action, or is a whole or trailing wildcard matching one. */
  static boolean exists(String action, List<String> knownBackup) {
    TreeSet<String> known = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    known.addAll(OTHERS);
    known.addAll(knownBackup);
    if (action.equals("*")) {
      return true;
    }
    if (!action.contains("*")) {
      return known.contains(action);
    }
    Pattern p = Pattern.compile(Pattern.quote(action).replace("*", "\\E.*\\Q"), Pattern.CASE_INSENSITIVE);
    return known.stream().anyMatch(k -> p.matcher(k).matches());
  }
}
