package board

import (
	"context"
	"fmt"
	"net"
	"os"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"github.com/mptest/mptest/runners"
	"github.com/mptest/mptest/runners/rawrepl"
	"github.com/mptest/mptest/runners/rawrepl/rawrepltest"
	"github.com/mptest/mptest/runners/transport"
)

// ptyDevice serves a fake device on a new pty's master and returns the
// slave's path.
func ptyDevice(t *testing.T, cfg rawrepltest.Config) string {
	t.Helper()
	fd, err := unix.Open("/dev/ptmx", unix.O_RDWR|unix.O_NOCTTY|unix.O_NONBLOCK|unix.O_CLOEXEC, 0)
	if err != nil {
		t.Skipf("no ptys: %v", err)
	}
	if err := unix.IoctlSetPointerInt(fd, unix.TIOCSPTLCK, 0); err != nil {
		t.Fatal(err)
	}
	n, err := unix.IoctlGetInt(fd, unix.TIOCGPTN)
	if err != nil {
		t.Fatal(err)
	}
	if t, err := unix.IoctlGetTermios(fd, unix.TCGETS); err == nil {
		t.Oflag &^= unix.OPOST
		t.Lflag &^= unix.ECHO | unix.ICANON | unix.ISIG
		t.Iflag &^= unix.ICRNL | unix.IXON
		unix.IoctlSetTermios(fd, unix.TCSETS, t)
	}
	master := &fileTransport{os.NewFile(uintptr(fd), "/dev/ptmx")}
	dev := rawrepltest.NewFakeDevice(cfg)
	go dev.Serve(master)
	t.Cleanup(func() { master.Close() })
	return fmt.Sprintf("/dev/pts/%d", n)
}

type fileTransport struct{ *os.File }

func (f *fileTransport) String() string { return "pty master" }

type connTransport struct{ net.Conn }

func (c connTransport) String() string { return "tcp " + c.RemoteAddr().String() }

// telnetDevice serves a fake device behind a WiPy-style telnet login.
func telnetDevice(t *testing.T, cfg rawrepltest.Config) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Skipf("no loopback TCP: %v", err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				buf := make([]byte, 64)
				c.Write([]byte("\xff\xfb\x01\xff\xfb\x03MicroPython\r\nLogin as: "))
				c.Read(buf)
				c.Write([]byte("Password: "))
				c.Read(buf)
				c.Write([]byte("\r\nLogin succeeded!\r\nType \"help()\" for more information.\r\n>>> "))
				rawrepltest.NewFakeDevice(cfg).Serve(connTransport{c})
			}()
		}
	}()
	return ln.Addr().String()
}

// TestTargetsEndToEnd opens targets through the registry, as the harness
// does, against fake devices on a pty and behind telnet.
func TestTargetsEndToEnd(t *testing.T) {
	for _, tc := range []struct {
		name string
		spec func(t *testing.T) string
	}{
		{"pty", func(t *testing.T) string { return "pty:" + ptyDevice(t, rawrepltest.Config{}) }},
		{"pty-old-firmware", func(t *testing.T) string {
			return "pty:" + ptyDevice(t, rawrepltest.Config{Paste: rawrepltest.PasteUnknown})
		}},
		{"serial-on-pty", func(t *testing.T) string { return "serial:" + ptyDevice(t, rawrepltest.Config{}) + ",115200" }},
		{"pyboard-port", func(t *testing.T) string { return "pyboard:" + ptyDevice(t, rawrepltest.Config{}) }},
		{"telnet", func(t *testing.T) string { return "telnet:" + telnetDevice(t, rawrepltest.Config{}) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			spec := tc.spec(t)
			tg, err := runners.Open(spec, runners.Options{Timeout: 2 * time.Second})
			if err != nil {
				t.Fatal(err)
			}
			defer tg.Close()
			if tg.Concurrency() != 1 || tg.Name() != spec {
				t.Errorf("Concurrency %d Name %q", tg.Concurrency(), tg.Name())
			}
			if id, err := tg.Identity(context.Background()); err != nil || id != "rawrepltest fake device" {
				t.Errorf("Identity = %q, %v", id, err)
			}
			for i := range 5 {
				out, err := tg.Run(context.Background(), runners.Test{Name: "t.py", Source: []byte(fmt.Sprintf("print(%d)\nprint('x')\n", i))})
				if err != nil {
					t.Fatal(err)
				}
				if want := fmt.Sprintf("%d\nx\n", i); out.Status != runners.Exited || string(out.Stdout) != want {
					t.Errorf("run %d: %v %q, want %q (%v)", i, out.Status, out.Stdout, want, out.Err)
				}
			}
		})
	}
}

// TestFakeConformanceOverPTY runs the shared protocol table against the
// fake device through a real pty, as the firmware's virtual board will be
// reached.
func TestFakeConformanceOverPTY(t *testing.T) {
	rawrepltest.DeviceConformance(t, func(t *testing.T) transport.Transport {
		f, err := transport.OpenFile(ptyDevice(t, rawrepltest.Config{Window: 32}))
		if err != nil {
			t.Fatal(err)
		}
		return f
	}, rawrepl.Options{})
}
