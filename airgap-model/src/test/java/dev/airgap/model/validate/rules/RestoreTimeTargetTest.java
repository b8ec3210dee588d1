package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.airgap.model.validate.Finding;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG4207 RestoreTimeTarget, AG4208 RestoreTimeWithoutFrameworks")
class RestoreTimeTargetTest {
  private static final String FRAMEWORKS = "\nevidence:\n  frameworks: true\n";

  private static String target(String minutes) {
    return edit(
        RestoreTestingFixture.RESTORE,
        "    lookbackDays: 30\n",
        "    lookbackDays: 30\n    maxRestoreMinutes: " + minutes + "\n");
  }

  @Test
  @DisplayName("AG4207 passes on a positive target and on none; fails, located, on 0 and -5")
  void positive() {
    assertThat(findings(target("240") + FRAMEWORKS, "AG4207")).isEmpty();
    assertThat(findings(RestoreTestingFixture.RESTORE + FRAMEWORKS, "AG4207")).isEmpty();
    for (String bad : new String[] {"0", "-5"}) {
      String yaml = target(bad) + FRAMEWORKS;
      assertThat(findings(yaml, "AG4207"))
          .extracting(Finding::pointer, f -> f.location().line())
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  "/central/restoreTesting/maxRestoreMinutes",
                  RestoreTestingFixture.line(yaml, "    maxRestoreMinutes: " + bad)));
    }
  }

  @Test
  @DisplayName("a non-integer target is a located type error, not a stack trace")
  void notAnInteger() {
    assertThat(validate(target("\"four hours\"") + FRAMEWORKS).all())
        .extracting(Finding::pointer)
        .contains("/central/restoreTesting/maxRestoreMinutes");
  }

  @Test
  @DisplayName("AG4208 warns when a target has no framework to audit it, not with frameworks")
  void withoutFrameworks() {
    assertThat(findings(target("240"), "AG4208"))
        .extracting(Finding::pointer)
        .containsExactly("/central/restoreTesting/maxRestoreMinutes");
    assertThat(findings(target("240") + FRAMEWORKS, "AG4208")).isEmpty();
    assertThat(findings(RestoreTestingFixture.RESTORE, "AG4208")).isEmpty();
  }
}
