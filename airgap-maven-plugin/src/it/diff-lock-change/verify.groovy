// Turning the central vault's governance lock into a compliance lock (changeableForDays: 3) can
// never be undone after the grace period: the report says IRREVERSIBLE, first, and in the tree.
def report = new File(basedir, 'target/diff.txt').getText('UTF-8')
println report
def lines = report.readLines()
assert lines[1].startsWith('IRREVERSIBLE: ') : 'IRREVERSIBLE must come first'
assert lines[1].contains('AWS::Backup::BackupVault') && lines[1].contains('compliance mode (ChangeableForDays 3)')
assert lines.any { it =~ /\[\+\] LockConfiguration\.ChangeableForDays: 3$/ }
assert lines.any { it.startsWith('Security-relevant changes') }
assert lines.last() =~ /; [1-9][0-9]* IRREVERSIBLE$/
def md = new File(basedir, 'target/diff.md').getText('UTF-8')
assert md.contains('> **IRREVERSIBLE**: ')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] IRREVERSIBLE: ')
return true
