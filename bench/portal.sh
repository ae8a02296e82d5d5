# Sourced by the benchmarks: one way to run the packaged portal on loopback for a measurement. Its settings, its
# start (as bin/run starts it), a bounded wait for it that gives up as soon as it dies, a signed-in session, and
# its stop. The production profile refuses public demo secrets, so each run makes its own; plain http on
# loopback, so cookies are not Secure; health on the management port, which is the portal's port + 1000.
#   loopback_portal_env PORT      exports the settings for a portal on PORT, after require_free_ports PORT
#   require_free_ports PORT       exits unless nothing listens on PORT and on its management port (PORT + 1000)
#   management_url PORT           the management interface's address for a portal on PORT
#   portal_start PORT LOG [JAVA ARGS...]
#                                 starts target/quarkus-app in bin/jvm-env's environment with bin/jvm-options
#                                 (PORTAL_JVM_OPTIONS replaces them; set and empty: an unsized JVM, without that
#                                 environment), the AppCDS archive when there is one, and the arguments given;
#                                 its output goes to LOG; sets portal_pid
#   portal_wait PORT LOG [SECONDS]
#                                 returns once the portal is ready; exits 1, naming LOG, when it stops or after
#                                 SECONDS (default 180)
#   portal_sign_in USER JAR PORTAL
#                                 signs USER in on Keycloak's page (bench/signin-cookie.sh) into the cookie jar JAR
#   portal_stop                   stops the portal portal_start started (stop_pid)
#   stop_pid PID                  ends a process: TERM, then KILL if it is still there after 30 s (a JVM out of
#                                 heap can hang in its shutdown hooks)
portal_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
portal_pid=

loopback_portal_env() {
  local port=$1
  require_free_ports "$port"
  export ARBITER_SESSION_SECRET=$(head -c 32 /dev/urandom | base64) ARBITER_CSRF_KEY=$(head -c 32 /dev/urandom | base64)
  export ARBITER_PAYMENT_SIGNING_KEY=${ARBITER_PAYMENT_SIGNING_KEY:-$(head -c 32 /dev/urandom | base64)}
  export ARBITER_PORTAL_SECRET=portal-demo-secret-change-me-in-production-0123
  export ARBITER_PUBLIC_ORIGIN=http://localhost:$port ARBITER_TLS=false
  export ARBITER_PAYMENT_WEBHOOK=${ARBITER_PAYMENT_WEBHOOK:-http://127.0.0.1:3099/refunds}
  export QUARKUS_MANAGEMENT_PORT=$((port + 1000))
}

management_url() { echo "http://127.0.0.1:$(($1 + 1000))"; }

# A portal left running on these ports (an earlier run stopped half-way) would answer the readiness check in place
# of the one this run starts, which then fails to bind: the run would measure the wrong process, with other code
# and other options. Refuse instead.
require_free_ports() {
  local p
  for p in "$1" "$(($1 + 1000))"; do
    if ss -Hltn "sport = :$p" | grep -q .; then
      echo "port $p is in use (a portal from an earlier run?); stop it first: ss -ltnp 'sport = :$p'" >&2
      exit 1
    fi
  done
}

portal_start() {
  local port=$1 log=$2
  shift 2
  local options=${PORTAL_JVM_OPTIONS-@$portal_root/bin/jvm-options} cds=()
  [ -f "$portal_root/target/quarkus-app/app-cds.jsa" ] && cds=(-Xshare:auto -XX:SharedArchiveFile=app-cds.jsa)
  case $log in /*) ;; *) log=$portal_root/$log ;; esac
  # shellcheck disable=SC2086 # the options are separate words
  # shellcheck disable=SC1091 # the sized JVM runs in bin/jvm-env's environment, an unsized one without it
  (if [ -n "$options" ]; then . "$portal_root/bin/jvm-env"; else unset MALLOC_ARENA_MAX; fi
   cd "$portal_root/target/quarkus-app" && exec java $options "${cds[@]}" -Dquarkus.http.port="$port" "$@" \
     -jar quarkus-run.jar) >"$log" 2>&1 &
  portal_pid=$!
}

portal_wait() {
  local port=$1 log=$2 seconds=${3:-180} waited=0
  until curl -fsS -o /dev/null --max-time 2 "$(management_url "$port")/q/health/ready" 2>/dev/null; do
    kill -0 "$portal_pid" 2>/dev/null || { echo "the portal stopped while starting; see $log" >&2; exit 1; }
    [ "$waited" -lt $((seconds * 2)) ] || { echo "the portal was not ready after $seconds s; see $log" >&2; exit 1; }
    sleep 0.5
    waited=$((waited + 1))
  done
}

portal_sign_in() { "$portal_root/bench/signin-cookie.sh" "$1" "$2" "$3"; }

portal_stop() {
  [ -n "$portal_pid" ] || return 0
  stop_pid "$portal_pid"
  portal_pid=
}

stop_pid() {
  kill "$1" 2>/dev/null || return 0
  local _
  for _ in $(seq 1 60); do kill -0 "$1" 2>/dev/null || break; sleep 0.5; done
  kill -KILL "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}
