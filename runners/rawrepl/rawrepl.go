// Package rawrepl is the host side of MicroPython's raw REPL and raw-paste
// protocol: entering the raw REPL (optionally with a soft reset), uploading
// code (raw-paste with flow control, or the standard upload as a fallback),
// collecting the program's output and traceback, interrupting a program and
// leaving the raw REPL.
//
// A Conn speaks bytes over a transport.Transport and knows nothing about
// tests. Every wait is bounded twice: by an inter-character deadline (the
// device went silent) and by the overall deadline of the context (the device
// talks forever). Devices that refuse raw-paste ("R\x00") or do not know it
// (old firmware answers the request with the raw REPL banner) are served with
// the standard upload, and the Conn remembers that for the rest of the
// connection.
//
// The byte-level contract is docs/raw-repl.md; the device side lives in
// firmware/ and both are tested against the same table (package rawrepltest).
package rawrepl

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/mptest/mptest/runners/transport"
)

// Protocol bytes and texts.
const (
	ctrlA = 0x01
	ctrlB = 0x02
	ctrlC = 0x03
	ctrlD = 0x04
	ctrlE = 0x05
)

var (
	// Banner is what a device prints on entering the raw REPL, prompt included.
	Banner = []byte("raw REPL; CTRL-B to exit\r\n>")
	// pasteRequest asks for raw-paste mode at the raw REPL prompt.
	pasteRequest = []byte{ctrlE, 'A', ctrlA}
	// friendlyPrompt ends the friendly REPL banner.
	friendlyPrompt = []byte(">>> ")
)

// Errors a Conn's operations wrap; test them with errors.Is.
var (
	// ErrDeadline: the overall deadline (the context's) passed.
	ErrDeadline = errors.New("overall deadline exceeded")
	// ErrIdle: the device sent nothing for longer than the inter-character deadline.
	ErrIdle = errors.New("device silent past the inter-character deadline")
	// ErrDisconnected: the transport reported end of stream or failed.
	ErrDisconnected = errors.New("device disconnected")
	// ErrProtocol: the device sent bytes the protocol does not allow here.
	ErrProtocol = errors.New("protocol violation")
	// ErrDeviceReset: the device restarted (printed its banner) when a result was expected.
	ErrDeviceReset = errors.New("device reset")
	// ErrNoAck: the device did not acknowledge the upload (no OK, no
	// raw-paste credit or end marker); it comes with ErrIdle or
	// ErrDeadline. A device that dies while receiving a large program
	// shows this.
	ErrNoAck = errors.New("upload not acknowledged")
)

// RawPasteMode says whether a Conn tries raw-paste uploads.
type RawPasteMode int

const (
	// RawPasteAuto tries raw-paste and falls back to the standard upload.
	RawPasteAuto RawPasteMode = iota
	// RawPasteNever always uses the standard upload.
	RawPasteNever
)

// Options tune a Conn. The zero value is usable.
type Options struct {
	// CharTimeout is the inter-character deadline for protocol exchanges
	// (banner, OK, flow control). Default 2 s.
	CharTimeout time.Duration
	// EnterRetry is how long Enter waits for the banner before sending its
	// request again (a booting device drops input). Default 200 ms.
	EnterRetry time.Duration
	// OutputIdle is the inter-character deadline while a program runs; a
	// program may legitimately compute in silence, so the default 0 means
	// "only the overall deadline".
	OutputIdle time.Duration
	// DefaultDeadline bounds an operation whose context has no deadline.
	// Default 30 s.
	DefaultDeadline time.Duration
	// ChunkSize and ChunkDelay pace the standard upload (default 256 bytes,
	// no delay): devices without flow control may drop bytes on bursts.
	ChunkSize  int
	ChunkDelay time.Duration
	// DrainChunks makes the standard upload wait, before each chunk after
	// the first, until the transport reports an empty backlog (it
	// implements transport.Backlogger): the device has taken the previous
	// chunk. ChunkDelay is then waited on top. The standard upload has no
	// flow control of its own, so over a link that can see the device's
	// reading (an emulator's UART that takes input only as its FIFO
	// drains) this is what keeps a slow device's receive buffer from
	// overflowing, at the device's own pace instead of a guessed one. A
	// device that takes nothing for CharTimeout fails the upload with
	// ErrNoAck. Ignored when the transport cannot tell.
	DrainChunks bool
	// RawPaste selects raw-paste use.
	RawPaste RawPasteMode
	// MaxOutput caps the stdout and the traceback kept per Exec, in bytes
	// each (0: 1 MiB). Output past the cap is read and discarded.
	MaxOutput int
}

func (o *Options) fill() {
	if o.CharTimeout <= 0 {
		o.CharTimeout = 2 * time.Second
	}
	if o.EnterRetry <= 0 {
		o.EnterRetry = 200 * time.Millisecond
	}
	if o.DefaultDeadline <= 0 {
		o.DefaultDeadline = 30 * time.Second
	}
	if o.ChunkSize <= 0 {
		o.ChunkSize = 256
	}
	if o.MaxOutput <= 0 {
		o.MaxOutput = 1 << 20
	}
}

// pasteSupport records what the device said about raw-paste.
type pasteSupport int

const (
	pasteUnknown pasteSupport = iota
	pasteYes
	pasteNo
)

// Conn is a host-side raw REPL session over one transport. It is not safe
// for concurrent use.
type Conn struct {
	t     transport.Transport
	opt   Options
	buf   []byte // bytes read from t but not consumed yet
	paste pasteSupport
	rbuf  []byte
}

// New returns a Conn over t. It does not talk to the device; call Enter.
func New(t transport.Transport, opt Options) *Conn {
	opt.fill()
	return &Conn{t: t, opt: opt, rbuf: make([]byte, 4096)}
}

// Transport returns the underlying transport.
func (c *Conn) Transport() transport.Transport { return c.t }

// RawPasteSupported reports what is known about the device's raw-paste
// support: known is false until an Exec has asked.
func (c *Conn) RawPasteSupported() (supported, known bool) {
	return c.paste == pasteYes, c.paste != pasteUnknown
}

// Result is what one Exec produced. Stdout and Traceback are the device's
// bytes as sent (\r\n line ends).
type Result struct {
	Stdout    []byte
	Traceback []byte
	// Truncated is set when stdout or traceback exceeded Options.MaxOutput.
	Truncated bool
	// RawPaste tells whether the code went up with raw-paste.
	RawPaste bool
}

// overall returns the operation's overall deadline.
func (c *Conn) overall(ctx context.Context) time.Time {
	if d, ok := ctx.Deadline(); ok {
		return d
	}
	return time.Now().Add(c.opt.DefaultDeadline)
}

// watch makes a cancellation of ctx interrupt a blocked Read at once
// (transports whose reads honour a deadline change); call the returned
// function when the operation ends.
func (c *Conn) watch(ctx context.Context) func() bool {
	return context.AfterFunc(ctx, func() { c.t.SetReadDeadline(time.Now()) })
}

// fill reads at least one more byte into c.buf, waiting until the earlier
// of now+idle (idle 0: no inter-character deadline) and the overall deadline.
func (c *Conn) fill(ctx context.Context, idle time.Duration, overall time.Time) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("%w: %w", ErrDeadline, err)
	}
	dl, idleBound := overall, false
	if idle > 0 {
		if d := time.Now().Add(idle); d.Before(dl) {
			dl, idleBound = d, true
		}
	}
	if err := c.t.SetReadDeadline(dl); err != nil {
		return fmt.Errorf("%w: set read deadline: %w", ErrDisconnected, err)
	}
	n, err := c.t.Read(c.rbuf)
	c.buf = append(c.buf, c.rbuf[:n]...)
	if n > 0 {
		return nil
	}
	switch {
	case err == nil:
		return nil
	case transport.IsTimeout(err) && ctx.Err() != nil:
		return fmt.Errorf("%w: %w", ErrDeadline, ctx.Err())
	case transport.IsTimeout(err) && idleBound:
		return ErrIdle
	case transport.IsTimeout(err):
		return ErrDeadline
	default:
		return fmt.Errorf("%w: %w", ErrDisconnected, err)
	}
}

// poll reports whether a byte is available without waiting.
func (c *Conn) poll() (bool, error) {
	if len(c.buf) > 0 {
		return true, nil
	}
	if err := c.t.SetReadDeadline(time.Now()); err != nil {
		return false, fmt.Errorf("%w: set read deadline: %w", ErrDisconnected, err)
	}
	n, err := c.t.Read(c.rbuf)
	c.buf = append(c.buf, c.rbuf[:n]...)
	if n > 0 {
		return true, nil
	}
	if err != nil && !transport.IsTimeout(err) {
		return false, fmt.Errorf("%w: %w", ErrDisconnected, err)
	}
	return false, nil
}

// readN consumes exactly n bytes.
func (c *Conn) readN(ctx context.Context, n int, idle time.Duration, overall time.Time) ([]byte, error) {
	for len(c.buf) < n {
		if err := c.fill(ctx, idle, overall); err != nil {
			return c.take(len(c.buf)), err
		}
	}
	return c.take(n), nil
}

// take consumes n buffered bytes.
func (c *Conn) take(n int) []byte {
	out := bytes.Clone(c.buf[:n])
	c.buf = c.buf[n:]
	return out
}

// readUntil consumes bytes up to and including marker. It gives up with
// ErrProtocol after limit bytes without the marker; with limit 0 there is
// no limit and only the last 4 KiB read are kept (and returned).
func (c *Conn) readUntil(ctx context.Context, marker []byte, idle time.Duration, overall time.Time, limit int) ([]byte, error) {
	for {
		if i := bytes.Index(c.buf, marker); i >= 0 {
			return c.take(i + len(marker)), nil
		}
		if limit == 0 && len(c.buf) > 8<<10 {
			c.buf = append(c.buf[:0], c.buf[len(c.buf)-4<<10:]...)
		}
		if limit > 0 && len(c.buf) > limit {
			got := c.take(len(c.buf))
			return got, fmt.Errorf("%w: no %q in %d bytes", ErrProtocol, marker, len(got))
		}
		if err := c.fill(ctx, idle, overall); err != nil {
			return c.take(len(c.buf)), err
		}
	}
}

// write sends b with the overall deadline as the write deadline.
func (c *Conn) write(b []byte, overall time.Time) error {
	if err := c.t.SetWriteDeadline(overall); err != nil {
		return fmt.Errorf("%w: set write deadline: %w", ErrDisconnected, err)
	}
	if _, err := c.t.Write(b); err != nil {
		if transport.IsTimeout(err) {
			return fmt.Errorf("%w: write: %w", ErrDeadline, err)
		}
		return fmt.Errorf("%w: write: %w", ErrDisconnected, err)
	}
	return nil
}

// opError wraps err with the operation and the tail of what was received.
func opError(op string, got []byte, err error) error {
	if len(got) > 80 {
		got = got[len(got)-80:]
	}
	if len(got) == 0 {
		return fmt.Errorf("rawrepl %s: %w", op, err)
	}
	return fmt.Errorf("rawrepl %s: %w (last bytes %q)", op, err, got)
}

// Enter interrupts whatever runs on the device and enters the raw REPL:
// `\r` Ctrl-C Ctrl-C, then `\r` Ctrl-A, then it reads up to the banner and
// prompt. Bytes before the banner (a program's last output, the friendly
// REPL's prompts) are discarded. A device that is still booting loses what
// it is sent, so without an answer after Options.EnterRetry the request is
// sent again, until the overall deadline; after a repeated request Enter
// drains the input until it is quiet, so that no late banner is mistaken for
// the answer to the next command.
func (c *Conn) Enter(ctx context.Context) error {
	overall := c.overall(ctx)
	defer c.watch(ctx)()
	c.buf = c.buf[:0]
	seq := []byte{'\r', ctrlC, ctrlC, '\r', ctrlA}
	for try := 1; ; try++ {
		if err := c.write(seq, overall); err != nil {
			return opError("enter", nil, err)
		}
		round := time.Now().Add(c.opt.EnterRetry)
		if round.After(overall) {
			round = overall
		}
		// No byte limit: a program may still be printing a backlog; the
		// deadlines bound the wait.
		got, err := c.readUntil(ctx, Banner, c.opt.CharTimeout, round, 0)
		if err == nil {
			if try > 1 {
				return c.drainQuiet(ctx, overall)
			}
			return nil
		}
		silent := errors.Is(err, ErrDeadline) || errors.Is(err, ErrIdle)
		if !silent || !time.Now().Before(overall) || ctx.Err() != nil {
			if silent && try > 1 {
				err = fmt.Errorf("%w (%d requests)", err, try)
			}
			return opError("enter", got, err)
		}
		seq = []byte{'\r', ctrlC, '\r', ctrlA}
	}
}

// drainQuiet discards input until the device has been silent for a short
// while (50 ms).
func (c *Conn) drainQuiet(ctx context.Context, overall time.Time) error {
	for {
		c.buf = c.buf[:0]
		err := c.fill(ctx, 50*time.Millisecond, overall)
		if errors.Is(err, ErrIdle) {
			c.buf = c.buf[:0]
			return nil
		}
		if err != nil {
			return opError("enter (drain)", nil, err)
		}
	}
}

// SoftReset soft-resets the device from the raw REPL prompt (Ctrl-D on an
// empty buffer) and waits until it is back at the raw REPL prompt. The
// device's reboot text (stock: "soft reboot") is not checked.
func (c *Conn) SoftReset(ctx context.Context) error {
	overall := c.overall(ctx)
	defer c.watch(ctx)()
	if err := c.write([]byte{ctrlD}, overall); err != nil {
		return opError("soft reset", nil, err)
	}
	ok, err := c.readN(ctx, 2, c.opt.CharTimeout, overall)
	if err != nil {
		return opError("soft reset", ok, err)
	}
	if string(ok) != "OK" {
		return opError("soft reset", ok, fmt.Errorf("%w: expected OK", ErrProtocol))
	}
	if got, err := c.readUntil(ctx, Banner, c.opt.CharTimeout, overall, 4096); err != nil {
		return opError("soft reset", got, err)
	}
	return nil
}

// Leave returns to the friendly REPL (Ctrl-B) and waits for its prompt.
func (c *Conn) Leave(ctx context.Context) error {
	overall := c.overall(ctx)
	defer c.watch(ctx)()
	if err := c.write([]byte{ctrlB}, overall); err != nil {
		return opError("leave", nil, err)
	}
	if got, err := c.readUntil(ctx, friendlyPrompt, c.opt.CharTimeout, overall, 4096); err != nil {
		return opError("leave", got, err)
	}
	return nil
}

// Interrupt stops a running program (Ctrl-C twice) and re-enters the raw
// REPL, so the next Exec starts from a known state.
func (c *Conn) Interrupt(ctx context.Context) error { return c.Enter(ctx) }

// Exec uploads code at the raw REPL prompt, runs it and collects its output
// up to the next prompt. On error the returned Result holds what arrived so
// far; the device is then in an unknown state and the caller should
// Interrupt (re-enter) before the next Exec.
func (c *Conn) Exec(ctx context.Context, code []byte) (Result, error) {
	return c.ExecTimeout(ctx, code, 0)
}

// ExecTimeout is Exec with the program's run bounded by timeout, counted
// from the device's acknowledgement of the upload (0: no such bound); ctx
// still bounds the whole exchange. A test's timeout is about how long the
// program runs: a paced upload to a slow board takes what it takes, and is
// bounded by the device's progress (CharTimeout) instead. A run that
// exceeds timeout fails with ErrDeadline.
func (c *Conn) ExecTimeout(ctx context.Context, code []byte, timeout time.Duration) (Result, error) {
	overall := c.overall(ctx)
	defer c.watch(ctx)()
	var res Result
	if c.opt.RawPaste == RawPasteAuto && c.paste != pasteNo {
		used, err := c.rawPasteUpload(ctx, code, overall)
		if err != nil {
			return res, err
		}
		res.RawPaste = used
	}
	if !res.RawPaste {
		if err := c.standardUpload(ctx, code, overall); err != nil {
			return res, err
		}
	}
	if timeout > 0 {
		if run := time.Now().Add(timeout); run.Before(overall) {
			overall = run
		}
	}
	return c.readResponse(ctx, res, overall)
}

// standardUpload sends the code in paced chunks and Ctrl-D, and expects OK.
func (c *Conn) standardUpload(ctx context.Context, code []byte, overall time.Time) error {
	bl, _ := c.t.(transport.Backlogger)
	if !c.opt.DrainChunks {
		bl = nil
	}
	for i := 0; i < len(code); i += c.opt.ChunkSize {
		if i > 0 && bl != nil {
			if err := c.waitDrained(ctx, bl, overall); err != nil {
				return opError("upload", nil, err)
			}
		}
		if i > 0 && c.opt.ChunkDelay > 0 {
			if err := sleep(ctx, c.opt.ChunkDelay); err != nil {
				return opError("upload", nil, fmt.Errorf("%w: %w", ErrDeadline, err))
			}
		}
		if err := c.write(code[i:min(i+c.opt.ChunkSize, len(code))], overall); err != nil {
			return opError("upload", nil, err)
		}
	}
	if err := c.write([]byte{ctrlD}, overall); err != nil {
		return opError("upload", nil, err)
	}
	ok, err := c.readN(ctx, 2, c.opt.CharTimeout, overall)
	if err != nil {
		return opError("upload", ok, noAck(err))
	}
	if string(ok) == "OK" {
		return nil
	}
	return c.unexpected(ctx, "upload", ok, overall)
}

// unexpected reports bytes that came instead of an acknowledgement: it reads
// on up to a prompt to find out whether the device restarted (it prints a
// reboot message or its banner) and returns ErrDeviceReset if so, else
// ErrProtocol (or the read error).
func (c *Conn) unexpected(ctx context.Context, op string, got []byte, overall time.Time) error {
	c.buf = append(got, c.buf...)
	got, rerr := c.readUntil(ctx, []byte(">"), c.opt.CharTimeout, overall, 4096)
	if bytes.Contains(got, []byte("raw REPL")) || bytes.Contains(got, []byte("reboot")) || bytes.Contains(got, []byte("MicroPython")) {
		return opError(op, got, ErrDeviceReset)
	}
	if rerr != nil {
		return opError(op, got, fmt.Errorf("%w: unexpected answer, then %v", ErrProtocol, rerr))
	}
	return opError(op, got, fmt.Errorf("%w: unexpected answer", ErrProtocol))
}

// waitDrained waits until the transport's backlog is empty. The backlog
// must shrink at least every CharTimeout (else the device stopped reading:
// ErrNoAck with ErrIdle); the overall deadline bounds the whole wait.
func (c *Conn) waitDrained(ctx context.Context, bl transport.Backlogger, overall time.Time) error {
	last, lastChange := -1, time.Now()
	pause := 50 * time.Microsecond
	for {
		n, err := bl.Backlog()
		if err != nil {
			return fmt.Errorf("%w: %w", ErrDisconnected, err)
		}
		if n == 0 {
			return nil
		}
		now := time.Now()
		if n != last {
			last, lastChange = n, now
		}
		switch {
		case ctx.Err() != nil:
			return fmt.Errorf("%w: %w: %w (%d bytes not taken)", ErrNoAck, ErrDeadline, ctx.Err(), n)
		case now.After(overall):
			return fmt.Errorf("%w: %w (%d bytes not taken)", ErrNoAck, ErrDeadline, n)
		case now.Sub(lastChange) > c.opt.CharTimeout:
			return fmt.Errorf("%w: %w (%d bytes not taken)", ErrNoAck, ErrIdle, n)
		}
		// A device takes a chunk in well under a millisecond when it
		// runs: poll finely first (the runtime's timers are too coarse
		// for this), then back off.
		shortSleep(pause)
		pause = min(2*pause, time.Millisecond)
	}
}

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

// rawPasteUpload asks for raw-paste mode and, if the device agrees, sends
// code under its flow control and waits for the end-of-upload Ctrl-D. It
// reports false (nothing sent, device at the prompt) when the device refused
// or did not understand the request; the Conn then remembers to use the
// standard upload.
func (c *Conn) rawPasteUpload(ctx context.Context, code []byte, overall time.Time) (bool, error) {
	if err := c.write(pasteRequest, overall); err != nil {
		return false, opError("raw-paste request", nil, err)
	}
	ans, err := c.readN(ctx, 2, c.opt.CharTimeout, overall)
	if err != nil {
		return false, opError("raw-paste request", ans, err)
	}
	switch string(ans) {
	case "R\x01":
		c.paste = pasteYes
	case "R\x00":
		c.paste = pasteNo
		return false, nil
	case "ra":
		// Old firmware: Ctrl-E and 'A' were buffered, Ctrl-A re-entered
		// the raw REPL. Read the rest of its banner.
		c.paste = pasteNo
		if got, err := c.readUntil(ctx, Banner[2:], c.opt.CharTimeout, overall, 256); err != nil {
			return false, opError("raw-paste fallback", got, err)
		}
		return false, nil
	default:
		return false, opError("raw-paste request", ans, fmt.Errorf("%w: unexpected answer", ErrProtocol))
	}
	w, err := c.readN(ctx, 2, c.opt.CharTimeout, overall)
	if err != nil {
		return true, opError("raw-paste window", w, err)
	}
	window := int(w[0]) | int(w[1])<<8
	if window == 0 {
		return true, opError("raw-paste window", w, fmt.Errorf("%w: zero window", ErrProtocol))
	}
	fc := flowControl{window: window, credit: window}
	for sent := 0; sent < len(code); {
		// Consume flow-control bytes that have arrived; wait for one when
		// out of credit.
		for {
			if fc.credit == 0 {
				if err := c.fill(ctx, c.opt.CharTimeout, overall); err != nil && len(c.buf) == 0 {
					return true, opError("raw-paste upload", nil, noAck(err))
				}
			} else if avail, err := c.poll(); err != nil {
				return true, opError("raw-paste upload", nil, err)
			} else if !avail {
				break
			}
			b := c.take(1)[0]
			stop, err := fc.control(b)
			if err != nil {
				return true, opError("raw-paste upload", []byte{b}, err)
			}
			if stop {
				// The device stopped reading (syntax error, interrupt):
				// acknowledge and read its result as usual.
				if err := c.write([]byte{ctrlD}, overall); err != nil {
					return true, opError("raw-paste upload", nil, err)
				}
				return true, nil
			}
		}
		n := min(fc.credit, len(code)-sent)
		if err := c.write(code[sent:sent+n], overall); err != nil {
			return true, opError("raw-paste upload", nil, err)
		}
		fc.credit -= n
		sent += n
	}
	if err := c.write([]byte{ctrlD}, overall); err != nil {
		return true, opError("raw-paste upload", nil, err)
	}
	// Wait for the device's end-of-upload Ctrl-D; window grants may still
	// come before it.
	for {
		b, err := c.readN(ctx, 1, c.opt.CharTimeout, overall)
		if err != nil {
			return true, opError("raw-paste end", b, noAck(err))
		}
		if b[0] == ctrlD {
			return true, nil
		}
		if b[0] != ctrlA {
			return true, c.unexpected(ctx, "raw-paste end", b, overall)
		}
	}
}

// noAck marks a silence while waiting for an upload acknowledgement.
func noAck(err error) error {
	if errors.Is(err, ErrIdle) || errors.Is(err, ErrDeadline) {
		return fmt.Errorf("%w: %w", ErrNoAck, err)
	}
	return err
}

// flowControl is the host's raw-paste credit accounting.
type flowControl struct {
	window int // W, the device's window increment
	credit int // bytes the host may still send
}

// control applies one byte from the device during upload: Ctrl-A grants a
// window, Ctrl-D means the device stopped reading; anything else is a
// protocol error.
func (f *flowControl) control(b byte) (stop bool, err error) {
	switch b {
	case ctrlA:
		f.credit += f.window
		return false, nil
	case ctrlD:
		return true, nil
	}
	return false, fmt.Errorf("%w: unexpected byte %q during raw-paste upload", ErrProtocol, b)
}

// readResponse reads stdout, Ctrl-D, traceback, Ctrl-D and the prompt.
func (c *Conn) readResponse(ctx context.Context, res Result, overall time.Time) (Result, error) {
	p := Parser{Max: c.opt.MaxOutput}
	for {
		if len(c.buf) > 0 {
			n, done, err := p.Feed(c.buf)
			c.buf = c.buf[n:]
			if err != nil {
				res.Stdout, res.Traceback, res.Truncated = p.Stdout, p.Traceback, p.Truncated
				return res, opError("read output", nil, err)
			}
			if done {
				res.Stdout, res.Traceback, res.Truncated = p.Stdout, p.Traceback, p.Truncated
				return res, nil
			}
		}
		if err := c.fill(ctx, c.opt.OutputIdle, overall); err != nil {
			res.Stdout, res.Traceback, res.Truncated = p.Stdout, p.Traceback, p.Truncated
			return res, opError("read output", tail(p.Stdout, p.Traceback), err)
		}
	}
}

func tail(a, b []byte) []byte {
	if len(b) > 0 {
		return b
	}
	return a
}
