package transport

import (
	"fmt"
	"net"
	"strings"
	"sync"
	"time"
)

// URL schemes of network serial ports, as MicroPython's tools (pyserial's
// serial_for_url) spell them.
const (
	// SocketScheme is a raw TCP connection to a serial port server (ser2net
	// in "raw" mode, esp-link, a board's own UART bridge).
	SocketScheme = "socket://"
	// RFC2217Scheme is a telnet connection with the COM-PORT-OPTION
	// (RFC 2217): the server also takes the baud rate and DTR/RTS.
	RFC2217Scheme = "rfc2217://"
)

// IsNetworkPort reports whether name is a socket:// or rfc2217:// URL
// rather than a local serial port.
func IsNetworkPort(name string) bool {
	return strings.HasPrefix(name, SocketScheme) || strings.HasPrefix(name, RFC2217Scheme)
}

// OpenPort opens a serial port by name as every board target accepts it: a
// local device (OpenSerial), "socket://HOST:PORT" (DialSocket) or
// "rfc2217://HOST:PORT" (DialRFC2217, which sets the baud rate remotely).
// timeout bounds connecting and the RFC 2217 negotiation (default 5 s).
func OpenPort(name string, baud int, timeout time.Duration) (Transport, error) {
	if timeout <= 0 {
		timeout = 5 * time.Second
	}
	switch {
	case strings.HasPrefix(name, SocketScheme):
		addr, err := hostPort(name, SocketScheme)
		if err != nil {
			return nil, err
		}
		return DialSocket(addr, timeout)
	case strings.HasPrefix(name, RFC2217Scheme):
		addr, err := hostPort(name, RFC2217Scheme)
		if err != nil {
			return nil, err
		}
		return DialRFC2217(addr, RFC2217Config{Baud: baud, Timeout: timeout})
	}
	return OpenSerial(name, baud)
}

// hostPort extracts HOST:PORT from a URL. pyserial allows options after
// "?" (e.g. "?logging=debug"); they do not apply here and are refused, so a
// typo is not silently ignored.
func hostPort(url, scheme string) (string, error) {
	rest := strings.TrimSuffix(strings.TrimPrefix(url, scheme), "/")
	if strings.ContainsAny(rest, "?/") {
		return "", fmt.Errorf("port %q: want %sHOST:PORT without a path or options", url, scheme)
	}
	if _, port, err := net.SplitHostPort(rest); err != nil || port == "" {
		return "", fmt.Errorf("port %q: want %sHOST:PORT", url, scheme)
	}
	return rest, nil
}

// Socket is a raw TCP connection to a serial port server: bytes pass
// unchanged both ways, as with ser2net's raw mode. The baud rate and the
// control lines are the server's business.
type Socket struct {
	conn net.Conn
	addr string

	mu           sync.Mutex
	readDeadline time.Time
}

// DialSocket connects to addr ("host:port") within timeout.
func DialSocket(addr string, timeout time.Duration) (*Socket, error) {
	conn, err := net.DialTimeout("tcp", addr, timeout)
	if err != nil {
		return nil, fmt.Errorf("socket %s: %w", addr, err)
	}
	if tc, ok := conn.(*net.TCPConn); ok {
		// The raw REPL exchanges single control bytes; don't let Nagle
		// hold them back.
		tc.SetNoDelay(true)
	}
	return &Socket{conn: conn, addr: addr}, nil
}

// Read reads from the connection. After the read deadline it still returns
// bytes that have already arrived (polling briefly), as File and Serial do,
// so that SetReadDeadline(time.Now()) asks "is a byte waiting?".
func (s *Socket) Read(b []byte) (int, error) {
	n, err := pollRead(s.conn, &s.mu, &s.readDeadline, b)
	if err != nil {
		err = fmt.Errorf("read socket %s: %w", s.addr, err)
	}
	return n, err
}

// pollRead reads from conn, turning an expired deadline into a short poll:
// a net.Conn fails at once past its deadline, even with bytes waiting.
func pollRead(conn net.Conn, mu *sync.Mutex, deadline *time.Time, b []byte) (int, error) {
	mu.Lock()
	dl := *deadline
	mu.Unlock()
	if !dl.IsZero() && !time.Now().Before(dl) {
		conn.SetReadDeadline(time.Now().Add(time.Millisecond))
		defer conn.SetReadDeadline(dl)
	}
	return conn.Read(b)
}

// Write writes b.
func (s *Socket) Write(b []byte) (int, error) {
	n, err := s.conn.Write(b)
	if err != nil {
		return n, fmt.Errorf("write socket %s: %w", s.addr, err)
	}
	return n, nil
}

// SetReadDeadline sets the read deadline.
func (s *Socket) SetReadDeadline(t time.Time) error {
	s.mu.Lock()
	s.readDeadline = t
	s.mu.Unlock()
	return s.conn.SetReadDeadline(t)
}

// SetWriteDeadline sets the write deadline.
func (s *Socket) SetWriteDeadline(t time.Time) error { return s.conn.SetWriteDeadline(t) }

// Close closes the connection.
func (s *Socket) Close() error { return s.conn.Close() }

// String returns "socket://ADDR".
func (s *Socket) String() string { return SocketScheme + s.addr }
