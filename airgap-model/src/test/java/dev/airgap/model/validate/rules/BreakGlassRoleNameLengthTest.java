package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG1021 BreakGlassRoleNameLength")
class BreakGlassRoleNameLengthTest {
  private static final String ID = "AG1021";
  private static final String ALERTS = "  alerts:\n    email: [security@example.com]\n";

  private static String withPrefix(String prefix) {
    return edit(
            BASIC,
            ALERTS,
            ALERTS + "  breakGlass:\n    restore: [arn:aws:iam::333333333333:user/alice]\n")
        + "\ndeploy:\n  stackSetNamePrefix: "
        + prefix
        + "\n";
  }

  @Test
  @DisplayName("boundary: a 40-character prefix makes a 64-character role name")
  void case1() {
    assertThat(findings(withPrefix("a".repeat(40)), ID)).isEmpty();
  }

  @Test
  @DisplayName("fails on a 41-character prefix")
  void case2() {
    String prefix = "a".repeat(41);
    List<Finding> findings = findings(withPrefix(prefix), ID);
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/deploy/stackSetNamePrefix",
                "makes the break-glass role name '"
                    + prefix
                    + "-break-glass-vault-admin' 65 characters long; IAM allows 64"));
  }

  @Test
  @DisplayName("a long prefix without break-glass roles is no finding of this rule")
  void case3() {
    String yaml = BASIC + "\ndeploy:\n  stackSetNamePrefix: " + "a".repeat(60) + "\n";
    assertThat(findings(yaml, ID)).isEmpty();
  }
}
