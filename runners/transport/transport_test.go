package transport

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"os/exec"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// openPTY returns a pty master as a File and the slave's path.
func openPTY(t *testing.T) (*File, string) {
	t.Helper()
	fd, err := unix.Open("/dev/ptmx", unix.O_RDWR|unix.O_NOCTTY|unix.O_NONBLOCK|unix.O_CLOEXEC, 0)
	if err != nil {
		t.Fatal(err)
	}
	if err := unix.IoctlSetPointerInt(fd, unix.TIOCSPTLCK, 0); err != nil {
		t.Fatalf("unlockpt: %v", err)
	}
	n, err := unix.IoctlGetInt(fd, unix.TIOCGPTN)
	if err != nil {
		t.Fatal(err)
	}
	if err := makeRaw(fd); err != nil {
		t.Fatal(err)
	}
	m := newFile(fd, "/dev/ptmx")
	t.Cleanup(func() { m.Close() })
	return m, fmt.Sprintf("/dev/pts/%d", n)
}

// exchange checks that bytes written on a arrive on b unchanged.
func exchange(t *testing.T, a, b Transport, msg []byte) {
	t.Helper()
	if _, err := a.Write(msg); err != nil {
		t.Fatalf("write %s: %v", a, err)
	}
	b.SetReadDeadline(time.Now().Add(2 * time.Second))
	got := make([]byte, 0, len(msg))
	buf := make([]byte, 256)
	for len(got) < len(msg) {
		n, err := b.Read(buf)
		got = append(got, buf[:n]...)
		if err != nil {
			t.Fatalf("read %s after %q: %v", b, got, err)
		}
	}
	if !bytes.Equal(got, msg) {
		t.Fatalf("%s → %s: got %q, want %q", a, b, got, msg)
	}
}

// expectTimeout checks that a Read with a short deadline times out quickly.
func expectTimeout(t *testing.T, tr Transport) {
	t.Helper()
	tr.SetReadDeadline(time.Now().Add(50 * time.Millisecond))
	start := time.Now()
	n, err := tr.Read(make([]byte, 16))
	if n != 0 || !IsTimeout(err) {
		t.Fatalf("read on idle %s: %d, %v; want a timeout", tr, n, err)
	}
	if el := time.Since(start); el > time.Second {
		t.Fatalf("timeout took %v", el)
	}
	tr.SetReadDeadline(time.Time{})
}

// protocolBytes is what a board link must carry verbatim: control bytes,
// CR without LF translation, high bytes.
var protocolBytes = []byte("\r\x01\x02\x03\x04\x05A\x01print('é')\r\n\x00\x7f\xff\xfe")

func TestPipe(t *testing.T) {
	h, d := Pipe()
	exchange(t, h, d, protocolBytes)
	exchange(t, d, h, protocolBytes)
	expectTimeout(t, h)
	expectTimeout(t, d)
	// A full pipe blocks the writer until its deadline.
	d.SetWriteDeadline(time.Now().Add(50 * time.Millisecond))
	_, err := d.Write(make([]byte, pipeCap+1))
	if !IsTimeout(err) {
		t.Fatalf("write to a full pipe: %v, want timeout", err)
	}
	// Close: the peer reads what was buffered, then EOF.
	d.Close()
	n, err := io.Copy(io.Discard, h)
	if err != nil || n != pipeCap {
		t.Fatalf("after close: copied %d, %v; want %d, nil", n, err, pipeCap)
	}
	if _, err := h.Write([]byte("x")); err == nil {
		t.Fatal("write after peer close succeeded")
	}
}

func TestFilePTY(t *testing.T) {
	master, slave := openPTY(t)
	f, err := OpenFile(slave)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	exchange(t, master, f, protocolBytes)
	exchange(t, f, master, protocolBytes)
	expectTimeout(t, f)
	// Raw mode: nothing written to the master is echoed back.
	exchange(t, master, f, []byte("echo?\r"))
	exchange(t, f, master, []byte("ok"))
	// A passed deadline still returns bytes that are waiting (a poll).
	for range 2 {
		master.Write([]byte("\x01"))
		time.Sleep(20 * time.Millisecond) // let the byte cross the pty
		f.SetReadDeadline(time.Now())
		if n, err := f.Read(make([]byte, 4)); n != 1 || err != nil {
			t.Errorf("poll read: %d, %v; want the waiting byte", n, err)
		}
	}
	expectTimeout(t, f)
	if _, err := OpenFile("/nonexistent/tty"); err == nil {
		t.Error("OpenFile of a missing path succeeded")
	}
}

func TestSerialOnPTY(t *testing.T) {
	master, slave := openPTY(t)
	s, err := OpenSerial(slave, 0)
	if err != nil {
		t.Skipf("serial library cannot open a pty here: %v", err)
	}
	defer s.Close()
	if !strings.Contains(s.String(), "@115200") {
		t.Errorf("String() = %q, want the default baud", s)
	}
	exchange(t, master, s, protocolBytes)
	exchange(t, s, master, []byte("print(1)\x04"))
	expectTimeout(t, s)
	// A passed deadline still returns bytes that are waiting (a poll).
	master.Write([]byte("\x01"))
	time.Sleep(20 * time.Millisecond) // let the byte cross the pty
	s.SetReadDeadline(time.Now())
	if n, err := s.Read(make([]byte, 4)); n != 1 || err != nil {
		t.Errorf("poll read: %d, %v; want the waiting byte", n, err)
	}
}

func TestProcess(t *testing.T) {
	if _, err := exec.LookPath("cat"); err != nil {
		t.Skip("no cat")
	}
	p, err := StartProcess(exec.Command("cat"))
	if err != nil {
		t.Fatal(err)
	}
	exchange(t, p, p, protocolBytes)
	expectTimeout(t, p)
	if err := p.Close(); err != nil {
		t.Errorf("Close: %v", err)
	}
	if _, err := StartProcess(&exec.Cmd{Path: "/nonexistent/binary"}); err == nil {
		t.Error("StartProcess of a missing binary succeeded")
	}
}

// telnetServer serves one connection with script: it sends each "send"
// string and then reads until the "expect" string (if any) has arrived.
func telnetServer(t *testing.T, script [][2]string) (addr string, received chan []byte) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Skipf("no loopback TCP: %v", err)
	}
	received = make(chan []byte, 1)
	go func() {
		defer ln.Close()
		c, err := ln.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		c.SetDeadline(time.Now().Add(5 * time.Second))
		var all []byte
		buf := make([]byte, 256)
		for _, st := range script {
			c.Write([]byte(st[0]))
			for !bytes.Contains(all, []byte(st[1])) {
				n, err := c.Read(buf)
				all = append(all, buf[:n]...)
				if err != nil {
					received <- all
					return
				}
			}
		}
		received <- all
	}()
	return ln.Addr().String(), received
}

func TestTelnet(t *testing.T) {
	const iacWillEcho = "\xff\xfb\x01"
	const iacSub = "\xff\xfa\x18\x01\xff\xf0"
	banner := "Login succeeded!\r\nType \"help()\" for more information.\r\n>>> "
	for _, tc := range []struct {
		name     string
		script   [][2]string
		password string
		wantErr  bool
		wantData string // read after login
	}{
		{"wipy-login", [][2]string{
			{iacWillEcho + "MicroPython v1.x\r\nLogin as: ", "micro\r\n"},
			{"Password: ", "python\r\n"},
			{iacSub + banner + "\xff\xfd\x03after\xff\xff", "\xff\xff\r\x01"},
		}, "python", false, "\r\nType \"help()\" for more information.\r\n>>> after\xff"},
		{"bad-password", [][2]string{
			{"Login as: ", "micro\r\n"},
			{"Password: ", "wrong\r\n"},
			{"\r\nInvalid credentials, try again.\r\nLogin as: ", "\x00never"},
		}, "wrong", true, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			addr, received := telnetServer(t, tc.script)
			tn, err := DialTelnet(addr, "micro", tc.password, 2*time.Second)
			if tc.wantErr {
				if err == nil {
					tn.Close()
					t.Fatal("login succeeded, want an error")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			defer tn.Close()
			got := make([]byte, 0, 16)
			buf := make([]byte, 16)
			tn.SetReadDeadline(time.Now().Add(2 * time.Second))
			for len(got) < len(tc.wantData) {
				n, err := tn.Read(buf)
				got = append(got, buf[:n]...)
				if err != nil {
					t.Fatalf("read: %q, %v", got, err)
				}
			}
			if string(got) != tc.wantData {
				t.Errorf("data %q, want %q (telnet commands must be stripped)", got, tc.wantData)
			}
			expectTimeout(t, tn)
			if _, err := tn.Write([]byte("\xff\r\x01")); err != nil {
				t.Fatal(err)
			}
			all := <-received
			if !bytes.HasSuffix(all, []byte("\xff\xff\r\x01")) {
				t.Errorf("server got %q, want 0xFF escaped", all)
			}
		})
	}
}

func TestIsTimeout(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want bool
	}{
		{ErrTimeout, true},
		{fmt.Errorf("read x: %w", ErrTimeout), true},
		{io.EOF, false},
		{errors.New("timeout"), false},
		{&net.OpError{Op: "read", Err: timeoutErr{}}, true},
	} {
		if got := IsTimeout(tc.err); got != tc.want {
			t.Errorf("IsTimeout(%v) = %v, want %v", tc.err, got, tc.want)
		}
	}
}

type timeoutErr struct{}

func (timeoutErr) Error() string { return "i/o timeout" }
func (timeoutErr) Timeout() bool { return true }
