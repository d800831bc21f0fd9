#!/bin/sh
# Installs the Debian 12 packages HealthTech Toolkit needs to build, run and test,
# and only those that are missing (so a second run is instant and needs no network).
set -eu
PACKAGES="cmake ninja-build g++ pkg-config
qt6-base-dev qt6-webengine-dev qt6-tools-dev qt6-l10n-tools libqt6sql6-sqlite qt6-charts-dev
qt6-translations-l10n libarchive-dev libmd4c-dev libmd4c-html0-dev libsodium-dev libssl-dev nginx
xvfb xauth clang libclang-rt-14-dev time
qt6-svg-dev dpkg-dev file desktop-file-utils appstream shared-mime-info
poppler-utils"

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done
[ -z "$missing" ] && exit 0

echo "Installing missing packages:$missing"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
