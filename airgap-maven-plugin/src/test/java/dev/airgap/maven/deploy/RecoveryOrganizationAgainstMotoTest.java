package dev.airgap.maven.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.airgap.generator.manifest.DeploymentUnit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Capability;

/**
 * A separate recovery organization against moto: the production set deploys with the production
 * credentials, airgap refuses to deploy the recovery set with them, and the recovery set's
 * templates create as plain stacks, as its README has the recovery management account do. moto has
 * one account per credential, so the recovery stacks land in the same moto account here; it keeps
 * the MPA identity source and team, the RAM shares and the logically air-gapped vault as
 * placeholders without creating them, and creates the recovery alert key, topic and rule.
 */
class RecoveryOrganizationAgainstMotoTest extends AgainstMoto {
  private static final UnaryOperator<String> RECOVERY_ORGANIZATION =
      m ->
          m.replace(
                  "    name: airgap-central\n    lock:\n      mode: governance\n",
                  "    name: airgap-central\n    kind: logically-air-gapped\n    lock:\n"
                      + "      mode: compliance\n")
              + """

              recoveryOrganization:
                id: o-recovery1234
                managementAccount: "777777777777"
                recoveryAccount: "888888888888"
                alertEmails: [recovery-security@example.com]
                multiPartyApproval:
                  identityCenterInstanceArn: arn:aws:sso:::instance/ssoins-7223fedcba098765
                  identityCenterRegion: us-east-1
                  approvers:
                    - a1b2c3d4-5678-90ab-cdef-EXAMPLE11111
                    - a1b2c3d4-5678-90ab-cdef-EXAMPLE22222
                    - a1b2c3d4-5678-90ab-cdef-EXAMPLE33333
                  minApprovals: 2
              """;

  @Test
  @DisplayName(
      "the production set deploys, the recovery set is refused with production credentials, and"
          + " its templates create as stacks")
  void recoverySetIsSeparate() throws IOException {
    // Given
    MotoOrg org = MotoOrg.create(clients.organizations(), true);
    Path out = generateBasic(org, RECOVERY_ORGANIZATION);
    DeployInput production = DeployInput.read(out);
    assertThat(production.manifest().units())
        .extracting(DeploymentUnit::id)
        .doesNotContain("recovery-alerts", "recovery-approval-team");

    // When: production deploys, the compliance-locked vault confirmed
    DeployReport report = deployer(Set.of("airgap-central"), e -> {}).deploy(production);

    // Then
    assertThat(report.isSuccess()).as(report.render()).isTrue();

    // And: the recovery set is not deployable with these credentials
    Path recovery = out.resolve("recovery-organization");
    assertThatThrownBy(() -> DeployInput.read(recovery))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("o-recovery1234")
        .hasMessageContaining("777777777777");

    // And: each recovery template creates as a plain stack, as the recovery README says
    CloudFormationClient cfn = clients.cloudFormation("us-east-1");
    for (String template : new String[] {"recovery-alerts.yaml", "recovery-approval-team.yaml"}) {
      String name = "airgap-" + template.replace(".yaml", "");
      cfn.createStack(
          r ->
              r.stackName(name)
                  .templateBody(readString(recovery.resolve(template)))
                  .capabilities(Capability.CAPABILITY_NAMED_IAM));
      assertThat(cfn.describeStacks(r -> r.stackName(name)).stacks().get(0).stackStatusAsString())
          .as(template)
          .isEqualTo("CREATE_COMPLETE");
    }
  }

  private static String readString(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
