package dev.airgap.generator.naming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LogicalIdsTest {

  @Test
  @DisplayName("model paths and names become PascalCase ids")
  void pascalCase() {
    assertThat(LogicalIds.pascal("/central/vault/key")).isEqualTo("CentralVaultKey");
    assertThat(LogicalIds.pascal("AlertsEmail", "security@example.com"))
        .isEqualTo("AlertsEmailSecurityExampleCom");
    assertThat(new LogicalIds().id("plan", "hourly-ish"))
        .matches("^[A-Za-z0-9]+$")
        .isEqualTo("PlanHourlyIsh");
  }

  @Test
  @DisplayName("two sources that give one id are a collision; the same source twice is not")
  void collisions() {
    LogicalIds ids = new LogicalIds();
    ids.id("AlertsEmail", "a.b@example.com");
    assertThat(ids.id("AlertsEmail", "a.b@example.com")).isEqualTo("AlertsEmailABExampleCom");
    assertThatThrownBy(() -> ids.id("AlertsEmail", "a-b@example.com"))
        .hasMessageContaining("collision")
        .hasMessageContaining("AlertsEmailABExampleCom");
  }

  @Test
  @DisplayName("uniqueId resolves a collision with a stable hash suffix")
  void uniqueIds() {
    LogicalIds ids = new LogicalIds();
    assertThat(ids.uniqueId("AlertsEmail", "a.b@example.com")).isEqualTo("AlertsEmailABExampleCom");
    String second = ids.uniqueId("AlertsEmail", "a-b@example.com");
    assertThat(second)
        .startsWith("AlertsEmailABExampleCom")
        .hasSize("AlertsEmailABExampleCom".length() + 8)
        .matches("^[A-Za-z0-9]+$");
    assertThat(new LogicalIds().uniqueId("AlertsEmail", "a-b@example.com"))
        .isEqualTo("AlertsEmailABExampleCom");
  }

  @Test
  @DisplayName("a name without letters or digits cannot become an id")
  void invalid() {
    assertThatThrownBy(() -> new LogicalIds().id("--", "@@"))
        .hasMessageContaining("^[A-Za-z0-9]+$");
  }
}
