#!/usr/bin/env bash
# The test command: installs what is missing, then runs every check. Stops at the first failing
# step and names it. The release build is made once (at the root and under /course/) and shared.
set -euo pipefail
cd "$(dirname "$0")/.."

CURRENT_STEP="setup"
step() { CURRENT_STEP="$*"; echo; echo "==> $*"; }
trap 'echo; echo "TEST FAILED at step: $CURRENT_STEP" >&2' ERR

./scripts/setup.sh --test
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

step "cargo fmt --check"
cargo fmt --all -- --check

step "clippy (native: content compiler, domain, tests)"
cargo clippy --all-targets --quiet -- -D warnings

step "clippy (wasm32: the whole app)"
cargo clippy --target wasm32-unknown-unknown --lib --bins --quiet -- -D warnings

step "clippy (wasm32 with the split point, as the release build compiles it: --features split)"
cargo clippy --target wasm32-unknown-unknown --lib --bins --features split --quiet -- -D warnings

step "clippy (wasm32, the French edition as the release build compiles it: --features split,fr)"
cargo clippy --target wasm32-unknown-unknown --lib --bins --features split,fr --quiet -- -D warnings

step "native tests (cargo test)"
cargo test --quiet

step "release build at the site root, both editions, pages prerendered (dist/, French in dist/fr/)"
SKIP_SETUP=1 ./scripts/build.sh dist /

step "release build under a sub-path, both editions (dist-course/, --public-url /course/)"
SKIP_SETUP=1 ./scripts/build.sh dist-course /course/

step "size report, each edition (budgets in scripts/size-report.mjs)"
node scripts/size-report.mjs dist
node scripts/size-report.mjs dist/fr

step "browser tests (Playwright + Debian chromium, root and /course/)"
npx playwright test --config e2e/playwright.config.mjs

step "cross-engine smoke test (Chromium, Firefox ESR, WebKitGTK)"
xvfb-run -a node engines/smoke.mjs dist

step "recommender benchmark (native, release)"
cargo run --release --quiet --example bench_recommender

step "Lighthouse (perf/, mobile preset, median of 3)"
node perf/lighthouse.mjs dist

echo
echo "All checks passed."
