package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/mptest/mptest/reports/junit"
	"github.com/mptest/mptest/reports/progress"
	"github.com/mptest/mptest/reports/results"
	"github.com/mptest/mptest/reports/table"
	"github.com/mptest/mptest/runners"
	"github.com/mptest/mptest/runners/discover"
	"github.com/mptest/mptest/runners/harness"
	"github.com/mptest/mptest/runners/oracle"
	"github.com/mptest/mptest/suites"
)

func init() { register(newRunCmd) }

// runFlags are the options of `mptest run`.
type runFlags struct {
	targets       []string
	python        string
	noOracle      bool
	cacheDir      string
	include       []string
	exclude       []string
	runFailures   bool
	jobs          int
	timeout       time.Duration
	maxOutput     int
	resultsDir    string
	junit         string
	printFailures bool
	progress      string
	noProbes      bool
	settings      []string
	shard         shardFlags
}

func newRunCmd() *cobra.Command {
	var f runFlags
	cmd := &cobra.Command{
		Use:   "run [flags] [DIR|FILE.py]...",
		Short: "Run Python tests on targets and compare their output with the expectation",
		Long: `Run Python tests on one or more targets and compare what each prints with
the expectation: NAME.<target>.exp beside the test, else NAME.py.exp, else
CPython's output (cached). With no arguments the bundled suites are run.

Targets: host (the bundled reference interpreter), cpython (--python),
exec:CMD ARGS (any interpreter taking a file as last argument), plus any
board targets this build knows (see the list in an unknown-target error).`,
		Example: `  mptest run                                   # bundled suites on host vs CPython
  mptest run -t host -t 'exec:micropython' suites/lang
  mptest run -t cpython,host -i functions --print-failures
  mptest run --no-oracle -t 'exec:micropython' tests/basics`,
		RunE: func(cmd *cobra.Command, args []string) error { return runRun(cmd, f, args) },
	}
	fl := cmd.Flags()
	fl.StringArrayVarP(&f.targets, "target", "t", []string{"host"}, "target to run on; repeat or comma-separate for several")
	fl.StringVar(&f.python, "python", "python3", "CPython command, the oracle and the cpython target")
	fl.BoolVar(&f.noOracle, "no-oracle", false, "use .exp files only; tests without one are skipped")
	fl.StringVar(&f.cacheDir, "cache-dir", "", "cache directory (default: the user cache dir + /mptest)")
	fl.StringArrayVarP(&f.include, "include", "i", nil, "run only tests whose name matches this regex (repeatable)")
	fl.StringArrayVarP(&f.exclude, "exclude", "e", nil, "skip tests whose name matches this regex (repeatable)")
	fl.BoolVar(&f.runFailures, "run-failures", false, "re-run only the tests that did not pass last time (from the results files)")
	fl.IntVarP(&f.jobs, "jobs", "j", runtime.NumCPU(), "tests to run at once (a target may allow fewer)")
	fl.DurationVar(&f.timeout, "timeout", 10*time.Second, "per-test deadline")
	fl.IntVar(&f.maxOutput, "max-output", 1<<20, "per-test output cap in bytes")
	fl.StringVar(&f.resultsDir, "results-dir", ".mptest-results", "where <target>/results.json are written")
	fl.StringVar(&f.junit, "junit", "", "also write JUnit XML to this file")
	fl.BoolVar(&f.printFailures, "print-failures", false, "print the unified diff of every failing test")
	fl.StringVar(&f.progress, "progress", "auto", "live progress line on stderr: auto (terminals outside CI), always, never")
	fl.BoolVar(&f.noProbes, "no-probes", false, "do not probe targets for optional features (float, f-strings, re, ...); no test is skipped for lacking one")
	fl.StringArrayVar(&f.settings, "set", nil, "target setting KEY=VALUE (e.g. baud=115200; repeatable)")
	f.shard.register(fl)
	return cmd
}

// usageError marks a mistake on the command line.
func usageError(format string, args ...any) error {
	return exitCode{exitError, fmt.Errorf(format+" (see 'mptest run --help')", args...)}
}

func runRun(cmd *cobra.Command, f runFlags, args []string) error {
	stdout, stderr := cmd.OutOrStdout(), cmd.ErrOrStderr()
	include, err := compileAll(f.include, "--include")
	if err != nil {
		return err
	}
	exclude, err := compileAll(f.exclude, "--exclude")
	if err != nil {
		return err
	}
	if f.jobs < 1 {
		return usageError("-j must be at least 1")
	}
	if f.timeout <= 0 {
		return usageError("--timeout must be positive")
	}
	switch f.progress {
	case "auto", "always", "never":
	default:
		return usageError("--progress must be auto, always or never")
	}
	settings := map[string]string{}
	for _, s := range f.settings {
		k, v, ok := strings.Cut(s, "=")
		if !ok {
			return usageError("--set %q: want KEY=VALUE", s)
		}
		settings[k] = v
	}
	specs, err := splitTargets(f.targets)
	if err != nil {
		return err
	}
	cacheDir := f.cacheDir
	if cacheDir == "" {
		cacheDir = defaultCacheDir()
	}

	ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		// After the first signal, a second one kills mptest at once.
		<-ctx.Done()
		stop()
	}()

	orc, err := oracle.New(oracle.Config{Python: f.python, CacheDir: cacheDir, Disabled: f.noOracle, Timeout: f.timeout, MaxOutput: f.maxOutput})
	if err != nil {
		return exitCode{exitError, err}
	}
	var targets []runners.Target
	defer func() {
		for _, t := range targets {
			t.Close()
		}
	}()
	for _, spec := range specs {
		t, err := runners.Open(spec, runners.Options{Timeout: f.timeout, Python: f.python, MaxOutput: f.maxOutput, CacheDir: cacheDir, Settings: settings})
		if err != nil {
			return exitCode{exitError, err}
		}
		targets = append(targets, t)
	}

	opts := discover.Options{Include: include, Exclude: exclude}
	paths := args
	if len(paths) == 0 {
		root, err := suites.Extract(cacheDir)
		if err != nil {
			return exitCode{exitError, err}
		}
		paths, opts.Root = []string{root}, root
	}
	tests, err := discover.Find(paths, opts)
	if err != nil {
		return exitCode{exitError, err}
	}
	if tests, err = f.shard.selectTests(ctx, stderr, tests, f.resultsDir, specs); err != nil {
		return err
	}

	if len(tests) == 0 {
		fmt.Fprintln(stderr, "mptest: warning: no tests selected")
	}
	var only map[string]map[string]bool
	if f.runFailures {
		only = previousFailures(stderr, f.resultsDir, specs)
	}

	var obs harness.Observer
	if f.progress == "always" || (f.progress == "auto" && isTerminal(stderr)) {
		line := progress.New(stderr, 0)
		defer line.Finish()
		obs = line
	}
	start := time.Now()
	var probes []harness.Probe
	if !f.noProbes {
		probes = harness.DefaultProbes
	}
	rep := harness.Run(ctx, tests, harness.Config{
		Targets: targets, Oracle: orc, Jobs: f.jobs, Timeout: f.timeout, Only: only, Observer: obs, Probes: probes,
	})
	if line, ok := obs.(*progress.Line); ok {
		line.Finish()
	}

	// Write what was measured before anything else can go wrong.
	var writeErrs []error
	for _, file := range rep.Files {
		if err := results.Write(results.Path(f.resultsDir, file.Target), file); err != nil {
			writeErrs = append(writeErrs, err)
		}
	}
	if f.junit != "" {
		if err := writeJUnit(f.junit, rep.Files); err != nil {
			writeErrs = append(writeErrs, err)
		}
	}

	for _, w := range orc.Warnings() {
		fmt.Fprintln(stderr, "mptest: warning:", w)
	}
	for _, t := range targets {
		if err := rep.TargetErrors[t.Name()]; err != nil {
			fmt.Fprintf(stderr, "mptest: target %s became unusable: %v\n", t.Name(), err)
		}
	}
	for _, file := range rep.Files {
		var lacks []string
		for name, have := range file.Features {
			if !have {
				lacks = append(lacks, name)
			}
		}
		if len(lacks) > 0 {
			slices.Sort(lacks)
			fmt.Fprintf(stdout, "%s lacks: %s (tests needing these are skipped)\n", file.Target, strings.Join(lacks, ", "))
		}
	}
	table.Failures(stdout, rep.Files, f.printFailures)
	if len(rep.Files) > 1 {
		if err := table.NotPassing(stdout, rep.Files, 50); err != nil {
			writeErrs = append(writeErrs, err)
		}
	}
	if err := table.Summary(stdout, rep.Files); err != nil {
		writeErrs = append(writeErrs, err)
	}
	n := 0
	for _, file := range rep.Files {
		n += len(file.Tests)
	}
	oracleNote := "CPython oracle off"
	if !f.noOracle {
		oracleNote = fmt.Sprintf("CPython oracle started %d times", orc.Starts())
	}
	fmt.Fprintf(stderr, "mptest: %d results from %d tests on %d targets in %.1fs; %s; results in %s\n",
		n, len(tests), len(targets), time.Since(start).Seconds(), oracleNote, f.resultsDir)

	switch {
	case rep.Interrupted:
		return exitCode{exitInterrupted, errors.New("interrupted; the results so far were written, marked incomplete")}
	case len(writeErrs) > 0:
		return exitCode{exitError, errors.Join(writeErrs...)}
	case len(rep.TargetErrors) > 0:
		return exitCode{exitError, nil}
	}
	code := exitOK
	for _, file := range rep.Files {
		for _, r := range file.Tests {
			switch {
			case r.Verdict == results.Error:
				code = exitError
			case r.Verdict.Failed() && code == exitOK:
				code = exitFailures
			}
		}
	}
	if code != exitOK {
		return exitCode{code, nil}
	}
	return nil
}

func compileAll(exprs []string, flag string) ([]*regexp.Regexp, error) {
	var res []*regexp.Regexp
	for _, e := range exprs {
		re, err := regexp.Compile(e)
		if err != nil {
			return nil, usageError("%s %q: %v", flag, e, err)
		}
		res = append(res, re)
	}
	return res, nil
}

// splitTargets expands comma lists in --target values. A comma starts a new
// target only when what follows begins with a known scheme, so specs that
// contain commas themselves ("serial:/dev/ttyACM0,115200") survive.
func splitTargets(values []string) ([]string, error) {
	schemes := runners.Schemes()
	var specs []string
	for _, v := range values {
		for i, part := range strings.Split(v, ",") {
			if strings.TrimSpace(part) == "" {
				return nil, usageError("empty --target in %q", v)
			}
			scheme, _, _ := strings.Cut(strings.TrimSpace(part), ":")
			if i > 0 && !slices.Contains(schemes, scheme) {
				specs[len(specs)-1] += "," + part
				continue
			}
			specs = append(specs, strings.TrimSpace(part))
		}
	}
	seen := map[string]bool{}
	for _, s := range specs {
		if s == "" {
			return nil, usageError("empty --target")
		}
		name := results.SanitizeName(s)
		if seen[name] {
			return nil, usageError("target %q given twice", s)
		}
		seen[name] = true
	}
	return specs, nil
}

func defaultCacheDir() string {
	if dir, err := os.UserCacheDir(); err == nil {
		return filepath.Join(dir, "mptest")
	}
	return filepath.Join(os.TempDir(), "mptest-cache")
}

// previousFailures reads each target's last results and returns, per target,
// the tests that did not pass. An unreadable results file is reported and
// counts as no failures.
func previousFailures(stderr interface{ Write([]byte) (int, error) }, dir string, specs []string) map[string]map[string]bool {
	only := map[string]map[string]bool{}
	for _, spec := range specs {
		set := map[string]bool{}
		only[spec] = set
		path := results.Path(dir, spec)
		file, err := results.Read(path)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			fmt.Fprintf(stderr, "mptest: warning: no previous results for %s (%s); nothing to re-run\n", spec, path)
			continue
		case err != nil:
			fmt.Fprintf(stderr, "mptest: warning: %v; treating %s as having no previous failures\n", err, spec)
			continue
		}
		for _, name := range file.Failures() {
			set[name] = true
		}
	}
	return only
}

func writeJUnit(path string, files []*results.File) error {
	var b strings.Builder
	if err := junit.Write(&b, files); err != nil {
		return err
	}
	if err := results.WriteFileAtomic(path, []byte(b.String())); err != nil {
		return fmt.Errorf("JUnit output: %w", err)
	}
	return nil
}

func isTerminal(w any) bool {
	f, ok := w.(*os.File)
	return ok && progress.Enabled(f)
}
