package results

import (
	"errors"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/")

func sample() *File {
	return &File{
		Target:   "exec:python3 -S",
		Identity: "CPython 3.11.7",
		Started:  time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC),
		Duration: 1.5,
		Tests: []Result{
			{Name: "lang/a.py", Category: "lang/basics", Verdict: Pass, DurationMS: 12.5, Expected: "cpython"},
			{Name: "lang/b.py", Category: "lang/basics", Verdict: Fail, Reason: "output differs", Diff: "--- expected\n+++ got\n", DurationMS: 3},
			{Name: "lang/c.py", Verdict: Timeout, Reason: "no result after 1s", PeakHeap: 2048},
		},
	}
}

func TestWriteGolden(t *testing.T) {
	dir := t.TempDir()
	path := Path(dir, "exec:python3 -S")
	if err := Write(path, sample()); err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(dir, "exec-python3--S", "results.json"); path != want {
		t.Errorf("Path = %s, want %s", path, want)
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "results.json")
	if *update {
		os.WriteFile(golden, got, 0o644)
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Errorf("results.json differs from golden:\n%s", got)
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
}

func TestRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "r.json")
	in := sample()
	if err := Write(path, in); err != nil {
		t.Fatal(err)
	}
	out, err := Read(path)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(in, out) {
		t.Errorf("round trip:\n in %+v\nout %+v", in, out)
	}
	if got := out.Failures(); !reflect.DeepEqual(got, []string{"lang/b.py", "lang/c.py"}) {
		t.Errorf("Failures = %v", got)
	}
	if c := out.Counts(); c[Pass] != 1 || c[Fail] != 1 || c[Timeout] != 1 {
		t.Errorf("Counts = %v", c)
	}
}

func TestReadBad(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, content string
		check         func(error) bool
	}{
		{"corrupt", `{"schema": 1, "tests": [`, func(err error) bool { return err != nil && !errors.Is(err, ErrSchema) }},
		{"future-schema", `{"schema": 99, "tests": []}`, func(err error) bool { return errors.Is(err, ErrSchema) }},
		{"missing", "", func(err error) bool { return errors.Is(err, fs.ErrNotExist) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, tt.name+".json")
			if tt.content != "" {
				os.WriteFile(path, []byte(tt.content), 0o644)
			}
			_, err := Read(path)
			if !tt.check(err) {
				t.Errorf("Read: unexpected error %v", err)
			}
		})
	}
}

func TestSanitizeName(t *testing.T) {
	for in, want := range map[string]string{
		"host":                   "host",
		"qemu:microbit":          "qemu-microbit",
		"exec:micropython -X h":  "exec-micropython--X-h",
		"serial:/dev/ttyACM0,11": "serial--dev-ttyACM0-11",
	} {
		if got := SanitizeName(in); got != want {
			t.Errorf("SanitizeName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestVerdictFailed(t *testing.T) {
	failed := map[Verdict]bool{Pass: false, Skip: false, TooLarge: false, Fail: true, Timeout: true, Crash: true, Error: true}
	for _, v := range Verdicts {
		if v.Failed() != failed[v] {
			t.Errorf("%s.Failed() = %v", v, v.Failed())
		}
	}
}
