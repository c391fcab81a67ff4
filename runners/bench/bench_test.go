package bench

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/perf/benchfmt"

	"github.com/mptest/mptest/runners"
	"github.com/mptest/mptest/suites/perf"
)

var update = flag.Bool("update", false, "rewrite golden files")

// fakeTarget answers every run from a function of the test and the run number.
type fakeTarget struct {
	name string
	runs map[string]int
	last []byte // the source of the test being run
	fn   func(name string, n int) runners.Outcome
}

func (f *fakeTarget) Name() string                             { return f.name }
func (f *fakeTarget) Identity(context.Context) (string, error) { return "fake 1.0", nil }
func (f *fakeTarget) Concurrency() int                         { return 1 }
func (f *fakeTarget) Close() error                             { return nil }
func (f *fakeTarget) Run(_ context.Context, t runners.Test) (runners.Outcome, error) {
	if f.runs == nil {
		f.runs = map[string]int{}
	}
	f.runs[t.Name]++
	f.last = t.Source
	return f.fn(t.Name, f.runs[t.Name]), nil
}

// timed is an outcome that printed out and reports us microseconds.
func timed(out string, us int) runners.Outcome {
	return runners.Outcome{
		Stdout:   []byte(fmt.Sprintf("%s%s %d\n", out, Marker, us)),
		Duration: time.Duration(us+20000) * time.Microsecond,
	}
}

func benchmarks(t *testing.T) []*perf.Benchmark {
	t.Helper()
	var bs []*perf.Benchmark
	for _, src := range []string{
		"# bench: alpha\n# params 100MHz 64KiB: N = 10\n# params 10MHz 8KiB: N = 1\nprint(N)\n",
		"# bench: beta_gamma\n# params 100MHz 1MiB: N = 5; M = 2\nprint(N * M)\n",
	} {
		name := strings.Fields(src)[2] + ".py"
		b, err := perf.Parse(name, []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		bs = append(bs, b)
	}
	return bs
}

var reference = &fakeTarget{name: "cpython", fn: func(name string, _ int) runners.Outcome {
	return timed("answer "+name+"\n", 999)
}}

func TestRunGolden(t *testing.T) {
	target := &fakeTarget{name: "exec:fake", fn: func(name string, n int) runners.Outcome {
		o := timed("answer "+name+"\n", 1000*n+len(name))
		o.PeakHeap = int64(4096 * n)
		return o
	}}
	var out, log bytes.Buffer
	sum, err := Run(context.Background(), Config{
		Target: target, Reference: reference, Benchmarks: benchmarks(t),
		Count: 3, Labels: []Label{{"commit", "abc123"}, {"machine", "testbox"}},
		Out: &out, Log: &log,
	})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Samples != 6 || len(sum.Failures) != 0 {
		t.Errorf("summary = %+v", sum)
	}
	golden(t, "run.golden", out.Bytes())
	// Interleaving: the log shows alpha and beta alternating.
	if !strings.Contains(log.String(), " 1/3  Alpha/N=10") || strings.Index(log.String(), " 1/3  BetaGamma") > strings.Index(log.String(), " 2/3  Alpha") {
		t.Errorf("runs not interleaved:\n%s", log.String())
	}
	// The output reads back as six results with the expected values.
	r := benchfmt.NewReader(bytes.NewReader(out.Bytes()), "run.golden")
	n := 0
	for r.Scan() {
		res, ok := r.Result().(*benchfmt.Result)
		if !ok {
			t.Fatalf("unexpected record %v", r.Result())
		}
		n++
		if res.GetConfig("target") != "exec:fake" || res.GetConfig("commit") != "abc123" {
			t.Errorf("config = %v", res.Config)
		}
		if v, ok := res.Value("sec/op"); !ok || v <= 0 || v > 0.01 {
			t.Errorf("%s: sec/op = %v", res.Name, v)
		}
	}
	if n != 6 {
		t.Errorf("read %d results, want 6", n)
	}
}

func TestRunFailures(t *testing.T) {
	tests := []struct {
		name      string
		fn        func(name string, n int) runners.Outcome
		resources perf.Resources
		samples   int
		fails     []string // substrings of Failure.Error(), in order
		tooLarge  int
	}{
		{
			name: "wrong answer on run 2 drops the benchmark",
			fn: func(name string, n int) runners.Outcome {
				if strings.Contains(name, "alpha") && n == 2 {
					return timed("answer 42\n", 10)
				}
				return timed("answer "+name+"\n", 10)
			},
			samples: 1 + 3,
			fails:   []string{`Alpha/N=10: run 2: wrong answer: line 1: got "answer 42", want "answer perf/alpha.py"`},
		},
		{
			name: "crash",
			fn: func(name string, n int) runners.Outcome {
				o := timed("", 0)
				o.ExitCode, o.Stderr = 1, []byte("Traceback...\nMemoryError: x\n")
				return o
			},
			fails: []string{`Alpha/N=10: run 1: exit status 1: "MemoryError: x"`, `BetaGamma/N=5/M=2: run 1: exit status 1`},
		},
		{
			name: "timeout",
			fn: func(name string, n int) runners.Outcome {
				if strings.Contains(name, "beta") {
					return runners.Outcome{Status: runners.TimedOut}
				}
				return timed("answer "+name+"\n", 10)
			},
			samples: 3,
			fails:   []string{"BetaGamma/N=5/M=2: run 1: timed out"},
		},
		{
			name: "no timing line",
			fn: func(name string, n int) runners.Outcome {
				return runners.Outcome{Stdout: []byte("answer " + name + "\n")}
			},
			fails: []string{"run 1: no timing line", "run 1: no timing line"},
		},
		{
			name: "target reports too large",
			fn: func(name string, n int) runners.Outcome {
				if strings.Contains(name, "alpha") {
					return runners.Outcome{Status: runners.TooLarge, Err: errors.New("MemoryError")}
				}
				return timed("answer "+name+"\n", 10)
			},
			samples:  3,
			tooLarge: 1,
		},
		{
			name:      "parameters too large for a small board",
			fn:        func(name string, n int) runners.Outcome { return timed("answer "+name+"\n", 10) },
			resources: perf.Resources{CPUMHz: 16, HeapKiB: 16},
			samples:   3,
			tooLarge:  1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			sum, err := Run(context.Background(), Config{
				Target: &fakeTarget{name: "t", fn: tt.fn}, Reference: reference,
				Benchmarks: benchmarks(t), Resources: tt.resources, Count: 3, Out: &out,
			})
			if err != nil {
				t.Fatal(err)
			}
			if sum.Samples != tt.samples {
				t.Errorf("samples = %d, want %d", sum.Samples, tt.samples)
			}
			if len(sum.Failures) != len(tt.fails) {
				t.Fatalf("failures = %v, want %d", sum.Failures, len(tt.fails))
			}
			for i, f := range sum.Failures {
				if !strings.Contains(f.Error(), tt.fails[i]) {
					t.Errorf("failure %d = %q, want it to contain %q", i, f.Error(), tt.fails[i])
				}
				if !strings.Contains(out.String(), "--- FAIL: Benchmark"+f.Benchmark) {
					t.Errorf("output lacks a FAIL line for %s:\n%s", f.Benchmark, out.String())
				}
			}
			if len(sum.TooLarge) != tt.tooLarge {
				t.Errorf("too large = %v, want %d", sum.TooLarge, tt.tooLarge)
			}
			if got := strings.Count(out.String(), "\nBenchmark"); got != tt.samples {
				t.Errorf("%d result lines, want %d:\n%s", got, tt.samples, out.String())
			}
		})
	}
}

func TestReferenceFailure(t *testing.T) {
	bad := &fakeTarget{name: "cpython", fn: func(string, int) runners.Outcome {
		return runners.Outcome{ExitCode: 1, Stderr: []byte("SyntaxError: nope")}
	}}
	var out bytes.Buffer
	sum, err := Run(context.Background(), Config{
		Target:    &fakeTarget{name: "t", fn: func(string, int) runners.Outcome { t.Fatal("target ran"); return runners.Outcome{} }},
		Reference: bad, Benchmarks: benchmarks(t), Count: 2, Out: &out,
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Failures) != 2 || sum.Failures[0].Run != 0 || !strings.Contains(sum.Failures[0].Error(), "reference run") {
		t.Errorf("failures = %v", sum.Failures)
	}
}

// TestInterruptKeepsSamples cancels the run after three samples and checks
// that those three were written.
func TestInterruptKeepsSamples(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	n := 0
	target := &fakeTarget{name: "t", fn: func(name string, _ int) runners.Outcome {
		n++
		if n == 3 {
			cancel()
			return runners.Outcome{Status: runners.Failed, Err: context.Canceled}
		}
		return timed("answer "+name+"\n", 10)
	}}
	var out bytes.Buffer
	sum, err := Run(ctx, Config{Target: target, Reference: reference, Benchmarks: benchmarks(t), Count: 5, Out: &out})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if sum.Samples != 2 || strings.Count(out.String(), "\nBenchmark") != 2 {
		t.Errorf("samples = %d, output:\n%s", sum.Samples, out.String())
	}
}

func TestCutMarker(t *testing.T) {
	tests := []struct {
		in, rest string
		us       int64
		ok       bool
	}{
		{"a\nb\n" + Marker + " 1234\n", "a\nb\n", 1234, true},
		{Marker + " 7\n", "", 7, true},
		{"a\n" + Marker + " 5", "a\n", 5, true},
		{"a\n" + Marker + " 5\ntrailing\n", "a\ntrailing\n", 5, true},
		{"a\n", "a\n", 0, false},
		{"a\n" + Marker + " x\n", "a\n" + Marker + " x\n", 0, false},
		{"a\n" + Marker + " -3\n", "a\n" + Marker + " -3\n", 0, false},
		{"say " + Marker + " 5\n", "say " + Marker + " 5\n", 0, false},
	}
	for _, tt := range tests {
		rest, us, ok := cutMarker([]byte(tt.in))
		if string(rest) != tt.rest || us != tt.us || ok != tt.ok {
			t.Errorf("cutMarker(%q) = %q, %d, %v; want %q, %d, %v", tt.in, rest, us, ok, tt.rest, tt.us, tt.ok)
		}
	}
}

func TestFirstDifference(t *testing.T) {
	tests := []struct{ got, want, diff string }{
		{"a\nb\n", "a\nc\n", `line 2: got "b", want "c"`},
		{"a\n", "a\nb\n", `line 2: got "", want "b"`},
		{"a", "a\nb", `line 2: got end of output, want "b"`},
	}
	for _, tt := range tests {
		if d := firstDifference([]byte(tt.got), []byte(tt.want)); d != tt.diff {
			t.Errorf("firstDifference(%q, %q) = %s, want %s", tt.got, tt.want, d, tt.diff)
		}
	}
}

// TestInstrumentedProgramOnCPython runs a real suite program, instrumented,
// on python3 and checks the timing line and that line numbers are kept.
func TestInstrumentedProgramOnCPython(t *testing.T) {
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not found")
	}
	bs, err := perf.Suite()
	if err != nil {
		t.Fatal(err)
	}
	bs = perf.Filter(bs, mustRE(`^nqueens$`), nil)
	p, err := bs[0].Select(perf.Resources{CPUMHz: 16, HeapKiB: 16})
	if err != nil {
		t.Fatal(err)
	}
	src := Instrument(bs[0], p, ProgramTiming)
	if strings.Count(string(src), "\n") != strings.Count(string(bs[0].Source), "\n")+2 {
		t.Errorf("instrumentation moved the program's lines")
	}
	cmd := exec.Command("python3", "-")
	cmd.Stdin = bytes.NewReader(src)
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	rest, us, ok := cutMarker(out)
	if !ok || us <= 0 || us > 30e6 {
		t.Fatalf("no plausible timing in %q", out)
	}
	if !strings.HasPrefix(string(rest), "5 queens: 10 solutions\n") {
		t.Errorf("output = %q", rest)
	}
	plain := exec.Command("python3", "-")
	plain.Stdin = bytes.NewReader(bs[0].Program(p))
	want, err := plain.Output()
	if err != nil {
		t.Fatal(err)
	}
	if string(rest) != string(want) {
		t.Errorf("instrumented output %q differs from plain %q", rest, want)
	}
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs; got:\n%s\nwant:\n%s", name, got, want)
	}
}

func mustRE(s string) *regexp.Regexp { return regexp.MustCompile(s) }

func TestWallTiming(t *testing.T) {
	target := &fakeTarget{name: "t", fn: func(name string, n int) runners.Outcome {
		// No timing line: with wall timing the run's duration is the sample.
		return runners.Outcome{Stdout: []byte("answer " + name + "\n"), Duration: time.Duration(n) * time.Second}
	}}
	ref := &fakeTarget{name: "ref", fn: func(name string, _ int) runners.Outcome {
		return runners.Outcome{Stdout: []byte("answer " + name + "\n")}
	}}
	var out bytes.Buffer
	sum, err := Run(context.Background(), Config{Target: target, Reference: ref, Benchmarks: benchmarks(t)[:1], Count: 2, Timing: WallTiming, Out: &out})
	if err != nil || sum.Samples != 2 {
		t.Fatalf("Run = %+v, %v", sum, err)
	}
	for _, want := range []string{"timing: wall\n", "BenchmarkAlpha/N=10 1 1 sec/op\n", "BenchmarkAlpha/N=10 1 2 sec/op\n"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	if strings.Contains(out.String(), "wall-sec/op") {
		t.Errorf("wall timing wrote wall-sec/op twice:\n%s", out.String())
	}
}

func TestParseTiming(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Timing
		ok   bool
	}{{"program", ProgramTiming, true}, {"wall", WallTiming, true}, {"auto", AutoTiming, true}, {"cpu", 0, false}} {
		got, err := ParseTiming(tt.in)
		if (err == nil) != tt.ok || got != tt.want || (tt.ok && got.String() != tt.in) {
			t.Errorf("ParseTiming(%q) = %v, %v", tt.in, got, err)
		}
	}
}

func TestMachineLabels(t *testing.T) {
	keys := map[string]string{}
	for _, l := range MachineLabels(context.Background()) {
		if l.Key == "" || strings.ContainsAny(l.Key, " :") || strings.ContainsRune(l.Value, '\n') {
			t.Errorf("bad label %+v", l)
		}
		keys[l.Key] = l.Value
	}
	if keys["goos"] == "" || keys["goarch"] == "" {
		t.Errorf("labels %v lack goos/goarch", keys)
	}
}

func TestSecondsPrintShort(t *testing.T) {
	// seconds(d) must be the double nearest to d's exact decimal value, so
	// that it prints as that decimal.
	for _, ns := range []int64{1259079143, 1751591922, 999, 20000000, 3e9} {
		exact, err := strconv.ParseFloat(fmt.Sprintf("%d.%09d", ns/1e9, ns%1e9), 64)
		if err != nil {
			t.Fatal(err)
		}
		if got := seconds(time.Duration(ns)); got != exact {
			t.Errorf("seconds(%dns) = %v, want %v", ns, got, exact)
		}
	}
	if fmt.Sprint(seconds(1259079143)) != "1.259079143" {
		t.Errorf("seconds prints %v", seconds(1259079143))
	}
}

func TestAutoTiming(t *testing.T) {
	tests := []struct {
		name   string
		clock  bool // whether the target can run the timing code
		timing string
	}{
		{"target with a clock", true, "timing: program\n"},
		{"target without one", false, "timing: wall\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			target := &fakeTarget{name: "t", fn: func(name string, n int) runners.Outcome {
				if !tt.clock {
					if name == "perf/timing_probe.py" {
						return runners.Outcome{ExitCode: 1, Stderr: []byte("ImportError: no module named 'time'\n")}
					}
					return runners.Outcome{Stdout: []byte("answer " + name + "\n"), Duration: time.Second}
				}
				if name == "perf/timing_probe.py" {
					return timed("", 1)
				}
				return timed("answer "+name+"\n", 10)
			}}
			// The reference prints a timing line only for instrumented programs.
			var ref *fakeTarget
			ref = &fakeTarget{name: "cpython", fn: func(name string, _ int) runners.Outcome {
				if bytes.Contains(ref.last, []byte("_mptest_time")) {
					return timed("answer "+name+"\n", 999)
				}
				return runners.Outcome{Stdout: []byte("answer " + name + "\n")}
			}}
			var out, log bytes.Buffer
			sum, err := Run(context.Background(), Config{
				Target: target, Reference: ref, Benchmarks: benchmarks(t)[:1],
				Count: 1, Timing: AutoTiming, Out: &out, Log: &log,
			})
			if err != nil || sum.Samples != 1 || len(sum.Failures) != 0 {
				t.Fatalf("Run = %+v, %v\n%s", sum, err, out.String())
			}
			if !strings.Contains(out.String(), tt.timing) {
				t.Errorf("output lacks %q:\n%s", tt.timing, out.String())
			}
			if target.runs["perf/timing_probe.py"] != 1 {
				t.Errorf("probe ran %d times", target.runs["perf/timing_probe.py"])
			}
			if !tt.clock && !strings.Contains(log.String(), "cannot time a program itself (exit status 1: \"ImportError") {
				t.Errorf("log lacks the reason:\n%s", log.String())
			}
		})
	}
}

// TestInstrumentStartup checks that a benchmark without parameters still
// gets valid timing code on its first line.
func TestInstrumentStartup(t *testing.T) {
	b := perf.Startup()
	got := string(Instrument(b, b.Params[0], ProgramTiming))
	if !strings.HasPrefix(got, timingStart+"\npass\n") {
		t.Errorf("Instrument = %q", got)
	}
}

// TestInterruptDuringReference: an interrupted reference run is not a
// failure of the benchmark.
func TestInterruptDuringReference(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ref := &fakeTarget{name: "cpython", fn: func(string, int) runners.Outcome {
		cancel()
		return runners.Outcome{Status: runners.Failed, Err: context.Canceled}
	}}
	var out bytes.Buffer
	sum, err := Run(ctx, Config{Target: reference, Reference: ref, Benchmarks: benchmarks(t), Count: 1, Timing: ProgramTiming, Out: &out})
	if !errors.Is(err, context.Canceled) || len(sum.Failures) != 0 || out.Len() != 0 {
		t.Errorf("Run = %+v, %v; output %q", sum, err, out.String())
	}
}

// TestSeveralTargets measures two targets in the same rounds: one that times
// programs itself and one without a clock (timed by wall time). Samples
// alternate between them, each with its own configuration, and a wrong
// answer drops the benchmark on that target only.
func TestSeveralTargets(t *testing.T) {
	clock := &fakeTarget{name: "host", fn: func(name string, n int) runners.Outcome {
		if name == "perf/timing_probe.py" {
			return timed("", 1)
		}
		if strings.Contains(name, "beta") && n == 2 {
			return timed("answer 42\n", 10)
		}
		return timed("answer "+name+"\n", 1000*n)
	}}
	wall := &fakeTarget{name: "board", fn: func(name string, n int) runners.Outcome {
		if name == "perf/timing_probe.py" {
			return runners.Outcome{ExitCode: 1, Stderr: []byte("ImportError: no module named 'time'\n")}
		}
		return runners.Outcome{Stdout: []byte("answer " + name + "\n"), Duration: time.Duration(n) * time.Second}
	}}
	var ref *fakeTarget
	ref = &fakeTarget{name: "cpython", fn: func(name string, _ int) runners.Outcome {
		if bytes.Contains(ref.last, []byte("_mptest_time")) {
			return timed("answer "+name+"\n", 999)
		}
		return runners.Outcome{Stdout: []byte("answer " + name + "\n")}
	}}
	var out, log bytes.Buffer
	sum, err := Run(context.Background(), Config{
		Target: clock, Also: []runners.Target{wall}, Reference: ref, Benchmarks: benchmarks(t),
		Count: 2, Timing: AutoTiming, Labels: []Label{{"commit", "abc123"}}, Out: &out, Log: &log,
	})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Samples != 7 || len(sum.Failures) != 1 {
		t.Fatalf("summary = %+v\n%s", sum, log.String())
	}
	if f := sum.Failures[0]; f.Target != "host" || !strings.Contains(f.Error(), "BetaGamma/N=5/M=2: run 2 on host: wrong answer") {
		t.Errorf("failure = %v (target %q)", f, f.Target)
	}
	// One reference run per benchmark, whatever the number of targets.
	for name, n := range ref.runs {
		if n != 1 {
			t.Errorf("reference ran %s %d times", name, n)
		}
	}
	if !strings.Contains(log.String(), " 1/2  Alpha/N=10                   0.0010s  on host\n 1/2  Alpha/N=10                   1.0000s  on board\n") {
		t.Errorf("log does not alternate the targets:\n%s", log.String())
	}
	golden(t, "several.golden", out.Bytes())
	// Read back, every result carries its own target and timing.
	r := benchfmt.NewReader(bytes.NewReader(out.Bytes()), "several.golden")
	perTarget := map[string]int{}
	for r.Scan() {
		res, ok := r.Result().(*benchfmt.Result)
		if !ok {
			continue
		}
		target, timing := res.GetConfig("target"), res.GetConfig("timing")
		if (target == "host") != (timing == "program") || res.GetConfig("commit") != "abc123" {
			t.Errorf("%s: config %v", res.Name, res.Config)
		}
		perTarget[target]++
	}
	if perTarget["host"] != 3 || perTarget["board"] != 4 {
		t.Errorf("results per target = %v", perTarget)
	}
}
