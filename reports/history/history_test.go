package history

import (
	"context"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/mptest/mptest/reports/results"
	"github.com/mptest/mptest/reports/size"
)

func sampleRecord(hash string, date time.Time) *Record {
	return &Record{
		Commit:   Commit{Hash: hash, Date: date, Subject: "subject of " + hash},
		Machine:  Machine{Name: "box", GOOS: "linux", GOARCH: "amd64", CPU: "Some CPU"},
		Recorded: date.Add(time.Hour),
		Duration: 12.5,
		Config:   Config{Targets: []string{"host"}, Bench: true, BenchTarget: "host", BenchCount: 3, Size: true},
		Suites: []*results.File{{
			Schema: results.Schema, Target: "host", Identity: "refinterp", Started: date, Duration: 1.5,
			Tests: []results.Result{
				{Name: "lang/a.py", Category: "lang/a", Verdict: results.Pass, DurationMS: 3, PeakHeap: 1024},
				{Name: "lang/b.py", Category: "lang/b", Verdict: results.Fail, Reason: "output differs", Diff: "-x\n+y\n"},
			},
		}},
		Bench: []Benchmark{{Target: "host", Name: "Nqueens/N=6", Unit: "sec/op", Values: []float64{0.1, 0.11, 0.105}}},
		Sizes: []*size.Binary{{Name: "refpy", Platform: "linux/amd64", Format: "elf", File: 1000, Text: 600, Data: 100, BSS: 50,
			Sections: []size.Section{{Name: ".text", Kind: "text", Size: 600}}, Packages: []size.Package{{Path: "runtime", Size: 300}}}},
		Warnings: []string{"no TinyGo"},
	}
}

func TestRoundTrip(t *testing.T) {
	dir := t.TempDir()
	date := time.Date(2026, 11, 1, 10, 0, 0, 0, time.UTC)
	r := sampleRecord("0123456789abcdef0123456789abcdef01234567", date)
	path, err := Write(dir, r)
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Base(path) != "0123456789abcdef0123456789abcdef01234567_box.json" {
		t.Errorf("file name %s", filepath.Base(path))
	}
	got, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, r) {
		t.Errorf("round trip changed the record:\n got %+v\nwant %+v", got, r)
	}
	// No temporary files are left behind.
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("%d files in the history, want 1", len(entries))
	}
	// The schema number is on disk, as documented.
	data, _ := os.ReadFile(path)
	var raw map[string]any
	if err := json.Unmarshal(data, &raw); err != nil {
		t.Fatal(err)
	}
	if raw["schema"] != float64(1) {
		t.Errorf("schema on disk = %v", raw["schema"])
	}
	for _, key := range []string{"commit", "machine", "recorded", "config", "suites", "bench", "sizes"} {
		if _, ok := raw[key]; !ok {
			t.Errorf("no %q in the file", key)
		}
	}
	if !Has(dir, r.Commit.Hash, "box") || Has(dir, r.Commit.Hash, "other") {
		t.Errorf("Has is wrong")
	}
}

func TestDecodeRejects(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"not json", "{", "not a history record"},
		{"no schema", `{"commit":{"hash":"abc"}}`, `no "schema"`},
		{"newer schema", `{"schema":2,"commit":{"hash":"abc"}}`, "unsupported history schema 2"},
		{"no hash", `{"schema":1,"machine":{"name":"m"}}`, "without a commit hash"},
		{"no machine", `{"schema":1,"commit":{"hash":"abc"}}`, "without a machine name"},
		{"wrong type", `{"schema":1,"commit":{"hash":5}}`, "not a history record"},
		{"null suite", `{"schema":1,"commit":{"hash":"a"},"machine":{"name":"m"},"suites":[null]}`, "suite 0 is null"},
	}
	for _, tt := range tests {
		_, err := Decode([]byte(tt.data))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err = %v, want %q", tt.name, err, tt.want)
		}
	}
	if _, err := Decode([]byte(`{"schema":7}`)); !errors.Is(err, ErrSchema) {
		t.Errorf("schema 7: %v is not ErrSchema", err)
	}
}

func TestLoadSkipsCorrupt(t *testing.T) {
	dir := t.TempDir()
	d := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	// Written out of order; Load sorts by commit date.
	for i, h := range []string{"ccc", "aaa", "bbb"} {
		date := map[string]time.Time{"aaa": d, "bbb": d.Add(time.Hour), "ccc": d.Add(2 * time.Hour)}[h]
		r := sampleRecord(h, date)
		r.Recorded = d.Add(time.Duration(i) * time.Minute)
		if _, err := Write(dir, r); err != nil {
			t.Fatal(err)
		}
	}
	os.WriteFile(filepath.Join(dir, "broken_box.json"), []byte(`{"schema":1,"commit":`), 0o644)
	os.WriteFile(filepath.Join(dir, "future_box.json"), []byte(`{"schema":99}`), 0o644)
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("not a record"), 0o644)
	os.WriteFile(filepath.Join(dir, ".x.json.tmp123"), []byte("{"), 0o644)

	recs, warnings, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	var hashes []string
	for _, r := range recs {
		hashes = append(hashes, r.Commit.Hash)
	}
	if strings.Join(hashes, ",") != "aaa,bbb,ccc" {
		t.Errorf("records %v, want aaa,bbb,ccc", hashes)
	}
	if len(warnings) != 2 {
		t.Fatalf("warnings %v, want 2", warnings)
	}
	joined := warnings[0].Error() + "\n" + warnings[1].Error()
	if !strings.Contains(joined, "broken_box.json") || !strings.Contains(joined, "future_box.json: unsupported history schema 99") {
		t.Errorf("warnings do not name the files:\n%s", joined)
	}

	if _, _, err := Load(filepath.Join(dir, "missing")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing dir: %v", err)
	}
}

func TestGit(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("needs git")
	}
	dir := t.TempDir()
	ctx := context.Background()
	git := func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@x", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@x",
			"GIT_COMMITTER_DATE=2026-01-02T03:04:05Z", "GIT_AUTHOR_DATE=2026-01-02T03:04:05Z")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	git("init", "-q", "-b", "main")
	var want []string
	for i, msg := range []string{"first", "second", "third"} {
		os.WriteFile(filepath.Join(dir, "f.txt"), []byte(msg), 0o644)
		git("add", "f.txt")
		git("commit", "-q", "-m", msg)
		c, err := CommitOf(ctx, dir, "HEAD")
		if err != nil {
			t.Fatal(err)
		}
		if c.Subject != msg || len(c.Hash) != 40 || c.Dirty || !c.Date.Equal(time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)) {
			t.Errorf("commit %d: %+v", i, c)
		}
		want = append(want, c.Hash)
	}
	os.WriteFile(filepath.Join(dir, "f.txt"), []byte("changed"), 0o644)
	if c, _ := CommitOf(ctx, dir, "HEAD"); !c.Dirty {
		t.Errorf("changed tree not dirty")
	}
	got, err := CommitsSince(ctx, dir, "HEAD~1")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want[1:]) {
		t.Errorf("CommitsSince(HEAD~1) = %v, want %v", got, want[1:])
	}
	got, _ = CommitsSince(ctx, dir, want[0])
	if !reflect.DeepEqual(got, want) {
		t.Errorf("CommitsSince(root) = %v, want %v", got, want)
	}
	if _, err := CommitsSince(ctx, dir, "nosuch"); err == nil || !strings.Contains(err.Error(), "--since nosuch") {
		t.Errorf("bad ref: %v", err)
	}
	top, err := TopLevel(ctx, dir)
	if err != nil || top == "" {
		t.Errorf("TopLevel: %q %v", top, err)
	}
}
