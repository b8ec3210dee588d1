package dev.airgap.model.util;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LevenshteinTest {
  @Test
  @DisplayName("counts insertions, deletions and substitutions")
  void distances() {
    assertThat(Levenshtein.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Levenshtein.distance("", "abc")).isEqualTo(3);
    assertThat(Levenshtein.distance("abc", "")).isEqualTo(3);
    assertThat(Levenshtein.distance("flaw", "lawn")).isEqualTo(2);
    assertThat(Levenshtein.distance("same", "same")).isZero();
    assertThat(
            Levenshtein.distance(
                "backup:DeleteVaultAccessPolicy", "backup:DeleteBackupVaultAccessPolicy"))
        .isEqualTo(6);
  }
}
