package table

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/mptest/mptest/reports/results"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/")

func files() []*results.File {
	return []*results.File{
		{Target: "host", Tests: []results.Result{
			{Name: "a.py", Verdict: results.Pass},
			{Name: "b.py", Verdict: results.Fail, Reason: "output differs from cpython", Diff: "--- expected (cpython)\n+++ got (host)\n@@ -1 +1 @@\n-1\n+2\n"},
			{Name: "c.py", Verdict: results.Skip},
		}},
		{Target: "exec:micropython", Incomplete: true, Tests: []results.Result{
			{Name: "a.py", Verdict: results.Timeout, Reason: "no result after 10.0s"},
			{Name: "b.py", Verdict: results.Pass},
		}},
	}
}

func TestRender(t *testing.T) {
	tests := []struct {
		name   string
		render func(*bytes.Buffer) error
	}{
		{"summary", func(b *bytes.Buffer) error { return Summary(b, files()) }},
		{"not-passing", func(b *bytes.Buffer) error { return NotPassing(b, files(), 0) }},
		{"not-passing-limited", func(b *bytes.Buffer) error { return NotPassing(b, files(), 1) }},
		{"failures", func(b *bytes.Buffer) error { Failures(b, files(), true); return nil }},
		{"all-passed", func(b *bytes.Buffer) error {
			return NotPassing(b, []*results.File{{Target: "host", Tests: []results.Result{{Name: "a.py", Verdict: results.Pass}}}}, 0)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := tt.render(&b); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", tt.name+".txt")
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
		})
	}
}
