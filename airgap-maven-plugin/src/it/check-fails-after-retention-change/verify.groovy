// The model's copy retention went from 35 to 90 days but templates/ was not regenerated: check
// mode fails, names each stale file (the template and the manifest that hashes it) with a diff
// showing the new value.
def log = new File(basedir, 'build.log').getText('UTF-8')
def stale = log.readLines().findAll { it.startsWith('[ERROR]   stale: templates/') }
assert stale.contains('[ERROR]   stale: templates/airgap-manifest.json')
assert stale.any { it.endsWith('.yaml') } : 'no template named stale'
assert log.readLines().any { it.startsWith('[ERROR]       +') && it.contains('90') } : 'the diff does not show the new retention'
assert log.contains("regenerate with 'mvn airgap:generate -Dairgap.check=false' and commit templates/")
assert !new File(basedir, 'templates').listFiles().any { it.name.endsWith('.tmp') }
return true
