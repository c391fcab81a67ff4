#!/usr/bin/env bash
# ci/nightly.sh: the nightly job. It does what is too slow for every commit:
# builds the TinyGo firmware (about 14 minutes cold, a few warm, cached in
# ~/.cache/mptest/tinygo), runs the suites on the emulated boards (stock
# MicroPython on a micro:bit, our firmware on mps2-an385), records the commit
# in the history, renders the dashboard, and fails on a significant
# benchmark regression against the previous night's samples.
#
# Usage: ci/nightly.sh [OUT_DIR]   (default: nightly-out)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out=${1:-nightly-out}
mkdir -p "$out"

go build -o "$out/mptest" ./cmd/mptest
mptest=$out/mptest

firmware/tinygo/build.sh
export MPTEST_REQUIRE_TINYGO=1 MPTEST_REQUIRE_QEMU=1
go test ./firmware/tinygo/...

status=0
"$mptest" run -t host -t qemu:microbit -t qemu:mps2 -t vboard:pyboard \
	--results-dir "$out/results" --junit "$out/junit.xml" || status=$?
"$mptest" report --matrix --results "$out/results" --format markdown > "$out/matrix.md"

"$mptest" record -t host --history "$out/history" --bench-count 5
"$mptest" report --history "$out/history" -o "$out/dashboard.html"

"$mptest" bench -t host --count 10 -o "$out/bench-host.txt"
if [[ -f $out/bench-host.prev.txt ]]; then
	"$mptest" bench compare --unit sec/op --threshold 5% "$out/bench-host.prev.txt" "$out/bench-host.txt" || status=1
fi
exit "$status"
