// Package firmware is the device side of mptest: refinterp running as a
// MicroPython-style board. Its subpackages are
//
//	boards    board profiles (heap, flash, clock, pins, LEDs, USB IDs)
//	hw        the virtual hardware state (pins, LEDs, UART) with a query API and an event log
//	vfs       the board's in-memory filesystem
//	modules   machine, pyb and os/uos/open over vfs, bound to one interpreter
//	device    the device loop over an io.ReadWriter: friendly REPL, raw REPL, raw-paste, soft reset
//	vboard    host only: a virtual board on a pty or telnet, and the "vboard:" target
//
// Everything but vboard builds with Go 1.23 and TinyGo (no reflect, net,
// cgo or fmt).
package firmware
