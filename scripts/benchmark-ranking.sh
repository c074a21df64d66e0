#!/usr/bin/env bash
# Ranking benchmark: scale-free follower graphs (10k/100k, 100k/1M, 1M/10M by default) imported into MongoDB, then a
# complete default ranking run on each: load, every metric, snapshot write and peak heap, with igraph's PageRank,
# coreness and exact betweenness on the same edge list as ratios (needs Debian's python3-igraph for those).
#   scripts/benchmark-ranking.sh
#   scripts/benchmark-ranking.sh --sizes 100000:1000000        # one size
#   scripts/benchmark-ranking.sh --mongo-uri mongodb://localhost:27017/bench
# Heap: BENCH_HEAP (default 2g, the target's limit).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipUi -pl backend -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test > /dev/null
exec java -Xmx"${BENCH_HEAP:-2g}" ${BENCH_JAVA_OPTS:-} -cp "backend/target/test-classes:backend/target/classes:$(cat backend/target/bench.classpath)" \
  io.reachgraph.ranking.internal.RankingBenchmark "$@"
