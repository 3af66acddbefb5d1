#!/usr/bin/env bash
# The release build, ready to deploy: Trunk builds the app, with the tools split off into a lazy
# wasm chunk, then every page is prerendered into a static HTML file so its text paints before the
# wasm arrives (scripts/prerender.mjs). Both editions: English in DIST at PUBLIC_URL, French
# (cargo feature `fr`) in DIST/fr at PUBLIC_URL/fr/ (README, "Languages").
#   ./scripts/build.sh [DIST] [PUBLIC_URL]        defaults: dist /
#   ./scripts/build.sh dist-course /course/       a build served under /course/
#   EDITIONS=en ./scripts/build.sh                the English edition only (a quicker check)
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
PUBLIC_URL="${PUBLIC_URL%/}/"
FRENCH_FOLDER=$(node -p "require('./src/contracts.json').frenchFolder")
for edition in ${EDITIONS:-en fr}; do
  case "$edition" in
    en) out=$DIST url=$PUBLIC_URL features=split ;;
    fr) out=$DIST/$FRENCH_FOLDER url=$PUBLIC_URL$FRENCH_FOLDER/ features=split,fr ;;
    *) echo "build.sh: unknown edition $edition (en, fr)" >&2; exit 1 ;;
  esac
  # Trunk empties its dist folder: the English edition first, then the French one inside it.
  # EDITION tells scripts/post-build.mjs and scripts/prerender.mjs which one they finish.
  EDITION=$edition trunk build --release --offline --features "$features" --dist "$out" --public-url "$url" 2>&1 | tail -n 4
  EDITION=$edition node scripts/prerender.mjs "$out" "$url"
done
