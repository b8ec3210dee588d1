package dev.airgap.model.validate.rules;

import dev.airgap.model.validate.TestModels;

/** Models with a separate recovery organization, for the AG23xx rule tests. */
final class RecoveryOrgModels {
  private RecoveryOrgModels() {}

  static final String TEAM =
      "  multiPartyApproval:\n"
          + "    identityCenterInstanceArn: arn:aws:sso:::instance/ssoins-7223a1b2c3d4e5f6\n"
          + "    identityCenterRegion: us-east-1\n"
          + "    approvers: [a1, a2, a3]\n"
          + "    minApprovals: 2\n";

  /** A logically air-gapped vault shared with a recovery organization that owns its team. */
  static final String VALID =
      TestModels.AIR_GAPPED
          + "\nrecoveryOrganization:\n"
          + "  id: o-recovery123\n"
          + "  managementAccount: \"777777777777\"\n"
          + "  recoveryAccount: \"888888888888\"\n"
          + TEAM;

  /** {@link #VALID} without the team. */
  static final String WITHOUT_TEAM = TestModels.replace(VALID, TEAM, "");
}
