#!/usr/bin/env bash
# Armlift .dmg recipe for Apple silicon (macOS 12 or later).
#
#   packaging/macos/build-dmg.sh [BUILD_DIR]          (default build/macos-release)
#
# 1. Configure a Release build for arm64 with CMAKE_OSX_DEPLOYMENT_TARGET=12.0, build it.
#    The bundle gets Info.plist (bundle id io.github.armlift.Armlift, project version,
#    armlift.icns, LSMinimumSystemVersion, arm64) from packaging/macos/MacBundle.cmake.
# 2. `cpack -G DragNDrop`: CPack installs into its staging folder; the install step runs
#    macdeployqt on armlift.app (Qt frameworks and plugins, libgit2, qtkeychain, KF6
#    SyntaxHighlighting; armlift-scan in Contents/MacOS via -executable) and, when
#    ARMLIFT_CODESIGN_IDENTITY is set, signs with hardened runtime and a secure timestamp.
#    The result is Armlift-<version>-macos-arm64.dmg with an /Applications link.
# 3. With ARMLIFT_CODESIGN_IDENTITY: the .dmg is signed too. With ARMLIFT_NOTARY_PROFILE (a
#    notarytool keychain profile) or ARMLIFT_NOTARY_APPLE_ID + ARMLIFT_NOTARY_TEAM_ID +
#    ARMLIFT_NOTARY_PASSWORD (app-specific password): submitted to Apple's notary service,
#    waited for, and the ticket stapled to the .dmg.
#
# Needs: Xcode command line tools, CMake >= 3.25, Ninja, Qt >= 6.5 (CMAKE_PREFIX_PATH or
# Qt6_DIR), KF6SyntaxHighlighting, libgit2, qtkeychain. Without signing the .dmg still works
# locally; Gatekeeper on other Macs asks users to open it with right-click > Open.
set -euo pipefail

say() { printf 'build-dmg: %s\n' "$*" >&2; }
die() { printf 'build-dmg: error: %s\n' "$*" >&2; exit 1; }

[[ $(uname -s) == Darwin ]] || die "this recipe runs on macOS"
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)
build_dir=${1:-$repo/build/macos-release}

say "configuring $build_dir"
cmake -S "$repo" -B "$build_dir" -G Ninja \
    -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_OSX_ARCHITECTURES=arm64 \
    -DCMAKE_OSX_DEPLOYMENT_TARGET=12.0 \
    -DARMLIFT_BUILD_TESTS="${ARMLIFT_BUILD_TESTS:-OFF}" \
    ${CMAKE_PREFIX_PATH:+-DCMAKE_PREFIX_PATH="$CMAKE_PREFIX_PATH"}
cmake --build "$build_dir" --parallel

app=$build_dir/bin/armlift.app
[[ -d $app ]] || die "no bundle at $app"
/usr/libexec/PlistBuddy -c 'Print :CFBundleIdentifier' "$app/Contents/Info.plist" >&2
lipo -archs "$app/Contents/MacOS/armlift" | grep -q arm64 || die "armlift is not an arm64 binary"

say "packaging (macdeployqt runs in the install step)"
(cd "$build_dir" && cpack -G DragNDrop)
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build_dir/CMakeCache.txt")
dmg=$build_dir/Armlift-$version-macos-arm64.dmg
[[ -f $dmg ]] || die "cpack did not produce $dmg"

# The packaged app must start: mount the image and ask both binaries for their version.
mnt=$(mktemp -d)
hdiutil attach -nobrowse -readonly -mountpoint "$mnt" "$dmg" >/dev/null
trap 'hdiutil detach "$mnt" >/dev/null 2>&1 || true' EXIT
"$mnt/armlift.app/Contents/MacOS/armlift" --version >&2
"$mnt/armlift.app/Contents/MacOS/armlift-scan" --version >&2
if [[ -n ${ARMLIFT_CODESIGN_IDENTITY:-} ]]; then
    codesign --verify --deep --strict --verbose=2 "$mnt/armlift.app"
fi
hdiutil detach "$mnt" >/dev/null
trap - EXIT

if [[ -n ${ARMLIFT_CODESIGN_IDENTITY:-} ]]; then
    say "signing $dmg"
    codesign --force --timestamp --sign "$ARMLIFT_CODESIGN_IDENTITY" "$dmg"
    notary=()
    if [[ -n ${ARMLIFT_NOTARY_PROFILE:-} ]]; then
        notary=(--keychain-profile "$ARMLIFT_NOTARY_PROFILE")
    elif [[ -n ${ARMLIFT_NOTARY_APPLE_ID:-} ]]; then
        notary=(--apple-id "$ARMLIFT_NOTARY_APPLE_ID" --team-id "$ARMLIFT_NOTARY_TEAM_ID"
                --password "$ARMLIFT_NOTARY_PASSWORD")
    fi
    if [[ ${#notary[@]} -gt 0 ]]; then
        say "notarising (this waits for Apple)"
        xcrun notarytool submit "$dmg" "${notary[@]}" --wait
        xcrun stapler staple "$dmg"
        xcrun stapler validate "$dmg"
        spctl --assess --type open --context context:primary-signature --verbose "$dmg"
    else
        say "signed but not notarised (no notary credentials)"
    fi
else
    say "unsigned build (set ARMLIFT_CODESIGN_IDENTITY to sign)"
fi
(cd "$build_dir" && shasum -a 256 "$(basename "$dmg")" > "$(basename "$dmg").sha256")
say "wrote $dmg"
