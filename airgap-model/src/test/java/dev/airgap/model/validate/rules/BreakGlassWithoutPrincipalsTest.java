package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG1019 BreakGlassWithoutPrincipals")
class BreakGlassWithoutPrincipalsTest {
  private static final String ID = "AG1019";
  private static final String ALERTS = "  alerts:\n    email: [security@example.com]\n";

  @Test
  @DisplayName("passes on the valid basic model, which has no break-glass block")
  void case1() {
    assertThat(findings(BASIC, ID)).isEmpty();
  }

  @Test
  @DisplayName("boundary: one restore principal is enough")
  void case2() {
    String yaml =
        edit(
            BASIC,
            ALERTS,
            ALERTS + "  breakGlass:\n    restore: [arn:aws:iam::333333333333:user/alice]\n");
    assertThat(findings(yaml, ID)).isEmpty();
  }

  @Test
  @DisplayName("fails on a break-glass block that names nobody")
  void case3() {
    String yaml = edit(BASIC, ALERTS, ALERTS + "  breakGlass:\n    restore: []\n");
    List<Finding> findings = findings(yaml, ID);
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/central/breakGlass",
                "names no principal for the restore or the vault-admin role, so nobody could assume"
                    + " either and no role would be generated"));
    assertThat(findings)
        .extracting(f -> f.location().toString())
        .containsExactly("airgap.yaml:19:3");
  }
}
