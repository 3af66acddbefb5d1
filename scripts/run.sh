#!/usr/bin/env bash
# Installs what is missing, builds the course as a learner gets it (release build, every page
# prerendered, service worker) and serves it on http://127.0.0.1:8080.
#   ./scripts/run.sh          the release build (a few minutes the first time; rebuilt each run)
#   ./scripts/run.sh --dev    Trunk's live-reloading debug server instead (no prerendered pages,
#                             no service worker), for working on the app
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
if [ "${1:-}" = "--dev" ]; then
  ./scripts/setup.sh
  exec trunk serve --offline --address 127.0.0.1 --port 8080
fi
# --build: also Debian's chromium, which prerenders the pages.
./scripts/setup.sh --build
SKIP_SETUP=1 ./scripts/build.sh dist /
exec node scripts/serve.mjs --dir dist --port 8080 --base / --compress
