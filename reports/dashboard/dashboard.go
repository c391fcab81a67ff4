// Package dashboard renders a project's history (package reports/history)
// as one self-contained static HTML page: no scripts, no style sheets or
// fonts from the network, charts drawn as inline SVG by this package. The
// page can be mailed, attached to a CI run or opened from disk years later.
//
// The page shows, for one machine (timings compare only within a machine):
//
//   - the regressions of the last commit against the one before, first;
//   - trends over the commits: pass rate per target, each benchmark's
//     median time, code size per section of each binary, and RAM (the
//     largest peak heap of any test per target, and each benchmark's
//     median peak heap and peak RSS);
//   - the last commit's deltas: tests that started or stopped passing,
//     benchmark medians compared with a Mann-Whitney U test
//     (golang.org/x/perf/benchmath; a change is significant when p ≤ alpha
//     and a regression when it is also worse than the threshold), and
//     size and RAM changes;
//   - per-test history: every test that did not pass on some commit, with a
//     strip of its verdicts and the commit where its current failure began;
//   - the subset matrix (package reports/matrix) of the last commit.
//
// Build does the analysis and returns a Dashboard value that tests can
// inspect; Render writes the HTML.
package dashboard

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"golang.org/x/perf/benchmath"

	"github.com/mptest/mptest/reports/history"
	"github.com/mptest/mptest/reports/matrix"
	"github.com/mptest/mptest/reports/results"
)

// Options tune the analysis. The zero value means the defaults.
type Options struct {
	// Title heads the page (default "mptest dashboard").
	Title string
	// Machine selects whose records are shown (default: the machine of the
	// newest record).
	Machine string
	// Alpha is the significance level of benchmark comparisons (default 0.05).
	Alpha float64
	// BenchThreshold is the smallest significant slow-down reported as a
	// regression (default 0.05: 5%).
	BenchThreshold float64
	// SizeThreshold is the smallest growth of a size section or of peak
	// RAM reported as a regression (default 0.005: 0.5%).
	SizeThreshold float64
	// Last, when positive, limits the page to the newest Last commits.
	Last int
}

func (o Options) withDefaults() Options {
	if o.Title == "" {
		o.Title = "mptest dashboard"
	}
	if o.Alpha <= 0 || o.Alpha >= 1 {
		o.Alpha = 0.05
	}
	if o.BenchThreshold <= 0 {
		o.BenchThreshold = 0.05
	}
	if o.SizeThreshold <= 0 {
		o.SizeThreshold = 0.005
	}
	return o
}

// Dashboard is the analysed history of one machine.
type Dashboard struct {
	Title   string
	Machine string
	// OtherMachines are the other machines in the history, not shown.
	OtherMachines []string
	// Commits are the records shown, oldest first; the X axis of every chart.
	Commits []history.Commit
	// Last and Prev are the newest record and the one before (nil if none).
	Last, Prev *history.Record
	// Charts are the trend charts, grouped by Section.
	Charts []*Chart
	// Regressions lists what got worse in the last commit.
	Regressions []Regression
	// Conformance, Bench and Sizes are the last commit's deltas.
	Conformance []ConformanceDelta
	Bench       []BenchDelta
	Sizes       []SizeDelta
	RAM         []SizeDelta
	// Tests is the per-test history of tests that did not always pass.
	Tests []TestHistory
	// AlwaysPassed counts the (target, test) pairs that passed on every commit.
	AlwaysPassed int
	// Packages lists, per binary of the last record, its largest packages.
	Packages []PackageTable
	// Matrix is the subset matrix of the last record.
	Matrix *matrix.Matrix
	// Warnings are notes about the data (too few samples, missing parts).
	Warnings []string
	Options  Options
}

// Regression is one thing that got worse in the last commit.
type Regression struct {
	Kind   string // "test", "bench", "size", "ram"
	What   string
	Detail string
}

// Chart is one trend: series of values over the commits.
type Chart struct {
	Section string // "conformance", "bench", "size", "ram"
	Title   string
	Unit    string // "%", "sec/op", "B", ...
	Series  []Series
}

// Points counts the points of all series.
func (c *Chart) Points() int {
	n := 0
	for _, s := range c.Series {
		n += len(s.Points)
	}
	return n
}

// Series is one line of a chart.
type Series struct {
	Name   string
	Points []Point
}

// Point is a value at a commit.
type Point struct {
	X int // index into Dashboard.Commits
	Y float64
}

// ConformanceDelta compares a target's results on the last two commits.
type ConformanceDelta struct {
	Target             string
	PrevPass, Pass     int
	PrevJudged, Judged int
	// NewFailures failed now and did not before; NewPasses the reverse.
	NewFailures, NewPasses []string
	// NewTestsFailing are tests absent before that fail now: not a
	// regression, but worth seeing.
	NewTestsFailing []string
}

// BenchDelta compares one benchmark's samples on the last two commits.
type BenchDelta struct {
	Target, Name, Unit string
	Old, New           float64 // medians
	Change             float64 // New/Old - 1
	P                  float64
	N1, N2             int
	Significant        bool
	Regression         bool
	Note               string // why a difference cannot be significant, if so
}

// SizeDelta compares one size or RAM figure on the last two commits.
type SizeDelta struct {
	What       string // "refpy linux/amd64 text", "host peak heap"
	Old, New   int64
	Change     float64 // New/Old - 1 (0 when Old is 0)
	Regression bool
}

// TopPackages is how many packages a PackageTable lists.
const TopPackages = 12

// PackageTable is the largest packages of one binary in the last record,
// with their sizes in the record before.
type PackageTable struct {
	Binary string
	Rows   []PackageRow
	// Others counts the packages not listed.
	Others int
}

// PackageRow is one package's text+data size now and before (Prev is -1
// when the earlier record does not have the package or the binary).
type PackageRow struct {
	Path       string
	Size, Prev int64
}

// TestHistory is one test's verdicts on one target over the commits.
type TestHistory struct {
	Target, Name string
	// Verdicts[i] is the verdict at Commits[i], "" where the test was not run.
	Verdicts []results.Verdict
	// FailingSince is the index of the first commit of the current run of
	// failed verdicts (-1 when the last verdict is not a failure).
	FailingSince int
	// LastPassed is the index of the last commit where the test passed (-1: never).
	LastPassed int
}

// Build analyses recs (any order) for one machine.
func Build(recs []*history.Record, opts Options) (*Dashboard, error) {
	opts = opts.withDefaults()
	if len(recs) == 0 {
		return nil, fmt.Errorf("dashboard: the history is empty")
	}
	sorted := append([]*history.Record(nil), recs...)
	history.Sort(sorted)
	names, byMachine := history.Machines(sorted)
	machine := opts.Machine
	if machine == "" {
		machine = sorted[len(sorted)-1].Machine.Name
	}
	mine := byMachine[machine]
	if len(mine) == 0 {
		return nil, fmt.Errorf("dashboard: no records of machine %q (machines: %s)", machine, strings.Join(names, ", "))
	}
	if opts.Last > 0 && len(mine) > opts.Last {
		mine = mine[len(mine)-opts.Last:]
	}
	d := &Dashboard{Title: opts.Title, Machine: machine, Options: opts}
	for _, n := range names {
		if n != machine {
			d.OtherMachines = append(d.OtherMachines, n)
		}
	}
	for _, r := range mine {
		d.Commits = append(d.Commits, r.Commit)
	}
	d.Last = mine[len(mine)-1]
	if len(mine) > 1 {
		d.Prev = mine[len(mine)-2]
	}
	d.Matrix = matrix.Compute(d.Last.Suites)
	d.conformanceCharts(mine)
	d.benchCharts(mine)
	d.sizeCharts(mine)
	d.ramCharts(mine)
	d.testHistories(mine)
	d.packageTables()
	if d.Prev != nil {
		d.conformanceDeltas()
		d.benchDeltas()
		d.sizeDeltas()
	}
	for _, w := range d.Last.Warnings {
		d.Warnings = append(d.Warnings, "last record: "+w)
	}
	return d, nil
}

// judged returns the passes and judged (pass + failed) counts of f.
func judged(f *results.File) (pass, n int) {
	for _, r := range f.Tests {
		switch {
		case r.Verdict == results.Pass:
			pass++
			n++
		case r.Verdict.Failed():
			n++
		}
	}
	return pass, n
}

// targets returns the target names of recs in order of first appearance.
func targets(recs []*history.Record) []string {
	var names []string
	seen := map[string]bool{}
	for _, r := range recs {
		for _, f := range r.Suites {
			if !seen[f.Target] {
				seen[f.Target] = true
				names = append(names, f.Target)
			}
		}
	}
	return names
}

func (d *Dashboard) conformanceCharts(recs []*history.Record) {
	c := &Chart{Section: "conformance", Title: "pass rate per target", Unit: "%"}
	for _, t := range targets(recs) {
		s := Series{Name: t}
		for i, r := range recs {
			if f := r.Suite(t); f != nil {
				if pass, n := judged(f); n > 0 {
					s.Points = append(s.Points, Point{i, 100 * float64(pass) / float64(n)})
				}
			}
		}
		c.Series = append(c.Series, s)
	}
	if len(c.Series) > 0 {
		d.Charts = append(d.Charts, c)
	}
}

func median(values []float64) float64 {
	s := benchmath.NewSample(values, &benchmath.DefaultThresholds)
	return benchmath.AssumeNothing.Summary(s, 0.95).Center
}

// benchKeys returns the (name, unit) pairs and targets of the bench samples
// in recs, in order of first appearance.
func benchKeys(recs []*history.Record) (keys [][2]string, tgts []string) {
	seen := map[string]bool{}
	for _, r := range recs {
		for _, b := range r.Bench {
			if k := "k\x00" + b.Name + "\x00" + b.Unit; !seen[k] {
				seen[k] = true
				keys = append(keys, [2]string{b.Name, b.Unit})
			}
			if k := "t\x00" + b.Target; !seen[k] {
				seen[k] = true
				tgts = append(tgts, b.Target)
			}
		}
	}
	return keys, tgts
}

func findBench(r *history.Record, target, name, unit string) []float64 {
	for _, b := range r.Bench {
		if b.Target == target && b.Name == name && b.Unit == unit {
			return b.Values
		}
	}
	return nil
}

func (d *Dashboard) benchCharts(recs []*history.Record) {
	keys, tgts := benchKeys(recs)
	for _, k := range keys {
		c := &Chart{Section: "bench", Title: k[0], Unit: k[1]}
		if strings.HasSuffix(k[1], "-B") { // peak heap, peak RSS: memory
			c.Section, c.Title = "ram", k[0]+" "+strings.TrimSuffix(k[1], "-B")
		}
		for _, t := range tgts {
			s := Series{Name: t}
			for i, r := range recs {
				if v := findBench(r, t, k[0], k[1]); len(v) > 0 {
					s.Points = append(s.Points, Point{i, median(v)})
				}
			}
			if len(s.Points) > 0 {
				c.Series = append(c.Series, s)
			}
		}
		d.Charts = append(d.Charts, c)
	}
}

func binaryKey(name, platform string) string {
	if platform == "" {
		return name
	}
	return name + " " + platform
}

func (d *Dashboard) sizeCharts(recs []*history.Record) {
	var keys []string
	seen := map[string]bool{}
	for _, r := range recs {
		for _, b := range r.Sizes {
			if k := binaryKey(b.Name, b.Platform); !seen[k] {
				seen[k] = true
				keys = append(keys, k)
			}
		}
	}
	for _, k := range keys {
		c := &Chart{Section: "size", Title: k, Unit: "B"}
		for _, sec := range []string{"text", "data", "bss", "file"} {
			s := Series{Name: sec}
			for i, r := range recs {
				for _, b := range r.Sizes {
					if binaryKey(b.Name, b.Platform) == k {
						s.Points = append(s.Points, Point{i, float64(sizeField(b.Text, b.Data, b.BSS, b.File, sec))})
					}
				}
			}
			c.Series = append(c.Series, s)
		}
		d.Charts = append(d.Charts, c)
	}
}

func sizeField(text, data, bss, file int64, sec string) int64 {
	switch sec {
	case "text":
		return text
	case "data":
		return data
	case "bss":
		return bss
	}
	return file
}

// peakHeap is the largest peak heap of any test of f, 0 if none reported.
func peakHeap(f *results.File) int64 {
	var m int64
	for _, r := range f.Tests {
		m = max(m, r.PeakHeap)
	}
	return m
}

func (d *Dashboard) ramCharts(recs []*history.Record) {
	c := &Chart{Section: "ram", Title: "largest peak heap of a test, per target", Unit: "B"}
	for _, t := range targets(recs) {
		s := Series{Name: t}
		for i, r := range recs {
			if f := r.Suite(t); f != nil {
				if h := peakHeap(f); h > 0 {
					s.Points = append(s.Points, Point{i, float64(h)})
				}
			}
		}
		if len(s.Points) > 0 {
			c.Series = append(c.Series, s)
		}
	}
	if len(c.Series) > 0 {
		d.Charts = append(d.Charts, c)
	}
}

func verdictMap(f *results.File) map[string]results.Verdict {
	m := map[string]results.Verdict{}
	if f != nil {
		for _, r := range f.Tests {
			m[r.Name] = r.Verdict
		}
	}
	return m
}

func (d *Dashboard) testHistories(recs []*history.Record) {
	for _, t := range targets(recs) {
		maps := make([]map[string]results.Verdict, len(recs))
		var names []string
		seen := map[string]bool{}
		for i, r := range recs {
			maps[i] = verdictMap(r.Suite(t))
			for n := range maps[i] {
				if !seen[n] {
					seen[n] = true
					names = append(names, n)
				}
			}
		}
		sort.Strings(names)
		for _, n := range names {
			h := TestHistory{Target: t, Name: n, FailingSince: -1, LastPassed: -1}
			clean := true
			for i := range recs {
				v := maps[i][n]
				h.Verdicts = append(h.Verdicts, v)
				if v != "" && v != results.Pass {
					clean = false
				}
				if v == results.Pass {
					h.LastPassed = i
				}
			}
			if clean {
				d.AlwaysPassed++
				continue
			}
			last := len(recs) - 1
			if v := h.Verdicts[last]; v != "" && v.Failed() {
				h.FailingSince = last
				for i := last - 1; i >= 0 && h.Verdicts[i] != "" && h.Verdicts[i].Failed(); i-- {
					h.FailingSince = i
				}
			}
			d.Tests = append(d.Tests, h)
		}
	}
	// Current failures first, the newest first among them.
	sort.SliceStable(d.Tests, func(i, j int) bool {
		a, b := d.Tests[i], d.Tests[j]
		if (a.FailingSince >= 0) != (b.FailingSince >= 0) {
			return a.FailingSince >= 0
		}
		return a.FailingSince > b.FailingSince
	})
}

func (d *Dashboard) packageTables() {
	for _, b := range d.Last.Sizes {
		if len(b.Packages) == 0 {
			continue
		}
		k := binaryKey(b.Name, b.Platform)
		prev := map[string]int64{}
		if d.Prev != nil {
			for _, ob := range d.Prev.Sizes {
				if binaryKey(ob.Name, ob.Platform) == k {
					for _, p := range ob.Packages {
						prev[p.Path] = p.Size
					}
				}
			}
		}
		pt := PackageTable{Binary: k}
		for i, p := range b.Packages {
			if i == TopPackages {
				pt.Others = len(b.Packages) - i
				break
			}
			old, ok := prev[p.Path]
			if !ok {
				old = -1
			}
			pt.Rows = append(pt.Rows, PackageRow{Path: p.Path, Size: p.Size, Prev: old})
		}
		d.Packages = append(d.Packages, pt)
	}
}

func (d *Dashboard) conformanceDeltas() {
	for _, t := range targets([]*history.Record{d.Prev, d.Last}) {
		pf, lf := d.Prev.Suite(t), d.Last.Suite(t)
		if pf == nil || lf == nil {
			continue
		}
		cd := ConformanceDelta{Target: t}
		cd.PrevPass, cd.PrevJudged = judged(pf)
		cd.Pass, cd.Judged = judged(lf)
		old := verdictMap(pf)
		for _, r := range lf.Tests {
			ov, ok := old[r.Name]
			switch {
			case r.Verdict.Failed() && !ok:
				cd.NewTestsFailing = append(cd.NewTestsFailing, r.Name)
			case r.Verdict.Failed() && !ov.Failed():
				cd.NewFailures = append(cd.NewFailures, r.Name)
				detail := fmt.Sprintf("%s → %s on %s", ov, r.Verdict, t)
				if r.Reason != "" {
					detail += ": " + r.Reason
				}
				d.Regressions = append(d.Regressions, Regression{Kind: "test", What: r.Name, Detail: detail})
			case r.Verdict == results.Pass && ok && ov != results.Pass:
				cd.NewPasses = append(cd.NewPasses, r.Name)
			}
		}
		d.Conformance = append(d.Conformance, cd)
	}
}

func (d *Dashboard) benchDeltas() {
	pt, lt := d.Prev.Config.BenchTiming, d.Last.Config.BenchTiming
	timingChanged := pt != "" && lt != "" && pt != lt
	if timingChanged {
		d.Warnings = append(d.Warnings, fmt.Sprintf("benchmark timing changed from %s to %s: sec/op of the last two commits are not comparable", pt, lt))
	}
	th := benchmath.DefaultThresholds
	th.CompareAlpha = d.Options.Alpha
	for _, b := range d.Last.Bench {
		oldV := findBench(d.Prev, b.Target, b.Name, b.Unit)
		if len(oldV) == 0 || len(b.Values) == 0 {
			continue
		}
		s1, s2 := benchmath.NewSample(oldV, &th), benchmath.NewSample(b.Values, &th)
		cmp := benchmath.AssumeNothing.Compare(s1, s2)
		bd := BenchDelta{Target: b.Target, Name: b.Name, Unit: b.Unit,
			Old: benchmath.AssumeNothing.Summary(s1, 0.95).Center, New: benchmath.AssumeNothing.Summary(s2, 0.95).Center,
			P: cmp.P, N1: cmp.N1, N2: cmp.N2}
		if bd.Old != 0 {
			bd.Change = bd.New/bd.Old - 1
		}
		bd.Significant = cmp.P <= cmp.Alpha && bd.New != bd.Old
		var notes []string
		// Every unit mptest records (time, heap, RSS) is better lower.
		bd.Regression = bd.Significant && bd.Change > d.Options.BenchThreshold
		if timingChanged && b.Unit == "sec/op" {
			bd.Regression = false
			notes = append(notes, "timing method changed")
		}
		for _, w := range cmp.Warnings {
			notes = append(notes, w.Error())
		}
		bd.Note = strings.Join(notes, "; ")
		if bd.Regression {
			d.Regressions = append(d.Regressions, Regression{Kind: "bench", What: b.Name + " " + b.Unit + " on " + b.Target,
				Detail: fmt.Sprintf("%s → %s (%+.1f%%, p=%.2g)", FormatValue(bd.Old, b.Unit), FormatValue(bd.New, b.Unit), 100*bd.Change, bd.P)})
		}
		d.Bench = append(d.Bench, bd)
	}
}

func (d *Dashboard) sizeDelta(what string, old, new int64) SizeDelta {
	sd := SizeDelta{What: what, Old: old, New: new}
	if old > 0 {
		sd.Change = float64(new)/float64(old) - 1
	}
	sd.Regression = new > old && (old == 0 || sd.Change > d.Options.SizeThreshold)
	return sd
}

func (d *Dashboard) sizeDeltas() {
	for _, b := range d.Last.Sizes {
		k := binaryKey(b.Name, b.Platform)
		for _, ob := range d.Prev.Sizes {
			if binaryKey(ob.Name, ob.Platform) != k {
				continue
			}
			for _, sec := range []string{"text", "data", "bss", "file"} {
				sd := d.sizeDelta(k+" "+sec, sizeField(ob.Text, ob.Data, ob.BSS, ob.File, sec), sizeField(b.Text, b.Data, b.BSS, b.File, sec))
				if sd.Regression {
					d.Regressions = append(d.Regressions, Regression{Kind: "size", What: sd.What,
						Detail: fmt.Sprintf("%s → %s (%+d B)", FormatValue(float64(sd.Old), "B"), FormatValue(float64(sd.New), "B"), sd.New-sd.Old)})
				}
				d.Sizes = append(d.Sizes, sd)
			}
		}
	}
	for _, lf := range d.Last.Suites {
		pf := d.Prev.Suite(lf.Target)
		if pf == nil {
			continue
		}
		o, n := peakHeap(pf), peakHeap(lf)
		if o == 0 && n == 0 {
			continue
		}
		sd := d.sizeDelta(lf.Target+" largest peak heap", o, n)
		if sd.Regression {
			d.Regressions = append(d.Regressions, Regression{Kind: "ram", What: sd.What,
				Detail: fmt.Sprintf("%s → %s", FormatValue(float64(o), "B"), FormatValue(float64(n), "B"))})
		}
		d.RAM = append(d.RAM, sd)
	}
}

// FormatValue formats v in unit for people: seconds as s/ms/µs/ns, bytes
// as B/KiB/MiB, percentages with one decimal.
func FormatValue(v float64, unit string) string {
	switch {
	case unit == "%":
		return fmt.Sprintf("%.1f%%", v)
	case strings.HasPrefix(unit, "sec/") || strings.HasSuffix(unit, "-sec/op") || unit == "s":
		a := math.Abs(v)
		switch {
		case a >= 1 || a == 0:
			return fmt.Sprintf("%.3gs", v)
		case a >= 1e-3:
			return fmt.Sprintf("%.3gms", v*1e3)
		case a >= 1e-6:
			return fmt.Sprintf("%.3gµs", v*1e6)
		}
		return fmt.Sprintf("%.3gns", v*1e9)
	case unit == "B" || strings.HasSuffix(unit, "-B"):
		a := math.Abs(v)
		switch {
		case a >= 1<<20:
			return fmt.Sprintf("%.2f MiB", v/(1<<20))
		case a >= 1<<10:
			return fmt.Sprintf("%.1f KiB", v/(1<<10))
		}
		return fmt.Sprintf("%.0f B", v)
	}
	return fmt.Sprintf("%.4g %s", v, unit)
}
