#!/usr/bin/env bash
# Instructions per call of each guarded path and its baselines, counted by valgrind's callgrind: the difference between
# a run of 200,000 calls and one of 100,000, divided by 100,000, so that start-up costs cancel out.
set -euo pipefail
cd "$(dirname "$0")"
command -v valgrind > /dev/null || { echo "needs valgrind (apt-get install -y valgrind)"; exit 1; }
swift build -c release --product instruction-counts > /dev/null
binary=$(swift build -c release --show-bin-path)/instruction-counts
count() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$binary" "$1" "$2" 2>&1 \
        | sed -n 's/.*Collected : *\([0-9]*\).*/\1/p'
}
printf '%-40s %s\n' "path" "instructions per call"
for path in empty-loop breaker-closed-count-window breaker-closed-time-window \
    breaker-closed-count-window-untimed breaker-closed-time-window-untimed \
    breaker-open-rejection-non-throwing breaker-open-rejection-throwing; do
    small=$(count "$path" 100000)
    large=$(count "$path" 200000)
    printf '%-40s %s\n' "$path" $(((large - small) / 100000))
done
