package board

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"regexp"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/mptest/mptest/runners"
	"github.com/mptest/mptest/runners/transport"
)

// QEMUMachine describes a board QEMU can emulate for the "qemu:NAME" target.
type QEMUMachine struct {
	// Binary is the default QEMU executable (setting "qemu" overrides it).
	Binary string
	// Firmware is the default firmware image (setting "firmware" overrides it).
	Firmware string
	// Args returns the QEMU arguments for a firmware image. The machine's
	// console UART must be "-serial pty".
	Args func(firmware string) []string
}

var (
	machinesMu sync.Mutex
	machines   = map[string]QEMUMachine{
		"microbit": {
			Binary:   "qemu-system-arm",
			Firmware: "/usr/share/firmware-microbit-micropython/firmware.hex",
			Args: func(fw string) []string {
				return []string{"-M", "microbit", "-device", "loader,file=" + fw, "-nographic", "-serial", "pty", "-monitor", "none"}
			},
		},
	}
)

// RegisterQEMUMachine makes "qemu:NAME" available for another emulated
// board (e.g. a TinyGo firmware image). It panics on a duplicate name.
func RegisterQEMUMachine(name string, m QEMUMachine) {
	machinesMu.Lock()
	defer machinesMu.Unlock()
	if _, dup := machines[name]; dup {
		panic("board: QEMU machine registered twice: " + name)
	}
	machines[name] = m
}

// QEMUMachineFor returns the machine registered under name.
func QEMUMachineFor(name string) (QEMUMachine, bool) {
	machinesMu.Lock()
	defer machinesMu.Unlock()
	m, ok := machines[name]
	return m, ok
}

// QEMU is one running emulator whose console UART is served on a pty.
type QEMU struct {
	bin  string
	args []string

	mu   sync.Mutex
	cmd  *exec.Cmd
	pty  string
	done chan struct{}
	log  *tailBuffer
}

// NewQEMU returns an emulator for binary and args; Start runs it.
func NewQEMU(binary string, args []string) *QEMU {
	return &QEMU{bin: binary, args: args}
}

var ptyLine = regexp.MustCompile(`char device redirected to (\S+)`)

// Start runs QEMU and waits (bounded by ctx) for it to announce its pty.
func (q *QEMU) Start(ctx context.Context) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.cmd != nil {
		return fmt.Errorf("qemu already running")
	}
	cmd := exec.Command(q.bin, q.args...)
	setDeathSignal(cmd)
	r, w, err := os.Pipe()
	if err != nil {
		return fmt.Errorf("start qemu: %w", err)
	}
	cmd.Stdout, cmd.Stderr = w, w
	if err := cmd.Start(); err != nil {
		r.Close()
		w.Close()
		return fmt.Errorf("start %s: %w", q.bin, err)
	}
	w.Close()
	done := make(chan struct{})
	go func() {
		cmd.Wait()
		close(done)
	}()
	log := &tailBuffer{max: 4096}
	found := make(chan string, 1)
	go func() {
		// Read QEMU's output for the whole run, so it never blocks on a
		// full pipe; the first pty announcement is the one we want.
		defer r.Close()
		sc := bufio.NewScanner(r)
		sent := false
		for sc.Scan() {
			line := sc.Text()
			log.add(line)
			if m := ptyLine.FindStringSubmatch(line); m != nil && !sent {
				found <- m[1]
				sent = true
			}
		}
		io.Copy(io.Discard, r)
	}()
	select {
	case p := <-found:
		q.cmd, q.pty, q.done, q.log = cmd, p, done, log
		return nil
	case <-done:
		return fmt.Errorf("%s exited before serving a pty: %s", q.bin, log.String())
	case <-ctx.Done():
		cmd.Process.Kill()
		<-done
		return fmt.Errorf("%s did not announce its pty: %w (output: %s)", q.bin, ctx.Err(), log.String())
	}
}

// PTY returns the pty path of the running emulator.
func (q *QEMU) PTY() string {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.pty
}

// Stop kills the emulator and waits for it to exit.
func (q *QEMU) Stop() error {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.cmd == nil {
		return nil
	}
	q.cmd.Process.Kill()
	select {
	case <-q.done:
	case <-time.After(5 * time.Second):
		return fmt.Errorf("qemu (pid %d) did not exit after kill", q.cmd.Process.Pid)
	}
	q.cmd, q.pty = nil, ""
	return nil
}

// tailBuffer keeps the last lines of a process's output for messages.
type tailBuffer struct {
	mu    sync.Mutex
	max   int
	lines []string
	size  int
}

func (t *tailBuffer) add(l string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.lines = append(t.lines, l)
	t.size += len(l)
	for t.size > t.max && len(t.lines) > 1 {
		t.size -= len(t.lines[0])
		t.lines = t.lines[1:]
	}
}

func (t *tailBuffer) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return strings.Join(t.lines, " | ")
}

// openQEMU opens "qemu:MACHINE" (settings "qemu" and "firmware" override
// the binary and the firmware image).
func openQEMU(spec string, opts runners.Options) (runners.Target, error) {
	if _, ok := opts.Settings["max-entries"]; !ok {
		// A restart costs half a second: after one failed raw REPL
		// entry, power-cycle instead of trying again.
		opts.Settings = withSetting(opts.Settings, "max-entries", "1")
	}
	if _, ok := opts.Settings["recover-timeout"]; !ok {
		// The emulated firmware answers Ctrl-C within milliseconds.
		opts.Settings = withSetting(opts.Settings, "recover-timeout", "1500ms")
	}
	cfg, err := ParseConfig(opts)
	if err != nil {
		return nil, err
	}
	name := arg(spec)
	m, ok := QEMUMachineFor(name)
	if !ok {
		machinesMu.Lock()
		var names []string
		for n := range machines {
			names = append(names, n)
		}
		machinesMu.Unlock()
		sort.Strings(names)
		return nil, fmt.Errorf("unknown QEMU machine %q (known: %s)", name, strings.Join(names, ", "))
	}
	bin, fw := m.Binary, m.Firmware
	if v := opts.Settings["qemu"]; v != "" {
		bin = v
	}
	if v := opts.Settings["firmware"]; v != "" {
		fw = v
	}
	if _, err := exec.LookPath(bin); err != nil {
		return nil, fmt.Errorf("QEMU binary: %w", err)
	}
	if _, err := os.Stat(fw); err != nil {
		return nil, fmt.Errorf("firmware image: %w", err)
	}
	q := NewQEMU(bin, m.Args(fw))
	started := false
	link := Link{
		Dial: func(ctx context.Context) (transport.Transport, error) {
			if !started {
				if err := q.Start(ctx); err != nil {
					return nil, err
				}
				started = true
			}
			return transport.OpenFile(q.PTY())
		},
		PowerCycle: func(ctx context.Context) error {
			if err := q.Stop(); err != nil {
				return err
			}
			if err := q.Start(ctx); err != nil {
				return err
			}
			started = true
			return nil
		},
		Close: q.Stop,
	}
	b := New(spec, cfg, link)
	b.emu = q
	return b, nil
}

// Emulator returns the QEMU instance behind a qemu: target, or nil.
func (b *Board) Emulator() *QEMU { return b.emu }

// Kill kills the emulator without waiting for anything, as a crash would;
// the target notices at its next use and power-cycles it.
func (q *QEMU) Kill() error {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.cmd == nil {
		return fmt.Errorf("qemu not running")
	}
	return q.cmd.Process.Kill()
}

// withSetting returns a copy of settings with key set to value.
func withSetting(settings map[string]string, key, value string) map[string]string {
	m := make(map[string]string, len(settings)+1)
	for k, v := range settings {
		m[k] = v
	}
	m[key] = value
	return m
}
