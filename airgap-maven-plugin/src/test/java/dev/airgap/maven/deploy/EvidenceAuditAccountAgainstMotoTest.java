package dev.airgap.maven.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;

/**
 * examples/basic with reports into an evidence bucket in an audit account, deployed to {@code
 * moto_server}: the bucket's stack set lands in the audit account (its OU narrowed to it), and the
 * management stack holds the SCP for the audit account.
 */
class EvidenceAuditAccountAgainstMotoTest extends AgainstMoto {

  @Test
  @DisplayName(
      "the evidence bucket stack set deploys into the audit account; the management stack holds its SCP")
  void auditAccount() throws IOException {
    // Given
    MotoOrg org = MotoOrg.create(clients.organizations(), true);
    var orgs = clients.organizations();
    String auditOu =
        orgs.createOrganizationalUnit(r -> r.parentId(org.rootId()).name("audit"))
            .organizationalUnit()
            .id();
    String audit =
        orgs.createAccount(r -> r.accountName("audit").email("audit@example.com"))
            .createAccountStatus()
            .accountId();
    orgs.moveAccount(
        r -> r.accountId(audit).sourceParentId(org.rootId()).destinationParentId(auditOu));
    DeployInput input =
        compileBasic(
            org,
            m ->
                m
                    + "\nevidence:\n  reports:\n    bucketAccount: \""
                    + audit
                    + "\"\n    bucketOrganizationalUnit: "
                    + auditOu
                    + "\n");

    // When
    DeployReport report = deployer().deploy(input);

    // Then
    assertThat(report.isSuccess()).as(report.render()).isTrue();
    CloudFormationClient cfn = clients.cloudFormation(MotoOrg.REGION);
    String bucketStackSet =
        input.manifest().units().stream()
            .filter(u -> u.id().equals("evidence-bucket"))
            .findFirst()
            .orElseThrow()
            .name();
    assertThat(
            cfn
                .listStackInstances(r -> r.stackSetName(bucketStackSet).callAs("SELF"))
                .summaries()
                .stream()
                .map(s -> s.account() + "/" + s.region())
                .distinct()
                .toList())
        .containsExactly(audit + "/eu-west-1");
    // moto attaches no SCP from a stack to its Organizations model (the audit account lists only
    // FullAWSAccess after the deploy): the SCP is checked in the deployed management template.
    var management =
        input.manifest().units().stream()
            .filter(u -> u.id().equals("management"))
            .findFirst()
            .orElseThrow();
    assertThat(cfn.getTemplate(r -> r.stackName(management.name())).templateBody())
        .contains("protect-evidence-account")
        .contains(audit);
  }
}
