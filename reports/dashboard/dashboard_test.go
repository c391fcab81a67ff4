package dashboard

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/mptest/mptest/reports/history"
	"github.com/mptest/mptest/reports/results"
	"github.com/mptest/mptest/reports/size"
)

// spread returns n values around center, step apart.
func spread(center float64, n int, step float64) []float64 {
	v := make([]float64, n)
	for i := range v {
		v[i] = center + step*float64(i-n/2)
	}
	return v
}

// fixture is a history of three commits on one machine (plus one record
// of another machine, which must not show). Planted in the last commit: a
// new failure (lang/b.py on host, failing since commit 2 on exec:mp
// already), a 30% slow-down of Nqueens, 2% more text, a larger peak heap.
func fixture() []*history.Record {
	base := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	mk := func(i int, verdictB, verdictMPB results.Verdict, nq float64, text int64, heap int64) *history.Record {
		hash := fmt.Sprintf("c%d%038x", i, i)
		// A test that appears, failing, in commit 3: new, not a regression.
		newTarget := []results.Result{{Name: "lang/a.py", Category: "lang/a", Verdict: results.Pass}}
		if i == 3 {
			newTarget = append(newTarget, results.Result{Name: "lang/new.py", Category: "lang/a", Verdict: results.Fail})
		}
		return &history.Record{
			Schema:   history.Schema,
			Commit:   history.Commit{Hash: hash, Date: base.Add(time.Duration(i) * time.Hour), Subject: fmt.Sprintf("commit %d", i)},
			Machine:  history.Machine{Name: "box"},
			Recorded: base.Add(time.Duration(i)*time.Hour + time.Minute),
			Suites: []*results.File{
				{Target: "host", Tests: []results.Result{
					{Name: "lang/a.py", Category: "lang/a", Verdict: results.Pass, PeakHeap: heap},
					{Name: "lang/b.py", Category: "lang/b", Verdict: verdictB, Reason: "output differs"},
					{Name: "types/big.py", Category: "types/list", Verdict: results.Skip},
				}},
				{Target: "exec:new", Tests: newTarget},
				{Target: "exec:mp", Tests: []results.Result{
					{Name: "lang/a.py", Category: "lang/a", Verdict: results.Pass},
					{Name: "lang/b.py", Category: "lang/b", Verdict: verdictMPB},
					{Name: "types/big.py", Category: "types/list", Verdict: results.TooLarge},
				}},
			},
			Bench: []history.Benchmark{
				{Target: "host", Name: "Nqueens/N=6", Unit: "sec/op", Values: spread(nq, 10, 0.001)},
				{Target: "host", Name: "Fannkuch/N=7", Unit: "sec/op", Values: spread(0.2, 10, 0.002)},
				{Target: "host", Name: "Fannkuch/N=7", Unit: "peak-rss-B", Values: []float64{8 << 20}},
			},
			Sizes: []*size.Binary{{Name: "refpy", Platform: "linux/amd64", Format: "elf", File: 4 * text, Text: text, Data: 1000, BSS: 500,
				Packages: []size.Package{{Path: "runtime", Size: text / 2}, {Path: "main", Size: text / 10}}}},
		}
	}
	other := mk(9, results.Pass, results.Pass, 0.1, 100000, 100)
	other.Machine.Name = "laptop"
	other.Commit.Date = base.Add(-time.Hour)
	return []*history.Record{
		mk(2, results.Pass, results.Fail, 0.100, 100000, 2000), // listed out of order on purpose
		mk(1, results.Pass, results.Pass, 0.101, 100000, 2000),
		other,
		mk(3, results.Fail, results.Fail, 0.130, 102000, 2600),
	}
}

func TestBuild(t *testing.T) {
	d, err := Build(fixture(), Options{Machine: "box"})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Commits) != 3 || d.Last.Commit.Subject != "commit 3" || d.Prev.Commit.Subject != "commit 2" {
		t.Fatalf("commits %v", d.Commits)
	}
	kinds := map[string]string{}
	for _, r := range d.Regressions {
		kinds[r.Kind] += r.What + ";"
	}
	if kinds["test"] != "lang/b.py;" {
		t.Errorf("test regressions %q", kinds["test"])
	}
	for _, c := range d.Conformance {
		if c.Target == "exec:new" && (len(c.NewTestsFailing) != 1 || c.NewTestsFailing[0] != "lang/new.py" || len(c.NewFailures) != 0) {
			t.Errorf("exec:new: %+v", c)
		}
	}
	if kinds["bench"] != "Nqueens/N=6 sec/op on host;" {
		t.Errorf("bench regressions %q (Fannkuch did not change)", kinds["bench"])
	}
	if kinds["size"] != "refpy linux/amd64 text;refpy linux/amd64 file;" {
		t.Errorf("size regressions %q", kinds["size"])
	}
	if kinds["ram"] != "host largest peak heap;" {
		t.Errorf("ram regressions %q", kinds["ram"])
	}
	for _, b := range d.Bench {
		if b.Name == "Fannkuch/N=7" && (b.Significant || b.Regression) {
			t.Errorf("unchanged benchmark reported: %+v", b)
		}
		if b.Name == "Nqueens/N=6" && (b.P > 0.05 || b.Change < 0.29 || b.Change > 0.31) {
			t.Errorf("Nqueens: %+v", b)
		}
	}

	// Per-test history: lang/b.py fails on exec:mp since commit 2 (index
	// 1) and on host since commit 3 (index 2); the current failures come
	// first, newest first.
	var got []string
	for _, h := range d.Tests {
		got = append(got, fmt.Sprintf("%s %s since=%d last=%d", h.Target, h.Name, h.FailingSince, h.LastPassed))
	}
	want := []string{
		"host lang/b.py since=2 last=1",
		"exec:new lang/new.py since=2 last=-1",
		"exec:mp lang/b.py since=1 last=0",
		"host types/big.py since=-1 last=-1",
		"exec:mp types/big.py since=-1 last=-1",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("test histories:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if d.AlwaysPassed != 3 {
		t.Errorf("AlwaysPassed = %d, want 3", d.AlwaysPassed)
	}

	// --last 2: the first commit is left out.
	d3, err := Build(fixture(), Options{Machine: "box", Last: 2})
	if err != nil || len(d3.Commits) != 2 || d3.Commits[0].Subject != "commit 2" {
		t.Errorf("Last 2: %v %v", d3.Commits, err)
	}

	// The default machine is the newest record's.
	d2, err := Build(fixture(), Options{})
	if err != nil || d2.Machine != "box" {
		t.Errorf("default machine %q, %v", d2.Machine, err)
	}
	if _, err := Build(fixture(), Options{Machine: "nope"}); err == nil || !strings.Contains(err.Error(), "laptop") {
		t.Errorf("unknown machine: %v", err)
	}
	if _, err := Build(nil, Options{}); err == nil {
		t.Errorf("empty history: no error")
	}
}

func TestRenderHTML(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b, fixture(), Options{Machine: "box"}); err != nil {
		t.Fatal(err)
	}
	page := b.String()

	// Self-contained: no scripts, no external resources.
	for _, bad := range []string{"<script", "http://", "https://", "<link"} {
		if strings.Contains(strings.ReplaceAll(page, `xmlns="http://www.w3.org/2000/svg"`, ""), bad) {
			t.Errorf("page contains %q", bad)
		}
	}

	// Charts: one pass-rate chart (3 targets x 3 commits), two bench time
	// charts (3 points each), one size chart (4 sections x 3), two RAM
	// charts (peak heap of host's tests, Fannkuch's peak RSS: 3 points each). Each chart's circles match its data-points.
	charts := regexp.MustCompile(`(?s)<svg class="chart".*?data-points="(\d+)">(.*?)</svg>`).FindAllStringSubmatch(page, -1)
	var points []string
	for _, c := range charts {
		if n := strings.Count(c[2], `<circle class="point"`); fmt.Sprint(n) != c[1] {
			t.Errorf("chart with data-points=%s has %d circles", c[1], n)
		}
		points = append(points, c[1])
	}
	if got := strings.Join(points, ","); got != "9,3,3,12,3,3" {
		t.Errorf("chart points %s, want 9,3,3,12,3,3", got)
	}
	// Memory units of benchmarks chart with RAM, not with time.
	if !regexp.MustCompile(`(?s)<h3>RAM</h3>.*<h3>Fannkuch/N=7 peak-rss <span class="meta">\(peak-rss-B\)</span></h3>`).MatchString(page) {
		t.Errorf("peak RSS chart not in the RAM section")
	}
	if !strings.Contains(page, "<title>exec:mp c200000: 50.0%</title>") {
		t.Errorf("no tooltip for exec:mp's pass rate at commit 2")
	}

	// The planted regressions are highlighted.
	regs := regexp.MustCompile(`<li class="regression" data-kind="(\w+)"><b>\w+</b> ([^:]+):`).FindAllStringSubmatch(page, -1)
	var whats []string
	for _, r := range regs {
		whats = append(whats, r[1]+" "+r[2])
	}
	for _, w := range []string{"test lang/b.py", "bench Nqueens/N=6 sec/op on host", "size refpy linux/amd64 text", "ram host largest peak heap"} {
		if !contains(whats, w) {
			t.Errorf("regression %q not highlighted; have %q", w, whats)
		}
	}
	if !regexp.MustCompile(`<tr class="regression"><td>host</td><td>Nqueens/N=6</td>`).MatchString(page) {
		t.Errorf("Nqueens row not marked as a regression")
	}
	if regexp.MustCompile(`<tr class="regression"><td>host</td><td>Fannkuch`).MatchString(page) {
		t.Errorf("Fannkuch marked as a regression")
	}

	// Per-test history: failing since commit 3 on host.
	if !regexp.MustCompile(`(?s)<code>lang/b.py</code></td>\s*<td class="strip"><span class="v-pass"[^>]*></span><span class="v-pass"[^>]*></span><span class="v-fail"[^>]*></span></td>\s*<td>c300000000 commit 3</td>`).MatchString(page) {
		t.Errorf("host lang/b.py history row not found")
	}

	// The per-package table of the last commit: runtime grew by 1000 bytes.
	if !strings.Contains(page, `<tr class="grew"><td><code>runtime</code></td><td class="num">49.8 KiB</td><td class="num">&#43;1000 B</td></tr>`) {
		t.Errorf("package table row for runtime missing")
	}

	// The subset matrix of the last commit.
	for _, cell := range []string{
		`<td class="num m-fail" title="0 pass, 1 fail, 0 too large, 0 skip">0/1</td>`,
		`<td class="num m-pass" title="1 pass, 0 fail, 0 too large, 0 skip">1/1</td>`,
		`<td class="num m-skip" title="0 pass, 0 fail, 0 too large, 1 skip">S1</td>`,
		`<td class="num m-too-large" title="0 pass, 0 fail, 1 too large, 0 skip">L1</td>`,
		`<th class="num m-partial">1/2 L1</th>`,
	} {
		if !strings.Contains(page, cell) {
			t.Errorf("matrix cell missing: %s", cell)
		}
	}
	if strings.Contains(page, "laptop</b>") {
		t.Errorf("the other machine's records are shown")
	}
}

func TestTimingChange(t *testing.T) {
	recs := fixture()
	recs[0].Config.BenchTiming = "program" // commit 2
	recs[3].Config.BenchTiming = "wall"    // commit 3
	d, err := Build(recs, Options{Machine: "box"})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range d.Regressions {
		if r.Kind == "bench" {
			t.Errorf("bench regression across a timing change: %+v", r)
		}
	}
	if !contains(d.Warnings, "benchmark timing changed from program to wall: sec/op of the last two commits are not comparable") {
		t.Errorf("warnings %q", d.Warnings)
	}
}

func TestSingleRecord(t *testing.T) {
	recs := fixture()[:1]
	var b bytes.Buffer
	if err := Write(&b, recs, Options{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "Only one commit recorded") {
		t.Errorf("single record page lacks the note")
	}
	if strings.Contains(b.String(), `class="regression"`) {
		t.Errorf("single record shows regressions")
	}
}

func TestFormatValue(t *testing.T) {
	tests := []struct {
		v    float64
		unit string
		want string
	}{
		{0.00123, "sec/op", "1.23ms"},
		{2.5, "sec/op", "2.5s"},
		{0.0000021, "wall-sec/op", "2.1µs"},
		{1536, "B", "1.5 KiB"},
		{3 << 20, "peak-rss-B", "3.00 MiB"},
		{512, "peak-heap-B", "512 B"},
		{87.5, "%", "87.5%"},
		{3, "x", "3 x"},
	}
	for _, tt := range tests {
		if got := FormatValue(tt.v, tt.unit); got != tt.want {
			t.Errorf("FormatValue(%v, %q) = %q, want %q", tt.v, tt.unit, got, tt.want)
		}
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
