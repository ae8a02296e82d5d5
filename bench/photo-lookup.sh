#!/usr/bin/env bash
# Looking up a new photo's nearly identical photos among 1,000,000 stored perceptual hashes (issue 17: p99 under
# 50 ms), beside the baseline of reading every hash, in the same run (src/test/java/arbiter/bench/
# PhotoLookupBenchmark.java says how the hashes and queries are made). Seeds its own database, arbiter_bench_photos,
# once (about a minute), with the portal's migrations. Loopback only.
#   bench/photo-lookup.sh [PHOTOS] [QUERIES]   (default 1000000 photos, 2000 queries)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
db=arbiter_bench_photos
bin/postgres "$db" >/dev/null
[ -f target/test-classes/arbiter/bench/PhotoLookupBenchmark.class ] || ./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" arbiter.bench.PhotoLookupBenchmark \
  "jdbc:postgresql://127.0.0.1:5432/$db" "${1:-1000000}" "${2:-2000}"
