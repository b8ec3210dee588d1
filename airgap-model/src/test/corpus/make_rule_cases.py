#!/usr/bin/env python3
"""Writes the semantic-rule cases (AG1xxx-AG4xxx) of the bad-input corpus.

Each case is one realistic mistake applied to the basic example; the findings it must produce
are written by hand. Run from the repository root:
python3 airgap-model/src/test/corpus/make_rule_cases.py
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from make_parse_cases import BASE, OUT, sub  # noqa: E402

CASES = {}


def case(name, text, *expect):
    assert name not in CASES, name
    CASES[name] = (text, expect)


def plan(extra, name="daily"):
    """Adds keys to the daily plan."""
    return sub("    localRetentionDays: 14\n", "    localRetentionDays: 14\n" + extra)


LAG = sub("    name: airgap-central\n", "    name: airgap-central\n    kind: logically-air-gapped\n",
          sub("      mode: governance\n", "      mode: compliance\n",
              sub("  alerts:\n", "  key:\n    kind: aws-owned\n  alerts:\n",
                  sub('  account: "222222222222"\n', '  account: "222222222222"\n  recoveryAccounts: ["444444444444"]\n'))))
COMPLIANCE = sub("      mode: governance\n", "      mode: compliance\n      changeableForDays: 3\n")
DELEGATED = sub('  managementAccount: "111111111111"\n',
                '  managementAccount: "111111111111"\n  deployFrom: delegated-admin\n  delegatedAdminAccount: "333333333333"\n')

# --- AG1xxx organization, identifiers, references ----------------------------------------
case("r-account-11-digits", sub('account: "222222222222"', 'account: "22222222222"'), "AG1001 /central/account @8:3")
case("r-account-13-digits", sub('managementAccount: "111111111111"', 'managementAccount: "1111111111111"'), "AG1001 /organization/managementAccount")
case("r-account-with-dashes", sub('account: "222222222222"', 'account: "2222-2222-2222"'), "AG1001 /central/account")
case("r-account-letters", sub('account: "222222222222"', 'account: "22222222222O"'), "AG1001 /central/account")
case("r-account-unicode-digits", sub('account: "222222222222"', 'account: "２２２２２２２２２２２２"'), "AG1001 /central/account")
case("r-member-account-short", sub("    organizationalUnits: [ou-ab12-workload1]", "    organizationalUnits: [ou-ab12-workload1]\n    accounts: [\"12345\"]"),
     "AG1001 /members/targets/accounts/0")
case("r-exclude-account-bad", sub("    organizationalUnits: [ou-ab12-workload1]", "    organizationalUnits: [ou-ab12-workload1]\n    excludeAccounts: [\"abc\"]"),
     "AG1001 /members/targets/excludeAccounts/0")
case("r-recovery-account-bad", sub('  recoveryAccounts: ["444444444444"]', '  recoveryAccounts: ["4444"]', LAG), "AG1001 /central/recoveryAccounts/0")
case("r-ou-id-uppercase", sub("organizationalUnits: [ou-ab12-workload1]", "organizationalUnits: [OU-AB12-WORKLOAD1]"), "AG1002 /members/targets/organizationalUnits/0")
case("r-ou-id-short-suffix", sub("organizationalUnits: [ou-ab12-workload1]", "organizationalUnits: [ou-ab12-work]"), "AG1002 /members/targets/organizationalUnits/0")
case("r-ou-id-is-name", sub("organizationalUnits: [ou-ab12-workload1]", "organizationalUnits: [Workloads]"), "AG1002 /members/targets/organizationalUnits/0")
case("r-central-ou-bad", sub("organizationalUnit: ou-ab12-backup01", "organizationalUnit: backup"), "AG1002 /central/organizationalUnit")
case("r-root-id-accepted-bad-root", sub("organizationalUnits: [ou-ab12-workload1]", "organizationalUnits: [r-AB]"), "AG1002 /members/targets/organizationalUnits/0")
case("r-org-id-short", sub("id: o-a1b2c3d4e5", "id: o-a1b2"), "AG1003 /organization/id")
case("r-org-id-uppercase", sub("id: o-a1b2c3d4e5", "id: o-A1B2C3D4E5"), "AG1003 /organization/id")
case("r-org-id-no-prefix", sub("id: o-a1b2c3d4e5", "id: a1b2c3d4e5"), "AG1003 /organization/id")
case("r-region-typo", sub("  regions: [eu-west-1]\n  vault", "  regions: [eu-wset-1]\n  vault"), "AG1005 /central/regions/0", "AG1015 /members/regions/0")
case("r-region-other-partition", sub("  regions: [eu-west-1]\n\nplans", "  regions: [cn-north-1]\n\nplans"), "AG1004 /members/regions/0")
case("r-region-az-not-region", sub("  regions: [eu-west-1]\n\nplans", "  regions: [eu-west-1a]\n\nplans"), "AG1004 /members/regions/0")
case("r-region-unknown-shape-ok", sub("  regions: [eu-west-1]\n  vault", "  regions: [eu-west-1, eu-west-9]\n  vault"), "AG1005 /central/regions/1")
case("r-admin-not-arn", sub("    - arn:aws:iam::222222222222:role/BackupVaultAdmin", "    - BackupVaultAdmin"), "AG1006 /central/admins/0")
case("r-admin-user-arn-partition", sub("    - arn:aws:iam::222222222222:role/BackupVaultAdmin", "    - arn:aws-cn:iam::222222222222:role/BackupVaultAdmin"), "AG1006 /central/admins/0")
case("r-admin-s3-arn", sub("    - arn:aws:iam::222222222222:role/BackupVaultAdmin", "    - arn:aws:s3:::my-bucket"), "AG1006 /central/admins/0")
case("r-deploy-role-bad", BASE + "deploy:\n  roleArn: ci-deployer\n", "AG1006 /deploy/roleArn")
case("r-delegated-admin-missing", sub('  managementAccount: "111111111111"\n', '  managementAccount: "111111111111"\n  deployFrom: delegated-admin\n'),
     "AG1007 /organization/deployFrom")
case("r-delegated-admin-is-management", sub('delegatedAdminAccount: "333333333333"', 'delegatedAdminAccount: "111111111111"', DELEGATED),
     "AG1007 /organization/delegatedAdminAccount")
case("r-delegated-admin-unused", sub('  managementAccount: "111111111111"\n', '  managementAccount: "111111111111"\n  delegatedAdminAccount: "333333333333"\n'),
     "AG1008 /organization/delegatedAdminAccount")
case("r-management-account-targeted", sub("    organizationalUnits: [ou-ab12-workload1]", "    organizationalUnits: [ou-ab12-workload1]\n    accounts: [\"111111111111\"]"),
     "AG1009 /members/targets/accounts/0")
case("r-central-ou-missing", sub("  organizationalUnit: ou-ab12-backup01\n", ""), "AG1010 /central/organizationalUnit")
case("r-member-targets-empty", sub("    organizationalUnits: [ou-ab12-workload1]", "    organizationalUnits: []"), "AG1011 /members/targets")
case("r-exclude-without-ou", sub("    organizationalUnits: [ou-ab12-workload1]", "    accounts: [\"555555555555\"]\n    excludeAccounts: [\"666666666666\"]"),
     "AG1012 /members/targets/excludeAccounts")
case("r-duplicate-region", sub("  regions: [eu-west-1]\n\nplans", "  regions: [eu-west-1, eu-west-1]\n\nplans"), "AG1013 /members/regions/1")
case("r-duplicate-admin", sub("    - arn:aws:iam::222222222222:role/BackupVaultAdmin", "    - arn:aws:iam::222222222222:role/BackupVaultAdmin\n    - arn:aws:iam::222222222222:role/BackupVaultAdmin"),
     "AG1013 /central/admins/1")
case("r-duplicate-email", sub("email: [security@example.com]", "email: [security@example.com, security@example.com]"), "AG1013 /central/alerts/email/1")
case("r-duplicate-ou", sub("organizationalUnits: [ou-ab12-workload1]", "organizationalUnits: [ou-ab12-workload1, ou-ab12-workload1]"), "AG1013 /members/targets/organizationalUnits/1")
case("r-no-admins", sub("  admins:\n    - arn:aws:iam::222222222222:role/BackupVaultAdmin\n", ""), "AG1014 /central/admins")
case("r-empty-admins", sub("  admins:\n    - arn:aws:iam::222222222222:role/BackupVaultAdmin\n", "  admins: []\n"), "AG1014 /central/admins")
case("r-member-region-no-central", sub("  regions: [eu-west-1]\n\nplans", "  regions: [eu-west-1, us-east-1]\n\nplans"), "AG1015 /members/regions/1")
case("r-central-regions-empty", sub("  regions: [eu-west-1]\n  vault", "  regions: []\n  vault"), "AG1016 /central/regions", "AG1015 /members/regions/0")
case("r-member-regions-empty", sub("  regions: [eu-west-1]\n\nplans", "  regions: []\n\nplans"), "AG1016 /members/regions")
# --- AG2xxx vaults, retention, locks -----------------------------------------------------
case("r-min-retention-zero", sub("minRetentionDays: 7", "minRetentionDays: 0"), "AG2001 /central/vault/lock/minRetentionDays")
case("r-min-retention-negative", sub("minRetentionDays: 7", "minRetentionDays: -7"), "AG2001 /central/vault/lock/minRetentionDays")
case("r-max-retention-too-long", sub("maxRetentionDays: 365", "maxRetentionDays: 36501"), "AG2002 /central/vault/lock/maxRetentionDays")
case("r-min-above-max", sub("minRetentionDays: 7", "minRetentionDays: 400"), "AG2003 /central/vault/lock/minRetentionDays @15:7")
case("r-changeable-too-short", sub("changeableForDays: 3", "changeableForDays: 2", COMPLIANCE), "AG2004 /central/vault/lock/changeableForDays")
case("r-changeable-too-long", sub("changeableForDays: 3", "changeableForDays: 40000", COMPLIANCE), "AG2004 /central/vault/lock/changeableForDays")
case("r-compliance-without-changeable", sub("mode: governance", "mode: compliance"), "AG2005 /central/vault/lock/mode")
case("r-governance-with-changeable", sub("      mode: governance\n", "      mode: governance\n      changeableForDays: 3\n"), "AG2006 /central/vault/lock/changeableForDays")
case("r-member-compliance-lock", sub("  regions: [eu-west-1]\n\nplans",
                                     "  regions: [eu-west-1]\n  vault:\n    lock: {mode: compliance, minRetentionDays: 1, changeableForDays: 3}\n\nplans"),
     "AG2007 /members/vault/lock/mode")
case("r-no-max-retention", sub("      maxRetentionDays: 365\n", ""), "AG2008 /central/vault/lock/maxRetentionDays")
case("r-lag-min-below-7", sub("minRetentionDays: 7", "minRetentionDays: 6", LAG), "AG2009 /central/vault/lock/minRetentionDays")
case("r-lag-no-max", sub("      maxRetentionDays: 365\n", "", LAG), "AG2010 /central/vault/lock/maxRetentionDays")
case("r-lag-governance", sub("mode: compliance", "mode: governance", LAG), "AG2011 /central/vault/lock/mode")
case("r-lag-changeable", sub("      mode: compliance\n", "      mode: compliance\n      changeableForDays: 3\n", LAG), "AG2012 /central/vault/lock/changeableForDays")
case("r-lag-no-recovery-account", sub('  recoveryAccounts: ["444444444444"]\n', "", LAG), "AG2013 /central/recoveryAccounts")
case("r-standard-with-recovery-accounts", sub('  account: "222222222222"\n', '  account: "222222222222"\n  recoveryAccounts: ["444444444444"]\n'),
     "AG2014 /central/recoveryAccounts")
case("r-copy-below-lock-min", sub("retentionDays: 35", "retentionDays: 3"), "AG2015 /plans/daily/copyToCentral/retentionDays")
case("r-copy-above-lock-max", sub("retentionDays: 35", "retentionDays: 366"), "AG2015 /plans/daily/copyToCentral/retentionDays")
case("r-local-above-member-lock", sub("  regions: [eu-west-1]\n\nplans",
                                      "  regions: [eu-west-1]\n  vault:\n    lock: {mode: governance, minRetentionDays: 1, maxRetentionDays: 7}\n\nplans"),
     "AG2016 /plans/daily/localRetentionDays")
case("r-cold-too-close-to-delete", plan("    coldStorageAfterDays: 7\n"), "AG2017 /plans/daily/localRetentionDays")
case("r-copy-cold-too-close", sub("      retentionDays: 35", "      retentionDays: 100\n      coldStorageAfterDays: 30"), "AG2017 /plans/daily/copyToCentral/retentionDays")
case("r-local-retention-zero", sub("localRetentionDays: 14", "localRetentionDays: 0"), "AG2018 /plans/daily/localRetentionDays")
case("r-cold-storage-too-large", plan("    coldStorageAfterDays: 40000\n"), "AG2018 /plans/daily/coldStorageAfterDays")
case("r-plan-without-copy", sub("    copyToCentral:\n      retentionDays: 35", ""), "AG2019 /plans/daily")
case("r-no-plans", sub(BASE[BASE.index("plans:"):], "plans: {}\n"), "AG2020 /plans")
case("r-lag-unsupported-region", sub("  regions: [eu-west-1]\n", "  regions: [il-central-1]\n", sub("  regions: [eu-west-1]\n\nplans", "  regions: [il-central-1]\n\nplans", LAG)),
     "AG2021 /central/regions/0")
case("r-recovery-is-central", sub('  recoveryAccounts: ["444444444444"]', '  recoveryAccounts: ["222222222222"]', LAG), "AG2022 /central/recoveryAccounts/0")
# --- AG3xxx keys -------------------------------------------------------------------------
case("r-aws-owned-on-standard", sub("  alerts:\n", "  key:\n    kind: aws-owned\n  alerts:\n"), "AG3001 /central/key/kind")
case("r-existing-key-no-arn", sub("  alerts:\n", "  key:\n    kind: existing\n  alerts:\n"), "AG3002 /central/key/kind")
case("r-arn-without-existing", sub("  alerts:\n", "  key:\n    arn: arn:aws:kms:eu-west-1:222222222222:key/1234abcd-12ab-34cd-56ef-1234567890ab\n  alerts:\n"),
     "AG3003 /central/key/arn")
case("r-existing-key-alias-arn", sub("  alerts:\n", "  key:\n    kind: existing\n    arn: arn:aws:kms:eu-west-1:222222222222:alias/backup\n  alerts:\n"),
     "AG3004 /central/key/arn")
case("r-existing-key-other-region", sub("  alerts:\n", "  key:\n    kind: existing\n    arn: arn:aws:kms:us-east-1:222222222222:key/1234abcd-12ab-34cd-56ef-1234567890ab\n  alerts:\n"),
     "AG3005 /central/key/arn")
case("r-key-pending-window-short", sub("  alerts:\n", "  key:\n    pendingWindowDays: 6\n  alerts:\n"), "AG3006 /central/key/pendingWindowDays")
case("r-member-key-pending-window-long", sub("  regions: [eu-west-1]\n\nplans", "  regions: [eu-west-1]\n  key:\n    pendingWindowDays: 31\n\nplans"),
     "AG3006 /members/key/pendingWindowDays")
case("r-key-rotation-short", sub("  alerts:\n", "  key:\n    rotationPeriodDays: 30\n  alerts:\n"), "AG3007 /central/key/rotationPeriodDays")
case("r-key-rotation-long", sub("  alerts:\n", "  key:\n    rotationPeriodDays: 3000\n  alerts:\n"), "AG3007 /central/key/rotationPeriodDays")
# --- AG4xxx names, schedules, limits -----------------------------------------------------
case("r-vault-name-dot", sub("name: airgap-central", "name: airgap.central"), "AG4001 /central/vault/name")
case("r-vault-name-one-char", sub("name: airgap-central", "name: a"), "AG4001 /central/vault/name")
case("r-vault-name-too-long", sub("name: airgap-central", "name: " + "a" * 51), "AG4001 /central/vault/name")
case("r-vault-name-space", sub("name: airgap-central", "name: airgap central"), "AG4001 /central/vault/name")
case("r-vault-name-unicode", sub("name: airgap-central", "name: airgap-zentralé"), "AG4001 /central/vault/name")
case("r-member-vault-name-bad", sub("  regions: [eu-west-1]\n\nplans", "  regions: [eu-west-1]\n  vault:\n    name: local/vault\n\nplans"), "AG4001 /members/vault/name")
case("r-vault-names-clash-central-member", sub("    organizationalUnits: [ou-ab12-workload1]",
                                               "    organizationalUnits: [ou-ab12-workload1]\n    accounts: [\"222222222222\"]",
                                               sub("  regions: [eu-west-1]\n\nplans", "  regions: [eu-west-1]\n  vault:\n    name: airgap-central\n\nplans")),
     "AG4002 /members/vault/name")
case("r-vault-names-equal", sub("  regions: [eu-west-1]\n\nplans", "  regions: [eu-west-1]\n  vault:\n    name: airgap-central\n\nplans"), "AG4003 /members/vault/name")
case("r-backup-role-name-bad", sub("  regions: [eu-west-1]\n\nplans", "  regions: [eu-west-1]\n  backupRoleName: airgap backup\n\nplans"), "AG4004 /members/backupRoleName")
case("r-stack-set-prefix-digit", BASE + "deploy:\n  stackSetNamePrefix: 1airgap\n", "AG4005 /deploy/stackSetNamePrefix")
case("r-stack-set-prefix-underscore", BASE + "deploy:\n  stackSetNamePrefix: air_gap\n", "AG4005 /deploy/stackSetNamePrefix")
case("r-stack-set-prefix-too-long", BASE + "deploy:\n  stackSetNamePrefix: " + "a" * 120 + "\n", "AG4005 /deploy/stackSetNamePrefix")
case("r-plan-name-colon", sub("  daily:\n", "  \"daily:backup\":\n"), "AG4006 /plans/daily:backup")
case("r-plan-name-too-long", sub("  daily:\n", "  " + "d" * 51 + ":\n"), "AG4006 /plans/" + "d" * 51)
case("r-cron-five-fields", sub("cron(0 5 ? * * *)", "cron(0 5 * * *)"), "AG4007 /plans/daily/schedule")
case("r-cron-no-question-mark", sub("cron(0 5 ? * * *)", "cron(0 5 * * * *)"), "AG4007 /plans/daily/schedule")
case("r-cron-two-question-marks", sub("cron(0 5 ? * * *)", "cron(0 5 ? * ? *)"), "AG4007 /plans/daily/schedule")
case("r-cron-minute-60", sub("cron(0 5 ? * * *)", "cron(60 5 ? * * *)"), "AG4007 /plans/daily/schedule")
case("r-cron-hour-24", sub("cron(0 5 ? * * *)", "cron(0 24 ? * * *)"), "AG4007 /plans/daily/schedule")
case("r-cron-month-13", sub("cron(0 5 ? * * *)", "cron(0 5 1 13 ? *)"), "AG4007 /plans/daily/schedule")
case("r-cron-bad-weekday", sub("cron(0 5 ? * * *)", "cron(0 5 ? * FUNDAY *)"), "AG4007 /plans/daily/schedule")
case("r-cron-year-1900", sub("cron(0 5 ? * * *)", "cron(0 5 ? * * 1900)"), "AG4007 /plans/daily/schedule")
case("r-cron-unix-style", sub("cron(0 5 ? * * *)", "0 5 * * *"), "AG4007 /plans/daily/schedule")
case("r-rate-expression", sub("cron(0 5 ? * * *)", "rate(1 day)"), "AG4007 /plans/daily/schedule")
case("r-cron-every-minute", sub("cron(0 5 ? * * *)", "cron(* * ? * * *)"), "AG4008 /plans/daily/schedule")
case("r-cron-every-30-minutes", sub("cron(0 5 ? * * *)", "cron(0/30 * ? * * *)"), "AG4008 /plans/daily/schedule")
case("r-start-window-short", plan("    startWindowMinutes: 30\n"), "AG4009 /plans/daily/startWindowMinutes")
case("r-start-window-huge", plan("    startWindowMinutes: 52560001\n    completionWindowMinutes: 52560002\n"), "AG4009 /plans/daily/startWindowMinutes")
case("r-completion-equals-start", plan("    startWindowMinutes: 120\n    completionWindowMinutes: 120\n"), "AG4010 /plans/daily/completionWindowMinutes")
case("r-completion-shorter", plan("    startWindowMinutes: 480\n    completionWindowMinutes: 60\n"), "AG4010 /plans/daily/completionWindowMinutes")
case("r-email-no-at", sub("email: [security@example.com]", "email: [security.example.com]"), "AG4011 /central/alerts/email/0")
case("r-email-no-domain-dot", sub("email: [security@example.com]", "email: [security@localhost]"), "AG4011 /central/alerts/email/0")
case("r-email-spaces", sub("email: [security@example.com]", "email: [\"security team@example.com\"]"), "AG4011 /central/alerts/email/0")
case("r-no-alert-email", sub("  alerts:\n    email: [security@example.com]\n", ""), "AG4012 /central/alerts/email")
case("r-max-concurrent-zero", BASE + "deploy:\n  operationPreferences:\n    maxConcurrentPercentage: 0\n", "AG4013 /deploy/operationPreferences/maxConcurrentPercentage")
case("r-failure-tolerance-over-100", BASE + "deploy:\n  operationPreferences:\n    failureTolerancePercentage: 101\n", "AG4013 /deploy/operationPreferences/failureTolerancePercentage")
case("r-opt-out-tag-aws-prefix", plan("    selection:\n      optOutTag: {key: \"aws:backup\", value: \"false\"}\n"), "AG4014 /plans/daily/selection/optOutTag/key")
case("r-opt-out-tag-empty-value", plan("    selection:\n      optOutTag: {key: backup, value: \"\"}\n"), "AG4014 /plans/daily/selection/optOutTag/value")
case("r-opt-in-tag-long-key", plan("    selection:\n      optInTags: {" + "k" * 129 + ": gold}\n"), "AG4014 /plans/daily/selection/optInTags/" + "k" * 129)
case("r-too-many-opt-in-tags", plan("    selection:\n      optInTags: {" + ", ".join(f"t{i}: x" for i in range(31)) + "}\n"), "AG4015 /plans/daily/selection/optInTags")
case("r-bad-timezone", plan("    scheduleTimezone: Mars/Olympus\n"), "AG4016 /plans/daily/scheduleTimezone")
# --- several mistakes at once: all reported in one run, sorted by location ----------------
case("r-five-mistakes", sub("cron(0 5 ? * * *)", "cron(0 5 * * * *)",
                            sub("minRetentionDays: 7", "minRetentionDays: 400",
                                sub("name: airgap-central", "name: airgap.central",
                                    sub('account: "222222222222"', 'account: "2222"',
                                        sub("id: o-a1b2c3d4e5", "id: o-bad"))))),
     "AG1003 /organization/id", "AG1001 /central/account", "AG4001 /central/vault/name",
     "AG2003 /central/vault/lock/minRetentionDays", "AG4007 /plans/daily/schedule")
case("r-typo-and-semantic", sub("minRetentionDays: 7", "minRetentionDays: 0", sub("maxRetentionDays: 365", "maxRetentionDay: 365")),
     "AG2001 /central/vault/lock/minRetentionDays", "AG0002 /central/vault/lock/maxRetentionDay", "AG2008 /central/vault/lock/maxRetentionDays")


def main():
    for name, (text, expect) in sorted(CASES.items()):
        (OUT / f"{name}.yaml").write_text(text)
        (OUT / f"{name}.expect").write_text("\n".join(expect) + "\n")
    print(f"wrote {len(CASES)} cases to {OUT}")


if __name__ == "__main__":
    main()
