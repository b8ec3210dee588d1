def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] Skipping airgap:generate: airgap.skip is true')
assert log.contains('[INFO] Skipping airgap:generate: airgap.generate.skip is true')
assert log.contains('[INFO] Skipping airgap:validate: airgap.validate.skip is true')
assert !new File(basedir, 'templates').exists() : 'a skipped goal wrote output'
return true
