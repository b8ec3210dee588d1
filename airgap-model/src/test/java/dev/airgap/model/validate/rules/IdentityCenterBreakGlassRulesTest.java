package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** AG1019, AG1031–AG1034 on central.breakGlass.identityCenter. */
@DisplayName("Identity Center break-glass rules AG1019, AG1031-AG1034")
class IdentityCenterBreakGlassRulesTest {
  private static final String ALERTS = "  alerts:\n    email: [security@example.com]\n";
  private static final String INSTANCE = "arn:aws:sso:::instance/ssoins-1234567890abcdef";
  private static final String GROUP = "9a672b3314-1b2c3d4e-aaaa-bbbb-cccc-0123456789ab";

  private static String model(String identityCenter) {
    return edit(BASIC, ALERTS, ALERTS + "  breakGlass:\n    identityCenter:\n" + identityCenter);
  }

  private static String valid() {
    return model(
        "      instanceArn: "
            + INSTANCE
            + "\n      region: eu-west-1\n      restoreGroupId: "
            + GROUP
            + "\n");
  }

  @Test
  @DisplayName("a group alone is a break-glass that names someone (AG1019 passes); all pass")
  void valid_model_passes() {
    for (String id : new String[] {"AG1019", "AG1031", "AG1032", "AG1033", "AG1034"}) {
      assertThat(findings(valid(), id)).as(id).isEmpty();
    }
  }

  @Test
  @DisplayName("AG1019 and AG1034: neither IAM principals nor a group")
  void neither_principals_nor_group() {
    String yaml = model("      instanceArn: " + INSTANCE + "\n      region: eu-west-1\n");
    assertThat(findings(yaml, "AG1019"))
        .extracting(Finding::pointer, f -> f.location().toString())
        .containsExactly(tuple("/central/breakGlass", "airgap.yaml:19:3"));
    assertThat(findings(yaml, "AG1034"))
        .extracting(Finding::pointer, Finding::message, f -> f.location().toString())
        .containsExactly(
            tuple(
                "/central/breakGlass/identityCenter",
                "names no group, so no permission set would be generated",
                "airgap.yaml:20:5"));
  }

  @Test
  @DisplayName("AG1031: malformed instance ARN, located")
  void malformed_instance() {
    String yaml =
        model(
            "      instanceArn: arn:aws:sso:::instance/ssoins-short\n      region: eu-west-1\n"
                + "      restoreGroupId: "
                + GROUP
                + "\n");
    assertThat(findings(yaml, "AG1031"))
        .extracting(Finding::pointer, Finding::message, f -> f.location().toString())
        .containsExactly(
            tuple(
                "/central/breakGlass/identityCenter/instanceArn",
                "'arn:aws:sso:::instance/ssoins-short' is not an Identity Center instance ARN",
                "airgap.yaml:21:7"));
  }

  @Test
  @DisplayName("AG1031: instance of another partition")
  void other_partition() {
    String yaml =
        model(
            "      instanceArn: arn:aws-cn:sso:::instance/ssoins-1234567890abcdef\n"
                + "      region: eu-west-1\n      restoreGroupId: "
                + GROUP
                + "\n");
    assertThat(findings(yaml, "AG1031"))
        .extracting(Finding::message)
        .containsExactly("is in partition aws-cn, the organization in aws");
  }

  @Test
  @DisplayName("AG1032: a display name instead of a group ID")
  void group_display_name() {
    String yaml =
        model(
            "      instanceArn: "
                + INSTANCE
                + "\n      region: eu-west-1\n      vaultAdminGroupId: BackupAdmins\n");
    assertThat(findings(yaml, "AG1032"))
        .extracting(Finding::pointer, Finding::message, f -> f.location().toString())
        .containsExactly(
            tuple(
                "/central/breakGlass/identityCenter/vaultAdminGroupId",
                "'BackupAdmins' is not an Identity Store group ID",
                "airgap.yaml:23:7"));
  }

  @Test
  @DisplayName("AG1032 boundary: a bare UUID is a group ID too")
  void bare_uuid() {
    String yaml =
        model(
            "      instanceArn: "
                + INSTANCE
                + "\n      region: eu-west-1\n"
                + "      restoreGroupId: 1b2c3d4e-aaaa-bbbb-cccc-0123456789ab\n");
    assertThat(findings(yaml, "AG1032")).isEmpty();
  }

  @Test
  @DisplayName("AG1033: a prefix that makes the permission set name longer than 32")
  void long_prefix() {
    String yaml = valid() + "deploy:\n  stackSetNamePrefix: airgap-production\n";
    assertThat(findings(yaml, "AG1033"))
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/deploy/stackSetNamePrefix",
                "makes the break-glass permission set name 'airgap-production-break-glass-vault-admin'"
                    + " 41 characters long; Identity Center allows 32"));
    // Boundary: 8 characters + 24 = 32 is accepted.
    assertThat(findings(valid() + "deploy:\n  stackSetNamePrefix: airgapxx\n", "AG1033")).isEmpty();
  }
}
