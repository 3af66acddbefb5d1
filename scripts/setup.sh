#!/usr/bin/env bash
# Installs what the course needs to build and serve; with --build also Debian's chromium, which
# prerenders the pages of a release build; with --test everything the tests need. For a fresh Debian machine
# with rustup/cargo, node/npm and apt. Idempotent: a second run only checks, in seconds.
# Downloads come only from crates.io, npm and Debian apt.
set -euo pipefail
cd "$(dirname "$0")/.."

CURRENT_STEP="start"
step() { CURRENT_STEP="$*"; echo "==> $*"; }
trap 'echo "setup FAILED at step: $CURRENT_STEP" >&2' ERR

WITH_TEST=0
WITH_BUILD=0
[ "${1:-}" = "--test" ] && WITH_TEST=1 && WITH_BUILD=1
[ "${1:-}" = "--build" ] && WITH_BUILD=1

TRUNK_VERSION=0.21.14
# The wasm splitter (code splitting: scripts/split-bin/wasm-bindgen): 0.2.4 works with wasm-bindgen 0.2.130.
WASM_SPLIT_VERSION=0.2.4
# wasm-bindgen-cli must match the wasm-bindgen crate exactly, so read it from Cargo.lock.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3 }' Cargo.lock)
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

step "Trunk.toml pins wasm-bindgen $WASM_BINDGEN_VERSION (Cargo.lock)"
grep -q "wasm_bindgen = \"$WASM_BINDGEN_VERSION\"" Trunk.toml || {
  echo "Trunk.toml [tools] wasm_bindgen differs from Cargo.lock's wasm-bindgen $WASM_BINDGEN_VERSION" >&2
  false
}

step "Rust target wasm32-unknown-unknown"
rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown

step "trunk $TRUNK_VERSION"
if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
  # 0.22 needs a newer rustc than these machines have, so the version is pinned.
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

step "wasm-bindgen-cli $WASM_BINDGEN_VERSION"
if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION"; then
  # A locked install can fail on a registry mirror missing one locked dependency; retry unlocked.
  cargo install --locked wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" \
    || cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

step "wasm-split-cli $WASM_SPLIT_VERSION (crate wasm_split_cli_support, not Dioxus's tool of the same name)"
# It has no --version: cargo's list of installed crates says which one is there.
if ! command -v wasm-split-cli >/dev/null \
  || ! cargo install --list | grep -q "^wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  cargo install --locked wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary \
    || cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary
fi

step "Node packages (wasm-opt from npm binaryen 132, Playwright, axe-core)"
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
fi

step "wasm-opt is version 116 or newer (Debian's 108 silently breaks the app)"
WASM_OPT_VERSION=$(wasm-opt --version | awk '{ print $3 }')
[ "$(command -v wasm-opt)" = "$PWD/node_modules/.bin/wasm-opt" ] && [ "$WASM_OPT_VERSION" -ge 116 ] || {
  echo "wasm-opt on PATH is $(command -v wasm-opt) version $WASM_OPT_VERSION" >&2
  false
}

step "Rust dependencies (cargo fetch)"
cargo fetch --quiet

if [ "$WITH_BUILD" = 1 ] && [ "$WITH_TEST" = 0 ] && ! command -v chromium >/dev/null; then
  step "Debian chromium (prerenders each page of a release build)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q chromium
fi

if [ "$WITH_TEST" = 1 ]; then
  step "Debian browsers: chromium + chromium-driver, firefox-esr, webkit2gtk-driver, xvfb"
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null \
    || ! command -v firefox-esr >/dev/null || ! command -v WebKitWebDriver >/dev/null \
    || ! command -v xvfb-run >/dev/null || ! command -v xauth >/dev/null; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q chromium chromium-driver firefox-esr webkit2gtk-driver xvfb xauth
  fi

  step "cross-engine drivers in engines/ (puppeteer-core, selenium-webdriver; no browser downloads)"
  if [ ! -f engines/node_modules/.package-lock.json ] || [ engines/package-lock.json -nt engines/node_modules/.package-lock.json ]; then
    PUPPETEER_SKIP_DOWNLOAD=1 npm ci --prefix engines --no-audit --no-fund
  fi
  step "Lighthouse 12 in perf/ (its own folder: about 185 MB)"
  if [ ! -f perf/node_modules/.package-lock.json ] || [ perf/package-lock.json -nt perf/node_modules/.package-lock.json ]; then
    npm ci --prefix perf --no-audit --no-fund
  fi

  step "rustfmt and clippy"
  rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt
  rustup component list --installed | grep -q '^clippy' || rustup component add clippy
fi

echo "==> setup complete"
