// Package vboard runs a virtual board on the host: a firmware/device.Device
// served on a new pty (the host opens the slave, /dev/pts/N, like a USB
// serial port) and optionally over telnet with a WiPy-style login. Every
// link shares the one REPL, as MicroPython's os.dupterm does: input from
// any is read, output goes to all.
//
// Importing the package registers the runners target scheme "vboard":
// "vboard:PROFILE" (pyboard, microbit, esp32, rp2) starts a board for the
// run and drives it through the pty exactly as the serial runner drives
// real hardware. Settings: "fs=DIR" seeds the board's filesystem from a
// host directory, "log=FILE" appends the hardware event log (LED and pin
// changes) to FILE; the board target's settings apply too.
//
// This package is host-only (os, x/sys/unix, net); the device itself is in
// firmware/device.
package vboard

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/sys/unix"

	"github.com/mptest/mptest/firmware/boards"
	"github.com/mptest/mptest/firmware/device"
	"github.com/mptest/mptest/firmware/vfs"
	_ "github.com/mptest/mptest/refinterp/modules/all" // the standard modules, as the firmware has them
)

// Config describes a virtual board.
type Config struct {
	// Profile is the board profile's name (default "pyboard").
	Profile string
	// FSDir, if set, seeds the board's filesystem from this host directory.
	FSDir string
	// EventLog, if set, receives the hardware event log, one line per change.
	EventLog io.Writer
}

// Board is a running virtual board.
type Board struct {
	// Device is the board's device (its hardware state and filesystem can
	// be inspected through it).
	Device *device.Device

	path   string
	master *os.File
	mux    *mux
	link   *ptyLink
	done   chan error

	closeOnce sync.Once
	extra     []io.Closer
}

// Start creates the device and serves it on a new pty.
func Start(cfg Config) (*Board, error) {
	name := cfg.Profile
	if name == "" {
		name = "pyboard"
	}
	p, ok := boards.Lookup(name)
	if !ok {
		return nil, fmt.Errorf("unknown board profile %q (have %v)", name, boards.Names())
	}
	fs := vfs.New(p.FSSize)
	if cfg.FSDir != "" {
		if err := fs.Seed(os.DirFS(cfg.FSDir)); err != nil {
			return nil, fmt.Errorf("seed filesystem from %s: %w", cfg.FSDir, err)
		}
	}
	dev := device.New(device.Config{Profile: p, FS: fs})
	if cfg.EventLog != nil {
		dev.HW().SetLog(cfg.EventLog)
	}
	master, path, err := openPTY()
	if err != nil {
		return nil, err
	}
	b := &Board{Device: dev, path: path, master: master, mux: newMux(), done: make(chan error, 1)}
	link := &ptyLink{f: master, slave: -1}
	// Holding the slave open keeps the master from reporting EIO between
	// hosts.
	if fd, err := unix.Open(path, unix.O_RDWR|unix.O_NOCTTY|unix.O_NONBLOCK|unix.O_CLOEXEC, 0); err == nil {
		link.slave = fd
	}
	b.link = link
	b.mux.attach(link, link)
	go func() { b.done <- dev.Serve(b.mux) }()
	return b, nil
}

// Path returns the pty slave's path (/dev/pts/N) for the host to open.
func (b *Board) Path() string { return b.path }

// Close stops the board and releases the pty.
func (b *Board) Close() error {
	var err error
	b.closeOnce.Do(func() {
		for _, c := range b.extra {
			c.Close()
		}
		b.mux.close()
		err = b.master.Close()
		if b.link.slave >= 0 {
			unix.Close(b.link.slave)
		}
		if serr := <-b.done; serr != nil && err == nil {
			err = serr
		}
	})
	return err
}

// openPTY opens a new pty in raw mode and returns its master and the
// slave's path.
func openPTY() (*os.File, string, error) {
	fd, err := unix.Open("/dev/ptmx", unix.O_RDWR|unix.O_NOCTTY|unix.O_NONBLOCK|unix.O_CLOEXEC, 0)
	if err != nil {
		return nil, "", fmt.Errorf("open /dev/ptmx: %w", err)
	}
	if err := unix.IoctlSetPointerInt(fd, unix.TIOCSPTLCK, 0); err != nil {
		unix.Close(fd)
		return nil, "", fmt.Errorf("unlock pty: %w", err)
	}
	n, err := unix.IoctlGetInt(fd, unix.TIOCGPTN)
	if err != nil {
		unix.Close(fd)
		return nil, "", fmt.Errorf("pty number: %w", err)
	}
	path := fmt.Sprintf("/dev/pts/%d", n)
	if t, err := unix.IoctlGetTermios(fd, unix.TCGETS); err == nil {
		t.Iflag &^= unix.IGNBRK | unix.BRKINT | unix.PARMRK | unix.ISTRIP | unix.INLCR | unix.IGNCR | unix.ICRNL | unix.IXON | unix.IXOFF
		t.Oflag &^= unix.OPOST
		t.Lflag &^= unix.ECHO | unix.ECHONL | unix.ICANON | unix.ISIG | unix.IEXTEN
		t.Cflag &^= unix.CSIZE | unix.PARENB
		t.Cflag |= unix.CS8 | unix.CREAD | unix.CLOCAL
		t.Cc[unix.VMIN], t.Cc[unix.VTIME] = 1, 0
		if err := unix.IoctlSetTermios(fd, unix.TCSETS, t); err != nil {
			unix.Close(fd)
			return nil, "", fmt.Errorf("raw pty: %w", err)
		}
	}
	return os.NewFile(uintptr(fd), "/dev/ptmx"), path, nil
}

// mux is the device's link: the bytes read from every attached stream,
// and writes copied to all of them.
type mux struct {
	ch     chan []byte
	quit   chan struct{}
	once   sync.Once
	mu     sync.Mutex
	outs   map[int]io.Writer
	nextID int
	rest   []byte
}

func newMux() *mux {
	return &mux{ch: make(chan []byte, 16), quit: make(chan struct{}), outs: map[int]io.Writer{}}
}

// attach adds a stream; its reader is copied in until it fails, and then
// it is detached. The returned channel is closed at that point.
func (m *mux) attach(r io.Reader, w io.Writer) <-chan struct{} {
	m.mu.Lock()
	id := m.nextID
	m.nextID++
	m.outs[id] = w
	m.mu.Unlock()
	gone := make(chan struct{})
	go func() {
		defer close(gone)
		defer m.detach(id)
		for {
			buf := make([]byte, 4096)
			n, err := r.Read(buf)
			if n > 0 {
				select {
				case m.ch <- buf[:n]:
				case <-m.quit:
					return
				}
			}
			if err != nil {
				return
			}
		}
	}()
	return gone
}

func (m *mux) detach(id int) {
	m.mu.Lock()
	delete(m.outs, id)
	m.mu.Unlock()
}

// inject queues input as if a stream had sent it.
func (m *mux) inject(p []byte) {
	select {
	case m.ch <- p:
	case <-m.quit:
	}
}

func (m *mux) close() { m.once.Do(func() { close(m.quit) }) }

// Read returns bytes from any attached stream; io.EOF after close.
func (m *mux) Read(p []byte) (int, error) {
	if len(m.rest) == 0 {
		select {
		case b := <-m.ch:
			m.rest = b
		case <-m.quit:
			return 0, io.EOF
		}
	}
	n := copy(p, m.rest)
	m.rest = m.rest[n:]
	return n, nil
}

// Write copies p to every attached stream; a failing stream is dropped.
func (m *mux) Write(p []byte) (int, error) {
	select {
	case <-m.quit:
		return 0, errors.New("board closed")
	default:
	}
	m.mu.Lock()
	outs := make(map[int]io.Writer, len(m.outs))
	for k, v := range m.outs {
		outs[k] = v
	}
	m.mu.Unlock()
	for id, w := range outs {
		if _, err := w.Write(p); err != nil {
			m.detach(id)
		}
	}
	return len(p), nil
}

// ptyLink is the board's end of the pty. Output that no host reads is
// dropped, as a board's USB serial drops output with no host attached:
// a write that cannot complete within 2 s gives up, and until the pty
// drains (or the host sends something) later writes do not wait, so that
// neither a printing program nor a telnet session is held up by a pty
// nobody reads.
type ptyLink struct {
	f       *os.File
	slave   int // the board's own descriptor of the slave, -1 if none
	stalled atomic.Bool
}

func (l *ptyLink) Read(p []byte) (int, error) {
	n, err := l.f.Read(p)
	if n > 0 {
		l.stalled.Store(false)
	}
	return n, err
}

func (l *ptyLink) Write(p []byte) (int, error) {
	if l.stalled.Load() && !l.writable() {
		return len(p), nil
	}
	l.f.SetWriteDeadline(time.Now().Add(2 * time.Second))
	n, err := l.f.Write(p)
	if errors.Is(err, os.ErrDeadlineExceeded) {
		l.stalled.Store(true)
		return len(p), nil
	}
	if err == nil {
		l.stalled.Store(false)
	}
	return n, err
}

// writable reports whether the pty has room for output now.
func (l *ptyLink) writable() bool {
	rc, err := l.f.SyscallConn()
	if err != nil {
		return false
	}
	ok := false
	rc.Control(func(fd uintptr) {
		fds := []unix.PollFd{{Fd: int32(fd), Events: unix.POLLOUT}}
		n, err := unix.Poll(fds, 0)
		ok = err == nil && n > 0 && fds[0].Revents&unix.POLLOUT != 0
	})
	return ok
}
