package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"sort"

	"github.com/spf13/cobra"

	"github.com/mptest/mptest/reports/dashboard"
	"github.com/mptest/mptest/reports/history"
	"github.com/mptest/mptest/reports/matrix"
	"github.com/mptest/mptest/reports/results"
)

func init() { register(newReportCmd) }

// reportFlags are the options of `mptest report`.
type reportFlags struct {
	history       string
	output        string
	machine       string
	title         string
	threshold     string
	sizeThreshold string
	matrix        bool
	format        string
	resultsDir    string
	failOnReg     bool
	last          int
}

func newReportCmd() *cobra.Command {
	var f reportFlags
	cmd := &cobra.Command{
		Use:   "report [flags]",
		Short: "Write the history as a static HTML dashboard, or print the subset matrix",
		Long: `Read the history written by 'mptest record' and write one self-contained
HTML page (no scripts, nothing loaded from the network): the last commit's
regressions; trends of the pass rate per target, each benchmark's median,
code size per section and RAM; the last commit's deltas, benchmark changes
tested for significance (Mann-Whitney U); per-test history with the commit
where each current failure began; and the subset matrix of Python features
(suite categories) by target.

Timings compare only within one machine: the page shows the machine of the
newest record unless --machine names another. Unreadable history files are
reported and skipped.

--matrix prints the subset matrix of the newest record instead (or, with
--results DIR, of the results files 'mptest run' wrote there).`,
		Example: `  mptest report -o dashboard.html
  mptest report --matrix --format markdown >> $GITHUB_STEP_SUMMARY
  mptest report --matrix --results .mptest-results`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error { return runReport(cmd, f) },
	}
	fl := cmd.Flags()
	fl.StringVar(&f.history, "history", history.DefaultDir, "the history directory")
	fl.StringVarP(&f.output, "output", "o", "mptest-report.html", `the HTML file to write ("-": standard output)`)
	fl.StringVar(&f.machine, "machine", "", "whose records to show (default: the newest record's machine)")
	fl.StringVar(&f.title, "title", "", "the page title")
	fl.StringVar(&f.threshold, "threshold", "5%", "smallest significant benchmark slow-down reported as a regression")
	fl.StringVar(&f.sizeThreshold, "size-threshold", "0.5%", "smallest size or peak RAM growth reported as a regression")
	fl.BoolVar(&f.matrix, "matrix", false, "print the subset matrix instead of writing the page")
	fl.StringVar(&f.format, "format", "text", "--matrix output: text or markdown")
	fl.StringVar(&f.resultsDir, "results", "", "with --matrix: read the results files under this directory instead of the history")
	fl.BoolVar(&f.failOnReg, "fail-on-regression", false, "exit 1 when the last commit has regressions")
	fl.IntVar(&f.last, "last", 0, "show only the newest N commits (0: all)")
	return cmd
}

func reportUsage(format string, args ...any) error {
	return exitCode{exitError, fmt.Errorf(format+" (see 'mptest report --help')", args...)}
}

func runReport(cmd *cobra.Command, f reportFlags) error {
	stdout, stderr := cmd.OutOrStdout(), cmd.ErrOrStderr()
	if f.format != "text" && f.format != "markdown" {
		return reportUsage("--format must be text or markdown")
	}
	if f.resultsDir != "" && !f.matrix {
		return reportUsage("--results needs --matrix")
	}
	threshold, err := parsePercent(f.threshold)
	if err != nil {
		return reportUsage("--threshold: %v", err)
	}
	sizeThreshold, err := parsePercent(f.sizeThreshold)
	if err != nil {
		return reportUsage("--size-threshold: %v", err)
	}

	if f.matrix && f.resultsDir != "" {
		files, err := readResultsDir(f.resultsDir, stderr)
		if err != nil {
			return exitCode{exitError, err}
		}
		return printMatrix(cmd, f.format, matrix.Compute(files))
	}

	recs, warnings, err := history.Load(f.history)
	if errors.Is(err, fs.ErrNotExist) {
		return exitCode{exitError, fmt.Errorf("no history in %s: record some with 'mptest record' (or use --history DIR)", f.history)}
	}
	if err != nil {
		return exitCode{exitError, err}
	}
	for _, w := range warnings {
		fmt.Fprintln(stderr, "mptest: warning: skipping", w)
	}
	if len(recs) == 0 {
		return exitCode{exitError, fmt.Errorf("no readable records in %s", f.history)}
	}
	d, err := dashboard.Build(recs, dashboard.Options{
		Title: f.title, Machine: f.machine, BenchThreshold: threshold, SizeThreshold: sizeThreshold, Last: f.last,
	})
	if err != nil {
		return exitCode{exitError, err}
	}
	for _, w := range warnings {
		d.Warnings = append(d.Warnings, "skipped: "+w.Error())
	}
	if f.matrix {
		fmt.Fprintf(stderr, "subset matrix of %s %s on %s\n", d.Last.Commit.Short(), d.Last.Commit.Subject, d.Machine)
		return printMatrix(cmd, f.format, d.Matrix)
	}

	var page bytes.Buffer
	if err := dashboard.Render(&page, d); err != nil {
		return exitCode{exitError, err}
	}
	if f.output == "-" {
		if _, err := stdout.Write(page.Bytes()); err != nil {
			return exitCode{exitError, fmt.Errorf("writing the report: %w", err)}
		}
	} else if err := results.WriteFileAtomic(f.output, page.Bytes()); err != nil {
		return exitCode{exitError, fmt.Errorf("writing the report: %w", err)}
	}
	where := f.output
	if where == "-" {
		where = "standard output"
	}
	fmt.Fprintf(stderr, "mptest: report of %d commits on %s written to %s; %d regressions in the last commit\n",
		len(d.Commits), d.Machine, where, len(d.Regressions))
	for _, r := range d.Regressions {
		fmt.Fprintf(stderr, "regression: %s %s: %s\n", r.Kind, r.What, r.Detail)
	}
	if f.failOnReg && len(d.Regressions) > 0 {
		return exitCode{exitFailures, nil}
	}
	return nil
}

func printMatrix(cmd *cobra.Command, format string, m *matrix.Matrix) error {
	var err error
	if format == "markdown" {
		err = matrix.WriteMarkdown(cmd.OutOrStdout(), m)
	} else {
		err = matrix.WriteText(cmd.OutOrStdout(), m)
	}
	if err != nil {
		return exitCode{exitError, err}
	}
	return nil
}

// readResultsDir reads every DIR/*/results.json; unreadable ones are
// reported and skipped.
func readResultsDir(dir string, stderr interface{ Write([]byte) (int, error) }) ([]*results.File, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*", "results.json"))
	if err != nil {
		return nil, fmt.Errorf("--results: %w", err)
	}
	sort.Strings(paths)
	var files []*results.File
	for _, p := range paths {
		f, err := results.Read(p)
		if err != nil {
			fmt.Fprintln(stderr, "mptest: warning: skipping", err)
			continue
		}
		files = append(files, f)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no results files in %s (run 'mptest run --results-dir %s' first)", dir, dir)
	}
	return files, nil
}
