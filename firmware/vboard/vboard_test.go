package vboard

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/mptest/mptest/runners/rawrepl"
	"github.com/mptest/mptest/runners/rawrepl/rawrepltest"
	"github.com/mptest/mptest/runners/transport"
)

func startBoard(t *testing.T, cfg Config) *Board {
	t.Helper()
	b, err := Start(cfg)
	if err != nil {
		t.Skipf("no pty: %v", err)
	}
	t.Cleanup(func() {
		if err := b.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return b
}

func TestConformancePTY(t *testing.T) {
	b := startBoard(t, Config{Profile: "pyboard"})
	rawrepltest.DeviceConformance(t, func(t *testing.T) transport.Transport {
		f, err := transport.OpenFile(b.Path())
		if err != nil {
			t.Fatal(err)
		}
		return f
	}, rawrepl.Options{})
}

func TestConformanceTelnet(t *testing.T) {
	b := startBoard(t, Config{Profile: "esp32"})
	addr, err := b.ServeTelnet(TelnetConfig{Addr: "127.0.0.1:0"})
	if err != nil {
		t.Skipf("no loopback TCP: %v", err)
	}
	rawrepltest.DeviceConformance(t, func(t *testing.T) transport.Transport {
		tr, err := transport.DialTelnet(addr, "micro", "python", 5*time.Second)
		if err != nil {
			t.Fatal(err)
		}
		return tr
	}, rawrepl.Options{})
}

func TestTelnetLogin(t *testing.T) {
	b := startBoard(t, Config{Profile: "esp32"})
	addr, err := b.ServeTelnet(TelnetConfig{Addr: "127.0.0.1:0"})
	if err != nil {
		t.Skipf("no loopback TCP: %v", err)
	}
	if _, err := transport.DialTelnet(addr, "micro", "wrong", 3*time.Second); err == nil {
		t.Error("login with a wrong password succeeded")
	}
	if _, err := b.ServeTelnet(TelnetConfig{Addr: "0.0.0.0:0"}); err == nil {
		t.Error("a non-loopback address was accepted without AllowRemote")
	}
}

// session is a person at a terminal on the board's pty.
type session struct {
	t  *testing.T
	f  transport.Transport
	rd []byte
}

func (s *session) send(keys string) {
	s.t.Helper()
	if _, err := s.f.Write([]byte(keys)); err != nil {
		s.t.Fatalf("send %q: %v", keys, err)
	}
}

// expect reads until want appears (within 5 s) and returns what came
// before it.
func (s *session) expect(want string) string {
	s.t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	buf := make([]byte, 4096)
	for {
		if i := bytes.Index(s.rd, []byte(want)); i >= 0 {
			before := string(s.rd[:i])
			s.rd = s.rd[i+len(want):]
			return before
		}
		s.f.SetReadDeadline(deadline)
		n, err := s.f.Read(buf)
		s.rd = append(s.rd, buf[:n]...)
		if err != nil && n == 0 {
			s.t.Fatalf("waiting for %q: %v; got %q", want, err, s.rd)
		}
	}
}

func TestInteractiveSession(t *testing.T) {
	b := startBoard(t, Config{Profile: "pyboard"})
	f, err := transport.OpenFile(b.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s := &session{t: t, f: f}
	s.send("\r")
	s.expect(">>> ")
	// Ctrl-D: soft reset, banner.
	s.send("\x04")
	s.expect("MPY: soft reboot\r\n")
	banner := s.expect("\r\n")
	if !strings.HasPrefix(banner, "MicroPython-compatible refinterp v") || !strings.HasSuffix(banner, "; PYBv1.1 with STM32F405RG") {
		t.Errorf("banner %q", banner)
	}
	s.expect("Type \"help()\" for more information.\r\n>>> ")
	s.send("1+1\r")
	if got := s.expect(">>> "); got != "1+1\r\n2\r\n" {
		t.Errorf("1+1: %q", got)
	}
	// Typing errors fixed with backspace.
	s.send("3*x\x7f4\r")
	if got := s.expect(">>> "); !strings.HasSuffix(got, "\r\n12\r\n") {
		t.Errorf("backspace: %q", got)
	}
	s.send("x = 5\r")
	s.expect(">>> ")
	s.send("for i in range(3):\r")
	s.expect("... ")
	s.send("    print(i * x)\r")
	s.expect("... ")
	s.send("\r")
	if got := s.expect(">>> "); !strings.HasSuffix(got, "\r\n0\r\n5\r\n10\r\n") {
		t.Errorf("for loop: %q", got)
	}
	// Ctrl-C stops an endless loop.
	s.send("while True:\r")
	s.expect("... ")
	s.send("    pass\r\r")
	time.Sleep(100 * time.Millisecond)
	s.send("\x03")
	if got := s.expect(">>> "); !strings.Contains(got, "KeyboardInterrupt") {
		t.Errorf("Ctrl-C: %q", got)
	}
	// Soft reset forgets x.
	s.send("\x04")
	s.expect("MPY: soft reboot\r\n")
	s.expect(">>> ")
	s.send("x\r")
	if got := s.expect(">>> "); !strings.Contains(got, "NameError") {
		t.Errorf("after soft reset: %q", got)
	}
	// Paste mode.
	s.send("\x05")
	s.expect("=== ")
	s.send("def f():\r    return 42\rprint(f())\r\x04")
	if got := s.expect(">>> "); !strings.HasSuffix(got, "42\r\n") {
		t.Errorf("paste mode: %q", got)
	}
	// The LED the program turns on is visible from Go.
	s.send("import pyb; pyb.LED(2).on()\r")
	s.expect(">>> ")
	if v, _ := b.Device.HW().LED(2); v != 255 {
		t.Errorf("LED 2 = %d after on()", v)
	}
}

// TestRecovery sends bad input; the board must come back to a prompt.
func TestRecovery(t *testing.T) {
	b := startBoard(t, Config{Profile: "pyboard"})
	ctx := func() (context.Context, context.CancelFunc) {
		return context.WithTimeout(context.Background(), 10*time.Second)
	}
	open := func() (transport.Transport, *rawrepl.Conn) {
		f, err := transport.OpenFile(b.Path())
		if err != nil {
			t.Fatal(err)
		}
		return f, rawrepl.New(f, rawrepl.Options{})
	}
	check := func(c *rawrepl.Conn, what string) {
		t.Helper()
		cx, cancel := ctx()
		defer cancel()
		if err := c.Enter(cx); err != nil {
			t.Fatalf("%s: Enter: %v", what, err)
		}
		res, err := c.Exec(cx, []byte("print(6*7)"))
		if err != nil || string(res.Stdout) != "42\r\n" {
			t.Fatalf("%s: after recovery %q %q %v", what, res.Stdout, res.Traceback, err)
		}
	}
	tests := []struct {
		name string
		do   func(f transport.Transport, c *rawrepl.Conn)
	}{
		{"random bytes", func(f transport.Transport, c *rawrepl.Conn) {
			junk := make([]byte, 64<<10)
			x := uint32(1)
			for i := range junk {
				x = x*1664525 + 1013904223
				junk[i] = byte(x >> 24)
			}
			f.Write(junk)
		}},
		{"1 MB upload", func(f transport.Transport, c *rawrepl.Conn) {
			cx, cancel := ctx()
			defer cancel()
			c.Enter(cx)
			res, err := c.Exec(cx, bytes.Repeat([]byte("x = 1 # padding padding padding\n"), 1<<20/32))
			if err != nil || !strings.Contains(string(res.Traceback), "MemoryError") {
				t.Errorf("1 MB upload: %q %v", res.Traceback, err)
			}
		}},
		{"disconnect mid-paste", func(f transport.Transport, c *rawrepl.Conn) {
			f.Write([]byte("\r\x03\x03\r\x01"))
			time.Sleep(50 * time.Millisecond)
			f.Write([]byte("\x05A\x01print(1)\nprint("))
			time.Sleep(50 * time.Millisecond)
		}},
		{"Ctrl-C during raw-paste", func(f transport.Transport, c *rawrepl.Conn) {
			f.Write([]byte("\r\x03\x03\r\x01"))
			time.Sleep(50 * time.Millisecond)
			f.Write([]byte("\x05A\x01print(1)\n\x03"))
			time.Sleep(50 * time.Millisecond)
		}},
		{"endless output", func(f transport.Transport, c *rawrepl.Conn) {
			f.Write([]byte("\r\x03\x03\r\x01while True: print('spam')\n\x04"))
			time.Sleep(100 * time.Millisecond)
		}},
	}
	for _, tc := range tests {
		f, c := open()
		tc.do(f, c)
		f.Close()
		f, c = open()
		if tc.name == "endless output" {
			// Stop the program first: its backlog may hold an old banner.
			f.Write([]byte("\r\x03\x03"))
		}
		quiet(t, f)
		check(c, tc.name)
		f.Close()
	}
}

// quiet reads until the board has been silent for 200 ms (the board may
// still be working through queued input), at most 20 s.
func quiet(t *testing.T, f transport.Transport) {
	t.Helper()
	end := time.Now().Add(20 * time.Second)
	buf := make([]byte, 4096)
	for time.Now().Before(end) {
		f.SetReadDeadline(time.Now().Add(200 * time.Millisecond))
		n, err := f.Read(buf)
		if n == 0 && transport.IsTimeout(err) {
			f.SetReadDeadline(time.Time{})
			return
		}
	}
	t.Fatal("the board never went quiet")
}

// TestTelnetWithIdlePTY: a lot of output over telnet while nobody reads
// the pty must not be held up by the full pty.
func TestTelnetWithIdlePTY(t *testing.T) {
	b := startBoard(t, Config{Profile: "esp32"})
	addr, err := b.ServeTelnet(TelnetConfig{Addr: "127.0.0.1:0"})
	if err != nil {
		t.Skipf("no loopback TCP: %v", err)
	}
	tr, err := transport.DialTelnet(addr, "micro", "python", 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer tr.Close()
	c := rawrepl.New(tr, rawrepl.Options{})
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := c.Enter(ctx); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	res, err := c.Exec(ctx, []byte("for i in range(4000):\n    print('line', i)\n"))
	if err != nil || !strings.HasSuffix(string(res.Stdout), "line 3999\r\n") {
		t.Fatalf("%v, output ends %q", err, res.Stdout[max(0, len(res.Stdout)-40):])
	}
	if d := time.Since(start); d > 8*time.Second {
		t.Errorf("48 KB of output took %v", d)
	}
}
