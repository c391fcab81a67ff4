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
	// console UART must be "-serial pty" (a "qemu:" target replaces it
	// with a pty of its own; see QEMU.HostPTY).
	Args func(firmware string) []string
	// Settings are the board's defaults for target settings the user did
	// not give (e.g. the upload pacing its firmware needs).
	Settings map[string]string
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
			// The stock firmware buffers UART input in a 64-byte ring
			// that its interrupt handler fills and silently overflows,
			// and it has no raw-paste: uploads go in 32-byte chunks, each
			// once the emulated UART has taken the previous one and 2 ms
			// more for the firmware's loop to empty its ring (see the
			// package documentation).
			Settings: map[string]string{"chunk-size": "32", "chunk-drain": "true", "chunk-delay": "2ms"},
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

	// HostPTY, set before Start, makes the host create the console's pty
	// (transport.NewPTY) and QEMU open its slave side ("-serial pty" in
	// the arguments becomes "-chardev serial,path=..."), instead of QEMU
	// creating one. Connections from Dial then report their backlog: how
	// much of what the host wrote the emulated UART has not taken yet,
	// which paces uploads to a firmware without flow control. Where the
	// host cannot create ptys, Start falls back to QEMU's own.
	HostPTY bool

	mu      sync.Mutex
	cmd     *exec.Cmd
	pty     string
	hostPTY *transport.PTY
	done    chan struct{}
	log     *tailBuffer
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
	args := q.args
	var hp *transport.PTY
	if q.HostPTY {
		if p, err := transport.NewPTY(); err == nil {
			if a, ok := hostSerial(args, p.Path()); ok {
				args, hp = a, p
			} else {
				p.Close()
				return fmt.Errorf("start %s: no \"-serial pty\" in the arguments to replace", q.bin)
			}
		}
	}
	cmd := exec.Command(q.bin, args...)
	setDeathSignal(cmd)
	r, w, err := os.Pipe()
	if err != nil {
		if hp != nil {
			hp.Close()
		}
		return fmt.Errorf("start qemu: %w", err)
	}
	cmd.Stdout, cmd.Stderr = w, w
	if err := cmd.Start(); err != nil {
		r.Close()
		w.Close()
		if hp != nil {
			hp.Close()
		}
		return fmt.Errorf("start %s: %w", q.bin, err)
	}
	w.Close()
	done := make(chan struct{})
	go func() {
		cmd.Wait()
		if hp != nil {
			// Without the observer's descriptor on the slave, the
			// host's connections see the hang-up at once.
			hp.ReleasePeer()
		}
		close(done)
	}()
	log := &tailBuffer{max: 4096}
	if hp != nil {
		go func() {
			defer r.Close()
			sc := bufio.NewScanner(r)
			for sc.Scan() {
				log.add(sc.Text())
			}
			io.Copy(io.Discard, r)
		}()
		// QEMU opens the slave while it sets the machine up; input
		// written earlier waits in the pty.
		q.cmd, q.hostPTY, q.done, q.log = cmd, hp, done, log
		return nil
	}
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

// PTY returns the path of the pty QEMU created for the running emulator
// ("" with a host-created pty: use Dial).
func (q *QEMU) PTY() string {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.pty
}

// Dial opens a connection to the running emulator's console UART: the
// master side of the host-created pty (a transport.Backlogger), or QEMU's
// own pty opened as a file.
func (q *QEMU) Dial() (transport.Transport, error) {
	q.mu.Lock()
	cmd, hp, p, done, log := q.cmd, q.hostPTY, q.pty, q.done, q.log
	q.mu.Unlock()
	if cmd == nil {
		return nil, fmt.Errorf("qemu not running")
	}
	select {
	case <-done:
		return nil, fmt.Errorf("%s exited: %s", q.bin, log.String())
	default:
	}
	if hp != nil {
		c, err := hp.Open()
		if err != nil {
			return nil, err
		}
		return c, nil
	}
	f, err := transport.OpenFile(p)
	if err != nil {
		return nil, err
	}
	return f, nil
}

// hostSerial replaces the first "-serial pty" in args with a chardev on
// path, the slave side of a host-created pty.
func hostSerial(args []string, path string) ([]string, bool) {
	for i := 0; i+1 < len(args); i++ {
		if args[i] == "-serial" && args[i+1] == "pty" {
			out := append([]string(nil), args[:i]...)
			out = append(out, "-chardev", "serial,id=mptest-console,path="+path, "-serial", "chardev:mptest-console")
			return append(out, args[i+2:]...), true
		}
	}
	return nil, false
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
	var err error
	if q.hostPTY != nil {
		err = q.hostPTY.Close()
	}
	q.cmd, q.pty, q.hostPTY = nil, "", nil
	return err
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
	name := arg(spec)
	m, ok := QEMUMachineFor(name)
	if ok {
		for k, v := range m.Settings {
			if _, set := opts.Settings[k]; !set {
				opts.Settings = withSetting(opts.Settings, k, v)
			}
		}
	}
	cfg, err := ParseConfig(opts)
	if err != nil {
		return nil, err
	}
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
	q.HostPTY = true
	started := false
	link := Link{
		Dial: func(ctx context.Context) (transport.Transport, error) {
			if !started {
				if err := q.Start(ctx); err != nil {
					return nil, err
				}
				started = true
			}
			return q.Dial()
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
