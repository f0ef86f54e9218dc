#!/usr/bin/env bash
# Builds the libraries the release runners lack, against the Qt on CMAKE_PREFIX_PATH, into
# PREFIX: extra-cmake-modules + KF6 SyntaxHighlighting and QtKeychain (Qt 6); with
# --with-libgit2 also libgit2 (macOS: SSH through the system ssh binary, HTTPS through
# SecureTransport, so nothing from Homebrew ends up in the bundle).
#
#   packaging/ci/build-deps.sh [--with-libgit2] PREFIX
#
# Versions: KF_VERSION (default v6.8.0), QTKEYCHAIN_VERSION (0.15.0), LIBGIT2_VERSION (v1.9.0).
# On macOS set MACOSX_DEPLOYMENT_TARGET (the release uses 12.0) so the libraries match the app.
set -euo pipefail
with_libgit2=0
if [[ ${1:-} == --with-libgit2 ]]; then
    with_libgit2=1
    shift
fi
[[ $# == 1 ]] || { echo "usage: $0 [--with-libgit2] PREFIX" >&2; exit 2; }
prefix=$1
mkdir -p "$prefix"
prefix=$(cd "$prefix" && pwd -P)
src=$(mktemp -d)
trap 'rm -rf "$src"' EXIT
kf=${KF_VERSION:-v6.8.0}
common=(-G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$prefix"
        -DCMAKE_PREFIX_PATH="$prefix;${CMAKE_PREFIX_PATH:-}" -DBUILD_TESTING=OFF)
if [[ $(uname -s) == Darwin ]]; then
    common+=(-DCMAKE_OSX_ARCHITECTURES=arm64 -DCMAKE_OSX_DEPLOYMENT_TARGET="${MACOSX_DEPLOYMENT_TARGET:-12.0}")
fi

build() { # name git-url tag cmake-args...
    local name=$1 url=$2 tag=$3
    shift 3
    git clone --depth 1 --branch "$tag" "$url" "$src/$name"
    cmake -S "$src/$name" -B "$src/$name/build" "${common[@]}" "$@"
    cmake --build "$src/$name/build" --parallel
    cmake --install "$src/$name/build"
}

build extra-cmake-modules https://invent.kde.org/frameworks/extra-cmake-modules.git "$kf" \
    -DBUILD_HTML_DOCS=OFF -DBUILD_MAN_DOCS=OFF -DBUILD_QTHELP_DOCS=OFF
# The syntax definitions are compiled into the library (no data files to ship).
build syntax-highlighting https://invent.kde.org/frameworks/syntax-highlighting.git "$kf" \
    -DQT_MAJOR_VERSION=6 -DBUILD_QCH=OFF -DKSYNTAXHIGHLIGHTING_USE_GUI=ON
build qtkeychain https://github.com/frankosterfeld/qtkeychain.git "${QTKEYCHAIN_VERSION:-0.15.0}" \
    -DBUILD_WITH_QT6=ON -DBUILD_TRANSLATIONS=OFF -DBUILD_TEST_APPLICATION=OFF
if [[ $with_libgit2 == 1 ]]; then
    build libgit2 https://github.com/libgit2/libgit2.git "${LIBGIT2_VERSION:-v1.9.0}" \
        -DBUILD_TESTS=OFF -DBUILD_CLI=OFF -DUSE_SSH=exec -DUSE_BUNDLED_ZLIB=ON -DREGEX_BACKEND=builtin
fi
echo "dependencies installed in $prefix" >&2
