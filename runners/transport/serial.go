package transport

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"go.bug.st/serial"
	"go.bug.st/serial/enumerator"
)

// DefaultBaud is the baud rate used when none is given; every MicroPython
// port's USB or UART REPL defaults to it.
const DefaultBaud = 115200

// Serial is a serial port opened through go.bug.st/serial. Deadlines are
// implemented with the library's read timeout, recomputed before each Read;
// writes are not bounded (a serial port's writes only block while its
// output buffer drains at the baud rate).
type Serial struct {
	port serial.Port
	name string
	baud int

	mu           sync.Mutex
	readDeadline time.Time
}

// OpenSerial opens a serial port at baud (DefaultBaud if baud <= 0), 8N1.
func OpenSerial(name string, baud int) (*Serial, error) {
	if baud <= 0 {
		baud = DefaultBaud
	}
	p, err := serial.Open(name, &serial.Mode{BaudRate: baud, DataBits: 8, Parity: serial.NoParity, StopBits: serial.OneStopBit})
	if err != nil {
		return nil, fmt.Errorf("open serial port %s: %w", name, err)
	}
	return &Serial{port: p, name: name, baud: baud}, nil
}

// Read reads from the port, failing with ErrTimeout at the read deadline.
func (s *Serial) Read(b []byte) (int, error) {
	s.mu.Lock()
	dl := s.readDeadline
	s.mu.Unlock()
	timeout := serial.NoTimeout
	if !dl.IsZero() {
		// A passed deadline still polls once (timeout 0), so a caller can
		// ask "is a byte waiting?" with SetReadDeadline(time.Now()).
		timeout = max(time.Until(dl), 0)
	}
	if err := s.port.SetReadTimeout(timeout); err != nil {
		return 0, fmt.Errorf("set read timeout on %s: %w", s.name, err)
	}
	n, err := s.port.Read(b)
	if err != nil {
		return n, fmt.Errorf("read %s: %w", s.name, err)
	}
	if n == 0 {
		// The library reports an expired timeout as (0, nil).
		return 0, fmt.Errorf("read %s: %w", s.name, ErrTimeout)
	}
	return n, nil
}

// Write writes to the port.
func (s *Serial) Write(b []byte) (int, error) {
	n, err := s.port.Write(b)
	if err != nil {
		return n, fmt.Errorf("write %s: %w", s.name, err)
	}
	return n, nil
}

// SetReadDeadline sets the deadline for later Reads (a Read already waiting
// keeps the timeout it started with).
func (s *Serial) SetReadDeadline(t time.Time) error {
	s.mu.Lock()
	s.readDeadline = t
	s.mu.Unlock()
	return nil
}

// SetWriteDeadline is advisory: serial writes cannot be interrupted.
func (s *Serial) SetWriteDeadline(time.Time) error { return nil }

// Close closes the port.
func (s *Serial) Close() error { return s.port.Close() }

// String returns "serial NAME@BAUD".
func (s *Serial) String() string { return fmt.Sprintf("serial %s@%d", s.name, s.baud) }

// HardReset pulses RTS (wired to the reset line on ESP-style USB bridges)
// while holding DTR low, then releases it. Only call it when the user asked
// for it: on other boards these lines mean something else.
func (s *Serial) HardReset() error {
	if err := s.port.SetDTR(false); err != nil {
		return fmt.Errorf("hard reset %s: set DTR: %w", s.name, err)
	}
	if err := s.port.SetRTS(true); err != nil {
		return fmt.Errorf("hard reset %s: set RTS: %w", s.name, err)
	}
	time.Sleep(100 * time.Millisecond) // the reset pulse width the chips need
	if err := s.port.SetRTS(false); err != nil {
		return fmt.Errorf("hard reset %s: release RTS: %w", s.name, err)
	}
	return nil
}

// PortInfo describes one serial port found on this machine.
type PortInfo struct {
	Name     string // e.g. /dev/ttyACM0
	VID, PID string // lower-case hex, empty for non-USB ports
	Serial   string // USB serial number, if known
	Product  string
	// Board names the MicroPython board the VID:PID identifies ("" if unknown).
	Board string
}

// KnownBoards maps lower-case "vid:pid" to the MicroPython board that uses it.
var KnownBoards = map[string]string{
	"f055:9800": "pyboard (MicroPython)",
	"f055:9801": "pyboard (MicroPython, MSC+VCP)",
	"f055:9802": "pyboard (MicroPython, VCP only)",
	"2e8a:0005": "Raspberry Pi Pico (MicroPython)",
	"0d28:0204": "BBC micro:bit (DAPLink)",
	"239a:80f4": "Adafruit / CircuitPython RP2040",
	"303a:4001": "ESP32-S2/S3 (MicroPython USB)",
	"303a:1001": "ESP32-S3/C3 USB-Serial-JTAG",
}

// ListPorts enumerates the serial ports of this machine with their USB IDs.
func ListPorts() ([]PortInfo, error) {
	details, err := enumerator.GetDetailedPortsList()
	if err != nil {
		return nil, fmt.Errorf("list serial ports: %w", err)
	}
	var out []PortInfo
	for _, d := range details {
		pi := PortInfo{Name: d.Name, Serial: d.SerialNumber, Product: d.Product}
		if d.IsUSB {
			pi.VID, pi.PID = strings.ToLower(d.VID), strings.ToLower(d.PID)
			pi.Board = KnownBoards[pi.VID+":"+pi.PID]
		}
		out = append(out, pi)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

// DetectBoards returns the ports whose VID:PID is in ids (lower-case
// "vid:pid"; nil means every entry of KnownBoards).
func DetectBoards(ids []string) ([]PortInfo, error) {
	ports, err := ListPorts()
	if err != nil {
		return nil, err
	}
	want := map[string]bool{}
	if ids == nil {
		for id := range KnownBoards {
			want[id] = true
		}
	}
	for _, id := range ids {
		want[strings.ToLower(id)] = true
	}
	var found []PortInfo
	for _, p := range ports {
		if p.VID != "" && want[p.VID+":"+p.PID] {
			found = append(found, p)
		}
	}
	return found, nil
}
