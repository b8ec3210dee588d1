package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG4103 ScannerRoleNameLength")
class ScannerRoleNameLengthTest {
  private static final String ID = "AG4103";

  @Test
  @DisplayName("boundary: a 56-character backup role name passes, 57 fails, only when a plan scans")
  void case1() {
    String scan = "    malwareScan: {}\n";
    String fits = withRole(BASIC, "r".repeat(56));
    String tooLong = withRole(BASIC, "r".repeat(57));
    assertThat(findings(fits + scan, ID)).isEmpty();
    assertThat(findings(tooLong, ID)).isEmpty();
    assertThat(findings(tooLong + scan, ID))
        .extracting(f -> f.pointer())
        .containsExactly("/members/backupRoleName");
  }

  private static String withRole(String yaml, String name) {
    return replace(yaml, MEMBERS_END, "  backupRoleName: " + name + "\n" + MEMBERS_END);
  }
}
