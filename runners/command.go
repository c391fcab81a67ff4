package runners

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
)

func init() {
	Register("exec", openExec)
	Register("cpython", openCPython)
	Register("host", openHost)
}

// noLimit is the Concurrency of targets that run tests as independent
// processes: the caller's -j decides.
const noLimit = 1 << 16

// CommandTarget runs each test as a process: Argv followed by the test
// file's base name, in the test's directory. The exec, cpython and host
// targets are CommandTargets.
type CommandTarget struct {
	name      string
	argv      []string
	env       []string
	maxOutput int
	identity  func(ctx context.Context) (string, error)
	// heapStat: the interpreter is refpy run with "-X heapstat"; its last
	// stderr line "peak-heap N" becomes Outcome.PeakHeap.
	heapStat bool

	idOnce sync.Once
	id     string
	idErr  error
}

// NewCommandTarget returns a target named name that runs argv plus the test
// file. argv[0] is resolved on PATH now, so a missing interpreter is reported
// when the target is opened rather than once per test.
func NewCommandTarget(name string, argv []string, opts Options) (*CommandTarget, error) {
	if len(argv) == 0 {
		return nil, errors.New("no command given")
	}
	path, err := exec.LookPath(argv[0])
	if err != nil {
		return nil, fmt.Errorf("interpreter %q not found: %w", argv[0], err)
	}
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	argv = append([]string{path}, argv[1:]...)
	t := &CommandTarget{name: name, argv: argv, maxOutput: opts.MaxOutput}
	t.identity = func(context.Context) (string, error) { return strings.Join(t.argv, " "), nil }
	return t, nil
}

// Name implements Target.
func (t *CommandTarget) Name() string { return t.name }

// Argv returns the command line a test is run with, before the test file.
func (t *CommandTarget) Argv() []string { return append([]string(nil), t.argv...) }

// Identity implements Target; it is computed once.
func (t *CommandTarget) Identity(ctx context.Context) (string, error) {
	t.idOnce.Do(func() { t.id, t.idErr = t.identity(ctx) })
	return t.id, t.idErr
}

// Run implements Target. A test process that cannot be started makes the
// target unusable (its binary vanished), which Run reports as an error.
func (t *CommandTarget) Run(ctx context.Context, test Test) (Outcome, error) {
	argv := append(append([]string(nil), t.argv...), filepath.Base(test.Path))
	o := RunProcess(ctx, Process{Argv: argv, Dir: filepath.Dir(test.Path), Env: t.env, MaxOutput: t.maxOutput})
	if t.heapStat {
		o.Stderr, o.PeakHeap = cutPeakHeap(o.Stderr)
	}
	if o.Status == Failed && ctx.Err() == nil {
		if _, err := os.Stat(test.Path); err == nil {
			return o, fmt.Errorf("%s: %w", t.name, o.Err)
		}
	}
	return o, nil
}

// Concurrency implements Target: processes are independent.
func (t *CommandTarget) Concurrency() int { return noLimit }

// Close implements Target.
func (t *CommandTarget) Close() error { return nil }

// openExec opens "exec:CMD ARGS": any interpreter that takes a file path as
// its last argument (a MicroPython unix build, python3, ...).
func openExec(spec string, opts Options) (Target, error) {
	cmdline, ok := strings.CutPrefix(spec, "exec:")
	if !ok {
		return nil, errors.New(`want "exec:CMD ARGS"`)
	}
	argv, err := SplitCommand(cmdline)
	if err != nil {
		return nil, err
	}
	if len(argv) == 0 {
		return nil, errors.New(`no command after "exec:"`)
	}
	return NewCommandTarget(spec, argv, opts)
}

// openCPython opens "cpython": opts.Python (default python3), resolved to
// the real interpreter binary (see ProbePython).
func openCPython(spec string, opts Options) (Target, error) {
	if spec != "cpython" {
		return nil, errors.New(`the cpython target takes no argument (use --python to choose the binary)`)
	}
	python := opts.Python
	if python == "" {
		python = "python3"
	}
	argv, err := SplitCommand(python)
	if err != nil {
		return nil, err
	}
	t, err := NewCommandTarget(spec, argv, opts)
	if err != nil {
		return nil, fmt.Errorf("%w (install CPython, e.g. `apt-get install python3`, or set --python)", err)
	}
	info, _, err := ProbePython(context.Background(), t.argv, opts.CacheDir)
	if err != nil {
		return nil, err
	}
	t.argv[0] = info.Executable
	t.identity = func(context.Context) (string, error) { return info.Version, nil }
	return t, nil
}

// HostCommandEnv names the environment variable that overrides how the host
// target starts the reference interpreter: a command line (split like a
// shell's) that takes the test file as its last argument. By default the
// host target re-executes the running mptest binary as "mptest refpy FILE".
const HostCommandEnv = "MPTEST_REFPY"

// openHost opens "host": the reference interpreter in refinterp/, run in a
// subprocess so a runaway test can be killed like any other.
func openHost(spec string, opts Options) (Target, error) {
	if spec != "host" {
		return nil, errors.New(`the host target takes no argument`)
	}
	var argv []string
	if cmdline := firstNonEmpty(opts.Settings["refpy"], os.Getenv(HostCommandEnv)); cmdline != "" {
		var err error
		if argv, err = SplitCommand(cmdline); err != nil {
			return nil, fmt.Errorf("%s: %w", HostCommandEnv, err)
		}
	} else {
		exe, err := os.Executable()
		if err != nil {
			return nil, fmt.Errorf("locating the mptest binary to run the host interpreter: %w", err)
		}
		argv = []string{exe, "refpy"}
	}
	// The heap statistics walk the live heap now and then, which costs
	// allocation-heavy programs up to 2x: heapstat=false leaves them out
	// (no peak heap) for timing the interpreter alone.
	heapStat := true
	if v, ok := opts.Settings["heapstat"]; ok {
		b, err := strconv.ParseBool(v)
		if err != nil {
			return nil, fmt.Errorf("host: setting heapstat=%q: want true or false", v)
		}
		heapStat = b
	}
	if heapStat {
		argv = append(argv, "-X", "heapstat")
	}
	t, err := NewCommandTarget(spec, argv, opts)
	if err != nil {
		return nil, err
	}
	t.heapStat = heapStat
	t.identity = func(context.Context) (string, error) { return "refinterp (" + strings.Join(t.argv, " ") + ")", nil }
	return t, nil
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}

// cutPeakHeap removes refpy's closing "peak-heap N" line from stderr and
// returns N (0 when the line is missing, e.g. after a kill).
func cutPeakHeap(stderr []byte) ([]byte, int64) {
	s := strings.TrimSuffix(string(stderr), "\n")
	i := strings.LastIndexByte(s, '\n') + 1
	n, ok := strings.CutPrefix(s[i:], "peak-heap ")
	if !ok {
		return stderr, 0
	}
	v, err := strconv.ParseInt(n, 10, 64)
	if err != nil {
		return stderr, 0
	}
	return stderr[:i], v
}
