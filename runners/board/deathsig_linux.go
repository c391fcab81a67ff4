package board

import (
	"os/exec"
	"syscall"
)

// setDeathSignal makes the kernel kill the emulator if this process dies
// first, so no QEMU outlives an interrupted run.
func setDeathSignal(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}
