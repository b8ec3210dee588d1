package dev.airgap.maven.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Doctor's CloudTrail and SCP-slot checks with the real SDK clients against {@code moto_server}
 * (moto 5.2.1 has CloudTrail and Organizations' ListPoliciesForTarget, but no Control Tower).
 */
class DoctorAgainstMotoTest extends AgainstMoto {

  /** CreateTrail needs the log bucket to exist; moto takes an unsigned path-style S3 PUT. */
  private void createBucket(String name) throws IOException, InterruptedException {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(moto.endpoint() + "/" + name))
                    .PUT(HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
  }

  private Doctor.Report doctor(MotoOrg org) throws IOException {
    DeployInput input = org.writeManifest(dir, Map.of());
    return new Doctor(
            clients.stackSets(), clients.organization(), Optional.of(clients.governance()))
        .check(input);
  }

  @Test
  @DisplayName("without a trail every Region airgap uses fails with the create-trail fix")
  void noTrail() throws IOException {
    MotoOrg org = MotoOrg.create(clients.organizations(), true);

    String text = doctor(org).render();
    System.out.println(text);

    for (String region : List.of("eu-central-1", "eu-west-1", "us-east-1")) {
      assertThat(text)
          .contains(
              "✗ organization trail logs management events in "
                  + region
                  + " - no organization trail records here; the tamper alerts see no management"
                  + " events\n    fix: aws cloudtrail create-trail --name airgap-org-trail");
    }
  }

  @Test
  @DisplayName(
      "a logging multi-Region organization trail passes in every Region; SCP slots are counted")
  void orgTrail() throws IOException, InterruptedException {
    MotoOrg org = MotoOrg.create(clients.organizations(), true);
    createBucket("org-trail-logs");
    var ct = clients.cloudTrail(MotoOrg.REGION);
    String arn =
        ct.createTrail(
                r ->
                    r.name("org-trail")
                        .s3BucketName("org-trail-logs")
                        .isMultiRegionTrail(true)
                        .isOrganizationTrail(true))
            .trailARN();
    ct.startLogging(r -> r.name("org-trail"));

    String text = doctor(org).render();
    System.out.println(text);

    for (String region : List.of("eu-central-1", "eu-west-1", "us-east-1")) {
      assertThat(text)
          .contains(
              "✓ organization trail logs management events in "
                  + region
                  + " - org-trail (multi-Region, home eu-west-1, logging, read+write management"
                  + " events)\n");
    }
    assertThat(arn).endsWith(":trail/org-trail");
    assertThat(text)
        .contains("SCP slots on " + org.centralAccount() + " - 1 attached (FullAWSAccess)");
  }

  @Test
  @DisplayName(
      "Control Tower's baseline stack sets, listed by ListStackSets, reveal it and its"
          + " execution role even though moto has no Control Tower API")
  void controlTowerStackSets() throws IOException {
    MotoOrg org = MotoOrg.create(clients.organizations(), true);
    var cfn = clients.cloudFormation(MotoOrg.REGION);
    cfn.createStackSet(
        r ->
            r.stackSetName("AWSControlTowerBP-BASELINE-ROLES")
                .templateBody(
                    "Resources:\n  H:\n    Type: AWS::CloudFormation::WaitConditionHandle\n")
                .administrationRoleARN(
                    "arn:aws:iam::"
                        + org.managementAccount()
                        + ":role/service-role/AWSControlTowerStackSetRole")
                .executionRoleName("AWSControlTowerExecution"));

    String text = doctor(org).render();
    System.out.println(text);

    assertThat(text)
        .contains(
            "✓ AWS Control Tower - detected: baseline stack sets: AWSControlTowerBP-BASELINE-ROLES\n")
        .contains(
            "✓ Control Tower's AWSControlTowerExecution role and airgap's SCPs - in every enrolled"
                + " account (1 baseline stack sets deploy with it), the central account "
                + org.centralAccount())
        .contains("! Control Tower backup baseline may double-back up airgap's resources");
  }
}
