package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.model.validate.Finding;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG4305-AG4307 the evidence bucket in an audit account")
class EvidenceBucketAccountRulesTest {
  private static String reports(String body) {
    return BASIC + "\nevidence:\n  reports:\n" + body;
  }

  private static dev.airgap.model.AirGapModel read(String yaml) {
    return dev.airgap.model.io.ModelReader.read(
            "airgap.yaml", yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .model()
        .orElseThrow();
  }

  private static final String AUDIT =
      reports(
          "    bucketAccount: \"555555555555\"\n    bucketOrganizationalUnit: ou-ab12-audit001\n");

  @Test
  @DisplayName("an audit account with its OU is clean; the reader keeps both")
  void clean() {
    assertThat(validate(AUDIT).all())
        .extracting(Finding::ruleId)
        .doesNotContain("AG4305", "AG4306", "AG4307", "AG0001", "AG0002");
    var r = read(AUDIT).reports().orElseThrow();
    assertThat(r.bucketAccount()).contains("555555555555");
    assertThat(r.bucketOrganizationalUnit()).contains("ou-ab12-audit001");
    assertThat(r.bucketAccountOr("222222222222")).isEqualTo("555555555555");
    assertThat(
            read(reports("    fromAccount: management\n"))
                .reports()
                .orElseThrow()
                .bucketAccountOr("222222222222"))
        .isEqualTo("222222222222");
  }

  @Test
  @DisplayName("AG4305: the management account as bucket account is an error at bucketAccount")
  void management() {
    String yaml =
        reports(
            "    bucketAccount: \"111111111111\"\n    bucketOrganizationalUnit: ou-ab12-audit001\n");
    assertThat(findings(yaml, "AG4305"))
        .extracting(Finding::pointer)
        .containsExactly("/evidence/reports/bucketAccount");
    assertThat(findings(AUDIT, "AG4305")).isEmpty();
  }

  @Test
  @DisplayName("AG4306: service-managed (the default) needs the OU; self-managed does not")
  void organizationalUnit() {
    String noOu = reports("    bucketAccount: \"555555555555\"\n");
    assertThat(findings(noOu, "AG4306"))
        .extracting(Finding::pointer)
        .containsExactly("/evidence/reports/bucketAccount");
    assertThat(findings(noOu + "deploy:\n  centralPermissionModel: self-managed\n", "AG4306"))
        .isEmpty();
    assertThat(findings(reports("    bucketAccount: \"222222222222\"\n"), "AG4306"))
        .as("the central account named again needs no second OU")
        .isEmpty();
  }

  @Test
  @DisplayName("AG4307: an OU without an audit account is an error at bucketOrganizationalUnit")
  void ouWithoutAccount() {
    assertThat(findings(reports("    bucketOrganizationalUnit: ou-ab12-audit001\n"), "AG4307"))
        .extracting(Finding::pointer)
        .containsExactly("/evidence/reports/bucketOrganizationalUnit");
    assertThat(findings(AUDIT, "AG4307")).isEmpty();
  }

  @Test
  @DisplayName("a malformed account id is a located format error, not a stack trace")
  void format() {
    assertThat(validate(reports("    bucketAccount: \"5555\"\n")).all())
        .extracting(Finding::pointer)
        .contains("/evidence/reports/bucketAccount");
  }
}
