package transport

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"net"
	"sync"
	"time"
)

// Telnet options and COM-PORT-OPTION (RFC 2217) subcommands used by RFC2217.
const (
	optBinary  = 0
	optEcho    = 1
	optSGA     = 3
	optComPort = 44

	// Client-to-server subcommands; the server answers each with the same
	// code plus 100 (ServerOffset).
	CPSetBaudRate = 1
	CPSetDataSize = 2
	CPSetParity   = 3
	CPSetStopSize = 4
	CPSetControl  = 5
	ServerOffset  = 100

	// SET-CONTROL values.
	ControlNoFlow = 1
	ControlDTROn  = 8
	ControlDTROff = 9
	ControlRTSOn  = 11
	ControlRTSOff = 12
	parityNone    = 1
	stopBitsOne   = 1
	dataBitsEight = 8
)

// RFC2217Config configures DialRFC2217.
type RFC2217Config struct {
	// Baud is the baud rate to set (DefaultBaud if <= 0).
	Baud int
	// Timeout bounds connecting and the negotiation (default 5 s).
	Timeout time.Duration
}

// RFC2217 is a serial port on a remote server reached over telnet with the
// COM-PORT-OPTION (RFC 2217; ser2net's "telnet(rfc2217)" mode, pyserial's
// rfc2217:// URLs). On connecting it negotiates binary transmission and
// the option, sets the baud rate and 8N1, and asserts DTR and RTS, as
// opening a local port does; HardReset pulses RTS as Serial's does.
// Received data has telnet commands removed; written 0xFF bytes are doubled.
type RFC2217 struct {
	conn net.Conn
	addr string
	baud int

	wmu sync.Mutex // serialises writes of data and of negotiation replies

	rmu          sync.Mutex // guards the parser, pending and acks
	state        int
	sub          []byte
	pending      []byte
	usWill       map[byte]bool
	themWill     map[byte]bool
	acks         map[byte][]byte // last server answer per subcommand (code - 100)
	comPort      int             // 0 unknown, 1 accepted, -1 refused
	readDeadline time.Time
}

// DialRFC2217 connects to addr and sets the port up (see RFC2217). It fails
// when the server refuses the COM-PORT-OPTION or does not confirm the baud
// rate within the timeout.
func DialRFC2217(addr string, cfg RFC2217Config) (*RFC2217, error) {
	if cfg.Baud <= 0 {
		cfg.Baud = DefaultBaud
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 5 * time.Second
	}
	deadline := time.Now().Add(cfg.Timeout)
	conn, err := net.DialTimeout("tcp", addr, cfg.Timeout)
	if err != nil {
		return nil, fmt.Errorf("rfc2217 %s: %w", addr, err)
	}
	if tc, ok := conn.(*net.TCPConn); ok {
		tc.SetNoDelay(true)
	}
	r := &RFC2217{conn: conn, addr: addr, baud: cfg.Baud,
		usWill: map[byte]bool{}, themWill: map[byte]bool{}, acks: map[byte][]byte{}}
	if err := r.negotiate(deadline); err != nil {
		conn.Close()
		return nil, fmt.Errorf("rfc2217 %s: %w", addr, err)
	}
	return r, nil
}

// negotiate offers the options, waits for the COM-PORT-OPTION to be
// accepted, then sets the line and waits for the baud rate's confirmation.
func (r *RFC2217) negotiate(deadline time.Time) error {
	r.rmu.Lock()
	r.usWill[optBinary], r.usWill[optSGA], r.usWill[optComPort] = true, true, true
	r.rmu.Unlock()
	offer := []byte{
		iac, will, optBinary, iac, do, optBinary,
		iac, will, optSGA, iac, do, optSGA,
		iac, will, optComPort,
	}
	if err := r.writeRaw(offer); err != nil {
		return err
	}
	if err := r.await(deadline, func() bool { return r.comPort != 0 }); err != nil {
		return fmt.Errorf("no answer to the COM-PORT-OPTION: %w", err)
	}
	if r.comPort < 0 {
		return errors.New("server refuses the COM-PORT-OPTION (RFC 2217); use socket:// for a raw TCP port")
	}
	baud := make([]byte, 4)
	binary.BigEndian.PutUint32(baud, uint32(r.baud))
	r.rmu.Lock()
	delete(r.acks, CPSetBaudRate)
	r.rmu.Unlock()
	for _, sub := range [][]byte{
		append([]byte{CPSetBaudRate}, baud...),
		{CPSetDataSize, dataBitsEight},
		{CPSetParity, parityNone},
		{CPSetStopSize, stopBitsOne},
		{CPSetControl, ControlNoFlow},
		{CPSetControl, ControlDTROn},
		{CPSetControl, ControlRTSOn},
	} {
		if err := r.subneg(sub...); err != nil {
			return err
		}
	}
	if err := r.await(deadline, func() bool { return r.acks[CPSetBaudRate] != nil }); err != nil {
		return fmt.Errorf("server did not confirm the baud rate %d: %w", r.baud, err)
	}
	if got := r.acks[CPSetBaudRate]; len(got) == 4 && binary.BigEndian.Uint32(got) != uint32(r.baud) {
		return fmt.Errorf("server set baud rate %d, not %d", binary.BigEndian.Uint32(got), r.baud)
	}
	return nil
}

// await reads (keeping data for later Reads) until cond holds, checked with
// rmu held, or deadline passes.
func (r *RFC2217) await(deadline time.Time, cond func() bool) error {
	buf := make([]byte, 256)
	for {
		r.rmu.Lock()
		ok := cond()
		r.rmu.Unlock()
		if ok {
			// Later Reads wait without a deadline unless one is set.
			return r.conn.SetReadDeadline(time.Time{})
		}
		r.conn.SetReadDeadline(deadline)
		n, err := r.conn.Read(buf)
		r.rmu.Lock()
		r.pending = append(r.pending, r.filter(buf[:n], nil)...)
		r.rmu.Unlock()
		if err != nil {
			r.conn.SetReadDeadline(time.Time{})
			return err
		}
	}
}

// subneg sends IAC SB COM-PORT-OPTION payload IAC SE, escaping 0xFF.
func (r *RFC2217) subneg(payload ...byte) error {
	msg := []byte{iac, sb, optComPort}
	msg = append(msg, bytes.ReplaceAll(payload, []byte{iac}, []byte{iac, iac})...)
	return r.writeRaw(append(msg, iac, se))
}

func (r *RFC2217) writeRaw(b []byte) error {
	r.wmu.Lock()
	defer r.wmu.Unlock()
	if _, err := r.conn.Write(b); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	return nil
}

// Parser states beyond those of Telnet.
const (
	rsData = iota
	rsIAC
	rsWill
	rsWont
	rsDo
	rsDont
	rsSub
	rsSubIAC
)

// filter appends the data bytes of in to out, answering option requests
// and recording COM-PORT-OPTION answers. Called with rmu held.
func (r *RFC2217) filter(in, out []byte) []byte {
	for _, c := range in {
		switch r.state {
		case rsData:
			if c == iac {
				r.state = rsIAC
			} else {
				out = append(out, c)
			}
		case rsIAC:
			r.state = rsData
			switch c {
			case iac:
				out = append(out, iac)
			case will:
				r.state = rsWill
			case wont:
				r.state = rsWont
			case do:
				r.state = rsDo
			case dont:
				r.state = rsDont
			case sb:
				r.state, r.sub = rsSub, r.sub[:0]
			}
		case rsWill, rsWont, rsDo, rsDont:
			r.option(r.state, c)
			r.state = rsData
		case rsSub:
			if c == iac {
				r.state = rsSubIAC
			} else {
				r.sub = append(r.sub, c)
			}
		case rsSubIAC:
			switch c {
			case iac:
				r.sub = append(r.sub, iac)
				r.state = rsSub
			case se:
				r.subnegotiation(r.sub)
				r.state = rsData
			default:
				r.state = rsData // malformed: drop the subnegotiation
			}
		}
	}
	return out
}

// option answers one WILL/WONT/DO/DONT, replying only to changes so that
// the two sides never loop (RFC 854's rule). Called with rmu held.
func (r *RFC2217) option(verb int, opt byte) {
	wanted := opt == optBinary || opt == optSGA || opt == optComPort
	var reply []byte
	switch verb {
	case rsDo:
		if opt == optComPort {
			r.comPort = 1
		}
		if !r.usWill[opt] {
			if wanted {
				r.usWill[opt] = true
				reply = []byte{iac, will, opt}
			} else {
				reply = []byte{iac, wont, opt}
			}
		}
	case rsDont:
		if opt == optComPort {
			r.comPort = -1
		}
		if r.usWill[opt] {
			r.usWill[opt] = false
			reply = []byte{iac, wont, opt}
		}
	case rsWill:
		ok := wanted || opt == optEcho
		if !r.themWill[opt] {
			if ok {
				r.themWill[opt] = true
				reply = []byte{iac, do, opt}
			} else {
				reply = []byte{iac, dont, opt}
			}
		}
	case rsWont:
		if r.themWill[opt] {
			r.themWill[opt] = false
			reply = []byte{iac, dont, opt}
		}
	}
	if reply != nil {
		// Replies are short; a failed write shows up on the next data write.
		r.writeRaw(reply)
	}
}

// subnegotiation records a server's COM-PORT-OPTION answer.
func (r *RFC2217) subnegotiation(p []byte) {
	if len(p) < 2 || p[0] != optComPort || p[1] < ServerOffset {
		return
	}
	r.acks[p[1]-ServerOffset] = bytes.Clone(p[2:])
}

// Read returns data bytes with telnet commands removed.
func (r *RFC2217) Read(b []byte) (int, error) {
	r.rmu.Lock()
	if len(r.pending) > 0 {
		n := copy(b, r.pending)
		r.pending = r.pending[n:]
		r.rmu.Unlock()
		return n, nil
	}
	r.rmu.Unlock()
	raw := make([]byte, len(b))
	for {
		n, err := pollRead(r.conn, &r.rmu, &r.readDeadline, raw)
		r.rmu.Lock()
		out := r.filter(raw[:n], b[:0])
		r.rmu.Unlock()
		if len(out) > 0 || err != nil {
			if err != nil {
				err = fmt.Errorf("read rfc2217 %s: %w", r.addr, err)
			}
			return len(out), err
		}
	}
}

// Write sends b, escaping 0xFF as IAC IAC.
func (r *RFC2217) Write(b []byte) (int, error) {
	esc := b
	if bytes.IndexByte(b, iac) >= 0 {
		esc = bytes.ReplaceAll(b, []byte{iac}, []byte{iac, iac})
	}
	if err := r.writeRaw(esc); err != nil {
		return 0, fmt.Errorf("rfc2217 %s: %w", r.addr, err)
	}
	return len(b), nil
}

// SetControl sends one SET-CONTROL value (ControlDTROn, ControlRTSOff, …).
func (r *RFC2217) SetControl(value byte) error {
	if err := r.subneg(CPSetControl, value); err != nil {
		return fmt.Errorf("rfc2217 %s: set control %d: %w", r.addr, value, err)
	}
	return nil
}

// HardReset pulses RTS while holding DTR low, as Serial.HardReset does on
// a local port, through SET-CONTROL.
func (r *RFC2217) HardReset() error {
	for _, step := range []struct {
		v     byte
		pause time.Duration
	}{{ControlDTROff, 0}, {ControlRTSOn, 100 * time.Millisecond}, {ControlRTSOff, 0}} {
		if err := r.SetControl(step.v); err != nil {
			return fmt.Errorf("hard reset: %w", err)
		}
		time.Sleep(step.pause)
	}
	return nil
}

// SetReadDeadline sets the read deadline.
func (r *RFC2217) SetReadDeadline(t time.Time) error {
	r.rmu.Lock()
	r.readDeadline = t
	r.rmu.Unlock()
	return r.conn.SetReadDeadline(t)
}

// SetWriteDeadline sets the write deadline.
func (r *RFC2217) SetWriteDeadline(t time.Time) error { return r.conn.SetWriteDeadline(t) }

// Close closes the connection.
func (r *RFC2217) Close() error { return r.conn.Close() }

// String returns "rfc2217://ADDR@BAUD".
func (r *RFC2217) String() string { return fmt.Sprintf("%s%s@%d", RFC2217Scheme, r.addr, r.baud) }
