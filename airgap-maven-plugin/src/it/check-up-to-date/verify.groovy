def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] templates/ is up to date')
assert !log.contains('[ERROR]')
return true
