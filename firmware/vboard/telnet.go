package vboard

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"time"
)

// Telnet option bytes.
const (
	iac  = 255
	will = 251
	wont = 252
	do   = 253
	dont = 254
	sb   = 250
	se   = 240
	echo = 1
	sga  = 3
)

// TelnetConfig configures ServeTelnet.
type TelnetConfig struct {
	// Addr is the listen address (default "127.0.0.1:2323"). A non-loopback
	// address must be allowed with AllowRemote: the REPL runs any code.
	Addr        string
	AllowRemote bool
	// User and Password are the login (default micro / python, as WiPy).
	User, Password string
}

// ServeTelnet serves the board's REPL over telnet with a WiPy-style login
// ("Login as:", "Password:", "Login succeeded!"). It returns the listen
// address; the listener is closed with the board.
func (b *Board) ServeTelnet(cfg TelnetConfig) (string, error) {
	if cfg.Addr == "" {
		cfg.Addr = "127.0.0.1:2323"
	}
	if cfg.User == "" && cfg.Password == "" {
		cfg.User, cfg.Password = "micro", "python"
	}
	host, _, err := net.SplitHostPort(cfg.Addr)
	if err != nil {
		return "", fmt.Errorf("telnet address %q: %w", cfg.Addr, err)
	}
	if !cfg.AllowRemote {
		ip := net.ParseIP(host)
		if host != "localhost" && (ip == nil || !ip.IsLoopback()) {
			return "", fmt.Errorf("telnet address %q is not a loopback address; the REPL runs any code: allow remote access explicitly (mptest board --allow-remote)", cfg.Addr)
		}
	}
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return "", err
	}
	b.extra = append(b.extra, ln)
	go func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			go b.telnetSession(conn, cfg)
		}
	}()
	return ln.Addr().String(), nil
}

// telnetSession logs a client in and attaches it to the REPL until it
// disconnects.
func (b *Board) telnetSession(conn net.Conn, cfg TelnetConfig) {
	defer conn.Close()
	tc := &telnetConn{conn: conn}
	// Character mode: the server echoes, the client does not buffer lines.
	conn.Write([]byte{iac, will, echo, iac, will, sga})
	for try := 0; ; try++ {
		if try == 3 {
			return
		}
		conn.SetDeadline(time.Now().Add(60 * time.Second))
		tc.WriteString("Login as: ")
		user, err := tc.readLine(true)
		if err != nil {
			return
		}
		tc.WriteString("Password: ")
		pass, err := tc.readLine(false)
		if err != nil {
			return
		}
		if user == cfg.User && pass == cfg.Password {
			break
		}
		tc.WriteString("\r\nInvalid credentials, try again.\r\n")
	}
	conn.SetDeadline(time.Time{})
	tc.WriteString("\r\nLogin succeeded!\r\nType \"help()\" for more information.\r\n\r\n")
	gone := b.mux.attach(tc, tc)
	b.mux.inject([]byte("\r")) // a fresh prompt, as pressing Enter
	<-gone
}

// telnetConn strips telnet commands from what it reads and escapes IAC in
// what it writes.
type telnetConn struct {
	conn    net.Conn
	state   int
	lastCR  bool
	pending []byte
}

func (t *telnetConn) WriteString(s string) { t.Write([]byte(s)) }

func (t *telnetConn) Write(p []byte) (int, error) {
	if bytes.IndexByte(p, iac) >= 0 {
		p = bytes.ReplaceAll(p, []byte{iac}, []byte{iac, iac})
	}
	t.conn.SetWriteDeadline(time.Now().Add(5 * time.Second))
	_, err := t.conn.Write(p)
	return len(p), err
}

func (t *telnetConn) Read(p []byte) (int, error) {
	for {
		if len(t.pending) > 0 {
			n := copy(p, t.pending)
			t.pending = t.pending[n:]
			return n, nil
		}
		buf := make([]byte, 4096)
		n, err := t.conn.Read(buf)
		t.pending = t.filter(buf[:n])
		if len(t.pending) > 0 {
			continue
		}
		if err != nil {
			if errors.Is(err, net.ErrClosed) {
				err = io.EOF
			}
			return 0, err
		}
	}
}

// filter removes telnet commands and the NUL or LF a client sends after CR.
func (t *telnetConn) filter(in []byte) []byte {
	var out []byte
	for _, c := range in {
		switch t.state {
		case 0:
			if c == iac {
				t.state = 1
				continue
			}
			if t.lastCR && c == 0 {
				t.lastCR = false
				continue
			}
			t.lastCR = c == '\r'
			out = append(out, c)
		case 1: // after IAC
			switch c {
			case iac:
				out = append(out, iac)
				t.state = 0
			case will, wont, do, dont:
				t.state = 2
			case sb:
				t.state = 3
			default:
				t.state = 0
			}
		case 2: // option byte
			t.state = 0
		case 3: // subnegotiation
			if c == iac {
				t.state = 4
			}
		case 4:
			if c == se {
				t.state = 0
			} else {
				t.state = 3
			}
		}
	}
	return out
}

// readLine reads a login line, echoing it unless it is a password.
func (t *telnetConn) readLine(echoIt bool) (string, error) {
	var line []byte
	b := make([]byte, 1)
	for {
		n, err := t.Read(b)
		if err != nil {
			return "", err
		}
		if n == 0 {
			continue
		}
		switch c := b[0]; c {
		case '\r', '\n':
			if len(line) == 0 && c == '\n' {
				continue // the LF of a previous CR LF
			}
			t.WriteString("\r\n")
			return strings.TrimSpace(string(line)), nil
		case 0x08, 0x7f:
			if len(line) > 0 {
				line = line[:len(line)-1]
			}
		default:
			if len(line) < 128 {
				line = append(line, c)
				if echoIt {
					t.Write([]byte{c})
				}
			}
		}
	}
}
