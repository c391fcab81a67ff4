// Package modules provides the board modules of the virtual device:
// machine (Pin, Timer, UART, freq, reset, soft_reset, unique_id, idle,
// reset_cause), pyb (LED, Switch, delay, millis, micros, elapsed_*, freq)
// and os/uos plus open() over the board's in-memory filesystem.
//
// The modules are registered with py.RegisterModule, but each interpreter
// only sees them after Bind attaches an Env (the board it runs on) to it;
// anywhere else "import machine" fails as on a PC. Bind also replaces the
// interpreter's os/uos modules and open() with the board filesystem's.
//
// Timer callbacks and Pin.irq handlers cannot run from another goroutine
// (an interpreter is single-threaded), so timers fire cooperatively: while
// the program sleeps in pyb.delay, time-like sleeps of this package, or
// machine.idle().
package modules

import (
	"sync"
	"sync/atomic"
	"time"

	"github.com/mptest/mptest/firmware/boards"
	"github.com/mptest/mptest/firmware/hw"
	"github.com/mptest/mptest/firmware/vfs"
	"github.com/mptest/mptest/refinterp/py"
)

// Reset requests a Python program can make (Env.ResetRequest).
const (
	NoReset   = 0
	SoftReset = 1
	HardReset = 2
)

// Reset causes reported by machine.reset_cause(), MicroPython's values.
const (
	PowerOnReset   = 1
	HardResetCause = 2
	SoftResetCause = 5
)

// Env is the board an interpreter runs on.
type Env struct {
	Profile boards.Profile
	HW      *hw.Board
	FS      *vfs.FS
	// Boot is when the board (re)started; millis() counts from it.
	Boot time.Time
	// ResetCause is machine.reset_cause().
	ResetCause int
	// Interrupted, if set, reports a pending Ctrl-C; sleeps end early
	// when it returns true (the interpreter then raises KeyboardInterrupt).
	Interrupted func() bool

	reset  int32
	cwd    string
	freq   int64
	timers []*timer
}

// ResetRequest returns the reset a program asked for (NoReset, SoftReset,
// HardReset) and clears it.
func (e *Env) ResetRequest() int { return int(atomic.SwapInt32(&e.reset, 0)) }

var (
	envMu sync.Mutex
	envs  = map[*py.Thread]*Env{}
)

// Bind attaches env to th: machine and pyb become importable, and os, uos
// and open() use the board's filesystem.
func Bind(th *py.Thread, env *Env) {
	if env.cwd == "" {
		env.cwd = "/"
	}
	if env.freq == 0 {
		env.freq = int64(env.Profile.MHz) * 1000000
	}
	if env.Boot.IsZero() {
		env.Boot = time.Now()
	}
	envMu.Lock()
	envs[th] = env
	envMu.Unlock()
	osm := newOSModule(env)
	th.Modules.SetStr("os", osm)
	th.Modules.SetStr("uos", osm)
	th.Builtins.SetStr("open", py.NewBuiltin("open", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		return env.open(th, args, kw)
	}))
}

// Unbind detaches th's board (call it when the interpreter is discarded).
func Unbind(th *py.Thread) {
	envMu.Lock()
	delete(envs, th)
	envMu.Unlock()
}

func envOf(th *py.Thread, name string) (*Env, error) {
	envMu.Lock()
	e := envs[th]
	envMu.Unlock()
	if e == nil {
		return nil, py.Errorf(py.ModuleNotFoundErrorType, "No module named '", name, "'")
	}
	return e, nil
}

func init() {
	py.RegisterModule("machine", newMachineModule)
	py.RegisterModule("umachine", newMachineModule)
	py.RegisterModule("pyb", newPybModule)
}

// sleep waits d, running due timers, and ends early on Ctrl-C.
func (e *Env) sleep(th *py.Thread, d time.Duration) error {
	end := time.Now().Add(d)
	for {
		if err := e.runTimers(th); err != nil {
			return err
		}
		left := time.Until(end)
		if left <= 0 {
			return nil
		}
		if e.Interrupted != nil && e.Interrupted() {
			return nil
		}
		step := 5 * time.Millisecond
		if next := e.nextTimer(); !next.IsZero() && time.Until(next) < step {
			step = time.Until(next)
		}
		if step > left {
			step = left
		}
		if step > 0 {
			time.Sleep(step)
		}
	}
}

// arg returns positional argument i or keyword name (nil if absent).
func arg(args []py.Value, kw *py.Kwargs, i int, name string) py.Value {
	if i >= 0 && i < len(args) {
		return args[i]
	}
	if kw != nil {
		for j, n := range kw.Names {
			if n == name {
				return kw.Values[j]
			}
		}
	}
	return nil
}

// intArg reads an optional int argument (def when absent or None).
func intArg(th *py.Thread, args []py.Value, kw *py.Kwargs, i int, name string, def int) (int, error) {
	v := arg(args, kw, i, name)
	if v == nil || v == py.None {
		return def, nil
	}
	return py.AsInt(th, v)
}

func ms(start time.Time) int64 { return int64(time.Since(start) / time.Millisecond) }
