package transport

import (
	"fmt"
	"io"
	"sync"
	"time"
)

// pipeCap bounds the bytes buffered in one direction of a Pipe; a writer
// blocks (until its deadline) while the buffer is full, like a UART whose
// receiver does not keep up.
const pipeCap = 64 << 10

// Pipe returns the two ends of a buffered in-memory byte stream with
// deadlines. Unlike net.Pipe, writes do not wait for a matching read, so two
// parties that write at the same time (a host sending code while a device
// sends flow-control bytes) do not deadlock. Closing either end makes reads
// on the other end return io.EOF once the buffered bytes are consumed.
func Pipe() (host, device Transport) {
	a, b := newQueue(), newQueue()
	return &pipeEnd{name: "pipe host end", in: a, out: b}, &pipeEnd{name: "pipe device end", in: b, out: a}
}

// queue is one direction of a Pipe.
type queue struct {
	mu     sync.Mutex
	data   []byte
	closed bool
	wake   chan struct{} // signalled (non-blocking) on every state change
}

func newQueue() *queue { return &queue{wake: make(chan struct{}, 1)} }

func (q *queue) signal() {
	select {
	case q.wake <- struct{}{}:
	default:
	}
}

type pipeEnd struct {
	name string
	in   *queue // bytes this end reads
	out  *queue // bytes this end writes

	dmu           sync.Mutex
	readDeadline  time.Time
	writeDeadline time.Time
}

func (p *pipeEnd) String() string { return p.name }

// wait blocks until q changes or the deadline passes.
func wait(q *queue, deadline time.Time) error {
	if deadline.IsZero() {
		<-q.wake
		return nil
	}
	d := time.Until(deadline)
	if d <= 0 {
		return ErrTimeout
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-q.wake:
		return nil
	case <-t.C:
		return ErrTimeout
	}
}

func (p *pipeEnd) deadlines() (r, w time.Time) {
	p.dmu.Lock()
	defer p.dmu.Unlock()
	return p.readDeadline, p.writeDeadline
}

// Read reads buffered bytes, waiting for some until the read deadline.
func (p *pipeEnd) Read(b []byte) (int, error) {
	if len(b) == 0 {
		return 0, nil
	}
	for {
		q := p.in
		q.mu.Lock()
		if len(q.data) > 0 {
			n := copy(b, q.data)
			q.data = q.data[n:]
			q.mu.Unlock()
			q.signal() // room for a blocked writer
			return n, nil
		}
		if q.closed {
			q.mu.Unlock()
			return 0, io.EOF
		}
		q.mu.Unlock()
		rd, _ := p.deadlines()
		if !rd.IsZero() && !time.Now().Before(rd) {
			return 0, fmt.Errorf("read %s: %w", p.name, ErrTimeout)
		}
		if err := wait(q, rd); err != nil {
			return 0, fmt.Errorf("read %s: %w", p.name, err)
		}
	}
}

// Write appends b to the peer's buffer, waiting while the buffer is full.
func (p *pipeEnd) Write(b []byte) (int, error) {
	written := 0
	for written < len(b) {
		q := p.out
		q.mu.Lock()
		if q.closed {
			q.mu.Unlock()
			return written, fmt.Errorf("write %s: %w", p.name, io.ErrClosedPipe)
		}
		if room := pipeCap - len(q.data); room > 0 {
			n := min(room, len(b)-written)
			q.data = append(q.data, b[written:written+n]...)
			written += n
			q.mu.Unlock()
			q.signal()
			continue
		}
		q.mu.Unlock()
		_, wd := p.deadlines()
		if !wd.IsZero() && !time.Now().Before(wd) {
			return written, fmt.Errorf("write %s: %w", p.name, ErrTimeout)
		}
		if err := wait(q, wd); err != nil {
			return written, fmt.Errorf("write %s: %w", p.name, err)
		}
	}
	return written, nil
}

// Backlog returns how many bytes written on this end the peer has not read
// yet (exact: a Pipe is a transport.Backlogger).
func (p *pipeEnd) Backlog() (int, error) {
	p.out.mu.Lock()
	defer p.out.mu.Unlock()
	return len(p.out.data), nil
}

// SetReadDeadline sets the deadline for pending and future Reads.
func (p *pipeEnd) SetReadDeadline(t time.Time) error {
	p.dmu.Lock()
	p.readDeadline = t
	p.dmu.Unlock()
	p.in.signal()
	return nil
}

// SetWriteDeadline sets the deadline for pending and future Writes.
func (p *pipeEnd) SetWriteDeadline(t time.Time) error {
	p.dmu.Lock()
	p.writeDeadline = t
	p.dmu.Unlock()
	p.out.signal()
	return nil
}

// Close closes both directions: the peer reads io.EOF after the buffered
// bytes, and writes on either end fail.
func (p *pipeEnd) Close() error {
	for _, q := range []*queue{p.in, p.out} {
		q.mu.Lock()
		q.closed = true
		q.mu.Unlock()
		q.signal()
	}
	return nil
}
