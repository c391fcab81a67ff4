package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/mptest/mptest/reports/benchstat"
	"github.com/mptest/mptest/reports/history"
	"github.com/mptest/mptest/reports/results"
	"github.com/mptest/mptest/reports/size"
	"github.com/mptest/mptest/runners"
	"github.com/mptest/mptest/runners/bench"
	"github.com/mptest/mptest/runners/discover"
	"github.com/mptest/mptest/runners/harness"
	"github.com/mptest/mptest/runners/oracle"
	"github.com/mptest/mptest/suites"
	"github.com/mptest/mptest/suites/perf"
)

func init() { register(newRecordCmd) }

// recordFlags are the options of `mptest record`.
type recordFlags struct {
	targets  []string
	python   string
	noOracle bool
	cacheDir string
	include  []string
	exclude  []string
	jobs     int
	timeout  time.Duration
	settings []string

	bench        bool
	benchTarget  string
	reference    string
	benchCount   int
	benchInclude string
	benchTimeout time.Duration

	size      sizeFlags
	sizeOn    bool
	history   string
	machine   string
	since     string
	noBackfil bool
	force     bool
	quiet     bool
}

func newRecordCmd() *cobra.Command {
	var f recordFlags
	cmd := &cobra.Command{
		Use:   "record [flags] [DIR|FILE.py]...",
		Short: "Record conformance, benchmarks, code size and RAM of the current commit in the history",
		Long: `Record what mptest measures on the current git commit — the suites' results
on each target (with each test's peak heap), a few benchmark samples (with
peak heap and, on the host, peak RSS) and the interpreter's sizes — as one
JSON file per commit and machine in the history directory (see 'mptest
report'). With no arguments the bundled suites are run.

--since REF also records the commits from REF to HEAD that the history does
not have yet for this machine (--force: all of them), oldest first, each in
a temporary git worktree that is removed afterwards. In the mptest source
tree each commit's own mptest is built and run there ('mptest record
--no-backfill'); elsewhere, or when that fails, this mptest runs the
worktree's tests.

Failing tests are data, not errors: the exit status is 0 when the record
was written, 2 when something kept it from being written.`,
		Example: `  mptest record -t host -t 'exec:micropython' --bench-count 3
  mptest record --no-bench --no-size -t exec:python3 tests/
  mptest record --since v0.3.0 --history ../mptest-history`,
		RunE: func(cmd *cobra.Command, args []string) error { return runRecord(cmd, f, args) },
	}
	fl := cmd.Flags()
	fl.StringArrayVarP(&f.targets, "target", "t", []string{"host"}, "target to run the suites on; repeat or comma-separate for several")
	fl.StringVar(&f.python, "python", "python3", "CPython command, the oracle and the cpython target")
	fl.BoolVar(&f.noOracle, "no-oracle", false, "use .exp files only; tests without one are skipped")
	fl.StringVar(&f.cacheDir, "cache-dir", "", "cache directory (default: the user cache dir + /mptest)")
	fl.StringArrayVarP(&f.include, "include", "i", nil, "run only tests whose name matches this regex (repeatable)")
	fl.StringArrayVarP(&f.exclude, "exclude", "e", nil, "skip tests whose name matches this regex (repeatable)")
	fl.IntVarP(&f.jobs, "jobs", "j", 0, "tests to run at once (default: number of CPUs)")
	fl.DurationVar(&f.timeout, "timeout", 10*time.Second, "per-test deadline")
	fl.StringArrayVar(&f.settings, "set", nil, "target setting KEY=VALUE (repeatable)")

	fl.BoolVar(&f.bench, "bench", true, "run the benchmarks (--bench=false or --no-bench to skip)")
	fl.StringVar(&f.benchTarget, "bench-target", "", "target to benchmark (default: the first --target)")
	fl.StringVar(&f.reference, "reference", "cpython", "target whose benchmark output is the right answer")
	fl.IntVar(&f.benchCount, "bench-count", 3, "samples per benchmark")
	fl.StringVar(&f.benchInclude, "bench-include", "", "run only benchmarks whose name matches this regex")
	fl.DurationVar(&f.benchTimeout, "bench-timeout", 2*time.Minute, "deadline for one benchmark run")

	fl.BoolVar(&f.sizeOn, "size", true, "measure the interpreter's sizes (--size=false or --no-size to skip)")
	fl.StringVar(&f.size.src, "src", "", "the mptest source tree for sizes (default: the one containing the working directory)")
	fl.StringVar(&f.size.pkg, "pkg", size.DefaultPackage, "the main package whose sizes are measured")
	fl.StringArrayVar(&f.size.platforms, "platform", nil, "platform to measure (repeatable; default linux/amd64, linux/arm/v7, wasip1/wasm)")
	fl.StringArrayVar(&f.size.files, "elf", nil, "also measure this ELF or WebAssembly file (repeatable)")

	fl.StringVar(&f.history, "history", history.DefaultDir, "the history directory")
	fl.StringVar(&f.machine, "machine", "", "machine name in the record (default: the host name)")
	fl.StringVar(&f.since, "since", "", "also record the commits from REF to HEAD missing from the history")
	fl.BoolVar(&f.noBackfil, "no-backfill", false, "ignore --since: record the current commit only")
	fl.BoolVar(&f.force, "force", false, "with --since, re-record commits the history already has")
	fl.BoolVarP(&f.quiet, "quiet", "q", false, "no progress lines on standard error")
	addNegation(fl, "no-bench", "bench")
	addNegation(fl, "no-size", "size")
	return cmd
}

// negation is a --no-X flag that sets the boolean flag X to false.
type negation struct{ target *pflag.Flag }

func (n negation) String() string { return "false" }
func (n negation) Type() string   { return "bool" }
func (n negation) Set(s string) error {
	if s == "true" {
		return n.target.Value.Set("false")
	}
	return nil
}
func (n negation) IsBoolFlag() bool { return true }

func addNegation(fl *pflag.FlagSet, name, of string) {
	f := fl.VarPF(negation{fl.Lookup(of)}, name, "", "same as --"+of+"=false")
	f.NoOptDefVal = "true"
}

func recordUsage(format string, args ...any) error {
	return exitCode{exitError, fmt.Errorf(format+" (see 'mptest record --help')", args...)}
}

// recorder makes records; one is shared by all the commits of a backfill.
type recorder struct {
	f        recordFlags
	args     []string // suite paths as given, relative to the working directory
	cacheDir string
	history  string // absolute
	machine  history.Machine
	settings map[string]string
	include  []*regexp.Regexp
	exclude  []*regexp.Regexp
	benchRe  *regexp.Regexp
	log      io.Writer
}

// progress writes a progress line unless --quiet.
func (r *recorder) progress(format string, args ...any) {
	if !r.f.quiet {
		fmt.Fprintf(r.log, "mptest: record: "+format+"\n", args...)
	}
}

func runRecord(cmd *cobra.Command, f recordFlags, args []string) error {
	stdout, stderr := cmd.OutOrStdout(), cmd.ErrOrStderr()
	r := &recorder{f: f, args: args, log: stderr, settings: map[string]string{}}
	var err error
	if r.include, err = compileAll(f.include, "--include"); err != nil {
		return err
	}
	if r.exclude, err = compileAll(f.exclude, "--exclude"); err != nil {
		return err
	}
	if f.benchInclude != "" {
		if r.benchRe, err = regexp.Compile(f.benchInclude); err != nil {
			return recordUsage("--bench-include: %v", err)
		}
	}
	if f.benchCount < 1 {
		return recordUsage("--bench-count must be at least 1")
	}
	if f.timeout <= 0 {
		return recordUsage("--timeout must be positive")
	}
	for _, s := range f.settings {
		k, v, ok := strings.Cut(s, "=")
		if !ok || k == "" {
			return recordUsage("--set %q: want KEY=VALUE", s)
		}
		r.settings[k] = v
	}
	if r.f.targets, err = splitTargets(f.targets); err != nil {
		return err
	}
	if r.history, err = filepath.Abs(f.history); err != nil {
		return exitCode{exitError, fmt.Errorf("--history: %w", err)}
	}
	r.cacheDir = f.cacheDir
	if r.cacheDir == "" {
		r.cacheDir = defaultCacheDir()
	}
	r.machine = thisMachine(cmd.Context(), f.machine)

	ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	cwd, err := os.Getwd()
	if err != nil {
		return exitCode{exitError, fmt.Errorf("record: %w", err)}
	}
	top, err := history.TopLevel(ctx, cwd)
	if err != nil {
		return exitCode{exitError, fmt.Errorf("record: %w", err)}
	}
	rel, err := filepath.Rel(top, cwd)
	if err != nil {
		return exitCode{exitError, fmt.Errorf("record: %w", err)}
	}

	failed := 0
	if f.since != "" && !f.noBackfil {
		hashes, err := history.CommitsSince(ctx, top, f.since)
		if err != nil {
			return exitCode{exitError, err}
		}
		head, err := history.CommitOf(ctx, top, "HEAD")
		if err != nil {
			return exitCode{exitError, err}
		}
		for _, h := range hashes {
			if h == head.Hash {
				continue // recorded below, in place
			}
			if !f.force && history.Has(r.history, h, r.machine.Name) {
				r.progress("%.10s already recorded", h)
				continue
			}
			if err := r.backfill(ctx, stdout, top, rel, h); err != nil {
				if ctx.Err() != nil {
					return exitCode{exitInterrupted, errors.New("interrupted")}
				}
				fmt.Fprintf(stderr, "mptest: warning: record %.10s: %v\n", h, err)
				failed++
			}
		}
	}
	if err := r.record(ctx, stdout, top, rel, top); err != nil {
		if ctx.Err() != nil {
			return exitCode{exitInterrupted, errors.New("interrupted")}
		}
		return exitCode{exitError, err}
	}
	if failed > 0 {
		return exitCode{exitError, fmt.Errorf("%d older commits could not be recorded", failed)}
	}
	return nil
}

// thisMachine describes the host, named name (default: the host name).
func thisMachine(ctx context.Context, name string) history.Machine {
	m := history.Machine{Name: name}
	for _, l := range bench.MachineLabels(ctx) {
		switch l.Key {
		case "machine":
			if m.Name == "" {
				m.Name = l.Value
			}
		case "goos":
			m.GOOS = l.Value
		case "goarch":
			m.GOARCH = l.Value
		case "cpu":
			m.CPU = l.Value
		}
	}
	if m.Name == "" {
		m.Name = "unknown"
	}
	return m
}

// backfill records commit hash in a temporary worktree of the repository
// at top, running in the worktree's equivalent of the directory rel.
func (r *recorder) backfill(ctx context.Context, stdout io.Writer, top, rel, hash string) error {
	tmp, err := os.MkdirTemp("", "mptest-record-")
	if err != nil {
		return fmt.Errorf("backfill: %w", err)
	}
	defer os.RemoveAll(tmp)
	wt := filepath.Join(tmp, "tree")
	if _, err := history.Git(ctx, top, "worktree", "add", "--detach", "--quiet", wt, hash); err != nil {
		return fmt.Errorf("backfill: %w", err)
	}
	defer func() {
		// A fresh context: the worktree must go even after an interrupt.
		cctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if _, err := history.Git(cctx, top, "worktree", "remove", "--force", wt); err != nil {
			fmt.Fprintf(r.log, "mptest: warning: removing worktree %s: %v\n", wt, err)
		}
	}()
	r.progress("backfilling %.10s in a temporary worktree", hash)
	dir := filepath.Join(wt, rel)
	var notes []string
	if _, err := os.Stat(filepath.Join(wt, "cmd", "mptest")); err == nil {
		if _, err := size.FindSource(wt); err == nil {
			err := r.recordWithOwnMptest(ctx, stdout, wt, dir, tmp)
			if err == nil || ctx.Err() != nil {
				return err
			}
			fmt.Fprintf(r.log, "mptest: warning: the commit's own mptest could not record it (%v); recording with this mptest\n", err)
			notes = append(notes, "recorded by a later mptest, not the commit's own: the host target and the bundled suites are that mptest's")
		}
	}
	return r.record(ctx, stdout, wt, rel, wt, notes...)
}

// recordWithOwnMptest builds the worktree's mptest and runs its record
// command with this command's options.
func (r *recorder) recordWithOwnMptest(ctx context.Context, stdout io.Writer, wt, dir, tmp string) error {
	exe := filepath.Join(tmp, "mptest")
	build := exec.CommandContext(ctx, "go", "build", "-o", exe, "./cmd/mptest")
	build.Dir = wt
	if out, err := build.CombinedOutput(); err != nil {
		return fmt.Errorf("go build ./cmd/mptest: %v: %s", err, bytes.TrimSpace(out))
	}
	args := append([]string{"record", "--no-backfill"}, r.forwardedFlags()...)
	args = append(args, r.args...)
	run := exec.CommandContext(ctx, exe, args...)
	run.Dir = dir
	run.Stdout, run.Stderr = stdout, r.log
	if err := run.Run(); err != nil {
		return fmt.Errorf("mptest record: %w", err)
	}
	return nil
}

// forwardedFlags rebuilds the options a backfilled commit's own mptest
// record gets: everything given, with paths made absolute, except the
// backfill options.
func (r *recorder) forwardedFlags() []string {
	f := r.f
	args := []string{"--history=" + r.history, "--machine=" + r.machine.Name, "--cache-dir=" + r.cacheDir,
		"--python=" + f.python, "--timeout=" + f.timeout.String(),
		fmt.Sprintf("--bench=%t", f.bench), fmt.Sprintf("--size=%t", f.sizeOn),
		"--reference=" + f.reference, fmt.Sprintf("--bench-count=%d", f.benchCount),
		"--bench-timeout=" + f.benchTimeout.String(), "--pkg=" + f.size.pkg}
	for _, t := range f.targets {
		args = append(args, "--target="+t)
	}
	many := map[string][]string{"--include": f.include, "--exclude": f.exclude, "--set": f.settings, "--platform": f.size.platforms}
	for _, name := range []string{"--include", "--exclude", "--set", "--platform"} {
		for _, v := range many[name] {
			args = append(args, name+"="+v)
		}
	}
	for _, e := range f.size.files {
		if abs, err := filepath.Abs(e); err == nil {
			e = abs
		}
		args = append(args, "--elf="+e)
	}
	if f.noOracle {
		args = append(args, "--no-oracle")
	}
	if f.quiet {
		args = append(args, "--quiet")
	}
	if f.jobs > 0 {
		args = append(args, fmt.Sprintf("--jobs=%d", f.jobs))
	}
	if f.benchTarget != "" {
		args = append(args, "--bench-target="+f.benchTarget)
	}
	if f.benchInclude != "" {
		args = append(args, "--bench-include="+f.benchInclude)
	}
	return args
}

// record makes and writes the record of the commit checked out at tree
// (the repository at top, or a worktree of it), running the suites named
// relative to the directory rel inside it.
func (r *recorder) record(ctx context.Context, stdout io.Writer, tree, rel, sizeTree string, notes ...string) error {
	start := time.Now()
	commit, err := history.CommitOf(ctx, tree, "HEAD")
	if err != nil {
		return err
	}
	f := r.f
	rec := &history.Record{
		Schema: history.Schema, Commit: commit, Machine: r.machine, Recorded: start,
		Config:   history.Config{Targets: f.targets, Suites: r.args, Bench: f.bench, Size: f.sizeOn},
		Warnings: notes,
	}
	warn := func(format string, args ...any) {
		msg := fmt.Sprintf(format, args...)
		rec.Warnings = append(rec.Warnings, msg)
		fmt.Fprintf(r.log, "mptest: warning: %.10s: %s\n", commit.Hash, msg)
	}

	// Conformance.
	r.progress("%s %s: running the suites on %s", commit.Short(), commit.Subject, strings.Join(f.targets, ", "))
	dir := filepath.Join(tree, rel)
	files, err := r.runSuites(ctx, dir, warn)
	if err != nil {
		return err
	}
	// Diffs stay in the results files: a history keeps verdicts and
	// reasons, which stay small over hundreds of commits.
	for _, file := range files {
		for i := range file.Tests {
			file.Tests[i].Diff = ""
		}
	}
	rec.Suites = files

	// Benchmarks, with RAM.
	if f.bench {
		rec.Config.BenchTarget = f.benchTarget
		if rec.Config.BenchTarget == "" {
			rec.Config.BenchTarget = f.targets[0]
		}
		rec.Config.BenchCount = f.benchCount
		r.progress("%s: benchmarks on %s, %d samples each", commit.Short(), rec.Config.BenchTarget, f.benchCount)
		rec.Bench = r.runBench(ctx, rec.Config.BenchTarget, &rec.Config.BenchTiming, warn)
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}

	// Sizes.
	if f.sizeOn {
		sf := f.size
		if sf.src != "" && !filepath.IsAbs(sf.src) {
			sf.src = filepath.Join(dir, sf.src)
		}
		if f.size.src == "" && sizeTree != "" {
			if _, err := size.FindSource(sizeTree); err != nil {
				warn("sizes not measured: %v", err)
				sf.noBuild = true
			} else {
				sf.src = sizeTree
			}
		}
		if sf.noBuild && len(sf.files) == 0 {
			// nothing to measure
		} else if cfg, err := sizeConfig(sf, dir, r.cacheDir); err != nil {
			warn("sizes not measured: %v", err)
		} else {
			r.progress("%s: measuring sizes", commit.Short())
			bins, errs := size.Measure(ctx, cfg)
			rec.Sizes = bins
			for _, e := range errs {
				warn("size: %v", e)
			}
		}
	}
	if ctx.Err() != nil {
		return ctx.Err()
	}

	rec.Duration = time.Since(start).Seconds()
	path, err := history.Write(r.history, rec)
	if err != nil {
		return err
	}
	var parts []string
	for _, file := range rec.Suites {
		c := file.Counts()
		parts = append(parts, fmt.Sprintf("%s %d/%d passed", file.Target, c[results.Pass], len(file.Tests)-c[results.Skip]-c[results.TooLarge]))
	}
	if f.bench {
		parts = append(parts, fmt.Sprintf("%d benchmark series", len(rec.Bench)))
	}
	if f.sizeOn {
		parts = append(parts, fmt.Sprintf("%d binaries measured", len(rec.Sizes)))
	}
	fmt.Fprintf(stdout, "recorded %s %s: %s -> %s\n", commit.Short(), commit.Subject, strings.Join(parts, ", "), path)
	return nil
}

// runSuites runs the suites (the arguments, resolved in dir, or the bundled
// suites) on every target, the way `mptest run` does.
func (r *recorder) runSuites(ctx context.Context, dir string, warn func(string, ...any)) ([]*results.File, error) {
	f := r.f
	orc, err := oracle.New(oracle.Config{Python: f.python, CacheDir: r.cacheDir, Disabled: f.noOracle, Timeout: f.timeout})
	if err != nil {
		return nil, err
	}
	opts := discover.Options{Include: r.include, Exclude: r.exclude, Root: dir}
	var paths []string
	for _, a := range r.args {
		if !filepath.IsAbs(a) {
			a = filepath.Join(dir, a)
		}
		paths = append(paths, a)
	}
	if len(paths) == 0 {
		root, err := suites.Extract(r.cacheDir)
		if err != nil {
			return nil, err
		}
		paths, opts.Root = []string{root}, root
	}
	tests, err := discover.Find(paths, opts)
	if err != nil {
		return nil, err
	}
	var targets []runners.Target
	defer func() {
		for _, t := range targets {
			t.Close()
		}
	}()
	for _, spec := range f.targets {
		t, err := runners.Open(spec, runners.Options{Timeout: f.timeout, Python: f.python, CacheDir: r.cacheDir, Settings: r.settings})
		if err != nil {
			warn("target not run: %v", err)
			continue
		}
		targets = append(targets, t)
	}
	rep := harness.Run(ctx, tests, harness.Config{Targets: targets, Oracle: orc, Jobs: f.jobs, Timeout: f.timeout})
	if rep.Interrupted {
		return nil, ctx.Err()
	}
	for name, err := range rep.TargetErrors {
		warn("target %s became unusable: %v", name, err)
	}
	for _, w := range orc.Warnings() {
		warn("oracle: %v", w)
	}
	return rep.Files, nil
}

// runBench takes f.benchCount samples of each benchmark on target and, for
// targets that run as processes, measures each benchmark's peak RSS once.
// The timing method bench chose is stored in *timing.
func (r *recorder) runBench(ctx context.Context, spec string, timing *string, warn func(string, ...any)) []history.Benchmark {
	f := r.f
	all, err := perf.Suite()
	if err != nil {
		warn("benchmarks not run: %v", err)
		return nil
	}
	bs := perf.Filter(all, r.benchRe, nil)
	opts := runners.Options{Timeout: f.benchTimeout, Python: f.python, CacheDir: r.cacheDir, Settings: r.settings}
	target, err := runners.Open(spec, opts)
	if err != nil {
		warn("benchmarks not run: %v", err)
		return nil
	}
	defer target.Close()
	ref := target
	if f.reference != spec {
		if ref, err = runners.Open(f.reference, opts); err != nil {
			warn("benchmarks not run: reference: %v", err)
			return nil
		}
		defer ref.Close()
	}
	var out bytes.Buffer
	sum, err := bench.Run(ctx, bench.Config{
		Target: target, Reference: ref, Benchmarks: bs, Count: f.benchCount,
		Timing: bench.AutoTiming, Timeout: f.benchTimeout, Out: &out,
	})
	if err != nil {
		warn("benchmarks: %v", err)
	}
	for _, fail := range sum.Failures {
		warn("benchmark failed: %v", fail)
	}
	rs, _, bad, err := benchstat.Read(&out, "bench")
	if err != nil {
		warn("benchmarks: %v", err)
	}
	for _, e := range bad {
		warn("benchmarks: %v", e)
	}
	var series []history.Benchmark
	index := map[string]int{}
	add := func(name, unit string, v float64) {
		k := name + "\x00" + unit
		i, ok := index[k]
		if !ok {
			i = len(series)
			index[k] = i
			series = append(series, history.Benchmark{Target: spec, Name: name, Unit: unit})
		}
		series[i].Values = append(series[i].Values, v)
	}
	for _, res := range rs {
		if *timing == "" {
			*timing = res.GetConfig("timing")
		}
		for _, v := range res.Values {
			add(res.Name.String(), v.Unit, v.Value)
		}
	}
	if ct, ok := target.(*runners.CommandTarget); ok && ctx.Err() == nil {
		failed := map[string]bool{}
		for _, fl := range sum.Failures {
			failed[fl.Benchmark] = true
		}
		for _, b := range bs {
			p, err := b.Select(perf.Resources{})
			if err != nil || failed[b.ResultName(p)] {
				continue
			}
			rss, err := peakRSS(ctx, ct.Argv(), bench.Instrument(b, p, bench.WallTiming), f.benchTimeout)
			if err != nil {
				warn("peak RSS of %s: %v", b.Name, err)
				continue
			}
			add(b.ResultName(p), history.UnitPeakRSS, float64(rss))
		}
	}
	return series
}
