package bench

import (
	"bytes"
	"strconv"

	"github.com/mptest/mptest/suites/perf"
)

// Marker starts the line on which an instrumented program prints its own
// run time in microseconds.
const Marker = "@mptest-bench-us"

// The timing code prefers MicroPython's ticks_us/ticks_diff (wrapping
// counters, the only clock some boards have) and falls back to CPython's
// perf_counter. It goes on the program's first line, after the parameters,
// so the program's own lines keep their numbers.
const (
	timingStart = `import time as _mptest_time; _mptest_t0 = _mptest_time.ticks_us() if hasattr(_mptest_time, "ticks_us") else _mptest_time.perf_counter()`
	timingEnd   = `_mptest_t1 = _mptest_time.ticks_us() if hasattr(_mptest_time, "ticks_us") else _mptest_time.perf_counter()
print("` + Marker + `", _mptest_time.ticks_diff(_mptest_t1, _mptest_t0) if hasattr(_mptest_time, "ticks_us") else int((_mptest_t1 - _mptest_t0) * 1000000))
`
)

// Instrument returns the program to run for b with parameters p: the
// parameters on the first line and, with ProgramTiming, the timing code
// around the program.
func Instrument(b *perf.Benchmark, p perf.ParamSet, timing Timing) []byte {
	if timing == WallTiming {
		return b.Program(p)
	}
	first := timingStart
	if pre := p.Prelude(); pre != "" {
		first = pre + "; " + timingStart
	}
	src := b.WithFirstLine(first)
	if len(src) > 0 && src[len(src)-1] != '\n' {
		src = append(src, '\n')
	}
	return append(src, timingEnd...)
}

// cutMarker removes the last timing line from out and returns the output
// before it and the time it reports.
func cutMarker(out []byte) (rest []byte, micros int64, ok bool) {
	i := bytes.LastIndex(out, []byte(Marker+" "))
	if i < 0 || (i > 0 && out[i-1] != '\n') {
		return out, 0, false
	}
	line := out[i+len(Marker)+1:]
	end := bytes.IndexByte(line, '\n')
	if end < 0 {
		end = len(line)
	}
	n, err := strconv.ParseInt(string(bytes.TrimSpace(line[:end])), 10, 64)
	if err != nil || n < 0 {
		return out, 0, false
	}
	after := line[end:]
	if len(after) > 0 {
		after = after[1:]
	}
	rest = append(append([]byte(nil), out[:i]...), after...)
	return rest, n, true
}
