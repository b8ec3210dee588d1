package dev.airgap.maven.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;

/**
 * The organization-wide job notifications against moto_server: the job-events stack set deploys
 * before the member baseline whose rules forward to its bus, a second deploy changes nothing, and
 * what moto makes of the central template's resources.
 */
class JobEventsDeployAgainstMotoTest extends AgainstMoto {

  private static final UnaryOperator<String> JOB_NOTIFICATIONS =
      s ->
          s.replace(
              "  alerts:\n    email: [security@example.com]\n",
              "  alerts:\n    email: [security@example.com]\n"
                  + "    jobNotifications:\n      email: [backup-operations@example.com]\n");

  @Test
  @DisplayName(
      "job events: the bus stack set is deployed before the member baseline, once, in the central account; a second deploy makes no mutating call")
  void jobEventsDeployBeforeTheMembers() throws IOException {
    // Given
    MotoOrg org = MotoOrg.create(clients.organizations(), true);
    DeployInput input = compileBasic(org, JOB_NOTIFICATIONS);
    List<String> order = input.manifest().units().stream().map(u -> u.id()).toList();
    assertThat(order.indexOf("job-events"))
        .isNotNegative()
        .isLessThan(order.indexOf("member-baseline"));

    // When
    DeployReport first = deployer().deploy(input);

    // Then
    assertThat(first.isSuccess()).as(first.render()).isTrue();
    CloudFormationClient cfn = clients.cloudFormation(MotoOrg.REGION);
    var unit =
        input.manifest().units().stream().filter(u -> u.id().equals("job-events")).findFirst();
    assertThat(
            cfn.describeStackSet(r -> r.stackSetName("airgap-job-events").callAs("SELF"))
                .stackSet()
                .templateBody())
        .isEqualTo(input.template(unit.orElseThrow()));
    assertThat(
            cfn
                .listStackInstances(r -> r.stackSetName("airgap-job-events").callAs("SELF"))
                .summaries()
                .stream()
                .map(s -> s.account() + "/" + s.region())
                .distinct()
                .toList())
        .containsExactly(org.centralAccount() + "/eu-west-1");

    // When: the same files again
    counter.clear();
    DeployReport second = deployer().deploy(compileBasic(org, JOB_NOTIFICATIONS));

    // Then
    assertThat(second.isSuccess()).as(second.render()).isTrue();
    assertThat(counter.mutating()).as("mutating calls of a no-op deploy").isEmpty();
  }

  @Test
  @DisplayName(
      "what moto makes of the job-events template as a plain stack: bus, key, topic and rule created; subscriptions and topic policy only placeholders")
  void whatMotoCreates() throws IOException {
    MotoOrg org = MotoOrg.create(clients.organizations(), true);
    DeployInput input = compileBasic(org, JOB_NOTIFICATIONS);
    var unit =
        input.manifest().units().stream()
            .filter(u -> u.id().equals("job-events"))
            .findFirst()
            .orElseThrow();
    CloudFormationClient cfn = clients.cloudFormation(MotoOrg.REGION);
    cfn.createStack(r -> r.stackName("airgap-job-events-probe").templateBody(input.template(unit)));
    List<String> resources =
        cfn
            .listStackResources(r -> r.stackName("airgap-job-events-probe"))
            .stackResourceSummaries()
            .stream()
            .map(
                r ->
                    r.logicalResourceId()
                        + " "
                        + r.resourceType()
                        + " "
                        + r.resourceStatusAsString()
                        + " physical="
                        + (r.physicalResourceId() == null ? "" : r.physicalResourceId()))
            .sorted()
            .toList();
    // moto 5 creates the bus (without applying its Policy: DescribeEventBus shows none), the key,
    // alias, topic and the rule with its input transformer; it keeps a placeholder without type or
    // id for the subscriptions and the topic policy, i.e. creates neither.
    assertThat(resources)
        .contains(
            "JobEventBus AWS::Events::EventBus CREATE_COMPLETE physical=",
            "JobNotificationsRule AWS::Events::Rule CREATE_COMPLETE physical=airgap-backup-job-notifications",
            "JobNotificationsKeyAlias AWS::KMS::Alias CREATE_COMPLETE physical=alias/airgap-backup-job-notifications")
        .anyMatch(
            r ->
                r.startsWith("JobNotificationsTopic AWS::SNS::Topic CREATE_COMPLETE physical=arn:"))
        .allMatch(r -> r.contains("CREATE_COMPLETE"));
  }
}
