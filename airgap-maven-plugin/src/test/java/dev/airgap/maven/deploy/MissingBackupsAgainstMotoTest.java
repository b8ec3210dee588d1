package dev.airgap.maven.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.airgap.generator.yaml.TemplateReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;

/**
 * The missing-backup notifications (missingBackupHours) against moto_server: the stacks deploy and
 * a second deploy changes nothing; what moto makes of the Config rules; and doctor's warning that
 * the member accounts must record AWS Config.
 */
class MissingBackupsAgainstMotoTest extends AgainstMoto {
  private static final UnaryOperator<String> MISSING_BACKUPS =
      s ->
          s.replace(
              "  alerts:\n    email: [security@example.com]\n",
              "  alerts:\n    email: [security@example.com]\n"
                  + "    jobNotifications:\n      email: [backup-operations@example.com]\n"
                  + "      missingBackupHours: 30\n");

  @Test
  @DisplayName("deploys, and a second deploy makes no mutating call")
  void deploysOnce() throws IOException {
    MotoOrg org = MotoOrg.create(clients.organizations(), true);
    DeployReport first = deployer().deploy(compileBasic(org, MISSING_BACKUPS));
    assertThat(first.isSuccess()).as(first.render()).isTrue();
    counter.clear();
    DeployReport second = deployer().deploy(compileBasic(org, MISSING_BACKUPS));
    assertThat(second.isSuccess()).as(second.render()).isTrue();
    assertThat(counter.mutating()).as("mutating calls of a no-op deploy").isEmpty();
  }

  @Test
  @DisplayName(
      "what moto makes of the Config rules and their forwarding rule as a plain stack: the"
          + " forwarding rule is created, each Config rule only a placeholder")
  void whatMotoCreates() throws IOException {
    MotoOrg org = MotoOrg.create(clients.organizations(), true);
    DeployInput input = compileBasic(org, MISSING_BACKUPS);
    var unit =
        input.manifest().units().stream()
            .filter(u -> u.id().equals("member-baseline"))
            .findFirst()
            .orElseThrow();
    JsonNode template = TemplateReader.read(input.template(unit).getBytes(StandardCharsets.UTF_8));
    ObjectNode probe = new ObjectMapper().createObjectNode();
    ObjectNode resources = probe.putObject("Resources");
    template
        .path("Resources")
        .properties()
        .forEach(
            e -> {
              String type = e.getValue().path("Type").asText();
              if (type.equals("AWS::Config::ConfigRule")
                  || e.getKey().equals("MissingBackupForwardingRule")) {
                resources.set(e.getKey(), e.getValue());
              }
            });
    assertThat(resources.size())
        .as("Config rules of EC2, EBS, ... and the forwarding rule")
        .isGreaterThan(2);
    CloudFormationClient cfn = clients.cloudFormation(MotoOrg.REGION);
    cfn.createStack(
        r -> r.stackName("airgap-missing-backups-probe").templateBody(probe.toString()));
    List<String> created =
        cfn
            .listStackResources(r -> r.stackName("airgap-missing-backups-probe"))
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
    System.out.println(created);
    // moto 5 creates the EventBridge rule; for AWS::Config::ConfigRule it keeps a placeholder
    // without type or id: no Config rule exists afterwards (DescribeConfigRules is empty).
    assertThat(created)
        .contains(
            "MissingBackupForwardingRule AWS::Events::Rule CREATE_COMPLETE physical=airgap-backup-age-forwarding")
        .allMatch(r -> r.contains("CREATE_COMPLETE"));
    assertThat(clients.config(MotoOrg.REGION).describeConfigRules(r -> {}).configRules()).isEmpty();
  }

  @Test
  @DisplayName("doctor warns that every member account must record the types the rules check")
  void doctorWarns() throws IOException {
    MotoOrg org = MotoOrg.create(clients.organizations(), true);
    String report =
        new Doctor(clients.stackSets(), clients.organization(), Optional.of(clients.governance()))
            .check(compileBasic(org, MISSING_BACKUPS))
            .render();
    System.out.println(report);
    assertThat(report)
        .contains("! AWS Config recording for the missing-backup notifications")
        .contains("AWS::EC2::Volume")
        .contains("AWS::S3::Bucket")
        .contains("eu-west-1")
        .contains("member stack instance fails");
  }
}
