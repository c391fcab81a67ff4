// Package runners runs one Python test on one kind of interpreter.
//
// A Target knows how to run a single test file and return what the interpreter
// printed; it knows nothing about expectations, diffs or reports. Targets exist
// for CPython (the oracle), the host build of refinterp, any command
// ("exec:CMD ARGS"), and boards reached over a byte stream (serial ports,
// ptys, telnet, QEMU) through the raw REPL protocol.
package runners

import (
	"context"
	"time"
)

// Test is one Python test file as a target sees it.
type Test struct {
	// Name identifies the test in results: its path relative to the suite root,
	// with forward slashes (e.g. "lang/functions/defaults.py").
	Name string
	// Path is the file's path on this machine.
	Path string
	// Source is the file's content (valid UTF-8; discovery rejects other files).
	Source []byte
}

// Status says how an interpreter run ended, before its output is compared
// with the expectation.
type Status int

const (
	// Exited means the interpreter ran the test to the end (any exit status).
	Exited Status = iota
	// TimedOut means the per-test deadline passed and the run was stopped.
	TimedOut
	// TooLarge means the target lacked the memory to load or start the test
	// (a board's MemoryError before any output, or a reset during upload).
	TooLarge
	// Failed means the target could not run the test at all (infrastructure
	// error: missing binary, lost connection); Outcome.Err says why.
	Failed
)

// String returns the status name used in results files.
func (s Status) String() string {
	switch s {
	case Exited:
		return "exited"
	case TimedOut:
		return "timeout"
	case TooLarge:
		return "too-large"
	case Failed:
		return "failed"
	}
	return "unknown"
}

// Outcome is what one run of one test produced.
type Outcome struct {
	Status   Status
	Stdout   []byte // output, \r\n already normalised to \n
	Stderr   []byte // error output (a board's traceback goes here)
	ExitCode int    // process exit status; 1 for a board test that raised
	// Signal names the signal that ended the process ("SIGSEGV"), "" if none.
	Signal   string
	Duration time.Duration
	// PeakHeap is the peak accounted heap in bytes where the target reports
	// it (the host interpreter's heap model, a board's gc.mem_free delta); 0 if unknown.
	PeakHeap int64
	// Truncated is set when the output exceeded the target's cap and was cut.
	Truncated bool
	// Err explains a Failed, TimedOut or TooLarge status.
	Err error
}

// Target runs tests on one interpreter. Implementations must be safe for
// concurrent use when Concurrency reports more than 1.
type Target interface {
	// Name is the target's name as given on the command line (e.g. "cpython",
	// "host", "exec:micropython", "qemu:microbit").
	Name() string
	// Identity describes the interpreter (e.g. "CPython 3.11.7"), for results files.
	Identity(ctx context.Context) (string, error)
	// Run runs one test, honouring ctx's deadline. It returns a non-nil error
	// only when the target itself is unusable (every later test would fail
	// too); a problem with this one test is reported in Outcome.
	Run(ctx context.Context, t Test) (Outcome, error)
	// Concurrency is how many tests may run at once on this target
	// (a board runs one at a time).
	Concurrency() int
	// Close releases the target (stops QEMU, closes ports).
	Close() error
}

// FeatureSet is implemented by targets that lack some optional features a
// suite manifest may list under "needs" (e.g. "float", "complex"). A test
// needing a feature the target does not have is skipped; targets that do not
// implement FeatureSet are assumed to have everything.
type FeatureSet interface {
	HasFeature(name string) bool
}
