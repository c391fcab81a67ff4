package transport

import (
	"bytes"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// TestPTYBacklog: the backlog of a host-created pty is never zero while the
// peer has bytes to read, even right after a write (bytes in flight between
// the two sides), is exact when it starts from an empty queue, and falls to
// zero once the peer has read everything.
func TestPTYBacklog(t *testing.T) {
	p, err := NewPTY()
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	c, err := p.Open()
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	peer, err := OpenFile(p.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer peer.Close()
	if n, err := c.Backlog(); n != 0 || err != nil {
		t.Fatalf("fresh backlog %d, %v", n, err)
	}
	total := 0
	for i := range 500 {
		chunk := bytes.Repeat([]byte{byte(i)}, 1+i%40)
		if _, err := c.Write(chunk); err != nil {
			t.Fatal(err)
		}
		total += len(chunk)
		// Immediately after the write: never a false "drained", and
		// exact when the queue was empty before (bytes may still be in
		// flight otherwise, and are then counted later).
		n, err := c.Backlog()
		if err != nil || n <= 0 || n > total || (total == len(chunk) && n != total) {
			t.Fatalf("write %d: backlog %d, %v; want %d", i, n, err, total)
		}
		if i%10 == 9 {
			// The peer reads part of it.
			buf := make([]byte, 1+i%7)
			peer.SetReadDeadline(time.Now().Add(time.Second))
			n, err := peer.Read(buf)
			if err != nil {
				t.Fatal(err)
			}
			total -= n
			if got, err := c.Backlog(); got <= 0 || got > total || err != nil {
				t.Fatalf("after the peer read %d: backlog %d, %v; want 1..%d", n, got, err, total)
			}
		}
	}
	// The peer reads everything: the backlog is zero, and exact again.
	buf := make([]byte, 4096)
	for total > 0 {
		peer.SetReadDeadline(time.Now().Add(time.Second))
		n, err := peer.Read(buf)
		if err != nil {
			t.Fatal(err)
		}
		total -= n
	}
	if n, err := c.Backlog(); n != 0 || err != nil {
		t.Fatalf("all read: backlog %d, %v", n, err)
	}
	c.Write([]byte("abc"))
	if n, err := c.Backlog(); n != 3 || err != nil {
		t.Fatalf("after a write to an empty queue: backlog %d, %v; want 3", n, err)
	}
}

// TestPTYPeerGone: once the peer is released and has closed its side, the
// host's connection reads fail at once instead of waiting for a deadline.
func TestPTYPeerGone(t *testing.T) {
	p, err := NewPTY()
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	c, err := p.Open()
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	peer, err := OpenFile(p.Path())
	if err != nil {
		t.Fatal(err)
	}
	exchange(t, c, peer, protocolBytes)
	exchange(t, peer, c, protocolBytes)
	peer.Close()
	p.ReleasePeer()
	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	start := time.Now()
	if _, err := c.Read(make([]byte, 8)); err == nil || IsTimeout(err) {
		t.Fatalf("read after the peer left: %v, want a hang-up error", err)
	}
	if time.Since(start) > time.Second {
		t.Fatalf("hang-up noticed after %v", time.Since(start))
	}
	if _, err := c.Backlog(); err == nil {
		t.Error("Backlog after ReleasePeer succeeded")
	}
	if _, err := p.Open(); err == nil {
		t.Error("Open after ReleasePeer succeeded")
	}
}

// TestPTYEveryByte: all 256 byte values cross a host-created pty and a pty
// opened with OpenFile unchanged in both directions: no CR/LF translation,
// no XON/XOFF (0x11/0x13) flow control, no echo, no signals.
func TestPTYEveryByte(t *testing.T) {
	all := make([]byte, 256)
	for i := range all {
		all[i] = byte(i)
	}
	p, err := NewPTY()
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	c, err := p.Open()
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	peer, err := OpenFile(p.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer peer.Close()
	master, slave := openPTY(t)
	f, err := OpenFile(slave)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, pair := range [][2]Transport{{c, peer}, {peer, c}, {master, f}, {f, master}} {
		exchange(t, pair[0], pair[1], all)
		// XOFF alone must not stop the flow.
		exchange(t, pair[0], pair[1], []byte("\x13after XOFF\r\n"))
		expectQuiet(t, pair[0])
	}
	// And the termios of both host-side ends say raw.
	for _, fd := range []int{int(c.f.Fd()), int(f.f.Fd())} {
		tio, err := unix.IoctlGetTermios(fd, ioctlGetTermios)
		if err != nil {
			t.Fatal(err)
		}
		if tio.Iflag&(unix.IXON|unix.IXOFF|unix.ICRNL|unix.INLCR|unix.IGNCR|unix.ISTRIP) != 0 ||
			tio.Oflag&unix.OPOST != 0 || tio.Lflag&(unix.ECHO|unix.ICANON|unix.ISIG|unix.IEXTEN) != 0 {
			t.Errorf("fd %d not raw: iflag %#x oflag %#x lflag %#x", fd, tio.Iflag, tio.Oflag, tio.Lflag)
		}
	}
}

// expectQuiet checks that nothing (an echo) is waiting on tr.
func expectQuiet(t *testing.T, tr Transport) {
	t.Helper()
	tr.SetReadDeadline(time.Now().Add(20 * time.Millisecond))
	if n, err := tr.Read(make([]byte, 64)); n != 0 || !IsTimeout(err) {
		t.Fatalf("%s: unexpected %d bytes (%v): an echo?", tr, n, err)
	}
	tr.SetReadDeadline(time.Time{})
}
