package dev.airgap.generator.units;

import dev.airgap.model.AirGapModel;
import java.util.List;
import java.util.Map;

/**
 * Where the units get the protected action list and the organization policy documents from. One
 * list serves the vault policy, the SCP and the alert rule (facts.md §11 #2, #3), so they cannot
 * drift apart.
 */
public interface PolicySource {

  /** The destructive AWS Backup IAM actions ({@code backup:…}) to deny to all but the admins, sorted. */
  List<String> protectedActions();

  /** Actions of the protected list that are API operations (and so CloudTrail event names), sorted. */
  List<String> protectedApiOperations();

  /** Every AWS Backup IAM action name that exists, for checking generated policies. */
  List<String> knownBackupActions();

  /** The SCP document as plain maps and lists. */
  Map<String, Object> scpContent(AirGapModel model);

  /** The organization backup policy documents, each under 10,000 characters minified. */
  List<Map<String, Object>> backupPolicyContents(AirGapModel model);

  /** Python source of the SCP custom resource handler (SCP mode {@code lambda}). */
  String scpHandlerSource();
}
