// Package rawrepltest holds test helpers for the raw REPL protocol: a
// scripted fake device that speaks the device side byte for byte, and
// DeviceConformance, one table of protocol scenarios that runs against any
// device reachable as a transport (the fake device, the firmware's device
// side, stock MicroPython under QEMU).
package rawrepltest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/mptest/mptest/runners/transport"
)

// PasteSupport says how a FakeDevice answers a raw-paste request.
type PasteSupport int

const (
	// PasteYes answers R\x01 and serves raw-paste.
	PasteYes PasteSupport = iota
	// PasteRefuse answers R\x00.
	PasteRefuse
	// PasteUnknown behaves like firmware older than raw-paste: Ctrl-E and
	// 'A' are buffered and Ctrl-A re-enters the raw REPL.
	PasteUnknown
)

// Config describes a FakeDevice.
type Config struct {
	Paste  PasteSupport
	Window int // raw-paste window increment (default 128)
	// AbortPasteAfter, if > 0, makes the device stop a raw-paste upload
	// with an early Ctrl-D after that many bytes (as on a syntax error
	// found while compiling the stream) and report a SyntaxError.
	AbortPasteAfter int
	// Heap is the free heap the device reports and the limit for
	// bytearray(N) (default 10000).
	Heap int
}

// FakeDevice is a scripted MicroPython-like device: the friendly REPL, the
// raw REPL, raw-paste and soft reset, byte for byte, running a tiny
// language. Each line of a program is one of:
//
//	print(INT) / print('STR') / print("STR")  prints the value
//	pass                                      does nothing
//	1/0                                       raises ZeroDivisionError
//	while True: pass                          loops until Ctrl-C (KeyboardInterrupt)
//	x = bytearray(N)                          MemoryError if N > Heap
//	import gc;[…;]print(gc.mem_free())        prints Heap
//	import os / import sys                    does nothing
//	print(os.uname().version)                 prints "rawrepltest fake device"
//	# fake:spam                               prints "spam\r\n" forever
//	# fake:silent                             prints "partial" and stops answering
//	# fake:hangup                             prints "partial" and closes the link
//	# fake:deaf                               ignores all input forever (a crashed firmware)
//	# fake:reset                              resets during upload: reboot text and banner instead of OK
//
// Anything else raises SyntaxError. Blank lines and other comments are ignored.
type FakeDevice struct {
	cfg Config
	t   transport.Transport
	in  []byte // unread input

	mu sync.Mutex
	// Violations lists raw-paste flow-control violations (host sent more than its credit).
	violations []string
	resets     int
	pastes     int
	requests   int
}

// NewFakeDevice returns a device with cfg, not yet serving.
func NewFakeDevice(cfg Config) *FakeDevice {
	if cfg.Window <= 0 {
		cfg.Window = 128
	}
	if cfg.Heap <= 0 {
		cfg.Heap = 10000
	}
	return &FakeDevice{cfg: cfg}
}

// Violations returns the flow-control violations seen so far.
func (d *FakeDevice) Violations() []string {
	d.mu.Lock()
	defer d.mu.Unlock()
	return append([]string(nil), d.violations...)
}

// Stats returns how many soft resets, raw-paste requests and raw-paste
// uploads the device saw.
func (d *FakeDevice) Stats() (softResets, pasteRequests, rawPastes int) {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.resets, d.requests, d.pastes
}

// Dial starts a device serving one end of a fresh pipe and returns the
// host's end. The device stops when the host end is closed.
func Dial(cfg Config) (transport.Transport, *FakeDevice) {
	host, dev := transport.Pipe()
	d := NewFakeDevice(cfg)
	go func() {
		_ = d.Serve(dev)
		dev.Close()
	}()
	return host, d
}

// errHangup ends Serve on a "# fake:hangup" program.
var errHangup = errors.New("fake device hung up")

// Serve runs the device on t until t reports EOF or an error.
func (d *FakeDevice) Serve(t transport.Transport) error {
	d.t = t
	err := d.friendly()
	if errors.Is(err, io.EOF) || errors.Is(err, errHangup) || errors.Is(err, io.ErrClosedPipe) {
		return nil
	}
	return err
}

func (d *FakeDevice) readByte() (byte, error) {
	if len(d.in) == 0 {
		buf := make([]byte, 512)
		n, err := d.t.Read(buf)
		if n == 0 {
			if err == nil {
				err = io.ErrNoProgress
			}
			return 0, err
		}
		d.in = buf[:n]
	}
	b := d.in[0]
	d.in = d.in[1:]
	return b, nil
}

// interrupted reports whether a Ctrl-C is waiting in the input, without
// blocking; other waiting input is discarded, as a busy device would.
func (d *FakeDevice) interrupted() bool {
	if len(d.in) == 0 {
		d.t.SetReadDeadline(time.Now())
		buf := make([]byte, 512)
		n, _ := d.t.Read(buf)
		d.t.SetReadDeadline(time.Time{})
		d.in = buf[:n]
	}
	i := bytes.IndexByte(d.in, 0x03)
	if i < 0 {
		d.in = nil
		return false
	}
	d.in = d.in[i+1:]
	return true
}

// peek moves the input that arrives within half a millisecond into the
// device's buffer and returns how many of the buffered bytes precede the
// next Ctrl-D.
func (d *FakeDevice) peek() int {
	d.t.SetReadDeadline(time.Now().Add(500 * time.Microsecond))
	buf := make([]byte, 4096)
	n, _ := d.t.Read(buf)
	d.t.SetReadDeadline(time.Time{})
	d.in = append(d.in, buf[:n]...)
	if i := bytes.IndexByte(d.in, 0x04); i >= 0 {
		return i
	}
	return len(d.in)
}

func (d *FakeDevice) send(s string) error {
	_, err := d.t.Write([]byte(s))
	return err
}

const (
	banner      = "raw REPL; CTRL-B to exit\r\n>"
	friendlyBan = "MicroPython fake-device; rawrepltest\r\nType \"help()\" for more information.\r\n>>> "
)

// friendly is the friendly REPL: it only reacts to control keys.
func (d *FakeDevice) friendly() error {
	for {
		b, err := d.readByte()
		if err != nil {
			return err
		}
		switch b {
		case 0x01:
			if err := d.send("\r\n" + banner); err != nil {
				return err
			}
			return d.raw()
		case 0x03, '\r':
			if err := d.send("\r\n>>> "); err != nil {
				return err
			}
		case 0x04:
			if err := d.send("soft reboot\r\n" + friendlyBan); err != nil {
				return err
			}
		}
	}
}

// raw is the raw REPL loop.
func (d *FakeDevice) raw() error {
	var line []byte
	for {
		b, err := d.readByte()
		if err != nil {
			return err
		}
		switch b {
		case 0x01:
			line = line[:0]
			if err := d.send(banner); err != nil {
				return err
			}
		case 0x02:
			if err := d.send("\r\n" + friendlyBan); err != nil {
				return err
			}
			return d.friendly()
		case 0x03:
			line = line[:0]
		case 0x04:
			if len(line) == 0 {
				d.mu.Lock()
				d.resets++
				d.mu.Unlock()
				if err := d.send("OK\r\nsoft reboot\r\n" + banner); err != nil {
					return err
				}
				continue
			}
			if strings.Contains(string(line), "# fake:reset") {
				line = line[:0]
				if err := d.send("\r\nsoft reboot\r\n" + banner); err != nil {
					return err
				}
				continue
			}
			if err := d.send("OK"); err != nil {
				return err
			}
			if err := d.run(string(line)); err != nil {
				return err
			}
			line = line[:0]
		case 0x05:
			if len(line) == 0 {
				d.mu.Lock()
				d.requests++
				d.mu.Unlock()
			}
			if len(line) == 0 && d.cfg.Paste != PasteUnknown {
				if err := d.pasteRequest(); err != nil {
					return err
				}
				continue
			}
			line = append(line, b)
		default:
			line = append(line, b)
		}
	}
}

// pasteRequest handles Ctrl-E at an empty raw REPL buffer.
func (d *FakeDevice) pasteRequest() error {
	a, err := d.readByte()
	if err != nil {
		return err
	}
	c, err := d.readByte()
	if err != nil {
		return err
	}
	if a != 'A' || c != 0x01 {
		return fmt.Errorf("fake device: bad raw-paste request %q %q", a, c)
	}
	if d.cfg.Paste == PasteRefuse {
		return d.send("R\x00")
	}
	d.mu.Lock()
	d.pastes++
	d.mu.Unlock()
	w := d.cfg.Window
	if err := d.send(string([]byte{'R', 0x01, byte(w), byte(w >> 8), 0x01})); err != nil {
		return err
	}
	// The host starts with W of credit and the \x01 above grants W more.
	granted, received, consumed := 2*w, 0, 0
	var code []byte
	for {
		b, err := d.readByte()
		if err != nil {
			return err
		}
		if b == 0x04 {
			break
		}
		received++
		if received > granted {
			d.mu.Lock()
			d.violations = append(d.violations, fmt.Sprintf("byte %d sent with only %d granted", received, granted))
			d.mu.Unlock()
		}
		code = append(code, b)
		if d.cfg.AbortPasteAfter > 0 && received >= d.cfg.AbortPasteAfter {
			// Stop reading: signal, then skip to the host's Ctrl-D.
			if err := d.send("\x04"); err != nil {
				return err
			}
			for {
				b, err := d.readByte()
				if err != nil {
					return err
				}
				if b == 0x04 {
					break
				}
			}
			return d.send("\x04" + traceback(1, "SyntaxError: invalid syntax") + "\x04>")
		}
		if consumed++; consumed == w {
			// Before granting more, look at what the host has already
			// sent: it must not exceed what was granted so far.
			if pending := d.peek(); received+pending > granted {
				d.mu.Lock()
				d.violations = append(d.violations, fmt.Sprintf("%d bytes sent with only %d granted", received+pending, granted))
				d.mu.Unlock()
			}
			consumed = 0
			granted += w
			if err := d.send("\x01"); err != nil {
				return err
			}
		}
	}
	if strings.Contains(string(code), "# fake:reset") {
		return d.send("\r\nsoft reboot\r\n" + banner)
	}
	if err := d.send("\x04"); err != nil {
		return err
	}
	return d.run(string(code))
}

func traceback(line int, last string) string {
	return "Traceback (most recent call last):\r\n  File \"<stdin>\", line " + strconv.Itoa(line) + ", in <module>\r\n" + last + "\r\n"
}

// run executes a program and sends stdout, \x04, traceback, \x04, '>'.
func (d *FakeDevice) run(prog string) error {
	var out bytes.Buffer
	tb := ""
	for i, line := range strings.Split(strings.ReplaceAll(prog, "\r\n", "\n"), "\n") {
		line = strings.TrimSpace(line)
		n := i + 1
		switch {
		case line == "" || line == "pass":
		case line == "# fake:spam":
			if err := d.send(out.String()); err != nil {
				return err
			}
			for {
				if err := d.send("spam\r\n"); err != nil {
					return err
				}
				if d.interrupted() {
					tb = traceback(n, "KeyboardInterrupt: ")
					return d.send("\x04" + tb + "\x04>")
				}
			}
		case line == "# fake:silent":
			if err := d.send(out.String() + "partial"); err != nil {
				return err
			}
			// Read and ignore everything until the link closes.
			for {
				if _, err := d.readByte(); err != nil {
					return err
				}
			}
		case line == "# fake:deaf":
			for {
				if _, err := d.readByte(); err != nil {
					return err
				}
			}
		case line == "# fake:hangup":
			if err := d.send(out.String() + "partial"); err != nil {
				return err
			}
			d.t.Close()
			return errHangup
		case strings.HasPrefix(line, "#"):
		case line == "import os" || line == "import sys" || line == "import micropython":
		case line == "print(os.uname().version)":
			out.WriteString("rawrepltest fake device\r\n")
		case line == "1/0":
			tb = traceback(n, "ZeroDivisionError: division by zero")
		case line == "while True: pass":
			if err := d.send(out.String()); err != nil {
				return err
			}
			out.Reset()
			for {
				b, err := d.readByte()
				if err != nil {
					return err
				}
				if b == 0x03 {
					break
				}
			}
			tb = traceback(n, "KeyboardInterrupt: ")
		case strings.HasPrefix(line, "import gc;") && strings.HasSuffix(line, "print(gc.mem_free())"):
			fmt.Fprintf(&out, "%d\r\n", d.cfg.Heap)
		case strings.HasPrefix(line, "x = bytearray(") && strings.HasSuffix(line, ")"):
			size, err := strconv.Atoi(line[len("x = bytearray(") : len(line)-1])
			if err != nil {
				tb = traceback(n, "SyntaxError: invalid syntax")
			} else if size > d.cfg.Heap {
				tb = traceback(n, fmt.Sprintf("MemoryError: memory allocation failed, allocating %d bytes", size))
			}
		case strings.HasPrefix(line, "print(") && strings.HasSuffix(line, ")"):
			arg := line[len("print(") : len(line)-1]
			if v, err := strconv.Atoi(arg); err == nil {
				fmt.Fprintf(&out, "%d\r\n", v)
			} else if len(arg) >= 2 && (arg[0] == '\'' || arg[0] == '"') && arg[len(arg)-1] == arg[0] {
				out.WriteString(arg[1:len(arg)-1] + "\r\n")
			} else {
				tb = traceback(n, "SyntaxError: invalid syntax")
			}
		default:
			tb = traceback(n, "SyntaxError: invalid syntax")
		}
		if tb != "" {
			break
		}
	}
	return d.send(out.String() + "\x04" + tb + "\x04>")
}
