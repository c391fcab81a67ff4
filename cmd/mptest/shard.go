package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/mptest/mptest/reports/history"
	"github.com/mptest/mptest/reports/merge"
	"github.com/mptest/mptest/runners/discover"
	"github.com/mptest/mptest/runners/shard"
	"github.com/mptest/mptest/suites/perf"
)

func init() { register(newShardMatrixCmd) }

// shardFlags are the --shard and --durations options of run and bench.
type shardFlags struct {
	spec      string
	durations []string
}

// register adds the flags to fl.
func (s *shardFlags) register(fl *pflag.FlagSet) {
	fl.StringVar(&s.spec, "shard", "", "run only part K of N of the selection (K/N, e.g. 2/4), balanced by recorded durations; every part must get the same --durations")
	fl.StringArrayVar(&s.durations, "durations", nil, "results file or directory, history record (run) or benchmark results file (bench) whose durations balance --shard (run: default the results dir when it holds a whole run)")
}

func (s *shardFlags) parse() (shard.Spec, bool, error) {
	if s.spec == "" {
		if len(s.durations) > 0 {
			return shard.Spec{}, false, exitCode{exitError, errors.New("--durations needs --shard")}
		}
		return shard.Spec{}, false, nil
	}
	sp, err := shard.Parse(s.spec)
	if err != nil {
		return shard.Spec{}, false, exitCode{exitError, fmt.Errorf("--shard: %w", err)}
	}
	return sp, true, nil
}

// selectTests keeps the tests of this run's shard and writes the part
// manifest (merge.PartFile) to resultsDir; without --shard it removes a
// stale manifest and keeps every test.
func (s *shardFlags) selectTests(ctx context.Context, stderr io.Writer, tests []discover.Test, resultsDir string, targets []string) ([]discover.Test, error) {
	sp, on, err := s.parse()
	if err != nil {
		return nil, err
	}
	manifest := filepath.Join(resultsDir, merge.PartFile)
	if !on {
		if err := os.Remove(manifest); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return nil, exitCode{exitError, fmt.Errorf("removing stale part manifest: %w", err)}
		}
		return tests, nil
	}
	sources := s.durations
	if len(sources) == 0 {
		// The last run's results balance the split only if they cover the
		// whole selection: a shard's own results would give each job a
		// different profile, and so a different split.
		if _, err := os.Stat(manifest); err == nil {
			fmt.Fprintf(stderr, "mptest: note: %s holds one shard's results; splitting by name hash (give every shard the same --durations)\n", resultsDir)
		} else {
			sources = []string{resultsDir}
		}
	}
	profile, warnings := shard.LoadProfile(sources...)
	for _, w := range warnings {
		fmt.Fprintln(stderr, "mptest: warning:", w)
	}
	names := make([]string, len(tests))
	for i, t := range tests {
		names[i] = t.Name
	}
	weights := profile.Weights(targets)
	sel, err := shard.Filter(tests, func(t discover.Test) string { return t.Name }, weights, sp)
	if err != nil {
		return nil, exitCode{exitError, err}
	}
	part := &merge.Part{Shard: sp.String(), Commit: thisCommit(ctx), Machine: machineName(), Targets: targets,
		Selection: merge.Fingerprint(names), Selected: len(names)}
	for _, t := range sel {
		part.Tests = append(part.Tests, t.Name)
	}
	if err := merge.WritePart(resultsDir, part); err != nil {
		return nil, exitCode{exitError, err}
	}
	how := "by name hash"
	if known := knownCount(names, weights); known > 0 {
		how = fmt.Sprintf("by the recorded durations of %d tests", known)
	}
	fmt.Fprintf(stderr, "mptest: shard %s: %d of %d tests (split %s)\n", sp, len(sel), len(tests), how)
	return sel, nil
}

// knownCount counts the names that have a weight.
func knownCount(names []string, weights map[string]float64) int {
	n := 0
	for _, name := range names {
		if _, ok := weights[name]; ok {
			n++
		}
	}
	return n
}

// selectBenchmarks keeps the benchmarks of this run's shard, balanced by the
// times in --durations files (Go benchmark format: wall-sec/op, else sec/op).
func (s *shardFlags) selectBenchmarks(stderr io.Writer, bs []*perf.Benchmark) ([]*perf.Benchmark, error) {
	sp, on, err := s.parse()
	if err != nil || !on {
		return bs, err
	}
	weights := map[string]float64{}
	for _, path := range s.durations {
		if err := benchDurations(path, weights); err != nil {
			return nil, exitCode{exitError, err}
		}
	}
	sel, err := shard.Filter(bs, benchKey, weights, sp)
	if err != nil {
		return nil, exitCode{exitError, err}
	}
	fmt.Fprintf(stderr, "mptest: shard %s: %d of %d benchmarks\n", sp, len(sel), len(bs))
	return sel, nil
}

// benchKey is a benchmark's name as results files spell it, without parameters.
func benchKey(b *perf.Benchmark) string { return b.ResultName(perf.ParamSet{}) }

// benchDurations adds the total time of each benchmark in a Go benchmark
// format file to w.
func benchDurations(path string, w map[string]float64) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("--durations: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) < 4 || !strings.HasPrefix(fields[0], "Benchmark") {
			continue
		}
		name, _, _ := strings.Cut(strings.TrimPrefix(fields[0], "Benchmark"), "/")
		best, bestUnit := 0.0, ""
		for i := 2; i+1 < len(fields); i += 2 {
			v, err := strconv.ParseFloat(fields[i], 64)
			if err != nil {
				continue
			}
			if u := fields[i+1]; u == "wall-sec/op" || (u == "sec/op" && bestUnit == "") {
				best, bestUnit = v, u
			}
		}
		w[name] += best
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("--durations %s: %w", path, err)
	}
	return nil
}

// thisCommit is the commit under test: $MPTEST_COMMIT, $GITHUB_SHA, else
// the working directory's HEAD ("" if unknown).
func thisCommit(ctx context.Context) string {
	for _, k := range []string{"MPTEST_COMMIT", "GITHUB_SHA"} {
		if v := os.Getenv(k); v != "" {
			return v
		}
	}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	out, err := history.Git(ctx, ".", "rev-parse", "HEAD")
	if err != nil {
		return ""
	}
	return strings.TrimSpace(out)
}

// machineName is $MPTEST_MACHINE, else the host name.
func machineName() string {
	if v := os.Getenv("MPTEST_MACHINE"); v != "" {
		return v
	}
	h, _ := os.Hostname()
	return h
}

func newShardMatrixCmd() *cobra.Command {
	var targets []string
	cmd := &cobra.Command{
		Use:   "shard-matrix N",
		Short: "Print a CI job matrix of N shards (JSON, for GitHub Actions' fromJSON)",
		Long: `Print the job matrix of an N-way split as one line of JSON:
{"shard":["1/N",…,"N/N"]}, with "target":[…] added for each --target. A
workflow's first job prints it to $GITHUB_OUTPUT, the test jobs use
strategy.matrix: ${{ fromJSON(needs.plan.outputs.matrix) }} and run
'mptest run --shard ${{ matrix.shard }}'.`,
		Example: `  mptest shard-matrix 4
  mptest shard-matrix 4 -t host -t cpython`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			n, err := strconv.Atoi(args[0])
			if err != nil || n < 1 || n > 256 {
				return exitCode{exitError, fmt.Errorf("shard-matrix: N must be a number from 1 to 256, not %q", args[0])}
			}
			m := map[string][]string{"shard": {}}
			for _, sp := range shard.All(n) {
				m["shard"] = append(m["shard"], sp.String())
			}
			if len(targets) > 0 {
				specs, err := splitTargets(targets)
				if err != nil {
					return err
				}
				m["target"] = specs
			}
			data, err := json.Marshal(m)
			if err != nil {
				return fmt.Errorf("shard-matrix: %w", err)
			}
			_, err = fmt.Fprintln(cmd.OutOrStdout(), string(data))
			return err
		},
	}
	cmd.Flags().StringArrayVarP(&targets, "target", "t", nil, "add a target axis (repeat or comma-separate)")
	return cmd
}
