package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG1020 BreakGlassPrincipalShape")
class BreakGlassPrincipalShapeTest {
  private static final String ID = "AG1020";
  private static final String ALERTS = "  alerts:\n    email: [security@example.com]\n";

  private static String withPrincipal(String arn) {
    return edit(
        BASIC,
        ALERTS,
        ALERTS
            + "  breakGlass:\n    restore: [arn:aws:iam::333333333333:user/alice]\n"
            + "    vaultAdmin: [\""
            + arn
            + "\"]\n");
  }

  @Test
  @DisplayName("passes on a user and a role with a path")
  void case1() {
    assertThat(findings(withPrincipal("arn:aws:iam::333333333333:role/ops/Responder"), ID))
        .isEmpty();
  }

  @Test
  @DisplayName("fails on an account root: every admin of that account could become a vault admin")
  void case2() {
    List<Finding> findings = findings(withPrincipal("arn:aws:iam::222222222222:root"), ID);
    assertThat(findings)
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/central/breakGlass/vaultAdmin/0",
                "'arn:aws:iam::222222222222:root' names a whole account: every principal of it with"
                    + " sts:AssumeRole and MFA could become a vault admin"));
    assertThat(findings)
        .extracting(f -> f.location().toString())
        .containsExactly("airgap.yaml:21:18");
  }

  @Test
  @DisplayName("fails on a wildcard, an assumed-role session and another partition")
  void case3() {
    assertThat(findings(withPrincipal("arn:aws:iam::333333333333:role/*"), ID))
        .extracting(Finding::message)
        .containsExactly(
            "'arn:aws:iam::333333333333:role/*' is not the ARN of one IAM user or role");
    assertThat(findings(withPrincipal("arn:aws:sts::333333333333:assumed-role/R/s"), ID))
        .hasSize(1);
    assertThat(findings(withPrincipal("arn:aws-cn:iam::333333333333:user/bob"), ID))
        .extracting(Finding::message)
        .containsExactly(
            "'arn:aws-cn:iam::333333333333:user/bob' is in partition 'aws-cn', but the organization"
                + " is in 'aws'");
  }
}
