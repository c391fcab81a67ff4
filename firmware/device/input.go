package device

import (
	"io"
	"sync"
)

// inputCap bounds the bytes queued from the link while the device is
// reading them (more waits, like a UART with flow control); while a program
// runs, bytes beyond it are dropped as by a UART's overflowing FIFO.
const inputCap = 64 << 10

// input is the receive queue between the link reader goroutine and the
// device loop. The reader goroutine watches for Ctrl-C while a program
// runs, so that it can interrupt it.
type input struct {
	mu     sync.Mutex
	cond   *sync.Cond
	buf    []byte
	err    error // set when the link's reader ended
	wakeup bool  // a Ctrl-C for a program waiting in stdin

	// ctrlC is called (without mu) for every Ctrl-C byte; if it returns
	// true the byte was used to interrupt a program and is not queued.
	ctrlC func() bool
	// busy reports whether a program runs (then overflow drops bytes).
	busy func() bool
}

func newInput(ctrlC, busy func() bool) *input {
	in := &input{ctrlC: ctrlC, busy: busy}
	in.cond = sync.NewCond(&in.mu)
	return in
}

// pump copies r into the queue until r fails; it then records the error
// and interrupts a running program.
func (in *input) pump(r io.Reader) {
	chunk := make([]byte, 4096)
	for {
		n, err := r.Read(chunk)
		for _, c := range chunk[:n] {
			if c == 0x03 && in.ctrlC() {
				in.mu.Lock()
				in.wakeup = true
				in.cond.Broadcast()
				in.mu.Unlock()
				continue
			}
			in.mu.Lock()
			for len(in.buf) >= inputCap && !in.busy() && in.err == nil {
				in.cond.Wait()
			}
			if len(in.buf) < inputCap {
				in.buf = append(in.buf, c)
			}
			in.cond.Broadcast()
			in.mu.Unlock()
		}
		if err != nil {
			in.mu.Lock()
			in.err = err
			in.cond.Broadcast()
			in.mu.Unlock()
			in.ctrlC()
			return
		}
	}
}

// wake makes the reader goroutine re-check its wait condition.
func (in *input) wake() {
	in.mu.Lock()
	in.cond.Broadcast()
	in.mu.Unlock()
}

// readByte waits for the next byte; it fails once the link is gone and the
// queue is empty.
func (in *input) readByte() (byte, error) {
	in.mu.Lock()
	defer in.mu.Unlock()
	for len(in.buf) == 0 {
		if in.err != nil {
			return 0, in.err
		}
		in.cond.Wait()
	}
	c := in.buf[0]
	in.buf = in.buf[1:]
	if len(in.buf) == 0 {
		in.buf = nil
	}
	in.cond.Broadcast()
	return c, nil
}

// stdin is a program's sys.stdin: the queued bytes, with CR as newline,
// echoed as the board's line reader does; a Ctrl-C or a lost link ends a
// waiting read with EOF.
type stdin struct {
	in   *input
	echo func(p []byte)
}

func (s stdin) Read(p []byte) (int, error) {
	n, err := s.read(p)
	if n > 0 && s.echo != nil {
		s.echo(p[:n])
	}
	return n, err
}

func (s stdin) read(p []byte) (int, error) {
	in := s.in
	in.mu.Lock()
	defer in.mu.Unlock()
	in.wakeup = false
	for len(in.buf) == 0 {
		if in.err != nil || in.wakeup {
			return 0, io.EOF
		}
		in.cond.Wait()
	}
	n := copy(p, in.buf)
	for i := range p[:n] {
		if p[i] == '\r' {
			p[i] = '\n'
		}
	}
	in.buf = in.buf[n:]
	in.cond.Broadcast()
	return n, nil
}
