package rawrepl_test

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/mptest/mptest/runners/rawrepl"
	"github.com/mptest/mptest/runners/rawrepl/rawrepltest"
	"github.com/mptest/mptest/runners/transport"
)

// ctxFor returns a context with deadline d and registers its cancel.
func ctxFor(t *testing.T, d time.Duration) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return ctx
}

// connect dials a fake device and enters its raw REPL.
func connect(t *testing.T, cfg rawrepltest.Config, opt rawrepl.Options) (*rawrepl.Conn, *rawrepltest.FakeDevice) {
	t.Helper()
	tr, dev := rawrepltest.Dial(cfg)
	t.Cleanup(func() { tr.Close() })
	c := rawrepl.New(tr, opt)
	if err := c.Enter(ctxFor(t, 5*time.Second)); err != nil {
		t.Fatalf("Enter: %v", err)
	}
	return c, dev
}

func TestRawPasteNegotiation(t *testing.T) {
	long := strings.Repeat("print(12345)\n", 50) // 650 bytes: several windows
	for _, tc := range []struct {
		name          string
		cfg           rawrepltest.Config
		wantPaste     bool
		wantRequests  int // after three Execs: the fallback is remembered
		wantTraceback string
	}{
		{"supported", rawrepltest.Config{Paste: rawrepltest.PasteYes}, true, 3, ""},
		{"window-1", rawrepltest.Config{Paste: rawrepltest.PasteYes, Window: 1}, true, 3, ""},
		{"window-300", rawrepltest.Config{Paste: rawrepltest.PasteYes, Window: 300}, true, 3, ""},
		{"refused", rawrepltest.Config{Paste: rawrepltest.PasteRefuse}, false, 1, ""},
		{"old-firmware", rawrepltest.Config{Paste: rawrepltest.PasteUnknown}, false, 1, ""},
		{"early-end", rawrepltest.Config{Paste: rawrepltest.PasteYes, AbortPasteAfter: 10}, true, 3, "SyntaxError"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, dev := connect(t, tc.cfg, rawrepl.Options{})
			for i := range 3 {
				res, err := c.Exec(ctxFor(t, 5*time.Second), []byte(long))
				if err != nil {
					t.Fatalf("Exec %d: %v", i, err)
				}
				if res.RawPaste != tc.wantPaste {
					t.Errorf("Exec %d: RawPaste = %v, want %v", i, res.RawPaste, tc.wantPaste)
				}
				if tc.wantTraceback != "" {
					if !bytes.Contains(res.Traceback, []byte(tc.wantTraceback)) {
						t.Errorf("Exec %d: traceback %q, want %s", i, res.Traceback, tc.wantTraceback)
					}
					continue
				}
				if want := strings.Repeat("12345\r\n", 50); string(res.Stdout) != want || len(res.Traceback) != 0 {
					t.Errorf("Exec %d: stdout %q traceback %q", i, res.Stdout, res.Traceback)
				}
			}
			if got, known := c.RawPasteSupported(); !known || got != tc.wantPaste {
				t.Errorf("RawPasteSupported = %v, %v; want %v, true", got, known, tc.wantPaste)
			}
			_, requests, _ := dev.Stats()
			if requests != tc.wantRequests {
				t.Errorf("device saw %d raw-paste requests, want %d", requests, tc.wantRequests)
			}
			if v := dev.Violations(); len(v) > 0 {
				t.Errorf("flow-control violations: %v", v)
			}
		})
	}
}

// TestFailures covers devices that misbehave: each must end with the
// expected error well within the test's own bound.
func TestFailures(t *testing.T) {
	for _, tc := range []struct {
		name       string
		code       string
		opt        rawrepl.Options
		deadline   time.Duration
		want       error
		wantStdout string
	}{
		{"prints-forever", "# fake:spam\n", rawrepl.Options{OutputIdle: time.Second}, 300 * time.Millisecond, rawrepl.ErrDeadline, ""},
		{"silent-mid-output", "print(1)\n# fake:silent\n", rawrepl.Options{OutputIdle: 200 * time.Millisecond}, 5 * time.Second, rawrepl.ErrIdle, "1\r\npartial"},
		{"endless-loop", "while True: pass\n", rawrepl.Options{}, 200 * time.Millisecond, rawrepl.ErrDeadline, ""},
		{"disconnect", "print(2)\n# fake:hangup\n", rawrepl.Options{}, 5 * time.Second, rawrepl.ErrDisconnected, "2\r\npartial"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, _ := connect(t, rawrepltest.Config{}, tc.opt)
			start := time.Now()
			res, err := c.Exec(ctxFor(t, tc.deadline), []byte(tc.code))
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
			if el := time.Since(start); el > tc.deadline+2*time.Second {
				t.Errorf("took %v", el)
			}
			if tc.wantStdout != "" && string(res.Stdout) != tc.wantStdout {
				t.Errorf("partial stdout %q, want %q", res.Stdout, tc.wantStdout)
			}
		})
	}
}

// script is a device that answers each expected input with a canned reply.
type script []struct {
	expect string // read until the input ends with this
	reply  string
}

func runScript(t *testing.T, s script) transport.Transport {
	host, dev := transport.Pipe()
	go func() {
		defer dev.Close()
		var in []byte
		buf := make([]byte, 256)
		for _, st := range s {
			for !bytes.HasSuffix(in, []byte(st.expect)) {
				n, err := dev.Read(buf)
				if err != nil {
					return
				}
				in = append(in, buf[:n]...)
			}
			in = nil
			if _, err := dev.Write([]byte(st.reply)); err != nil {
				return
			}
		}
		// Then stay silent until the host closes.
		for {
			if _, err := dev.Read(buf); err != nil {
				return
			}
		}
	}()
	t.Cleanup(func() { host.Close() })
	return host
}

// TestScripted checks exchanges byte for byte against hand-written device
// transcripts, including the documented raw-paste exchange.
func TestScripted(t *testing.T) {
	enter := struct{ expect, reply string }{"\r\x01", "\r\n>>> \r\nraw REPL; CTRL-B to exit\r\n>"}
	for _, tc := range []struct {
		name       string
		s          script
		opt        rawrepl.Options
		want       error
		wantStdout string
	}{
		{"documented-raw-paste", script{enter,
			{"\x05A\x01", "R\x01\x80\x00\x01"},
			{"print(123)\x04", "\x04123\r\n\x04\x04>"}}, rawrepl.Options{}, nil, "123\r\n"},
		{"standard", script{enter,
			{"print(1)\x04", "OK1\r\n\x04\x04>"}}, rawrepl.Options{RawPaste: rawrepl.RawPasteNever}, nil, "1\r\n"},
		{"reset-during-upload", script{enter,
			{"print(1)\x04", "\r\nsoft reboot\r\nraw REPL; CTRL-B to exit\r\n>"}}, rawrepl.Options{RawPaste: rawrepl.RawPasteNever}, rawrepl.ErrDeviceReset, ""},
		{"garbage-paste-answer", script{enter,
			{"\x05A\x01", "zz"}}, rawrepl.Options{}, rawrepl.ErrProtocol, ""},
		{"bad-flow-byte", script{enter,
			{"\x05A\x01", "R\x01\x80\x00\x01"},
			{"print(1)\x04", "?"}}, rawrepl.Options{CharTimeout: 200 * time.Millisecond}, rawrepl.ErrProtocol, ""},
		{"reset-during-raw-paste", script{enter,
			{"\x05A\x01", "R\x01\x80\x00\x01"},
			{"print(1)\x04", "\r\nsoft reboot\r\nraw REPL; CTRL-B to exit\r\n>"}}, rawrepl.Options{}, rawrepl.ErrDeviceReset, ""},
		{"zero-window", script{enter,
			{"\x05A\x01", "R\x01\x00\x00\x01"}}, rawrepl.Options{}, rawrepl.ErrProtocol, ""},
		{"no-ok", script{enter,
			{"print(1)\x04", "OX"}}, rawrepl.Options{RawPaste: rawrepl.RawPasteNever, CharTimeout: 100 * time.Millisecond}, rawrepl.ErrProtocol, ""},
		{"silent-after-upload", script{enter}, rawrepl.Options{RawPaste: rawrepl.RawPasteNever, CharTimeout: 100 * time.Millisecond}, rawrepl.ErrIdle, ""},
		{"no-prompt-after-output", script{enter,
			{"print(1)\x04", "OK1\r\n\x04\x04?"}}, rawrepl.Options{RawPaste: rawrepl.RawPasteNever}, rawrepl.ErrProtocol, "1\r\n"},
		{"silent-after-paste-request", script{enter}, rawrepl.Options{CharTimeout: 100 * time.Millisecond}, rawrepl.ErrIdle, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := rawrepl.New(runScript(t, tc.s), tc.opt)
			if err := c.Enter(ctxFor(t, 2*time.Second)); err != nil {
				t.Fatalf("Enter: %v", err)
			}
			code := "print(1)"
			if strings.HasPrefix(tc.name, "documented") {
				code = "print(123)"
			}
			res, err := c.Exec(ctxFor(t, 2*time.Second), []byte(code))
			if !errors.Is(err, tc.want) || (tc.want == nil) != (err == nil) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
			if string(res.Stdout) != tc.wantStdout {
				t.Errorf("stdout %q, want %q", res.Stdout, tc.wantStdout)
			}
		})
	}
}

func TestEnterSilentDevice(t *testing.T) {
	c := rawrepl.New(runScript(t, nil), rawrepl.Options{CharTimeout: 100 * time.Millisecond})
	start := time.Now()
	err := c.Enter(ctxFor(t, 500*time.Millisecond))
	if !errors.Is(err, rawrepl.ErrIdle) && !errors.Is(err, rawrepl.ErrDeadline) {
		t.Fatalf("Enter on a silent device: %v, want ErrIdle or ErrDeadline", err)
	}
	if el := time.Since(start); el > 1500*time.Millisecond {
		t.Errorf("Enter took %v with a 500ms deadline", el)
	}
}

func TestSoftResetAndLeave(t *testing.T) {
	c, dev := connect(t, rawrepltest.Config{}, rawrepl.Options{})
	for range 3 {
		if err := c.SoftReset(ctxFor(t, 2*time.Second)); err != nil {
			t.Fatalf("SoftReset: %v", err)
		}
	}
	if resets, _, _ := dev.Stats(); resets != 3 {
		t.Errorf("device saw %d soft resets, want 3", resets)
	}
	if err := c.Leave(ctxFor(t, 2*time.Second)); err != nil {
		t.Fatalf("Leave: %v", err)
	}
}

func TestMaxOutput(t *testing.T) {
	c, _ := connect(t, rawrepltest.Config{}, rawrepl.Options{MaxOutput: 10})
	res, err := c.Exec(ctxFor(t, 2*time.Second), []byte(strings.Repeat("print(123456)\n", 5)))
	if err != nil {
		t.Fatal(err)
	}
	if !res.Truncated || len(res.Stdout) != 10 {
		t.Errorf("stdout %q truncated=%v, want 10 bytes, truncated", res.Stdout, res.Truncated)
	}
}

// TestCancel: cancelling the context ends a wait at once, even without a
// deadline.
func TestCancel(t *testing.T) {
	c, _ := connect(t, rawrepltest.Config{}, rawrepl.Options{DefaultDeadline: time.Minute})
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel)
	start := time.Now()
	_, err := c.Exec(ctx, []byte("while True: pass\n"))
	if !errors.Is(err, rawrepl.ErrDeadline) {
		t.Fatalf("err %v, want ErrDeadline", err)
	}
	if el := time.Since(start); el > 2*time.Second {
		t.Errorf("cancel took %v", el)
	}
}
