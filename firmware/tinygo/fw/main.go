//go:build tinygo

// Command fw is the mptest firmware for QEMU's mps2-an385, built with TinyGo
// by firmware/tinygo/build.sh: refinterp behind firmware/device's friendly
// REPL, raw REPL and raw-paste server, on the board's UART0.
package main

import (
	"crypto/rand"
	"device/arm"
	"github.com/mptest/mptest/refinterp/py"
	"runtime"
	"runtime/volatile"
	"time"
	"unsafe"

	"github.com/mptest/mptest/firmware/boards"
	"github.com/mptest/mptest/firmware/device"
)

// uart is the CMSDK APB UART0 (set up by the runtime's board support).
type uart struct {
	data  volatile.Register32
	state volatile.Register32
}

const (
	txFull = 1 << 0
	rxFull = 1 << 1
)

var uart0 = (*uart)(unsafe.Pointer(uintptr(0x40004000)))

// console is the board's UART as an io.ReadWriter.
type console struct{}

// Read blocks until at least one byte has arrived, then returns what is
// there. While nothing arrives it lets other goroutines run, then sleeps
// until the next interrupt (a received byte or the millisecond tick).
func (console) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	for uart0.state.Get()&rxFull == 0 {
		runtime.Gosched()
		mask := arm.DisableInterrupts()
		if uart0.state.Get()&rxFull == 0 {
			arm.Asm("wfi")
		}
		arm.EnableInterrupts(mask)
	}
	n := 0
	for n < len(p) && uart0.state.Get()&rxFull != 0 {
		p[n] = byte(uart0.data.Get())
		n++
	}
	return n, nil
}

// Write sends p, waiting while the transmitter is full.
func (console) Write(p []byte) (int, error) {
	for _, c := range p {
		for uart0.state.Get()&txFull != 0 {
		}
		uart0.data.Set(uint32(c))
	}
	return len(p), nil
}

// profile is the board as the banner and the heap model see it.
var profile = boards.Profile{
	Name: "mps2-an385", Board: "MPS2-AN385 (QEMU, TinyGo)", CPU: "Cortex-M3", Platform: "mps2",
	RAM: 4 << 20, Heap: 256 << 10, Flash: 4 << 20, FSSize: 64 << 10, MHz: 25,
	LEDs: 0, VIDPID: "0000:0000",
	UniqueID: []byte{0x4d, 0x50, 0x53, 0x32, 0x38, 0x35},
}

// entropy is crypto/rand's Reader on this board, which has no hardware
// RNG: an xorshift generator stirred with the SysTick time of every read.
// It is NOT cryptographically secure; it seeds random and os.urandom.
type entropy struct{ s uint64 }

func (e *entropy) Read(p []byte) (int, error) {
	e.s ^= uint64(time.Now().UnixNano()) * 0x9e3779b97f4a7c15
	for i := range p {
		e.s ^= e.s << 13
		e.s ^= e.s >> 7
		e.s ^= e.s << 17
		p[i] = byte(e.s >> 32)
	}
	return len(p), nil
}

func main() {
	rand.Reader = &entropy{s: 0x2545f4914f6cdd1d}
	// TinyGo schedules goroutines cooperatively: let the device's UART
	// reader run during long loops so Ctrl-C can interrupt them.
	py.Yield = runtime.Gosched
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	con := console{}
	con.Write([]byte("\r\nmptest firmware (TinyGo " + runtime.Version() + ", mps2-an385): Go heap " +
		itoa(ms.HeapSys) + " bytes, " + itoa(ms.HeapSys-ms.HeapInuse) + " free\r\n"))
	d := device.New(device.Config{Profile: profile})
	for {
		if err := d.Serve(con); err != nil {
			con.Write([]byte("device: " + err.Error() + "\r\n"))
		}
	}
}

func itoa(v uint64) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			return string(b[i:])
		}
	}
}
