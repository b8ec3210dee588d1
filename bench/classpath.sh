#!/usr/bin/env bash
# Prints the test classpath of airgap-generator (compiled classes + dependencies), building it first.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl airgap-generator -am test-compile \
  org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >&2
echo "$PWD/airgap-generator/target/test-classes:$PWD/airgap-generator/target/classes:$(cat airgap-generator/target/bench-classpath.txt)"
