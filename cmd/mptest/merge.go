package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/mptest/mptest/reports/history"
	"github.com/mptest/mptest/reports/merge"
	"github.com/mptest/mptest/reports/results"
	"github.com/mptest/mptest/reports/table"
)

func init() { register(newMergeCmd) }

// mergeFlags are the options of `mptest merge`.
type mergeFlags struct {
	resultsDir   string
	junit        string
	historyDir   string
	allowPartial bool
	check        bool
	machine      string
	rename       []string
}

func newMergeCmd() *cobra.Command {
	var f mergeFlags
	cmd := &cobra.Command{
		Use:   "merge [flags] INPUT...",
		Short: "Merge the results of shards, machines or boards into the results of one run",
		Long: `Merge results into one: each INPUT is a results directory (what 'mptest
run --results-dir' writes, with the part manifest shard.json of a sharded
run), a results.json file, a JUnit XML file, or a history record (what
'mptest record' writes). The merged results of each target go to
--results-dir DIR/<target>/results.json, with DIR/merge.json saying which
machine, shard and board every result came from; --junit writes one JUnit
file (merged from JUnit inputs, else made from the merged results);
--history writes one record of the commit into a history directory (from
history records, or made from the merged results: then the commit is the
parts' and the machine --machine), for 'mptest report' to draw.

The merge refuses parts of different commits, of different test selections
(another suite, other filters, another shard count), a shard or a test given
twice, one target with two interpreter identities, and missing shards
(unless --allow-partial).

Exit status: 0 when merged (with --check: and every test passed or was
skipped), 1 with --check when a merged test failed, 2 when the inputs do
not belong together or cannot be read.`,
		Example: `  mptest merge --results-dir merged --junit merged.xml part-1 part-2 part-3
  mptest merge --junit all.xml shard1.xml shard2.xml
  mptest merge --history .mptest-history ci-1/abc_ci-1.json ci-2/abc_ci-2.json`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error { return runMerge(cmd, f, args) },
	}
	fl := cmd.Flags()
	fl.StringVarP(&f.resultsDir, "results-dir", "o", "", "write the merged results here (<target>/results.json and merge.json)")
	fl.StringVar(&f.junit, "junit", "", "write merged JUnit XML to this file")
	fl.StringVar(&f.historyDir, "history", "", "write the merged history record into this directory")
	fl.BoolVar(&f.allowPartial, "allow-partial", false, "merge a sharded run with shards missing (warn instead of failing)")
	fl.BoolVar(&f.check, "check", false, "exit 1 when a merged test failed, as 'mptest run' would")
	fl.StringArrayVar(&f.rename, "rename", nil, "merge target FROM as target TO (FROM=TO; repeatable): like boards that shared the shards of one suite")
	fl.StringVar(&f.machine, "machine", "", "with --history and results inputs: the record's machine name (default $MPTEST_MACHINE, else \"ci\")")
	return cmd
}

func mergeUsage(format string, args ...any) error {
	return exitCode{exitError, fmt.Errorf(format+" (see 'mptest merge --help')", args...)}
}

// mergeInputs are the inputs of a merge by kind.
type mergeInputs struct {
	results []merge.Input
	junit   []merge.JUnitInput
	records []*history.Record
	recFrom []string
}

func runMerge(cmd *cobra.Command, f mergeFlags, args []string) error {
	stdout, stderr := cmd.OutOrStdout(), cmd.ErrOrStderr()
	if f.resultsDir == "" && f.junit == "" && f.historyDir == "" {
		return mergeUsage("nothing to write: give --results-dir, --junit or --history")
	}
	seen := map[string]bool{}
	var in mergeInputs
	for _, arg := range args {
		abs, _ := filepath.Abs(arg)
		if seen[abs] {
			return mergeUsage("%s is given twice", arg)
		}
		seen[abs] = true
		if err := in.add(arg); err != nil {
			return exitCode{exitError, err}
		}
	}
	if f.historyDir != "" && len(in.records) == 0 && len(in.results) == 0 {
		return mergeUsage("--history needs history records or results among the inputs")
	}

	var files []*results.File
	var prov *merge.Provenance
	var record *history.Record
	if len(in.records) > 0 {
		var warnings []error
		var err error
		record, warnings, err = merge.Records(in.records, in.recFrom)
		if err != nil {
			return exitCode{exitError, err}
		}
		for _, w := range warnings {
			fmt.Fprintln(stderr, "mptest: warning:", w)
		}
		files = record.Suites
	}
	if len(in.results) > 0 {
		if len(in.records) > 0 {
			return mergeUsage("give either results or history records, not both")
		}
		names := map[string]string{}
		for _, r := range f.rename {
			from, to, ok := strings.Cut(r, "=")
			if !ok || from == "" || to == "" {
				return mergeUsage("--rename %q: want FROM=TO", r)
			}
			names[from] = to
		}
		m, err := merge.Results(in.results, merge.Options{AllowPartial: f.allowPartial, Rename: names})
		if err != nil {
			return exitCode{exitError, err}
		}
		for _, w := range m.Warnings {
			fmt.Fprintln(stderr, "mptest: warning:", w)
		}
		files, prov = m.Files, &m.Provenance
		if f.historyDir != "" {
			record = recordOf(cmd.Context(), m, f.machine)
		}
	}
	if f.resultsDir != "" && files == nil {
		return mergeUsage("--results-dir needs results or history records among the inputs")
	}

	if f.resultsDir != "" {
		for _, file := range files {
			if err := results.Write(results.Path(f.resultsDir, file.Target), file); err != nil {
				return exitCode{exitError, err}
			}
		}
		if prov != nil {
			data, err := json.MarshalIndent(prov, "", "  ")
			if err != nil {
				return exitCode{exitError, fmt.Errorf("encoding provenance: %w", err)}
			}
			if err := results.WriteFileAtomic(filepath.Join(f.resultsDir, merge.ProvenanceFile), append(data, '\n')); err != nil {
				return exitCode{exitError, err}
			}
		}
	}
	if f.junit != "" {
		var b bytes.Buffer
		if len(in.junit) > 0 {
			if err := merge.JUnit(&b, in.junit); err != nil {
				return exitCode{exitError, err}
			}
			if err := results.WriteFileAtomic(f.junit, b.Bytes()); err != nil {
				return exitCode{exitError, fmt.Errorf("JUnit output: %w", err)}
			}
		} else if files != nil {
			if err := writeJUnit(f.junit, files); err != nil {
				return exitCode{exitError, err}
			}
		} else {
			return mergeUsage("--junit needs JUnit files, results or records among the inputs")
		}
	}
	if record != nil {
		path, err := history.Write(f.historyDir, record)
		if err != nil {
			return exitCode{exitError, err}
		}
		fmt.Fprintf(stderr, "mptest: record of %s (%s) written to %s\n", record.Commit.Short(), record.Machine.Name, path)
	}
	if files != nil {
		if err := table.Summary(stdout, files); err != nil {
			return exitCode{exitError, err}
		}
	}
	n := 0
	for _, file := range files {
		n += len(file.Tests)
	}
	fmt.Fprintf(stderr, "mptest: merged %d inputs: %d results on %d targets\n", len(args), n, len(files))
	if f.check {
		for _, file := range files {
			if len(file.Failures()) > 0 {
				return exitCode{exitFailures, nil}
			}
		}
	}
	return nil
}

// add classifies one input path and reads it.
func (in *mergeInputs) add(path string) error {
	st, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("merge input: %w", err)
	}
	if st.IsDir() {
		return in.addDir(path)
	}
	if strings.HasSuffix(path, ".xml") {
		data, err := os.ReadFile(path)
		if err != nil {
			return fmt.Errorf("merge input: %w", err)
		}
		in.junit = append(in.junit, merge.JUnitInput{Origin: path, R: bytes.NewReader(data)})
		return nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("merge input: %w", err)
	}
	var probe map[string]json.RawMessage
	if err := json.Unmarshal(data, &probe); err != nil {
		return fmt.Errorf("merge input %s: not JSON or JUnit XML: %w", path, err)
	}
	switch {
	case probe["target"] != nil:
		file, err := results.Read(path)
		if err != nil {
			return err
		}
		in.results = append(in.results, merge.Input{Origin: path, Files: []*results.File{file}})
	case probe["suites"] != nil && probe["commit"] != nil:
		rec, err := history.ReadFile(path)
		if err != nil {
			return err
		}
		in.records = append(in.records, rec)
		in.recFrom = append(in.recFrom, path)
	default:
		return fmt.Errorf("merge input %s: neither a results file nor a history record", path)
	}
	return nil
}

// addDir reads a results directory: the part manifest, if any, and the
// results of its targets (of the targets the manifest names, for a shard).
func (in *mergeInputs) addDir(dir string) error {
	part, err := merge.ReadPart(dir)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	var paths []string
	if part != nil {
		for _, t := range part.Targets {
			paths = append(paths, results.Path(dir, t))
		}
	} else {
		paths, _ = filepath.Glob(filepath.Join(dir, "*", "results.json"))
	}
	if len(paths) == 0 {
		return fmt.Errorf("merge input %s: no <target>/results.json in it", dir)
	}
	input := merge.Input{Origin: dir, Part: part}
	for _, p := range paths {
		file, err := results.Read(p)
		if err != nil {
			return err
		}
		input.Files = append(input.Files, file)
	}
	in.results = append(in.results, input)
	return nil
}

// recordOf makes a history record of merged results: the commit the parts
// name (else $GITHUB_SHA or HEAD), described from git where possible.
func recordOf(ctx context.Context, m *merge.Merged, machine string) *history.Record {
	hash := m.Provenance.Commit
	if hash == "" {
		hash = thisCommit(ctx)
	}
	if hash == "" {
		hash = "unknown"
	}
	commit := history.Commit{Hash: hash}
	if c, err := history.CommitOf(ctx, ".", hash); err == nil {
		commit = c
	}
	if machine == "" {
		machine = os.Getenv("MPTEST_MACHINE")
	}
	if machine == "" {
		machine = "ci"
	}
	rec := &history.Record{Schema: history.Schema, Commit: commit, Machine: history.Machine{Name: machine},
		Recorded: time.Now().UTC()}
	for _, f := range m.Files {
		c := *f
		c.Tests = slices.Clone(f.Tests)
		for i := range c.Tests {
			c.Tests[i].Diff = "" // records keep no diffs
		}
		rec.Suites = append(rec.Suites, &c)
		rec.Config.Targets = append(rec.Config.Targets, f.Target)
		rec.Duration = max(rec.Duration, f.Duration)
	}
	return rec
}
