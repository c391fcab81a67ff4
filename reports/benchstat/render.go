package benchstat

import (
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"
	"golang.org/x/perf/benchunit"
)

// Format is an output format for a Comparison.
type Format int

const (
	// Text is a table drawn with box characters for a terminal.
	Text Format = iota
	// Markdown is a GitHub-flavoured markdown table, for issues and CI summaries.
	Markdown
)

// ParseFormat parses "text" or "markdown".
func ParseFormat(s string) (Format, error) {
	switch s {
	case "text", "":
		return Text, nil
	case "markdown", "md":
		return Markdown, nil
	}
	return 0, fmt.Errorf("unknown format %q (want text or markdown)", s)
}

// RenderOptions choose how comparisons are shown.
type RenderOptions struct {
	Format Format
	// Ratio shows each column against the base as a ratio of medians
	// ("3.20x": 3.2 times the base) instead of a percent change; it suits
	// comparing interpreters ("how much slower than CPython").
	Ratio bool
}

// Render writes one table per unit, each followed by its numbered notes
// (the warnings; a note's number marks the cells it is about).
func Render(w io.Writer, c *Comparison, opts RenderOptions) error {
	for i, t := range c.Tables {
		if i > 0 {
			if _, err := fmt.Fprintln(w); err != nil {
				return fmt.Errorf("writing comparison: %w", err)
			}
		}
		if err := renderTable(w, t, opts); err != nil {
			return fmt.Errorf("writing comparison: %w", err)
		}
	}
	return nil
}

// notes numbers distinct warning texts.
type notes struct {
	texts []string
	index map[string]int
}

func (n *notes) mark(ws []Warning, row, col string) string {
	var marks []string
	for _, w := range ws {
		if w.Row != row || w.Column != col {
			continue
		}
		text := w.Err.Error()
		if n.index == nil {
			n.index = map[string]int{}
		}
		k, ok := n.index[text]
		if !ok {
			n.texts = append(n.texts, text)
			k = len(n.texts)
			n.index[text] = k
		}
		m := fmt.Sprintf("(%d)", k)
		if !contains(marks, m) {
			marks = append(marks, m)
		}
	}
	if len(marks) == 0 {
		return ""
	}
	return " " + strings.Join(marks, "")
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func renderTable(w io.Writer, t *Table, opts RenderOptions) error {
	// One scale for the whole table, so the numbers line up.
	var centers []float64
	for _, r := range t.Rows {
		for _, c := range r.Cells {
			if c.Present() {
				centers = append(centers, c.Summary.Center)
			}
		}
	}
	scaler := benchunit.CommonScale(centers, benchunit.ClassOf(t.Unit))

	vs := "vs base"
	if opts.Ratio {
		vs = "ratio"
	}
	header := []any{"name"}
	for i, col := range t.Columns {
		header = append(header, col+" "+t.Unit)
		if i > 0 {
			header = append(header, vs)
		}
	}

	var n notes
	var rows [][]string
	for _, r := range t.Rows {
		line := []string{r.Name}
		for i, c := range r.Cells {
			cell := "-"
			if c.Present() {
				cell = scaler.Format(c.Summary.Center) + " ± " + c.Summary.PctRangeString()
			}
			line = append(line, cell+n.mark(t.Warnings, r.Name, t.Columns[i]))
			if i > 0 {
				line = append(line, formatDelta(r.Deltas[i], opts.Ratio))
			}
		}
		rows = append(rows, line)
	}
	if t.Geomean != nil {
		line := []string{"geomean"}
		for i, g := range t.Geomean {
			line = append(line, scaler.Format(g))
			if i > 0 {
				line = append(line, formatRatio(g/t.Geomean[0], opts.Ratio))
			}
		}
		rows = append(rows, line)
	}

	if _, err := fmt.Fprintf(w, "unit: %s\n", t.Unit); err != nil {
		return err
	}
	if opts.Format == Markdown {
		if _, err := fmt.Fprintln(w); err != nil {
			return err
		}
	}
	aligns := make([]tw.Align, len(header))
	for i := range aligns {
		aligns[i] = tw.AlignRight
	}
	aligns[0] = tw.AlignLeft
	tableOpts := []tablewriter.Option{
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithHeaderAlignment(tw.AlignLeft),
		tablewriter.WithRowAlignmentConfig(tw.CellAlignment{Global: tw.AlignRight, PerColumn: aligns}),
		tablewriter.WithRowAutoWrap(tw.WrapNone),
		tablewriter.WithHeaderAutoWrap(tw.WrapNone),
	}
	if opts.Format == Markdown {
		tableOpts = append(tableOpts, tablewriter.WithRenderer(renderer.NewMarkdown()))
	} else {
		tableOpts = append(tableOpts, tablewriter.WithRenderer(renderer.NewBlueprint(tw.Rendition{Symbols: tw.NewSymbols(tw.StyleLight)})))
	}
	tbl := tablewriter.NewTable(w, tableOpts...)
	tbl.Header(header...)
	for _, r := range rows {
		if err := tbl.Append(r); err != nil {
			return err
		}
	}
	if err := tbl.Render(); err != nil {
		return err
	}
	if len(n.texts) > 0 && opts.Format == Markdown {
		if _, err := fmt.Fprintln(w); err != nil {
			return err
		}
	}
	for i, text := range n.texts {
		prefix := ""
		if opts.Format == Markdown {
			prefix = "- "
		}
		if _, err := fmt.Fprintf(w, "%s(%d) %s\n", prefix, i+1, text); err != nil {
			return err
		}
	}
	return nil
}

// formatDelta shows a comparison: the change when significant, "~" when
// not (as benchstat does), then the test's p-value and sample sizes. A ratio
// is always shown, since "how many times slower" is the question even when
// the samples are too few or too noisy to be sure; "~" then follows it.
func formatDelta(d *Delta, ratio bool) string {
	if d == nil {
		return "-"
	}
	test := " (" + d.Comparison.String() + ")"
	switch {
	case d.Significant:
		return formatRatio(d.Ratio, ratio) + test
	case ratio:
		return formatRatio(d.Ratio, ratio) + " ~" + test
	}
	return "~" + test
}

func formatRatio(r float64, ratio bool) string {
	switch {
	case math.IsNaN(r) || math.IsInf(r, 0):
		return "?"
	case ratio:
		return fmt.Sprintf("%.2fx", r)
	default:
		return fmt.Sprintf("%+.2f%%", 100*(r-1))
	}
}
