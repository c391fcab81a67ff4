package runners

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"time"
)

// Process describes one interpreter process to run for a test.
type Process struct {
	// Argv is the command and its arguments (the test file included).
	Argv []string
	// Dir is the working directory (the test's directory, so that helper
	// modules beside the test can be imported).
	Dir string
	// Env is added to the inherited environment.
	Env []string
	// MaxOutput caps stdout and stderr, each, in bytes (0: no cap). A process
	// that exceeds it is killed and the Outcome marked Truncated.
	MaxOutput int
}

// baseEnv is added to every test process: keep CPython from littering test
// directories with __pycache__ and make its output encoding independent of
// the locale, so the oracle's output does not depend on the machine.
var baseEnv = []string{"PYTHONDONTWRITEBYTECODE=1", "PYTHONIOENCODING=utf-8"}

// RunProcess runs p until it exits or ctx is done and reports what it printed.
//
// The process gets its own process group; when ctx's deadline passes the
// whole group is killed and the Outcome's Status is TimedOut. When ctx is
// cancelled for another reason (an interrupted run) the Status is Failed with
// ctx's error. A process that cannot be started is Failed too. Stdout has
// "\r\n" normalised to "\n". Duration covers start to exit, so process
// creation counts as interpreter time.
func RunProcess(ctx context.Context, p Process) Outcome {
	if len(p.Argv) == 0 {
		return Outcome{Status: Failed, Err: errors.New("empty command")}
	}
	// A private context lets an output overflow stop the process too.
	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	cmd := exec.CommandContext(runCtx, p.Argv[0], p.Argv[1:]...)
	cmd.Dir = p.Dir
	cmd.Env = append(append(os.Environ(), baseEnv...), p.Env...)
	setProcessGroup(cmd)
	cmd.Cancel = func() error { return killProcessGroup(cmd) }
	// Grandchildren holding the pipes open must not hang the harness.
	cmd.WaitDelay = time.Second
	stdout := &cappedBuffer{max: p.MaxOutput, overflow: cancel}
	stderr := &cappedBuffer{max: p.MaxOutput, overflow: cancel}
	cmd.Stdout = stdout
	cmd.Stderr = stderr

	start := time.Now()
	err := cmd.Run()
	o := Outcome{Duration: time.Since(start)}
	o.Stdout = NormalizeNewlines(stdout.Bytes())
	o.Stderr = NormalizeNewlines(stderr.Bytes())
	o.Truncated = stdout.truncated() || stderr.truncated()

	if cmd.ProcessState == nil {
		o.Status = Failed
		o.Err = fmt.Errorf("starting %s: %w", p.Argv[0], err)
		return o
	}
	o.ExitCode = cmd.ProcessState.ExitCode()
	if sig := exitSignal(cmd.ProcessState); sig != "" {
		o.Signal = sig
	}
	switch {
	case o.Truncated:
		o.Status = Exited // killed on purpose; the caller sees Truncated
	case err != nil && errors.Is(ctx.Err(), context.DeadlineExceeded):
		o.Status = TimedOut
		o.Err = errors.New("deadline exceeded; process group killed")
	case err != nil && ctx.Err() != nil:
		o.Status = Failed
		o.Err = fmt.Errorf("run interrupted: %w", ctx.Err())
	default:
		o.Status = Exited
	}
	return o
}

// NormalizeNewlines turns "\r\n" into "\n" (and nothing else: a lone "\r" is output).
func NormalizeNewlines(b []byte) []byte {
	if bytes.IndexByte(b, '\r') < 0 {
		return b
	}
	return bytes.ReplaceAll(b, []byte("\r\n"), []byte("\n"))
}

// cappedBuffer keeps up to max bytes and calls overflow once when more arrive.
type cappedBuffer struct {
	mu       sync.Mutex
	buf      bytes.Buffer
	max      int
	over     bool
	overflow func()
}

func (c *cappedBuffer) Write(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.over {
		return len(p), nil
	}
	if c.max > 0 && c.buf.Len()+len(p) > c.max {
		c.buf.Write(p[:c.max-c.buf.Len()])
		c.over = true
		c.overflow()
		return len(p), nil
	}
	return c.buf.Write(p)
}

func (c *cappedBuffer) Bytes() []byte {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.buf.Bytes()
}

func (c *cappedBuffer) truncated() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.over
}

// SplitCommand splits a command line into words the way a POSIX shell does
// for the simple cases: blanks separate words, single quotes preserve
// everything, double quotes preserve everything but backslash escapes of
// `"`, `\`, `$` and "`", and a backslash outside quotes escapes the next
// character. No expansion of any kind is done.
func SplitCommand(s string) ([]string, error) {
	var words []string
	var cur strings.Builder
	inWord := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n':
			if inWord {
				words = append(words, cur.String())
				cur.Reset()
				inWord = false
			}
		case c == '\'':
			inWord = true
			j := strings.IndexByte(s[i+1:], '\'')
			if j < 0 {
				return nil, fmt.Errorf("unterminated single quote in %q", s)
			}
			cur.WriteString(s[i+1 : i+1+j])
			i += j + 1
		case c == '"':
			inWord = true
			i++
			for ; i < len(s) && s[i] != '"'; i++ {
				if s[i] == '\\' && i+1 < len(s) && strings.IndexByte("\"\\$`", s[i+1]) >= 0 {
					i++
				}
				cur.WriteByte(s[i])
			}
			if i >= len(s) {
				return nil, fmt.Errorf("unterminated double quote in %q", s)
			}
		case c == '\\':
			inWord = true
			if i+1 >= len(s) {
				return nil, fmt.Errorf("trailing backslash in %q", s)
			}
			i++
			cur.WriteByte(s[i])
		default:
			inWord = true
			cur.WriteByte(c)
		}
	}
	if inWord {
		words = append(words, cur.String())
	}
	return words, nil
}

// exitSignal names the signal that killed the process, or "".
func exitSignal(ps *os.ProcessState) string {
	if ws, ok := ps.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		return signalName(ws.Signal())
	}
	return ""
}
