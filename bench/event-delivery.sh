#!/usr/bin/env bash
# The case event relay (issue 15): its delivery rate to a local receiver, beside the same receiver fed directly
# by as many clients as the relay has senders, in the same run; each case's order and "no event twice" are
# counted by the receiver. A fresh database arbiter_bench_events each run. Loopback only.
#   bench/event-delivery.sh [CASES] [EVENTS_PER_CASE]     (default 2000 cases, 10 events each)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
cases=${1:-2000}
per_case=${2:-10}
db=arbiter_bench_events
port=8085
receiver=8096
senders=8
. bench/portal.sh
loopback_portal_env "$port"
jar=target/quarkus-app/quarkus-run.jar
trap 'portal_stop' EXIT

psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
bin/postgres "$db" >/dev/null
bin/keycloak start >/dev/null
[ -f "$jar" ] && [ -f target/test-classes/arbiter/bench/EventDeliveryBenchmark.class ] || ./mvnw -q -B package -DskipTests
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt

export ARBITER_DB_URL=jdbc:postgresql://127.0.0.1:5432/$db
export ARBITER_PLATFORM_WEBHOOK=http://127.0.0.1:$receiver/events
export ARBITER_PLATFORM_SIGNING_KEY=$(head -c 32 /dev/urandom | base64)
portal_start "$port" target/bench-event-delivery-portal.log -Dquarkus.mailer.mock=true \
  -Darbiter.platform.relay-every=1s -Darbiter.platform.senders=$senders
portal_wait "$port" target/bench-event-delivery-portal.log
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" arbiter.bench.EventDeliveryBenchmark \
  "jdbc:postgresql://127.0.0.1:5432/$db" "$cases" "$per_case" "$receiver" "$senders"
