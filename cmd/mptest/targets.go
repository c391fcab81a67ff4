package main

// Board targets (pyboard, serial:, pty:, telnet:, qemu:) register themselves
// with the runners registry on import.
import _ "github.com/mptest/mptest/runners/board"
