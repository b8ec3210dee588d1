package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG4004 BackupRoleNamePattern")
class BackupRoleNamePatternTest {
  private static final String ID = "AG4004";

  @Test
  @DisplayName("passes on the valid basic model (default airgap-backup)")
  void case1() {
    // Given
    String yaml = BASIC;
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("boundary: 64 characters pass")
  void case2() {
    // Given
    String yaml =
        edit(
            BASIC,
            MEMBERS_END,
            "  regions: [eu-west-1]\n  backupRoleName: " + "r".repeat(64) + "\n\nplans:");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings).isEmpty();
  }

  @Test
  @DisplayName("fails on a slash and on 65 characters")
  void case3() {
    // Given
    String yaml =
        edit(
            BASIC,
            MEMBERS_END,
            "  regions: [eu-west-1]\n  backupRoleName: airgap/backup\n\nplans:");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/members/backupRoleName",
                "'airgap/backup' is not a valid IAM role name (1 to 64 of a-z, A-Z, 0-9 and +=,.@_-)"));
  }

  @Test
  @DisplayName("fails on 65 characters")
  void case4() {
    // Given
    String yaml =
        edit(
            BASIC,
            MEMBERS_END,
            "  regions: [eu-west-1]\n  backupRoleName: " + "r".repeat(65) + "\n\nplans:");
    // When
    List<Finding> findings = findings(yaml, ID);
    // Then
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/members/backupRoleName",
                "'"
                    + "r".repeat(65)
                    + "' is not a valid IAM role name (1 to 64 of a-z, A-Z, 0-9 and +=,.@_-)"));
  }
}
