package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
	"time"
)

// buildRefpy builds this command into a temporary directory.
func buildRefpy(tb testing.TB) string {
	tb.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		tb.Skip("go tool not found:", err)
	}
	bin := filepath.Join(tb.TempDir(), "refpy")
	cmd := exec.Command(goTool, "build", "-o", bin, ".")
	if out, err := cmd.CombinedOutput(); err != nil {
		tb.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// pyInitRE matches the refinterp/py line of GODEBUG=inittrace=1's output.
var pyInitRE = regexp.MustCompile(`init github\.com/mptest/mptest/refinterp/py @[0-9.]+ ms, ([0-9.]+) ms clock, ([0-9]+) bytes, ([0-9]+) allocs`)

// parsePyInit extracts the interpreter package's initialisation time (ms)
// and allocation count from an inittrace.
func parsePyInit(trace []byte) (ms float64, allocs int, ok bool) {
	m := pyInitRE.FindSubmatch(trace)
	if m == nil {
		return 0, 0, false
	}
	ms, err1 := strconv.ParseFloat(string(m[1]), 64)
	allocs, err2 := strconv.Atoi(string(m[3]))
	return ms, allocs, err1 == nil && err2 == nil
}

func TestParsePyInit(t *testing.T) {
	tests := []struct {
		in     string
		ms     float64
		allocs int
		ok     bool
	}{
		{"init internal/godebug @2.8 ms, 0.74 ms clock, 312 bytes, 7 allocs\n" +
			"init github.com/mptest/mptest/refinterp/py @7.5 ms, 3.4 ms clock, 469616 bytes, 6851 allocs\n", 3.4, 6851, true},
		{"init github.com/mptest/mptest/refinterp/pyfmt @1 ms, 0.1 ms clock, 0 bytes, 0 allocs\n", 0, 0, false},
		{"", 0, 0, false},
	}
	for _, tc := range tests {
		ms, allocs, ok := parsePyInit([]byte(tc.in))
		if ms != tc.ms || allocs != tc.allocs || ok != tc.ok {
			t.Errorf("parsePyInit(%q) = %v, %v, %v; want %v, %v, %v", tc.in, ms, allocs, ok, tc.ms, tc.allocs, tc.ok)
		}
	}
}

// BenchmarkExecPrint measures the whole start-up of "refpy -c 'print(1)'"
// as a user sees it: exec, Go runtime and package initialisation, a new
// interpreter, running the code and exiting. It also reports the
// interpreter package's own initialisation (GODEBUG=inittrace=1), in
// milliseconds and allocations. The target is 3 ms a run on an
// idle machine.
func BenchmarkExecPrint(b *testing.B) {
	bin := buildRefpy(b)
	env := append(os.Environ(), "GODEBUG=inittrace=1")
	var initMS float64
	var initAllocs, traced int
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		var out, errb bytes.Buffer
		cmd := exec.Command(bin, "-c", "print(1)")
		cmd.Env = env
		cmd.Stdout, cmd.Stderr = &out, &errb
		if err := cmd.Run(); err != nil {
			b.Fatalf("%v: %s", err, errb.Bytes())
		}
		if out.String() != "1\n" {
			b.Fatalf("stdout %q", out.String())
		}
		if ms, allocs, ok := parsePyInit(errb.Bytes()); ok {
			initMS += ms
			initAllocs += allocs
			traced++
		}
	}
	elapsed := time.Since(start)
	b.StopTimer()
	b.ReportMetric(float64(elapsed.Microseconds())/1000/float64(b.N), "ms/run")
	if traced > 0 {
		b.ReportMetric(initMS/float64(traced), "py-init-ms/run")
		b.ReportMetric(float64(initAllocs)/float64(traced), "py-init-allocs/run")
	}
}
