package modules

import (
	"strconv"
	"time"

	"github.com/mptest/mptest/refinterp/py"
)

// LEDType is pyb.LED.
var LEDType = py.NewBuiltinType("LED", nil)

type led struct {
	env *Env
	n   int
}

func (*led) Type() *py.Type { return LEDType }

// SwitchType is pyb.Switch (the USR button, never pressed on a virtual board).
var SwitchType = py.NewBuiltinType("Switch", nil)

type button struct{ callback py.Value }

func (*button) Type() *py.Type { return SwitchType }

func ledSet(v int) func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
	return func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		l := self.(*led)
		l.env.HW.SetLED(l.n, v)
		return py.None, nil
	}
}

func init() {
	LEDType.Module = "pyb"
	LEDType.New = func(th *py.Thread, cls *py.Type, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		env, err := envOf(th, "pyb")
		if err != nil {
			return nil, err
		}
		if len(args) != 1 {
			return nil, py.NewError(py.TypeErrorType, "LED() takes 1 argument")
		}
		n, err := py.AsInt(th, args[0])
		if err != nil {
			return nil, err
		}
		if n < 1 || n > env.HW.NumLEDs() {
			return nil, py.Errorf(py.ValueErrorType, "LED(", strconv.Itoa(n), ") doesn't exist")
		}
		return &led{env: env, n: n}, nil
	}
	LEDType.Repr = func(th *py.Thread, v py.Value) (string, error) {
		return "LED(" + strconv.Itoa(v.(*led).n) + ")", nil
	}
	LEDType.AddMethod("on", ledSet(255))
	LEDType.AddMethod("off", ledSet(0))
	LEDType.AddMethod("toggle", func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		l := self.(*led)
		if v, _ := l.env.HW.LED(l.n); v == 0 {
			l.env.HW.SetLED(l.n, 255)
		} else {
			l.env.HW.SetLED(l.n, 0)
		}
		return py.None, nil
	})
	LEDType.AddMethod("intensity", func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		l := self.(*led)
		if len(args) == 0 {
			v, _ := l.env.HW.LED(l.n)
			return py.MakeInt(int64(v)), nil
		}
		n, err := py.AsInt(th, args[0])
		if err != nil {
			return nil, err
		}
		l.env.HW.SetLED(l.n, n)
		return py.None, nil
	})

	SwitchType.Module = "pyb"
	SwitchType.New = func(th *py.Thread, cls *py.Type, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		return &button{}, nil
	}
	SwitchType.Call = func(th *py.Thread, fn py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		return py.False, nil
	}
	SwitchType.AddMethod("value", func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		return py.False, nil
	})
	SwitchType.AddMethod("callback", func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if len(args) > 0 {
			self.(*button).callback = args[0]
		}
		return py.None, nil
	})
}

func newPybModule(th *py.Thread) (*py.Module, error) {
	env, err := envOf(th, "pyb")
	if err != nil {
		return nil, err
	}
	m := py.NewModule("pyb")
	m.Set("LED", LEDType)
	m.Set("Switch", SwitchType)
	m.Set("Pin", PinType)
	m.Set("Timer", TimerType)
	m.Set("UART", UARTType)
	sleepFn := func(unit time.Duration) py.BuiltinFunc {
		return func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
			if len(args) != 1 {
				return nil, py.NewError(py.TypeErrorType, "function takes 1 argument")
			}
			n, err := py.AsInt(th, args[0])
			if err != nil {
				return nil, err
			}
			if n < 0 {
				n = 0
			}
			return py.None, env.sleep(th, time.Duration(n)*unit)
		}
	}
	m.AddFunc("delay", sleepFn(time.Millisecond))
	m.AddFunc("udelay", sleepFn(time.Microsecond))
	m.AddFunc("millis", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		return py.MakeInt(ms(env.Boot)), nil
	})
	m.AddFunc("micros", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		return py.MakeInt(int64(time.Since(env.Boot) / time.Microsecond)), nil
	})
	elapsed := func(unit time.Duration) py.BuiltinFunc {
		return func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
			if len(args) != 1 {
				return nil, py.NewError(py.TypeErrorType, "function takes 1 argument")
			}
			start, err := py.AsInt(th, args[0])
			if err != nil {
				return nil, err
			}
			return py.MakeInt(int64(time.Since(env.Boot)/unit) - int64(start)), nil
		}
	}
	m.AddFunc("elapsed_millis", elapsed(time.Millisecond))
	m.AddFunc("elapsed_micros", elapsed(time.Microsecond))
	m.AddFunc("freq", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		f := env.freq
		return py.NewTuple([]py.Value{py.MakeInt(f), py.MakeInt(f), py.MakeInt(f / 4), py.MakeInt(f / 2)}), nil
	})
	m.AddFunc("unique_id", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		return py.NewBytes(env.Profile.UniqueID), nil
	})
	m.AddFunc("hard_reset", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		env.reset = HardReset
		return nil, py.NewException(py.SystemExitType)
	})
	m.AddFunc("wfi", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		return py.None, env.sleep(th, time.Millisecond)
	})
	return m, nil
}
