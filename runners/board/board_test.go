package board

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/mptest/mptest/runners"
	"github.com/mptest/mptest/runners/rawrepl"
	"github.com/mptest/mptest/runners/rawrepl/rawrepltest"
	"github.com/mptest/mptest/runners/transport"
)

// fakeLink serves fake devices; powerCycle, if set, gives a fresh device.
type fakeLink struct {
	cfg    rawrepltest.Config
	dials  int
	cycles int
}

func (f *fakeLink) link(powerCycle bool) Link {
	l := Link{Dial: func(context.Context) (transport.Transport, error) {
		f.dials++
		tr, _ := rawrepltest.Dial(f.cfg)
		return tr, nil
	}}
	if powerCycle {
		l.PowerCycle = func(context.Context) error { f.cycles++; return nil }
	}
	return l
}

func fastConfig() Config {
	c, _ := ParseConfig(runners.Options{Timeout: 300 * time.Millisecond, Settings: map[string]string{
		"recover-timeout": "200ms", "char-timeout": "100ms",
	}})
	return c
}

// TestRunClassification runs one test per row on a fake device and checks
// the Outcome fields a harness relies on.
func TestRunClassification(t *testing.T) {
	for _, tc := range []struct {
		name     string
		paste    rawrepltest.PasteSupport
		src      string
		status   runners.Status
		stdout   string
		stderr   string // substring
		exitCode int
		errHas   string
	}{
		{"pass", rawrepltest.PasteYes, "print(1)\nprint('a')\n", runners.Exited, "1\na\n", "", 0, ""},
		{"raise", rawrepltest.PasteYes, "print(1)\n1/0\n", runners.Exited, "1\n", "ZeroDivisionError", 1, ""},
		{"memory-error", rawrepltest.PasteYes, "x = bytearray(99999)\n", runners.TooLarge, "", "MemoryError", 1, "free heap 10000 bytes"},
		{"memory-error-after-output", rawrepltest.PasteYes, "print(5)\nx = bytearray(99999)\n", runners.Exited, "5\n", "MemoryError", 1, ""},
		{"reset-during-upload", rawrepltest.PasteRefuse, "# fake:reset\n", runners.TooLarge, "", "", 0, "reset during upload"},
		{"reset-during-raw-paste", rawrepltest.PasteYes, "# fake:reset\n", runners.TooLarge, "", "", 0, "reset during upload"},
		{"endless", rawrepltest.PasteYes, "while True: pass\n", runners.TimedOut, "", "", 0, "no result within"},
		{"prints-forever", rawrepltest.PasteYes, "# fake:spam\n", runners.TimedOut, "", "", 0, "deadline"},
		{"syntax-error", rawrepltest.PasteUnknown, "1 +\n", runners.Exited, "", "SyntaxError", 1, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fl := &fakeLink{cfg: rawrepltest.Config{Paste: tc.paste}}
			b := New("fake", fastConfig(), fl.link(false))
			defer b.Close()
			out, err := b.Run(context.Background(), runners.Test{Name: tc.name, Source: []byte(tc.src)})
			if err != nil {
				t.Fatalf("Run: %v", err)
			}
			if out.Status != tc.status {
				t.Errorf("status %v (%v), want %v", out.Status, out.Err, tc.status)
			}
			if tc.status != runners.TimedOut && string(out.Stdout) != tc.stdout {
				t.Errorf("stdout %q, want %q", out.Stdout, tc.stdout)
			}
			if !strings.Contains(string(out.Stderr), tc.stderr) || strings.Contains(string(out.Stderr), "\r") {
				t.Errorf("stderr %q, want it to contain %q with \\n line ends", out.Stderr, tc.stderr)
			}
			if out.ExitCode != tc.exitCode {
				t.Errorf("exit code %d, want %d", out.ExitCode, tc.exitCode)
			}
			if tc.errHas != "" && (out.Err == nil || !strings.Contains(out.Err.Error(), tc.errHas)) {
				t.Errorf("Err %v, want it to mention %q", out.Err, tc.errHas)
			}
			// The board must be usable for the next test.
			next, err := b.Run(context.Background(), runners.Test{Name: "next", Source: []byte("print(42)\n")})
			if err != nil || next.Status != runners.Exited || string(next.Stdout) != "42\n" {
				t.Errorf("next test: %v %v %q", err, next.Status, next.Stdout)
			}
		})
	}
}

// TestRecovery covers a firmware that no longer answers even Ctrl-C: an
// emulated board is power-cycled and the run goes on; a real board without
// a reset line aborts the target after bounded re-entries.
func TestRecovery(t *testing.T) {
	for _, tc := range []struct {
		name       string
		powerCycle bool
		wantAbort  bool
	}{
		{"emulated", true, false},
		{"real", false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fl := &fakeLink{}
			b := New("fake", fastConfig(), fl.link(tc.powerCycle))
			defer b.Close()
			start := time.Now()
			out, err := b.Run(context.Background(), runners.Test{Name: "deaf", Source: []byte("# fake:deaf\n")})
			if el := time.Since(start); el > 5*time.Second {
				t.Errorf("recovery took %v", el)
			}
			if tc.wantAbort {
				if err == nil {
					t.Fatalf("Run = %v, nil; want the target aborted", out.Status)
				}
				if _, err2 := b.Run(context.Background(), runners.Test{Name: "x", Source: []byte("print(1)")}); err2 == nil {
					t.Error("aborted target ran another test")
				}
				return
			}
			if err != nil {
				t.Fatalf("Run: %v", err)
			}
			if out.Status != runners.TimedOut {
				t.Errorf("status %v, want timeout", out.Status)
			}
			if fl.cycles != 1 || fl.dials != 2 {
				t.Errorf("power cycles %d dials %d, want 1 and 2", fl.cycles, fl.dials)
			}
			next, err := b.Run(context.Background(), runners.Test{Name: "next", Source: []byte("print(3)\n")})
			if err != nil || string(next.Stdout) != "3\n" {
				t.Errorf("after power cycle: %v %q", err, next.Stdout)
			}
		})
	}
}

// TestCancelledRun: a cancelled context ends the run at once, without
// recovery, and the next run works.
func TestCancelledRun(t *testing.T) {
	fl := &fakeLink{}
	cfg := fastConfig()
	cfg.Timeout = time.Minute
	b := New("fake", cfg, fl.link(false))
	defer b.Close()
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel)
	start := time.Now()
	out, err := b.Run(ctx, runners.Test{Name: "loop", Source: []byte("while True: pass\n")})
	if err != nil || out.Status != runners.Failed || !errors.Is(out.Err, context.Canceled) {
		t.Fatalf("cancelled run: %v %v %v", err, out.Status, out.Err)
	}
	if el := time.Since(start); el > 2*time.Second {
		t.Errorf("cancel took %v", el)
	}
	next, err := b.Run(context.Background(), runners.Test{Name: "next", Source: []byte("print(5)\n")})
	if err != nil || string(next.Stdout) != "5\n" {
		t.Errorf("after cancel: %v %q", err, next.Stdout)
	}
}

// resettable is a fake transport with a reset line.
type resettable struct {
	transport.Transport
	resets *int
}

func (r resettable) HardReset() error { *r.resets++; return nil }

// TestHardReset: with hard-reset allowed, a deaf board is reset through
// the transport, reopened, and the run goes on; without a reset line the
// target aborts.
func TestHardReset(t *testing.T) {
	for _, withLine := range []bool{true, false} {
		resets := 0
		link := Link{Dial: func(context.Context) (transport.Transport, error) {
			tr, _ := rawrepltest.Dial(rawrepltest.Config{})
			if withLine {
				return resettable{tr, &resets}, nil
			}
			return tr, nil
		}}
		cfg := fastConfig()
		cfg.HardReset = true
		b := New("fake", cfg, link)
		out, err := b.Run(context.Background(), runners.Test{Name: "deaf", Source: []byte("# fake:deaf\n")})
		if !withLine {
			if err == nil || !strings.Contains(err.Error(), "cannot hard-reset") {
				t.Errorf("no reset line: err %v, want an abort", err)
			}
			b.Close()
			continue
		}
		if err != nil || out.Status != runners.TimedOut || resets != 1 {
			t.Fatalf("deaf board: %v %v, %d resets", err, out.Status, resets)
		}
		next, err := b.Run(context.Background(), runners.Test{Name: "next", Source: []byte("print(9)\n")})
		if err != nil || string(next.Stdout) != "9\n" {
			t.Errorf("after hard reset: %v %q", err, next.Stdout)
		}
		b.Close()
	}
}

// TestDisconnectReconnects: a link lost mid-test fails that test and the
// next one runs on a new connection.
func TestDisconnectReconnects(t *testing.T) {
	fl := &fakeLink{}
	b := New("fake", fastConfig(), fl.link(false))
	defer b.Close()
	out, err := b.Run(context.Background(), runners.Test{Name: "hangup", Source: []byte("print(1)\n# fake:hangup\n")})
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	if out.Status != runners.Failed || !errors.Is(out.Err, rawrepl.ErrDisconnected) {
		t.Errorf("status %v err %v, want failed/disconnected", out.Status, out.Err)
	}
	next, err := b.Run(context.Background(), runners.Test{Name: "next", Source: []byte("print(2)\n")})
	if err != nil || string(next.Stdout) != "2\n" || fl.dials != 2 {
		t.Errorf("next: %v %q dials %d", err, next.Stdout, fl.dials)
	}
}

func TestSoftResetPerTest(t *testing.T) {
	for _, tc := range []struct {
		setting string
		want    int
	}{{"true", 3}, {"false", 0}} {
		host, dev := transport.Pipe()
		fd := rawrepltest.NewFakeDevice(rawrepltest.Config{})
		go fd.Serve(dev)
		cfg, err := ParseConfig(runners.Options{Settings: map[string]string{"soft-reset": tc.setting}})
		if err != nil {
			t.Fatal(err)
		}
		b := New("fake", cfg, Link{Dial: func(context.Context) (transport.Transport, error) { return host, nil }})
		for range 3 {
			if _, err := b.Run(context.Background(), runners.Test{Source: []byte("print(1)")}); err != nil {
				t.Fatal(err)
			}
		}
		if resets, _, _ := fd.Stats(); resets != tc.want {
			t.Errorf("soft-reset=%s: %d resets, want %d", tc.setting, resets, tc.want)
		}
		b.Close()
	}
}

func TestParseConfig(t *testing.T) {
	for _, tc := range []struct {
		settings map[string]string
		wantErr  bool
	}{
		{nil, false},
		{map[string]string{"soft-reset": "false", "raw-paste": "never", "chunk-size": "64", "chunk-delay": "1ms"}, false},
		{map[string]string{"soft-reset": "maybe"}, true},
		{map[string]string{"raw-paste": "sometimes"}, true},
		{map[string]string{"chunk-size": "0"}, true},
		{map[string]string{"chunk-size": "32", "chunk-drain": "true"}, false},
		{map[string]string{"chunk-drain": "sometimes"}, true},
		{map[string]string{"char-timeout": "fast"}, true},
	} {
		_, err := ParseConfig(runners.Options{Settings: tc.settings})
		if (err != nil) != tc.wantErr {
			t.Errorf("%v: err %v, want error %v", tc.settings, err, tc.wantErr)
		}
	}
}

func TestOpenSpecs(t *testing.T) {
	for _, tc := range []struct {
		spec    string
		opts    runners.Options
		wantErr string
	}{
		{"serial:", runners.Options{}, "want serial:PORT"},
		{"serial:/dev/ttyX,fast", runners.Options{}, "bad baud"},
		{"pty:", runners.Options{}, "want pty:PATH"},
		{"telnet:", runners.Options{}, "want telnet:HOST"},
		{"qemu:nosuchboard", runners.Options{}, "unknown QEMU machine"},
		{"qemu:microbit", runners.Options{Settings: map[string]string{"qemu": "/nonexistent/qemu"}}, "QEMU binary"},
		{"pyboard", runners.Options{Settings: map[string]string{"vidpid": "fffe:fffd"}}, "no MicroPython board found"},
		{"serial:/dev/ttyX,9600", runners.Options{}, ""},
		{"pty:/dev/pts/99", runners.Options{}, ""},
	} {
		tg, err := runners.Open(tc.spec, tc.opts)
		if tc.wantErr == "" {
			if err != nil {
				t.Errorf("%s: %v", tc.spec, err)
			} else {
				tg.Close()
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
			t.Errorf("%s: err %v, want %q", tc.spec, err, tc.wantErr)
		}
	}
}
