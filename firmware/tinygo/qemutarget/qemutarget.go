// Package qemutarget registers the "qemu:mps2" target: the TinyGo build of
// refinterp (firmware/tinygo) booted on QEMU's mps2-an385 board (Cortex-M3),
// its UART0 on a pty, tests run over the raw REPL as on stock boards.
//
// Blank-import it where targets are opened:
//
//	import _ "github.com/mptest/mptest/firmware/tinygo/qemutarget"
//
// Settings (runners.Options.Settings, as for every "qemu:" target):
// "firmware" is the ELF to boot (default: $MPTEST_TINYGO_ELF, else the
// build script's output in the user cache directory), "qemu" the QEMU
// binary (default qemu-system-arm).
package qemutarget

import (
	"os"
	"path/filepath"

	"github.com/mptest/mptest/runners/board"
)

// Machine is the name under which the board is registered ("qemu:mps2").
const Machine = "mps2"

// ELFEnv names the environment variable that points at the firmware ELF.
const ELFEnv = "MPTEST_TINYGO_ELF"

func init() {
	board.RegisterQEMUMachine(Machine, board.QEMUMachine{
		Binary:   "qemu-system-arm",
		Firmware: DefaultELF(),
		Args:     Args,
	})
}

// Args returns QEMU's arguments to boot elf on mps2-an385 with UART0 on a pty.
func Args(elf string) []string {
	return []string{"-M", "mps2-an385", "-nographic", "-monitor", "none", "-serial", "pty", "-kernel", elf}
}

// DefaultELF returns the firmware image used when no "firmware" setting is
// given: $MPTEST_TINYGO_ELF if set, else firmware/tinygo/build.sh's default
// output, $MPTEST_TINYGO_CACHE/out/mptest-mps2.elf (the cache defaulting to
// <user cache dir>/mptest/tinygo).
func DefaultELF() string {
	if v := os.Getenv(ELFEnv); v != "" {
		return v
	}
	cache := os.Getenv("MPTEST_TINYGO_CACHE")
	if cache == "" {
		dir, err := os.UserCacheDir()
		if err != nil {
			return ""
		}
		cache = filepath.Join(dir, "mptest", "tinygo")
	}
	return filepath.Join(cache, "out", "mptest-mps2.elf")
}
