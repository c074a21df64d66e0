#!/usr/bin/env bash
# Import benchmark: generates a scale-free follower graph and imports it as CSV through the upload code path.
#   scripts/benchmark-import.sh                                   # 1M profiles / 10M edges into the embedded H2 store
#   scripts/benchmark-import.sh --nodes 100000 --edges 1000000    # smaller
#   scripts/benchmark-import.sh --backend memory                  # embedded, memory backend
#   scripts/benchmark-import.sh --mongo-uri mongodb://localhost:27017/bench   # any MongoDB
# Heap: BENCH_HEAP (default 3g).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipUi -pl backend -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test > /dev/null
exec java -Xmx"${BENCH_HEAP:-3g}" -cp "backend/target/test-classes:backend/target/classes:$(cat backend/target/bench.classpath)" \
  io.reachgraph.collect.internal.imports.ImportBenchmark "$@"
