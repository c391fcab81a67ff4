package transport

import (
	"bytes"
	"fmt"
	"net"
	"sync"
	"time"
)

// Telnet protocol bytes (RFC 854).
const (
	iac  = 255
	dont = 254
	do   = 253
	wont = 252
	will = 251
	sb   = 250
	se   = 240
)

// Telnet is a telnet connection to a board's REPL (WiPy-style network
// boards). Option negotiation from the server is skipped, not answered:
// the boards' servers work without replies. 0xFF bytes written are escaped.
type Telnet struct {
	conn net.Conn
	addr string

	state   int // IAC parser state, kept across Reads
	pending []byte

	mu           sync.Mutex
	readDeadline time.Time
}

// IAC parser states.
const (
	tsData = iota
	tsIAC
	tsOption // after WILL/WONT/DO/DONT: one option byte to skip
	tsSub    // inside SB ... IAC SE
	tsSubIAC
)

// DialTelnet connects to addr ("host:port") and logs in when the server asks
// "Login as:" and "Password:", as WiPy boards do (user "micro", password
// "python" by default there). The handshake must finish within timeout.
// A server that asks nothing is accepted as is.
func DialTelnet(addr, user, password string, timeout time.Duration) (*Telnet, error) {
	conn, err := net.DialTimeout("tcp", addr, timeout)
	if err != nil {
		return nil, fmt.Errorf("telnet %s: %w", addr, err)
	}
	t := &Telnet{conn: conn, addr: addr}
	if err := t.login(user, password, time.Now().Add(timeout)); err != nil {
		conn.Close()
		return nil, fmt.Errorf("telnet %s: %w", addr, err)
	}
	return t, nil
}

// login answers the WiPy login prompts. It stops at the first sign of a
// REPL (">>> ") or after a successful login message; any bytes it read past
// that are kept for the next Read.
func (t *Telnet) login(user, password string, deadline time.Time) error {
	var seen []byte
	sentUser, sentPass := false, false
	buf := make([]byte, 256)
	for {
		if err := t.SetReadDeadline(deadline); err != nil {
			return err
		}
		n, err := t.Read(buf)
		seen = append(seen, buf[:n]...)
		switch {
		case !sentUser && bytes.Contains(seen, []byte("Login as:")):
			if _, err := t.Write([]byte(user + "\r\n")); err != nil {
				return fmt.Errorf("send user: %w", err)
			}
			sentUser, seen = true, nil
			continue
		case sentUser && !sentPass && bytes.Contains(seen, []byte("Password:")):
			if _, err := t.Write([]byte(password + "\r\n")); err != nil {
				return fmt.Errorf("send password: %w", err)
			}
			sentPass, seen = true, nil
			continue
		case bytes.Contains(seen, []byte("Invalid credentials")), bytes.Contains(seen, []byte("Login incorrect")):
			return fmt.Errorf("login refused for user %q", user)
		case bytes.Contains(seen, []byte("Login succeeded")), bytes.Contains(seen, []byte(">>> ")):
			// Keep what follows the marker for the next Read.
			for _, m := range []string{"Login succeeded!", "Login succeeded", ">>> "} {
				if i := bytes.Index(seen, []byte(m)); i >= 0 {
					t.pending = append(bytes.Clone(seen[i+len(m):]), t.pending...)
					break
				}
			}
			t.SetReadDeadline(time.Time{})
			return nil
		}
		if err != nil {
			if IsTimeout(err) && !sentUser {
				// No login prompt at all: an open server. Whatever it
				// printed stays readable.
				t.pending = append(seen, t.pending...)
				t.SetReadDeadline(time.Time{})
				return nil
			}
			return fmt.Errorf("login (got %q): %w", seen, err)
		}
	}
}

// Read returns data bytes, with telnet commands removed.
func (t *Telnet) Read(b []byte) (int, error) {
	if len(t.pending) > 0 {
		n := copy(b, t.pending)
		t.pending = t.pending[n:]
		return n, nil
	}
	t.mu.Lock()
	dl := t.readDeadline
	t.mu.Unlock()
	if !dl.IsZero() && !time.Now().Before(dl) {
		// Expired deadline: poll briefly for bytes already received, as
		// File and Serial do, instead of failing at once.
		t.conn.SetReadDeadline(time.Now().Add(time.Millisecond))
		defer t.conn.SetReadDeadline(dl)
	}
	raw := make([]byte, len(b))
	for {
		n, err := t.conn.Read(raw)
		out := t.filter(raw[:n], b[:0])
		if len(out) > 0 || err != nil {
			if err != nil {
				err = fmt.Errorf("read telnet %s: %w", t.addr, err)
			}
			return len(out), err
		}
	}
}

// filter appends the data bytes of in to out, consuming telnet commands.
func (t *Telnet) filter(in, out []byte) []byte {
	for _, c := range in {
		switch t.state {
		case tsData:
			if c == iac {
				t.state = tsIAC
			} else {
				out = append(out, c)
			}
		case tsIAC:
			switch c {
			case iac:
				out = append(out, iac)
				t.state = tsData
			case will, wont, do, dont:
				t.state = tsOption
			case sb:
				t.state = tsSub
			default:
				t.state = tsData
			}
		case tsOption:
			t.state = tsData
		case tsSub:
			if c == iac {
				t.state = tsSubIAC
			}
		case tsSubIAC:
			if c == se {
				t.state = tsData
			} else {
				t.state = tsSub
			}
		}
	}
	return out
}

// Write sends b, escaping 0xFF as IAC IAC.
func (t *Telnet) Write(b []byte) (int, error) {
	esc := b
	if bytes.IndexByte(b, iac) >= 0 {
		esc = bytes.ReplaceAll(b, []byte{iac}, []byte{iac, iac})
	}
	if _, err := t.conn.Write(esc); err != nil {
		return 0, fmt.Errorf("write telnet %s: %w", t.addr, err)
	}
	return len(b), nil
}

// SetReadDeadline sets the read deadline.
func (t *Telnet) SetReadDeadline(d time.Time) error {
	t.mu.Lock()
	t.readDeadline = d
	t.mu.Unlock()
	return t.conn.SetReadDeadline(d)
}

// SetWriteDeadline sets the write deadline.
func (t *Telnet) SetWriteDeadline(d time.Time) error { return t.conn.SetWriteDeadline(d) }

// Close closes the connection.
func (t *Telnet) Close() error { return t.conn.Close() }

// String returns "telnet ADDR".
func (t *Telnet) String() string { return "telnet " + t.addr }
