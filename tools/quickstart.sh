#!/usr/bin/env bash
# The README's two commands. On a fresh Debian machine (as root, or with sudo):
#   bash tools/quickstart.sh        installs what is missing, builds (Release), runs the main job
#   bash tools/quickstart.sh test   the same, then the whole test suite through CTest
# The main job is `reticulist summary data/west-partnership --out out/summary`.
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-run}"
case "$mode" in run|test) ;; *) echo "usage: bash tools/quickstart.sh [run|test]" >&2; exit 2 ;; esac

# Debian packages the build needs (notes: libigraph-dev links arpack, glpk and plfit but does
# not depend on their -dev packages).
packages=(cmake g++ ninja-build pkg-config ccache
          libigraph-dev libarpack2-dev libglpk-dev libplfit-dev
          libboost-graph-dev libgraphviz-dev graphviz libspdlog-dev catch2
          libcli11-dev nlohmann-json3-dev libsodium-dev libssl-dev libtomlplusplus-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "Installing: ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

jobs="$(nproc)"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build build -j "$jobs"

./build/reticulist summary data/west-partnership --out out/summary
echo "Main job done: tables in out/summary (CSV and JSON, with manifest.json)."

if [ "$mode" = test ]; then
  ctest --test-dir build --output-on-failure -j "$jobs"
fi
