// Package device is the device side of a MicroPython-style board running
// refinterp, over any io.ReadWriter (a UART, a pty, a telnet session, an
// in-memory pipe). It speaks, byte for byte as stock firmware:
//
//   - the friendly REPL: banner, ">>> " and "... " prompts, echo and
//     backspace, multi-line compound statements ended by an empty line,
//     expression results echoed as repr, Ctrl-C (cancel the line or
//     interrupt a running program), Ctrl-D on an empty line (soft reset),
//     Ctrl-E paste mode, Ctrl-A (raw REPL), Ctrl-B (banner);
//   - the raw REPL: "raw REPL; CTRL-B to exit\r\n>", input buffered without
//     echo until Ctrl-D, then "OK", stdout, "\x04", traceback, "\x04", ">";
//     Ctrl-D on an empty buffer soft-resets;
//   - raw-paste: "\x05A\x01" at the raw prompt answers "R\x01", the window
//     (128, little-endian) and "\x01"; a further "\x01" for each window
//     received; "\x04" once everything is received and compiled; an early
//     "\x04" when the upload cannot succeed (a syntax error found in what
//     has arrived, a program larger than the heap, Ctrl-C).
//
// Output uses "\r\n" line ends. A soft reset ("MPY: soft reboot") discards
// the interpreter and starts a new one: globals, imported modules and the
// heap are gone; the heap is limited to the board profile's size, so a
// program too large for the board fails with MemoryError. boot.py (and,
// in the friendly REPL, main.py) run from the board's filesystem at every
// start, and the .py files in / and /lib become importable. While a program runs, a goroutine keeps reading the link and turns
// Ctrl-C into KeyboardInterrupt.
//
// refinterp's heap model is process-global: run one Device at a time.
package device

import (
	"errors"
	"io"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/mptest/mptest/firmware/boards"
	"github.com/mptest/mptest/firmware/hw"
	"github.com/mptest/mptest/firmware/modules"
	"github.com/mptest/mptest/firmware/vfs"
	"github.com/mptest/mptest/refinterp/py"
	"github.com/mptest/mptest/refinterp/syntax"
)

// Control bytes of the REPL protocols.
const (
	ctrlA = 0x01
	ctrlB = 0x02
	ctrlC = 0x03
	ctrlD = 0x04
	ctrlE = 0x05
)

// RawBanner is what entering the raw REPL prints (after "\r\n" when
// entered from the friendly REPL).
const RawBanner = "raw REPL; CTRL-B to exit\r\n"

// SoftRebootText is printed at every soft reset.
const SoftRebootText = "MPY: soft reboot\r\n"

// BuildDate is the date the banner shows.
const BuildDate = "2026-11-25"

// Config describes a device.
type Config struct {
	// Profile is the board (required: at least Board, CPU and Heap).
	Profile boards.Profile
	// HW is the board's hardware state (nil: a new one with Profile.LEDs LEDs).
	HW *hw.Board
	// FS is the board's filesystem (nil: an empty one of Profile.FSSize).
	FS *vfs.FS
	// Window is the raw-paste window (default 128, as stock firmware).
	Window int
	// MaxSource bounds a program's source in bytes (default: the heap size,
	// at least 16 KiB); a larger upload fails with MemoryError.
	MaxSource int
}

// Device is one virtual board. Serve drives it over a link; the state of
// the board (interpreter, hardware, files) lasts across Serve calls, as a
// board's does across USB reconnections.
type Device struct {
	cfg Config
	hw  *hw.Board
	fs  *vfs.FS

	serveMu sync.Mutex // one Serve at a time
	out     io.Writer
	in      *input

	th     *py.Thread
	env    *modules.Env
	booted bool
	raw    bool // in the raw REPL
	resets int32

	mu       sync.Mutex // guards running, intr, th for the reader goroutine
	running  bool
	intr     bool
	intrFlag int32 // atomic copy of intr for sleeps
}

// New returns a device for cfg, not yet started.
func New(cfg Config) *Device {
	if cfg.Window <= 0 {
		cfg.Window = 128
	}
	if cfg.MaxSource <= 0 {
		cfg.MaxSource = int(cfg.Profile.Heap)
		if cfg.MaxSource < 16<<10 {
			cfg.MaxSource = 16 << 10
		}
	}
	d := &Device{cfg: cfg, hw: cfg.HW, fs: cfg.FS}
	if d.hw == nil {
		d.hw = hw.New(cfg.Profile.LEDs)
	}
	if d.fs == nil {
		d.fs = vfs.New(cfg.Profile.FSSize)
	}
	return d
}

// HW returns the board's hardware state.
func (d *Device) HW() *hw.Board { return d.hw }

// FS returns the board's filesystem.
func (d *Device) FS() *vfs.FS { return d.fs }

// SoftResets returns how many soft resets the device has done.
func (d *Device) SoftResets() int { return int(atomic.LoadInt32(&d.resets)) }

// Banner returns the friendly REPL banner (two lines, "\r\n" ends).
func (d *Device) Banner() string {
	p := d.cfg.Profile
	return "MicroPython-compatible refinterp v" + modules.Version + " on " + BuildDate + "; " + p.Board + " with " + p.CPU + "\r\n" +
		"Type \"help()\" for more information.\r\n"
}

// errLinkClosed ends Serve when the link is gone.
var errLinkClosed = errors.New("link closed")

// Serve runs the device on rw until reading rw fails (io.EOF, a closed
// pipe or pty); that is a normal end and returns nil. The first Serve
// boots the board (boot.py, main.py, banner); a later one continues where
// the previous left off and shows a prompt.
func (d *Device) Serve(rw io.ReadWriter) error {
	d.serveMu.Lock()
	defer d.serveMu.Unlock()
	d.out = rw
	d.in = newInput(d.ctrlC, d.busy)
	go d.in.pump(rw)
	err := d.loop()
	if errors.Is(err, errLinkClosed) {
		return nil
	}
	return err
}

// ctrlC is called by the reader goroutine for each Ctrl-C; it interrupts
// a running program.
func (d *Device) ctrlC() bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	if !d.running {
		return false
	}
	d.th.Interrupt()
	d.intr = true
	atomic.StoreInt32(&d.intrFlag, 1)
	return true
}

func (d *Device) busy() bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.running
}

// write sends protocol bytes as they are.
func (d *Device) write(s string) {
	_, _ = io.WriteString(d.out, s)
}

// cooked is a program's stdout: "\n" becomes "\r\n".
type cooked struct{ d *Device }

func (c cooked) Write(p []byte) (int, error) {
	d := c.d
	start := 0
	for i, b := range p {
		if b == '\n' && (i == 0 || p[i-1] != '\r') {
			if _, err := d.out.Write(p[start:i]); err != nil {
				return 0, err
			}
			if _, err := io.WriteString(d.out, "\r\n"); err != nil {
				return 0, err
			}
			start = i + 1
		}
	}
	if start < len(p) {
		if _, err := d.out.Write(p[start:]); err != nil {
			return 0, err
		}
	}
	return len(p), nil
}

func (d *Device) writeCooked(s string) { _, _ = cooked{d}.Write([]byte(s)) }

// readByte reads one input byte; a lost link ends the loop.
func (d *Device) readByte() (byte, error) {
	c, err := d.in.readByte()
	if err != nil {
		return 0, errLinkClosed
	}
	return c, nil
}

// reset starts a new interpreter (the heap is discarded).
func (d *Device) reset(cause int) {
	d.mu.Lock()
	if d.th != nil {
		modules.Unbind(d.th)
	}
	th := py.New(py.Options{
		Stdin:     stdin{d.in, func(p []byte) { cooked{d}.Write(p) }},
		Stdout:    cooked{d},
		Stderr:    cooked{d},
		Argv:      []string{""},
		HeapLimit: d.cfg.Profile.Heap,
	})
	d.th = th
	d.mu.Unlock()
	d.env = &modules.Env{
		Profile:     d.cfg.Profile,
		HW:          d.hw,
		FS:          d.fs,
		ResetCause:  cause,
		Interrupted: func() bool { return atomic.LoadInt32(&d.intrFlag) != 0 },
	}
	modules.Bind(th, d.env)
	th.Builtins.SetStr("help", py.NewBuiltin("help", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if len(args) > 0 {
			return py.None, nil
		}
		d.writeCooked(helpText)
		return py.None, nil
	}))
}

const helpText = `Welcome to refinterp, a MicroPython-compatible interpreter running as a board.

Control commands:
  CTRL-A        -- on a blank line, enter raw REPL mode
  CTRL-B        -- on a blank line, enter normal REPL mode
  CTRL-C        -- interrupt a running program
  CTRL-D        -- on a blank line, do a soft reset of the board
  CTRL-E        -- on a blank line, enter paste mode

Board modules: machine, pyb, os (the board's filesystem).
`

// boot resets the interpreter and runs boot.py, then main.py when the
// friendly REPL comes next.
func (d *Device) boot(cause int) error {
	d.reset(cause)
	d.registerFSModules()
	for _, f := range []string{"/boot.py", "/main.py"} {
		if f == "/main.py" && d.raw {
			break
		}
		src, err := d.fs.ReadFile(f)
		if err != nil {
			continue
		}
		err = d.run(string(src), f[1:], "exec")
		if err != nil && !isSystemExit(err) {
			d.writeCooked(d.th.FormatException(err))
		}
		if r := d.env.ResetRequest(); r != modules.NoReset {
			// A reset from boot.py/main.py: start over once, without scripts,
			// so that a script that always resets cannot loop forever.
			d.reset(resetCause(r))
			break
		}
	}
	return nil
}

// fsModules are the module names registered from the board filesystem by
// the last boot (process-wide, like refinterp's module registry).
var fsModules = map[string]bool{}

// registerFSModules makes the .py files in / and /lib importable.
// refinterp imports from the host's disk only, so the files are
// registered as source modules at each boot: a file written by a program
// becomes importable after the next soft reset, as a frozen module would.
// A module whose file is gone raises ImportError.
func (d *Device) registerFSModules() {
	seen := map[string]bool{}
	for _, dir := range []string{"/", "/lib"} {
		names, err := d.fs.List(dir)
		if err != nil {
			continue
		}
		for _, n := range names {
			mod := strings.TrimSuffix(n, ".py")
			if mod == n || mod == "boot" || mod == "main" || seen[mod] || strings.Contains(mod, ".") {
				continue
			}
			src, err := d.fs.ReadFile(vfs.Clean(dir, n))
			if err != nil {
				continue
			}
			seen[mod] = true
			py.RegisterSourceModule(mod, string(src))
		}
	}
	for mod := range fsModules {
		if !seen[mod] {
			py.RegisterSourceModule(mod, "raise ImportError(\"no module named '"+mod+"'\")\n")
		}
	}
	for mod := range seen {
		fsModules[mod] = true
	}
}

func resetCause(r int) int {
	if r == modules.HardReset {
		return modules.HardResetCause
	}
	return modules.SoftResetCause
}

// softReset prints the reboot text and reboots; a hard reset also clears
// the hardware state.
func (d *Device) softReset(kind int) error {
	atomic.AddInt32(&d.resets, 1)
	if kind == modules.HardReset {
		d.hw.Reset()
	}
	d.write(SoftRebootText)
	return d.boot(resetCause(kind))
}

func isSystemExit(err error) bool {
	e, ok := err.(*py.Exception)
	return ok && e.Class.IsSubtype(py.SystemExitType)
}

func isInterrupt(err error) bool {
	e, ok := err.(*py.Exception)
	return ok && e.Class.IsSubtype(py.KeyboardInterruptType)
}

// run compiles and runs src in __main__ with Ctrl-C enabled.
func (d *Device) run(src, filename, mode string) error {
	d.mu.Lock()
	d.running = true
	d.intr = false
	d.mu.Unlock()
	d.in.wake() // a reader waiting for room now drops input and watches for Ctrl-C
	err := d.exec(src, filename, mode)
	d.mu.Lock()
	d.running = false
	pending := d.intr
	d.intr = false
	atomic.StoreInt32(&d.intrFlag, 0)
	d.mu.Unlock()
	if pending && !isInterrupt(err) {
		// A Ctrl-C arrived as the program ended: consume the interrupt
		// the interpreter has not seen yet, so it cannot hit the next one.
		_ = d.th.Exec("for _ in ():\n    pass\n", "<drain>", "exec")
	}
	return err
}

// exec runs the interpreter, turning an internal panic into a SystemError
// so that the board survives it.
func (d *Device) exec(src, filename, mode string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			msg := "internal error"
			switch x := r.(type) {
			case error:
				msg += ": " + x.Error()
			case string:
				msg += ": " + x
			}
			err = py.NewError(py.SystemErrorType, msg)
		}
	}()
	return d.th.Exec(src, filename, mode)
}

// loop alternates between the REPLs until the link closes.
func (d *Device) loop() error {
	if !d.booted {
		d.booted = true
		if err := d.boot(modules.PowerOnReset); err != nil {
			return err
		}
		if !d.raw {
			d.write(d.Banner())
		}
	}
	for {
		var err error
		if d.raw {
			err = d.rawREPL()
		} else {
			err = d.friendly()
		}
		if err != nil {
			return err
		}
	}
}

// ---------------------------------------------------------------- friendly

// friendly runs the friendly REPL until it switches to the raw REPL.
func (d *Device) friendly() error {
	var (
		lines  []string // complete lines of a multi-line statement
		line   []byte
		lastCR bool
		prompt = ">>> "
	)
	d.write(prompt)
	for {
		c, err := d.readByte()
		if err != nil {
			return err
		}
		cr := lastCR
		lastCR = c == '\r'
		switch c {
		case ctrlA:
			d.write("\r\n" + RawBanner + ">")
			d.raw = true
			return nil
		case ctrlB:
			d.write("\r\n" + d.Banner())
			lines, line, prompt = nil, nil, ">>> "
			d.write(prompt)
		case ctrlC:
			d.write("\r\n")
			lines, line, prompt = nil, nil, ">>> "
			d.write(prompt)
		case ctrlD:
			if len(line) == 0 && len(lines) == 0 {
				d.write("\r\n")
				if err := d.softReset(modules.SoftReset); err != nil {
					return err
				}
				if d.raw {
					return nil
				}
				d.write(d.Banner() + prompt)
			}
		case ctrlE:
			if len(line) == 0 && len(lines) == 0 {
				if err := d.paste(); err != nil {
					return err
				}
				if d.raw {
					return nil
				}
				d.write(prompt)
			}
		case 0x08, 0x7f:
			if len(line) > 0 {
				// Remove one UTF-8 character.
				i := len(line) - 1
				for i > 0 && line[i]&0xc0 == 0x80 {
					i--
				}
				line = line[:i]
				d.write("\b\x1b[K")
			}
		case 0x1b:
			if err := d.skipEscape(); err != nil {
				return err
			}
		case '\n', '\r':
			if c == '\n' && cr {
				continue
			}
			d.write("\r\n")
			if len(lines) == 0 && strings.TrimSpace(string(line)) == "" {
				line = nil
				d.write(prompt)
				continue
			}
			lines = append(lines, string(line))
			line = nil
			src := strings.Join(lines, "\n") + "\n"
			if continues(lines, src) {
				prompt = "... "
				d.write(prompt)
				continue
			}
			lines, prompt = nil, ">>> "
			if err := d.execFriendly(src, "single"); err != nil {
				return err
			}
			if d.raw {
				return nil
			}
			d.write(prompt)
		case '\t':
			line = append(line, "    "...)
			d.write("    ")
		default:
			if c >= 0x20 {
				line = append(line, c)
				d.out.Write([]byte{c})
			}
		}
	}
}

// continues reports whether the friendly REPL should read another line
// before running what it has.
func continues(lines []string, src string) bool {
	_, err := syntax.ParseInteractive("<stdin>", []byte(src))
	if err != nil {
		return errors.Is(err, syntax.ErrIncomplete)
	}
	last := strings.TrimSpace(lines[len(lines)-1])
	if len(lines) > 1 {
		return last != ""
	}
	return strings.HasSuffix(last, ":") || strings.HasPrefix(last, "@")
}

// skipEscape drops an ANSI escape sequence (arrow keys...).
func (d *Device) skipEscape() error {
	c, err := d.readByte()
	if err != nil {
		return err
	}
	if c != '[' && c != 'O' {
		return nil
	}
	for i := 0; i < 8; i++ {
		c, err = d.readByte()
		if err != nil {
			return err
		}
		if c >= 0x40 && c <= 0x7e {
			return nil
		}
	}
	return nil
}

// execFriendly runs REPL input, prints its traceback, and handles a reset
// the program asked for.
func (d *Device) execFriendly(src, mode string) error {
	err := d.run(src, "<stdin>", mode)
	if err != nil && !isSystemExit(err) {
		d.writeCooked(d.th.FormatException(err))
	}
	if r := d.env.ResetRequest(); r != modules.NoReset {
		if err := d.softReset(r); err != nil {
			return err
		}
		if !d.raw {
			d.write(d.Banner())
		}
	}
	return nil
}

// paste is the friendly REPL's paste mode (Ctrl-E): lines are echoed and
// collected until Ctrl-D runs them or Ctrl-C cancels.
func (d *Device) paste() error {
	d.write("\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ")
	var src []byte
	lastCR := false
	for {
		c, err := d.readByte()
		if err != nil {
			return err
		}
		cr := lastCR
		lastCR = c == '\r'
		switch c {
		case ctrlC:
			d.write("\r\n")
			return nil
		case ctrlD:
			d.write("\r\n")
			if len(src) > d.cfg.MaxSource {
				d.writeCooked(memoryError(len(src)))
				return nil
			}
			return d.execFriendly(string(src), "exec")
		case '\n', '\r':
			if c == '\n' && cr {
				continue
			}
			src = append(src, '\n')
			d.write("\r\n=== ")
		default:
			if len(src) <= d.cfg.MaxSource {
				src = append(src, c)
			}
			d.out.Write([]byte{c})
		}
	}
}

func memoryError(n int) string {
	return "MemoryError: memory allocation failed, allocating " + strconv.Itoa(n) + " bytes\n"
}

// ---------------------------------------------------------------- raw REPL

// rawREPL runs the raw REPL until Ctrl-B (the caller printed the banner
// and prompt when entering it).
func (d *Device) rawREPL() error {
	var line []byte
	overflow := false
	for {
		c, err := d.readByte()
		if err != nil {
			return err
		}
		switch c {
		case ctrlA:
			if len(line) == 2 && line[0] == ctrlE {
				if err := d.rawPaste(line[1]); err != nil {
					return err
				}
				if !d.raw {
					return nil
				}
				line, overflow = line[:0], false
				d.write(">")
				continue
			}
			line, overflow = line[:0], false
			d.write(RawBanner + ">")
		case ctrlB:
			d.write("\r\n" + d.Banner())
			d.raw = false
			return nil
		case ctrlC:
			line, overflow = line[:0], false
		case ctrlD:
			d.write("OK")
			if len(line) == 0 && !overflow {
				d.write("\r\n")
				if err := d.softReset(modules.SoftReset); err != nil {
					return err
				}
				d.write(RawBanner + ">")
				continue
			}
			if overflow {
				d.write("\x04")
				d.writeCooked(memoryError(len(line) + 1))
				d.write("\x04")
			} else if err := d.execRaw(string(line)); err != nil {
				return err
			}
			line, overflow = line[:0], false
			if d.raw {
				d.write(">")
			} else {
				return nil
			}
		default:
			if len(line) < d.cfg.MaxSource {
				line = append(line, c)
			} else {
				overflow = true
			}
		}
	}
}

// execRaw runs a raw REPL program: stdout, \x04, traceback, \x04.
func (d *Device) execRaw(src string) error {
	err := d.run(src, "<stdin>", "exec")
	d.write("\x04")
	if err != nil && !isSystemExit(err) {
		d.writeCooked(d.th.FormatException(err))
	}
	d.write("\x04")
	if r := d.env.ResetRequest(); r != modules.NoReset {
		if err := d.softReset(r); err != nil {
			return err
		}
		if d.raw {
			d.write(RawBanner)
		}
	}
	return nil
}

// rawPaste serves one raw-paste upload after "\x05" kind "\x01".
func (d *Device) rawPaste(kind byte) error {
	if kind != 'A' {
		d.write("R\x00")
		return nil
	}
	w := d.cfg.Window
	d.write("R\x01" + string([]byte{byte(w), byte(w >> 8)}) + "\x01")
	var src []byte
	remain := w
	checkAt := 1024
	for {
		c, err := d.readByte()
		if err != nil {
			return err
		}
		switch c {
		case ctrlC:
			// As stock firmware: stop reading and raise KeyboardInterrupt.
			d.write("\x04")
			d.write("\x04")
			d.writeCooked("KeyboardInterrupt: \n")
			d.write("\x04")
			return nil
		case ctrlD:
			d.write("\x04")
			return d.execPasted(string(src))
		}
		src = append(src, c)
		if len(src) > d.cfg.MaxSource {
			return d.abortPaste(memoryError(len(src)))
		}
		if remain--; remain == 0 {
			d.write("\x01")
			remain = w
		}
		if len(src) >= checkAt && c == '\n' {
			checkAt = 2 * len(src)
			if msg, bad := earlySyntaxError(d, src); bad {
				return d.abortPaste(msg)
			}
		}
	}
}

// abortPaste stops a raw-paste upload early: "\x04", then it discards input
// up to the host's Ctrl-D (or Ctrl-C) and reports msg as the traceback.
func (d *Device) abortPaste(msg string) error {
	d.write("\x04")
	for {
		c, err := d.readByte()
		if err != nil {
			return err
		}
		if c == ctrlD || c == ctrlC {
			break
		}
	}
	d.write("\x04")
	d.writeCooked(msg)
	d.write("\x04")
	return nil
}

// earlySyntaxError compiles what has arrived of a raw-paste upload and
// reports a syntax error that more input cannot fix: one well before the
// end of the received text (an error at its end may be a truncated
// statement).
func earlySyntaxError(d *Device, src []byte) (string, bool) {
	end := len(src)
	for end > 0 && src[end-1] != '\n' {
		end--
	}
	_, err := syntax.ParseFile("<stdin>", src[:end])
	var se *syntax.Error
	if !errors.As(err, &se) || se.Incomplete {
		return "", false
	}
	lines := strings.Count(string(src[:end]), "\n")
	if se.Line >= lines-2 {
		return "", false
	}
	_, cerr := py.CompileSource(string(src[:end]), "<stdin>", "exec")
	if cerr == nil {
		return "", false
	}
	return d.th.FormatException(cerr), true
}

// execPasted runs a raw-paste program (the \x04 acknowledging the upload
// was sent): stdout, \x04, traceback, \x04.
func (d *Device) execPasted(src string) error {
	return d.execRaw(src)
}
