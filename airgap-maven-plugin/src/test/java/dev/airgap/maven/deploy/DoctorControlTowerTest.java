package dev.airgap.maven.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.generator.manifest.DeploymentManifest;
import dev.airgap.generator.manifest.DeploymentUnit;
import dev.airgap.generator.manifest.DeploymentUnit.AccountFilterType;
import dev.airgap.generator.manifest.DeploymentUnit.PermissionModel;
import dev.airgap.generator.manifest.DeploymentUnit.UnitKind;
import dev.airgap.generator.manifest.DeploymentUnit.UnitTargets;
import dev.airgap.generator.units.CentralVaultUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The organization-trail and Control Tower checks of doctor over a fake Control Tower organization
 * ({@link FakeGovernance#controlTower}).
 */
class DoctorControlTowerTest {
  private static final String OU = "ou-ab12-members1";
  private static final String CENTRAL = "222222222222";
  private static final String TRAIL =
      "arn:aws:cloudtrail:eu-west-1:111111111111:trail/aws-controltower-BaselineCloudTrail";

  /** The management template: one SCP on the member OU, one on the central account. */
  private static final String MANAGEMENT =
      """
      Resources:
        MemberScp:
          Type: AWS::Organizations::Policy
          Properties:
            Name: airgap-members
            Type: SERVICE_CONTROL_POLICY
            TargetIds: [ou-ab12-members1]
        CentralScp:
          Type: AWS::CloudFormation::CustomResource
          Properties:
            ServiceToken: arn:aws:lambda:eu-west-1:111111111111:function:scp
            PolicyName: airgap-central
            TargetIds: ['222222222222']
        Backup:
          Type: AWS::Organizations::Policy
          Properties:
            Name: airgap-backup
            Type: BACKUP_POLICY
            TargetIds: [ou-ab12-members1]
      """;

  private final FakeCloud cloud = new FakeCloud();

  DoctorControlTowerTest() {
    cloud.ous.put(OU, List.of(new Organization.Account(CENTRAL, "central", "ACTIVE")));
  }

  private DeployInput input() {
    DeploymentUnit central =
        DeploymentUnit.builder(CentralVaultUnit.ID, UnitKind.STACK_SET, "airgap-central-vault")
            .permissionModel(PermissionModel.SERVICE_MANAGED)
            .targets(new UnitTargets(List.of(OU), List.of(CENTRAL), AccountFilterType.INTERSECTION))
            .regions(List.of("eu-west-1"))
            .templateFile(CentralVaultUnit.ID.fileName())
            .build();
    return new DeployInput(
        new DeploymentManifest(
            1, "o-fake", cloud.managementAccount, DeploymentManifest.CallAs.SELF, List.of(central)),
        Map.of(CentralVaultUnit.ID.value(), "Resources: {}\n", "management", MANAGEMENT));
  }

  private Doctor.Report doctor(FakeGovernance governance) {
    return new Doctor(cloud, cloud, Optional.of(governance)).check(input());
  }

  @Test
  @DisplayName(
      "in a Control Tower organization doctor passes the org trail, counts SCP slots and warns about"
          + " the backup baseline")
  void controlTowerOrganization() {
    Doctor.Report report = doctor(FakeGovernance.controlTower("eu-west-1", OU, CENTRAL));
    System.out.println(report.render());

    assertThat(report.render())
        .contains(
            "✓ organization trail logs management events in eu-west-1 -"
                + " aws-controltower-BaselineCloudTrail (multi-Region, home eu-west-1, logging,"
                + " read+write management events)\n")
        .contains("✓ organization trail logs management events in us-east-1 -")
        .contains(
            "✓ AWS Control Tower - detected: landing zone"
                + " arn:aws:controltower:eu-west-1:111111111111:landingzone/1A2B3C4D5E6F; guardrail"
                + " SCPs on airgap's targets: aws-guardrails-AbCdEf, aws-guardrails-GhIjKl; baseline"
                + " stack sets: AWSControlTowerBP-BASELINE-CLOUDTRAIL,"
                + " AWSControlTowerBP-BASELINE-CONFIG, AWSControlTowerBP-BASELINE-ROLES\n")
        .contains(
            "✓ Control Tower's AWSControlTowerExecution role and airgap's SCPs - in every enrolled"
                + " account (3 baseline stack sets deploy with it), the central account "
                + CENTRAL
                + " included if enrolled; not exempt from airgap's SCPs, so Control Tower cannot"
                + " change airgap's vaults or keys; the management account's use of it is the"
                + " proof's management-account assumption\n")
        .contains(
            "✓ SCP slots on "
                + OU
                + " - 3 attached (FullAWSAccess, aws-guardrails-AbCdEf, aws-guardrails-GhIjKl),"
                + " airgap adds airgap-members: 4 of 10, 6 left\n")
        .contains(
            "✓ SCP slots on "
                + CENTRAL
                + " - 3 attached (FullAWSAccess, aws-guardrails-AbCdEf, aws-guardrails-GhIjKl),"
                + " airgap adds airgap-central: 4 of 10, 6 left\n")
        .contains(
            "! Control Tower backup baseline may double-back up airgap's resources - Control"
                + " Tower backup policies on airgap's targets: "
                + OU
                + " aws-controltower-backup-policy;")
        .endsWith("doctor: 16 passed, 0 failed, 0 not checked, 1 warning(s)\n");
    assertThat(report.hasFailures()).isFalse();
  }

  @Test
  @DisplayName(
      "no organization trail fails in every Region airgap uses and in us-east-1, with the fix")
  void noTrail() {
    FakeGovernance g = FakeGovernance.plain(OU, CENTRAL);
    g.trails.put(
        "eu-west-1",
        List.of(
            new Governance.Trail(
                "account-trail",
                "arn:aws:cloudtrail:eu-west-1:111111111111:trail/account-trail",
                "eu-west-1",
                false,
                true,
                true,
                true)));

    Doctor.Report report = doctor(g);

    assertThat(report.checks())
        .filteredOn(c -> c.mark() == Doctor.Mark.FAIL)
        .extracting(Doctor.Check::title)
        .containsExactly(
            "organization trail logs management events in eu-west-1",
            "organization trail logs management events in us-east-1");
    assertThat(report.render())
        .contains(
            "✗ organization trail logs management events in eu-west-1 - no organization trail"
                + " records here (account trails only: account-trail); the tamper alerts see no"
                + " management events\n"
                + "    fix: aws cloudtrail create-trail --name airgap-org-trail --s3-bucket-name"
                + " <log-bucket> --is-organization-trail --is-multi-region-trail"
                + " --include-global-service-events --region us-east-1 && aws cloudtrail"
                + " start-logging --name airgap-org-trail --region us-east-1");
  }

  @Test
  @DisplayName(
      "a single-Region org trail covers its own Region only; a stopped, write-only trail fails with"
          + " start-logging and put-event-selectors")
  void partialTrails() {
    FakeGovernance g = FakeGovernance.plain(OU, CENTRAL);
    g.trails.put(
        "eu-west-1",
        List.of(new Governance.Trail("org", TRAIL, "eu-west-1", true, false, false, false)));
    g.trails.put(
        "us-east-1",
        List.of(
            new Governance.Trail(
                "org-us",
                "arn:aws:cloudtrail:us-east-1:111111111111:trail/org-us",
                "us-east-1",
                true,
                false,
                true,
                true)));

    String out = doctor(g).render();

    assertThat(out)
        .contains(
            "✗ organization trail logs management events in eu-west-1 - org is not logging and"
                + " does not record read and write management events\n"
                + "    fix: aws cloudtrail put-event-selectors --trail-name "
                + TRAIL
                + " --region eu-west-1 --event-selectors"
                + " '[{\"ReadWriteType\":\"All\",\"IncludeManagementEvents\":true}]'"
                + " (this replaces the trail's selectors: add back any data event selectors it has)"
                + " && aws cloudtrail start-logging --name "
                + TRAIL
                + " --region eu-west-1\n")
        .contains("✓ organization trail logs management events in us-east-1 - org-us (us-east-1,");
  }

  @Test
  @DisplayName(
      "a target without room for airgap's SCP fails; more than 5 SCPs passes but says it relies on"
          + " the 2026-05 limit")
  void scpSlots() {
    FakeGovernance g = FakeGovernance.controlTower("eu-west-1", OU, CENTRAL);
    for (int i = 0; i < 7; i++) {
      g.attach(OU, "SERVICE_CONTROL_POLICY", "team-" + i);
    }
    g.attach(CENTRAL, "SERVICE_CONTROL_POLICY", "team-a");
    g.attach(CENTRAL, "SERVICE_CONTROL_POLICY", "airgap-central");

    Doctor.Report report = doctor(g);

    assertThat(report.render())
        .contains(
            "✗ SCP slots on "
                + OU
                + " - 10 attached (FullAWSAccess, aws-guardrails-AbCdEf, aws-guardrails-GhIjKl,"
                + " team-0, team-1, team-2, team-3, team-4, team-5, team-6), airgap adds"
                + " airgap-members: 11 of 10, 0 left\n"
                + "    fix: detach or merge SCPs on this target")
        .contains(
            "✓ SCP slots on "
                + CENTRAL
                + " - 5 attached (FullAWSAccess, airgap-central, aws-guardrails-AbCdEf,"
                + " aws-guardrails-GhIjKl, team-a), airgap's airgap-central among them: 5 of 10, 5"
                + " left\n");
    g.attach(CENTRAL, "SERVICE_CONTROL_POLICY", "team-b");
    assertThat(doctor(g).render())
        .contains(
            "6 of 10, 4 left (more than 5: relies on the limit of 10 announced for 2026-05-15");
  }

  @Test
  @DisplayName(
      "without Control Tower: not detected, no backup warning; an unanswered ListLandingZones is ?")
  void notControlTower() {
    FakeGovernance plain = FakeGovernance.plain(OU, CENTRAL);
    String out = doctor(plain).render();
    assertThat(out)
        .contains(
            "✓ AWS Control Tower - not detected (no landing zone, no aws-guardrails-* SCP on"
                + " airgap's targets)\n")
        .doesNotContain("backup baseline");

    FakeGovernance denied =
        new FakeGovernance() {
          @Override
          public List<String> landingZones() {
            throw new CloudCallException(
                CloudCallException.Kind.ACCESS_DENIED,
                "ListLandingZones",
                "AccessDeniedException",
                "req-1",
                "not allowed",
                null);
          }
        };
    assertThat(doctor(denied).render())
        .contains(
            "? AWS Control Tower - not checked (emulator/permission): ListLandingZones answered"
                + " AccessDeniedException\n");
  }

  @Test
  @DisplayName("guardrail SCPs alone reveal Control Tower when ListLandingZones finds none")
  void guardrailsOnly() {
    FakeGovernance g = FakeGovernance.controlTower("eu-west-1", OU, CENTRAL);
    g.landingZones.clear();
    g.stackSets.clear();

    assertThat(doctor(g).render())
        .contains(
            "✓ AWS Control Tower - detected: guardrail SCPs on airgap's targets:"
                + " aws-guardrails-AbCdEf, aws-guardrails-GhIjKl\n")
        .contains(
            "✓ Control Tower's AWSControlTowerExecution role and airgap's SCPs - in every enrolled"
                + " account, the central account")
        .contains("! Control Tower backup baseline");
  }

  @Test
  @DisplayName(
      "Control Tower's baseline stack sets alone reveal it (landing zone homed in another Region,"
          + " no guardrail SCP on airgap's targets); other stack sets do not")
  void baselineStackSetsOnly() {
    FakeGovernance g = FakeGovernance.plain(OU, CENTRAL);
    g.stackSets.add("team-networking");
    assertThat(doctor(g).render())
        .contains("✓ AWS Control Tower - not detected")
        .doesNotContain("AWSControlTowerExecution");

    g.stackSets.add("AWSControlTowerBP-BASELINE-ROLES");
    assertThat(doctor(g).render())
        .contains(
            "✓ AWS Control Tower - detected: baseline stack sets:"
                + " AWSControlTowerBP-BASELINE-ROLES\n")
        .contains("(1 baseline stack sets deploy with it)");
  }

  @Test
  @DisplayName(
      "with deploy.cfct the templates exempt AWSControlTowerExecution, and doctor says so instead of"
          + " 'not exempt'")
  void executionRoleExemptWithCfct() {
    FakeGovernance g = FakeGovernance.controlTower("eu-west-1", OU, CENTRAL);
    DeployInput plain = input();
    Map<String, String> templates = new java.util.TreeMap<>(plain.templates());
    templates.put(
        "management", MANAGEMENT + "# exempt: arn:aws:iam::*:role/AWSControlTowerExecution\n");
    DeployInput cfct = new DeployInput(plain.manifest(), templates);

    assertThat(doctor(g).render()).contains("; not exempt from airgap's SCPs");
    assertThat(new Doctor(cloud, cloud, Optional.of(g)).check(cfct).render())
        .contains(
            "; airgap's SCPs exempt it for configuration only (deploy.cfct: CfCT deploys airgap's"
                + " stack sets as it);")
        .doesNotContain("not exempt from airgap's SCPs");
  }
}
