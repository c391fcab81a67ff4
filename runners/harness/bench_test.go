package harness

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mptest/mptest/reports/results"
	"github.com/mptest/mptest/runners"
	"github.com/mptest/mptest/runners/discover"
	"github.com/mptest/mptest/runners/oracle"
)

// pythonExe returns CPython's real binary (not a pyenv shim), or skips.
func pythonExe(tb testing.TB) string {
	tb.Helper()
	out, err := exec.Command("python3", "-S", "-c", "import sys; print(sys.executable)").Output()
	if err != nil {
		tb.Skip("python3 not available:", err)
	}
	return strings.TrimSpace(string(out))
}

// trivialSuite writes n one-line tests without .exp files (so every
// expectation comes from the CPython oracle) and discovers them.
func trivialSuite(tb testing.TB, n int) []discover.Test {
	tb.Helper()
	dir := tb.TempDir()
	for i := range n {
		src := fmt.Sprintf("print(%d * 2)\n", i)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("t%04d.py", i)), []byte(src), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	tests, err := discover.Find([]string{dir}, discover.Options{Root: dir})
	if err != nil {
		tb.Fatal(err)
	}
	return tests
}

func cpythonSetup(tb testing.TB, python, cache string) (runners.Target, *oracle.Oracle) {
	tb.Helper()
	tgt, err := runners.Open("exec:"+python+" -S", runners.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	orc, err := oracle.New(oracle.Config{Python: python, CacheDir: cache})
	if err != nil {
		tb.Fatal(err)
	}
	return tgt, orc
}

func allPassed(tb testing.TB, rep *Report) {
	tb.Helper()
	for _, f := range rep.Files {
		for _, r := range f.Tests {
			if r.Verdict != results.Pass {
				tb.Fatalf("%s: %s (%s)", r.Name, r.Verdict, r.Reason)
			}
		}
	}
}

// TestWarmOracleCacheStartsNoCPython: after one run has filled the cache, a
// second run (a new Oracle, as in a new mptest process) starts CPython zero
// times for expectations.
func TestWarmOracleCacheStartsNoCPython(t *testing.T) {
	python := pythonExe(t)
	tests := trivialSuite(t, 12)
	cache := t.TempDir()
	tgt, orc := cpythonSetup(t, python, cache)
	rep := Run(context.Background(), tests, Config{Targets: []runners.Target{tgt}, Oracle: orc, Jobs: 2})
	allPassed(t, rep)
	if got := orc.Starts(); got != 13 { // version probe + one run per test
		t.Errorf("cold cache: %d CPython starts, want 13", got)
	}
	tgt, orc = cpythonSetup(t, python, cache)
	rep = Run(context.Background(), tests, Config{Targets: []runners.Target{tgt}, Oracle: orc, Jobs: 2})
	allPassed(t, rep)
	if got := orc.Starts(); got != 0 {
		t.Errorf("warm cache: %d CPython starts, want 0", got)
	}
}

// BenchmarkOverhead runs 500 trivial tests on `python3 -S` with -j2 and a
// warm oracle cache, and reports the harness's own cost per test: the
// worker-slot time not spent inside interpreter processes,
// (wall × jobs − Σ process durations) / tests, as ms/test-overhead.
func BenchmarkOverhead(b *testing.B) {
	const n, jobs = 500, 2
	python := pythonExe(b)
	tests := trivialSuite(b, n)
	cache := b.TempDir()
	tgt, orc := cpythonSetup(b, python, cache)
	allPassed(b, Run(context.Background(), tests, Config{Targets: []runners.Target{tgt}, Oracle: orc, Jobs: jobs})) // warm the cache
	var wall, inInterp time.Duration
	starts := int64(0)
	for b.Loop() {
		tgt, orc := cpythonSetup(b, python, cache)
		start := time.Now()
		rep := Run(context.Background(), tests, Config{Targets: []runners.Target{tgt}, Oracle: orc, Jobs: jobs})
		wall += time.Since(start)
		for _, r := range rep.Files[0].Tests {
			inInterp += time.Duration(r.DurationMS * float64(time.Millisecond))
		}
		starts += orc.Starts()
	}
	runs := float64(b.N)
	overhead := (float64(wall)*jobs - float64(inInterp)) / runs / n
	b.ReportMetric(overhead/float64(time.Millisecond), "ms/test-overhead")
	b.ReportMetric(float64(inInterp)/runs/n/float64(time.Millisecond), "ms/test-interp")
	b.ReportMetric(float64(starts)/runs, "oracle-starts/op")
}
