#!/usr/bin/env bash
# Prepares a fresh Debian machine for this project, idempotently:
#   - a Node >= 22 (installs Node 24 from the npm registry into .tools/ when the system's is older)
#   - MariaDB and Redis installed (apt-get) and answering on 127.0.0.1; haproxy, promtool
#     (prometheus), docker-compose for the gateway, alert-rule and compose checks; wrk for the bench
#   - npm dependencies from the lockfile (npm ci, skipped when node_modules matches it)
# Source it (". scripts/prepare-machine.sh") so that PATH keeps the Node it chose.
set -euo pipefail
project_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NODE_WANTED=24.21.0

say() { printf '\033[1m[prepare]\033[0m %s\n' "$*"; }

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

ensure_node() {
  if [ -x "$project_root/.tools/node_modules/.bin/node" ]; then
    export PATH="$project_root/.tools/node_modules/.bin:$PATH"
  fi
  if [ "$(node_major)" -ge 22 ] && node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=18)?0:1)'; then
    say "node $(node --version)"
    return
  fi
  if ! command -v npm >/dev/null; then
    say "npm is missing: installing Debian's nodejs and npm to bootstrap"
    apt_install nodejs npm
  fi
  say "system node $(node --version 2>/dev/null || echo none) is too old: installing node@$NODE_WANTED into .tools/"
  mkdir -p "$project_root/.tools"
  printf '{ "private": true, "dependencies": { "node": "%s" } }\n' "$NODE_WANTED" >"$project_root/.tools/package.json"
  (cd "$project_root/.tools" && npm install --no-audit --no-fund --loglevel=error)
  export PATH="$project_root/.tools/node_modules/.bin:$PATH"
  say "node $(node --version)"
}

apt_updated=no
apt_install() {
  if [ "$apt_updated" = no ]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    apt_updated=yes
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

mysql_answers() { mysqladmin --protocol=tcp -h 127.0.0.1 -u root ping >/dev/null 2>&1 || (exec 3<>/dev/tcp/127.0.0.1/3306) 2>/dev/null; }
redis_answers() { redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null | grep -q PONG; }

ensure_mariadb() {
  if mysql_answers; then say "MariaDB answers on 127.0.0.1:3306"; return; fi
  command -v mariadbd >/dev/null || [ -x /usr/sbin/mariadbd ] || { say "installing MariaDB"; apt_install mariadb-server mariadb-client; }
  say "starting MariaDB"
  mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld 2>/dev/null || true
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- --user=mysql
  for _ in $(seq 1 60); do mysql_answers && { say "MariaDB is up"; return; }; sleep 0.5; done
  say "MariaDB did not start within 30 s"; exit 1
}

ensure_redis() {
  if redis_answers; then say "Redis answers on 127.0.0.1:6379"; return; fi
  command -v redis-server >/dev/null || { say "installing Redis"; apt_install redis-server; }
  say "starting Redis"
  mkdir -p /var/lib/redis /var/log/redis
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log
  for _ in $(seq 1 40); do redis_answers && { say "Redis is up"; return; }; sleep 0.25; done
  say "Redis did not start within 10 s"; exit 1
}

ensure_dependencies() {
  cd "$project_root"
  if [ -f node_modules/.package-lock.json ] && cmp -s package-lock.json node_modules/.package-lock.json.source 2>/dev/null; then
    say "node_modules matches package-lock.json"
  else
    say "npm ci"
    npm ci --no-audit --no-fund --loglevel=error
    cp package-lock.json node_modules/.package-lock.json.source
  fi
}

ensure_node
command -v mysqladmin >/dev/null || apt_install mariadb-client
command -v redis-cli >/dev/null || apt_install redis-tools
# Debian's docker-compose checks docker-compose.yml without a Docker engine.
command -v docker-compose >/dev/null || apt_install docker-compose
# HAProxy is the gateway; the gateway integration test runs the real one.
command -v haproxy >/dev/null || apt_install haproxy
# promtool (Debian's prometheus package) checks and unit-tests the alert rules in ops/prometheus.
command -v promtool >/dev/null || apt_install --no-install-recommends prometheus
# wrk paces the bench's same-rate rounds evenly (bench/paced.ts); without it the bench falls back.
command -v wrk >/dev/null || apt_install wrk || say "wrk could not be installed: npm run bench falls back to autocannon's bursts"
ensure_mariadb
ensure_redis
ensure_dependencies
