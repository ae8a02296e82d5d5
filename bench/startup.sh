#!/usr/bin/env bash
# Startup benchmark: time from JVM start to the first page served to a signed-in user, and the
# portal's resident memory (RSS) right after that page. Targets: <= 3 s and <= 300 MB.
# Baseline, in the same run: time from JVM start to the first answer of /q/health/live (the framework
# floor without our pages), so the ratio shows what the portal adds on this machine.
#   bench/startup.sh [RUNS]        (default 5; needs PostgreSQL and Keycloak: bin/postgres, bin/keycloak)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs=${1:-5}
port=8082
portal="http://localhost:$port"
. bench/portal.sh
loopback_portal_env "$port"
jarcookies=$(mktemp)
trap 'rm -f "$jarcookies"; portal_stop' EXIT

bin/postgres arbiter >/dev/null
bin/keycloak start >/dev/null
[ -f target/quarkus-app/app-cds.jsa ] || ./mvnw -q -B package -DskipTests -Dquarkus.package.jar.appcds.enabled=true

# Started as bin/run starts it (bench/portal.sh: AppCDS, bin/jvm-options, bin/jvm-env).
start_portal() { portal_start "$port" target/bench-startup-portal.log; pid=$portal_pid; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
wait_for() { # URL CODE -> ms until URL answers CODE
  local t0=$1 url=$2 code=$3
  until [ "$(curl -s -o /dev/null -w '%{http_code}' -b "$jarcookies" --max-time 5 "$url")" = "$code" ]; do sleep 0.02; done
  echo $(( $(now_ms) - t0 ))
}

# The session cookie is self-contained, so one sign-in serves every fresh JVM below.
start_portal; portal_wait "$port" target/bench-startup-portal.log
portal_sign_in arbiter1 "$jarcookies" "$portal"
portal_stop

echo "run  baseline_ms  first_page_ms  ratio  rss_mb"
results=()
for i in $(seq 1 "$runs"); do
  t0=$(now_ms); start_portal
  live=$(wait_for "$t0" "$(management_url $port)/q/health/live" 200)
  page=$(wait_for "$t0" "$portal/" 200)
  rss=$(( $(awk '/VmRSS/ {print $2}' "/proc/$pid/status") / 1024 ))
  portal_stop
  ratio=$(awk -v a="$page" -v b="$live" 'BEGIN { printf "%.2f", a / b }')
  printf '%3d  %11d  %13d  %5s  %6d\n' "$i" "$live" "$page" "$ratio" "$rss"
  results+=("$page $rss")
done
printf '%s\n' "${results[@]}" | sort -n | awk '{ p[NR]=$1; r[NR]=$2 } END {
  m = int((NR + 1) / 2); printf "median first page: %d ms, RSS at that point (same run): %d MB\n", p[m], r[m] }'
