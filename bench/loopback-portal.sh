# Sourced by the benchmarks: what the packaged portal (production profile) needs to start on loopback.
# The production profile refuses public demo secrets, so each run makes its own; plain http on loopback, so
# cookies are not Secure; health on the management port, which is the portal's port + 1000.
#   loopback_portal_env PORT      exports the settings for a portal on PORT, after require_free_ports PORT
#   require_free_ports PORT       exits unless nothing listens on PORT and on its management port (PORT + 1000)
#   management_url PORT           the management interface's address for a portal on PORT
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
