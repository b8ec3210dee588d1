// A longer copy retention (35 -> 90 days) is an in-place update (of the backup plan or the organization backup policy): the report shows
// the changed value with its path, no replacement, nothing IRREVERSIBLE; templates/ is untouched.
def report = new File(basedir, 'target/diff.txt').getText('UTF-8')
println report
assert report.readLines().any { it =~ /\[~\] .*: "?35"? → "?90"?$/ } : 'the retention change 35 → 90 is not shown'
assert !report.contains('IRREVERSIBLE')
assert !report.contains('requires replacement')
assert report.readLines().last() =~ /^airgap diff: 1 unit changed, .*; resources: 0 added, [1-9][0-9]* modified \(0 replaced or may be\), 0 removed$/
def md = new File(basedir, 'target/diff.md').getText('UTF-8')
assert md.startsWith('### airgap diff') && md.contains('```diff\n')
return true
