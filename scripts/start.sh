#!/usr/bin/env bash
# Runs the system on a fresh machine: prepares it (Node, MariaDB, Redis, npm ci), creates the
# database and its user, applies migrations, seeds development data, then `npm start`.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/prepare-machine.sh
npm run db:setup
npm run db:seed
exec npm start
