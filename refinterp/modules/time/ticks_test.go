package time_test

import (
	"bytes"
	"testing"
	gotime "time"

	"github.com/mptest/mptest/refinterp/py"
)

// TestTicks checks MicroPython's tick arithmetic (CPython has no ticks, so
// the expected values come from MicroPython's documented semantics:
// values wrap modulo 2**30 and ticks_diff is signed within half a period).
func TestTicks(t *testing.T) {
	tests := []struct{ expr, want string }{
		{"time.ticks_add(0, 10)", "10"},
		{"time.ticks_add(2**30 - 5, 10)", "5"},
		{"time.ticks_add(3, -5)", "1073741822"},
		{"time.ticks_diff(5, 2**30 - 5)", "10"},
		{"time.ticks_diff(2**30 - 5, 5)", "-10"},
		{"time.ticks_diff(100, 50)", "50"},
		{"time.ticks_diff(0, 2**29)", "-536870912"},
		{"0 <= time.ticks_ms() < 2**30", "True"},
		{"0 <= time.ticks_us() < 2**30", "True"},
		{"time.ticks_diff(time.ticks_add(time.ticks_ms(), 7), time.ticks_ms()) in (6, 7)", "True"},
		{"time.sleep_ms(1)", "None"},
		{"time.sleep_us(10)", "None"},
		{"import utime; utime.ticks_add(1, 1)", "2"},
	}
	for _, tc := range tests {
		var out, errb bytes.Buffer
		th := py.New(py.Options{Stdout: &out, Stderr: &errb})
		src := "import time\n"
		expr := tc.expr
		if i := bytes.IndexByte([]byte(expr), ';'); i >= 0 {
			src += expr[:i] + "\n"
			expr = expr[i+1:]
		}
		src += "print(" + expr + ")\n"
		if err := th.Exec(src, "<test>", "exec"); err != nil {
			t.Errorf("%s: %v", tc.expr, err)
			continue
		}
		if got := out.String(); got != tc.want+"\n" {
			t.Errorf("%s = %q, want %q", tc.expr, got, tc.want)
		}
	}
}

// TestSleepInterrupt checks that Thread.Interrupt ends a long sleep with
// KeyboardInterrupt.
func TestSleepInterrupt(t *testing.T) {
	var out, errb bytes.Buffer
	th := py.New(py.Options{Stdout: &out, Stderr: &errb})
	done := make(chan error, 1)
	go func() {
		done <- th.Exec("import time\ntime.sleep(30)\n", "<test>", "exec")
	}()
	gotime.Sleep(100 * gotime.Millisecond)
	th.Interrupt()
	select {
	case err := <-done:
		e, ok := err.(*py.Exception)
		if !ok || !e.Class.IsSubtype(py.KeyboardInterruptType) {
			t.Fatalf("got %v, want KeyboardInterrupt", err)
		}
	case <-gotime.After(5 * gotime.Second):
		t.Fatal("sleep was not interrupted")
	}
}
