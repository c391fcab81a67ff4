// Package results defines the outcome of a test run — a Verdict per test per
// target — and its on-disk form, results.json.
//
// A results file describes one run of a set of tests on one target. It is
// written atomically (a temporary file renamed over the old one) so a reader
// never sees half a file, and carries a schema version so readers can refuse
// what they do not understand. The layout is close in spirit to MicroPython's
// tests/results/_results.json: a header naming the target and per-test entries
// with the verdict and, for anything that did not pass, the reason.
//
// Verdicts:
//
//	pass       output matched the expectation
//	fail       output differed (Result.Diff holds a unified diff)
//	skip       the test printed SKIP, or a skip list or missing feature excluded it
//	timeout    the per-test deadline passed; the process group was killed
//	crash      the interpreter died (signal) or exited non-zero without the expected output
//	too-large  the target lacked the memory to load the test (boards)
//	error      infrastructure: the test could not be judged (unreadable or
//	           non-UTF-8 file, oracle failure, target unusable)
package results

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// Schema is the version of the results.json layout this package writes.
// Readers reject files with a different major schema.
const Schema = 1

// Verdict is the judgement on one test on one target.
type Verdict string

// The verdicts, spelled as in results files.
const (
	Pass     Verdict = "pass"
	Fail     Verdict = "fail"
	Skip     Verdict = "skip"
	Timeout  Verdict = "timeout"
	Crash    Verdict = "crash"
	TooLarge Verdict = "too-large"
	Error    Verdict = "error"
)

// Verdicts lists all verdicts in the order reports show them.
var Verdicts = []Verdict{Pass, Fail, Skip, Timeout, Crash, TooLarge, Error}

// Failed reports whether v makes a run unsuccessful: every verdict except
// pass, skip and too-large (which, as in MicroPython's run-tests, is a kind of skip).
func (v Verdict) Failed() bool {
	switch v {
	case Pass, Skip, TooLarge:
		return false
	}
	return true
}

// Result is the judgement on one test on one target.
type Result struct {
	// Name is the test's name (its path relative to the suite root).
	Name string `json:"name"`
	// Category is the suite category from the suite's manifest (e.g. "lang/functions").
	Category string `json:"category,omitempty"`
	// Verdict is the judgement.
	Verdict Verdict `json:"result"`
	// Reason explains anything but a pass in one line.
	Reason string `json:"reason,omitempty"`
	// DurationMS is the interpreter's wall time for the test in milliseconds.
	DurationMS float64 `json:"duration_ms"`
	// PeakHeap is the peak accounted heap in bytes, 0 when the target does not report it.
	PeakHeap int64 `json:"peak_heap"`
	// Expected names the expectation's source: an .exp file's name or "cpython".
	Expected string `json:"expected,omitempty"`
	// Diff is a unified diff, expected vs got, for fail and crash verdicts.
	Diff string `json:"diff,omitempty"`
}

// File is one results.json: the results of one run on one target.
type File struct {
	Schema   int    `json:"schema"`
	Target   string `json:"target"`
	Identity string `json:"identity"`
	// Started is when the run began.
	Started time.Time `json:"started"`
	// Duration is the run's wall time in seconds.
	Duration float64 `json:"duration"`
	// Incomplete is set when the run was interrupted: Tests holds only the
	// tests that finished.
	Incomplete bool `json:"incomplete,omitempty"`
	// Features maps the optional features the run looked for (see the
	// harness's feature probes) to whether the target has them; features
	// that could not be judged are left out.
	Features map[string]bool `json:"features,omitempty"`
	Tests    []Result        `json:"tests"`
}

// Counts returns how many results have each verdict.
func (f *File) Counts() map[Verdict]int {
	c := map[Verdict]int{}
	for _, r := range f.Tests {
		c[r.Verdict]++
	}
	return c
}

// Failures returns the names of the tests whose verdict is Failed.
func (f *File) Failures() []string {
	var names []string
	for _, r := range f.Tests {
		if r.Verdict.Failed() {
			names = append(names, r.Name)
		}
	}
	return names
}

// Write writes f (filling in Schema) as JSON to path atomically: to a temporary file in the same
// directory, synced, then renamed over path. Missing directories are created.
func Write(path string, f *File) error {
	if f.Schema == 0 {
		f.Schema = Schema
	}
	if f.Tests == nil {
		f.Tests = []Result{}
	}
	data, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return fmt.Errorf("encoding results for %s: %w", f.Target, err)
	}
	return WriteFileAtomic(path, append(data, '\n'))
}

// WriteFileAtomic writes data to path via a temporary file and a rename, so
// readers see either the old or the new content, never a mixture.
func WriteFileAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("creating %s: %w", dir, err)
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	defer os.Remove(tmp.Name()) // no-op after a successful rename
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}

// ErrSchema is returned (wrapped) by Read for a file of another schema version.
var ErrSchema = errors.New("unsupported results schema")

// Read reads a results file. A missing file is reported with an error
// satisfying errors.Is(err, fs.ErrNotExist); a file that does not parse or
// has another schema is reported as such.
func Read(path string) (*File, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading results: %w", err)
	}
	var f File
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("reading results %s: %w", path, err)
	}
	if f.Schema != Schema {
		return nil, fmt.Errorf("reading results %s: %w %d (this mptest reads %d)", path, ErrSchema, f.Schema, Schema)
	}
	return &f, nil
}

// Path returns where the results of target go under dir:
// dir/<sanitised target>/results.json.
func Path(dir, target string) string {
	return filepath.Join(dir, SanitizeName(target), "results.json")
}

// SanitizeName makes a target name usable as a file name component:
// every byte outside [A-Za-z0-9._-] becomes '-' ("qemu:microbit" → "qemu-microbit").
func SanitizeName(name string) string {
	b := []byte(name)
	for i, c := range b {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '.', c == '_', c == '-':
		default:
			b[i] = '-'
		}
	}
	return string(b)
}
