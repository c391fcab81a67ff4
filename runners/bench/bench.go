// Package bench runs the performance suite on a target and writes what it
// measures in the Go benchmark format (golang.org/x/perf/benchfmt).
//
// A run takes Count samples of every benchmark, interleaved: round 1 runs
// each benchmark once, then round 2, and so on, so that a slow drift of the
// machine (thermal throttling, another job starting) spreads over all
// benchmarks instead of landing on the last ones. Every sample's output is
// checked against the reference interpreter's (CPython) output for the same
// parameters: a wrong answer is a failure, never a fast run, and the
// benchmark is dropped from later rounds.
//
// Timing. With ProgramTiming the program reads a clock itself
// right after its parameters are bound and again after its last statement,
// and prints the difference on a marker line that the runner removes before
// the output is compared; this excludes interpreter start-up and, on a board,
// the upload of the program, which can be larger than the workload. The
// wall time of the whole run (Outcome.Duration) is recorded as a second unit,
// wall-sec/op. With WallTiming only the wall time is used, for interpreters
// without a time module. AutoTiming (the command's default) first runs the
// timing code alone on the target and uses ProgramTiming if it works, else
// WallTiming. Peak heap, where the target reports it, is recorded as
// peak-heap-B.
//
// Several targets. Config.Also names further targets measured in the same
// run: in every round each benchmark runs on Target and then on each of
// Also, so that the drift of the machine hits all targets alike and their
// samples can be compared with each other (benchstat by the "target" key,
// e.g. a port's time as a ratio of CPython's). Every target runs the same
// parameter sets, chosen for Resources, and is checked against the same
// expected output; a failure drops the benchmark on that target only.
//
// Each sample is written as soon as it is measured, so an interrupted run
// keeps what it measured; a failed sample is written as a "--- FAIL:" line,
// which readers of the format ignore.
package bench

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"golang.org/x/perf/benchfmt"

	"github.com/mptest/mptest/runners"
	"github.com/mptest/mptest/suites/perf"
)

// Timing says how a sample's time is measured.
type Timing int

const (
	// ProgramTiming has the program time itself (see the package comment).
	ProgramTiming Timing = iota
	// WallTiming uses the target's wall time for the whole run.
	WallTiming
	// AutoTiming probes the target: ProgramTiming if the program can time
	// itself there, else WallTiming.
	AutoTiming
)

// String returns the name used on the command line and in results files.
func (t Timing) String() string {
	switch t {
	case WallTiming:
		return "wall"
	case AutoTiming:
		return "auto"
	}
	return "program"
}

// ParseTiming parses "auto", "program" or "wall".
func ParseTiming(s string) (Timing, error) {
	switch s {
	case "auto":
		return AutoTiming, nil
	case "program":
		return ProgramTiming, nil
	case "wall":
		return WallTiming, nil
	}
	return 0, fmt.Errorf("unknown timing %q (want auto, program or wall)", s)
}

// Units of the values written for each sample.
const (
	UnitTime     = "sec/op"      // the benchmark's time (program or wall, per Timing)
	UnitWallTime = "wall-sec/op" // the whole run's wall time, with ProgramTiming only
	UnitPeakHeap = "peak-heap-B" // the target's peak heap, when it reports one
)

// Label is a configuration key written at the top of the results, e.g.
// "commit: 3a86934...". Keys are lower case without spaces.
type Label struct {
	Key, Value string
}

// Config describes one bench run.
type Config struct {
	// Target is the interpreter measured.
	Target runners.Target
	// Also are further targets measured in the same rounds as Target (see
	// the package comment); one of them may be Reference.
	Also []runners.Target
	// Reference runs each program once to produce the expected output
	// (normally the cpython target). It may be the same target as Target.
	Reference runners.Target
	// Benchmarks to run, in order.
	Benchmarks []*perf.Benchmark
	// Resources of the target, for choosing parameter sets.
	Resources perf.Resources
	// Count is the number of samples per benchmark (default 10).
	Count int
	// Timing selects how time is measured.
	Timing Timing
	// Timeout bounds one run (0: no limit beyond the context's).
	Timeout time.Duration
	// Labels are written as configuration keys before the first result,
	// after the ones the runner adds (target, interpreter, timing).
	Labels []Label
	// Out receives the results in the Go benchmark format.
	Out io.Writer
	// Log receives one progress line per run (nil: none).
	Log io.Writer
}

// Failure is a benchmark that produced no valid sample in some run.
type Failure struct {
	Benchmark string // result name, e.g. "Fannkuch/N=8"
	Run       int    // 1-based sample number; 0 for the reference run
	Reason    string
	// Target is the target's name when the run measured several (Also).
	Target string
}

// Error describes the failure, e.g. "Fannkuch/N=8: run 3: timed out", or
// "Fannkuch/N=8: run 3 on host: timed out" when several targets ran.
func (f Failure) Error() string {
	if f.Run == 0 {
		return fmt.Sprintf("%s: reference run: %s", f.Benchmark, f.Reason)
	}
	if f.Target != "" {
		return fmt.Sprintf("%s: run %d on %s: %s", f.Benchmark, f.Run, f.Target, f.Reason)
	}
	return fmt.Sprintf("%s: run %d: %s", f.Benchmark, f.Run, f.Reason)
}

// Summary is what a run did.
type Summary struct {
	// Samples is the number of samples written.
	Samples int
	// Failures lists wrong answers, crashes and timeouts; each failing
	// benchmark was dropped after its first failure.
	Failures []Failure
	// TooLarge lists benchmarks that no parameter set fits, or that the
	// target reported as too large to load, with the reason.
	TooLarge []string
}

// lane is one measured target with what is written with its results.
type lane struct {
	target runners.Target
	timing Timing
	config []benchfmt.Config
}

// job is one benchmark prepared for the targets.
type job struct {
	bench    *perf.Benchmark
	params   perf.ParamSet
	name     string         // result name
	tests    []runners.Test // the program for each lane (by its timing)
	expected []byte
	dropped  []bool // per lane
}

// Run runs the benchmarks. It returns an error when the target or the
// output fails, or ctx is done; the Summary then holds what was done so far
// (and the output all samples measured until then).
func Run(ctx context.Context, cfg Config) (Summary, error) {
	var sum Summary
	if cfg.Count <= 0 {
		cfg.Count = 10
	}
	if cfg.Target == nil || cfg.Reference == nil || cfg.Out == nil {
		return sum, errors.New("bench: Target, Reference and Out are required")
	}
	logf := func(format string, args ...any) {
		if cfg.Log != nil {
			fmt.Fprintf(cfg.Log, format+"\n", args...)
		}
	}
	dir, err := os.MkdirTemp("", "mptest-bench-")
	if err != nil {
		return sum, fmt.Errorf("bench: %w", err)
	}
	defer os.RemoveAll(dir)

	targets := append([]runners.Target{cfg.Target}, cfg.Also...)
	lanes := make([]*lane, len(targets))
	for i, t := range targets {
		if lanes[i], err = newLane(ctx, cfg, t, dir, logf); err != nil {
			return sum, err
		}
	}
	w := benchfmt.NewWriter(cfg.Out)

	jobs, err := prepare(ctx, cfg, lanes, dir, &sum, logf)
	if err != nil {
		return sum, err
	}
	for run := 1; run <= cfg.Count; run++ {
		for _, j := range jobs {
			for li, l := range lanes {
				if j.dropped[li] {
					continue
				}
				if err := sample(ctx, cfg, w, lanes, li, l, j, run, &sum, logf); err != nil {
					return sum, err
				}
			}
		}
	}
	return sum, nil
}

// newLane identifies t and settles its timing.
func newLane(ctx context.Context, cfg Config, t runners.Target, dir string, logf func(string, ...any)) (*lane, error) {
	ident, err := t.Identity(ctx)
	if err != nil {
		return nil, fmt.Errorf("bench: identifying target %s: %w", t.Name(), err)
	}
	timing := cfg.Timing
	if timing == AutoTiming {
		var why string
		timing, why, err = probeTiming(ctx, t, dir, cfg.Timeout)
		if err != nil {
			return nil, fmt.Errorf("bench: target %s: %w", t.Name(), err)
		}
		if timing == WallTiming {
			logf("note  %s cannot time a program itself (%s); timing whole runs", t.Name(), why)
		}
	}
	config := []benchfmt.Config{
		{Key: "target", Value: []byte(t.Name()), File: true},
		{Key: "interpreter", Value: []byte(ident), File: true},
		{Key: "timing", Value: []byte(timing.String()), File: true},
	}
	for _, l := range cfg.Labels {
		config = append(config, benchfmt.Config{Key: l.Key, Value: []byte(l.Value), File: true})
	}
	return &lane{target: t, timing: timing, config: config}, nil
}

// sample runs job j once on lane l (number li of lanes) and writes the
// result, or records why there is none and drops j on that lane. It returns
// an error only when the run cannot go on.
func sample(ctx context.Context, cfg Config, w *benchfmt.Writer, lanes []*lane, li int, l *lane, j *job, run int, sum *Summary, logf func(string, ...any)) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("bench: interrupted after %d samples: %w", sum.Samples, err)
	}
	o, err := runOnce(ctx, l.target, j.tests[li], cfg.Timeout)
	if err != nil {
		return fmt.Errorf("bench: target %s: %w", l.target.Name(), err)
	}
	if ctx.Err() != nil {
		return fmt.Errorf("bench: interrupted after %d samples: %w", sum.Samples, ctx.Err())
	}
	on := ""
	if len(lanes) > 1 {
		on = "  on " + l.target.Name()
	}
	if o.Status == runners.TooLarge {
		j.dropped[li] = true
		msg := fmt.Sprintf("benchmark %s on %s: too large: %v", j.bench.Name, l.target.Name(), o.Err)
		sum.TooLarge = append(sum.TooLarge, msg)
		logf("skip  %s", msg)
		return nil
	}
	out, secs, bad := check(o, l.timing)
	if bad == "" && !bytes.Equal(out, j.expected) {
		bad = "wrong answer: " + firstDifference(out, j.expected)
	}
	if bad != "" {
		j.dropped[li] = true
		f := Failure{Benchmark: j.name, Run: run, Reason: bad}
		if len(lanes) > 1 {
			f.Target = l.target.Name()
		}
		sum.Failures = append(sum.Failures, f)
		logf("FAIL  %v", f)
		return writeFailure(cfg.Out, f)
	}
	res := &benchfmt.Result{Config: l.config, Name: benchfmt.Name(j.name), Iters: 1}
	res.Values = append(res.Values, benchfmt.Value{Value: secs, Unit: UnitTime})
	if l.timing == ProgramTiming {
		res.Values = append(res.Values, benchfmt.Value{Value: seconds(o.Duration), Unit: UnitWallTime})
	}
	if o.PeakHeap > 0 {
		res.Values = append(res.Values, benchfmt.Value{Value: float64(o.PeakHeap), Unit: UnitPeakHeap})
	}
	if err := w.Write(res); err != nil {
		return fmt.Errorf("bench: writing results: %w", err)
	}
	sum.Samples++
	logf("%2d/%d  %-28s %.4fs%s", run, cfg.Count, j.name, secs, on)
	return nil
}

// prepare chooses each benchmark's parameters, writes its program into dir
// (once per timing the lanes use) and runs it once on the reference, with the
// first lane's timing, for the expected output. Benchmarks that are too large
// or fail on the reference are recorded in sum and left out.
func prepare(ctx context.Context, cfg Config, lanes []*lane, dir string, sum *Summary, logf func(string, ...any)) ([]*job, error) {
	var jobs []*job
	for _, b := range cfg.Benchmarks {
		p, err := b.Select(cfg.Resources)
		if err != nil {
			sum.TooLarge = append(sum.TooLarge, err.Error())
			logf("skip  %s: %v", b.Name, err)
			continue
		}
		j := &job{bench: b, params: p, name: b.ResultName(p), dropped: make([]bool, len(lanes))}
		byTiming := map[Timing]runners.Test{}
		for _, l := range lanes {
			test, ok := byTiming[l.timing]
			if !ok {
				if test, err = writeProgram(dir, b, p, l.timing); err != nil {
					return nil, err
				}
				byTiming[l.timing] = test
			}
			j.tests = append(j.tests, test)
		}
		o, err := runOnce(ctx, cfg.Reference, j.tests[0], cfg.Timeout)
		if err != nil {
			return nil, fmt.Errorf("bench: reference %s: %w", cfg.Reference.Name(), err)
		}
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("bench: interrupted while running the reference: %w", err)
		}
		out, _, bad := check(o, lanes[0].timing)
		if bad != "" {
			f := Failure{Benchmark: j.name, Run: 0, Reason: bad}
			sum.Failures = append(sum.Failures, f)
			logf("FAIL  %v", f)
			if err := writeFailure(cfg.Out, f); err != nil {
				return nil, err
			}
			continue
		}
		j.expected = out
		jobs = append(jobs, j)
	}
	return jobs, nil
}

// probeTiming runs the timing code alone on t and says whether programs can
// time themselves there (and if not, why).
func probeTiming(ctx context.Context, t runners.Target, dir string, timeout time.Duration) (Timing, string, error) {
	src := []byte("pass; " + timingStart + "\n" + timingEnd)
	path := filepath.Join(dir, "timing_probe.py")
	if err := os.WriteFile(path, src, 0o644); err != nil {
		return 0, "", fmt.Errorf("writing the timing probe: %w", err)
	}
	o, err := runOnce(ctx, t, runners.Test{Name: "perf/timing_probe.py", Path: path, Source: src}, timeout)
	if err != nil {
		return 0, "", err
	}
	if _, _, bad := check(o, ProgramTiming); bad != "" {
		return WallTiming, bad, nil
	}
	return ProgramTiming, "", nil
}

// runOnce runs test with an optional per-run timeout.
func runOnce(ctx context.Context, t runners.Target, test runners.Test, timeout time.Duration) (runners.Outcome, error) {
	if timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, timeout)
		defer cancel()
	}
	return t.Run(ctx, test)
}

// check returns a run's output without the timing marker, its time in
// seconds, and a non-empty reason when the run did not end cleanly.
func check(o runners.Outcome, timing Timing) (out []byte, secs float64, bad string) {
	switch {
	case o.Status == runners.TimedOut:
		return nil, 0, "timed out"
	case o.Status != runners.Exited:
		return nil, 0, fmt.Sprintf("%s: %v", o.Status, o.Err)
	case o.Truncated:
		return nil, 0, "output truncated"
	case o.ExitCode != 0:
		return nil, 0, fmt.Sprintf("exit status %d: %s", o.ExitCode, lastLine(o.Stderr))
	}
	if timing == WallTiming {
		return o.Stdout, seconds(o.Duration), ""
	}
	out, us, ok := cutMarker(o.Stdout)
	if !ok {
		return nil, 0, "no timing line in the output (does the target have a time module? try --timing=wall)"
	}
	return out, float64(us) / 1e6, ""
}

// firstDifference describes where got first differs from want.
func firstDifference(got, want []byte) string {
	g := strings.Split(string(got), "\n")
	w := strings.Split(string(want), "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl || i >= len(g) || i >= len(w) {
			return fmt.Sprintf("line %d: got %s, want %s", i+1, clip(gl, i < len(g)), clip(wl, i < len(w)))
		}
	}
	return "outputs differ"
}

func clip(s string, present bool) string {
	if !present {
		return "end of output"
	}
	if len(s) > 60 {
		s = s[:57] + "..."
	}
	return strconv.Quote(s)
}

func lastLine(b []byte) string {
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	return clip(lines[len(lines)-1], true)
}

func writeFailure(w io.Writer, f Failure) error {
	reason := strings.ReplaceAll(f.Reason, "\n", " ")
	on := ""
	if f.Target != "" {
		on = " on " + f.Target
	}
	if _, err := fmt.Fprintf(w, "--- FAIL: Benchmark%s (run %d%s): %s\n", f.Benchmark, f.Run, on, reason); err != nil {
		return fmt.Errorf("bench: writing results: %w", err)
	}
	return nil
}

// writeProgram writes the program for b with p (and the timing code) into
// dir and returns it as a test.
func writeProgram(dir string, b *perf.Benchmark, p perf.ParamSet, timing Timing) (runners.Test, error) {
	src := Instrument(b, p, timing)
	sub := filepath.Join(dir, timing.String())
	if err := os.MkdirAll(sub, 0o755); err != nil {
		return runners.Test{}, fmt.Errorf("bench: writing program: %w", err)
	}
	path := filepath.Join(sub, b.Name+".py")
	if err := os.WriteFile(path, src, 0o644); err != nil {
		return runners.Test{}, fmt.Errorf("bench: writing program: %w", err)
	}
	return runners.Test{Name: "perf/" + b.File, Path: path, Source: src}, nil
}

// ResourceReporter is implemented by targets that know their CPU clock and
// free heap (boards); bench uses it to choose parameter sets when the user
// does not state them. A zero result means unknown.
type ResourceReporter interface {
	Resources(ctx context.Context) (cpuMHz, freeHeapKiB int, err error)
}

// seconds converts d exactly enough that the shortest decimal form of the
// result is d's own ("1.259079143", not Duration.Seconds's
// "1.2590791430000001"), which keeps results files readable.
func seconds(d time.Duration) float64 {
	return float64(d.Nanoseconds()) / 1e9
}
