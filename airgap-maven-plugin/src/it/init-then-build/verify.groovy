// The answered repository built on its own: templates written, validated, no error.
def answered = new File(basedir, 'answered')
assert new File(answered, 'templates/central-vault.yaml').isFile()
assert new File(answered, 'templates/airgap-manifest.json').isFile()
assert !new File(answered, 'pom.xml').text.contains('<parent>')
assert new File(answered, '.github/workflows/airgap-pull-request.yml').isFile()
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] templates/: 9 written, 0 unchanged, 0 removed')
// The unanswered one failed at each TODO, located, with the rule id.
def lines = log.readLines()
[
    '[ERROR] airgap.yaml:7:3: error: /organization/id: choice not made yet: \'TODO organization id, o-xxxxxxxxxx\' [AG1090]',
    '[ERROR] airgap.yaml:12:3: error: /central/account: choice not made yet: \'TODO central backup account id\' [AG1090]',
    '[ERROR] airgap: 9 errors, 1 warning (rules: docs/rules.md)',
].each { assert lines.contains(it) : "missing line: $it" }
assert !new File(basedir, 'todo/templates').exists()
// The second init into 'answered' was refused and changed nothing.
assert log.contains('answered is not empty (')
assert log.contains('overwrites nothing')
return true
