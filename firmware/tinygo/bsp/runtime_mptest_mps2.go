//go:build cortexm && mptest_mps2

// Package runtime: this file is the board support of the mptest firmware
// for QEMU's mps2-an385 (ARM MPS2 with the AN385 Cortex-M3 image). It is not
// built by the host Go toolchain: firmware/tinygo/build.sh copies it into
// TinyGo's runtime, where the target's "mptest_mps2" build tag selects it.
//
//   - console: CMSDK APB UART0 at 0x40004000, polled for output; a received
//     byte raises IRQ 0 (UART0 RX), which only wakes the CPU from WFI;
//   - time: SysTick on the 25 MHz CPU clock, one interrupt per millisecond;
//     ticks are nanoseconds;
//   - memory: see mps2-an385.ld (heap = data RAM after .data/.bss/stack).
package runtime

import (
	"device/arm"
	"runtime/volatile"
	"unsafe"
)

// CMSDK APB UART registers.
type cmsdkUART struct {
	data    volatile.Register32
	state   volatile.Register32
	ctrl    volatile.Register32
	intr    volatile.Register32 // INTSTATUS (read) / INTCLEAR (write 1)
	bauddiv volatile.Register32
}

const (
	uartStateTXFull = 1 << 0
	uartStateRXFull = 1 << 1
	uartCtrlTXEn    = 1 << 0
	uartCtrlRXEn    = 1 << 1
	uartCtrlRXIntEn = 1 << 3
	uartIntRX       = 1 << 1
	uart0RXIRQ      = 0
)

var uart0 = (*cmsdkUART)(unsafe.Pointer(uintptr(0x40004000)))

const (
	cpuHz         = 25_000_000
	cyclesPerMs   = cpuHz / 1000
	nsPerCycle    = 1e9 / cpuHz
	icsrPENDSTSET = 1 << 26
)

var icsr = (*volatile.Register32)(unsafe.Pointer(uintptr(0xE000ED04)))

// timeUnit is a nanosecond.
type timeUnit int64

var msSinceBoot volatile.Register32 // wraps after 49 days; extended in ticks()

var (
	msHigh uint32 // high word of the millisecond count, maintained by ticks()
	msLast uint32
)

//export Reset_Handler
func main() {
	preinit()
	initBoard()
	run()
	exit(0)
}

func initBoard() {
	// UART0: a baud divisor of at least 16 (QEMU drops data otherwise), TX
	// and RX on, RX interrupt on (used to wake from WFI).
	uart0.bauddiv.Set(16)
	uart0.ctrl.Set(uartCtrlTXEn | uartCtrlRXEn | uartCtrlRXIntEn)
	arm.EnableIRQ(uart0RXIRQ)

	// SysTick: 1 kHz from the CPU clock.
	arm.SYST.SYST_RVR.Set(cyclesPerMs - 1)
	arm.SYST.SYST_CVR.Set(0)
	arm.SYST.SYST_CSR.Set(arm.SYST_CSR_ENABLE | arm.SYST_CSR_TICKINT | arm.SYST_CSR_CLKSOURCE)
}

//export SysTick_Handler
func sysTickHandler() {
	msSinceBoot.Set(msSinceBoot.Get() + 1)
}

//export UART0RX_Handler
func uart0RXHandler() {
	// The byte stays in DATA for getchar; the interrupt only ends a WFI.
	uart0.intr.Set(uartIntRX)
}

func ticks() timeUnit {
	mask := arm.DisableInterrupts()
	cur := arm.SYST.SYST_CVR.Get()
	ms := msSinceBoot.Get()
	pending := icsr.Get()&icsrPENDSTSET != 0
	if ms < msLast {
		msHigh++
	}
	msLast = ms
	arm.EnableInterrupts(mask)
	t := (uint64(msHigh)<<32 | uint64(ms)) * 1_000_000
	if pending && cur > cyclesPerMs/2 {
		// The counter wrapped but the interrupt has not run yet.
		t += 1_000_000
	}
	t += uint64(cyclesPerMs-1-cur) * nsPerCycle
	return timeUnit(t)
}

func ticksToNanoseconds(ticks timeUnit) int64 { return int64(ticks) }

func nanosecondsToTicks(ns int64) timeUnit { return timeUnit(ns) }

func sleepTicks(d timeUnit) {
	end := ticks() + d
	for ticks() < end {
		arm.Asm("wfi") // SysTick wakes us at least every millisecond
	}
}

func putchar(c byte) {
	for uart0.state.Get()&uartStateTXFull != 0 {
	}
	uart0.data.Set(uint32(c))
}

func getchar() byte {
	for uart0.state.Get()&uartStateRXFull == 0 {
		waitForEvents()
	}
	return byte(uart0.data.Get())
}

func buffered() int {
	if uart0.state.Get()&uartStateRXFull != 0 {
		return 1
	}
	return 0
}

// waitForEvents sleeps until an interrupt (a received byte, the next
// millisecond tick). With interrupts masked around the check, a byte that
// arrives just before the WFI still ends it.
func waitForEvents() {
	mask := arm.DisableInterrupts()
	if uart0.state.Get()&uartStateRXFull == 0 {
		arm.Asm("wfi")
	}
	arm.EnableInterrupts(mask)
}

// abort and exit come from runtime_cortexm_abort.go (stop the CPU in WFI).
