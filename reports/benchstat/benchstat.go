// Package benchstat compares benchmark samples in the Go benchmark format,
// the way golang.org/x/perf's benchstat does, for mptest's bench command.
//
// Results are grouped into columns (one per input file, or one per value of
// a configuration key such as "target") and into rows (one per benchmark
// name), separately for each unit. Each cell summarises its sample by the
// median and a 95% confidence interval around it; each column after the
// first is compared with the first by a Mann-Whitney U test, which assumes
// nothing about the distribution of the timings (they are rarely normal:
// a run is often slowed, never sped up, by the rest of the machine). A
// difference whose p-value is above alpha (0.05) is shown as "~": the
// samples do not show that anything changed. A geomean row summarises the
// rows present in every column.
//
// Statistics come with warnings, returned as values for the caller to show:
// too few samples for a confidence interval or for a test to ever find a
// difference, and noisy samples whose interval is wider than a tenth of the
// median. A noisy or too-small sample makes "~" likely even for a real
// change; re-run with more samples (--count) on a quieter machine.
package benchstat

import (
	"errors"
	"fmt"
	"io"
	"math"

	"golang.org/x/perf/benchfmt"
	"golang.org/x/perf/benchmath"
)

// Warnings found by Compare wrap one of these, so callers can tell them
// apart with errors.Is.
var (
	// ErrTooFewSamples: a sample is too small for a finite confidence
	// interval, or two samples too small for a test to find a difference.
	ErrTooFewSamples = errors.New("too few samples")
	// ErrNoisy: the confidence interval is wider than Options.NoiseLimit
	// of the median.
	ErrNoisy = errors.New("noisy")
)

// Options tune a comparison. The zero value means the defaults.
type Options struct {
	// Confidence is the confidence level of the intervals (default 0.95).
	Confidence float64
	// Alpha is the significance level of the tests (default 0.05).
	Alpha float64
	// NoiseLimit is the widest confidence interval, as a fraction of the
	// median, not reported as noisy (default 0.10).
	NoiseLimit float64
	// Units, if not empty, limits the comparison to these units.
	Units []string
	// Base, if set, is the label of the column the others are compared
	// with (default: the first column to appear).
	Base string
}

func (o Options) withDefaults() Options {
	if o.Confidence <= 0 || o.Confidence >= 1 {
		o.Confidence = 0.95
	}
	if o.Alpha <= 0 || o.Alpha >= 1 {
		o.Alpha = 0.05
	}
	if o.NoiseLimit <= 0 {
		o.NoiseLimit = 0.10
	}
	return o
}

// Cell is one column's sample for one row and unit.
type Cell struct {
	// Sample is nil when the column has no result for the row.
	Sample  *benchmath.Sample
	Summary benchmath.Summary
}

// Present reports whether the cell has a sample.
func (c Cell) Present() bool { return c.Sample != nil }

// Delta compares a column's sample with the base (first) column's.
type Delta struct {
	Comparison benchmath.Comparison
	// Ratio is the column's median divided by the base's (NaN if the base is 0).
	Ratio float64
	// Significant is set when the test rejects "no difference" (P <= Alpha).
	Significant bool
}

// Change is Ratio-1, the relative change from the base (+0.05: 5% more).
func (d Delta) Change() float64 { return d.Ratio - 1 }

// Row is one benchmark in one unit.
type Row struct {
	Name  string
	Cells []Cell // one per column
	// Deltas[i] compares Cells[i] with Cells[0]; nil for i == 0 and where
	// either cell is missing.
	Deltas []*Delta
}

// Warning is a warning about one cell or comparison.
type Warning struct {
	Unit, Row, Column string
	Err               error
}

// Error describes the warning with the unit, row and column it is about.
func (w Warning) Error() string {
	return fmt.Sprintf("%s %s @ %s: %v", w.Unit, w.Row, w.Column, w.Err)
}

// Table is the comparison for one unit.
type Table struct {
	Unit    string
	Columns []string
	Rows    []Row
	// Geomean holds, per column, the geometric mean of the medians of the
	// rows present in every column with positive medians; nil when fewer
	// than two such rows exist.
	Geomean []float64
	// Better is -1 when lower values are better (time, memory), +1 when
	// higher values are, and 0 when unknown.
	Better   int
	Warnings []Warning
}

// Comparison is a set of tables, one per unit, in order of first appearance.
type Comparison struct {
	Columns []string
	Tables  []*Table
}

// Warnings returns every table's warnings.
func (c *Comparison) Warnings() []Warning {
	var ws []Warning
	for _, t := range c.Tables {
		ws = append(ws, t.Warnings...)
	}
	return ws
}

// Read reads results in the Go benchmark format from r. Lines that do not
// parse are skipped and returned as errors alongside the results, so a
// partly damaged file still compares.
func Read(r io.Reader, fileName string) (results []*benchfmt.Result, units benchfmt.UnitMetadataMap, bad []error, err error) {
	br := benchfmt.NewReader(r, fileName)
	for br.Scan() {
		switch rec := br.Result().(type) {
		case *benchfmt.Result:
			results = append(results, rec.Clone())
		case *benchfmt.SyntaxError:
			bad = append(bad, rec)
		}
	}
	if err := br.Err(); err != nil {
		return results, br.Units(), bad, fmt.Errorf("reading %s: %w", fileName, err)
	}
	return results, br.Units(), bad, nil
}

// Compare groups results into columns by column (which returns a result's
// column label; a result for which it returns "" is left out) and compares
// them. Columns appear in order of first appearance; the first is the base.
// units may be nil.
func Compare(results []*benchfmt.Result, column func(*benchfmt.Result) string, units benchfmt.UnitMetadataMap, opts Options) *Comparison {
	opts = opts.withDefaults()
	thresholds := benchmath.DefaultThresholds
	thresholds.CompareAlpha = opts.Alpha
	keep := map[string]bool{}
	for _, u := range opts.Units {
		keep[u] = true
	}

	type key struct{ unit, row, col string }
	values := map[key][]float64{}
	var cols, unitOrder []string
	rowOrder := map[string][]string{} // unit → row names in order of appearance
	seenCol, seenUnit, seenRow := map[string]bool{}, map[string]bool{}, map[[2]string]bool{}
	for _, res := range results {
		col := column(res)
		if col == "" {
			continue
		}
		if !seenCol[col] {
			seenCol[col] = true
			cols = append(cols, col)
		}
		name := res.Name.String()
		for _, v := range res.Values {
			if len(keep) > 0 && !keep[v.Unit] {
				continue
			}
			if !seenUnit[v.Unit] {
				seenUnit[v.Unit] = true
				unitOrder = append(unitOrder, v.Unit)
			}
			if !seenRow[[2]string{v.Unit, name}] {
				seenRow[[2]string{v.Unit, name}] = true
				rowOrder[v.Unit] = append(rowOrder[v.Unit], name)
			}
			k := key{v.Unit, name, col}
			values[k] = append(values[k], v.Value)
		}
	}

	if opts.Base != "" {
		for i, c := range cols {
			if c == opts.Base && i > 0 {
				cols = append([]string{c}, append(append([]string(nil), cols[:i]...), cols[i+1:]...)...)
				break
			}
		}
	}
	cmp := &Comparison{Columns: cols}
	for _, unit := range unitOrder {
		t := &Table{Unit: unit, Columns: cols, Better: better(units, unit)}
		for _, name := range rowOrder[unit] {
			row := Row{Name: name, Cells: make([]Cell, len(cols)), Deltas: make([]*Delta, len(cols))}
			for i, col := range cols {
				vs := values[key{unit, name, col}]
				if len(vs) == 0 {
					continue
				}
				s := benchmath.NewSample(append([]float64(nil), vs...), &thresholds)
				sum := benchmath.AssumeNothing.Summary(s, opts.Confidence)
				row.Cells[i] = Cell{Sample: s, Summary: sum}
				for _, w := range summaryWarnings(sum, len(vs), opts) {
					t.Warnings = append(t.Warnings, Warning{unit, name, col, w})
				}
			}
			base := row.Cells[0]
			for i := 1; i < len(cols); i++ {
				c := row.Cells[i]
				if !base.Present() || !c.Present() {
					continue
				}
				comp := benchmath.AssumeNothing.Compare(base.Sample, c.Sample)
				d := &Delta{Comparison: comp, Ratio: math.NaN(), Significant: comp.P <= comp.Alpha}
				if base.Summary.Center != 0 {
					d.Ratio = c.Summary.Center / base.Summary.Center
				}
				row.Deltas[i] = d
				for _, w := range comp.Warnings {
					t.Warnings = append(t.Warnings, Warning{unit, name, cols[i], fmt.Errorf("%w: %v", ErrTooFewSamples, w)})
				}
			}
			t.Rows = append(t.Rows, row)
		}
		t.Geomean = geomean(t.Rows, len(cols))
		cmp.Tables = append(cmp.Tables, t)
	}
	return cmp
}

// summaryWarnings turns benchmath's summary warnings into ErrTooFewSamples
// and adds ErrNoisy.
func summaryWarnings(s benchmath.Summary, n int, opts Options) []error {
	if math.IsInf(s.Lo, 0) || math.IsInf(s.Hi, 0) {
		msg := "no confidence interval"
		if len(s.Warnings) > 0 {
			msg = s.Warnings[0].Error()
		}
		return []error{fmt.Errorf("%w: n=%d, %s", ErrTooFewSamples, n, msg)}
	}
	var ws []error
	ws = append(ws, s.Warnings...)
	if s.Center > 0 {
		width := math.Max(s.Hi/s.Center-1, 1-s.Lo/s.Center)
		if width > opts.NoiseLimit {
			ws = append(ws, fmt.Errorf("%w: confidence interval ±%.0f%% is over %.0f%% of the median",
				ErrNoisy, 100*width, 100*opts.NoiseLimit))
		}
	}
	return ws
}

func geomean(rows []Row, ncols int) []float64 {
	logs := make([]float64, ncols)
	n := 0
rows:
	for _, r := range rows {
		for _, c := range r.Cells {
			if !c.Present() || c.Summary.Center <= 0 {
				continue rows
			}
		}
		for i, c := range r.Cells {
			logs[i] += math.Log(c.Summary.Center)
		}
		n++
	}
	if n < 2 {
		return nil
	}
	for i := range logs {
		logs[i] = math.Exp(logs[i] / float64(n))
	}
	return logs
}

// better says which direction is an improvement for unit: the file's unit
// metadata first, then benchfmt's defaults, then: time and memory units
// (sec, B) are better lower.
func better(units benchfmt.UnitMetadataMap, unit string) int {
	if units == nil {
		units = benchfmt.UnitMetadataMap{}
	}
	if b := units.GetBetter(unit); b != 0 {
		return b
	}
	for _, suffix := range []string{"sec/op", "-B", "B/op", "sec"} {
		if len(unit) >= len(suffix) && unit[len(unit)-len(suffix):] == suffix {
			return -1
		}
	}
	return 0
}

// Regression is a significant change for the worse beyond a threshold.
type Regression struct {
	Unit, Row, Column string
	// Change is the relative change of the median (+0.08: 8% slower for a
	// lower-is-better unit).
	Change float64
	P      float64
}

// String describes the regression, e.g. "Fib sec/op: +8.00% in new.txt (p=0.002)".
func (r Regression) String() string {
	return fmt.Sprintf("%s %s: %+.2f%% in %s (p=%.3f)", r.Row, r.Unit, 100*r.Change, r.Column, r.P)
}

// Regressions lists the significant changes for the worse larger than
// threshold (a fraction: 0.05 for 5%), in units whose better direction is
// known, in table order, then row order.
func (c *Comparison) Regressions(threshold float64) []Regression {
	var out []Regression
	for _, t := range c.Tables {
		if t.Better == 0 {
			continue
		}
		for _, r := range t.Rows {
			for i, d := range r.Deltas {
				if d == nil || !d.Significant || math.IsNaN(d.Ratio) {
					continue
				}
				worse := d.Change()
				if t.Better > 0 {
					worse = -worse
				}
				if worse > threshold {
					out = append(out, Regression{Unit: t.Unit, Row: r.Name, Column: c.Columns[i], Change: d.Change(), P: d.Comparison.P})
				}
			}
		}
	}
	return out
}

// ByFile returns a column function that labels results with the file they
// were read from.
func ByFile() func(*benchfmt.Result) string {
	return func(r *benchfmt.Result) string {
		f, _ := r.Pos()
		return f
	}
}

// ByConfig returns a column function that labels results with their value of
// the configuration key (results without it are left out).
func ByConfig(key string) func(*benchfmt.Result) string {
	return func(r *benchfmt.Result) string { return r.GetConfig(key) }
}
