// Package table renders a run's results for people: a summary of verdict
// counts with one column per target, a side-by-side table of the tests that
// did not pass somewhere, and the reasons and diffs of failures.
package table

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/mptest/mptest/reports/results"
)

func newTable(w io.Writer) *tablewriter.Table {
	return tablewriter.NewTable(w,
		tablewriter.WithSymbols(tw.NewSymbols(tw.StyleASCII)),
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithRowAutoWrap(tw.WrapNone),
		tablewriter.WithHeaderAlignment(tw.AlignLeft),
	)
}

// Summary writes the verdict counts: one row per verdict that occurs (and a
// total), one column per target.
func Summary(w io.Writer, files []*results.File) error {
	t := newTable(w)
	header := []any{"result"}
	counts := make([]map[results.Verdict]int, len(files))
	for i, f := range files {
		name := f.Target
		if f.Incomplete {
			name += " (interrupted)"
		}
		header = append(header, name)
		counts[i] = f.Counts()
	}
	t.Header(header...)
	for _, v := range results.Verdicts {
		row := []any{string(v)}
		seen := false
		for _, c := range counts {
			row = append(row, strconv.Itoa(c[v]))
			seen = seen || c[v] > 0
		}
		if seen {
			if err := t.Append(row...); err != nil {
				return fmt.Errorf("summary table: %w", err)
			}
		}
	}
	total := []any{"total"}
	for _, f := range files {
		total = append(total, strconv.Itoa(len(f.Tests)))
	}
	if err := t.Append(total...); err != nil {
		return fmt.Errorf("summary table: %w", err)
	}
	if err := t.Render(); err != nil {
		return fmt.Errorf("summary table: %w", err)
	}
	return nil
}

// NotPassing writes one row per test whose verdict is Failed on at least one
// target, with its verdict on every target ("-" where it did not run), at
// most limit rows (0: all). It writes nothing when every test passed.
func NotPassing(w io.Writer, files []*results.File, limit int) error {
	byTest := map[string][]string{}
	for i, f := range files {
		for _, r := range f.Tests {
			if !r.Verdict.Failed() {
				continue
			}
			if byTest[r.Name] == nil {
				byTest[r.Name] = make([]string, len(files))
			}
			byTest[r.Name][i] = string(r.Verdict)
		}
	}
	if len(byTest) == 0 {
		return nil
	}
	names := make([]string, 0, len(byTest))
	for n := range byTest {
		names = append(names, n)
	}
	sort.Strings(names)
	// Fill in the verdicts of targets where the test did not fail.
	for i, f := range files {
		for _, r := range f.Tests {
			if row := byTest[r.Name]; row != nil && row[i] == "" {
				row[i] = string(r.Verdict)
			}
		}
	}
	t := newTable(w)
	header := []any{"test"}
	for _, f := range files {
		header = append(header, f.Target)
	}
	t.Header(header...)
	more := 0
	if limit > 0 && len(names) > limit {
		more = len(names) - limit
		names = names[:limit]
	}
	for _, n := range names {
		row := []any{n}
		for _, v := range byTest[n] {
			if v == "" {
				v = "-"
			}
			row = append(row, v)
		}
		if err := t.Append(row...); err != nil {
			return fmt.Errorf("failures table: %w", err)
		}
	}
	if err := t.Render(); err != nil {
		return fmt.Errorf("failures table: %w", err)
	}
	if more > 0 {
		fmt.Fprintf(w, "... and %d more (see the results files)\n", more)
	}
	return nil
}

// Failures writes, for each result whose verdict is Failed, a line
// "VERDICT target test: reason" followed, if withDiffs, by its diff.
func Failures(w io.Writer, files []*results.File, withDiffs bool) {
	for _, f := range files {
		for _, r := range f.Tests {
			if !r.Verdict.Failed() {
				continue
			}
			fmt.Fprintf(w, "%s %s %s: %s\n", strings.ToUpper(string(r.Verdict)), f.Target, r.Name, r.Reason)
			if withDiffs && r.Diff != "" {
				io.WriteString(w, r.Diff)
				if !strings.HasSuffix(r.Diff, "\n") {
					io.WriteString(w, "\n")
				}
			}
		}
	}
}
