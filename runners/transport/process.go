package transport

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"time"
)

// Process is a subprocess whose stdin and stdout carry the byte stream (a
// board simulator, a firmware built for the host, `socat`). Its stderr is
// passed to the given writer or discarded.
type Process struct {
	cmd  *exec.Cmd
	in   *os.File // our end of the child's stdin
	out  *os.File // our end of the child's stdout
	done chan struct{}
	werr error
}

// StartProcess starts cmd with pipes on its stdin and stdout. The pipes are
// os.Pipe files, which support deadlines. cmd.Stdin and cmd.Stdout must be
// unset.
func StartProcess(cmd *exec.Cmd) (*Process, error) {
	if cmd.Stdin != nil || cmd.Stdout != nil {
		return nil, errors.New("start process: Stdin and Stdout must be unset")
	}
	inR, inW, err := os.Pipe()
	if err != nil {
		return nil, fmt.Errorf("start process: %w", err)
	}
	outR, outW, err := os.Pipe()
	if err != nil {
		inR.Close()
		inW.Close()
		return nil, fmt.Errorf("start process: %w", err)
	}
	cmd.Stdin, cmd.Stdout = inR, outW
	if err := cmd.Start(); err != nil {
		inR.Close()
		inW.Close()
		outR.Close()
		outW.Close()
		return nil, fmt.Errorf("start %s: %w", cmd.Path, err)
	}
	inR.Close()
	outW.Close()
	p := &Process{cmd: cmd, in: inW, out: outR, done: make(chan struct{})}
	go func() {
		p.werr = cmd.Wait()
		close(p.done)
	}()
	return p, nil
}

// Read reads the child's stdout.
func (p *Process) Read(b []byte) (int, error) { return p.out.Read(b) }

// Write writes to the child's stdin.
func (p *Process) Write(b []byte) (int, error) { return p.in.Write(b) }

// SetReadDeadline sets the read deadline.
func (p *Process) SetReadDeadline(t time.Time) error { return p.out.SetReadDeadline(t) }

// SetWriteDeadline sets the write deadline.
func (p *Process) SetWriteDeadline(t time.Time) error { return p.in.SetWriteDeadline(t) }

// Close closes the child's stdin, gives it a moment to exit, then kills it.
func (p *Process) Close() error {
	p.in.Close()
	select {
	case <-p.done:
	case <-time.After(time.Second):
		_ = p.cmd.Process.Kill()
		<-p.done
	}
	p.out.Close()
	return nil
}

// String returns "process ARGS".
func (p *Process) String() string { return "process " + strings.Join(p.cmd.Args, " ") }
