// Package progress shows a run's progress on a terminal: one line on stderr,
// rewritten in place, with the counts so far and the test running now.
//
// It is meant for people watching a terminal; in CI logs and pipes it stays
// silent (see Enabled), because a stream of carriage returns helps no one.
package progress

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/mptest/mptest/reports/results"
)

// Enabled reports whether live progress suits f: a character device (a
// terminal), TERM not "dumb", and no CI environment variable set.
func Enabled(f *os.File) bool {
	if os.Getenv("CI") != "" || os.Getenv("TERM") == "dumb" {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// Line is a progress display. Its methods match the harness's Observer.
// A nil *Line or one created with a nil writer shows nothing.
type Line struct {
	mu      sync.Mutex
	w       io.Writer
	width   int
	total   int
	done    int
	counts  map[results.Verdict]int
	current string
	last    time.Time
	shown   bool
}

// New returns a progress line writing to w, at most width columns wide
// (0: $COLUMNS, else 80).
func New(w io.Writer, width int) *Line {
	if width <= 0 {
		width, _ = strconv.Atoi(os.Getenv("COLUMNS"))
		if width <= 0 {
			width = 80
		}
	}
	return &Line{w: w, width: width, counts: map[results.Verdict]int{}}
}

// Start records the number of tests to run.
func (l *Line) Start(total int) {
	if l == nil || l.w == nil {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.total = total
	l.draw(true)
}

// TestStarted records the test now running.
func (l *Line) TestStarted(target, test string) {
	if l == nil || l.w == nil {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.current = target + " " + test
	l.draw(false)
}

// TestDone records a result.
func (l *Line) TestDone(target string, r results.Result) {
	if l == nil || l.w == nil {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.done++
	l.counts[r.Verdict]++
	l.draw(l.done == l.total)
}

// Finish erases the line, leaving the terminal clean for the summary.
func (l *Line) Finish() {
	if l == nil || l.w == nil {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.shown {
		io.WriteString(l.w, "\r\x1b[K")
		l.shown = false
	}
}

// draw repaints the line, at most every 50ms unless forced.
func (l *Line) draw(force bool) {
	now := time.Now()
	if !force && now.Sub(l.last) < 50*time.Millisecond {
		return
	}
	l.last = now
	s := l.Text()
	io.WriteString(l.w, "\r"+s+"\x1b[K")
	l.shown = true
}

// Text is the line's current content, without terminal control codes.
func (l *Line) Text() string {
	var b strings.Builder
	fmt.Fprintf(&b, "[%*d/%d]", len(strconv.Itoa(l.total)), l.done, l.total)
	for _, v := range results.Verdicts {
		if n := l.counts[v]; n > 0 {
			fmt.Fprintf(&b, " %s %d", v, n)
		}
	}
	if l.current != "" && l.done < l.total {
		b.WriteString(" | ")
		b.WriteString(l.current)
	}
	s := b.String()
	if r := []rune(s); len(r) > l.width-1 {
		s = string(r[:l.width-2]) + "…"
	}
	return s
}
