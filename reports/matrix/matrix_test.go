package matrix

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/mptest/mptest/reports/results"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func file(target string, rs ...results.Result) *results.File {
	return &results.File{Schema: results.Schema, Target: target, Tests: rs}
}

func r(cat, name string, v results.Verdict) results.Result {
	return results.Result{Name: cat + "/" + name, Category: cat, Verdict: v}
}

// fixture: three targets; a board where floats are skipped and big tests
// do not fit, a port with a failing generator test.
func fixture() []*results.File {
	return []*results.File{
		file("cpython",
			r("lang/generators", "g1.py", results.Pass), r("lang/generators", "g2.py", results.Pass),
			r("types/float", "f1.py", results.Pass), r("types/list", "big.py", results.Pass),
			r("", "loose.py", results.Pass)),
		file("exec:micropython",
			r("lang/generators", "g1.py", results.Pass), r("lang/generators", "g2.py", results.Fail),
			r("types/float", "f1.py", results.Timeout), r("types/list", "big.py", results.Pass),
			r("", "loose.py", results.Crash)),
		file("qemu:microbit",
			r("lang/generators", "g1.py", results.Pass), r("lang/generators", "g2.py", results.Pass),
			r("types/float", "f1.py", results.Skip), r("types/list", "big.py", results.TooLarge)),
	}
}

func TestCompute(t *testing.T) {
	m := Compute(fixture())
	wantFeatures := []string{"(none)", "lang/generators", "types/float", "types/list"}
	if len(m.Features) != len(wantFeatures) {
		t.Fatalf("features %v", m.Features)
	}
	for i, f := range wantFeatures {
		if m.Features[i] != f {
			t.Errorf("feature %d = %q, want %q", i, m.Features[i], f)
		}
	}
	tests := []struct {
		feature, target string
		want            Cell
		state           State
		text            string
	}{
		{"lang/generators", "cpython", Cell{Pass: 2}, StatePass, "2/2"},
		{"lang/generators", "exec:micropython", Cell{Pass: 1, Fail: 1}, StatePartial, "1/2"},
		{"types/float", "exec:micropython", Cell{Fail: 1}, StateFail, "0/1"},
		{"types/float", "qemu:microbit", Cell{Skip: 1}, StateSkip, "S1"},
		{"types/list", "qemu:microbit", Cell{TooLarge: 1}, StateTooLarge, "L1"},
		{"(none)", "qemu:microbit", Cell{}, StateEmpty, "-"},
		{"(none)", "exec:micropython", Cell{Fail: 1}, StateFail, "0/1"},
	}
	for _, tt := range tests {
		c := m.Cell(tt.feature, tt.target)
		if c != tt.want || c.State() != tt.state || c.Text() != tt.text {
			t.Errorf("%s on %s: %+v %s %q, want %+v %s %q", tt.feature, tt.target, c, c.State(), c.Text(), tt.want, tt.state, tt.text)
		}
	}
	if got := m.Totals[2]; got != (Cell{Pass: 2, TooLarge: 1, Skip: 1}) || got.Text() != "2/2 L1 S1" {
		t.Errorf("microbit total %+v %q", got, got.Text())
	}
}

func TestRenderGolden(t *testing.T) {
	m := Compute(fixture())
	for _, tt := range []struct {
		name  string
		write func(*bytes.Buffer) error
	}{
		{"matrix.txt", func(b *bytes.Buffer) error { return WriteText(b, m) }},
		{"matrix.md", func(b *bytes.Buffer) error { return WriteMarkdown(b, m) }},
	} {
		var b bytes.Buffer
		if err := tt.write(&b); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join("testdata", tt.name)
		if *update {
			if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test -update)", err)
		}
		if !bytes.Equal(b.Bytes(), want) {
			t.Errorf("%s differs:\n%s\nwant:\n%s", tt.name, b.Bytes(), want)
		}
	}
}
