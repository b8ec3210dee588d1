package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import dev.airgap.model.validate.Severity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AG2023 GovernanceCentralLock")
class GovernanceCentralLockTest {
  private static final String ID = "AG2023";

  @Test
  @DisplayName("warns on the basic model's governance lock, at the mode")
  void governance() {
    assertThat(findings(BASIC, ID))
        .extracting(Finding::severity, Finding::pointer, f -> f.location().toString())
        .containsExactly(tuple(Severity.WARNING, "/central/vault/lock/mode", "airgap.yaml:12:7"));
  }

  @Test
  @DisplayName("passes on a compliance lock and on a logically air-gapped vault")
  void compliance() {
    assertThat(
            findings(
                edit(
                    BASIC,
                    "      mode: governance\n",
                    "      mode: compliance\n      changeableForDays: 3\n"),
                ID))
        .isEmpty();
    assertThat(findings(AIR_GAPPED, ID)).isEmpty();
  }
}
