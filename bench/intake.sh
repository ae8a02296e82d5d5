#!/usr/bin/env bash
# Intake throughput: disputes/s for a dispute with a 20-message chat and 3 photos of 2–4 MB, posted by
# concurrent clients to the portal on this machine (database on the same machine), beside the baseline of
# the photo work alone in the same run. Loopback only; bounded by the request count.
#   bench/intake.sh [REQUESTS] [CLIENTS]     (default 40 requests, 2 clients)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
requests=${1:-40}
clients=${2:-2}
port=8082
portal="http://localhost:$port"
. bench/portal.sh
loopback_portal_env "$port"
jar=target/quarkus-app/quarkus-run.jar
trap portal_stop EXIT

bin/postgres arbiter_bench >/dev/null
bin/keycloak start >/dev/null
[ -f "$jar" ] && [ -d target/test-classes/arbiter/bench ] || ./mvnw -q -B package -DskipTests
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt

export ARBITER_DB_URL=jdbc:postgresql://127.0.0.1:5432/arbiter_bench
portal_start "$port" target/bench-intake-portal.log -Dquarkus.mailer.mock=true
portal_wait "$port" target/bench-intake-portal.log

token=$(curl -fsS -d grant_type=client_credentials -d client_id=order-platform \
  -d client_secret=order-platform-demo-secret \
  http://localhost:8180/realms/arbitration/protocol/openid-connect/token | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" arbiter.bench.IntakeBenchmark \
  "$portal" "$token" "$requests" "$clients"
