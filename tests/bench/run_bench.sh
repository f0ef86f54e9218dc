#!/usr/bin/env bash
# ./dev bench: generates the inputs, times the peer (dockerfile-utils) if a median was
# measured on the host, then runs armlift-bench and the whole-process scan figure.
set -euo pipefail
build="$1"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$build/bench"; mkdir -p "$work"
python3 "$repo/tests/bench/gen_big_dockerfile.py" 1000 >"$work/big.Dockerfile"
peer=""
[[ -f "$work/peer.txt" ]] && peer=$(sed -n 's/.*median_ms=\([0-9.]*\).*/\1/p' "$work/peer.txt")
"$build/bin/armlift-bench" "$work/big.Dockerfile" ${peer:+"$peer"}
# Whole process, start-up included: armlift-scan --offline over 70 real-world Dockerfiles (the
# corpus of tests/data/realworld and the workshop cases, each folder with its manifests, repeated
# to 70), against `cat` of the same files as the baseline process.
tree="$work/seventy"; rm -rf "$tree"; mkdir -p "$tree"
mapfile -t cases < <(find "$repo/tests/data/realworld" "$repo/resources/workshop" -name Dockerfile -printf '%h\n' | sort)
for i in $(seq 1 70); do cp -r "${cases[$(( (i - 1) % ${#cases[@]} ))]}" "$tree/s$i"; done
runs=()
for i in $(seq 1 7); do
  s=$(date +%s%N); "$build/bin/armlift-scan" --offline --format json "$tree" >/dev/null || true; e=$(date +%s%N)
  c0=$(date +%s%N); cat "$tree"/*/* >/dev/null 2>&1 || true; c1=$(date +%s%N)
  runs+=("$(( (e - s) / 1000 )) $(( (c1 - c0) / 1000 ))")
done
printf '%s\n' "${runs[@]}" | sort -n | awk '{a[NR]=$1; b[NR]=$2} END {m=int((NR+1)/2); printf "bench scan-70-process: %.1f ms (%.1fx cat of the same files, %.1f ms; target < 500 ms)\n", a[m]/1000, a[m]/b[m], b[m]/1000}'
# The desktop application, offscreen: start-up to first paint, RSS with the workshop open,
# keystroke-to-underline on the 1,000-line file, the longest GUI stall while scanning 10,000 files.
QT_QPA_PLATFORM=offscreen ARMLIFT_NO_USER_SETTINGS=1 "$build/bin/armlift-gui-bench" "$work/big.Dockerfile" "$repo/resources/workshop"
