#!/usr/bin/env bash
# Checks what `cmake --install` and `cpack` make of a built tree (issue #17).
#
#   check-package.sh install BUILD_DIR   installs into a temporary prefix, checks every file is
#                                        there, runs desktop-file-validate and appstreamcli
#                                        validate on the installed files and the Exec line
#   check-package.sh deb BUILD_DIR       builds the .deb with cpack, checks its file list
#                                        (dpkg-deb -c) and that each dependency is a Debian
#                                        package installed on this machine
#
# The tools come with scripts/setup.sh (desktop-file-utils, appstream, cmake, dpkg); a missing
# one fails the test with its name.
set -euo pipefail

mode=${1:-}
build=${2:-}
if [[ -z "$mode" || ! -f "$build/CMakeCache.txt" ]]; then
  echo "usage: $0 install|deb BUILD_DIR" >&2
  exit 2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }
need() { command -v "$1" >/dev/null || fail "$1 is missing (Debian package $2; scripts/setup.sh installs it)"; }

id=io.returning.Admin
files=(
  usr/bin/returning-admin
  usr/bin/returning-sandbox
  usr/share/applications/$id.desktop
  usr/share/metainfo/$id.metainfo.xml
  usr/share/icons/hicolor/scalable/apps/$id.svg
  usr/share/icons/hicolor/symbolic/apps/$id-symbolic.svg
)

case "$mode" in
install)
  need desktop-file-validate desktop-file-utils
  need appstreamcli appstream
  cmake --install "$build" --prefix "$work/usr" >/dev/null
  for f in "${files[@]}"; do
    [[ -s "$work/$f" ]] || fail "cmake --install did not install $f"
  done
  desktop="$work/usr/share/applications/$id.desktop"
  desktop-file-validate "$desktop" || fail "desktop-file-validate refused $desktop"
  appstreamcli validate --no-net "$work/usr/share/metainfo/$id.metainfo.xml" ||
    fail "appstreamcli validate refused the metainfo file"
  exec=$(sed -n 's/^Exec=//p' "$desktop" | cut -d' ' -f1)
  [[ -x "$work/usr/bin/$exec" ]] || fail "the desktop entry's Exec ($exec) is not an installed executable"
  icon=$(sed -n 's/^Icon=//p' "$desktop")
  [[ -f "$work/usr/share/icons/hicolor/scalable/apps/$icon.svg" ]] ||
    fail "the desktop entry's Icon ($icon) is not an installed icon"
  version=$("$work/usr/bin/$exec" --version) || fail "the installed $exec does not start"
  echo "installed and valid: ${#files[@]} files; $version"
  ;;
deb)
  need cpack cmake
  need dpkg-deb dpkg
  (cd "$work" && cpack --config "$build/CPackConfig.cmake" -B "$work/out" >/dev/null) ||
    fail "cpack could not build the package"
  debs=("$work"/out/returning-admin_*.deb)
  [[ -f "${debs[0]}" ]] || fail "cpack made no returning-admin_*.deb"
  deb=${debs[0]}
  listing=$(dpkg-deb -c "$deb")
  for f in "${files[@]}"; do
    grep -q " \./$f\$" <<<"$listing" || fail "$(basename "$deb") does not hold /$f"
  done
  depends=$(dpkg-deb -f "$deb" Depends)
  for required in libqt6widgets6 libqcustomplot2.1-qt6 libqt6keychain1; do
    grep -qw -- "$required" <<<"$depends" || fail "Depends lacks $required: $depends"
  done
  IFS=',' read -ra entries <<<"$depends"
  for entry in "${entries[@]}"; do
    name=$(sed -E 's/^ *([^ (]+).*/\1/' <<<"$entry")
    status=$(dpkg-query -W -f='${db:Status-Abbrev}' "$name" 2>/dev/null || true)
    [[ "$status" == ii* ]] || fail "dependency $name is not an installed Debian package here"
  done
  echo "$(basename "$deb"): ${#files[@]} files checked; Depends: $depends"
  ;;
*)
  echo "usage: $0 install|deb BUILD_DIR" >&2
  exit 2
  ;;
esac
