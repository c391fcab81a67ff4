//go:build unix

package rawrepl

import (
	"time"

	"golang.org/x/sys/unix"
)

// shortSleep pauses the calling goroutine's thread for d (at most a
// millisecond or so). The Go runtime's timers round short sleeps up to
// about a millisecond on a busy machine; nanosleep keeps polling a
// device's progress fine-grained without spinning.
func shortSleep(d time.Duration) {
	ts := unix.NsecToTimespec(d.Nanoseconds())
	for unix.Nanosleep(&ts, &ts) == unix.EINTR {
	}
}
