package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.model.validate.Finding;
import dev.airgap.model.validate.Severity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG1018 IdentityCenterAdminPattern")
class IdentityCenterAdminPatternTest {
  private static final String ID = "AG1018";
  private static final String ADMIN = "arn:aws:iam::222222222222:role/BackupVaultAdmin";
  private static final String SSO =
      "arn:aws:iam::222222222222:role/aws-reserved/sso.amazonaws.com/";

  @Test
  @DisplayName("passes on a plain role and on the exact pair, with and without a region segment")
  void passes() {
    assertThat(findings(BASIC, ID)).isEmpty();
    assertThat(
            findings(edit(BASIC, ADMIN, SSO + "AWSReservedSSO_Backup_Admin_????????????????"), ID))
        .isEmpty();
    assertThat(
            findings(
                edit(BASIC, ADMIN, SSO + "*/AWSReservedSSO_Backup_Admin_????????????????"), ID))
        .isEmpty();
  }

  @Test
  @DisplayName("warns when a trailing * also matches permission sets named <Name>_<anything>")
  void trailingWildcard() {
    assertThat(findings(edit(BASIC, ADMIN, SSO + "*/AWSReservedSSO_BackupAdmin_*"), ID))
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING))
        .extracting(Finding::message)
        .asString()
        .contains("starts with BackupAdmin_");
  }

  @Test
  @DisplayName(
      "warns when a * right before AWSReservedSSO_ also matches a permission set named x"
          + "AWSReservedSSO_<Name>")
  void leadingWildcard() {
    assertThat(
            findings(edit(BASIC, ADMIN, SSO + "*AWSReservedSSO_BackupAdmin_????????????????"), ID))
        .extracting(Finding::message)
        .singleElement()
        .asString()
        .contains("merely ends in AWSReservedSSO_BackupAdmin");
  }
}
