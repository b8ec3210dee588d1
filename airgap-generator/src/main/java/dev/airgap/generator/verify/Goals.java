package dev.airgap.generator.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The destruction goals of one configuration: every data/lock call on the vault, every
 * recovery-point form and the key.
 */
final class Goals {
  private Goals() {}

  /**
   * @param withConfiguration also the configuration calls (vault access policy, notifications, lock
   *     configuration, key policy): tampering for anyone but the admins and the deploy role
   */
  static List<Goal> destruction(Configuration c, boolean withConfiguration) {
    List<Goal> goals = new ArrayList<>();
    String[] v = c.vaultArn().split(":");
    List<RecoveryPointArns.Form> forms = RecoveryPointArns.forms(v[1], v[3], v[4]);
    for (ThreatCatalog.Call call : ThreatCatalog.RECOVERY_POINT_DATA) {
      for (RecoveryPointArns.Form f : forms) {
        goals.add(new Goal(call, f.arn(), f.label(), false, Map.of()));
      }
    }
    // A point younger than MinRetentionDays: only reachable once a governance lock is gone.
    goals.add(
        new Goal(
            ThreatCatalog.RECOVERY_POINT_DATA.get(0),
            forms.get(0).arn(),
            forms.get(0).label(),
            true,
            Map.of()));
    List<ThreatCatalog.Call> vaultCalls = new ArrayList<>(ThreatCatalog.VAULT_DATA);
    if (withConfiguration) {
      vaultCalls.addAll(ThreatCatalog.VAULT_CONFIGURATION);
    }
    vaultCalls.forEach(call -> goals.add(new Goal(call, c.vaultArn(), "vault", false, Map.of())));
    if (c.keyArn() != null) {
      List<ThreatCatalog.Call> keyCalls = new ArrayList<>(ThreatCatalog.KEY_DATA);
      if (withConfiguration) {
        keyCalls.addAll(ThreatCatalog.KEY_CONFIGURATION);
      }
      for (ThreatCatalog.Call call : keyCalls) {
        // An unrestricted grant is one not made by an AWS service for an AWS resource.
        Map<String, List<String>> extra =
            call.action().equals("kms:CreateGrant")
                ? Map.of("kms:GrantIsForAWSResource", List.of("false"))
                : Map.of();
        goals.add(new Goal(call, c.keyArn(), "key", false, extra));
      }
    }
    return goals;
  }
}
