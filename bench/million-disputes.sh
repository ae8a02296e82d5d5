# Sourced by bench/queue.sh, bench/supervision.sh and bench/search.sh: the portal on port 8083 over the database
# arbiter_bench_queue, seeded once with a million disputes and their chat (bench/queue-seed.sql), and a
# session of super1 in $cookie_header. Stops the portal when the calling script exits. Loopback only.
#   portal_log=NAME portal_opts="-D..." . bench/million-disputes.sh
# bench_db, bench_port and bench_seed choose another database, port and seed (bench/search.sh keeps its own
# database, as its migration and its texts are not the queue's).
# The portal runs as bench/portal.sh starts it: the JVM options of bin/jvm-options and the environment of
# bin/jvm-env; BENCH_JAVA_OPTS replaces the options (empty: an unsized JVM, without that environment).
db=${bench_db:-arbiter_bench_queue}
port=${bench_port:-8083}
portal="http://localhost:$port"
. bench/portal.sh
loopback_portal_env "$port"
jar=target/quarkus-app/quarkus-run.jar
cookies=$(mktemp)
trap 'rm -f "$cookies"; portal_stop' EXIT
psql_db() { psql -h 127.0.0.1 -U postgres -d "$db" -v ON_ERROR_STOP=1 "$@"; }

bin/postgres "$db" >/dev/null
bin/keycloak start >/dev/null
[ -f "$jar" ] && [ -f target/test-classes/arbiter/bench/PageBenchmark.class ] || ./mvnw -q -B package -DskipTests
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
classpath="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"

[ -z "${BENCH_JAVA_OPTS+set}" ] || PORTAL_JVM_OPTIONS=$BENCH_JAVA_OPTS
export ARBITER_DB_URL=jdbc:postgresql://127.0.0.1:5432/$db
# shellcheck disable=SC2086 # the options are separate words
portal_start "$port" "target/$portal_log" ${portal_opts:-} -Dquarkus.mailer.mock=true -Darbiter.bench.baseline-page=true
portal_wait "$port" "target/$portal_log"
pid=$portal_pid # for the sourcing script's readings (/proc/$pid)

if [ "$(psql_db -tAc 'SELECT count(*) FROM disputes')" -lt 1000000 ]; then
  echo "Seeding a million disputes with their chat (once)..."
  start=$(date +%s)
  psql_db -q -f "${bench_seed:-bench/queue-seed.sql}"
  echo "seeded in $(( $(date +%s) - start )) s"
fi
echo "disputes: $(psql_db -tAc 'SELECT count(*) FROM disputes'), chat messages: $(psql_db -tAc 'SELECT count(*) FROM chat_messages')"

portal_sign_in super1 "$cookies" "$portal"
cookie_header=$(bench/cookie-header.sh "$cookies")
