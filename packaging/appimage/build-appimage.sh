#!/bin/sh
# Builds HealthTech-Toolkit-<version>-x86_64.AppImage — UNTESTED HERE (linuxdeploy is
# downloaded from GitHub, and this build machine has no network); reviewed against
# linuxdeploy and linuxdeploy-plugin-qt's documentation. See packaging/README.md.
#
# Build on the OLDEST distribution you want to support (the AppImage uses its glibc):
# Debian 12 after packaging/install-deps.sh is the tested baseline.
#
#   packaging/appimage/build-appimage.sh [BUILD_DIR]
#
# The AppImage runs portable when a file named "portable" sits next to the .AppImage
# file (not inside it): data then goes to a "data" folder beside it (oht::portableDataDir
# reads $APPIMAGE).
set -eu
SRC=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${1:-"$SRC/build-appimage"}
APPDIR="$BUILD/AppDir"
TOOLS="$BUILD/appimage-tools"
ARCH=x86_64

mkdir -p "$TOOLS"
fetch() { # name url
    [ -x "$TOOLS/$1" ] && return 0
    curl -fsSL -o "$TOOLS/$1" "$2"
    chmod +x "$TOOLS/$1"
}
fetch linuxdeploy \
    "https://github.com/linuxdeploy/linuxdeploy/releases/download/continuous/linuxdeploy-$ARCH.AppImage"
fetch linuxdeploy-plugin-qt \
    "https://github.com/linuxdeploy/linuxdeploy-plugin-qt/releases/download/continuous/linuxdeploy-plugin-qt-$ARCH.AppImage"

# Release build without tests, installed under /usr inside the AppDir (the layout the
# app expects: usr/bin/../share/oht-toolkit/{packs,translations}).
cmake -S "$SRC" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
    -DOHT_BUILD_TESTS=OFF
cmake --build "$BUILD"
rm -rf "$APPDIR"
DESTDIR="$APPDIR" cmake --install "$BUILD" --strip

# linuxdeploy-plugin-qt finds Qt through qmake; it deploys the modules the binaries
# link (WebEngine with QtWebEngineProcess and its resources, Sql with the SQLite driver)
# and the platform plugins. Wayland plugins are opt-in.
export QMAKE="${QMAKE:-$(command -v qmake6 || echo /usr/lib/qt6/bin/qmake)}"
export EXTRA_PLATFORM_PLUGINS="libqwayland-egl.so;libqwayland-generic.so"
export EXTRA_QT_MODULES="svg"
export VERSION
VERSION=$(sed -n 's/^project(HealthTechToolkit VERSION \([0-9.]*\).*/\1/p' "$SRC/CMakeLists.txt")
export OUTPUT="$BUILD/HealthTech-Toolkit-$VERSION-$ARCH.AppImage"
# The AppImage extracts itself where FUSE is missing (containers, some CI runners).
export APPIMAGE_EXTRACT_AND_RUN=1

"$TOOLS/linuxdeploy" --appdir "$APPDIR" \
    --executable "$APPDIR/usr/bin/oht-toolkit" \
    --executable "$APPDIR/usr/bin/ohtpack" \
    --desktop-file "$APPDIR/usr/share/applications/org.onehealthtech.Toolkit.desktop" \
    --icon-file "$APPDIR/usr/share/icons/hicolor/256x256/apps/org.onehealthtech.Toolkit.png" \
    --plugin qt \
    --output appimage

# Smoke test of the result: starts, installs the bundled courses into a throw-away
# folder, quits.
if [ -n "${DISPLAY:-}" ] || [ "${QT_QPA_PLATFORM:-}" = offscreen ]; then
    tmp=$(mktemp -d)
    QTWEBENGINE_DISABLE_SANDBOX=1 "$OUTPUT" --smoke-test --data-dir "$tmp" | grep -q '^oht-smoke ok$'
    rm -rf "$tmp"
fi
echo "Built $OUTPUT"
