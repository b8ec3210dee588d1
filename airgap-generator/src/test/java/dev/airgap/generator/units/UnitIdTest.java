package dev.airgap.generator.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UnitIdTest {
  private static final UnitId FAMILY = UnitId.of("backup-policies");

  @Test
  @DisplayName("an id is lower-case words joined by '-', as stack names and file names need")
  void shape() {
    assertThat(UnitId.of("central-vault").fileName()).isEqualTo("central-vault.yaml");
    for (String bad : List.of("", "Central-vault", "central_vault", "-x", "x-", "a--b", "a b")) {
      assertThatThrownBy(() -> UnitId.of(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  @DisplayName("numbered ids belong to their family only")
  void numbered() {
    assertThat(FAMILY.numbered(12)).isEqualTo(UnitId.of("backup-policies-12"));
    assertThat(FAMILY.numberOf(FAMILY.numbered(12))).hasValue(12);
    assertThat(FAMILY.numberOf(FAMILY)).isEmpty();
    assertThat(FAMILY.numberOf(UnitId.of("backup-policies-0"))).isEmpty();
    assertThat(FAMILY.numberOf(UnitId.of("backup-policies-1-2"))).isEmpty();
    assertThat(UnitId.of("backup").numberOf(FAMILY.numbered(1))).isEmpty();
    assertThatThrownBy(() -> FAMILY.numbered(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("ids sort as text, like the files they name")
  void order() {
    assertThat(
            new TreeSet<>(
                List.of(FAMILY.numbered(2), FAMILY.numbered(10), UnitId.of("central-vault"))))
        .extracting(UnitId::value)
        .containsExactly("backup-policies-10", "backup-policies-2", "central-vault");
  }
}
