#!/usr/bin/env bash
# The release build, ready to deploy: Trunk builds the app, then every page is prerendered into
# a static HTML file so its text paints before the wasm arrives (scripts/prerender.mjs).
#   ./scripts/build.sh [DIST] [PUBLIC_URL]        defaults: dist /
#   ./scripts/build.sh dist-course /course/       a build served under /course/
set -euo pipefail
cd "$(dirname "$0")/.."
DIST=${1:-dist}
PUBLIC_URL=${2:-/}
[ -n "${SKIP_SETUP:-}" ] || ./scripts/setup.sh --build
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
trunk build --release --offline --dist "$DIST" --public-url "$PUBLIC_URL" 2>&1 | tail -n 3
node scripts/prerender.mjs "$DIST" "$PUBLIC_URL"
