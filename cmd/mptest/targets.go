package main

// Board targets register themselves with the runners registry on import:
// pyboard, serial:, pty:, telnet:, socket://, rfc2217:// and qemu:microbit
// from runners/board, and qemu:mps2 (the TinyGo firmware) from
// firmware/tinygo/qemutarget. vboard: comes with the board command.
import (
	_ "github.com/mptest/mptest/firmware/tinygo/qemutarget"
	_ "github.com/mptest/mptest/runners/board"
)
