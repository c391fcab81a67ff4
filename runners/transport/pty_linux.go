package transport

import (
	"errors"
	"fmt"
	"os"
	"sync"

	"golang.org/x/sys/unix"
)

// PTY is a pseudo-terminal pair created for a peer process (an emulator)
// that opens the slave side by its path, as QEMU's
// "-chardev serial,path=PATH" does; the host talks on the master side.
//
// Creating the pair on the host side, rather than letting the emulator
// create it, is what makes the link observable: the PTY keeps a descriptor
// of the slave that it never reads from, only to count the bytes the peer
// has not read yet (see Backlog). An emulated UART that takes input only
// as fast as its FIFO drains therefore tells the host how far the firmware
// has got.
type PTY struct {
	master *os.File
	mfd    int
	path   string

	mu    sync.Mutex
	slave int // observer descriptor of the slave; -1 once released
}

// NewPTY creates a raw-mode pseudo-terminal pair. The peer opens Path();
// the host opens connections with Open.
func NewPTY() (*PTY, error) {
	fd, err := unix.Open("/dev/ptmx", unix.O_RDWR|unix.O_NOCTTY|unix.O_NONBLOCK|unix.O_CLOEXEC, 0)
	if err != nil {
		return nil, fmt.Errorf("create pty: %w", err)
	}
	fail := func(step string, err error) (*PTY, error) {
		unix.Close(fd)
		return nil, fmt.Errorf("create pty: %s: %w", step, err)
	}
	if err := unix.IoctlSetPointerInt(fd, unix.TIOCSPTLCK, 0); err != nil {
		return fail("unlock", err)
	}
	n, err := unix.IoctlGetInt(fd, unix.TIOCGPTN)
	if err != nil {
		return fail("slave number", err)
	}
	path := fmt.Sprintf("/dev/pts/%d", n)
	sfd, err := unix.Open(path, unix.O_RDWR|unix.O_NOCTTY|unix.O_NONBLOCK|unix.O_CLOEXEC, 0)
	if err != nil {
		return fail("open slave", err)
	}
	// Both ends raw: the peer usually sets its own side too, but nothing
	// may translate bytes before it does.
	for _, d := range []int{fd, sfd} {
		if err := makeRaw(d); err != nil {
			unix.Close(sfd)
			return fail("raw mode", err)
		}
	}
	return &PTY{master: os.NewFile(uintptr(fd), "/dev/ptmx"), mfd: fd, path: path, slave: sfd}, nil
}

// Path returns the slave's path, for the peer to open.
func (p *PTY) Path() string { return p.path }

// Open returns a new connection to the master side (a duplicate
// descriptor: closing it leaves the PTY usable). It implements Backlogger.
func (p *PTY) Open() (*PTYConn, error) {
	p.mu.Lock()
	released := p.slave < 0
	p.mu.Unlock()
	if released {
		return nil, fmt.Errorf("open pty %s: %w", p.path, errPeerGone)
	}
	fd, err := unix.Dup(p.mfd)
	if err != nil {
		return nil, fmt.Errorf("open pty %s: %w", p.path, err)
	}
	unix.CloseOnExec(fd)
	if err := unix.SetNonblock(fd, true); err != nil {
		unix.Close(fd)
		return nil, fmt.Errorf("open pty %s: %w", p.path, err)
	}
	return &PTYConn{File: &File{f: os.NewFile(uintptr(fd), "pty "+p.path), fd: fd, path: "pty " + p.path}, pty: p}, nil
}

var errPeerGone = errors.New("peer side released")

// Backlog returns how many bytes written to the master the peer has not
// read from the slave yet. It is zero only when the peer has read
// everything; while the queue is not empty, bytes of the latest writes may
// still be in flight inside the kernel and are not counted yet.
func (p *PTY) Backlog() (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.slave < 0 {
		return 0, fmt.Errorf("pty %s backlog: %w", p.path, errPeerGone)
	}
	// On an empty input queue, poll() makes the line discipline first
	// move the bytes still in flight from the master into it (FIONREAD
	// alone misses them for microseconds after a write, or far longer on
	// a loaded machine), so "nothing to read" is never premature.
	fds := []unix.PollFd{{Fd: int32(p.slave), Events: unix.POLLIN}}
	if _, err := unix.Poll(fds, 0); err != nil && !errors.Is(err, unix.EINTR) {
		return 0, fmt.Errorf("pty %s backlog: %w", p.path, err)
	}
	if fds[0].Revents&unix.POLLIN == 0 {
		return 0, nil
	}
	n, err := unix.IoctlGetInt(p.slave, unix.TIOCINQ)
	if err != nil {
		return 0, fmt.Errorf("pty %s backlog: %w", p.path, err)
	}
	return n, nil
}

// ReleasePeer closes the PTY's own slave descriptor, so that the master
// side sees a hang-up (reads fail) as soon as the peer closes its side or
// exits. Call it when the peer is gone; Backlog and Open fail afterwards.
func (p *PTY) ReleasePeer() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.slave >= 0 {
		unix.Close(p.slave)
		p.slave = -1
	}
}

// Close releases the PTY (connections opened from it stay open until
// closed themselves).
func (p *PTY) Close() error {
	p.ReleasePeer()
	return p.master.Close()
}

// PTYConn is a connection to a PTY's master side.
type PTYConn struct {
	*File
	pty *PTY
}

// Backlog returns how many written bytes the peer has not read yet.
func (c *PTYConn) Backlog() (int, error) { return c.pty.Backlog() }

// String describes the connection for messages.
func (c *PTYConn) String() string { return "pty master of " + c.pty.path }
