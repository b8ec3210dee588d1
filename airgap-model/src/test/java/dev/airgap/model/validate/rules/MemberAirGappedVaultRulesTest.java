package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import dev.airgap.model.validate.Severity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** AG4401–AG4405: plans that back up directly into the member logically air-gapped vault. */
@DisplayName("AG4401-AG4405 member logically air-gapped vault and direct target")
class MemberAirGappedVaultRulesTest {
  private static final String MEMBERS_REGIONS = "  regions: [eu-west-1]\n\nplans:";
  private static final String DIRECT = BASIC + "    backupTarget: logically-air-gapped-vault\n";

  private static String withVault(String model, String vault) {
    return replace(
        model,
        MEMBERS_REGIONS,
        "  regions: [eu-west-1]\n  airGappedVault: " + vault + "\n\nplans:");
  }

  private static final String VAULT = "{ minRetentionDays: 7, maxRetentionDays: 365 }";

  @Test
  @DisplayName("AG4401 passes with a member logically air-gapped vault")
  void directWithVault() {
    assertThat(findings(withVault(DIRECT, VAULT), "AG4401")).isEmpty();
    assertThat(findings(withVault(DIRECT, VAULT), "AG4402")).isEmpty();
    assertThat(findings(withVault(DIRECT, VAULT), "AG4405")).isEmpty();
  }

  @Test
  @DisplayName("AG4401 fails on a direct target without a member logically air-gapped vault")
  void directWithoutVault() {
    assertThat(findings(DIRECT, "AG4401"))
        .extracting(Finding::pointer, f -> f.location().line())
        .containsExactly(tuple("/plans/daily/backupTarget", 31));
  }

  @Test
  @DisplayName("AG4401 passes on plans that write into the member vault")
  void memberVaultTarget() {
    assertThat(findings(BASIC + "    backupTarget: member-vault\n", "AG4401")).isEmpty();
  }

  @Test
  @DisplayName("AG4402 fails when the plan's retention is outside the vault's range")
  void retentionOutside() {
    assertThat(
            findings(
                withVault(DIRECT, "{ minRetentionDays: 30, maxRetentionDays: 365 }"), "AG4402"))
        .extracting(Finding::pointer, Finding::message)
        .containsExactly(
            tuple(
                "/plans/daily/localRetentionDays",
                "14 days is outside the logically air-gapped vault's range 30 … 365 days; AWS"
                    + " Backup fails every job of this plan"));
  }

  @Test
  @DisplayName("AG4403 fails on a minimum below 7 and a maximum below the minimum")
  void retentionRange() {
    assertThat(
            findings(withVault(DIRECT, "{ minRetentionDays: 3, maxRetentionDays: 365 }"), "AG4403"))
        .extracting(Finding::pointer)
        .containsExactly("/members/airGappedVault/minRetentionDays");
    assertThat(
            findings(withVault(DIRECT, "{ minRetentionDays: 30, maxRetentionDays: 10 }"), "AG4403"))
        .extracting(Finding::pointer)
        .containsExactly("/members/airGappedVault/maxRetentionDays");
    assertThat(findings(withVault(DIRECT, VAULT), "AG4403")).isEmpty();
  }

  @Test
  @DisplayName("AG4404 fails on the member vault's name and on an invalid name")
  void names() {
    assertThat(
            findings(
                withVault(
                    DIRECT, "{ name: airgap-local, minRetentionDays: 7, maxRetentionDays: 365 }"),
                "AG4404"))
        .extracting(Finding::pointer)
        .containsExactly("/members/airGappedVault/name");
    assertThat(
            findings(
                withVault(DIRECT, "{ name: a.b, minRetentionDays: 7, maxRetentionDays: 365 }"),
                "AG4404"))
        .extracting(Finding::message)
        .containsExactly("'a.b' is not a valid vault name (2 to 50 of a-z, A-Z, 0-9, - and _)");
  }

  @Test
  @DisplayName("AG4405 warns when no plan writes into the vault")
  void unused() {
    assertThat(findings(withVault(BASIC, VAULT), "AG4405"))
        .extracting(Finding::pointer, Finding::severity)
        .containsExactly(tuple("/members/airGappedVault", Severity.WARNING));
  }

  @Test
  @DisplayName("a misspelt backupTarget is a located reading error")
  void badValue() {
    assertThat(findings(BASIC + "    backupTarget: lag\n", "AG0010"))
        .extracting(Finding::pointer)
        .containsExactly("/plans/daily/backupTarget");
  }

  @Test
  @DisplayName("a member logically air-gapped vault without its retention range is a located error")
  void retentionRequired() {
    assertThat(findings(withVault(DIRECT, "{ name: lag-1 }"), "AG0005"))
        .extracting(Finding::pointer)
        .containsExactlyInAnyOrder(
            "/members/airGappedVault/minRetentionDays", "/members/airGappedVault/maxRetentionDays");
  }

  @Test
  @DisplayName("an unknown key under members.airGappedVault is refused with a suggestion")
  void unknownKey() {
    assertThat(findings(withVault(DIRECT, "{ minRetentionDays: 7, maxRetention: 365 }"), "AG0002"))
        .extracting(Finding::pointer)
        .containsExactly("/members/airGappedVault/maxRetention");
  }
}
