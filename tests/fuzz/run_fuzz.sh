#!/usr/bin/env bash
# Runs each libFuzzer target for a bounded time with a seed corpus made from the repository's
# Dockerfiles and requirements files. Crashes are written to build/fuzz/crashes/ and fail the run.
set -euo pipefail
build="$1"; seconds="${2:-60}"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
mkdir -p "$build/corpus/dockerfile" "$build/corpus/requirements" "$build/corpus/manifests" "$build/crashes"
find "$repo/resources" "$repo/tests/data" -type f \( -name 'Dockerfile*' -o -name '*.Dockerfile' \) -exec cp -f {} "$build/corpus/dockerfile/" \; 2>/dev/null || true
i=0; for f in $(find "$repo/resources" "$repo/tests/data" -type f \( -name 'Dockerfile*' -o -name '*.Dockerfile' \)); do cp -f "$f" "$build/corpus/dockerfile/seed$i"; i=$((i+1)); done
i=0; for f in $(find "$repo/resources" "$repo/tests/data" -type f -name 'requirements*.txt' -o -name go.mod); do cp -f "$f" "$build/corpus/requirements/seed$i"; i=$((i+1)); done
i=0; for f in $(find "$repo/resources" "$repo/tests/data" -type f \( -name 'package*.json' -o -name yarn.lock -o -name pnpm-lock.yaml -o -name 'Gemfile*' \)); do cp -f "$f" "$build/corpus/manifests/seed$i"; i=$((i+1)); done
status=0
for t in dockerfile requirements manifests; do
  echo "fuzz: fuzz_$t for ${seconds}s" >&2
  ( cd "$build/crashes" && "$build/bin/fuzz_$t" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
      -print_final_stats=1 "$build/corpus/$t" ) 2>"$build/fuzz_$t.log" || status=1
  grep -E "stat::number_of_executed_units|ERROR|SUMMARY" "$build/fuzz_$t.log" >&2 || true
done
exit $status
