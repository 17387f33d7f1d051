#!/usr/bin/env bash
# Set up Returning Admin on Debian 12 and either run it or test it.
#
#   scripts/setup.sh run    install what is missing, build, start the app on
#                           the embedded sandbox (a demo community)
#   scripts/setup.sh test   install what is missing, build, run every test
#                           headless (exit status non-zero on any failure)
#   scripts/setup.sh package
#                           install what is missing, build the two executables,
#                           make the .deb (cpack) and install it with apt: the
#                           app is then in the menu as "Returning Admin"
#
# Installing is idempotent and quiet when everything is there; it uses sudo
# when not run as root. The build goes to build/ next to this script's parent,
# with one configuration for both commands (warnings are errors in both), so
# running one after the other only builds what changed.
set -euo pipefail

mode=${1:-}
case "$mode" in
  run|test|package) ;;
  *) echo "usage: $0 run|test|package" >&2; exit 2 ;;
esac

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="$root/build"

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  linguist-qt6 qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite
  libqt6svg6 qt6-qpa-plugins
  qtkeychain-qt6-dev libqcustomplot-dev libqcustomplot2.1-qt6
  xvfb xauth wrk clang-14 libclang-rt-14-dev
  ccache mold
  dbus-daemon dbus-bin gnome-keyring libsecret-1-0
  desktop-file-utils appstream qt6-translations-l10n
)
# What the tests call at run time, beside the build: clang-14 and its runtime
# (fuzz runs), dbus-run-session and dbus-send (dbus-daemon, dbus-bin),
# gnome-keyring-daemon and libsecret (the keychain suite's "keyring" world;
# QtKeychain loads libsecret at run time), wrk (sandbox benchmark), Xvfb,
# desktop-file-validate and appstreamcli (the packaging tests); Qt's own catalogues
# (qt6-translations-l10n) so its standard dialogs and buttons follow the language.

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Abbrev}' "$p" 2>/dev/null || true)
  [[ "$status" == ii* ]] || missing+=("$p")
done
sudo=()
if [[ $(id -u) -ne 0 ]]; then
  sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
if ((${#missing[@]})); then
  echo "Installing: ${missing[*]}"
  if ((${#sudo[@]})) && ! command -v sudo >/dev/null; then
    echo "need root or sudo to install: ${missing[*]}" >&2
    exit 1
  fi
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DRA_WARNINGS_AS_ERRORS=ON >/dev/null
if [[ "$mode" == package ]]; then
  # Only what the package holds; cpack installs it into its own staging folder.
  cmake --build "$build" -j"$(nproc)" --target returning-admin returning-sandbox
  rm -f "$build"/package/returning-admin_*.deb
  (cd "$build" && cpack --config CPackConfig.cmake)
  debs=("$build"/package/returning-admin_*.deb)
  echo "Installing ${debs[0]}"
  "${sudo[@]}" apt-get install -y -qq "${debs[0]}"
  echo "Installed: start \"Returning Admin\" from the menu, or run returning-admin"
  exit 0
fi
cmake --build "$build" -j"$(nproc)"

if [[ "$mode" == run ]]; then
  exec "$build/bin/returning-admin" --sandbox
fi

cd "$build"
ctest --output-on-failure -j"$(nproc)" --timeout 600
