package progress

import (
	"bytes"
	"strings"
	"testing"

	"github.com/mptest/mptest/reports/results"
)

func TestLine(t *testing.T) {
	var b bytes.Buffer
	l := New(&b, 60)
	l.Start(12)
	l.TestStarted("host", "lang/functions/defaults.py")
	l.TestDone("host", results.Result{Verdict: results.Pass})
	l.TestDone("host", results.Result{Verdict: results.Fail})
	if got, want := l.Text(), "[ 2/12] pass 1 fail 1 | host lang/functions/defaults.py"; got != want {
		t.Errorf("Text = %q, want %q", got, want)
	}
	l.TestStarted("host", strings.Repeat("x", 100))
	if got := l.Text(); len([]rune(got)) != 59 || !strings.HasSuffix(got, "…") {
		t.Errorf("long line not cut to width: %q", got)
	}
	l.Finish()
	if !strings.HasPrefix(b.String(), "\r[ 0/12]") || !strings.HasSuffix(b.String(), "\r\x1b[K") {
		t.Errorf("output = %q", b.String())
	}
	var nilLine *Line
	nilLine.Start(1) // must not panic
	nilLine.TestDone("host", results.Result{})
	nilLine.Finish()
}
