package junit

import (
	"bytes"
	"encoding/xml"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/mptest/mptest/reports/results"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/")

func TestWrite(t *testing.T) {
	files := []*results.File{{
		Target: "host", Identity: "refinterp", Started: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC), Duration: 1.25,
		Tests: []results.Result{
			{Name: "lang/a.py", Category: "lang/basics", Verdict: results.Pass, DurationMS: 12},
			{Name: "lang/b.py", Category: "lang/basics", Verdict: results.Fail, Reason: "output differs", Diff: "--- expected\n+++ got\n-<1>\n+\x01&2\n"},
			{Name: "lang/c.py", Verdict: results.Timeout, Reason: "no result after 1.0s"},
			{Name: "lang/d.py", Verdict: results.Error, Reason: "not UTF-8"},
			{Name: "lang/e.py", Verdict: results.Skip, Reason: "test printed SKIP"},
		},
	}}
	var b bytes.Buffer
	if err := Write(&b, files); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "junit.xml")
	if *update {
		os.WriteFile(golden, b.Bytes(), 0o644)
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if b.String() != string(want) {
		t.Errorf("got:\n%s\nwant:\n%s", b.String(), want)
	}
	// The output must parse back, control characters in diffs included.
	var doc testsuites
	if err := xml.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatalf("output is not valid XML: %v", err)
	}
	s := doc.Suites[0]
	if s.Tests != 5 || s.Failures != 2 || s.Errors != 1 || s.Skipped != 1 || s.Cases[1].Failure == nil {
		t.Errorf("counts: %+v", s)
	}
}
