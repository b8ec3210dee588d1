package dev.airgap.model.validate.rules;

import static dev.airgap.model.validate.TestModels.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.airgap.model.validate.Finding;
import dev.airgap.model.validate.Severity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** AG3104–AG3108: central.alerts.jobNotifications.missingBackupHours. */
@DisplayName("AG3104-AG3108 missingBackupHours")
class MissingBackupRulesTest {
  private static final String HOURS_P = "/central/alerts/jobNotifications/missingBackupHours";

  /** BASIC with job notifications asking for the alert after {@code hours}. */
  private static String withHours(String base, String hours) {
    return edit(
        base,
        "    email: [security@example.com]\n",
        "    email: [security@example.com]\n    jobNotifications: { email: [ops@example.com],"
            + " missingBackupHours: "
            + hours
            + " }\n");
  }

  /** BASIC's daily plan with a completion window of 2 hours: gap 24 + start 1 + completion 2. */
  private static String shortWindows(String yaml) {
    return edit(
        yaml,
        "    localRetentionDays: 14\n",
        "    localRetentionDays: 14\n    completionWindowMinutes: 120\n");
  }

  @Test
  @DisplayName("AG3104 passes 1..744 and refuses 0 and 745 at the key")
  void range() {
    assertThat(findings(shortWindows(withHours(BASIC, "27")), "AG3104")).isEmpty();
    assertThat(findings(withHours(BASIC, "744"), "AG3104")).isEmpty();
    for (String bad : new String[] {"0", "745"}) {
      assertThat(findings(withHours(BASIC, bad), "AG3104"))
          .extracting(Finding::pointer, Finding::severity)
          .containsExactly(tuple(HOURS_P, Severity.ERROR));
    }
  }

  @Test
  @DisplayName("AG3105 refuses fewer hours than the daily gap plus the start window, naming 25")
  void schedule() {
    assertThat(findings(shortWindows(withHours(BASIC, "25")), "AG3105")).isEmpty();
    assertThat(findings(shortWindows(withHours(BASIC, "24")), "AG3105"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.pointer()).isEqualTo(HOURS_P);
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.message()).contains("plan 'daily'").contains("25 hours");
            });
  }

  @Test
  @DisplayName("AG3108 warns below gap plus both windows, only where AG3105 does not refuse")
  void windows() {
    assertThat(findings(shortWindows(withHours(BASIC, "27")), "AG3108")).isEmpty();
    assertThat(findings(shortWindows(withHours(BASIC, "26")), "AG3108"))
        .extracting(Finding::pointer, Finding::severity)
        .containsExactly(tuple(HOURS_P, Severity.WARNING));
    assertThat(findings(shortWindows(withHours(BASIC, "24")), "AG3108")).isEmpty();
    // Default windows: 24 + 1 + 168 = 193.
    assertThat(findings(withHours(BASIC, "192"), "AG3108")).hasSize(1);
    assertThat(findings(withHours(BASIC, "193"), "AG3108")).isEmpty();
  }

  @Test
  @DisplayName("AG3106 warns on \"*\" and on a type no Config rule checks, not on a checked one")
  void types() {
    String all = shortWindows(withHours(BASIC, "30"));
    assertThat(findings(all, "AG3106"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.message()).contains("ebs").contains("s3").doesNotContain("vm");
            });
    String typed =
        edit(
            all,
            "    localRetentionDays: 14\n",
            "    localRetentionDays: 14\n    selection:\n      resourceTypes:"
                + " [\"arn:aws:ec2:*:*:volume/*\", \"arn:aws:rds:*:*:cluster:docdb-*\","
                + " \"arn:aws:redshift:*:*:cluster:*\"]\n");
    assertThat(findings(typed, "AG3106"))
        .extracting(Finding::pointer)
        .containsExactly("/plans/daily/selection/resourceTypes/2");
  }

  @Test
  @DisplayName("AG3107 refuses a member region without the Config rules, at the region")
  void regions() {
    String ok = shortWindows(withHours(BASIC, "30"));
    assertThat(findings(ok, "AG3107")).isEmpty();
    String bad =
        edit(
            ok,
            "    organizationalUnits: [ou-ab12-workload1]\n  regions: [eu-west-1]\n",
            "    organizationalUnits: [ou-ab12-workload1]\n  regions: [eu-west-1, il-central-1]\n");
    assertThat(findings(bad, "AG3107"))
        .extracting(Finding::pointer, Finding::severity)
        .containsExactly(tuple("/members/regions/1", Severity.ERROR));
  }

  @Test
  @DisplayName("nothing without the key")
  void absent() {
    String yaml =
        edit(
            BASIC,
            "    email: [security@example.com]\n",
            "    email: [security@example.com]\n    jobNotifications: { email: [ops@example.com] }\n");
    for (String id : new String[] {"AG3104", "AG3105", "AG3106", "AG3107", "AG3108"}) {
      assertThat(findings(yaml, id)).isEmpty();
    }
  }
}
