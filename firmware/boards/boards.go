// Package boards describes the boards a virtual device can pretend to be:
// the name and CPU its banner shows, the heap the interpreter may use
// (enforced with refinterp's heap model, so a test too large for the board
// fails with MemoryError as on the hardware), flash size, CPU clock, pin
// names, LED count and USB VID:PID.
package boards

import "sort"

// Profile is one board model.
type Profile struct {
	// Name is the profile's key ("pyboard").
	Name string
	// Board and CPU appear in the banner: "...; <Board> with <CPU>".
	Board, CPU string
	// Platform is sys.platform on the board (informational).
	Platform string
	// RAM is the chip's RAM in bytes; Heap is the part the Python heap gets.
	RAM, Heap int64
	// Flash is the flash size in bytes (the filesystem's capacity is a part of it).
	Flash int64
	// FSSize is the capacity of the board's filesystem in bytes.
	FSSize int64
	// MHz is the CPU clock.
	MHz int
	// Pins lists the pin names machine.Pin accepts (pin numbers 0..len-1
	// are accepted as well).
	Pins []string
	// LEDs is the number of pyb.LED objects (1-based).
	LEDs int
	// VIDPID is the USB ID of the board's serial port, "vvvv:pppp".
	VIDPID string
	// UniqueID is machine.unique_id().
	UniqueID []byte
}

func pinRange(prefix string, from, to int) []string {
	var p []string
	for i := from; i <= to; i++ {
		p = append(p, prefix+itoa(i))
	}
	return p
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var b [20]byte
	n := len(b)
	for i > 0 {
		n--
		b[n] = byte('0' + i%10)
		i /= 10
	}
	return string(b[n:])
}

func concat(parts ...[]string) []string {
	var r []string
	for _, p := range parts {
		r = append(r, p...)
	}
	return r
}

var profiles = map[string]Profile{
	"pyboard": {
		Name: "pyboard", Board: "PYBv1.1", CPU: "STM32F405RG", Platform: "pyboard",
		RAM: 192 << 10, Heap: 100 << 10, Flash: 1 << 20, FSSize: 96 << 10, MHz: 168,
		Pins: concat(pinRange("X", 1, 12), pinRange("Y", 1, 12), []string{"X17", "X18", "X19", "X20", "X21", "X22"},
			pinRange("A", 0, 15), pinRange("B", 0, 15), pinRange("C", 0, 15)),
		LEDs: 4, VIDPID: "f055:9800",
		UniqueID: []byte{0x33, 0x00, 0x2a, 0x00, 0x0d, 0x47, 0x37, 0x35, 0x32, 0x38, 0x35, 0x32},
	},
	"microbit": {
		Name: "microbit", Board: "micro:bit v1.0", CPU: "nRF51822", Platform: "microbit",
		RAM: 16 << 10, Heap: 10 << 10, Flash: 256 << 10, FSSize: 30 << 10, MHz: 64,
		Pins: pinRange("P", 0, 20), LEDs: 0, VIDPID: "0d28:0204",
		UniqueID: []byte{0x9d, 0x1e, 0x4c, 0x52, 0x8a, 0x07, 0x13, 0x66},
	},
	"esp32": {
		Name: "esp32", Board: "ESP32 module", CPU: "ESP32", Platform: "esp32",
		RAM: 520 << 10, Heap: 110 << 10, Flash: 4 << 20, FSSize: 2 << 20, MHz: 240,
		Pins: pinRange("", 0, 39), LEDs: 0, VIDPID: "10c4:ea60",
		UniqueID: []byte{0x24, 0x0a, 0xc4, 0x12, 0x34, 0x56},
	},
	"rp2": {
		Name: "rp2", Board: "Raspberry Pi Pico", CPU: "RP2040", Platform: "rp2",
		RAM: 264 << 10, Heap: 190 << 10, Flash: 2 << 20, FSSize: 1408 << 10, MHz: 133,
		Pins: concat(pinRange("GP", 0, 28), []string{"LED"}), LEDs: 1, VIDPID: "2e8a:0005",
		UniqueID: []byte{0xe6, 0x60, 0x58, 0x38, 0x83, 0x1b, 0x2a, 0x2c},
	},
}

// Lookup returns the profile named name.
func Lookup(name string) (Profile, bool) {
	p, ok := profiles[name]
	if ok {
		p.Pins = append([]string(nil), p.Pins...)
		p.UniqueID = append([]byte(nil), p.UniqueID...)
	}
	return p, ok
}

// Names lists the profile names, sorted.
func Names() []string {
	var n []string
	for k := range profiles {
		n = append(n, k)
	}
	sort.Strings(n)
	return n
}
