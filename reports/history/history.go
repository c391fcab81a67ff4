// Package history keeps one Record per (commit, machine): what mptest
// measured on a commit of the project — conformance results per target,
// benchmark samples, binary sizes and RAM — so that reports can show trends
// and find the commit where something changed.
//
// # Layout
//
// A history is a directory (by default .mptest-history) of JSON files, one
// per record, named <commit hash>_<machine>.json. Writing the same commit on
// the same machine again replaces its file. Files are written atomically
// (a temporary file renamed into place), so a reader never sees half a
// record; readers skip, with a warning, any file they cannot parse, so one
// damaged file never hides the rest of the history.
//
// # Schema 1
//
// A record file is a JSON object:
//
//	{
//	  "schema": 1,                      // this layout; readers skip other versions
//	  "commit": {"hash": "…40 hex…", "date": RFC 3339, "subject": "…", "dirty": false},
//	  "machine": {"name": "host name", "goos": "linux", "goarch": "amd64", "cpu": "…"},
//	  "recorded": RFC 3339,             // when the record was made
//	  "duration": 12.5,                 // seconds the recording took
//	  "config": {"targets": […], "suites": […], "bench": true, "bench_timing": "program", "size": true, …},
//	  "suites": [results.json object, …],   // one per target (package reports/results), without diffs
//	  "bench": [{"target": "host", "name": "Nqueens/N=6", "unit": "sec/op", "values": [0.1, …]}, …],
//	  "sizes": [size.Binary object, …],     // package reports/size
//	  "warnings": ["…"]                 // what could not be measured, and why
//	}
//
// RAM is recorded in three places: each test result's peak_heap (the peak
// accounted heap the host interpreter's heap model or a board's gc.mem_free
// reports), bench samples in unit peak-heap-B, and the peak resident set
// size of benchmark processes on the host in unit peak-rss-B.
//
// A change that keeps old readers working (a new optional field) keeps the
// schema number; any other change increments it.
package history

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/mptest/mptest/reports/results"
	"github.com/mptest/mptest/reports/size"
)

// Schema is the version of the record layout this package writes and reads.
const Schema = 1

// DefaultDir is the history directory used when none is given.
const DefaultDir = ".mptest-history"

// Units of bench values that history adds to those of runners/bench.
const (
	// UnitPeakRSS is the peak resident set size of a benchmark's process, in bytes.
	UnitPeakRSS = "peak-rss-B"
)

// Record is what was measured on one commit on one machine.
type Record struct {
	Schema   int       `json:"schema"`
	Commit   Commit    `json:"commit"`
	Machine  Machine   `json:"machine"`
	Recorded time.Time `json:"recorded"`
	// Duration is how long recording took, in seconds.
	Duration float64 `json:"duration"`
	// Config is how the record was made.
	Config Config `json:"config"`
	// Suites holds one results file per target.
	Suites []*results.File `json:"suites"`
	// Bench holds benchmark samples, one entry per target, benchmark and unit.
	Bench []Benchmark `json:"bench,omitempty"`
	// Sizes holds the measured binaries.
	Sizes []*size.Binary `json:"sizes,omitempty"`
	// Warnings says what could not be measured and why.
	Warnings []string `json:"warnings,omitempty"`
}

// Commit identifies the commit a record describes.
type Commit struct {
	Hash    string    `json:"hash"`
	Date    time.Time `json:"date"`
	Subject string    `json:"subject"`
	// Dirty is set when the working tree had uncommitted changes: the
	// record describes the commit plus those changes.
	Dirty bool `json:"dirty,omitempty"`
}

// Short returns the first 10 characters of the hash.
func (c Commit) Short() string {
	if len(c.Hash) > 10 {
		return c.Hash[:10]
	}
	return c.Hash
}

// Machine describes where a record was made; timings compare only within
// one machine.
type Machine struct {
	Name   string `json:"name"`
	GOOS   string `json:"goos"`
	GOARCH string `json:"goarch"`
	CPU    string `json:"cpu,omitempty"`
}

// Config says what a record covers.
type Config struct {
	Targets     []string `json:"targets"`
	Suites      []string `json:"suites,omitempty"`
	Bench       bool     `json:"bench"`
	BenchTarget string   `json:"bench_target,omitempty"`
	BenchCount  int      `json:"bench_count,omitempty"`
	// BenchTiming is how sec/op was measured: "program" (the program's
	// own clock) or "wall" (the whole run); trends compare only alike.
	BenchTiming string `json:"bench_timing,omitempty"`
	Size        bool   `json:"size"`
}

// Benchmark is the samples of one benchmark in one unit on one target.
type Benchmark struct {
	Target string    `json:"target"`
	Name   string    `json:"name"`
	Unit   string    `json:"unit"`
	Values []float64 `json:"values"`
}

// Key identifies the series a benchmark belongs to across records.
func (b Benchmark) Key() string { return b.Target + " " + b.Name + " " + b.Unit }

// Suite returns the results for target, or nil.
func (r *Record) Suite(target string) *results.File {
	for _, f := range r.Suites {
		if f.Target == target {
			return f
		}
	}
	return nil
}

// Validate checks what every reader relies on.
func (r *Record) Validate() error {
	switch {
	case r.Schema != Schema:
		return fmt.Errorf("%w %d (this mptest reads %d)", ErrSchema, r.Schema, Schema)
	case r.Commit.Hash == "":
		return errors.New("record without a commit hash")
	case r.Machine.Name == "":
		return errors.New("record without a machine name")
	}
	for i, f := range r.Suites {
		if f == nil {
			return fmt.Errorf("suite %d is null", i)
		}
	}
	for i, b := range r.Sizes {
		if b == nil {
			return fmt.Errorf("size %d is null", i)
		}
	}
	return nil
}

// ErrSchema is wrapped by errors about records of another schema version.
var ErrSchema = errors.New("unsupported history schema")

// FileName returns the name of r's file in a history directory.
func FileName(commit, machine string) string {
	return results.SanitizeName(commit) + "_" + results.SanitizeName(machine) + ".json"
}

// Write stores r in dir atomically, replacing an earlier record of the same
// commit and machine, and returns the file's path.
func Write(dir string, r *Record) (string, error) {
	if r.Schema == 0 {
		r.Schema = Schema
	}
	if r.Suites == nil {
		r.Suites = []*results.File{}
	}
	if err := r.Validate(); err != nil {
		return "", fmt.Errorf("writing history record: %w", err)
	}
	data, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return "", fmt.Errorf("encoding history record for %s: %w", r.Commit.Short(), err)
	}
	path := filepath.Join(dir, FileName(r.Commit.Hash, r.Machine.Name))
	if err := results.WriteFileAtomic(path, append(data, '\n')); err != nil {
		return "", fmt.Errorf("writing history record: %w", err)
	}
	return path, nil
}

// Decode parses one record file's content and validates it.
func Decode(data []byte) (*Record, error) {
	var head struct {
		Schema *int `json:"schema"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		return nil, fmt.Errorf("not a history record: %w", err)
	}
	if head.Schema == nil {
		return nil, errors.New(`not a history record: no "schema"`)
	}
	if *head.Schema != Schema {
		return nil, fmt.Errorf("%w %d (this mptest reads %d)", ErrSchema, *head.Schema, Schema)
	}
	var r Record
	if err := json.Unmarshal(data, &r); err != nil {
		return nil, fmt.Errorf("not a history record: %w", err)
	}
	if err := r.Validate(); err != nil {
		return nil, err
	}
	return &r, nil
}

// ReadFile reads one record file.
func ReadFile(path string) (*Record, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading history record: %w", err)
	}
	r, err := Decode(data)
	if err != nil {
		return nil, fmt.Errorf("reading history record %s: %w", path, err)
	}
	return r, nil
}

// Load reads every record in dir, oldest commit first (by commit date, then
// by recording time). Files that cannot be read or parsed are skipped and
// returned as warnings. A missing dir is an error satisfying
// errors.Is(err, fs.ErrNotExist).
func Load(dir string) (recs []*Record, warnings []error, err error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, nil, fmt.Errorf("reading history: %w", err)
	}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".json") || strings.HasPrefix(name, ".") {
			continue
		}
		r, err := ReadFile(filepath.Join(dir, name))
		if err != nil {
			warnings = append(warnings, err)
			continue
		}
		recs = append(recs, r)
	}
	Sort(recs)
	return recs, warnings, nil
}

// Sort orders records oldest commit first: by commit date, then recording
// time, then hash.
func Sort(recs []*Record) {
	sort.SliceStable(recs, func(i, j int) bool {
		a, b := recs[i], recs[j]
		if !a.Commit.Date.Equal(b.Commit.Date) {
			return a.Commit.Date.Before(b.Commit.Date)
		}
		if !a.Recorded.Equal(b.Recorded) {
			return a.Recorded.Before(b.Recorded)
		}
		return a.Commit.Hash < b.Commit.Hash
	})
}

// Has reports whether dir holds a record of commit on machine.
func Has(dir, commit, machine string) bool {
	_, err := os.Stat(filepath.Join(dir, FileName(commit, machine)))
	return !errors.Is(err, fs.ErrNotExist)
}

// Machines returns the machine names in recs, sorted, and per machine its
// records in the order given.
func Machines(recs []*Record) ([]string, map[string][]*Record) {
	by := map[string][]*Record{}
	var names []string
	for _, r := range recs {
		if _, ok := by[r.Machine.Name]; !ok {
			names = append(names, r.Machine.Name)
		}
		by[r.Machine.Name] = append(by[r.Machine.Name], r)
	}
	sort.Strings(names)
	return names, by
}
