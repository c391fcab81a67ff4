package modules

import (
	"strconv"
	"time"

	"github.com/mptest/mptest/firmware/hw"
	"github.com/mptest/mptest/refinterp/py"
)

// PinType is machine.Pin.
var PinType = py.NewBuiltinType("Pin", nil)

// Pin is a machine.Pin object: a named pin of the board.
type Pin struct {
	env  *Env
	name string
	irq  py.Value
}

// Type returns PinType.
func (*Pin) Type() *py.Type { return PinType }

// TimerType is machine.Timer.
var TimerType = py.NewBuiltinType("Timer", nil)

type timer struct {
	env      *Env
	id       int
	periodic bool
	period   time.Duration
	next     time.Time
	callback py.Value
	active   bool
}

func (*timer) Type() *py.Type { return TimerType }

// UARTType is machine.UART.
var UARTType = py.NewBuiltinType("UART", nil)

type uart struct {
	env  *Env
	id   int
	baud int
}

func (*uart) Type() *py.Type { return UARTType }

func (e *Env) pinName(th *py.Thread, id py.Value) (string, error) {
	if s, ok := py.StrOf(id); ok {
		for _, n := range e.Profile.Pins {
			if n == s {
				return n, nil
			}
		}
		return "", py.Errorf(py.ValueErrorType, "invalid pin: ", s)
	}
	if p, ok := id.(*Pin); ok {
		return p.name, nil
	}
	if _, ok := id.(py.Int); !ok {
		return "", py.Errorf(py.TypeErrorType, "invalid pin id type: ", py.TypeName(id))
	}
	n, err := py.AsInt(th, id)
	if err != nil {
		return "", err
	}
	if n < 0 || n >= len(e.Profile.Pins) {
		return "", py.Errorf(py.ValueErrorType, "invalid pin: ", strconv.Itoa(n))
	}
	return e.Profile.Pins[n], nil
}

// initPin applies (mode, pull, value) arguments starting at position off.
func (p *Pin) init(th *py.Thread, args []py.Value, kw *py.Kwargs, off int) error {
	cur := p.env.HW.Pin(p.name)
	mode, pull := cur.Mode, cur.Pull
	if !cur.Configured {
		mode, pull = hw.ModeIn, hw.PullNone
	}
	var err error
	if mode, err = intArg(th, args, kw, off, "mode", mode); err != nil {
		return err
	}
	if pull, err = intArg(th, args, kw, off+1, "pull", pull); err != nil {
		return err
	}
	if mode < 0 || mode > 3 {
		return py.Errorf(py.ValueErrorType, "invalid pin mode: ", strconv.Itoa(mode))
	}
	p.env.HW.ConfigurePin(p.name, mode, pull)
	if v := arg(args, kw, off+2, "value"); v != nil && v != py.None {
		b, err := py.Truth(th, v)
		if err != nil {
			return err
		}
		p.set(b)
	}
	return nil
}

func (p *Pin) set(b bool) {
	v := 0
	if b {
		v = 1
	}
	p.env.HW.SetPin(p.name, v)
}

func (p *Pin) value(th *py.Thread, args []py.Value) (py.Value, error) {
	if len(args) == 0 {
		return py.MakeInt(int64(p.env.HW.Pin(p.name).Value)), nil
	}
	b, err := py.Truth(th, args[0])
	if err != nil {
		return nil, err
	}
	p.set(b)
	return py.None, nil
}

func init() {
	PinType.Module = "machine"
	for _, c := range []struct {
		name string
		v    int64
	}{{"IN", hw.ModeIn}, {"OUT", hw.ModeOut}, {"OPEN_DRAIN", hw.ModeOD}, {"ALT", hw.ModeAlt},
		{"PULL_UP", hw.PullUp}, {"PULL_DOWN", hw.PullDown}, {"PULL_NONE", hw.PullNone},
		{"IRQ_RISING", 1}, {"IRQ_FALLING", 2}, {"OUT_PP", hw.ModeOut}, {"OUT_OD", hw.ModeOD}, {"AF_PP", hw.ModeAlt}} {
		PinType.SetAttrStr(c.name, py.MakeInt(c.v))
	}
	PinType.New = func(th *py.Thread, cls *py.Type, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		env, err := envOf(th, "machine")
		if err != nil {
			return nil, err
		}
		id := arg(args, kw, 0, "id")
		if id == nil {
			return nil, py.NewError(py.TypeErrorType, "Pin() missing required argument 'id'")
		}
		name, err := env.pinName(th, id)
		if err != nil {
			return nil, err
		}
		p := &Pin{env: env, name: name}
		py.AccountBytes(16)
		if len(args) > 1 || (kw != nil && len(kw.Names) > 0) {
			if err := p.init(th, args, kw, 1); err != nil {
				return nil, err
			}
		}
		return p, nil
	}
	PinType.Repr = func(th *py.Thread, v py.Value) (string, error) { return "Pin(Pin." + v.(*Pin).name + ")", nil }
	PinType.Call = func(th *py.Thread, fn py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		return fn.(*Pin).value(th, args)
	}
	PinType.AddMethod("init", func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		return py.None, self.(*Pin).init(th, args, kw, 0)
	})
	PinType.AddMethod("value", func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		return self.(*Pin).value(th, args)
	})
	onOff := func(b bool) func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		return func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
			self.(*Pin).set(b)
			return py.None, nil
		}
	}
	PinType.AddMethod("on", onOff(true))
	PinType.AddMethod("high", onOff(true))
	PinType.AddMethod("off", onOff(false))
	PinType.AddMethod("low", onOff(false))
	PinType.AddMethod("toggle", func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		p := self.(*Pin)
		p.set(p.env.HW.Pin(p.name).Value == 0)
		return py.None, nil
	})
	PinType.AddMethod("name", func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		return py.NewStr(self.(*Pin).name), nil
	})
	getset := func(field string) func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		return func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
			p := self.(*Pin)
			st := p.env.HW.Pin(p.name)
			if len(args) == 0 {
				if field == "mode" {
					return py.MakeInt(int64(st.Mode)), nil
				}
				return py.MakeInt(int64(st.Pull)), nil
			}
			n, err := py.AsInt(th, args[0])
			if err != nil {
				return nil, err
			}
			if field == "mode" {
				p.env.HW.ConfigurePin(p.name, n, st.Pull)
			} else {
				p.env.HW.ConfigurePin(p.name, st.Mode, n)
			}
			return py.None, nil
		}
	}
	PinType.AddMethod("mode", getset("mode"))
	PinType.AddMethod("pull", getset("pull"))
	PinType.AddMethod("irq", func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		p := self.(*Pin)
		if h := arg(args, kw, 0, "handler"); h != nil {
			p.irq = h
		}
		return py.None, nil
	})

	TimerType.Module = "machine"
	TimerType.SetAttrStr("ONE_SHOT", py.MakeInt(0))
	TimerType.SetAttrStr("PERIODIC", py.MakeInt(1))
	TimerType.New = func(th *py.Thread, cls *py.Type, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		env, err := envOf(th, "machine")
		if err != nil {
			return nil, err
		}
		id, err := intArg(th, args, kw, 0, "id", -1)
		if err != nil {
			return nil, err
		}
		t := &timer{env: env, id: id}
		py.AccountBytes(32)
		if len(args) > 1 || (kw != nil && len(kw.Names) > 0) {
			if len(args) > 0 {
				args = args[1:]
			}
			if err := t.init(th, args, kw); err != nil {
				return nil, err
			}
		}
		return t, nil
	}
	TimerType.Repr = func(th *py.Thread, v py.Value) (string, error) {
		return "Timer(" + strconv.Itoa(v.(*timer).id) + ")", nil
	}
	TimerType.AddMethod("init", func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		return py.None, self.(*timer).init(th, args, kw)
	})
	TimerType.AddMethod("deinit", func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		self.(*timer).active = false
		return py.None, nil
	})

	UARTType.Module = "machine"
	UARTType.New = func(th *py.Thread, cls *py.Type, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		env, err := envOf(th, "machine")
		if err != nil {
			return nil, err
		}
		id, err := intArg(th, args, kw, 0, "id", 0)
		if err != nil {
			return nil, err
		}
		baud, err := intArg(th, args, kw, 1, "baudrate", 115200)
		if err != nil {
			return nil, err
		}
		py.AccountBytes(32)
		return &uart{env: env, id: id, baud: baud}, nil
	}
	UARTType.Repr = func(th *py.Thread, v py.Value) (string, error) {
		u := v.(*uart)
		return "UART(" + strconv.Itoa(u.id) + ", baudrate=" + strconv.Itoa(u.baud) + ")", nil
	}
	UARTType.AddMethod("init", func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		b, err := intArg(th, args, kw, 0, "baudrate", self.(*uart).baud)
		self.(*uart).baud = b
		return py.None, err
	})
	UARTType.AddMethod("deinit", func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		return py.None, nil
	})
	UARTType.AddMethod("any", func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		u := self.(*uart)
		return py.MakeInt(int64(u.env.HW.UARTAny(u.id))), nil
	})
	UARTType.AddMethod("write", func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		u := self.(*uart)
		if len(args) != 1 {
			return nil, py.NewError(py.TypeErrorType, "write() takes 1 argument")
		}
		var data []byte
		if s, ok := py.StrOf(args[0]); ok {
			data = []byte(s)
		} else if b, ok := args[0].(*py.Bytes); ok {
			data = b.Data()
		} else {
			return nil, py.Errorf(py.TypeErrorType, "object with buffer protocol required, not ", py.TypeName(args[0]))
		}
		u.env.HW.UARTWrite(u.id, data)
		return py.MakeInt(int64(len(data))), nil
	})
	read := func(line bool) func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		return func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
			u := self.(*uart)
			n, err := intArg(th, args, kw, 0, "nbytes", -1)
			if err != nil {
				return nil, err
			}
			if u.env.HW.UARTAny(u.id) == 0 {
				return py.None, nil
			}
			if line {
				buf := u.env.HW.UARTRead(u.id, -1)
				i := 0
				for i < len(buf) && buf[i] != '\n' {
					i++
				}
				if i < len(buf) {
					i++
				}
				rest := buf[i:]
				u.env.HW.UARTRead(u.id, 0)
				if len(rest) > 0 {
					u.env.HW.UARTWrite(u.id, rest) // put the rest back
				}
				return py.NewBytes(buf[:i]), nil
			}
			return py.NewBytes(u.env.HW.UARTRead(u.id, n)), nil
		}
	}
	UARTType.AddMethod("read", read(false))
	UARTType.AddMethod("readline", read(true))
}

func (t *timer) init(th *py.Thread, args []py.Value, kw *py.Kwargs) error {
	mode, err := intArg(th, nil, kw, -1, "mode", 1)
	if err != nil {
		return err
	}
	period, err := intArg(th, nil, kw, -1, "period", -1)
	if err != nil {
		return err
	}
	freq, err := intArg(th, nil, kw, -1, "freq", -1)
	if err != nil {
		return err
	}
	t.period = time.Duration(period) * time.Millisecond
	if freq > 0 {
		t.period = time.Second / time.Duration(freq)
	}
	if t.period <= 0 {
		t.period = time.Second
	}
	t.periodic = mode != 0
	t.callback = arg(nil, kw, -1, "callback")
	t.next = time.Now().Add(t.period)
	t.active = true
	for _, o := range t.env.timers {
		if o == t {
			return nil
		}
	}
	t.env.timers = append(t.env.timers, t)
	return nil
}

// runTimers calls the callbacks of due timers.
func (e *Env) runTimers(th *py.Thread) error {
	now := time.Now()
	for _, t := range e.timers {
		if !t.active || now.Before(t.next) {
			continue
		}
		if t.periodic {
			t.next = t.next.Add(t.period)
			if t.next.Before(now) {
				t.next = now.Add(t.period)
			}
		} else {
			t.active = false
		}
		if t.callback != nil && t.callback != py.None {
			if _, err := py.Call(th, t.callback, []py.Value{t}, nil); err != nil {
				return err
			}
		}
	}
	return nil
}

func (e *Env) nextTimer() time.Time {
	var next time.Time
	for _, t := range e.timers {
		if t.active && (next.IsZero() || t.next.Before(next)) {
			next = t.next
		}
	}
	return next
}

func newMachineModule(th *py.Thread) (*py.Module, error) {
	env, err := envOf(th, "machine")
	if err != nil {
		return nil, err
	}
	m := py.NewModule("machine")
	m.Set("Pin", PinType)
	m.Set("Timer", TimerType)
	m.Set("UART", UARTType)
	for _, c := range []struct {
		name string
		v    int64
	}{{"PWRON_RESET", PowerOnReset}, {"HARD_RESET", HardResetCause}, {"WDT_RESET", 3}, {"DEEPSLEEP_RESET", 4}, {"SOFT_RESET", SoftResetCause}} {
		m.Set(c.name, py.MakeInt(c.v))
	}
	m.AddFunc("freq", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if len(args) == 0 {
			return py.MakeInt(env.freq), nil
		}
		n, err := py.AsInt(th, args[0])
		if err != nil {
			return nil, err
		}
		if n <= 0 {
			return nil, py.NewError(py.ValueErrorType, "invalid frequency")
		}
		env.freq = int64(n)
		return py.None, nil
	})
	reset := func(kind int32) py.BuiltinFunc {
		return func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
			env.reset = kind
			return nil, py.NewException(py.SystemExitType)
		}
	}
	m.AddFunc("reset", reset(HardReset))
	m.AddFunc("soft_reset", reset(SoftReset))
	m.AddFunc("reset_cause", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		return py.MakeInt(int64(env.ResetCause)), nil
	})
	m.AddFunc("unique_id", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		return py.NewBytes(env.Profile.UniqueID), nil
	})
	m.AddFunc("idle", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		return py.None, env.sleep(th, time.Millisecond)
	})
	m.AddFunc("lightsleep", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		n, err := intArg(th, args, kw, 0, "time_ms", 0)
		if err != nil {
			return nil, err
		}
		return py.None, env.sleep(th, time.Duration(n)*time.Millisecond)
	})
	m.AddFunc("disable_irq", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		return py.MakeInt(0), nil
	})
	m.AddFunc("enable_irq", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		return py.None, nil
	})
	return m, nil
}
