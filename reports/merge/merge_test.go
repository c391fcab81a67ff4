package merge

import (
	"bytes"
	"encoding/xml"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/mptest/mptest/reports/history"
	"github.com/mptest/mptest/reports/junit"
	"github.com/mptest/mptest/reports/results"
)

var t0 = time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)

func res(name string, v results.Verdict) results.Result {
	return results.Result{Name: name, Verdict: v, DurationMS: 1}
}

// split returns the two shards of a four-test run on target "host".
func split() []Input {
	sel := Fingerprint([]string{"a.py", "b.py", "c.py", "d.py"})
	return []Input{
		{Origin: "p1", Part: &Part{Schema: 1, Shard: "1/2", Commit: "c0ffee", Machine: "m1", Selection: sel, Selected: 4, Tests: []string{"a.py", "c.py"}},
			Files: []*results.File{{Target: "host", Identity: "refinterp 1", Started: t0, Duration: 2, Tests: []results.Result{res("c.py", results.Fail), res("a.py", results.Pass)}}}},
		{Origin: "p2", Part: &Part{Schema: 1, Shard: "2/2", Commit: "c0ffee", Machine: "m2", Selection: sel, Selected: 4, Tests: []string{"b.py", "d.py"}},
			Files: []*results.File{{Target: "host", Identity: "refinterp 1", Started: t0.Add(time.Second), Duration: 3, Tests: []results.Result{res("b.py", results.Pass), res("d.py", results.Skip)}}}},
	}
}

func TestResults(t *testing.T) {
	m, err := Results(split(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Files) != 1 {
		t.Fatalf("%d files, want 1", len(m.Files))
	}
	f := m.Files[0]
	var names []string
	for _, r := range f.Tests {
		names = append(names, r.Name)
	}
	if want := []string{"a.py", "b.py", "c.py", "d.py"}; !reflect.DeepEqual(names, want) {
		t.Errorf("tests %v, want %v", names, want)
	}
	if f.Duration != 4 || !f.Started.Equal(t0) {
		t.Errorf("started %v duration %v, want %v and 4 (first start to last end)", f.Started, f.Duration, t0)
	}
	src := m.Provenance.Sources["host"]
	if len(src) != 2 || src[0].Machine != "m1" || src[1].Machine != "m2" || !reflect.DeepEqual(src[1].Tests, []string{"b.py", "d.py"}) || m.Provenance.Commit != "c0ffee" {
		t.Errorf("provenance %+v", m.Provenance)
	}
	if len(m.Warnings) != 0 {
		t.Errorf("warnings %v", m.Warnings)
	}
}

func TestResultsRefusals(t *testing.T) {
	for _, tc := range []struct {
		name   string
		change func([]Input) []Input
		opts   Options
		errHas string
		warn   string
	}{
		{"mixed commits", func(in []Input) []Input { in[1].Part.Commit = "bad"; return in }, Options{}, "mixed commits", ""},
		{"mixed suites", func(in []Input) []Input { in[1].Part.Selection = Fingerprint([]string{"x"}); return in }, Options{}, "mixed suites", ""},
		{"mixed splits", func(in []Input) []Input { in[1].Part.Shard = "2/3"; return in }, Options{}, "mixed splits", ""},
		{"shard twice", func(in []Input) []Input { in[1].Part.Shard = "1/2"; return in }, Options{}, "given twice", ""},
		{"test twice", func(in []Input) []Input {
			in[1].Files[0].Tests = append(in[1].Files[0].Tests, res("a.py", results.Pass))
			return in
		}, Options{}, "a.py on target host is in both p1 and p2", ""},
		{"two identities", func(in []Input) []Input { in[1].Files[0].Identity = "refinterp 2"; return in }, Options{}, "two identities", ""},
		{"missing shard", func(in []Input) []Input { return in[:1] }, Options{}, "missing parts: host shard 2/2", ""},
		{"missing shard allowed", func(in []Input) []Input { return in[:1] }, Options{AllowPartial: true}, "", "missing parts"},
		{"unsharded with sharded", func(in []Input) []Input { in[1].Part = nil; return in }, Options{}, "no part manifest", ""},
		{"unfinished part", func(in []Input) []Input { in[1].Files[0].Tests = in[1].Files[0].Tests[:1]; return in }, Options{}, "", "no result for 1 of the 2 tests of shard 2/2 (first: d.py)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, err := Results(tc.change(split()), tc.opts)
			if tc.errHas != "" {
				if err == nil || !strings.Contains(err.Error(), tc.errHas) {
					t.Fatalf("err = %v, want %q", err, tc.errHas)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(m.Warnings) != 1 || !strings.Contains(m.Warnings[0].Error(), tc.warn) {
				t.Errorf("warnings %v, want one with %q", m.Warnings, tc.warn)
			}
		})
	}
}

func TestResultsSeveralTargetsUnsharded(t *testing.T) {
	in := []Input{
		{Origin: "board-a", Files: []*results.File{{Target: "serial:/dev/ttyACM0", Identity: "MicroPython v1.22", Tests: []results.Result{res("a.py", results.Pass)}}}},
		{Origin: "board-b", Files: []*results.File{{Target: "rfc2217://lab:4000", Identity: "MicroPython v1.22", Tests: []results.Result{res("a.py", results.Fail)}}}},
	}
	m, err := Results(in, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Files) != 2 || m.Files[0].Target != "rfc2217://lab:4000" || m.Provenance.Sources["serial:/dev/ttyACM0"][0].Origin != "board-a" {
		t.Errorf("files %v provenance %+v", m.Files, m.Provenance)
	}
}

func TestJUnit(t *testing.T) {
	in := split()
	whole, err := Results(split(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var parts []JUnitInput
	for _, p := range in {
		var b bytes.Buffer
		if err := junit.Write(&b, p.Files); err != nil {
			t.Fatal(err)
		}
		parts = append(parts, JUnitInput{Origin: p.Origin, R: bytes.NewReader(b.Bytes())})
	}
	var got bytes.Buffer
	if err := JUnit(&got, parts); err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	junit.Write(&want, whole.Files)
	var g, w jSuites
	if err := xml.Unmarshal(got.Bytes(), &g); err != nil {
		t.Fatalf("merged JUnit does not parse: %v\n%s", err, got.String())
	}
	xml.Unmarshal(want.Bytes(), &w)
	if g.Tests != w.Tests || g.Failures != w.Failures || g.Skipped != w.Skipped || len(g.Suites) != 1 {
		t.Fatalf("merged counts %d/%d/%d in %d suites, want %d/%d/%d in 1\n%s", g.Tests, g.Failures, g.Skipped, len(g.Suites), w.Tests, w.Failures, w.Skipped, got.String())
	}
	if !reflect.DeepEqual(g.Suites[0].Cases, w.Suites[0].Cases) {
		t.Errorf("cases differ:\n got %+v\nwant %+v", g.Suites[0].Cases, w.Suites[0].Cases)
	}
	if propValue(g.Suites[0].Properties, "identity") != "refinterp 1" || !strings.Contains(got.String(), `name="source" value="p2"`) {
		t.Errorf("properties %+v", g.Suites[0].Properties)
	}

	// The same part twice is refused.
	var b bytes.Buffer
	junit.Write(&b, in[0].Files)
	err = JUnit(&bytes.Buffer{}, []JUnitInput{{"x", bytes.NewReader(b.Bytes())}, {"y", bytes.NewReader(b.Bytes())}})
	if err == nil || !strings.Contains(err.Error(), "in both x and y") {
		t.Errorf("duplicate part: err = %v", err)
	}
	if err := JUnit(&bytes.Buffer{}, []JUnitInput{{"bad", strings.NewReader("<nope")}}); err == nil {
		t.Error("malformed JUnit accepted")
	}
}

func record(machine, commit string, suites []string, files ...*results.File) *history.Record {
	return &history.Record{Schema: history.Schema, Commit: history.Commit{Hash: commit}, Machine: history.Machine{Name: machine, GOOS: "linux", GOARCH: "amd64"},
		Config: history.Config{Suites: suites, Targets: []string{files[0].Target}}, Suites: files,
		Bench: []history.Benchmark{{Target: files[0].Target, Name: "Nqueens", Unit: "sec/op", Values: []float64{1}}}}
}

func TestRecords(t *testing.T) {
	a := record("ci-1", "abc", []string{"lang"}, &results.File{Target: "host", Identity: "h", Tests: []results.Result{res("a.py", results.Pass)}})
	b := record("ci-2", "abc", []string{"lang"}, &results.File{Target: "cpython", Identity: "c", Tests: []results.Result{res("a.py", results.Pass)}})
	m, _, err := Records([]*history.Record{a, b}, []string{"a.json", "b.json"})
	if err != nil {
		t.Fatal(err)
	}
	if m.Machine.Name != "ci-1+ci-2" || len(m.Suites) != 2 || len(m.Bench) != 2 || !reflect.DeepEqual(m.Config.Targets, []string{"host", "cpython"}) {
		t.Errorf("merged record: machine %q, %d suites, %d bench, targets %v", m.Machine.Name, len(m.Suites), len(m.Bench), m.Config.Targets)
	}
	if err := m.Validate(); err != nil {
		t.Errorf("merged record invalid: %v", err)
	}
	for _, tc := range []struct {
		name   string
		b      *history.Record
		errHas string
	}{
		{"mixed commits", record("ci-2", "def", []string{"lang"}, &results.File{Target: "cpython"}), "mixed commits"},
		{"mixed suites", record("ci-2", "abc", []string{"lang", "perf"}, &results.File{Target: "cpython"}), "mixed suites"},
		{"bench on two machines", record("ci-2", "abc", []string{"lang"}, &results.File{Target: "host"}), "measured on two machines"},
	} {
		_, _, err := Records([]*history.Record{a, tc.b}, []string{"a.json", "b.json"})
		if err == nil || !strings.Contains(err.Error(), tc.errHas) {
			t.Errorf("%s: err = %v, want %q", tc.name, err, tc.errHas)
		}
	}
}

func TestResultsRename(t *testing.T) {
	in := split()
	in[0].Files[0].Target = "rfc2217://lab:4001"
	in[1].Files[0].Target = "rfc2217://lab:4002"
	if _, err := Results(in, Options{}); err == nil || !strings.Contains(err.Error(), "missing parts") {
		t.Fatalf("two boards without a rename: err = %v, want missing parts", err)
	}
	m, err := Results(in, Options{Rename: map[string]string{"rfc2217://lab:4001": "pyboard", "rfc2217://lab:4002": "pyboard"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Files) != 1 || m.Files[0].Target != "pyboard" || len(m.Files[0].Tests) != 4 {
		t.Fatalf("merged %d files, first %s with %d tests", len(m.Files), m.Files[0].Target, len(m.Files[0].Tests))
	}
	if src := m.Provenance.Sources["pyboard"]; len(src) != 2 || src[0].Board != "rfc2217://lab:4001" || src[1].Board != "rfc2217://lab:4002" {
		t.Errorf("sources %+v", src)
	}
	if in[0].Files[0].Target != "rfc2217://lab:4001" {
		t.Error("Results changed its input")
	}
}

func TestResultsFeatures(t *testing.T) {
	in := split()
	in[0].Files[0].Features = map[string]bool{"float": true, "fstring": false, "re": true}
	in[1].Files[0].Features = map[string]bool{"float": true, "fstring": false, "re": false}
	m, err := Results(in, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"float": true, "fstring": false, "re": false}
	if got := m.Files[0].Features; !reflect.DeepEqual(got, want) {
		t.Errorf("features %v, want %v (present only where every part found it)", got, want)
	}
}
