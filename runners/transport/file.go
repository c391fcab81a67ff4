//go:build unix

package transport

import (
	"fmt"
	"os"
	"sync"
	"time"

	"golang.org/x/sys/unix"
)

// File is a character device (a pty, a tty, a FIFO pair's end) opened as a
// non-blocking os.File, so that the runtime poller implements deadlines. The
// serial library cannot set deadlines on ptys; this can, and it also serves
// real ttys when no baud rate change is needed.
type File struct {
	f    *os.File
	fd   int
	path string

	mu           sync.Mutex
	readDeadline time.Time
}

// OpenFile opens path read-write without making it the controlling
// terminal. If it is a terminal it is switched to raw mode (no echo, no line
// discipline, no CR/LF translation), which a board link needs.
func OpenFile(path string) (*File, error) {
	fd, err := unix.Open(path, unix.O_RDWR|unix.O_NOCTTY|unix.O_NONBLOCK|unix.O_CLOEXEC, 0)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if err := makeRaw(fd); err != nil {
		unix.Close(fd)
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	// os.NewFile registers a non-blocking descriptor with the runtime
	// poller, which is what makes SetReadDeadline work.
	f := os.NewFile(uintptr(fd), path)
	return &File{f: f, fd: fd, path: path}, nil
}

// makeRaw puts a terminal into raw mode; other kinds of file are left alone.
func makeRaw(fd int) error {
	t, err := unix.IoctlGetTermios(fd, ioctlGetTermios)
	if err != nil {
		return nil // not a terminal (FIFO, socket-like device): nothing to do
	}
	t.Iflag &^= unix.IGNBRK | unix.BRKINT | unix.PARMRK | unix.ISTRIP | unix.INLCR | unix.IGNCR | unix.ICRNL | unix.IXON | unix.IXOFF
	t.Oflag &^= unix.OPOST
	t.Lflag &^= unix.ECHO | unix.ECHONL | unix.ICANON | unix.ISIG | unix.IEXTEN
	t.Cflag &^= unix.CSIZE | unix.PARENB
	t.Cflag |= unix.CS8 | unix.CREAD | unix.CLOCAL
	t.Cc[unix.VMIN] = 1
	t.Cc[unix.VTIME] = 0
	if err := unix.IoctlSetTermios(fd, ioctlSetTermios, t); err != nil {
		return fmt.Errorf("set raw mode: %w", err)
	}
	return nil
}

// Read reads from the device, honouring the read deadline. Once the
// deadline has passed, Read still returns bytes that are already waiting (a
// poll), where os.File would fail at once.
func (f *File) Read(b []byte) (int, error) {
	f.mu.Lock()
	dl := f.readDeadline
	f.mu.Unlock()
	if dl.IsZero() || time.Now().Before(dl) || f.fd < 0 {
		return f.f.Read(b)
	}
	fds := []unix.PollFd{{Fd: int32(f.fd), Events: unix.POLLIN}}
	if n, err := unix.Poll(fds, 0); err != nil || n == 0 {
		return 0, fmt.Errorf("read %s: %w", f.path, ErrTimeout)
	}
	// Readable (or hung up): read without the expired deadline; the
	// descriptor is non-blocking, so this cannot wait.
	f.f.SetReadDeadline(time.Time{})
	defer f.f.SetReadDeadline(dl)
	return f.f.Read(b)
}

// Write writes to the device, honouring the write deadline.
func (f *File) Write(b []byte) (int, error) { return f.f.Write(b) }

// SetReadDeadline sets the read deadline.
func (f *File) SetReadDeadline(t time.Time) error {
	f.mu.Lock()
	f.readDeadline = t
	f.mu.Unlock()
	return f.f.SetReadDeadline(t)
}

// SetWriteDeadline sets the write deadline.
func (f *File) SetWriteDeadline(t time.Time) error { return f.f.SetWriteDeadline(t) }

// Close closes the device.
func (f *File) Close() error { return f.f.Close() }

// String returns "file PATH".
func (f *File) String() string { return "file " + f.path }

// newFile wraps a non-blocking descriptor (used by tests for pty masters).
func newFile(fd int, name string) *File {
	return &File{f: os.NewFile(uintptr(fd), name), fd: fd, path: name}
}
