package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.model.validate.Finding;
import dev.airgap.model.validate.Severity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** AG2301–AG2309, one nested class per rule: the separate recovery organization. */
class RecoveryOrganizationRulesTest {
  static final String VALID = RecoveryOrgModels.VALID;

  @Test
  @DisplayName("the valid recovery-organization model has no finding")
  void valid() {
    assertClean(VALID);
  }

  @Test
  @DisplayName("an unknown key under recoveryOrganization is a located error, not a stack trace")
  void strictReader() {
    var f =
        validate(edit(VALID, "  id: o-recovery123\n", "  id: o-recovery123\n  accounts: []\n"))
            .all();
    assertThat(f)
        .anySatisfy(
            x -> {
              assertThat(x.pointer()).isEqualTo("/recoveryOrganization/accounts");
              assertThat(x.severity()).isEqualTo(Severity.ERROR);
              assertThat(x.location().line()).isPositive();
            });
  }

  @Test
  @DisplayName("the team's account key is not accepted: the recovery management account owns it")
  void teamHasNoAccountKey() {
    var f =
        validate(
                edit(
                    VALID,
                    "    minApprovals: 2\n",
                    "    minApprovals: 2\n    account: \"777777777777\"\n"))
            .all();
    assertThat(f)
        .extracting(Finding::pointer)
        .contains("/recoveryOrganization/multiPartyApproval/account");
  }

  @Nested
  @DisplayName("AG2301 RecoveryOrganizationNeedsAirGappedVault")
  class NeedsAirGapped {
    @Test
    @DisplayName(
        "a standard vault with a recovery organization is an error at recoveryOrganization")
    void standard() {
      String yaml = BASIC + VALID.substring(VALID.indexOf("\nrecoveryOrganization:")) + "";
      assertThat(findings(yaml, "AG2301"))
          .extracting(Finding::pointer)
          .containsExactly("/recoveryOrganization");
    }
  }

  @Nested
  @DisplayName("AG2302 RecoveryOrganizationIsAnotherOrganization")
  class AnotherOrganization {
    @Test
    @DisplayName("the production organization's id is refused")
    void same() {
      assertThat(findings(edit(VALID, "  id: o-recovery123\n", "  id: o-a1b2c3d4e5\n"), "AG2302"))
          .extracting(Finding::message)
          .singleElement()
          .asString()
          .contains("production organization");
    }

    @Test
    @DisplayName("a malformed id is refused")
    void malformed() {
      assertThat(findings(edit(VALID, "  id: o-recovery123\n", "  id: recovery\n"), "AG2302"))
          .extracting(Finding::pointer)
          .containsExactly("/recoveryOrganization/id");
    }
  }

  @Nested
  @DisplayName("AG2303 RecoveryAccountInsideProduction")
  class RecoveryInside {
    @Test
    @DisplayName("the central, management and admin accounts are refused, naming which")
    void insideAccounts() {
      for (String inside : new String[] {"222222222222", "111111111111"}) {
        assertThat(
                findings(
                    edit(
                        VALID,
                        "  recoveryAccount: \"888888888888\"\n",
                        "  recoveryAccount: \"" + inside + "\"\n"),
                    "AG2303"))
            .extracting(Finding::pointer)
            .containsExactly("/recoveryOrganization/recoveryAccount");
      }
    }

    @Test
    @DisplayName("a member account named directly is refused")
    void memberAccount() {
      String yaml =
          edit(
              VALID,
              "    organizationalUnits: [ou-ab12-workload1]\n",
              "    organizationalUnits: [ou-ab12-workload1]\n    excludeAccounts: [\"888888888888\"]\n");
      assertThat(findings(yaml, "AG2303"))
          .extracting(Finding::message)
          .singleElement()
          .asString()
          .contains("/members/targets/excludeAccounts/0");
    }
  }

  @Nested
  @DisplayName("AG2304 RecoveryManagementInsideProduction")
  class ManagementInside {
    @Test
    @DisplayName("the production management account as the recovery management account is refused")
    void productionManagement() {
      assertThat(
              findings(
                  edit(
                      VALID,
                      "  managementAccount: \"777777777777\"\n",
                      "  managementAccount: \"111111111111\"\n"),
                  "AG2304"))
          .extracting(Finding::pointer)
          .containsExactly("/recoveryOrganization/managementAccount");
    }
  }

  @Nested
  @DisplayName("AG2305 RecoveryAccountIsRecoveryManagement")
  class RecoveryIsManagement {
    @Test
    @DisplayName("restoring into the recovery management account warns")
    void same() {
      var f =
          findings(
              edit(
                  VALID,
                  "  recoveryAccount: \"888888888888\"\n",
                  "  recoveryAccount: \"777777777777\"\n"),
              "AG2305");
      assertThat(f).extracting(Finding::severity).containsExactly(Severity.WARNING);
    }
  }

  @Nested
  @DisplayName("AG2306 ApprovalTeamInBothOrganizations")
  class BothTeams {
    @Test
    @DisplayName("central.multiPartyApproval next to a recovery organization is an error there")
    void both() {
      String yaml =
          edit(
              VALID,
              "  recoveryAccounts: [\"444444444444\"]\n",
              "  recoveryAccounts: [\"444444444444\"]\n  multiPartyApproval:\n    account: \"111111111111\"\n"
                  + "    identityCenterInstanceArn: arn:aws:sso:::instance/ssoins-7223a1b2c3d4e5f6\n"
                  + "    identityCenterRegion: us-east-1\n    approvers: [a1, a2, a3]\n    minApprovals: 2\n");
      assertThat(findings(yaml, "AG2306"))
          .extracting(Finding::pointer)
          .containsExactly("/central/multiPartyApproval");
    }
  }

  @Nested
  @DisplayName("AG2307 RecoveryOrganizationWithoutApprovalTeam")
  class WithoutTeam {
    @Test
    @DisplayName("no team warns; a team does not")
    void noTeam() {
      assertThat(findings(RecoveryOrgModels.WITHOUT_TEAM, "AG2307"))
          .extracting(Finding::severity)
          .containsExactly(Severity.WARNING);
      assertThat(findings(VALID, "AG2307")).isEmpty();
    }
  }

  @Nested
  @DisplayName("AG2308 RecoveryAccountAlsoListed")
  class AlsoListed {
    @Test
    @DisplayName("the recovery account repeated in central.recoveryAccounts warns at that entry")
    void repeated() {
      String yaml =
          edit(
              VALID,
              "  recoveryAccounts: [\"444444444444\"]\n",
              "  recoveryAccounts: [\"444444444444\", \"888888888888\"]\n");
      assertThat(findings(yaml, "AG2308"))
          .extracting(Finding::pointer)
          .containsExactly("/central/recoveryAccounts/1");
    }
  }

  @Nested
  @DisplayName("AG2309 RecoveryIdentityCenterIsProductions")
  class IdentityCenter {
    @Test
    @DisplayName("the production break-glass Identity Center instance is refused")
    void productionInstance() {
      String yaml =
          edit(
              VALID,
              "  recoveryAccounts: [\"444444444444\"]\n",
              "  recoveryAccounts: [\"444444444444\"]\n  breakGlass:\n    identityCenter:\n"
                  + "      instanceArn: arn:aws:sso:::instance/ssoins-7223a1b2c3d4e5f6\n"
                  + "      region: us-east-1\n      restoreGroupId: 12345678-1234-1234-1234-123456789012\n");
      assertThat(findings(yaml, "AG2309"))
          .extracting(Finding::pointer)
          .containsExactly("/recoveryOrganization/multiPartyApproval/identityCenterInstanceArn");
    }

    @Test
    @DisplayName("a malformed instance ARN is refused")
    void malformed() {
      assertThat(findings(edit(VALID, "ssoins-7223a1b2c3d4e5f6", "ssoins-short"), "AG2309"))
          .hasSize(1);
    }
  }

  @Test
  @DisplayName("AG2141/AG2142 also check the recovery organization's team")
  void teamSizeRulesApply() {
    String yaml = edit(VALID, "    approvers: [a1, a2, a3]\n", "    approvers: [a1]\n");
    assertThat(findings(yaml, "AG2142"))
        .extracting(Finding::pointer)
        .containsExactly("/recoveryOrganization/multiPartyApproval/approvers");
    assertThat(findings(yaml, "AG2141"))
        .extracting(Finding::pointer)
        .containsExactly("/recoveryOrganization/multiPartyApproval/minApprovals");
  }
}
