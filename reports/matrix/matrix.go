// Package matrix computes the subset matrix: which Python features (the
// suite categories of the manifests, such as "lang/generators" or
// "types/float") work on which targets. It answers the question a port
// maintainer asks first — "which subset of Python does this board run?" —
// at a glance, where a results table answers it test by test.
//
// Each cell counts a category's results on one target by verdict group:
// pass; fail (fail, timeout, crash and error: something is wrong); too
// large (the test did not fit the board's memory, a limit rather than a
// bug); and skip (the target lacks the feature or a skip list excludes the
// test). Its State summarises the counts for colouring: every judged test
// passed, some did, none did, or nothing was judged because the tests were
// too large or skipped.
package matrix

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

// NoCategory is the row of results whose test has no category.
const NoCategory = "(none)"

// Cell counts one category's results on one target.
type Cell struct {
	Pass     int `json:"pass"`
	Fail     int `json:"fail"`
	TooLarge int `json:"too_large"`
	Skip     int `json:"skip"`
}

// Total is the number of results counted.
func (c Cell) Total() int { return c.Pass + c.Fail + c.TooLarge + c.Skip }

// Judged is the number of tests that ran to a verdict on their output.
func (c Cell) Judged() int { return c.Pass + c.Fail }

// Add counts one verdict.
func (c *Cell) Add(v results.Verdict) {
	switch v {
	case results.Pass:
		c.Pass++
	case results.Skip:
		c.Skip++
	case results.TooLarge:
		c.TooLarge++
	default:
		c.Fail++
	}
}

// State summarises a cell.
type State string

// The states, from best to worst, then the cells with nothing judged.
const (
	StatePass     State = "pass"      // every judged test passed
	StatePartial  State = "partial"   // some passed, some failed
	StateFail     State = "fail"      // none passed
	StateTooLarge State = "too-large" // nothing judged; some tests too large
	StateSkip     State = "skip"      // nothing judged; all skipped
	StateEmpty    State = "empty"     // no tests
)

// State returns the cell's state.
func (c Cell) State() State {
	switch {
	case c.Total() == 0:
		return StateEmpty
	case c.Judged() == 0 && c.TooLarge > 0:
		return StateTooLarge
	case c.Judged() == 0:
		return StateSkip
	case c.Fail == 0:
		return StatePass
	case c.Pass == 0:
		return StateFail
	}
	return StatePartial
}

// Text renders the cell compactly: "passed/judged", then "L" and "S"
// counts for too-large and skipped tests ("9/12 L1 S2"); "-" when empty.
func (c Cell) Text() string {
	if c.Total() == 0 {
		return "-"
	}
	var b strings.Builder
	if c.Judged() > 0 {
		fmt.Fprintf(&b, "%d/%d", c.Pass, c.Judged())
	}
	for _, part := range []struct {
		n      int
		letter string
	}{{c.TooLarge, "L"}, {c.Skip, "S"}} {
		if part.n > 0 {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(part.letter + strconv.Itoa(part.n))
		}
	}
	return b.String()
}

// Matrix is the subset matrix of a set of runs.
type Matrix struct {
	// Features are the categories, sorted; the rows.
	Features []string `json:"features"`
	// Targets are the target names in order of first appearance; the columns.
	Targets []string `json:"targets"`
	// Cells[i][j] counts Features[i] on Targets[j].
	Cells [][]Cell `json:"cells"`
	// Totals[j] counts every result on Targets[j].
	Totals []Cell `json:"totals"`
}

// Compute builds the matrix of files (one results file per target; several
// files of one target are added together).
func Compute(files []*results.File) *Matrix {
	m := &Matrix{}
	col := map[string]int{}
	counts := map[string]map[int]*Cell{}
	for _, f := range files {
		j, ok := col[f.Target]
		if !ok {
			j = len(m.Targets)
			col[f.Target] = j
			m.Targets = append(m.Targets, f.Target)
		}
		for _, r := range f.Tests {
			cat := r.Category
			if cat == "" {
				cat = NoCategory
			}
			row := counts[cat]
			if row == nil {
				row = map[int]*Cell{}
				counts[cat] = row
				m.Features = append(m.Features, cat)
			}
			if row[j] == nil {
				row[j] = &Cell{}
			}
			row[j].Add(r.Verdict)
		}
	}
	sort.Strings(m.Features)
	m.Totals = make([]Cell, len(m.Targets))
	for _, feat := range m.Features {
		cells := make([]Cell, len(m.Targets))
		for j, c := range counts[feat] {
			cells[j] = *c
			t := &m.Totals[j]
			t.Pass += c.Pass
			t.Fail += c.Fail
			t.TooLarge += c.TooLarge
			t.Skip += c.Skip
		}
		m.Cells = append(m.Cells, cells)
	}
	return m
}

// Cell returns the counts of feature on target (zero if either is absent).
func (m *Matrix) Cell(feature, target string) Cell {
	for i, f := range m.Features {
		if f != feature {
			continue
		}
		for j, t := range m.Targets {
			if t == target {
				return m.Cells[i][j]
			}
		}
	}
	return Cell{}
}

// Legend explains the cell notation.
const Legend = "cells: passed/judged (judged = passed + failed, timed out, crashed or errored); L = too large, S = skipped"

// WriteText writes the matrix as an ASCII table with a total row and the legend.
func WriteText(w io.Writer, m *Matrix) error {
	t := tablewriter.NewTable(w,
		tablewriter.WithSymbols(tw.NewSymbols(tw.StyleASCII)),
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithRowAutoWrap(tw.WrapNone),
		tablewriter.WithHeaderAlignment(tw.AlignLeft),
	)
	t.Header(m.header()...)
	for _, row := range m.rows() {
		if err := t.Append(row...); err != nil {
			return fmt.Errorf("matrix table: %w", err)
		}
	}
	if err := t.Render(); err != nil {
		return fmt.Errorf("matrix table: %w", err)
	}
	if _, err := fmt.Fprintln(w, Legend); err != nil {
		return fmt.Errorf("matrix table: %w", err)
	}
	return nil
}

// WriteMarkdown writes the matrix as a GitHub-flavoured markdown table, each
// cell prefixed with its state, and the legend.
func WriteMarkdown(w io.Writer, m *Matrix) error {
	var b strings.Builder
	line := func(cells []string) {
		b.WriteString("|")
		for _, c := range cells {
			b.WriteString(" " + strings.ReplaceAll(c, "|", `\|`) + " |")
		}
		b.WriteString("\n")
	}
	var header []string
	for _, h := range m.header() {
		header = append(header, fmt.Sprint(h))
	}
	line(header)
	sep := []string{"---"}
	for range m.Targets {
		sep = append(sep, "---:")
	}
	line(sep)
	for i, feat := range m.Features {
		cells := []string{"`" + feat + "`"}
		for _, c := range m.Cells[i] {
			cells = append(cells, mdCell(c))
		}
		line(cells)
	}
	total := []string{"**total**"}
	for _, c := range m.Totals {
		total = append(total, "**"+mdCell(c)+"**")
	}
	line(total)
	b.WriteString("\n" + Legend + "; " + mdStateLegend + "\n")
	_, err := io.WriteString(w, b.String())
	if err != nil {
		return fmt.Errorf("matrix markdown: %w", err)
	}
	return nil
}

var mdMarks = map[State]string{
	StatePass: "🟩", StatePartial: "🟨", StateFail: "🟥", StateTooLarge: "🟪", StateSkip: "⬜", StateEmpty: "",
}

const mdStateLegend = "🟩 all passed, 🟨 some failed, 🟥 none passed, 🟪 too large, ⬜ skipped"

func mdCell(c Cell) string {
	if mark := mdMarks[c.State()]; mark != "" {
		return mark + " " + c.Text()
	}
	return c.Text()
}

func (m *Matrix) header() []any {
	h := []any{"feature"}
	for _, t := range m.Targets {
		h = append(h, t)
	}
	return h
}

func (m *Matrix) rows() [][]any {
	var rows [][]any
	for i, feat := range m.Features {
		row := []any{feat}
		for _, c := range m.Cells[i] {
			row = append(row, c.Text())
		}
		rows = append(rows, row)
	}
	total := []any{"total"}
	for _, c := range m.Totals {
		total = append(total, c.Text())
	}
	return append(rows, total)
}
