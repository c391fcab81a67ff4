package rawrepltest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/mptest/mptest/runners/rawrepl"
	"github.com/mptest/mptest/runners/transport"
)

// Case is one program of the conformance table: its expected stdout
// (device bytes, \r\n line ends) and the expected last line prefix of its
// traceback ("" for none).
type Case struct {
	Name      string
	Code      string
	Stdout    string
	Traceback string
}

// Cases is the shared table. Every program is valid for the FakeDevice's
// tiny language and for real MicroPython alike, and small enough for a
// 16 KB micro:bit.
var Cases = []Case{
	{Name: "print", Code: "print(123)", Stdout: "123\r\n"},
	{Name: "string", Code: "print('hello')\nprint(\"world\")\n", Stdout: "hello\r\nworld\r\n"},
	{Name: "pass", Code: "pass\n"},
	{Name: "exception", Code: "print(1)\n1/0\n", Stdout: "1\r\n", Traceback: "ZeroDivisionError"},
	{Name: "syntax-error", Code: "1 +\n", Traceback: "SyntaxError"},
	{Name: "memory-error", Code: "x = bytearray(1000000)\n", Traceback: "MemoryError"},
	{Name: "mem-free", Code: "import gc;print(gc.mem_free())\n", Stdout: "*"},
	// Longer than two raw-paste windows of 128 bytes, to exercise flow control.
	{Name: "long", Code: longProgram(40), Stdout: longOutput(40)},
}

func longProgram(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "print(%d)\n", 1000+i)
	}
	return b.String()
}

func longOutput(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "%d\r\n", 1000+i)
	}
	return b.String()
}

// lastLine returns the last non-empty line of a traceback.
func lastLine(tb []byte) string {
	lines := strings.Split(strings.TrimRight(string(tb), "\r\n"), "\r\n")
	return lines[len(lines)-1]
}

// Check compares a result with a case; "*" as Stdout accepts any
// non-empty single line.
func (c Case) Check(res rawrepl.Result) error {
	if c.Stdout == "*" {
		if len(res.Stdout) == 0 || bytes.Count(res.Stdout, []byte("\r\n")) != 1 {
			return fmt.Errorf("stdout %q, want one line", res.Stdout)
		}
	} else if string(res.Stdout) != c.Stdout {
		return fmt.Errorf("stdout %q, want %q", res.Stdout, c.Stdout)
	}
	if c.Traceback == "" && len(res.Traceback) > 0 {
		return fmt.Errorf("unexpected traceback %q", res.Traceback)
	}
	if c.Traceback != "" && !strings.HasPrefix(lastLine(res.Traceback), c.Traceback) {
		return fmt.Errorf("traceback %q, want last line starting %q", res.Traceback, c.Traceback)
	}
	return nil
}

// DeviceConformance runs the protocol table against the device that dial
// connects to, once with raw-paste allowed and once with the standard
// upload only. dial is called once per subtest and must return a transport
// to a device in any REPL state; the test closes it. opt tunes the host
// (zero value: defaults). Every step has its own deadline, so a broken
// device fails the test instead of hanging it.
func DeviceConformance(t *testing.T, dial func(t *testing.T) transport.Transport, opt rawrepl.Options) {
	t.Helper()
	for _, mode := range []struct {
		name  string
		paste rawrepl.RawPasteMode
	}{{"raw-paste", rawrepl.RawPasteAuto}, {"standard", rawrepl.RawPasteNever}} {
		t.Run(mode.name, func(t *testing.T) {
			o := opt
			o.RawPaste = mode.paste
			tr := dial(t)
			defer tr.Close()
			c := rawrepl.New(tr, o)
			step := func(d time.Duration) (context.Context, context.CancelFunc) {
				return context.WithTimeout(context.Background(), d)
			}
			ctx, cancel := step(10 * time.Second)
			err := c.Enter(ctx)
			cancel()
			if err != nil {
				t.Fatalf("Enter: %v", err)
			}
			ctx, cancel = step(10 * time.Second)
			err = c.SoftReset(ctx)
			cancel()
			if err != nil {
				t.Fatalf("SoftReset: %v", err)
			}
			for _, tc := range Cases {
				ctx, cancel := step(10 * time.Second)
				res, err := c.Exec(ctx, []byte(tc.Code))
				cancel()
				if err != nil {
					t.Fatalf("%s: Exec: %v", tc.Name, err)
				}
				if err := tc.Check(res); err != nil {
					t.Errorf("%s: %v", tc.Name, err)
				}
				if mode.paste == rawrepl.RawPasteNever && res.RawPaste {
					t.Errorf("%s: raw-paste used though disabled", tc.Name)
				}
			}

			// A program that never ends: the overall deadline stops the
			// read, Interrupt brings the device back.
			ctx, cancel = step(300 * time.Millisecond)
			_, err = c.Exec(ctx, []byte("while True: pass\n"))
			cancel()
			if !errors.Is(err, rawrepl.ErrDeadline) {
				t.Fatalf("endless loop: err %v, want ErrDeadline", err)
			}
			ctx, cancel = step(10 * time.Second)
			err = c.Interrupt(ctx)
			cancel()
			if err != nil {
				t.Fatalf("Interrupt: %v", err)
			}
			ctx, cancel = step(10 * time.Second)
			res, err := c.Exec(ctx, []byte("print(7)\n"))
			cancel()
			if err != nil || string(res.Stdout) != "7\r\n" {
				t.Fatalf("after interrupt: %q, %v", res.Stdout, err)
			}

			// Leave to the friendly REPL and come back.
			ctx, cancel = step(10 * time.Second)
			err = c.Leave(ctx)
			cancel()
			if err != nil {
				t.Fatalf("Leave: %v", err)
			}
			ctx, cancel = step(10 * time.Second)
			err = c.Enter(ctx)
			cancel()
			if err != nil {
				t.Fatalf("Enter after Leave: %v", err)
			}
			ctx, cancel = step(10 * time.Second)
			res, err = c.Exec(ctx, []byte("print(8)\n"))
			cancel()
			if err != nil || string(res.Stdout) != "8\r\n" {
				t.Fatalf("after re-entry: %q, %v", res.Stdout, err)
			}
		})
	}
}
