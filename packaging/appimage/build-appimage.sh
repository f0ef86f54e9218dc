#!/usr/bin/env bash
# Armlift AppImage recipe (x86_64 and aarch64).
#
#   packaging/appimage/build-appimage.sh [--appdir-only] [--download] BUILD_DIR [OUT_DIR]
#
# 1. `cmake --install BUILD_DIR --prefix OUT_DIR/AppDir/usr` lays out the FHS tree
#    (usr/bin/armlift, usr/bin/armlift-scan, usr/share/applications, usr/share/metainfo,
#    usr/share/icons/hicolor/..., usr/share/armlift/workshop) and the tree is checked:
#    the files are where linuxdeploy and AppStream expect them and the installed
#    armlift-scan answers --version with the project version.
# 2. linuxdeploy with its Qt plugin copies the Qt libraries and plugins (platforms xcb and,
#    when the Qt installation has them, wayland; imageformats and iconengines for the SVG
#    icon; tls), Qt's translations, libgit2, qtkeychain and KF6SyntaxHighlighting (its syntax
#    definitions are compiled into the library, nothing else to ship) and writes
#    Armlift-<version>-<arch>.AppImage into OUT_DIR.
#
# --appdir-only stops after step 1 (that is what tests/packaging/tst_packaging.cpp runs: the
# linuxdeploy tools cannot be downloaded in the test environment). --download fetches
# linuxdeploy and linuxdeploy-plugin-qt (continuous builds) into OUT_DIR/tools; otherwise
# set LINUXDEPLOY to a linuxdeploy binary/AppImage with linuxdeploy-plugin-qt next to it or
# on PATH.
#
# Environment: QMAKE (the qmake of the Qt to bundle; default: qmake6 or qmake on PATH),
# ARCH (default: uname -m), UPDATE_INFORMATION (zsync update info, optional),
# APPIMAGE_SIGN_KEY (GPG key id: the AppImage is signed with it when set).
set -euo pipefail

say() { printf 'build-appimage: %s\n' "$*" >&2; }
die() { printf 'build-appimage: error: %s\n' "$*" >&2; exit 1; }

appdir_only=0
download=0
while [[ $# -gt 0 && $1 == --* ]]; do
    case $1 in
        --appdir-only) appdir_only=1 ;;
        --download) download=1 ;;
        --help|-h) sed -n '2,27p' "$0"; exit 0 ;;
        *) die "unknown option $1" ;;
    esac
    shift
done
[[ $# -ge 1 && $# -le 2 ]] || die "usage: $0 [--appdir-only] [--download] BUILD_DIR [OUT_DIR]"
build_dir=$(cd "$1" && pwd -P)
out_dir=${2:-$build_dir/appimage}
mkdir -p "$out_dir"
out_dir=$(cd "$out_dir" && pwd -P)
appdir=$out_dir/AppDir
arch=${ARCH:-$(uname -m)}
app_id=io.github.armlift.Armlift

# The one version: the CMake project version of this build tree.
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build_dir/CMakeCache.txt")
[[ -n $version ]] || die "$build_dir is not a configured Armlift build tree"

say "installing $build_dir into $appdir"
rm -rf "$appdir"
"${CMAKE:-cmake}" --install "$build_dir" --prefix "$appdir/usr" >&2

# --- check the AppDir ------------------------------------------------------------------------
missing=0
for f in usr/bin/armlift usr/bin/armlift-scan \
         "usr/share/applications/$app_id.desktop" \
         "usr/share/metainfo/$app_id.metainfo.xml" \
         "usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
         "usr/share/icons/hicolor/256x256/apps/$app_id.png" \
         usr/share/armlift/workshop usr/share/doc/armlift/CHANGELOG.md; do
    if [[ ! -e $appdir/$f ]]; then
        say "missing in the AppDir: $f"
        missing=1
    fi
done
[[ $missing == 0 ]] || die "the AppDir is incomplete"
for exe in armlift armlift-scan; do
    [[ -x $appdir/usr/bin/$exe ]] || die "usr/bin/$exe is not executable"
done
scan_version=$("$appdir/usr/bin/armlift-scan" --version)
[[ $scan_version == *"$version"* ]] \
    || die "installed armlift-scan says '$scan_version', expected version $version"
grep -q "version=\"$version\"" "$appdir/usr/share/metainfo/$app_id.metainfo.xml" \
    || die "the metainfo has no release $version"
say "AppDir ok: $scan_version"
[[ $appdir_only == 1 ]] && exit 0

# --- linuxdeploy -----------------------------------------------------------------------------
tools=$out_dir/tools
if [[ $download == 1 ]]; then
    mkdir -p "$tools"
    base=https://github.com/linuxdeploy
    for tool in linuxdeploy linuxdeploy-plugin-qt; do
        file=$tools/$tool-$arch.AppImage
        [[ -x $file ]] && continue
        say "downloading $tool-$arch.AppImage"
        curl -fsSL -o "$file" "$base/$tool/releases/download/continuous/$tool-$arch.AppImage"
        chmod +x "$file"
    done
    LINUXDEPLOY=$tools/linuxdeploy-$arch.AppImage
    export PATH="$tools:$PATH" # linuxdeploy finds plugins on PATH and next to itself
fi
linuxdeploy=${LINUXDEPLOY:-$(command -v linuxdeploy || command -v "linuxdeploy-$arch.AppImage" || true)}
[[ -n $linuxdeploy && -x $linuxdeploy ]] \
    || die "linuxdeploy not found: pass --download or set LINUXDEPLOY (the AppDir is ready in $appdir)"

export QMAKE=${QMAKE:-$(command -v qmake6 || command -v qmake || true)}
[[ -n $QMAKE ]] || die "no qmake: set QMAKE to the qmake of the Qt to bundle"
qt_plugins=$("$QMAKE" -query QT_INSTALL_PLUGINS)
# The SVG icon engine and image format (the application icon, themed icons).
export EXTRA_QT_MODULES="svg;"
# Wayland next to xcb when this Qt has it (Qt picks it on a Wayland session), and offscreen
# for `armlift --screenshot` on machines without a display (the release smoke test).
extra_platforms=()
for p in libqwayland-egl.so libqwayland-generic.so libqoffscreen.so; do
    [[ -e $qt_plugins/platforms/$p ]] && extra_platforms+=("$p")
done
if [[ ${#extra_platforms[@]} -gt 0 ]]; then
    EXTRA_PLATFORM_PLUGINS=$(IFS=';'; echo "${extra_platforms[*]}")
    export EXTRA_PLATFORM_PLUGINS
fi
# Hosted runners have no FUSE; the tools run from their extracted selves.
export APPIMAGE_EXTRACT_AND_RUN=1
export OUTPUT="Armlift-$version-$arch.AppImage"
if [[ -n ${APPIMAGE_SIGN_KEY:-} ]]; then
    export SIGN=1 SIGN_KEY=$APPIMAGE_SIGN_KEY
fi
# UPDATE_INFORMATION is passed through as is (e.g. gh-releases-zsync|armlift|armlift|latest|Armlift-*-x86_64.AppImage.zsync).

cd "$out_dir"
say "running linuxdeploy ($linuxdeploy) with QMAKE=$QMAKE"
"$linuxdeploy" --appdir "$appdir" \
    --executable "$appdir/usr/bin/armlift" \
    --executable "$appdir/usr/bin/armlift-scan" \
    --desktop-file "$appdir/usr/share/applications/$app_id.desktop" \
    --icon-file "$appdir/usr/share/icons/hicolor/256x256/apps/$app_id.png" \
    --plugin qt \
    --output appimage

[[ -f $out_dir/$OUTPUT ]] || die "linuxdeploy did not produce $OUTPUT"
chmod +x "$out_dir/$OUTPUT"
# The AppImage must run on its own: the CLI needs no display, the GUI runs offscreen.
APPIMAGE_EXTRACT_AND_RUN=1 "$out_dir/$OUTPUT" --version >&2 || die "$OUTPUT --version failed"
(cd "$out_dir" && sha256sum "$OUTPUT" > "$OUTPUT.sha256")
say "wrote $out_dir/$OUTPUT"
