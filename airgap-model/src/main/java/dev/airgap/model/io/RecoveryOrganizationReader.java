package dev.airgap.model.io;

import dev.airgap.model.MultiPartyApproval;
import dev.airgap.model.RecoveryOrganization;
import dev.airgap.model.io.NodeBinder.MapView;
import java.util.Optional;

/**
 * {@code recoveryOrganization}, read as strictly as the rest. Its approval team has no {@code
 * account} key: the recovery organization's management account owns it (AWS creates identity
 * sources and teams only in a management account, docs/aws-facts.md §13.20), so the model cannot
 * say two different things.
 */
final class RecoveryOrganizationReader {
  private RecoveryOrganizationReader() {}

  static Optional<RecoveryOrganization> read(MapView root) {
    if (!root.has("recoveryOrganization")) {
      return Optional.empty();
    }
    MapView m =
        root.map(
            "recoveryOrganization",
            false,
            "id",
            "managementAccount",
            "recoveryAccount",
            "multiPartyApproval",
            "alertEmails");
    String management = m.requiredId("managementAccount");
    Optional<MultiPartyApproval> team = Optional.empty();
    if (m.has("multiPartyApproval")) {
      MapView t =
          m.map(
              "multiPartyApproval",
              false,
              "identityCenterInstanceArn",
              "identityCenterRegion",
              "approvers",
              "minApprovals");
      team =
          Optional.of(
              new MultiPartyApproval(
                  management,
                  t.requiredString("identityCenterInstanceArn"),
                  t.requiredString("identityCenterRegion"),
                  t.strings("approvers", true, false),
                  t.integer("minApprovals", true).orElse(2)));
    }
    return Optional.of(
        new RecoveryOrganization(
            m.requiredId("id"),
            management,
            m.requiredId("recoveryAccount"),
            team,
            m.strings("alertEmails", false, false)));
  }
}
