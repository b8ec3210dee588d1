package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG3103 JobEventNameLength")
class JobEventNameLengthTest {
  private static final String ID = "AG3103";
  private static final String JOBS =
      "    email: [security@example.com]\n    jobNotifications: { email: [ops@example.com] }\n";

  private static String model(String prefix, boolean jobs) {
    String yaml = BASIC + "deploy:\n  stackSetNamePrefix: " + prefix + "\n";
    return jobs ? edit(yaml, "    email: [security@example.com]\n", JOBS) : yaml;
  }

  @Test
  @DisplayName("boundary: a 39-character prefix makes a 64-character rule name and passes")
  void case1() {
    assertThat(findings(model("a".repeat(39), true), ID)).isEmpty();
  }

  @Test
  @DisplayName("fails at 40 characters, at the prefix")
  void case2() {
    assertThat(findings(model("a".repeat(40), true), ID))
        .extracting(f -> f.pointer())
        .containsExactly("/deploy/stackSetNamePrefix");
  }

  @Test
  @DisplayName("a long prefix without job notifications is not this rule's business")
  void case3() {
    assertThat(findings(model("a".repeat(40), false), ID)).isEmpty();
  }
}
