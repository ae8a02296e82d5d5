# Sourced by the benchmarks: what the packaged portal (production profile) needs to start on loopback.
# The production profile refuses public demo secrets, so each run makes its own; plain http on loopback, so
# cookies are not Secure; health on the management port, which is the portal's port + 1000.
#   loopback_portal_env PORT      exports the settings for a portal on PORT
#   management_url PORT           the management interface's address for a portal on PORT
loopback_portal_env() {
  local port=$1
  export ARBITER_SESSION_SECRET=$(head -c 32 /dev/urandom | base64) ARBITER_CSRF_KEY=$(head -c 32 /dev/urandom | base64)
  export ARBITER_PAYMENT_SIGNING_KEY=${ARBITER_PAYMENT_SIGNING_KEY:-$(head -c 32 /dev/urandom | base64)}
  export ARBITER_PORTAL_SECRET=portal-demo-secret-change-me-in-production-0123
  export ARBITER_PUBLIC_ORIGIN=http://localhost:$port ARBITER_TLS=false
  export ARBITER_PAYMENT_WEBHOOK=${ARBITER_PAYMENT_WEBHOOK:-http://127.0.0.1:3099/refunds}
  export QUARKUS_MANAGEMENT_PORT=$((port + 1000))
}
management_url() { echo "http://127.0.0.1:$(($1 + 1000))"; }
