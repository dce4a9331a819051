#!/bin/sh
# deps.sh - install the Debian packages petrel needs, when they are missing.
#
#   sh scripts/deps.sh [EXTRA-PACKAGE...]
#
# Always checks the base set (build-essential pkg-config libxml2-dev
# libutf8proc-dev libjansson-dev libsqlite3-dev zlib1g-dev iso-codes), which is all `make demo` and `make test` need; the
# targets that need more name it: `make asan` and `make fuzz` add clang
# libclang-rt-14-dev, `make lint` adds cppcheck, `make format` adds
# clang-format, `make model` adds wordnet-base (read only while training).
# Does nothing -- no apt-get at all -- when every package is installed. Needs root (or sudo) only if something is
# missing. On a system without dpkg it only says what it would need.
set -e
PKGS="build-essential pkg-config libxml2-dev libutf8proc-dev libjansson-dev libsqlite3-dev zlib1g-dev iso-codes $*"

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "deps: no dpkg-query (not Debian?); make sure these are installed: $PKGS" >&2
    exit 0
fi

# installed PKG: true when dpkg knows PKG as fully installed (any architecture).
installed() {
    dpkg-query -W -f='${db:Status-Status}\n' "$1" 2>/dev/null | grep -qx installed
}

missing=""
for p in $PKGS; do
    installed "$p" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

echo "deps: installing$missing" >&2
if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "deps: missing packages:$missing" >&2
    echo "deps: run as root: apt-get install --no-install-recommends$missing" >&2
    exit 1
fi
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq ||
    echo "deps: apt-get update failed; trying the install with the lists there are" >&2
# shellcheck disable=SC2086 # one word per package
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing

for p in $missing; do
    installed "$p" || { echo "deps: $p is still not installed" >&2; exit 1; }
done
