#!/usr/bin/env bash
# Sets up DaycareDesk on a Debian 12 / Ubuntu 22.04+ machine from Debian's packages, builds it, then either starts
# it (`run`) or runs the whole test suite (`test`). Run as root or as a user who may use sudo.
#   bash packaging/setup.sh run     install what is missing, build, start on the default database
#   bash packaging/setup.sh test    install what is missing, build, run every test through ctest
set -euo pipefail

mode=${1:-run}
case "$mode" in
    run|test) ;;
    *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${DAYCAREDESK_BUILD_DIR:-$root/build}

packages=(
    build-essential cmake ninja-build pkg-config file dpkg-dev
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libgl-dev libqt6opengl6-dev qt6-translations-l10n
    libsodium-dev libxlsxwriter-dev zlib1g-dev
    sqlite3 python3-openpyxl python3-jwcrypto fonts-noto-cjk locales poppler-utils
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
fi

# Only `test` turns warnings into errors; `run` keeps what the build folder has, so running after testing
# rebuilds nothing.
werror=()
[ "$mode" = test ] && werror=(-DDAYCAREDESK_WERROR=ON)
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${werror[@]}"
cmake --build "$build" --parallel "$(nproc)"

if [ "$mode" = test ]; then
    cd "$build"
    ctest --output-on-failure --parallel "$(nproc)"
    exit 0
fi

# First run: the default database gets the demo institution, so there is something to look at.
cli="$build/app/daycaredesk-cli"
if ! "$cli" info --json 2>/dev/null | grep -q '"institution":{'; then
    "$cli" demo
fi
exec "$build/app/daycaredesk"
