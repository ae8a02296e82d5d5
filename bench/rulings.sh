#!/usr/bin/env bash
# Ruling submissions per second and their latency through the portal's form, the refund outbox write
# included, beside staff notes posted the same way (the baseline, same run); then the relay's delivery rate
# to a local receiver, beside the receiver fed directly. A fresh database arbiter_bench_rulings each run.
# Loopback only.
#   bench/rulings.sh [CASES] [CONNECTIONS]     (default 400 cases, 4 connections)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
cases=${1:-400}
connections=${2:-4}
db=arbiter_bench_rulings
port=8084
receiver=8095
portal="http://localhost:$port"
. bench/portal.sh
loopback_portal_env "$port"
jar=target/quarkus-app/quarkus-run.jar
cookies=$(mktemp)
trap 'rm -f "$cookies"; portal_stop' EXIT

psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
bin/postgres "$db" >/dev/null
bin/keycloak start >/dev/null
[ -f "$jar" ] && [ -f target/test-classes/arbiter/bench/RulingBenchmark.class ] || ./mvnw -q -B package -DskipTests
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt

export ARBITER_DB_URL=jdbc:postgresql://127.0.0.1:5432/$db ARBITER_PAYMENT_WEBHOOK=http://127.0.0.1:$receiver/refunds
portal_start "$port" target/bench-rulings-portal.log -Dquarkus.mailer.mock=true -Darbiter.refunds.relay-every=1s
portal_wait "$port" target/bench-rulings-portal.log
portal_sign_in arbiter1 "$cookies" "$portal"
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" arbiter.bench.RulingBenchmark \
  "$portal" "$(bench/cookie-header.sh "$cookies")" "jdbc:postgresql://127.0.0.1:5432/$db" "$cases" "$connections" "$receiver"
