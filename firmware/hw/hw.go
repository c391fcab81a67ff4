// Package hw is the virtual hardware of a board: pin modes and levels, LED
// intensities and UART loopback buffers. The machine and pyb modules change
// it; tests read it back through the query methods ("did the LED turn
// on?") or follow it as an event log, one line per change, e.g.
//
//	led 1 255
//	pin X1 mode=OUT pull=NONE
//	pin X1 1
//
// A Board is safe for concurrent use: the interpreter writes while a test
// reads.
package hw

import (
	"io"
	"strconv"
	"sync"
)

// Pin modes and pulls, with MicroPython's values.
const (
	ModeIn  = 0
	ModeOut = 1
	ModeOD  = 2
	ModeAlt = 3

	PullNone = -1
	PullUp   = 1
	PullDown = 2
)

// PinState is one pin's configuration and level.
type PinState struct {
	Mode, Pull, Value int
	Configured        bool
}

// Board holds the state of one virtual board's peripherals.
type Board struct {
	mu     sync.Mutex
	pins   map[string]PinState
	leds   []int
	uarts  map[int][]byte
	events []string
	log    io.Writer
}

// New returns a board with n LEDs, all off, and no pin configured.
func New(leds int) *Board {
	return &Board{pins: map[string]PinState{}, leds: make([]int, leds), uarts: map[int][]byte{}}
}

// SetLog makes every change also be written to w as a line (nil: none).
func (b *Board) SetLog(w io.Writer) {
	b.mu.Lock()
	b.log = w
	b.mu.Unlock()
}

// event records one change; b.mu is held.
func (b *Board) event(s string) {
	if len(b.events) >= 10000 {
		b.events = append(b.events[:0], b.events[5000:]...)
	}
	b.events = append(b.events, s)
	if b.log != nil {
		io.WriteString(b.log, s+"\n")
	}
}

// Events returns the change log so far.
func (b *Board) Events() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.events...)
}

// NumLEDs returns the number of LEDs.
func (b *Board) NumLEDs() int { return len(b.leds) }

// LED returns LED n's intensity (1-based; 0 = off, 255 = fully on) and
// whether the LED exists.
func (b *Board) LED(n int) (int, bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if n < 1 || n > len(b.leds) {
		return 0, false
	}
	return b.leds[n-1], true
}

// SetLED sets LED n's intensity (clamped to 0..255).
func (b *Board) SetLED(n, v int) bool {
	if v < 0 {
		v = 0
	}
	if v > 255 {
		v = 255
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if n < 1 || n > len(b.leds) {
		return false
	}
	if b.leds[n-1] != v {
		b.leds[n-1] = v
		b.event("led " + strconv.Itoa(n) + " " + strconv.Itoa(v))
	}
	return true
}

// Pin returns the state of the named pin.
func (b *Board) Pin(name string) PinState {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.pins[name]
}

// ConfigurePin sets a pin's mode and pull. An input with a pull-up reads 1.
func (b *Board) ConfigurePin(name string, mode, pull int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	p := b.pins[name]
	p.Mode, p.Pull, p.Configured = mode, pull, true
	if mode == ModeIn {
		switch pull {
		case PullUp:
			p.Value = 1
		case PullDown:
			p.Value = 0
		}
	}
	b.pins[name] = p
	b.event("pin " + name + " mode=" + modeName(mode) + " pull=" + pullName(pull))
}

// SetPin drives a pin's level (0 or 1); from Go it simulates an external
// signal on an input.
func (b *Board) SetPin(name string, v int) {
	if v != 0 {
		v = 1
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	p := b.pins[name]
	if p.Value != v || !p.Configured {
		b.event("pin " + name + " " + strconv.Itoa(v))
	}
	p.Value = v
	b.pins[name] = p
}

// UARTWrite appends to UART id's loopback buffer (TX wired to RX).
func (b *Board) UARTWrite(id int, p []byte) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.uarts[id] = append(b.uarts[id], p...)
	b.event("uart " + strconv.Itoa(id) + " tx " + strconv.Itoa(len(p)))
}

// UARTRead takes up to n bytes (n < 0: all) from UART id's receive buffer.
func (b *Board) UARTRead(id, n int) []byte {
	b.mu.Lock()
	defer b.mu.Unlock()
	buf := b.uarts[id]
	if n < 0 || n > len(buf) {
		n = len(buf)
	}
	out := append([]byte(nil), buf[:n]...)
	b.uarts[id] = buf[n:]
	return out
}

// UARTAny returns how many bytes UART id has waiting.
func (b *Board) UARTAny(id int) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.uarts[id])
}

// Reset turns LEDs off and forgets pin configuration and UART buffers, as
// a reset of the chip does. The event log is kept.
func (b *Board) Reset() {
	b.mu.Lock()
	defer b.mu.Unlock()
	for i := range b.leds {
		b.leds[i] = 0
	}
	b.pins = map[string]PinState{}
	b.uarts = map[int][]byte{}
	b.event("reset")
}

func modeName(m int) string {
	switch m {
	case ModeIn:
		return "IN"
	case ModeOut:
		return "OUT"
	case ModeOD:
		return "OPEN_DRAIN"
	case ModeAlt:
		return "ALT"
	}
	return strconv.Itoa(m)
}

func pullName(p int) string {
	switch p {
	case PullUp:
		return "UP"
	case PullDown:
		return "DOWN"
	}
	return "NONE"
}
