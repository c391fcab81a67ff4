package transport_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"net"
	"sync"
	"testing"
	"time"

	"github.com/mptest/mptest/runners/rawrepl"
	"github.com/mptest/mptest/runners/rawrepl/rawrepltest"
	"github.com/mptest/mptest/runners/transport"
)

// serveTCP listens on loopback and hands each connection to handle; it is
// closed with the test.
func serveTCP(t *testing.T, handle func(net.Conn)) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	t.Cleanup(func() { ln.Close(); wg.Wait() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			wg.Add(1)
			go func() { defer wg.Done(); defer c.Close(); handle(c) }()
		}
	}()
	return ln.Addr().String()
}

// fakeBehind starts a fake device behind an in-memory pipe and returns the
// host end: the "serial port" a port server exposes.
func fakeBehind(cfg rawrepltest.Config) transport.Transport {
	tr, _ := rawrepltest.Dial(cfg)
	return tr
}

// rawBridge is ser2net's raw mode: bytes copied both ways.
func rawBridge(cfg rawrepltest.Config) func(net.Conn) {
	return func(c net.Conn) {
		port := fakeBehind(cfg)
		defer port.Close()
		done := make(chan struct{})
		go func() { io.Copy(c, port); c.Close(); close(done) }()
		io.Copy(port, c)
		port.Close()
		<-done
	}
}

func TestSocketConformance(t *testing.T) {
	addr := serveTCP(t, rawBridge(rawrepltest.Config{Paste: rawrepltest.PasteYes}))
	rawrepltest.DeviceConformance(t, func(t *testing.T) transport.Transport {
		tr, err := transport.OpenPort("socket://"+addr, 0, time.Second)
		if err != nil {
			t.Fatal(err)
		}
		if got := tr.String(); got != "socket://"+addr {
			t.Errorf("String() = %q", got)
		}
		return tr
	}, rawrepl.Options{})
}

// rfc2217Server is the server side of RFC 2217 for tests: it answers the
// option negotiation, confirms every COM-PORT-OPTION command (code + 100,
// same value) and records each command byte for byte, and bridges data to
// a fake device.
type rfc2217Server struct {
	refuse bool // answer DONT COM-PORT-OPTION

	mu       sync.Mutex
	commands [][]byte     // IAC sequences received, verbatim
	data     bytes.Buffer // data bytes received (unescaped), when echo
	echo     bool         // echo data instead of bridging to a device
	device   rawrepltest.Config
}

func (s *rfc2217Server) recorded() [][]byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([][]byte(nil), s.commands...)
}

func (s *rfc2217Server) handle(c net.Conn) {
	var port transport.Transport
	var out io.Writer = c
	var wmu sync.Mutex
	send := func(b []byte) {
		wmu.Lock()
		out.Write(b)
		wmu.Unlock()
	}
	if !s.echo {
		port = fakeBehind(s.device)
		defer port.Close()
		go func() {
			buf := make([]byte, 512)
			for {
				n, err := port.Read(buf)
				if n > 0 {
					send(bytes.ReplaceAll(buf[:n], []byte{255}, []byte{255, 255}))
				}
				if err != nil {
					c.Close()
					return
				}
			}
		}()
	}
	r := &byteReader{c: c}
	for {
		b, err := r.next()
		if err != nil {
			return
		}
		if b != 255 {
			s.deliver(port, send, []byte{b})
			continue
		}
		cmd := []byte{255}
		v, err := r.next()
		if err != nil {
			return
		}
		cmd = append(cmd, v)
		switch v {
		case 255:
			s.deliver(port, send, []byte{255})
			continue
		case 251, 252, 253, 254: // WILL WONT DO DONT
			opt, err := r.next()
			if err != nil {
				return
			}
			cmd = append(cmd, opt)
			if v == 251 && opt == 44 {
				if s.refuse {
					send([]byte{255, 254, 44})
				} else {
					send([]byte{255, 253, 44})
				}
			}
		case 250: // SB … IAC SE
			for {
				x, err := r.next()
				if err != nil {
					return
				}
				cmd = append(cmd, x)
				if x == 240 && cmd[len(cmd)-2] == 255 {
					break
				}
			}
			if len(cmd) >= 6 && cmd[2] == 44 {
				reply := append([]byte{255, 250, 44, cmd[3] + 100}, cmd[4:]...)
				send(reply)
			}
		}
		s.mu.Lock()
		s.commands = append(s.commands, cmd)
		s.mu.Unlock()
	}
}

func (s *rfc2217Server) deliver(port transport.Transport, send func([]byte), b []byte) {
	if s.echo {
		s.mu.Lock()
		s.data.Write(b)
		s.mu.Unlock()
		send(bytes.ReplaceAll(b, []byte{255}, []byte{255, 255}))
		return
	}
	port.Write(b)
}

type byteReader struct {
	c   net.Conn
	buf []byte
}

func (r *byteReader) next() (byte, error) {
	if len(r.buf) == 0 {
		b := make([]byte, 512)
		n, err := r.c.Read(b)
		if n == 0 {
			if err == nil {
				err = io.ErrNoProgress
			}
			return 0, err
		}
		r.buf = b[:n]
	}
	b := r.buf[0]
	r.buf = r.buf[1:]
	return b, nil
}

// waitCommands waits until the server has recorded at least n commands.
func waitCommands(t *testing.T, s *rfc2217Server, n int) [][]byte {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		got := s.recorded()
		if len(got) >= n || time.Now().After(deadline) {
			return got
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestRFC2217Negotiation(t *testing.T) {
	srv := &rfc2217Server{echo: true}
	addr := serveTCP(t, srv.handle)
	tr, err := transport.OpenPort("rfc2217://"+addr, 57600, 2*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer tr.Close()
	baud := binary.BigEndian.AppendUint32(nil, 57600)
	want := [][]byte{
		{255, 251, 0}, {255, 253, 0}, // WILL/DO BINARY
		{255, 251, 3}, {255, 253, 3}, // WILL/DO SUPPRESS-GO-AHEAD
		{255, 251, 44}, // WILL COM-PORT-OPTION
		append(append([]byte{255, 250, 44, 1}, baud...), 255, 240), // SET-BAUDRATE 57600
		{255, 250, 44, 2, 8, 255, 240},                             // SET-DATASIZE 8
		{255, 250, 44, 3, 1, 255, 240},                             // SET-PARITY NONE
		{255, 250, 44, 4, 1, 255, 240},                             // SET-STOPSIZE 1
		{255, 250, 44, 5, 1, 255, 240},                             // SET-CONTROL no flow control
		{255, 250, 44, 5, 8, 255, 240},                             // SET-CONTROL DTR ON
		{255, 250, 44, 5, 11, 255, 240},                            // SET-CONTROL RTS ON
	}
	if got := waitCommands(t, srv, len(want)); !equalSeqs(got, want) {
		t.Fatalf("negotiation:\n got %v\nwant %v", got, want)
	}

	// Hard reset: DTR off, RTS pulse.
	hr, ok := tr.(transport.HardResetter)
	if !ok {
		t.Fatal("RFC 2217 transport cannot hard-reset")
	}
	if err := hr.HardReset(); err != nil {
		t.Fatal(err)
	}
	want = append(want,
		[]byte{255, 250, 44, 5, 9, 255, 240},  // DTR OFF
		[]byte{255, 250, 44, 5, 11, 255, 240}, // RTS ON
		[]byte{255, 250, 44, 5, 12, 255, 240}, // RTS OFF
	)
	if got := waitCommands(t, srv, len(want)); !equalSeqs(got, want) {
		t.Fatalf("hard reset:\n got %v\nwant %v", got[len(want)-3:], want[len(want)-3:])
	}

	// Data with 0xFF passes both ways unchanged.
	payload := []byte{'a', 255, 'b', 255, 255, 0, '\r', '\n'}
	if _, err := tr.Write(payload); err != nil {
		t.Fatal(err)
	}
	tr.SetReadDeadline(time.Now().Add(2 * time.Second))
	got := make([]byte, 0, len(payload))
	buf := make([]byte, 64)
	for len(got) < len(payload) {
		n, err := tr.Read(buf)
		got = append(got, buf[:n]...)
		if err != nil {
			t.Fatalf("read echo: got %v: %v", got, err)
		}
	}
	if !bytes.Equal(got, payload) {
		t.Errorf("echo = %v, want %v", got, payload)
	}
	srv.mu.Lock()
	if !bytes.Equal(srv.data.Bytes(), payload) {
		t.Errorf("server received data %v, want %v", srv.data.Bytes(), payload)
	}
	srv.mu.Unlock()
}

func TestRFC2217Refused(t *testing.T) {
	srv := &rfc2217Server{echo: true, refuse: true}
	addr := serveTCP(t, srv.handle)
	_, err := transport.OpenPort("rfc2217://"+addr, 0, time.Second)
	if err == nil || !bytes.Contains([]byte(err.Error()), []byte("refuses the COM-PORT-OPTION")) {
		t.Fatalf("err = %v, want a refusal", err)
	}
}

func TestRFC2217Silent(t *testing.T) {
	// A raw TCP server that never negotiates: the dial times out with a clear error.
	addr := serveTCP(t, func(c net.Conn) { io.Copy(io.Discard, c) })
	_, err := transport.OpenPort("rfc2217://"+addr, 0, 300*time.Millisecond)
	if err == nil || !transport.IsTimeout(err) {
		t.Fatalf("err = %v, want a timeout", err)
	}
}

func TestRFC2217Conformance(t *testing.T) {
	srv := &rfc2217Server{device: rawrepltest.Config{Paste: rawrepltest.PasteYes}}
	addr := serveTCP(t, srv.handle)
	rawrepltest.DeviceConformance(t, func(t *testing.T) transport.Transport {
		tr, err := transport.OpenPort("rfc2217://"+addr, 115200, 2*time.Second)
		if err != nil {
			t.Fatal(err)
		}
		return tr
	}, rawrepl.Options{})
}

func TestOpenPortURLs(t *testing.T) {
	for _, bad := range []string{"socket://", "socket://host", "socket://h:1/x", "rfc2217://h:1?logging=debug", "rfc2217://:"} {
		if _, err := transport.OpenPort(bad, 0, 100*time.Millisecond); err == nil || errors.Is(err, transport.ErrTimeout) {
			t.Errorf("OpenPort(%q) = %v, want a URL error", bad, err)
		}
	}
	if !transport.IsNetworkPort("rfc2217://h:1") || !transport.IsNetworkPort("socket://h:1") || transport.IsNetworkPort("/dev/ttyACM0") {
		t.Error("IsNetworkPort misclassifies")
	}
}

func equalSeqs(a, b [][]byte) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !bytes.Equal(a[i], b[i]) {
			return false
		}
	}
	return true
}

// TestRFC2217NoStaleDeadline checks that the negotiation's deadline does not
// outlive it: a Read without a deadline waits as long as it takes.
func TestRFC2217NoStaleDeadline(t *testing.T) {
	srv := &rfc2217Server{echo: true}
	addr := serveTCP(t, srv.handle)
	tr, err := transport.OpenPort("rfc2217://"+addr, 0, 200*time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	defer tr.Close()
	time.Sleep(300 * time.Millisecond)
	if _, err := tr.Write([]byte("x")); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 4)
	if n, err := tr.Read(buf); err != nil || string(buf[:n]) != "x" {
		t.Fatalf("Read = %q, %v; want the echo", buf[:n], err)
	}
}
