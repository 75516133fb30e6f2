#!/usr/bin/env bash
# The production shape on one machine: each service in its own process on its own port, and
# HAProxy in front on :8080 with the route map generated from the specs. Ctrl-C stops all.
#   GATEWAY_PORT (8080)  CORE_PORT (8081)  USER_PORT (8082)  DRIVER_PORT (8083)  REPORT_PORT (8084)
#   /metrics: core 9464, user 9465, driver 9466, report 9467; HAProxy's exporter GATEWAY_METRICS_PORT (8405)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/prepare-machine.sh
command -v haproxy >/dev/null || apt_install haproxy
npm run db:setup >/dev/null

declare -A ports=([core]="${CORE_PORT:-8081}" [user]="${USER_PORT:-8082}" [driver]="${DRIVER_PORT:-8083}" [report]="${REPORT_PORT:-8084}")
declare -A metrics_ports=([core]=9464 [user]=9465 [driver]=9466 [report]=9467)
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT
backends=()
for service in core user driver report; do
  [ -f "spec/$service.yaml" ] || continue
  SERVICES=$service PORT=${ports[$service]} METRICS_PORT=${metrics_ports[$service]} node src/main.ts &
  pids+=($!)
  backends+=(--backend "$service=127.0.0.1:${ports[$service]}")
done
# HAProxy marks a backend down until its first health check passes: start it once each is ready.
for service in "${!ports[@]}"; do
  [ -f "spec/$service.yaml" ] || continue
  for _ in $(seq 1 100); do
    curl -fs "http://127.0.0.1:${ports[$service]}/readyz" >/dev/null 2>&1 && break
    sleep 0.2
  done
done
config=$(mktemp --suffix=.cfg)
node scripts/gateway.ts --listen "127.0.0.1:${GATEWAY_PORT:-8080}" --metrics "127.0.0.1:${GATEWAY_METRICS_PORT:-8405}" --map "$PWD/generated/gateway.map" "${backends[@]}" >"$config"
echo "[gateway] HAProxy on http://127.0.0.1:${GATEWAY_PORT:-8080} -> ${backends[*]}"
haproxy -db -f "$config"
