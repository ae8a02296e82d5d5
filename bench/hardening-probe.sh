#!/usr/bin/env bash
# Reproduces issue 12's findings against a running portal (bin/run, or any build on loopback) with curl, and
# prints one line each: the finding, what was answered, and whether that is the hardened answer. Run it
# against an older build to see the "before". Signs in with the demo users; changes demo data (a refused
# seller action, notes). Loopback only; about a minute.
#   bench/hardening-probe.sh [PORTAL] [MANAGEMENT]   (default http://localhost:8080, http://127.0.0.1:9000)
#   PROBE_DB=NAME: the portal's database, read for the reassign check (default arbiter)
# Finding 3 (production start without secrets) is ProductionStartIT; 7 (back-channel logout) is
# BackChannelLogoutTest; 13 (memory) is bench/memory.sh.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
portal=${1:-http://localhost:8080}
management=${2:-http://127.0.0.1:9000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

report() { printf '%-62s %-28s %s\n' "$1" "$2" "$([ "$3" = 0 ] && echo ok || echo FAULT)"; }
status() { curl -s -o /dev/null -w '%{http_code}' "$@"; }
signin() { bench/signin-cookie.sh "$1" "$work/$1.jar" "$portal" >/dev/null 2>&1 || { echo "cannot sign in $1" >&2; exit 1; }; }
token() { curl -s -b "$work/$1.jar" -c "$work/$1.jar" "$portal/" | grep -o 'name="csrf-token" value="[^"]*"' | head -1 \
  | sed 's/.*value="\([^"]*\)"/\1/'; }
post() { local user=$1 path=$2; shift 2
  curl -s -o /dev/null -w '%{http_code}' -b "$work/$user.jar" -c "$work/$user.jar" -H "Origin: $portal" \
    --data-urlencode "csrf-token=$(token "$user")" "$@" "$portal$path"; }

for user in super1 arbiter1 seller1; do signin "$user"; done
case_id=$(curl -s -b "$work/super1.jar" "$portal/disputes" | grep -o 'href="/disputes/[0-9]*"' | head -1 | grep -o '[0-9]*')

# 1. A refused seller action, then the audit page filtered by actor and its CSV.
post seller1 /disputes/next >/dev/null
sleep 1
a=$(status -b "$work/super1.jar" "$portal/supervision/audit?actor=arbiter1")
c=$(status -b "$work/super1.jar" "$portal/supervision/audit/export?actor=arbiter1")
report "1  audit page and CSV by actor after an ACCESS_DENIED" "$a / $c" "$([ "$a$c" = 200200 ]; echo $?)"

# 2. Input the database or HTTP layer cannot take.
n=$(post super1 "/disputes/$case_id/notes" -d 'body=a%00b')
report "2  a note holding U+0000" "$n" "$([ "$n" = 400 ]; echo $?)"
l=$(post super1 /language -d lang=en --data-urlencode $'back=/disputes\tx')
report "2  /language with a tab in the return address" "$l" "$([ "$l" -lt 500 ]; echo $?)"
q=$(status -b "$work/super1.jar" "$portal/disputes?after=9223372036854775807_1")
report "2  a queue cursor beyond PostgreSQL's range" "$q" "$([ "$q" = 400 ]; echo $?)"
d=$(status -b "$work/super1.jar" "$portal/supervision/audit?from=99999-01-01")
report "2  an audit day beyond PostgreSQL's range" "$d" "$([ "$d" = 400 ]; echo $?)"
fields=$(printf 'f%d=v&' $(seq 1 10001))
f=$(post super1 "/disputes/$case_id/notes" --data "$fields")
report "2  10,001 form fields" "$f" "$([ "$f" -ge 400 ] && [ "$f" -lt 500 ]; echo $?)"

# 4. Metrics and health.
m=$(status "$portal/q/metrics"); mm=$(status "$management/q/metrics")
report "4  /q/metrics public / management port" "$m / $mm" "$([ "$m$mm" = 404200 ]; echo $?)"

# 5. A CSRF token from another user's browser (seller1's cookie and token in arbiter1's session).
seller_cookie=$(awk '$6 == "csrf-token" {print $7}' "$work/seller1.jar")
seller_token=$(token seller1)
awk -v v="$seller_cookie" 'BEGIN { OFS = "\t" } $6 == "csrf-token" { $7 = v } { print }' "$work/arbiter1.jar" >"$work/planted.jar"
s=$(curl -s -o /dev/null -w '%{http_code}' -b "$work/planted.jar" -H "Origin: $portal" \
  --data-urlencode "csrf-token=$seller_token" "$portal/disputes/$case_id/claim")
report "5  another user's CSRF cookie and token" "$s" "$([ "$s" = 400 ]; echo $?)"
o=$(curl -s -o /dev/null -w '%{http_code}' -b "$work/arbiter1.jar" -H "Origin: http://evil.example" \
  --data-urlencode "csrf-token=$(token arbiter1)" "$portal/disputes/$case_id/claim")
report "5  a valid token from a foreign Origin" "$o" "$([ "$o" = 400 ]; echo $?)"

# 6. Signed-out requests: how many sign-in state cookies pile up.
for i in $(seq 1 41); do curl -s -o /dev/null -b "$work/anon.jar" -c "$work/anon.jar" "$portal/disputes?p=$i"; done
states=$(grep -c q_auth "$work/anon.jar" 2>/dev/null || true)
report "6  sign-in state cookies after 41 signed-out requests" "$states" "$([ "${states:-0}" -le 1 ]; echo $?)"

# 8. A forged Host header.
loc=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -b "$work/super1.jar" -H 'Host: evil.example' \
  --data-urlencode "csrf-token=$(token super1)" "$portal/disputes/next")
report "8  POST with Host: evil.example (status, Location)" "${loc:0:28}" "$(case "$loc" in *evil.example*) echo 1;; *) echo 0;; esac)"

# 9. Cache-Control of a CSV export and a chart.
cc=$(curl -s -o /dev/null -D - -b "$work/super1.jar" "$portal/supervision/audit/export" | grep -i '^cache-control' | tr -d '\r' | cut -d' ' -f2)
sv=$(curl -s -o /dev/null -D - -b "$work/super1.jar" "$portal/supervision/statistics/trend.svg" | grep -i '^cache-control' | tr -d '\r' | cut -d' ' -f2)
report "9  Cache-Control of the audit CSV / a chart" "${cc:-none} / ${sv:-none}" "$([ "$cc$sv" = no-storeno-store ]; echo $?)"

# 10. Reassign to a user nobody is.
post super1 "/disputes/$case_id/reassign" -d arbitrator=default >/dev/null
r=$(psql -h 127.0.0.1 -U postgres -d "${PROBE_DB:-arbiter}" -tAc "SELECT count(*) FROM disputes WHERE assignee = 'default'")
report "10 case held by 'default' after reassigning to it" "$r" "$([ "$r" = 0 ]; echo $?)"

# 11. HSTS and Secure cookies are for deployments behind TLS; on loopback http they are off (ARBITER_TLS=false).
# 12. PostgreSQL restarted under a signed-in user (needs pg_ctlcluster and root).
if command -v pg_ctlcluster >/dev/null && [ "$(id -u)" = 0 ]; then
  pg_ctlcluster 15 main restart
  p=$(status -b "$work/super1.jar" "$portal/disputes")
  report "12 the first page after a PostgreSQL restart" "$p" "$([ "$p" = 200 ]; echo $?)"
fi
