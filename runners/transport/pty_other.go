//go:build unix && !linux

package transport

import (
	"errors"
	"fmt"
)

// PTY is a pseudo-terminal pair created for a peer process; see the Linux
// implementation. Elsewhere NewPTY fails, and callers fall back to a pty
// the peer creates (opened with OpenFile).
type PTY struct{ path string }

// NewPTY is not supported on this system.
func NewPTY() (*PTY, error) {
	return nil, fmt.Errorf("create pty: %w", errors.ErrUnsupported)
}

// Path returns the slave's path.
func (p *PTY) Path() string { return p.path }

// Open is not supported on this system.
func (p *PTY) Open() (*PTYConn, error) { return nil, errors.ErrUnsupported }

// Backlog is not supported on this system.
func (p *PTY) Backlog() (int, error) { return 0, errors.ErrUnsupported }

// ReleasePeer does nothing on this system.
func (p *PTY) ReleasePeer() {}

// Close does nothing on this system.
func (p *PTY) Close() error { return nil }

// PTYConn is a connection to a PTY's master side.
type PTYConn struct {
	*File
	pty *PTY
}

// Backlog is not supported on this system.
func (c *PTYConn) Backlog() (int, error) { return 0, errors.ErrUnsupported }
