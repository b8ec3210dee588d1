package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG1014 AdminsRequired")
class AdminsRequiredTest {
  private static final String ID = "AG1014";

  @Test
  @DisplayName("passes on the valid basic model")
  void case1() {
    // Given
    String yaml = BASIC;
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("boundary: one admin pattern is enough")
  void case2() {
    // Given
    String yaml =
        edit(
            BASIC,
            "role/BackupVaultAdmin",
            "role/aws-reserved/sso.amazonaws.com/*/AWSReservedSSO_BackupAdmin_*");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("fails on an empty admin list")
  void case3() {
    // Given
    String yaml =
        edit(
            BASIC,
            "  admins:\n    - arn:aws:iam::222222222222:role/BackupVaultAdmin\n",
            "  admins: []\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/central/admins",
                "no admin is listed, so the deny statements would lock everyone out of the vault"));
    assertThat(findings)
        .extracting(f -> f.location().toString())
        .containsExactly("airgap.yaml:15:3");
  }

  @Test
  @DisplayName("fails when admins is missing")
  void case4() {
    // Given
    String yaml =
        edit(BASIC, "  admins:\n    - arn:aws:iam::222222222222:role/BackupVaultAdmin\n", "");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/central/admins",
                "no admin is listed, so the deny statements would lock everyone out of the vault"));
    assertThat(findings)
        .extracting(f -> f.location().toString())
        .containsExactly("airgap.yaml:5:1");
  }

  @Test
  @DisplayName("passes without admins when break-glass roles are generated: they are the admins")
  void case5() {
    // Given
    String yaml =
        edit(
            BASIC,
            "  admins:\n    - arn:aws:iam::222222222222:role/BackupVaultAdmin\n",
            "  breakGlass:\n    vaultAdmin: [arn:aws:iam::333333333333:user/bob]\n");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }
}
