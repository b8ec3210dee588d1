#!/usr/bin/env python3
"""Writes the reading/binding (AG0xxx) cases of the bad-input corpus.

Each case is a deliberate mistake applied to the basic example, with the findings written by
hand. Run from the repository root: python3 airgap-model/src/test/corpus/make_parse_cases.py
"""
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[4]
OUT = ROOT / "airgap-model/src/test/resources/bad"
BASE = (ROOT / "examples/basic/airgap.yaml").read_text()


def sub(old, new, text=None):
    text = BASE if text is None else text
    assert old in text, old
    return text.replace(old, new, 1)


CASES = {}


def case(name, text, *expect):
    assert name not in CASES, name
    CASES[name] = (text, expect)


# --- YAML syntax -------------------------------------------------------------------------
case("p-tab-indent", sub("    name: airgap-central", "\tname: airgap-central"), "AG0001 @12:1")
case("p-tab-in-value-indent", sub("      mode: governance", "    \t  mode: governance"), "AG0001")
case("p-unclosed-flow-list", sub("regions: [eu-west-1]\n  vault", "regions: [eu-west-1\n  vault"), "AG0001")
case("p-unclosed-quote", sub('managementAccount: "111111111111"', 'managementAccount: "111111111111'), "AG0001")
case("p-bad-indent-dedent", sub("    lock:\n      mode: governance", "    lock:\n     mode: governance"), "AG0001")
case("p-two-documents", BASE + "---\nextra: 1\n", "AG0001")
case("p-colon-in-plain-value", sub("name: airgap-central", "name: airgap: central"), "AG0001")
case("p-stray-bracket", sub("email: [security@example.com]", "email: [security@example.com]]"), "AG0001")
case("p-only-comment", "# nothing here\n", "AG0007")
case("p-empty-file", "", "AG0007")
case("p-only-whitespace", "   \n\n  \n", "AG0007")
case("p-explicit-null-document", "~\n", "AG0007")
case("p-document-is-list", "- organization\n- central\n", "AG0004 @1:1")
case("p-document-is-string", "just some text\n", "AG0004")
case("p-document-is-number", "42\n", "AG0004")
case("p-block-scalar-where-map", sub("  vault:\n    name: airgap-central\n    lock:\n      mode: governance\n      minRetentionDays: 7\n      maxRetentionDays: 365\n",
                                      "  vault: |\n    name: airgap-central\n"),
     "AG0004 /central/vault")
# --- unknown and duplicate keys ----------------------------------------------------------
case("p-unknown-top-level-key", BASE + "extras: {}\n", "AG0002 /extras")
case("p-misspelt-organisation", sub("organization:", "organisation:"), "AG0002 /organisation", "AG0005 /organization")
case("p-misspelt-lock-key", sub("minRetentionDays: 7", "minRetentionDay: 7"),
     "AG0002 /central/vault/lock/minRetentionDay @15:7", "AG0005 /central/vault/lock/minRetentionDays")
case("p-unknown-key-in-plan", sub("    localRetentionDays: 14", "    localRetentionDays: 14\n    retention: 30"), "AG0002 /plans/daily/retention")
case("p-unknown-key-in-targets", sub("    organizationalUnits: [ou-ab12-workload1]", "    organizationalUnits: [ou-ab12-workload1]\n    ous: [ou-ab12-workload2]"),
     "AG0002 /members/targets/ous")
case("p-snake-case-key", sub("managementAccount:", "management_account:"), "AG0002 /organization/management_account", "AG0005 /organization/managementAccount")
case("p-key-wrong-case", sub("  regions: [eu-west-1]\n  vault:", "  Regions: [eu-west-1]\n  vault:"), "AG0002 /central/Regions", "AG0005 /central/regions")
case("p-unknown-key-in-copy", sub("      retentionDays: 35", "      retentionDays: 35\n      vault: other"), "AG0002 /plans/daily/copyToCentral/vault")
case("p-duplicate-top-level-key", BASE + "plans:\n  weekly:\n    localRetentionDays: 30\n", "AG0003 /plans")
case("p-duplicate-lock-key", sub("      minRetentionDays: 7", "      minRetentionDays: 7\n      minRetentionDays: 8"), "AG0003 /central/vault/lock/minRetentionDays @16:7")
case("p-duplicate-plan", sub("plans:\n  daily:", "plans:\n  daily:\n    localRetentionDays: 3\n  daily:"), "AG0003 /plans/daily")
case("p-duplicate-flow-key", sub("email: [security@example.com]", "email: [security@example.com]\n    email: [other@example.com]"), "AG0003 /central/alerts/email")
# --- wrong types -------------------------------------------------------------------------
case("p-string-for-number", sub("minRetentionDays: 7", 'minRetentionDays: "7"'), "AG0004 /central/vault/lock/minRetentionDays")
case("p-word-for-number", sub("minRetentionDays: 7", "minRetentionDays: seven"), "AG0004 /central/vault/lock/minRetentionDays")
case("p-bool-for-number", sub("localRetentionDays: 14", "localRetentionDays: true"), "AG0004 /plans/daily/localRetentionDays")
case("p-list-for-number", sub("retentionDays: 35", "retentionDays: [35]"), "AG0004 /plans/daily/copyToCentral/retentionDays")
case("p-map-for-number", sub("maxRetentionDays: 365", "maxRetentionDays: {days: 365}"), "AG0004 /central/vault/lock/maxRetentionDays")
case("p-number-for-string", sub("name: airgap-central", "name: 12345"), "AG0004 /central/vault/name")
case("p-bool-for-string", sub("name: airgap-central", "name: yes"), "AG0004 /central/vault/name")
case("p-list-for-string", sub("name: airgap-central", "name: [airgap-central]"), "AG0004 /central/vault/name")
case("p-string-for-list", sub("regions: [eu-west-1]\n  vault", "regions: eu-west-1\n  vault"), "AG0004 /central/regions")
case("p-map-for-list", sub("  admins:\n    - arn:aws:iam::222222222222:role/BackupVaultAdmin",
                           "  admins:\n    admin: arn:aws:iam::222222222222:role/BackupVaultAdmin"), "AG0004 /central/admins")
case("p-string-for-map", sub("  alerts:\n    email: [security@example.com]", "  alerts: security@example.com"), "AG0004 /central/alerts")
case("p-list-for-map", sub("members:\n  targets:\n    organizationalUnits: [ou-ab12-workload1]",
                           "members:\n  targets:\n    - ou-ab12-workload1"), "AG0004 /members/targets")
case("p-list-for-plans", sub("plans:\n  daily:", "plans:\n  - daily:"), "AG0004 /plans")
case("p-number-in-string-list", sub("email: [security@example.com]", "email: [42]"), "AG0004 /central/alerts/email/0")
case("p-map-in-string-list", sub("email: [security@example.com]", "email: [{address: a@example.com}]"), "AG0004 /central/alerts/email/0")
case("p-null-in-string-list", sub("email: [security@example.com]", "email: [~]"), "AG0004 /central/alerts/email/0")
case("p-decimal-for-number", sub("localRetentionDays: 14", "localRetentionDays: 14.5"), "AG0011 /plans/daily/localRetentionDays")
case("p-huge-number", sub("maxRetentionDays: 365", "maxRetentionDays: 36500000000000"), "AG0011 /central/vault/lock/maxRetentionDays")
case("p-exponent-number", sub("maxRetentionDays: 365", "maxRetentionDays: 3.65e2"), "AG0011 /central/vault/lock/maxRetentionDays")
case("p-bool-opt-out-value", sub("      retentionDays: 35", "      retentionDays: 35\n    selection:\n      optOutTag: {key: backup, value: false}"),
     "AG0004 /plans/daily/selection/optOutTag/value")
case("p-number-tag-value", sub("      retentionDays: 35", "      retentionDays: 35\n    selection:\n      optInTags: {tier: 1}"),
     "AG0004 /plans/daily/selection/optInTags/tier")
case("p-plan-is-string", sub("plans:\n  daily:\n", "plans:\n  weekly: every sunday\n  daily:\n"), "AG0004 /plans/weekly")
# --- missing required values -------------------------------------------------------------
case("p-missing-lock-mode", sub("      mode: governance\n", ""), "AG0005 /central/vault/lock/mode")
case("p-missing-lock", sub("    lock:\n      mode: governance\n      minRetentionDays: 7\n      maxRetentionDays: 365\n", ""), "AG0005 /central/vault/lock")
case("p-missing-central", sub(BASE[BASE.index("central:"):BASE.index("members:")], ""), "AG0005 /central")
case("p-missing-org-id", sub("  id: o-a1b2c3d4e5\n", ""), "AG0005 /organization/id")
case("p-missing-central-account", sub('  account: "222222222222"\n', ""), "AG0005 /central/account")
case("p-missing-vault-name", sub("    name: airgap-central\n", ""), "AG0005 /central/vault/name")
case("p-missing-min-retention", sub("      minRetentionDays: 7\n", ""), "AG0005 /central/vault/lock/minRetentionDays")
case("p-missing-local-retention", sub("    localRetentionDays: 14\n", ""), "AG0005 /plans/daily/localRetentionDays")
case("p-missing-copy-retention", sub("    copyToCentral:\n      retentionDays: 35", "    copyToCentral: {}"), "AG0005 /plans/daily/copyToCentral/retentionDays")
case("p-null-lock-mode", sub("mode: governance", "mode: ~"), "AG0005 /central/vault/lock/mode")
case("p-empty-lock-mode", sub("mode: governance", "mode:"), "AG0005 /central/vault/lock/mode")
case("p-missing-member-regions", sub("  regions: [eu-west-1]\n\nplans", "\nplans"), "AG0005 /members/regions")
# --- enumerations ------------------------------------------------------------------------
case("p-lock-mode-typo", sub("mode: governance", "mode: governence"), "AG0010 /central/vault/lock/mode")
case("p-lock-mode-capitalised", sub("mode: governance", "mode: GOVERNANCE"), "AG0010 /central/vault/lock/mode")
case("p-vault-kind-unknown", sub("    name: airgap-central\n", "    name: airgap-central\n    kind: air-gapped\n"), "AG0010 /central/vault/kind")
case("p-partition-unknown", sub("  id: o-a1b2c3d4e5\n", "  id: o-a1b2c3d4e5\n  partition: aws-eu\n"), "AG0010 /organization/partition")
case("p-deploy-from-unknown", sub("  id: o-a1b2c3d4e5\n", "  id: o-a1b2c3d4e5\n  deployFrom: root\n"), "AG0010 /organization/deployFrom")
case("p-scp-mode-unknown", BASE + "protection:\n  scp:\n    mode: terraform\n", "AG0010 /protection/scp/mode")
case("p-key-kind-unknown", sub("  alerts:\n", "  key:\n    kind: customer\n  alerts:\n"), "AG0010 /central/key/kind")
case("p-region-concurrency-unknown", BASE + "deploy:\n  operationPreferences:\n    regionConcurrency: all\n", "AG0010 /deploy/operationPreferences/regionConcurrency")
# --- anchors and aliases -----------------------------------------------------------------
case("p-anchor-and-alias", sub("regions: [eu-west-1]\n\nplans", "regions: *r\n\nplans", sub("regions: [eu-west-1]\n  vault", "regions: &r [eu-west-1]\n  vault")),
     "AG0006 /central/regions", "AG0006 /members/regions")
case("p-merge-key", sub("    copyToCentral:\n      retentionDays: 35", "    copyToCentral:\n      <<: {retentionDays: 35}"),
     "AG0002 /plans/daily/copyToCentral/<<", "AG0005 /plans/daily/copyToCentral/retentionDays")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for name, (text, expect) in sorted(CASES.items()):
        (OUT / f"{name}.yaml").write_text(text)
        (OUT / f"{name}.expect").write_text("\n".join(expect) + "\n")
    print(f"wrote {len(CASES)} cases to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
