package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/perf/benchfmt"

	"github.com/mptest/mptest/reports/benchstat"
	"github.com/mptest/mptest/runners"
	"github.com/mptest/mptest/runners/bench"
	"github.com/mptest/mptest/suites/perf"
)

func init() { register(newBenchCmd) }

// benchFlags are the options of `mptest bench`.
type benchFlags struct {
	targets   []string
	reference string
	python    string
	count     int
	include   string
	exclude   string
	output    string
	timing    string
	timeout   time.Duration
	mhz       int
	heap      string
	suiteDir  string
	settings  []string
	labels    []string
	list      bool
	quiet     bool
	startup   bool
	shard     shardFlags
}

func newBenchCmd() *cobra.Command {
	var f benchFlags
	cmd := &cobra.Command{
		Use:   "bench [flags]",
		Short: "Run the performance suite on a target and write Go benchmark format results",
		Long: `Run the performance suite (suites/perf, built in) on one target, --count
samples per benchmark, interleaved so that drift hits all benchmarks alike.
Each sample's output is checked against the reference's (CPython's) output
for the same parameters: a wrong answer is a failure, not a fast run.

Each benchmark declares parameter sets by CPU clock and free heap; the
largest set that fits the target's --mhz and --heap (or what a board target
reports) is run; unknown resources count as unlimited, so a PC runs the
largest sets. A benchmark with no fitting set, or that runs out of memory
before printing anything, is reported as too large.

Results are written as they are measured, in the Go benchmark format
(readable by benchstat and 'mptest bench compare'), with the target,
interpreter, commit and machine as configuration keys; an interrupted run
keeps what it measured. Units: sec/op (the program's own timing, read from
time.ticks_us or time.perf_counter; the wall time of the whole run with
--timing=wall or when the target has no clock), wall-sec/op (the whole run,
start-up and upload included), peak-heap-B (where the target reports it).

With several --target flags the targets are measured in the same rounds
(each benchmark on every target in turn, so drift hits them alike), with the
same parameter sets (chosen for the first target), and a table follows on
standard error: each target's median sec/op as a ratio of the reference's
(when the reference is one of the targets, else of the first target's), as
'mptest bench compare --base REF' would show it for the results file.

Exit status: 0 when every sample was right, 1 when a benchmark failed,
2 for usage and infrastructure errors, 130 when interrupted.`,
		Example: `  mptest bench -t host -o host.txt
  mptest bench -t host -t cpython -o vs.txt     # host/CPython ratios, same run
  mptest bench -t 'exec:micropython' --count 20 -o mpy.txt
  mptest bench -t serial:/dev/ttyACM0 --mhz 168 --heap 100K -i 'nqueens|pidigits'
  mptest bench compare old.txt new.txt --threshold 5%`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error { return runBench(cmd, f) },
	}
	fl := cmd.Flags()
	fl.StringArrayVarP(&f.targets, "target", "t", []string{"host"}, "target to measure (repeatable: several targets run in the same rounds and are compared)")
	fl.StringVar(&f.reference, "reference", "cpython", "target whose output is the right answer")
	fl.StringVar(&f.python, "python", "python3", "CPython command, for the cpython target")
	fl.IntVarP(&f.count, "count", "n", 10, "samples per benchmark")
	fl.StringVarP(&f.include, "include", "i", "", "run only benchmarks whose name matches this regex")
	fl.StringVarP(&f.exclude, "exclude", "e", "", "skip benchmarks whose name matches this regex")
	fl.StringVarP(&f.output, "output", "o", "", "write results to this file (default: standard output)")
	fl.StringVar(&f.timing, "timing", "auto", "how to time a sample: program (the program's own clock), wall (the whole run), or auto (program if the target can)")
	fl.DurationVar(&f.timeout, "timeout", 5*time.Minute, "deadline for one run")
	fl.IntVar(&f.mhz, "mhz", 0, "the target's CPU clock in MHz (0: unknown, unlimited)")
	fl.StringVar(&f.heap, "heap", "", "the target's free heap, e.g. 16K, 96KiB, 8M (default: unknown, unlimited)")
	fl.StringVar(&f.suiteDir, "suite", "", "run the benchmark programs in this directory instead of the built-in suite")
	fl.StringArrayVar(&f.settings, "set", nil, "target setting KEY=VALUE (repeatable)")
	fl.StringArrayVar(&f.labels, "label", nil, "add a configuration key KEY=VALUE to the results, e.g. branch=pr-12 (repeatable)")
	fl.BoolVar(&f.list, "list", false, "list the benchmarks and the parameters chosen for the target, and exit")
	fl.BoolVarP(&f.quiet, "quiet", "q", false, "no progress lines on standard error")
	fl.BoolVar(&f.startup, "startup", false, "also time an empty program (BenchmarkStartup): the target's cost per run besides the workload")
	f.shard.register(fl)
	cmd.AddCommand(newBenchCompareCmd())
	return cmd
}

func benchUsage(format string, args ...any) error {
	return exitCode{exitError, fmt.Errorf(format+" (see 'mptest bench --help')", args...)}
}

func runBench(cmd *cobra.Command, f benchFlags) error {
	stdout, stderr := cmd.OutOrStdout(), cmd.ErrOrStderr()
	if f.count <= 0 {
		return benchUsage("--count must be positive")
	}
	timing, err := bench.ParseTiming(f.timing)
	if err != nil {
		return benchUsage("%v", err)
	}
	heap, err := parseHeap(f.heap)
	if err != nil {
		return benchUsage("--heap: %v", err)
	}
	settings := map[string]string{}
	for _, s := range f.settings {
		k, v, ok := strings.Cut(s, "=")
		if !ok || k == "" {
			return benchUsage("--set %q: want KEY=VALUE", s)
		}
		settings[k] = v
	}
	var extra []bench.Label
	for _, l := range f.labels {
		k, v, ok := strings.Cut(l, "=")
		if !ok || !validLabelKey(k) {
			return benchUsage("--label %q: want KEY=VALUE with a lower-case key without spaces or colons", l)
		}
		extra = append(extra, bench.Label{Key: k, Value: v})
	}
	var include, exclude *regexp.Regexp
	if f.include != "" {
		if include, err = regexp.Compile(f.include); err != nil {
			return benchUsage("--include: %v", err)
		}
	}
	if f.exclude != "" {
		if exclude, err = regexp.Compile(f.exclude); err != nil {
			return benchUsage("--exclude: %v", err)
		}
	}
	var all []*perf.Benchmark
	if f.suiteDir != "" {
		all, err = perf.Load(os.DirFS(f.suiteDir))
	} else {
		all, err = perf.Suite()
	}
	if err != nil {
		return exitCode{exitError, fmt.Errorf("loading the perf suite: %w", err)}
	}
	bs := perf.Filter(all, include, exclude)
	if f.startup {
		bs = append([]*perf.Benchmark{perf.Startup()}, bs...)
	}
	if len(bs) == 0 {
		return benchUsage("no benchmark matches --include/--exclude")
	}
	if bs, err = f.shard.selectBenchmarks(stderr, bs); err != nil {
		return err
	}

	ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	seenTarget := map[string]bool{}
	for _, t := range f.targets {
		if seenTarget[t] {
			return benchUsage("target %s is given twice", t)
		}
		seenTarget[t] = true
	}
	opts := runners.Options{Timeout: f.timeout, Python: f.python, Settings: settings}
	var targets []runners.Target
	defer func() {
		for _, t := range targets {
			t.Close()
		}
	}()
	for _, name := range f.targets {
		t, err := runners.Open(name, opts)
		if err != nil {
			return exitCode{exitError, err}
		}
		targets = append(targets, t)
	}
	target := targets[0]

	res := perf.Resources{CPUMHz: f.mhz, HeapKiB: heap}
	if rr, ok := target.(bench.ResourceReporter); ok && (f.mhz == 0 || heap == 0) {
		mhz, kib, err := rr.Resources(ctx)
		if err != nil {
			return exitCode{exitError, fmt.Errorf("asking %s for its clock and heap: %w", f.targets[0], err)}
		}
		if res.CPUMHz == 0 {
			res.CPUMHz = mhz
		}
		if res.HeapKiB == 0 {
			res.HeapKiB = kib
		}
	}
	if f.list {
		return listBenchmarks(stdout, bs, res)
	}

	var ref runners.Target
	for i, name := range f.targets {
		if name == f.reference {
			ref = targets[i]
		}
	}
	if ref == nil {
		ref, err = runners.Open(f.reference, opts)
		if err != nil {
			return exitCode{exitError, fmt.Errorf("reference: %w", err)}
		}
		defer ref.Close()
	}

	out := stdout
	if f.output != "" {
		file, err := os.Create(f.output)
		if err != nil {
			return exitCode{exitError, fmt.Errorf("results file: %w", err)}
		}
		defer file.Close()
		out = file
	}
	// With several targets the results are also kept to compare them.
	var results bytes.Buffer
	if len(targets) > 1 {
		out = io.MultiWriter(out, &results)
	}
	var log io.Writer
	if !f.quiet {
		log = stderr
	}
	labels := bench.MachineLabels(ctx)
	if res.CPUMHz > 0 {
		labels = append(labels, bench.Label{Key: "mhz", Value: strconv.Itoa(res.CPUMHz)})
	}
	if res.HeapKiB > 0 {
		labels = append(labels, bench.Label{Key: "heap-kib", Value: strconv.Itoa(res.HeapKiB)})
	}
	labels = append(labels, extra...)
	sum, runErr := bench.Run(ctx, bench.Config{
		Target: target, Also: targets[1:], Reference: ref, Benchmarks: bs, Resources: res,
		Count: f.count, Timing: timing, Timeout: f.timeout, Labels: labels,
		Out: out, Log: log,
	})
	fmt.Fprintf(stderr, "%d samples", sum.Samples)
	if f.output != "" {
		fmt.Fprintf(stderr, " written to %s", f.output)
	}
	fmt.Fprintf(stderr, "; %d failed, %d too large\n", len(sum.Failures), len(sum.TooLarge))
	for _, fail := range sum.Failures {
		fmt.Fprintf(stderr, "FAIL %v\n", fail)
	}
	for _, tl := range sum.TooLarge {
		fmt.Fprintf(stderr, "too large: %s\n", tl)
	}
	if len(targets) > 1 && sum.Samples > 0 {
		base := target.Name()
		if contains(targets, ref) {
			base = ref.Name()
		}
		if err := renderRatios(stderr, results.Bytes(), base); err != nil {
			return exitCode{exitError, err}
		}
	}
	switch {
	case runErr != nil && ctx.Err() != nil:
		return exitCode{exitInterrupted, errors.New("interrupted; the samples measured so far were written")}
	case runErr != nil:
		return exitCode{exitError, runErr}
	case len(sum.Failures) > 0:
		return exitCode{exitFailures, nil}
	}
	return nil
}

// contains reports whether t is one of ts.
func contains(ts []runners.Target, t runners.Target) bool {
	for _, x := range ts {
		if x == t {
			return true
		}
	}
	return false
}

// renderRatios writes the sec/op table of the results of a several-target
// run, one column per target, as ratios of the base target's medians.
func renderRatios(w io.Writer, results []byte, base string) error {
	rs, units, _, err := benchstat.Read(bytes.NewReader(results), "results")
	if err != nil {
		return fmt.Errorf("reading back the results: %w", err)
	}
	c := benchstat.Compare(rs, benchstat.ByConfig("target"), units,
		benchstat.Options{Units: []string{bench.UnitTime}, Base: base})
	if len(c.Tables) == 0 {
		return nil
	}
	fmt.Fprintf(w, "\nsec/op of each target as a ratio of %s's:\n", base)
	if err := benchstat.Render(w, c, benchstat.RenderOptions{Format: benchstat.Text, Ratio: true}); err != nil {
		return fmt.Errorf("rendering the comparison: %w", err)
	}
	return nil
}

// listBenchmarks prints each benchmark with the parameters chosen for res.
func listBenchmarks(w io.Writer, bs []*perf.Benchmark, res perf.Resources) error {
	for _, b := range bs {
		p, err := b.Select(res)
		choice := ""
		if err != nil {
			choice = "too large"
		} else {
			choice = p.Prelude()
		}
		if _, err := fmt.Fprintf(w, "%-12s %-32s %s\n", b.Name, choice, b.Title); err != nil {
			return fmt.Errorf("writing list: %w", err)
		}
	}
	return nil
}

// validLabelKey reports whether k can be a configuration key in the Go
// benchmark format: it starts with a lower-case letter and has no spaces,
// upper-case letters or colons.
func validLabelKey(k string) bool {
	if k == "" || k[0] < 'a' || k[0] > 'z' {
		return false
	}
	for _, r := range k {
		if r == ':' || r == ' ' || r == '\t' || (r >= 'A' && r <= 'Z') {
			return false
		}
	}
	return true
}

// parseHeap parses a heap size in KiB: "16K", "16KiB", "96k", "8M", "8MiB",
// or a plain number of KiB. "" is 0 (unknown).
func parseHeap(s string) (int, error) {
	if s == "" {
		return 0, nil
	}
	t := strings.ToUpper(strings.TrimSpace(s))
	mult := 1
	switch {
	case strings.HasSuffix(t, "MIB"), strings.HasSuffix(t, "MB"), strings.HasSuffix(t, "M"):
		mult = 1024
	}
	t = strings.TrimRight(t, "KMIB")
	n, err := strconv.Atoi(t)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("bad size %q (want e.g. 16K or 8M)", s)
	}
	return n * mult, nil
}

// compareFlags are the options of `mptest bench compare`.
type compareFlags struct {
	by        string
	base      string
	format    string
	ratio     bool
	threshold string
	units     []string
}

func newBenchCompareCmd() *cobra.Command {
	var f compareFlags
	cmd := &cobra.Command{
		Use:   "compare [flags] FILE...",
		Short: "Compare benchmark results (benchstat-style): medians, confidence intervals, significance",
		Long: `Compare results in the Go benchmark format. With two or more files, each
file is a column and the first is the base; with one file, each target in
it is a column (--by=target), e.g. to see how much slower than CPython a
port is. Each column is compared with the base by a Mann-Whitney U test:
"~" means no significant difference (p > 0.05); with --ratio the ratio of
medians is shown anyway, followed by "~". A geomean row summarises
the benchmarks present in every column. Warnings (too few samples, noisy
samples) are numbered notes under each table.

--threshold makes the command exit 1 when any benchmark is significantly
worse than the base by more than the threshold (for the nightly job).`,
		Example: `  mptest bench compare old.txt new.txt
  mptest bench compare --threshold 5% --format markdown main.txt pr.txt
  mptest bench compare --base cpython all.txt    # targets side by side, as ratios`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error { return runBenchCompare(cmd, f, args) },
	}
	fl := cmd.Flags()
	fl.StringVar(&f.by, "by", "", `what makes a column: "file", or a configuration key such as "target" (default: file for several files, target for one)`)
	fl.StringVar(&f.base, "base", "", "the column the others are compared with (default: the first)")
	fl.StringVar(&f.format, "format", "text", "output format: text or markdown")
	fl.BoolVar(&f.ratio, "ratio", false, "show ratios of medians (3.20x) instead of percent changes (default when comparing by a configuration key)")
	fl.StringVar(&f.threshold, "threshold", "", "exit 1 on a significant regression larger than this, e.g. 5%")
	fl.StringArrayVar(&f.units, "unit", nil, "compare only this unit, e.g. sec/op (repeatable)")
	return cmd
}

func runBenchCompare(cmd *cobra.Command, f compareFlags, files []string) error {
	stdout, stderr := cmd.OutOrStdout(), cmd.ErrOrStderr()
	format, err := benchstat.ParseFormat(f.format)
	if err != nil {
		return benchUsage("%v", err)
	}
	threshold := -1.0
	if f.threshold != "" {
		if threshold, err = parsePercent(f.threshold); err != nil {
			return benchUsage("--threshold: %v", err)
		}
	}
	by := f.by
	if by == "" {
		by = "file"
		if len(files) == 1 {
			by = "target"
		}
	}
	ratio := f.ratio
	if !cmd.Flags().Changed("ratio") {
		ratio = by != "file"
	}

	seen := map[string]bool{}
	for _, name := range files {
		if seen[name] {
			return benchUsage("%s is given twice", name)
		}
		seen[name] = true
	}
	var all []*benchfmt.Result
	units := benchfmt.UnitMetadataMap{}
	for _, name := range files {
		file, err := os.Open(name)
		if err != nil {
			return exitCode{exitError, fmt.Errorf("reading results: %w", err)}
		}
		rs, us, bad, err := benchstat.Read(file, name)
		file.Close()
		if err != nil {
			return exitCode{exitError, err}
		}
		for _, e := range bad {
			fmt.Fprintf(stderr, "mptest: skipping %v\n", e)
		}
		for k, v := range us {
			units[k] = v
		}
		all = append(all, rs...)
	}
	if len(all) == 0 {
		return exitCode{exitError, fmt.Errorf("no benchmark results in %s", strings.Join(files, ", "))}
	}
	column := benchstat.ByFile()
	if by != "file" {
		column = benchstat.ByConfig(by)
	}
	c := benchstat.Compare(all, column, units, benchstat.Options{Units: f.units, Base: f.base})
	if len(c.Tables) == 0 {
		return exitCode{exitError, fmt.Errorf("no results with configuration key %q (or unit %s)", by, strings.Join(f.units, ", "))}
	}
	if f.base != "" && c.Columns[0] != f.base {
		return benchUsage("--base %q is not a column (columns: %s)", f.base, strings.Join(c.Columns, ", "))
	}
	if len(c.Columns) < 2 {
		fmt.Fprintf(stderr, "mptest: only one column (%s); nothing to compare against\n", c.Columns[0])
	}
	if err := benchstat.Render(stdout, c, benchstat.RenderOptions{Format: format, Ratio: ratio}); err != nil {
		return exitCode{exitError, err}
	}
	if threshold >= 0 {
		regs := c.Regressions(threshold)
		for _, r := range regs {
			fmt.Fprintf(stderr, "regression: %v\n", r)
		}
		if len(regs) > 0 {
			return exitCode{exitFailures, fmt.Errorf("%d significant regressions above %s", len(regs), f.threshold)}
		}
	}
	return nil
}

// parsePercent parses "5%" or "5" as 0.05.
func parsePercent(s string) (float64, error) {
	v, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(s), "%"), 64)
	if err != nil || v < 0 {
		return 0, fmt.Errorf("bad percentage %q (want e.g. 5%%)", s)
	}
	return v / 100, nil
}
