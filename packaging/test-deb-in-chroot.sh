#!/usr/bin/env bash
# Proves the .deb installs and runs on a clean Debian 12: builds it, makes a minimal bookworm chroot with
# debootstrap, installs the package there with apt (which must find every dependency on its own), then uses the
# command line, starts the GUI offscreen and on Xvfb, and validates the installed desktop entry and AppStream
# metainfo.
# Needs root and Debian's mirror, so it is not part of ctest.
#   bash packaging/test-deb-in-chroot.sh [BUILD_DIR]      (default: $DAYCAREDESK_BUILD_DIR, else ./build)
# Environment:
#   DAYCAREDESK_DEB=FILE   test this .deb instead of building one
#   CHROOT_DIR=DIR         make the chroot there (it must not exist yet; default: a temporary folder); kept afterwards
#   PACKAGE_CACHE=DIR      keep the downloaded Debian packages there, so that a second run downloads nothing
#   DEBIAN_MIRROR=URL      default http://deb.debian.org/debian
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(realpath -m "${1:-${DAYCAREDESK_BUILD_DIR:-$root/build}}")
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}

if [ "$(id -u)" -ne 0 ]; then
    echo "$0: run as root: debootstrap and chroot need it" >&2
    exit 2
fi
step() { printf '\n== %s\n' "$*"; }
fail() {
    echo "FAILED: $*" >&2
    exit 1
}

# --- the package -------------------------------------------------------------------------------------------------
if [ -n "${DAYCAREDESK_DEB:-}" ]; then
    deb=$(realpath "$DAYCAREDESK_DEB")
else
    step "Building the package in $build"
    missing=()
    for p in file dpkg-dev debootstrap; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] ||
        DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
    [ -f "$build/CMakeCache.txt" ] || cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    cmake --build "$build"
    rm -f "$build"/daycaredesk_*.deb
    (cd "$build" && cpack -G DEB)
    deb=$(ls "$build"/daycaredesk_*.deb)
fi
step "Package $(basename "$deb")"
dpkg-deb --field "$deb"
dpkg-deb --contents "$deb" | awk '{print $6}'

# --- a clean Debian 12 -------------------------------------------------------------------------------------------
command -v debootstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y debootstrap
if [ -n "${CHROOT_DIR:-}" ]; then
    [ ! -e "$CHROOT_DIR" ] || fail "$CHROOT_DIR exists already; the chroot must start clean"
    chroot_dir=$(realpath -m "$CHROOT_DIR")
    remove_chroot=false
else
    chroot_dir=$(mktemp -d /var/tmp/daycaredesk-chroot.XXXXXX)
    remove_chroot=true
fi
mounts=()
cleanup() {
    for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do
        umount "${mounts[i]}" || umount -l "${mounts[i]}" || true
    done
    # Never delete through a mount that is still there: /dev is the host's own.
    if $remove_chroot && ! grep -q " $chroot_dir/" /proc/self/mounts; then
        rm -rf "$chroot_dir"
    fi
}
trap cleanup EXIT
mount_in() { # mount_in TARGET MOUNT-ARGUMENTS...
    mkdir -p "$chroot_dir/$1"
    mount "${@:2}" "$chroot_dir/$1"
    mounts+=("$chroot_dir/$1")
}
in_chroot() { chroot "$chroot_dir" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

step "debootstrap --variant=minbase bookworm $chroot_dir"
cache_option=()
if [ -n "${PACKAGE_CACHE:-}" ]; then
    mkdir -p "$PACKAGE_CACHE/debootstrap" "$PACKAGE_CACHE/apt"
    cache_option=(--cache-dir="$(realpath "$PACKAGE_CACHE/debootstrap")")
fi
log=$(mktemp)
debootstrap --variant=minbase "${cache_option[@]}" bookworm "$chroot_dir" "$mirror" >"$log" 2>&1 ||
    { tail -20 "$log"; fail "debootstrap"; }
rm -f "$log"
mount_in proc -t proc proc
mount_in dev --bind /dev
mount_in dev/pts --bind /dev/pts
[ -z "${PACKAGE_CACHE:-}" ] || mount_in var/cache/apt/archives --bind "$PACKAGE_CACHE/apt"
cp /etc/resolv.conf "$chroot_dir/etc/resolv.conf"
install -m 644 "$deb" "$chroot_dir/tmp/"

# --- install: the Depends alone must be enough -------------------------------------------------------------------
step "apt-get install ./$(basename "$deb") (without Recommends, so that the Depends alone are proven)"
in_chroot apt-get update -q
in_chroot DEBIAN_FRONTEND=noninteractive sh -c "cd /tmp && apt-get install -y -q --no-install-recommends ./${deb##*/}"
recommends=$(dpkg-deb --field "$deb" Recommends | tr -d ' ' | tr ',' ' ')
for p in $recommends; do
    in_chroot apt-cache show "$p" >/dev/null 2>&1 || fail "Recommends names $p, which bookworm does not have"
done
echo "Recommends found in bookworm: $recommends"

# --- the command line --------------------------------------------------------------------------------------------
step "daycaredesk-cli"
in_chroot daycaredesk-cli --help | head -3
# The translations are inside the programs: nothing else was installed that could hold them.
in_chroot LANG=zh_CN.UTF-8 daycaredesk-cli --help | head -3 | tee "$chroot_dir/tmp/help-zh.txt"
grep -q '[^ -~]' "$chroot_dir/tmp/help-zh.txt" || fail "the command line does not speak Chinese under LANG=zh_CN"
# A fixed "today" makes October a closed month of the demo institution, so its signed report can be exported.
cli() {
    in_chroot DAYCAREDESK_TODAY=2026-11-20 DAYCAREDESK_PASSWORD=admin DAYCAREDESK_PASSPHRASE="a chroot's passphrase" \
        daycaredesk-cli --db /tmp/t.db "$@"
}
cli demo --children 6 --months 2
cli info
cli --user admin roster export /tmp/roster.xlsx
cli --user admin key init
in_chroot mkdir -p /tmp/reports
cli --user admin report export 2026-10 --out /tmp/reports
report=$(cd "$chroot_dir" && ls tmp/reports/*.ddreport.json)
cli verify "/$report"

# --- the GUI -----------------------------------------------------------------------------------------------------
step "Qt's plugins find every library they need"
in_chroot sh -c 'find /usr/lib -path "*/qt6/plugins/*" -name "*.so" | sort | xargs ldd' >"$chroot_dir/tmp/plugins.ldd"
grep -E '^/|not found' "$chroot_dir/tmp/plugins.ldd"
! grep -q 'not found' "$chroot_dir/tmp/plugins.ldd" || fail "a Qt plugin lacks a library"

# The GUI shows its login dialog, or the verdict on a report, and waits: still running after 5 s is a start. A
# missing library or platform plugin ends it at once; a missing SQLite driver only says so, hence the search.
gui() { # gui [LAUNCHER...] -- ARGUMENTS...
    local launcher=() status=0
    while [ "$1" != -- ]; do launcher+=("$1"); shift; done
    shift
    in_chroot "${launcher[@]}" timeout 5 daycaredesk "$@" >"$chroot_dir/tmp/gui.log" 2>&1 || status=$?
    cat "$chroot_dir/tmp/gui.log"
    [ "$status" -eq 124 ] || fail "daycaredesk $* ended with status $status before 5 s"
    ! grep -Eiq "not loaded|could not (load|find)|cannot load library" "$chroot_dir/tmp/gui.log" ||
        fail "daycaredesk $* could not load something"
    echo "daycaredesk $*: still running after 5 s"
}
step "daycaredesk, offscreen"
gui QT_QPA_PLATFORM=offscreen -- /tmp/t.db
step "daycaredesk on a report, as a double-click starts it"
gui QT_QPA_PLATFORM=offscreen -- "/$report"
# Last, as it adds packages: an X server, for the platform plugin a desktop uses.
step "daycaredesk on an X server (Xvfb)"
in_chroot DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends xvfb xauth >/dev/null
gui xvfb-run -a env QT_QPA_PLATFORM=xcb -- /tmp/t.db

# --- desktop integration -----------------------------------------------------------------------------------------
step "Desktop integration files"
share=$chroot_dir/usr/share
ls "$share/applications" "$share/metainfo" "$share/mime/packages" "$share/icons/hicolor"/*/apps
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$share"/applications/*.desktop && echo "desktop-file-validate: no problems"
else
    echo "desktop-file-validate is not installed here (package desktop-file-utils): skipped"
fi
if [ -f "$share/mime/globs2" ]; then # shared-mime-info is installed: its trigger took the type in
    grep ddreport "$share/mime/globs2" || fail "application/x-daycaredesk-report is not in the MIME database"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$share"/metainfo/*.metainfo.xml
else
    echo "appstreamcli is not installed here (package appstream): skipped"
fi

step "PASSED: $(basename "$deb") installs on a clean Debian 12, and both programs run there"
