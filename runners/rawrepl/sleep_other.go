//go:build !unix

package rawrepl

import "time"

// shortSleep pauses for d (with the runtime timer's resolution).
func shortSleep(d time.Duration) { time.Sleep(d) }
