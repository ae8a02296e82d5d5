#!/usr/bin/env bash
# Thumbnail serving benchmark: wrk against /photos/{sha256}/thumbnail with a signed-in session (the access
# check, the session check and the database read included), beside a static file served by the same
# portal in the same run as the baseline. Target: thumbnails at least half the baseline's requests/s.
#   bench/thumbnails.sh [SECONDS] [CONNECTIONS]     (default 20 s, 16 connections; loopback only)
# The portal runs with bin/jvm-options (bench/portal.sh); BENCH_JAVA_OPTS adds options, e.g. -Darbiter.sessions.identity-ttl=0s to
# measure without the remembered session identities (every request then decrypts and verifies the session's tokens).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
seconds=${1:-20}
connections=${2:-16}
port=8082
portal="http://localhost:$port"
. bench/portal.sh
loopback_portal_env "$port"
jar=target/quarkus-app/quarkus-run.jar
cookies=$(mktemp)
trap 'rm -f "$cookies"; portal_stop' EXIT
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }

bin/postgres arbiter >/dev/null
bin/keycloak start >/dev/null
[ -f "$jar" ] || ./mvnw -q -B package -DskipTests

# The demo data provides the photos (loaded on the first start of the demo profile).
# shellcheck disable=SC2086 # the options are separate words
portal_start "$port" target/bench-thumbnails-portal.log ${BENCH_JAVA_OPTS:-} -Dquarkus.profile=demo -Dquarkus.mailer.mock=true
portal_wait "$port" target/bench-thumbnails-portal.log 600 # the first start of the demo profile loads the demo data

portal_sign_in super1 "$cookies" "$portal"
cookie_header=$(bench/cookie-header.sh "$cookies")
sha=$(psql -h 127.0.0.1 -U postgres -d arbiter -tAc \
  "SELECT photo_sha256 FROM evidence_items ORDER BY id LIMIT 1")
thumb="$portal/photos/$sha/thumbnail"
static="$portal/static/app.css"
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie_header" "$thumb")" = 200 ] \
  || { echo "the signed-in session cannot fetch $thumb" >&2; exit 1; }
echo "thumbnail: $(curl -s -H "Cookie: $cookie_header" "$thumb" | wc -c) bytes; baseline: $(curl -s "$static" | wc -c) bytes"

# Warm both paths up, then measure each for the same time with the same connections.
wrk -t2 -c"$connections" -d5s -H "Cookie: $cookie_header" "$thumb" >/dev/null
wrk -t2 -c"$connections" -d5s "$static" >/dev/null
run() { wrk -t2 -c"$connections" -d"${seconds}s" --latency "$@"; }
thumb_out=$(run -H "Cookie: $cookie_header" "$thumb")
static_out=$(run "$static")
rps() { awk '/Requests\/sec/ { print $2 }'; }
p99() { awk '$1 == "99%" { print $2 }'; }
t_rps=$(rps <<<"$thumb_out"); s_rps=$(rps <<<"$static_out")
echo "thumbnails: $t_rps req/s, p99 $(p99 <<<"$thumb_out"); non-2xx: $(grep -o 'Non-2xx.*' <<<"$thumb_out" || echo none)"
echo "static file (baseline): $s_rps req/s, p99 $(p99 <<<"$static_out")"
awk -v t="$t_rps" -v s="$s_rps" 'BEGIN { printf "ratio thumbnails/baseline: %.2f (target >= 0.50)\n", t / s }'
