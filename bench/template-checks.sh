#!/usr/bin/env bash
# Our template checks vs cfn-lint on the same generated files (BENCHMARKS.md, "Template checks").
set -euo pipefail
cd "$(dirname "$0")/.."
cp=$(bench/classpath.sh)
models=(examples/*/airgap.yaml airgap-generator/src/test/resources/golden/*/airgap.yaml)
java -cp "$cp" dev.airgap.generator.bench.TemplateCheckVsCfnLint "${models[@]}"
