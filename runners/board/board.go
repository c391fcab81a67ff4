// Package board provides the runners.Target for MicroPython-style boards
// reached over a byte stream: a real board on a serial port (pyboard
// auto-detection, serial:PORT[,BAUD]), any pty or character device
// (pty:PATH), a network board over telnet (telnet:HOST[:PORT]), and an
// emulated BBC micro:bit under QEMU (qemu:microbit).
//
// Each test runs through the raw REPL (package rawrepl): an optional soft
// reset for a clean heap, the upload (raw-paste where the firmware has it),
// then stdout and the traceback are collected and classified. A test that
// does not end in time is interrupted with Ctrl-C and the raw REPL is
// re-entered; a board that no longer answers is power-cycled when emulated,
// hard-reset when the user allowed it, or else given up on after a bounded
// number of failed re-entries, so no board state can hang a run.
//
// Importing the package (blank import) registers the target schemes
// "pyboard", "serial", "pty", "telnet" and "qemu".
//
// Settings (runners.Options.Settings), all optional:
//
//	soft-reset=true|false   soft reset before each test (default true)
//	retry-syntax=true|false re-run once on SyntaxError without raw-paste (default true)
//	raw-paste=auto|never    use raw-paste when the firmware has it (default auto)
//	chunk-size=N, chunk-delay=D   pacing of the standard upload (256, 0; qemu:microbit 32)
//	chunk-drain=true|false  before each chunk, wait until the link shows the board took the last one (qemu:microbit true)
//	char-timeout=D          inter-character deadline of protocol steps (2s)
//	output-idle=D           inter-character deadline while a test runs (0: per-test timeout only)
//	recover-timeout=D       bound of one raw REPL re-entry (3s; qemu 1.5s)
//	boot-timeout=D          bound of the first entry after connect or power cycle (10s)
//	max-entries=N           re-entries before reset or abort (3; qemu 1)
//	hard-reset=true         allow a DTR/RTS reset pulse on serial ports
//	baud=N                  serial baud rate (115200)
//	port=PATH               pyboard: the port, instead of USB auto-detection
//	vidpid=V:P,...          pyboard: USB IDs to detect (default transport.KnownBoards)
//	user=U, password=P      telnet login (micro / python)
//	qemu=PATH, firmware=PATH   qemu: emulator binary and firmware image
//
// # Upload pacing
//
// Firmware without raw-paste gets the standard upload, which has no flow
// control: the board must keep up with whatever arrives. The stock
// micro:bit firmware (MicroPython 1.9.2) does not: its UART interrupt
// handler moves each byte into a 64-byte ring and drops it when the ring
// is full, while the raw REPL loop empties the ring one byte at a time.
// Under QEMU the emulated UART (nrf51_uart) accepts input only as its
// 6-byte FIFO drains, so QEMU itself loses nothing, but when the pty holds
// a whole program the interrupt handler can refill from the FIFO back to
// back and starve the loop: the ring overflows and a run of bytes vanishes
// (about 1 upload of 40 lines in 250 and 1 of 4 KB in 100 on a loaded
// machine, mostly from the 64th byte of a burst on: the ring's size). A
// fixed rate cannot fix this, because the emulated CPU's speed varies with
// the host's load.
//
// A qemu: target therefore creates the console's pty itself and lets QEMU
// open the slave side ("-chardev serial,path=..."), which lets the host see
// how many of its bytes the emulated UART has not taken yet
// (transport.PTY, a transport.Backlogger). With chunk-drain=true the
// standard upload sends chunk-size bytes, waits until that backlog is
// empty, then sends the next chunk: a burst into the board's ring is at
// most a chunk plus the FIFO, and the loop empties the ring between
// bursts. It can still overflow when the emulated CPU is descheduled right
// after a burst, before its loop ran, until the next chunk came: drain alone
// lost one 4 KB upload in 120 with the host's 2 CPUs at load 18, so
// qemu:microbit also waits chunk-delay=2ms after each drained chunk (0 in
// 120 under the same load). qemu:microbit defaults to 32-byte chunks with
// drain and a 2 ms delay (QEMUMachine.Settings). A test shorter
// than a chunk pays nothing; longer ones wait for the emulated board once
// per chunk, which on a heavily loaded host costs tens of milliseconds per
// kilobyte (a 1.4 KB test took 60-120 ms instead of 25-40 ms). The
// per-test timeout counts from the board's acknowledgement of the upload,
// so a slow upload is not a timeout; a board that stops taking bytes for
// char-timeout fails it. Other boards keep the unpaced default; for a real
// board without raw-paste on a port that cannot tell its backlog, use
// chunk-size and chunk-delay.
package board

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/mptest/mptest/runners"
	"github.com/mptest/mptest/runners/rawrepl"
	"github.com/mptest/mptest/runners/transport"
)

// Config is a board target's behaviour, read from runners.Options.
type Config struct {
	// Timeout is the per-test deadline (default 10 s), counted from the
	// board's acknowledgement of the upload.
	Timeout time.Duration
	// SoftReset gives each test a clean heap (setting "soft-reset", default true).
	SoftReset bool
	// HardReset allows a DTR/RTS reset pulse when the board stops answering
	// (setting "hard-reset=true"; serial transports only).
	HardReset bool
	// MaxEntries bounds the raw-REPL entry attempts of one recovery before
	// the board is reset or given up (setting "max-entries", default 3).
	MaxEntries int
	// RecoverTimeout bounds each entry attempt (setting "recover-timeout", default 3 s).
	RecoverTimeout time.Duration
	// BootTimeout bounds the first raw REPL entry after connecting or
	// power-cycling, when the device may still be booting (setting
	// "boot-timeout", default 10 s).
	BootTimeout time.Duration
	// RetrySyntax re-runs a test once when a device without raw-paste
	// answers SyntaxError or IndentationError: standard uploads can lose
	// bytes on links without flow control (setting "retry-syntax", default true).
	RetrySyntax bool
	// Protocol holds the rawrepl options (settings "char-timeout",
	// "output-idle", "chunk-size", "chunk-delay", "chunk-drain",
	// "raw-paste=auto|never").
	Protocol rawrepl.Options
}

// ParseConfig reads a Config from target options. Unknown settings are
// left for the transport-specific code (baud, port, firmware, qemu, …).
func ParseConfig(opts runners.Options) (Config, error) {
	c := Config{
		Timeout:        opts.Timeout,
		SoftReset:      true,
		MaxEntries:     3,
		RecoverTimeout: 3 * time.Second,
		BootTimeout:    10 * time.Second,
		RetrySyntax:    true,
	}
	if c.Timeout <= 0 {
		c.Timeout = 10 * time.Second
	}
	c.Protocol.MaxOutput = opts.MaxOutput
	s := opts.Settings
	var err error
	boolSetting := func(key string, dst *bool) {
		if v, ok := s[key]; ok && err == nil {
			b, perr := strconv.ParseBool(v)
			if perr != nil {
				err = fmt.Errorf("setting %s=%q: %w", key, v, perr)
			}
			*dst = b
		}
	}
	durSetting := func(key string, dst *time.Duration) {
		if v, ok := s[key]; ok && err == nil {
			d, perr := time.ParseDuration(v)
			if perr != nil {
				err = fmt.Errorf("setting %s=%q: %w", key, v, perr)
			}
			*dst = d
		}
	}
	intSetting := func(key string, dst *int) {
		if v, ok := s[key]; ok && err == nil {
			n, perr := strconv.Atoi(v)
			if perr != nil || n <= 0 {
				err = fmt.Errorf("setting %s=%q: want a positive integer", key, v)
			}
			*dst = n
		}
	}
	boolSetting("soft-reset", &c.SoftReset)
	boolSetting("hard-reset", &c.HardReset)
	boolSetting("retry-syntax", &c.RetrySyntax)
	intSetting("max-entries", &c.MaxEntries)
	durSetting("recover-timeout", &c.RecoverTimeout)
	durSetting("boot-timeout", &c.BootTimeout)
	durSetting("char-timeout", &c.Protocol.CharTimeout)
	durSetting("output-idle", &c.Protocol.OutputIdle)
	intSetting("chunk-size", &c.Protocol.ChunkSize)
	boolSetting("chunk-drain", &c.Protocol.DrainChunks)
	durSetting("chunk-delay", &c.Protocol.ChunkDelay)
	if v, ok := s["raw-paste"]; ok && err == nil {
		switch v {
		case "auto", "true", "1":
			c.Protocol.RawPaste = rawrepl.RawPasteAuto
		case "never", "false", "0":
			c.Protocol.RawPaste = rawrepl.RawPasteNever
		default:
			err = fmt.Errorf("setting raw-paste=%q: want auto or never", v)
		}
	}
	return c, err
}

// Link is how a Board reaches its device.
type Link struct {
	// Dial opens a transport to the device.
	Dial func(ctx context.Context) (transport.Transport, error)
	// PowerCycle, if set, restarts the device (an emulator) before a redial.
	PowerCycle func(ctx context.Context) error
	// Close releases what the link holds besides the transport (an emulator).
	Close func() error
}

// Board is a runners.Target for one board. Tests run one at a time.
type Board struct {
	name string
	cfg  Config
	link Link

	mu       sync.Mutex
	tr       transport.Transport
	conn     *rawrepl.Conn
	ready    bool // at the raw REPL prompt
	aborted  error
	identity string
	closed   bool

	// emu is the emulator behind a qemu: target (nil otherwise).
	emu *QEMU
	// resets counts power cycles and hard resets done to recover.
	resets int
}

// New returns a board target named name that reaches its device through
// link. It does not connect until the first Run or Identity.
func New(name string, cfg Config, link Link) *Board {
	return &Board{name: name, cfg: cfg, link: link}
}

// Name returns the target spec.
func (b *Board) Name() string { return b.name }

// Concurrency is 1: a board runs one test at a time.
func (b *Board) Concurrency() int { return 1 }

// Close closes the transport and the link (stops QEMU).
func (b *Board) Close() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return nil
	}
	b.closed = true
	var errs []error
	if b.tr != nil {
		if b.conn != nil && b.ready {
			// Leave the board in the friendly REPL, as a user expects.
			ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
			_ = b.conn.Leave(ctx)
			cancel()
		}
		errs = append(errs, b.tr.Close())
	}
	if b.link.Close != nil {
		errs = append(errs, b.link.Close())
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("close %s: %w", b.name, err)
	}
	return nil
}

// stepCtx returns a context for one protocol step of recovery or setup:
// bounded by RecoverTimeout, and cancelled with parent.
func (b *Board) stepCtx(parent context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(parent, b.cfg.RecoverTimeout)
}

// connect (re)opens the transport.
func (b *Board) connect(ctx context.Context) error {
	if b.tr != nil {
		b.tr.Close()
		b.tr, b.conn = nil, nil
	}
	tr, err := b.link.Dial(ctx)
	if err != nil {
		return err
	}
	b.tr, b.conn = tr, rawrepl.New(tr, b.cfg.Protocol)
	return nil
}

// ensureReady brings the board to the raw REPL prompt, recovering as far as
// the configuration allows. A non-nil error means the target is unusable.
func (b *Board) ensureReady(ctx context.Context) error {
	if b.aborted != nil {
		return b.aborted
	}
	if b.closed {
		return errors.New("board target closed")
	}
	if b.ready {
		return nil
	}
	if b.conn == nil {
		cctx, cancel := context.WithTimeout(ctx, b.cfg.BootTimeout)
		err := b.connect(cctx)
		if err == nil {
			err = b.conn.Enter(cctx)
		}
		cancel()
		if err == nil {
			b.ready = true
			return nil
		}
		if b.conn == nil {
			return b.escalate(ctx, fmt.Errorf("connect: %w", err))
		}
	}
	var last error
	for range b.cfg.MaxEntries {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		sctx, cancel := b.stepCtx(ctx)
		last = b.conn.Enter(sctx)
		cancel()
		if last == nil {
			b.ready = true
			return nil
		}
		if errors.Is(last, rawrepl.ErrDisconnected) {
			break
		}
	}
	return b.escalate(ctx, last)
}

// escalate tries the stronger remedies after failed raw-REPL entries:
// power-cycling an emulator, or a hard reset where allowed. Without one,
// the target is aborted.
func (b *Board) escalate(ctx context.Context, cause error) error {
	switch {
	case b.link.PowerCycle != nil:
		pctx, cancel := context.WithTimeout(ctx, b.cfg.BootTimeout)
		defer cancel()
		if b.tr != nil {
			b.tr.Close()
			b.tr, b.conn = nil, nil
		}
		if err := b.link.PowerCycle(pctx); err != nil {
			return b.abort(fmt.Errorf("power cycle after %v: %w", cause, err))
		}
		if err := b.connect(pctx); err != nil {
			return b.abort(fmt.Errorf("reconnect after power cycle: %w", err))
		}
		sctx, cancel2 := context.WithTimeout(ctx, b.cfg.BootTimeout)
		defer cancel2()
		if err := b.conn.Enter(sctx); err != nil {
			return b.abort(fmt.Errorf("raw REPL after power cycle: %w", err))
		}
		b.ready = true
		b.resets++
		return nil
	case b.cfg.HardReset:
		hr, ok := b.tr.(transport.HardResetter)
		if !ok || b.tr == nil {
			return b.abort(fmt.Errorf("%w (transport cannot hard-reset)", cause))
		}
		if err := hr.HardReset(); err != nil {
			return b.abort(fmt.Errorf("hard reset after %v: %w", cause, err))
		}
		// A USB board re-enumerates after a reset: reopen the port, retrying
		// while it is absent, until the boot timeout.
		b.tr.Close()
		b.tr, b.conn = nil, nil
		bctx, cancel := context.WithTimeout(ctx, b.cfg.BootTimeout)
		defer cancel()
		for {
			err := b.connect(bctx)
			if err == nil {
				if err = b.conn.Enter(bctx); err == nil {
					b.ready = true
					b.resets++
					return nil
				}
			}
			cause = err
			if sleep(bctx, 200*time.Millisecond) != nil {
				return b.abort(fmt.Errorf("raw REPL after hard reset: %w", cause))
			}
		}
	}
	return b.abort(fmt.Errorf("board does not answer after %d raw REPL entries: %w", b.cfg.MaxEntries, cause))
}

func (b *Board) abort(err error) error {
	b.aborted = fmt.Errorf("target %s aborted: %w", b.name, err)
	return b.aborted
}

// Identity asks the board for its firmware version (os.uname().version,
// else sys.implementation and sys.version) and caches the answer.
func (b *Board) Identity(ctx context.Context) (string, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.identity != "" {
		return b.identity, nil
	}
	if err := b.ensureReady(ctx); err != nil {
		return "", err
	}
	var res rawrepl.Result
	for _, prog := range []string{
		"import os\nprint(os.uname().version)\n",
		"import sys\nprint(sys.implementation.name, sys.version)\n",
	} {
		sctx, cancel := b.stepCtx(ctx)
		r, err := b.conn.Exec(sctx, []byte(prog))
		cancel()
		if err != nil {
			b.ready = false
			return "", fmt.Errorf("identity of %s: %w", b.name, err)
		}
		if res = r; len(r.Traceback) == 0 {
			break
		}
	}
	if len(res.Traceback) > 0 {
		return "", fmt.Errorf("identity of %s: %s", b.name, lastLine(res.Traceback))
	}
	b.identity = strings.TrimSpace(string(normalize(res.Stdout)))
	return b.identity, nil
}

// normalize turns \r\n into \n and changes nothing else.
func normalize(b []byte) []byte { return bytes.ReplaceAll(b, []byte("\r\n"), []byte("\n")) }

// lastLine returns the last non-empty line of a traceback.
func lastLine(tb []byte) string {
	s := strings.TrimRight(string(normalize(tb)), "\n")
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		s = s[i+1:]
	}
	return s
}

// Run runs one test: soft reset (if configured), upload and run, collect
// and classify. It returns an error only when the board is unusable.
func (b *Board) Run(ctx context.Context, t runners.Test) (runners.Outcome, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	start := time.Now()
	out, err := b.run(ctx, t)
	out.Duration = time.Since(start)
	if err != nil {
		out.Status, out.Err = runners.Failed, err
	}
	return out, err
}

func (b *Board) run(ctx context.Context, t runners.Test) (runners.Outcome, error) {
	if err := b.ensureReady(ctx); err != nil {
		return runners.Outcome{}, err
	}
	res, err := b.attempt(ctx, t)
	if err == nil && b.cfg.RetrySyntax && !res.RawPaste && isSyntaxError(res.Traceback) {
		// A dropped byte looks like a syntax error; a real one repeats.
		if res2, err2 := b.attempt(ctx, t); err2 == nil || !errors.Is(err2, errSetup) {
			res, err = res2, err2
		}
	}
	var out runners.Outcome
	out.Stdout, out.Stderr = normalize(res.Stdout), normalize(res.Traceback)
	out.Truncated = res.Truncated
	if len(res.Traceback) > 0 {
		out.ExitCode = 1
	}
	switch {
	case err == nil:
		if len(res.Stdout) == 0 && strings.HasPrefix(lastLine(res.Traceback), "MemoryError") {
			out.Status = runners.TooLarge
			out.Err = fmt.Errorf("MemoryError before any output (%s)%s", lastLine(res.Traceback), b.freeHeap(ctx))
		}
		return out, nil
	case errors.Is(err, errSetup):
		return out, err
	case errors.Is(err, rawrepl.ErrDeviceReset):
		b.ready = false
		out.Status = runners.TooLarge
		out.Err = fmt.Errorf("board reset during upload (%d bytes): %w%s", len(t.Source), err, b.freeHeap(ctx))
		return out, nil
	case errors.Is(ctx.Err(), context.Canceled):
		// The caller gave up on the run: no recovery now; the next Run
		// re-enters the raw REPL.
		b.ready = false
		out.Status = runners.Failed
		out.Err = fmt.Errorf("run cancelled: %w", err)
		return out, nil
	case errors.Is(err, rawrepl.ErrDeadline), errors.Is(err, rawrepl.ErrIdle):
		b.ready = false
		out.Status = runners.TimedOut
		out.Err = fmt.Errorf("no result within %v: %w", b.cfg.Timeout, err)
		resets := b.resets
		if rerr := b.ensureReady(context.WithoutCancel(ctx)); rerr != nil {
			return out, rerr
		}
		if errors.Is(err, rawrepl.ErrNoAck) && b.resets > resets {
			// The board died while receiving the program and had to be
			// reset: the program is too large for it.
			out.Status = runners.TooLarge
			out.Err = fmt.Errorf("board stopped answering during the upload of %d bytes: %w%s", len(t.Source), err, b.freeHeap(ctx))
		}
		return out, nil
	default:
		// Protocol violation or lost link: this test failed; recover for
		// the next one (or give up).
		b.ready = false
		if errors.Is(err, rawrepl.ErrDisconnected) && b.tr != nil {
			b.tr.Close()
			b.tr, b.conn = nil, nil
		}
		out.Status = runners.Failed
		out.Err = err
		if rerr := b.ensureReady(context.WithoutCancel(ctx)); rerr != nil {
			return out, rerr
		}
		return out, nil
	}
}

// errSetup marks failures before the test's code was sent.
var errSetup = errors.New("board setup failed")

// attempt soft-resets (if configured) and runs the test once.
func (b *Board) attempt(ctx context.Context, t runners.Test) (rawrepl.Result, error) {
	if b.cfg.SoftReset {
		sctx, cancel := b.stepCtx(ctx)
		err := b.conn.SoftReset(sctx)
		cancel()
		if err != nil {
			b.ready = false
			if rerr := b.ensureReady(ctx); rerr != nil {
				return rawrepl.Result{}, fmt.Errorf("%w: soft reset: %v; %w", errSetup, err, rerr)
			}
		}
	}
	// The timeout bounds the program's run; the upload, paced to the
	// board, is bounded by the board's progress and the default deadline.
	return b.conn.ExecTimeout(ctx, t.Source, b.cfg.Timeout)
}

func isSyntaxError(tb []byte) bool {
	l := lastLine(tb)
	return strings.HasPrefix(l, "SyntaxError") || strings.HasPrefix(l, "IndentationError")
}

// freeHeap reports the board's free heap after a soft reset, as a message
// suffix ("" when it cannot be had quickly).
func (b *Board) freeHeap(ctx context.Context) string {
	if !b.ready {
		if err := b.ensureReady(context.WithoutCancel(ctx)); err != nil {
			return ""
		}
	}
	sctx, cancel := b.stepCtx(context.WithoutCancel(ctx))
	defer cancel()
	if err := b.conn.SoftReset(sctx); err != nil {
		b.ready = false
		return ""
	}
	res, err := b.conn.Exec(sctx, []byte("import gc;gc.collect();print(gc.mem_free())"))
	if err != nil {
		b.ready = false
		return ""
	}
	n, perr := strconv.Atoi(strings.TrimSpace(string(res.Stdout)))
	if perr != nil {
		return ""
	}
	return fmt.Sprintf("; board free heap %d bytes", n)
}

// sleep waits for d or until ctx ends, whichever is first.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
