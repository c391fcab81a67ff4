// Package compare judges an interpreter's Outcome against an Expectation.
//
// The rules, in order:
//
//   - the target could not run the test: error
//   - the deadline passed: timeout
//   - the target lacked the memory to load the test: too-large
//   - the test printed exactly "SKIP": skip (MicroPython's convention)
//   - CPython printed "SKIP" and there is no .exp file: skip (nothing to judge by)
//   - the output was cut at the size cap: fail
//   - the process was killed by a signal: crash
//   - the output matches: pass, unless CPython produced the expectation and
//     exited differently (one raised, the other did not): fail
//   - otherwise a non-zero exit where CPython exited cleanly (or the exit
//     status is unknown) is a crash, anything else a fail, with a unified diff.
//
// Only stdout is compared; stderr supplies the reason of a crash.
package compare

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/mptest/mptest/reports/diff"
	"github.com/mptest/mptest/reports/results"
	"github.com/mptest/mptest/runners"
	"github.com/mptest/mptest/runners/oracle"
)

// Judgement is the verdict on one outcome.
type Judgement struct {
	Verdict results.Verdict
	// Reason explains any verdict but pass in one line.
	Reason string
	// Diff is a unified diff expected vs got for fail and crash verdicts.
	Diff string
}

// DiffContext is the number of context lines in diffs.
const DiffContext = 3

// Judge compares out, produced by target, with exp.
func Judge(target string, out runners.Outcome, exp oracle.Expectation) Judgement {
	switch out.Status {
	case runners.Failed:
		return Judgement{Verdict: results.Error, Reason: errString(out.Err, "target could not run the test")}
	case runners.TimedOut:
		return Judgement{Verdict: results.Timeout, Reason: fmt.Sprintf("no result after %.1fs", out.Duration.Seconds())}
	case runners.TooLarge:
		return Judgement{Verdict: results.TooLarge, Reason: errString(out.Err, "too large for the target")}
	}
	if isSkip(out.Stdout) {
		return Judgement{Verdict: results.Skip, Reason: "test printed SKIP"}
	}
	if exp.FromCPython && isSkip(exp.Output) {
		return Judgement{Verdict: results.Skip, Reason: "CPython printed SKIP, so its output cannot judge this test; give it an .exp file"}
	}
	if out.Truncated {
		return Judgement{Verdict: results.Fail, Reason: fmt.Sprintf("output too large: cut at %d bytes", len(out.Stdout))}
	}
	var match bool
	if exp.Pattern != nil {
		match = exp.Pattern.Match(string(out.Stdout))
	} else {
		match = bytes.Equal(out.Stdout, exp.Output)
	}
	d := ""
	if !match {
		d = diff.Unified("expected ("+exp.Source+")", "got ("+target+")", string(exp.Output), string(out.Stdout), DiffContext)
	}
	if out.Signal != "" {
		return Judgement{Verdict: results.Crash, Reason: "killed by " + out.Signal + lastLine(out.Stderr), Diff: d}
	}
	raised := out.ExitCode != 0
	if match {
		if exp.FromCPython && raised != (exp.ExitCode != 0) {
			return Judgement{Verdict: results.Fail, Reason: fmt.Sprintf("output matches but exit status is %d, CPython's %d%s", out.ExitCode, exp.ExitCode, lastLine(out.Stderr))}
		}
		return Judgement{Verdict: results.Pass}
	}
	if raised && !(exp.FromCPython && exp.ExitCode != 0) {
		return Judgement{Verdict: results.Crash, Reason: fmt.Sprintf("exit status %d%s", out.ExitCode, lastLine(out.Stderr)), Diff: d}
	}
	return Judgement{Verdict: results.Fail, Reason: "output differs from " + exp.Source, Diff: d}
}

func isSkip(out []byte) bool {
	s := string(out)
	return s == "SKIP\n" || s == "SKIP"
}

func errString(err error, fallback string) string {
	if err == nil {
		return fallback
	}
	return err.Error()
}

// lastLine returns ": " and the last non-blank line of stderr (where an
// uncaught exception's message is), shortened, or "".
func lastLine(stderr []byte) string {
	lines := strings.Split(strings.TrimRight(string(stderr), "\n \t"), "\n")
	l := strings.TrimSpace(lines[len(lines)-1])
	if l == "" {
		return ""
	}
	if len(l) > 200 {
		l = l[:200] + "…"
	}
	return ": " + l
}
