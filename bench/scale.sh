#!/usr/bin/env bash
# Generate + validate at scale (BENCHMARKS.md, "Scale"). Usage: bench/scale.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cp=$(bench/classpath.sh)
java -Xmx2g -cp "$cp" dev.airgap.generator.bench.ScaleBenchmark
