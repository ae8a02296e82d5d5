#!/usr/bin/env bash
# Prints the Cookie header a browser would send to the portal from a curl cookie jar made by
# bench/signin-cookie.sh: the session cookies and the CSRF cookie (as a browser keeps it between pages).
#   bench/cookie-header.sh JAR
set -euo pipefail
awk '!/^#/ || /^#HttpOnly_/ { sub(/^#HttpOnly_/, "");
     if (NF >= 7 && $6 ~ /^(q_session|csrf-token)/) printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }' "$1"
