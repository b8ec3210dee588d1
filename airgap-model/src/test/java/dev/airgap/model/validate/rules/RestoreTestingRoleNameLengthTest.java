package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG4206 RestoreTestingRoleNameLength")
class RestoreTestingRoleNameLengthTest {
  private static final String ID = "AG4206";

  private static String withPrefix(String prefix) {
    return RestoreTestingFixture.RESTORE + "\ndeploy:\n  stackSetNamePrefix: " + prefix + "\n";
  }

  @Test
  @DisplayName("boundary: a 38-character prefix with eu-west-1 makes exactly 64 characters")
  void boundary() {
    assertThat(findings(RestoreTestingFixture.RESTORE, ID)).isEmpty();
    assertThat(findings(withPrefix("a".repeat(38)), ID)).isEmpty();
  }

  @Test
  @DisplayName("fails, located at the prefix, one character over")
  void tooLong() {
    String prefix = "a".repeat(39);
    assertThat(findings(withPrefix(prefix), ID))
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/deploy/stackSetNamePrefix",
                "makes the restore-testing role name '"
                    + prefix
                    + "-restore-testing-eu-west-1' 65 characters long; IAM allows 64"));
  }
}
