#!/usr/bin/env bash
# Throughput of the heaviest case page (300 chat messages, 30 photos, over the million disputes of
# bench/million-disputes.sh) beside the baseline page of 50 rows, closed loop with wrk, in the same run: a warm-up
# round, then a measured one. For comparing two builds of the case page (run it in each checkout). Loopback only.
#   bench/case-page.sh [SECONDS] [CONNECTIONS]     (default 12 s a page, 8 connections)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
seconds=${1:-12}
connections=${2:-8}
portal_log=bench-case-portal.log
. bench/million-disputes.sh
for round in warm-up measured; do
  declare -A rate=()
  for page in /baseline /disputes/2000000; do
    rate[$page]=$(wrk -t2 -c"$connections" -d"${seconds}s" -H "Cookie: $cookie_header" "$portal$page" \
      | awk '/Non-2xx/ { print "non-2xx answers" > "/dev/stderr"; exit 1 } /Requests\/sec/ { print $2 }')
  done
  awk -v r="$round" -v b="${rate[/baseline]}" -v c="${rate[/disputes/2000000]}" \
    'BEGIN { printf "%-9s baseline %8.1f req/s   case page %7.1f req/s   ratio %.3f\n", r, b, c, c / b }'
done
