package dev.airgap.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.airgap.maven.deploy.CloudCallException;
import dev.airgap.maven.deploy.DeployReport;
import dev.airgap.maven.deploy.InvalidInputException;
import dev.airgap.maven.deploy.LivePlan;
import dev.airgap.maven.deploy.OperationResult;
import dev.airgap.maven.deploy.OperationTimeoutException;
import java.time.Duration;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** One test per mapped failure, asserting the whole message (style.md §7). */
class MojoErrorsDeployTest {

  @Test
  @DisplayName("invalid input is a MojoFailureException listing every problem")
  void invalidInput() {
    assertThatThrownBy(
            () ->
                MojoErrors.deployFailure(
                    new InvalidInputException(List.of("a is wrong", "b is wrong"))))
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("a is wrong\nb is wrong");
  }

  @Test
  @DisplayName("access denied names the request id and the credential properties")
  void accessDenied() throws Exception {
    MojoExecutionException e =
        MojoErrors.deployFailure(
            new CloudCallException(
                CloudCallException.Kind.ACCESS_DENIED,
                "CreateStackSet",
                "AccessDenied",
                "req-42",
                "User is not authorized",
                null));
    assertThat(e)
        .hasMessage(
            "CreateStackSet: AccessDenied: User is not authorized (request id req-42);\n"
                + "  perhaps check the credentials (-Dairgap.profile, -Dairgap.assumeRoleArn) belong to the management account or a registered"
                + " delegated admin");
  }

  @Test
  @DisplayName("an unanswerable call points at the emulator endpoint")
  void unavailable() throws Exception {
    MojoExecutionException e =
        MojoErrors.deployFailure(
            new CloudCallException(
                CloudCallException.Kind.UNAVAILABLE,
                "DetectStackSetDrift",
                "HTTP 500",
                "",
                "Internal Server Error",
                null));
    assertThat(e)
        .hasMessage(
            "DetectStackSetDrift: HTTP 500: Internal Server Error;\n"
                + "  the endpoint could not answer this call; with -Dairgap.endpoint an emulator may not implement it");
  }

  @Test
  @DisplayName("a timeout says the operation keeps running and a re-run follows it")
  void timeout() throws Exception {
    MojoExecutionException e =
        MojoErrors.deployFailure(
            new OperationTimeoutException(
                "airgap-member-baseline", "airgap-x", Duration.ofHours(3)));
    assertThat(e)
        .hasMessage(
            "operation airgap-x on airgap-member-baseline still running after 10800s; it keeps running in AWS:"
                + " run the goal again to follow it");
  }

  @Test
  @DisplayName("a failed operation is a MojoFailureException with every failed account and reason")
  void failedReport() {
    DeployReport report =
        new DeployReport(
            new LivePlan(List.of()),
            List.of(
                new DeployReport.UnitOutcome(
                    "member-baseline",
                    "airgap-member-baseline",
                    DeployReport.Status.FAILED,
                    List.of("created stack set"),
                    List.of(
                        new OperationResult("200000000003", "eu-west-1", "FAILED", "role missing"),
                        new OperationResult("200000000007", "eu-west-1", "FAILED", "quota")),
                    "operation x ended FAILED with 2 failed account/region(s)")));
    assertThatThrownBy(() -> MojoErrors.deployReport(report))
        .isInstanceOf(MojoFailureException.class)
        .hasMessage(
            "airgap:deploy did not complete; what was deployed stays deployed\n"
                + "member-baseline (airgap-member-baseline): FAILED - created stack set\n"
                + "    FAILED 200000000003/eu-west-1: role missing\n"
                + "    FAILED 200000000007/eu-west-1: quota\n"
                + "    operation x ended FAILED with 2 failed account/region(s)");
  }

  @Test
  @DisplayName("an unconfirmed irreversible change tells how to confirm it")
  void refused() {
    DeployReport report =
        new DeployReport(
            new LivePlan(List.of()),
            List.of(
                new DeployReport.UnitOutcome(
                    "central-vault",
                    "airgap-central-vault",
                    DeployReport.Status.REFUSED,
                    List.of(),
                    List.of(),
                    "IRREVERSIBLE: would create or change the compliance lock of vault airgap-central; not confirmed")));
    assertThatThrownBy(() -> MojoErrors.deployReport(report))
        .isInstanceOf(MojoFailureException.class)
        .hasMessageEndingWith(
            "  review the plan (airgap:plan), then confirm each vault by name: "
                + "-Dairgap.confirmIrreversible=<vault name>[,<vault name>]");
  }

  @Test
  @DisplayName("an environment error alone is a MojoExecutionException")
  void environmentError() {
    DeployReport report =
        new DeployReport(
            new LivePlan(List.of()),
            List.of(
                new DeployReport.UnitOutcome(
                    "management",
                    "airgap-management",
                    DeployReport.Status.ERROR,
                    List.of(),
                    List.of(),
                    "DescribeStacks: client error: connection refused")));
    assertThatThrownBy(() -> MojoErrors.deployReport(report))
        .isInstanceOf(MojoExecutionException.class);
  }
}
