package dev.airgap.generator.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A reviewer sees framework thresholds and report destinations first (issue 13 item 5). */
class EvidenceDiffTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  private static TemplateDiff diff(Path template, String before, String after) {
    return TemplateDiff.between(
        template.getFileName().toString(), Optional.of(before), Optional.of(after));
  }

  @Test
  @DisplayName("a lower retention threshold in a framework is a security-relevant update")
  void thresholdChange() throws IOException {
    Path template = GOLDEN.resolve("frameworks/expected/member-baseline.yaml");
    String before = Files.readString(template);
    String after =
        before.replaceFirst(
            "ParameterName: requiredRetentionDays\n( *)ParameterValue: \"14\"",
            "ParameterName: requiredRetentionDays\n$1ParameterValue: \"7\"");
    assertThat(after).isNotEqualTo(before);

    assertThat(diff(template, before, after).resources())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.logicalId()).isEqualTo("FrameworkAirgapDaily");
              assertThat(r.securityRelevant()).isTrue();
              assertThat(r.impact()).isEqualTo(Impact.UPDATE);
            });
  }

  @Test
  @DisplayName("a report plan delivering to another bucket is a security-relevant update")
  void reportDestination() throws IOException {
    Path template = GOLDEN.resolve("reports-delegated-admin/expected/evidence-reports.yaml");
    String before = Files.readString(template);
    String after =
        before.replaceFirst(
            "S3BucketName: airgap-evidence-222222222222-eu-west-1", "S3BucketName: somewhere-else");

    assertThat(diff(template, before, after).resources())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.type()).isEqualTo("AWS::Backup::ReportPlan");
              assertThat(r.securityRelevant()).isTrue();
            });
  }

  @Test
  @DisplayName("a description change of a framework is not security-relevant")
  void descriptionOnly() throws IOException {
    Path template = GOLDEN.resolve("frameworks/expected/member-baseline.yaml");
    String before = Files.readString(template);
    String after =
        before.replace(
            "evidence that the backups keep /plans/daily as modelled", "evidence of /plans/daily");

    assertThat(diff(template, before, after).resources())
        .singleElement()
        .satisfies(r -> assertThat(r.securityRelevant()).isFalse());
  }

  @Test
  @DisplayName(
      "a longer restore-time target in the central framework is a security-relevant update")
  void restoreTimeThreshold() throws IOException {
    Path template = GOLDEN.resolve("frameworks/expected/central-vault.yaml");
    String before = Files.readString(template);
    String after =
        before.replaceFirst(
            "ParameterName: maxRestoreTime\n( *)ParameterValue: \"240\"",
            "ParameterName: maxRestoreTime\n$1ParameterValue: \"2400\"");
    assertThat(after).isNotEqualTo(before);
    assertThat(diff(template, before, after).resources())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.type()).isEqualTo("AWS::Backup::Framework");
              assertThat(r.securityRelevant()).isTrue();
            });
  }

  @Test
  @DisplayName(
      "moving the evidence bucket to an audit account: the report plans' destination and the"
          + " bucket are security-relevant changes")
  void bucketAccountChange() throws IOException {
    Path template = GOLDEN.resolve("evidence-audit-account/expected/evidence-reports.yaml");
    String after = Files.readString(template);
    String before =
        after.replace(
            "airgap-evidence-555555555555-eu-west-1", "airgap-evidence-222222222222-eu-west-1");
    assertThat(before).isNotEqualTo(after);
    assertThat(diff(template, before, after).resources())
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.securityRelevant()).isTrue());
    Path bucket = GOLDEN.resolve("evidence-audit-account/expected/evidence-bucket.yaml");
    String bucketAfter = Files.readString(bucket);
    String bucketBefore =
        bucketAfter.replace(
            "airgap-evidence-555555555555-eu-west-1", "airgap-evidence-222222222222-eu-west-1");
    assertThat(diff(bucket, bucketBefore, bucketAfter).resources())
        .filteredOn(r -> r.type().equals("AWS::S3::Bucket"))
        .singleElement()
        .satisfies(r -> assertThat(r.securityRelevant()).isTrue());
  }
}
