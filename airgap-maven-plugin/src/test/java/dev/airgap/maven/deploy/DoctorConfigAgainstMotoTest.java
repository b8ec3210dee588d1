package dev.airgap.maven.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.config.ConfigClient;

/**
 * doctor's AWS Config recording check with the real SDK client against {@code moto_server}, which
 * keeps configuration recorders, delivery channels and their status.
 */
class DoctorConfigAgainstMotoTest extends AgainstMoto {
  private static final java.util.function.UnaryOperator<String> WITH_FRAMEWORKS =
      m -> m + "\nevidence:\n  frameworks: true\n";

  @Test
  @DisplayName(
      "with frameworks: no recorder fails with the commands; a started recorder of the AWS Backup"
          + " types passes")
  void recorder() throws IOException {
    MotoOrg org = MotoOrg.create(clients.organizations(), true);
    DeployInput input = compileBasic(org, WITH_FRAMEWORKS);
    String title = "AWS Config records AWS Backup resources in eu-west-1";

    String failing = doctor(input);
    System.out.println(failing);
    assertThat(failing)
        .contains("✗ " + title)
        .contains("- no configuration recorder")
        .contains("aws configservice put-configuration-recorder --region eu-west-1");

    ConfigClient config = clients.config(MotoOrg.REGION);
    config.putConfigurationRecorder(
        r ->
            r.configurationRecorder(
                c ->
                    c.name("default")
                        .roleARN(
                            "arn:aws:iam::"
                                + org.managementAccount()
                                + ":role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig")
                        .recordingGroup(
                            g ->
                                g.allSupported(false)
                                    .includeGlobalResourceTypes(false)
                                    .resourceTypesWithStrings(ConfigRecordingCheck.BACKUP_TYPES))));
    assertThat(doctor(input)).contains("✗ " + title).contains("recorder default is stopped");

    config.putDeliveryChannel(r -> r.deliveryChannel(d -> d.name("default").s3BucketName("logs")));
    config.startConfigurationRecorder(r -> r.configurationRecorderName("default"));
    String passing = doctor(input);
    System.out.println(passing);
    assertThat(passing)
        .contains("✓ " + title)
        .contains("recorder default is recording them")
        .contains("! AWS Config recording in the member and central accounts");
  }

  private String doctor(DeployInput input) {
    return new Doctor(
            clients.stackSets(), clients.organization(), Optional.of(clients.governance()))
        .check(input)
        .render();
  }
}
