package main

import (
	"os"
	"syscall"
)

// maxRSS returns the peak RSS of an exited process in bytes (Linux reports
// ru_maxrss in KiB).
func maxRSS(ps *os.ProcessState) (int64, bool) {
	ru, ok := ps.SysUsage().(*syscall.Rusage)
	if !ok || ru == nil {
		return 0, false
	}
	return ru.Maxrss * 1024, true
}
