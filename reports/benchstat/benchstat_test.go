package benchstat

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/perf/benchfmt"
)

var update = flag.Bool("update", false, "rewrite golden files")

func readFiles(t *testing.T, names ...string) ([]*benchfmt.Result, benchfmt.UnitMetadataMap) {
	t.Helper()
	var all []*benchfmt.Result
	units := benchfmt.UnitMetadataMap{}
	for _, n := range names {
		f, err := os.Open(filepath.Join("testdata", n))
		if err != nil {
			t.Fatal(err)
		}
		rs, us, bad, err := Read(f, n)
		f.Close()
		if err != nil || len(bad) > 0 {
			t.Fatalf("reading %s: %v %v", n, err, bad)
		}
		for k, v := range us {
			units[k] = v
		}
		all = append(all, rs...)
	}
	return all, units
}

func TestRenderGolden(t *testing.T) {
	tests := []struct {
		golden string
		files  []string
		column func(*benchfmt.Result) string
		opts   RenderOptions
	}{
		{"files.txt.golden", []string{"old.txt", "new.txt"}, ByFile(), RenderOptions{}},
		{"files.md.golden", []string{"old.txt", "new.txt"}, ByFile(), RenderOptions{Format: Markdown}},
		{"targets.txt.golden", []string{"targets.txt"}, ByConfig("target"), RenderOptions{Ratio: true}},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			rs, units := readFiles(t, tt.files...)
			c := Compare(rs, tt.column, units, Options{})
			var buf bytes.Buffer
			if err := Render(&buf, c, tt.opts); err != nil {
				t.Fatal(err)
			}
			golden(t, tt.golden, buf.Bytes())
		})
	}
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs; got:\n%s\nwant:\n%s", name, got, want)
	}
}

// results makes one result per value, labelled with target col.
func results(col, name, unit string, values ...float64) []*benchfmt.Result {
	var rs []*benchfmt.Result
	for _, v := range values {
		r := &benchfmt.Result{Name: benchfmt.Name(name), Iters: 1, Values: []benchfmt.Value{{Value: v, Unit: unit}}}
		r.SetConfig("target", col)
		rs = append(rs, r)
	}
	return rs
}

// spread returns n values around center, spaced by step (relative).
func spread(center float64, n int, step float64) []float64 {
	vs := make([]float64, n)
	for i := range vs {
		vs[i] = center * (1 + step*float64(i-n/2))
	}
	return vs
}

func TestCompareSynthetic(t *testing.T) {
	tests := []struct {
		name        string
		old, new    []float64
		unit        string
		significant bool
		change      float64 // expected Change, within 1e-9, when significant
		warn        error   // a warning expected (nil: none)
	}{
		{"10% slower", spread(1, 10, 0.001), spread(1.1, 10, 0.001), "sec/op", true, 0.1, nil},
		{"10% faster", spread(1, 10, 0.001), spread(0.9, 10, 0.001), "sec/op", true, -0.1, nil},
		{"same distribution", spread(1, 10, 0.01), spread(1.0005, 10, 0.01), "sec/op", false, 0, nil},
		{"too few samples", []float64{1, 1.01, 1.02}, []float64{2, 2.01, 2.02}, "sec/op", false, 0, ErrTooFewSamples},
		{"noisy", spread(1, 10, 0.05), spread(1, 10, 0.05), "sec/op", false, 0, ErrNoisy},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := append(results("a", "X", tt.unit, tt.old...), results("b", "X", tt.unit, tt.new...)...)
			c := Compare(rs, ByConfig("target"), nil, Options{})
			if len(c.Tables) != 1 || len(c.Tables[0].Rows) != 1 {
				t.Fatalf("tables = %+v", c.Tables)
			}
			d := c.Tables[0].Rows[0].Deltas[1]
			if d == nil {
				t.Fatal("no delta")
			}
			if d.Significant != tt.significant {
				t.Errorf("significant = %v (p=%v), want %v", d.Significant, d.Comparison.P, tt.significant)
			}
			if tt.significant && math.Abs(d.Change()-tt.change) > 1e-9 {
				t.Errorf("change = %v, want %v", d.Change(), tt.change)
			}
			ws := c.Warnings()
			if tt.warn == nil && len(ws) > 0 {
				t.Errorf("unexpected warnings %v", ws)
			}
			if tt.warn != nil {
				found := false
				for _, w := range ws {
					found = found || errors.Is(w.Err, tt.warn)
				}
				if !found {
					t.Errorf("warnings %v lack %v", ws, tt.warn)
				}
			}
		})
	}
}

func TestRegressions(t *testing.T) {
	rs := append(results("old", "Slower10", "sec/op", spread(1, 10, 0.001)...), results("new", "Slower10", "sec/op", spread(1.1, 10, 0.001)...)...)
	rs = append(rs, results("old", "Slower3", "sec/op", spread(1, 10, 0.001)...)...)
	rs = append(rs, results("new", "Slower3", "sec/op", spread(1.03, 10, 0.001)...)...)
	rs = append(rs, results("old", "Faster", "sec/op", spread(1, 10, 0.001)...)...)
	rs = append(rs, results("new", "Faster", "sec/op", spread(0.5, 10, 0.001)...)...)
	rs = append(rs, results("old", "Noise", "sec/op", spread(1, 10, 0.02)...)...)
	rs = append(rs, results("new", "Noise", "sec/op", spread(1.001, 10, 0.02)...)...)
	rs = append(rs, results("old", "Speed", "MB/s", spread(100, 10, 0.001)...)...)
	rs = append(rs, results("new", "Speed", "MB/s", spread(80, 10, 0.001)...)...)
	rs = append(rs, results("old", "Odd", "widgets", spread(1, 10, 0.001)...)...)
	rs = append(rs, results("new", "Odd", "widgets", spread(2, 10, 0.001)...)...)
	c := Compare(rs, ByConfig("target"), nil, Options{})
	tests := []struct {
		threshold float64
		want      []string
	}{
		{0.01, []string{"Slower10", "Slower3", "Speed"}},
		{0.05, []string{"Slower10", "Speed"}},
		{0.15, []string{"Speed"}},
		{0.25, nil},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.threshold), func(t *testing.T) {
			var got []string
			for _, r := range c.Regressions(tt.threshold) {
				got = append(got, r.Row)
			}
			if strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Errorf("Regressions(%v) = %v, want %v", tt.threshold, got, tt.want)
			}
		})
	}
}

func TestGeomeanAndMissing(t *testing.T) {
	rs := append(results("a", "P", "sec/op", spread(1, 6, 0.001)...), results("b", "P", "sec/op", spread(2, 6, 0.001)...)...)
	rs = append(rs, results("a", "Q", "sec/op", spread(4, 6, 0.001)...)...)
	rs = append(rs, results("b", "Q", "sec/op", spread(2, 6, 0.001)...)...)
	rs = append(rs, results("a", "OnlyA", "sec/op", spread(3, 6, 0.001)...)...)
	c := Compare(rs, ByConfig("target"), nil, Options{})
	tb := c.Tables[0]
	if len(tb.Geomean) != 2 || math.Abs(tb.Geomean[0]-2) > 0.01 || math.Abs(tb.Geomean[1]-2) > 0.01 {
		t.Errorf("geomean = %v, want [2 2]", tb.Geomean)
	}
	last := tb.Rows[2]
	if last.Name != "OnlyA" || last.Cells[1].Present() || last.Deltas[1] != nil {
		t.Errorf("row OnlyA = %+v", last)
	}
	var buf bytes.Buffer
	if err := Render(&buf, c, RenderOptions{Ratio: true}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"2.00x (p=0.002 n=6)", "0.50x (p=0.002 n=6)", "geomean", "1.00x"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("rendering lacks %q:\n%s", want, buf.String())
		}
	}
}

func TestUnitsFilter(t *testing.T) {
	rs := results("a", "P", "sec/op", 1, 2, 3)
	rs = append(rs, results("a", "P", "wall-sec/op", 1, 2, 3)...)
	c := Compare(rs, ByConfig("target"), nil, Options{Units: []string{"wall-sec/op"}})
	if len(c.Tables) != 1 || c.Tables[0].Unit != "wall-sec/op" {
		t.Errorf("tables = %v", c.Tables)
	}
}

func TestParseFormat(t *testing.T) {
	for in, want := range map[string]Format{"": Text, "text": Text, "markdown": Markdown, "md": Markdown} {
		if f, err := ParseFormat(in); err != nil || f != want {
			t.Errorf("ParseFormat(%q) = %v, %v", in, f, err)
		}
	}
	if _, err := ParseFormat("html"); err == nil {
		t.Error("ParseFormat(html) succeeded")
	}
}

func TestBase(t *testing.T) {
	rs := append(results("host", "P", "sec/op", spread(3, 6, 0.001)...), results("cpython", "P", "sec/op", spread(1, 6, 0.001)...)...)
	for _, tt := range []struct{ base, first string }{{"", "host"}, {"cpython", "cpython"}, {"nosuch", "host"}} {
		c := Compare(rs, ByConfig("target"), nil, Options{Base: tt.base})
		if c.Columns[0] != tt.first || c.Tables[0].Columns[0] != tt.first {
			t.Errorf("Base %q: columns %v", tt.base, c.Columns)
		}
	}
}

func TestFormatDelta(t *testing.T) {
	sig := &Delta{Ratio: 3.2, Significant: true}
	sig.Comparison.P, sig.Comparison.N1, sig.Comparison.N2 = 0.002, 6, 6
	not := &Delta{Ratio: 1.01}
	not.Comparison.P, not.Comparison.N1, not.Comparison.N2 = 0.4, 6, 6
	tests := []struct {
		d     *Delta
		ratio bool
		want  string
	}{
		{sig, false, "+220.00% (p=0.002 n=6)"},
		{sig, true, "3.20x (p=0.002 n=6)"},
		{not, false, "~ (p=0.400 n=6)"},
		{not, true, "1.01x ~ (p=0.400 n=6)"},
		{nil, true, "-"},
	}
	for _, tt := range tests {
		if got := formatDelta(tt.d, tt.ratio); got != tt.want {
			t.Errorf("formatDelta(%+v, %v) = %q, want %q", tt.d, tt.ratio, got, tt.want)
		}
	}
}
