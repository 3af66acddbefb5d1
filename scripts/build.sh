#!/usr/bin/env bash
# The release build, ready to deploy: Trunk builds the app, with the tools split off into a lazy
# wasm chunk, then every page is prerendered into a static HTML file so its text paints before the
# wasm arrives (scripts/prerender.mjs).
#   ./scripts/build.sh [DIST] [PUBLIC_URL]        defaults: dist /
#   ./scripts/build.sh dist-course /course/       a build served under /course/
set -euo pipefail
cd "$(dirname "$0")/.."
DIST=${1:-dist}
PUBLIC_URL=${2:-/}
[ -n "${SKIP_SETUP:-}" ] || ./scripts/setup.sh --build
# Code splitting (README, "Code splitting"): cargo keeps the relocations and symbols the splitter
# reads (an env RUSTFLAGS replaces .cargo/config.toml's, so its --cfg is repeated here), the
# `split` feature turns the split point on, and scripts/split-bin/wasm-bindgen, first on PATH
# where Trunk looks for wasm-bindgen, runs wasm-split-cli before the real wasm-bindgen;
# scripts/post-build.mjs ships the chunks it leaves in WASM_SPLIT_DIR.
export RUSTFLAGS="--cfg erase_components -C link-arg=--emit-relocs"
export CARGO_PROFILE_RELEASE_STRIP=false
export WASM_SPLIT_DIR="${CARGO_TARGET_DIR:-$PWD/target}/wasm-split"
export PATH="$PWD/scripts/split-bin:$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
trunk build --release --offline --features split --dist "$DIST" --public-url "$PUBLIC_URL" 2>&1 | tail -n 4
node scripts/prerender.mjs "$DIST" "$PUBLIC_URL"
