#!/usr/bin/env bash
# Memory benchmark of the portal as started with the JVM options of bin/jvm-options and the environment of
# bin/jvm-env ("sized").
# 1. After the demo load: the packaged portal with the demo profile on port 8084 over a fresh database
#    (arbiter_bench_memory, recreated), started as bin/run starts it; once the demo data is loaded, super1
#    signs in and reads a few pages; then its resident memory (VmRSS, and the peak VmHWM, from /proc), again
#    10 s later with nothing asked of it, and only then the live heap after a full GC (jcmd GC.run,
#    GC.heap_info). Baseline in the same run: the same with an unsized JVM (bin/run's command before sizing).
# 2. Under load: bench/queue.sh RATE SECONDS CONNECTIONS with the same options (a million disputes, seeded
#    once), the portal's RSS read every second and kept per page measured, beside the latencies and the
#    throughput ratios queue.sh prints.
# Targets: RSS <= 300 MB after the demo load and during the queue run; queue ratios >= 0.6 of the baseline.
#   bench/memory.sh [RATE] [SECONDS] [CONNECTIONS]     (default 100 req/s, 15 s a page, 8 connections)
# BENCH_JAVA_OPTS replaces the sized options (to try others); BENCH_MEMORY_PARTS="demo" or "queue" runs one
# part; BENCH_MEMORY_UNSIZED_QUEUE=1 also runs part 2 with an unsized JVM. Loopback only, every wait bounded;
# stops what it starts (Keycloak too, if it was not running).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$PWD
rate=${1:-100}
seconds=${2:-15}
connections=${3:-8}
parts=${BENCH_MEMORY_PARTS:-demo queue}
sized=${BENCH_JAVA_OPTS-@$root/bin/jvm-options}
db=arbiter_bench_memory
port=8084
portal="http://localhost:$port"
log=target/bench-memory-portal.log
cookies=$(mktemp)
pid=
queue_pid=
tail_pid=
started_keycloak=no

# Processes this script starts (directly or through queue.sh) are ended with bench/portal.sh's stop_pid.
# queue.sh stops its portal when it exits; its java children (portal, client) are ended here by their ids too.
stop_queue() {
  [ -n "$queue_pid" ] || return 0
  for child in $(pgrep -P "$queue_pid" -x java || true); do stop_pid "$child"; done
  stop_pid "$queue_pid"
  queue_pid=
}
cleanup() {
  rm -f "$cookies"
  stop_queue
  [ -n "$tail_pid" ] && kill "$tail_pid" 2>/dev/null
  [ -n "$pid" ] && stop_pid "$pid"
  [ "$started_keycloak" = yes ] && bin/keycloak stop >/dev/null
  true
}
trap cleanup EXIT

psql_db() { psql -h 127.0.0.1 -U postgres -d "$db" -v ON_ERROR_STOP=1 "$@"; }
. bench/portal.sh # require_free_ports, portal_start, stop_pid
mb() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }
status_kb() { awk -v f="$2:" '$1 == f { print $2 }' "/proc/$1/status"; } # PID VmRSS|VmHWM -> kB
# The portal's readiness, asked in this one place (the health checks may move to a management port).
# Health is on the management interface: the portal's port + 1000 (bench/portal.sh).
ready() { curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$((port + 1000))/q/health/ready" 2>/dev/null; }

bin/postgres >/dev/null
# Starts Keycloak only if nothing listens on its port; one that listens but is slow to answer (a busy machine,
# a paused process) is waited for, up to two minutes.
keycloak_listens() { ss -Hltn 'sport = :8180' | grep -q .; }
keycloak_up() {
  for _ in $(seq 1 40); do
    bin/keycloak status >/dev/null 2>&1 && return 0
    keycloak_listens || return 1
    sleep 3
  done
  echo "Keycloak listens on 8180 but does not answer" >&2; exit 1
}
if ! keycloak_up; then
  bin/keycloak start >/dev/null
  started_keycloak=yes
fi
if [ ! -f target/quarkus-app/quarkus-run.jar ] || [ ! -f target/quarkus-app/app-cds.jsa ] \
   || [ ! -f target/test-classes/arbiter/bench/PageBenchmark.class ]; then
  ./mvnw -q -B package -DskipTests -Dquarkus.package.jar.appcds.enabled=true
fi

# Starts the portal as bin/run does (AppCDS, demo profile) with the options in $1 over a fresh database, waits
# for the demo data, signs super1 in, reads a few pages, then prints one row of figures and stops the portal.
demo_run() {
  local label=$1 opts=$2
  require_free_ports "$port"
  psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)"
  bin/postgres "$db" >/dev/null
  ARBITER_DB_URL=jdbc:postgresql://127.0.0.1:5432/$db PORTAL_JVM_OPTIONS=$opts portal_start "$port" "$log" \
    -Dquarkus.profile=demo -Dquarkus.mailer.mock=true -Dquarkus.http.host=127.0.0.1 \
    -Dquarkus.management.port=$((port + 1000))
  pid=$portal_pid
  local loaded=
  for _ in $(seq 1 600); do # at most 5 minutes
    kill -0 "$pid" 2>/dev/null || { echo "the portal stopped while starting; see $log" >&2; exit 1; }
    loaded=$(sed -n 's/.*Demo data: \([0-9]*\) disputes loaded.*/\1/p' "$log")
    [ -n "$loaded" ] && ready && break
    sleep 0.5
  done
  [ -n "$loaded" ] && ready || { echo "no demo data after 5 minutes; see $log" >&2; exit 1; }
  [ "$(psql_db -tAc 'SELECT count(*) FROM disputes')" = "$loaded" ] || { echo "demo disputes missing" >&2; exit 1; }

  portal_sign_in super1 "$cookies" "$portal"
  local case_id sha
  case_id=$(psql_db -tAc "SELECT dispute_id FROM evidence_items GROUP BY dispute_id
                          ORDER BY count(*) DESC, dispute_id LIMIT 1")
  sha=$(psql_db -tAc "SELECT photo_sha256 FROM evidence_items WHERE dispute_id = $case_id ORDER BY id LIMIT 1")
  for path in / /disputes "/disputes/$case_id" "/photos/$sha/thumbnail" "/photos/$sha/display" \
              /supervision /supervision/audit /supervision/statistics; do
    code=$(curl -sS -o /dev/null -w '%{http_code}' --max-time 30 -b "$cookies" -c "$cookies" "$portal$path")
    [ "$code" = 200 ] || { echo "$path answered $code" >&2; exit 1; }
  done

  local rss hwm idle heap rss_gc
  rss=$(status_kb "$pid" VmRSS)
  hwm=$(status_kb "$pid" VmHWM)
  sleep 10 # what a portal nobody uses gives back by itself (the compiler's scratch memory, freed malloc memory)
  idle=$(status_kb "$pid" VmRSS)
  jcmd "$pid" GC.run >/dev/null
  # "used"/"total" of the heap's generations (G1: one line, Serial and Parallel: young and old), in kB
  heap=$(jcmd "$pid" GC.heap_info | awk '/ total [0-9]+K, used [0-9]+K/ && !/Metaspace|class space/ {
           for (i = 1; i <= NF; i++) { if ($i == "total") t += $(i + 1); if ($i == "used") u += $(i + 1) } }
           END { printf "%d %d", u, t }')
  rss_gc=$(status_kb "$pid" VmRSS)
  printf '%-8s %7s %8s %13s %10s %15s %13s\n' "$label" "$(mb "$rss")" "$(mb "$hwm")" "$(mb "$idle")" \
    "$(mb "${heap% *}")" "$(mb "${heap#* }")" "$(mb "$rss_gc")"
  echo "$rss" >"target/bench-memory-$label.rss"
  stop_pid "$pid"; pid=
}

# Which page PageBenchmark measures now, from its output so far: "F<n>" for the n-th page (from 0) at the fixed
# rate, "T<n>" for the n-th page of the throughput rounds, nothing before the measurements start.
current_page() {
  awk '/^Fixed rate/ { s = "F"; n = 0; h = 0; next } /^Throughput with/ { s = "T"; n = 0; h = 0; next }
       s != "" && /^page / { h = 1; next }
       s != "" && h && NF >= 4 && $1 ~ /^[a-z0-9-]+$/ && $NF ~ /^[0-9.]+$/ { n++ }
       END { if (s != "") print s n }' "$1"
}
# The page names of a section's result rows, in order (F: fixed rate, T: throughput).
page_names() {
  awk -v want="$2" '/^Fixed rate/ { s = "F"; h = 0; next } /^Throughput with/ { s = "T"; h = 0; next }
       s != "" && /^page / { h = 1; next }
       s == want && h && NF >= 4 && $1 ~ /^[a-z0-9-]+$/ && $NF ~ /^[0-9.]+$/ { print $1 }' "$1"
}

# bench/queue.sh with the options in $2, its portal's RSS read every second and kept per page measured.
queue_run() {
  local label=$1
  local out=target/bench-memory-queue-$label.txt
  : >"$out"
  BENCH_JAVA_OPTS=$2 bench/queue.sh "$rate" "$seconds" "$connections" >"$out" 2>&1 & queue_pid=$!
  tail -n +1 -f --pid="$queue_pid" "$out" & tail_pid=$!
  local portal_pid= page kb hwm=0 overall=0 failed=no
  local -A max_kb=()
  for _ in $(seq 1 3600); do # at most an hour, seeding included
    kill -0 "$queue_pid" 2>/dev/null || break
    if [ -z "$portal_pid" ]; then
      for child in $(pgrep -P "$queue_pid" -x java || true); do
        tr '\0' ' ' <"/proc/$child/cmdline" 2>/dev/null | grep -q quarkus-run.jar && portal_pid=$child
      done
    fi
    # The client can fail and hang (its executor keeps it alive): stop rather than wait for the hour.
    grep -q '^Exception in thread' "$out" && { sleep 2; failed=yes; break; }
    page=$(current_page "$out")
    if [ -n "$portal_pid" ] && kb=$(status_kb "$portal_pid" VmRSS 2>/dev/null) && [ -n "$kb" ]; then
      hwm=$(status_kb "$portal_pid" VmHWM 2>/dev/null || echo "$hwm")
      if [ -n "$page" ]; then
        [ "$kb" -gt "${max_kb[$page]:-0}" ] && max_kb[$page]=$kb
        [ "$kb" -gt "$overall" ] && overall=$kb
      fi
    fi
    sleep 1
  done
  if [ "$failed" = no ] && kill -0 "$queue_pid" 2>/dev/null; then
    echo "bench/queue.sh still running after an hour" >&2
    failed=yes
  fi
  if [ "$failed" = yes ]; then stop_queue; else wait "$queue_pid" || failed=yes; fi
  queue_pid=
  wait "$tail_pid" 2>/dev/null || true; tail_pid=

  echo
  echo "RSS of the $label portal while each page was measured (MB, read every second):"
  printf '%-24s %12s %18s\n' page "at $rate req/s" "throughput rounds"
  local -a fixed_names throughput_names
  mapfile -t fixed_names < <(page_names "$out" F)
  mapfile -t throughput_names < <(page_names "$out" T)
  local i j name t
  for i in "${!fixed_names[@]}"; do
    name=${fixed_names[$i]} t=-
    for j in "${!throughput_names[@]}"; do
      [ "${throughput_names[$j]}" = "$name" ] && t=$(mb "${max_kb[T$j]:-0}")
    done
    printf '%-24s %12s %18s\n' "$name" "$(mb "${max_kb[F$i]:-0}")" "$t"
  done
  echo "max over the run: $(mb "$overall") MB; peak (VmHWM, start and seeding included): $(mb "$hwm") MB"
  [ "$failed" = no ] || { echo "bench/queue.sh failed (the figures above are those up to then); see $out" >&2; exit 1; }
}

if [[ " $parts " == *" demo "* ]]; then
  echo "After the demo load (MB):"
  printf '%-8s %7s %8s %13s %10s %15s %13s\n' JVM RSS peak "RSS 10 s on" "live heap" "heap after GC" "RSS after GC"
  demo_run sized "$sized"
  demo_run unsized ""
  awk -v s="$(cat target/bench-memory-sized.rss)" -v u="$(cat target/bench-memory-unsized.rss)" \
    'BEGIN { printf "RSS sized/unsized: %.2f (target: sized <= 300 MB)\n", s / u }'
fi
if [[ " $parts " == *" queue "* ]]; then
  echo
  echo "bench/queue.sh $rate $seconds $connections with the sized options:"
  queue_run sized "$sized"
  if [ "${BENCH_MEMORY_UNSIZED_QUEUE:-0}" = 1 ]; then
    echo
    echo "bench/queue.sh $rate $seconds $connections with an unsized JVM:"
    queue_run unsized ""
  fi
fi
