// min above max: validate fails (and the governance lock warns, AG2023), and the log carries the located finding, its hint and the
// summary, each as its own line, in the shape IDEs and CI link (file:line:col first).
def log = new File(basedir, 'build.log').getText('UTF-8')
def expected = [
    '[ERROR] airgap.yaml:14:7: error: /central/vault/lock/minRetentionDays: must be ≤ maxRetentionDays (365) [AG2003]',
    '[ERROR]     hint: lower minRetentionDays or raise maxRetentionDays; AWS Backup requires min ≤ max',
    '[ERROR] airgap: 1 error, 1 warning (rules: docs/rules.md)',
]
def lines = log.readLines()
expected.each { assert lines.contains(it) : "missing line: $it" }
assert log.contains('BUILD FAILURE')
// once: logged as a finding, not again in Maven's "Failed to execute goal" message (issue 16)
def finding = 'airgap.yaml:14:7: error: /central/vault/lock/minRetentionDays'
assert log.count(finding) == 1 : "finding printed ${log.count(finding)} times"
return true
