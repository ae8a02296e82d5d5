#!/usr/bin/env bash
# Signs a demo user in on the real Keycloak login page with curl and leaves the portal's session cookies
# in a cookie jar, for benchmarks that need a signed-in client.
#   bench/signin-cookie.sh USER JAR [PORTAL]
set -euo pipefail
user=$1 jar=$2 portal=${3:-http://localhost:8080}
rm -f "$jar"
login_page=$(curl -sS -L -c "$jar" -b "$jar" "$portal/")
action=$(printf '%s' "$login_page" | grep -o 'id="kc-form-login"[^>]*action="[^"]*"' | sed 's/.*action="\([^"]*\)".*/\1/' | sed 's/&amp;/\&/g')
[ -n "$action" ] || action=$(printf '%s' "$login_page" | grep -o 'action="[^"]*login-actions/authenticate[^"]*"' | head -1 | sed 's/action="\([^"]*\)"/\1/' | sed 's/&amp;/\&/g')
[ -n "$action" ] || { echo "no Keycloak login form found" >&2; exit 1; }
# curl sends Keycloak's Secure cookies to localhost over http, as browsers do.
status=$(curl -sS -L -c "$jar" -b "$jar" -o /dev/null -w '%{http_code}' \
  --data-urlencode "username=$user" --data-urlencode "password=demo" "$action")
[ "$status" = 200 ] || { echo "sign-in ended with HTTP $status" >&2; exit 1; }
grep -q q_session "$jar" || { echo "no portal session cookie after sign-in" >&2; exit 1; }
