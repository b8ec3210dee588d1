// The committed index lists retired.yaml, which the model no longer produces: check mode names it
// as extra, shows the index as stale with a diff, tells how to regenerate, and writes nothing.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR]   extra: templates/retired.yaml')
assert log.contains('[ERROR]   stale: templates/.airgap-generated')
assert log.contains('[ERROR]       -retired.yaml')
assert log.contains("regenerate with 'mvn airgap:generate -Dairgap.check=false' and commit templates/")
assert new File(basedir, 'templates/retired.yaml').isFile() : 'check mode must not delete'
assert new File(basedir, 'templates/.airgap-generated').getText('UTF-8').contains('retired.yaml') : 'check mode must not write'
assert new File(basedir, 'templates/NOTES.txt').isFile()
return true
