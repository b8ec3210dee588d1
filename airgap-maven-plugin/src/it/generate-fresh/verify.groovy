// generate on a project without templates/: it creates the directory, writes every generated file
// and the index that lists them, and logs each write.
def out = new File(basedir, 'templates')
def index = new File(out, '.airgap-generated')
assert index.isFile() : 'the index .airgap-generated was not written'
def listed = index.readLines('UTF-8').findAll { it && !it.startsWith('#') }
listed.each { assert new File(out, it).isFile() : "listed but not written: $it" }
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] wrote templates/.airgap-generated')
listed.each { assert log.contains("[INFO] wrote templates/$it") }
assert log.contains("templates/: ${listed.size() + 1} written, 0 unchanged, 0 removed")
// No temporary file is left behind by the atomic writes.
assert !out.listFiles().any { it.name.endsWith('.tmp') }
return true
