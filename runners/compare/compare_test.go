package compare

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/mptest/mptest/reports/results"
	"github.com/mptest/mptest/runners"
	"github.com/mptest/mptest/runners/oracle"
)

func TestJudge(t *testing.T) {
	plain := oracle.Expectation{Source: "t.py.exp", Output: []byte("1\n2\n")}
	cpy := oracle.Expectation{Source: "cpython", Output: []byte("1\n2\n"), FromCPython: true}
	cpyRaise := oracle.Expectation{Source: "cpython", Output: []byte("1\n"), FromCPython: true, ExitCode: 1}
	pat, _ := oracle.ParsePattern("#re: id \\d+\n########\n")
	regex := oracle.Expectation{Source: "t.py.exp", Output: []byte("#re: id \\d+\n########\n"), Pattern: pat}
	exited := func(out string, code int) runners.Outcome {
		return runners.Outcome{Status: runners.Exited, Stdout: []byte(out), ExitCode: code, Stderr: []byte("Traceback\nNameError: x\n")}
	}
	tests := []struct {
		name    string
		out     runners.Outcome
		exp     oracle.Expectation
		verdict results.Verdict
		reason  string // substring
		diff    bool
	}{
		{"pass", exited("1\n2\n", 0), plain, results.Pass, "", false},
		{"pass-cpython", exited("1\n2\n", 0), cpy, results.Pass, "", false},
		{"fail", exited("1\n3\n", 0), plain, results.Fail, "differs from t.py.exp", true},
		{"crash-exit", exited("1\n", 1), cpy, results.Crash, "exit status 1: NameError: x", true},
		{"crash-exit-exp", exited("1\n", 1), plain, results.Crash, "exit status 1", true},
		{"raise-like-cpython", exited("1\n", 1), cpyRaise, results.Pass, "", false},
		{"raise-differs", exited("0\n", 1), cpyRaise, results.Fail, "differs", true},
		{"should-have-raised", exited("1\n", 0), cpyRaise, results.Fail, "exit status is 0, CPython's 1", false},
		{"signal", runners.Outcome{Status: runners.Exited, Stdout: []byte("1\n2\n"), ExitCode: -1, Signal: "SIGSEGV"}, plain, results.Crash, "killed by SIGSEGV", false},
		{"skip", exited("SKIP\n", 0), plain, results.Skip, "SKIP", false},
		{"cpython-skips", exited("1\n", 0), oracle.Expectation{Source: "cpython", Output: []byte("SKIP\n"), FromCPython: true}, results.Skip, "CPython printed SKIP", false},
		{"timeout", runners.Outcome{Status: runners.TimedOut, Duration: 2 * time.Second}, plain, results.Timeout, "after 2.0s", false},
		{"too-large", runners.Outcome{Status: runners.TooLarge, Err: errors.New("MemoryError on load")}, plain, results.TooLarge, "MemoryError", false},
		{"error", runners.Outcome{Status: runners.Failed, Err: errors.New("port vanished")}, plain, results.Error, "port vanished", false},
		{"truncated", runners.Outcome{Status: runners.Exited, Stdout: []byte("1\n2\n"), Truncated: true}, plain, results.Fail, "cut at 4 bytes", false},
		{"regex-pass", exited("id 42\nanything\nelse\n", 0), regex, results.Pass, "", false},
		{"regex-fail", exited("id x\n", 0), regex, results.Fail, "differs", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j := Judge("host", tt.out, tt.exp)
			if j.Verdict != tt.verdict || !strings.Contains(j.Reason, tt.reason) || (j.Diff != "") != tt.diff {
				t.Errorf("Judge = %+v, want %s/%q diff=%v", j, tt.verdict, tt.reason, tt.diff)
			}
			if tt.diff && !strings.HasPrefix(j.Diff, "--- expected ("+tt.exp.Source+")\n+++ got (host)\n@@") {
				t.Errorf("diff header wrong:\n%s", j.Diff)
			}
		})
	}
}
