// Package transport provides the byte streams that connect the host to a
// board: serial ports (go.bug.st/serial), ptys and other character devices
// opened as files, telnet connections, a subprocess's stdin/stdout, and an
// in-memory pipe for tests.
//
// Every Transport is an io.ReadWriteCloser with read and write deadlines, so
// that the protocol layer above can bound every wait: a Read that passes its
// deadline fails with an error for which IsTimeout reports true. Transports
// know nothing about the raw REPL; they move bytes.
package transport

import (
	"errors"
	"io"
	"os"
	"time"
)

// Transport is a bidirectional byte stream to a board with deadlines.
type Transport interface {
	io.ReadWriteCloser
	// SetReadDeadline makes Read fail with a timeout error (see IsTimeout)
	// once t has passed; the zero time means no deadline.
	SetReadDeadline(t time.Time) error
	// SetWriteDeadline bounds Write in the same way. Transports whose writes
	// cannot block indefinitely may treat it as advisory.
	SetWriteDeadline(t time.Time) error
	// String describes the endpoint for messages (e.g. "pty /dev/pts/3").
	String() string
}

// HardResetter is implemented by transports that can reset the board
// electrically (e.g. a USB serial bridge wired to the reset pin via DTR/RTS).
type HardResetter interface {
	HardReset() error
}

// ErrTimeout is the error a Read or Write returns when its deadline passes.
// It is os.ErrDeadlineExceeded, so errors.Is works for os.File, net.Conn and
// the transports of this package alike.
var ErrTimeout = os.ErrDeadlineExceeded

// IsTimeout reports whether err means a deadline passed.
func IsTimeout(err error) bool {
	if errors.Is(err, os.ErrDeadlineExceeded) {
		return true
	}
	var te interface{ Timeout() bool }
	return errors.As(err, &te) && te.Timeout()
}

// Backlogger is implemented by transports that can see how many of the
// bytes written so far the other end has not taken yet. Over a link without
// flow control it is the only evidence that a slow device keeps up: the
// protocol layer may wait for an empty backlog between chunks of an upload.
type Backlogger interface {
	// Backlog returns the number of written bytes not yet read by the
	// peer. Zero means all were read; a positive count may leave out
	// bytes of the latest writes that are still on their way.
	Backlog() (int, error)
}
