// Package time implements Python's time module for refinterp: CPython's
// time, time_ns, sleep, monotonic, perf_counter, gmtime, localtime,
// mktime, strftime, asctime, ctime and struct_time, plus MicroPython's
// sleep_ms, sleep_us and ticks_ms/ticks_us/ticks_cpu/ticks_diff/ticks_add
// (ticks wrap with a period of 2**30, as on MicroPython ports). utime is
// registered as an alias.
package time

import (
	gotime "time"

	"github.com/mptest/mptest/refinterp/py"
)

// StructTimeType is time.struct_time.
var StructTimeType = py.StructSeq("time", "struct_time", []string{
	"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"})

// start is the origin of ticks_*, monotonic and perf_counter.
var start = gotime.Now()

// Tick arithmetic follows MicroPython: values wrap modulo ticksPeriod.
const (
	ticksPeriod = 1 << 30
	ticksMax    = ticksPeriod - 1
	ticksHalf   = ticksPeriod / 2
)

func init() {
	py.RegisterModule("time", newModule)
	py.RegisterModule("utime", newModule)
}

func noArgs(name string, args []py.Value, kw *py.Kwargs) error {
	if len(args) > 0 || kw.Len() > 0 {
		return py.Errorf(py.TypeErrorType, "time.", name, "() takes no arguments (", itoa(int64(len(args)+kw.Len())), " given)")
	}
	return nil
}

func oneArg(name string, args []py.Value, kw *py.Kwargs) error {
	if kw.Len() > 0 {
		return py.Errorf(py.TypeErrorType, name, "() takes no keyword arguments")
	}
	if len(args) != 1 {
		return py.Errorf(py.TypeErrorType, name, "() takes exactly one argument (", itoa(int64(len(args))), " given)")
	}
	return nil
}

func itoa(n int64) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for ; n > 0; n /= 10 {
		i--
		b[i] = byte('0' + n%10)
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// sleepFor sleeps in slices so that th.Interrupt() (KeyboardInterrupt,
// harness timeouts) ends a long sleep: after each slice it calls poll, a
// Python no-op function, because the core checks for interrupts when a
// Python function is called and has no exported check for Go code.
func sleepFor(th *py.Thread, poll py.Value, d gotime.Duration) error {
	const slice = 20 * gotime.Millisecond
	for d > 0 {
		step := d
		if step > slice {
			step = slice
		}
		gotime.Sleep(step)
		d -= step
		if poll != nil {
			if _, err := py.Call(th, poll, nil, nil); err != nil {
				return err
			}
		}
	}
	return nil
}

func newModule(th *py.Thread) (*py.Module, error) {
	m := py.NewModule("time")
	m.Set("__name__", py.NewStr("time"))
	co, err := py.CompileSource("def _poll():\n    pass\n", "<time>", "exec")
	if err != nil {
		return nil, err
	}
	if _, err := th.RunCode(co, m.Dict, m.Dict); err != nil {
		return nil, err
	}
	poll := m.Dict.GetStr("_poll")
	m.Dict.DelStr("_poll")
	m.Set("struct_time", StructTimeType)
	nowFunc := func(name string, f func() py.Value) {
		m.AddFunc(name, func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
			if err := noArgs(name, args, kw); err != nil {
				return nil, err
			}
			return f(), nil
		})
	}
	nowFunc("time", func() py.Value { return py.MakeFloat(float64(gotime.Now().UnixNano()) / 1e9) })
	nowFunc("time_ns", func() py.Value { return py.MakeInt(gotime.Now().UnixNano()) })
	since := func() gotime.Duration { return gotime.Since(start) }
	nowFunc("monotonic", func() py.Value { return py.MakeFloat(since().Seconds()) })
	nowFunc("monotonic_ns", func() py.Value { return py.MakeInt(int64(since())) })
	nowFunc("perf_counter", func() py.Value { return py.MakeFloat(since().Seconds()) })
	nowFunc("perf_counter_ns", func() py.Value { return py.MakeInt(int64(since())) })
	nowFunc("process_time", func() py.Value { return py.MakeFloat(since().Seconds()) })
	nowFunc("ticks_ms", func() py.Value { return py.MakeInt(int64(since()/gotime.Millisecond) & ticksMax) })
	nowFunc("ticks_us", func() py.Value { return py.MakeInt(int64(since()/gotime.Microsecond) & ticksMax) })
	nowFunc("ticks_cpu", func() py.Value { return py.MakeInt(int64(since()/gotime.Microsecond) & ticksMax) })
	m.AddFunc("ticks_diff", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if len(args) != 2 || kw.Len() > 0 {
			return nil, py.Errorf(py.TypeErrorType, "function takes 2 positional arguments but ", itoa(int64(len(args))), " were given")
		}
		a, err := py.AsInt(th, args[0])
		if err != nil {
			return nil, err
		}
		b, err := py.AsInt(th, args[1])
		if err != nil {
			return nil, err
		}
		return py.MakeInt(int64(((a - b + ticksHalf) & ticksMax) - ticksHalf)), nil
	})
	m.AddFunc("ticks_add", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if len(args) != 2 || kw.Len() > 0 {
			return nil, py.Errorf(py.TypeErrorType, "function takes 2 positional arguments but ", itoa(int64(len(args))), " were given")
		}
		a, err := py.AsInt(th, args[0])
		if err != nil {
			return nil, err
		}
		d, err := py.AsInt(th, args[1])
		if err != nil {
			return nil, err
		}
		if d < -ticksHalf || d >= ticksHalf {
			return nil, py.NewError(py.OverflowErrorType, "ticks interval overflow")
		}
		return py.MakeInt(int64((a + d) & ticksMax)), nil
	})
	m.AddFunc("sleep", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if err := oneArg("sleep", args, kw); err != nil {
			return nil, err
		}
		s, err := py.FloatOf(th, args[0])
		if err != nil {
			if _, ok := args[0].(*py.Str); ok {
				return nil, py.Errorf(py.TypeErrorType, "'str' object cannot be interpreted as an integer")
			}
			return nil, err
		}
		if s != s {
			return nil, py.NewError(py.ValueErrorType, "Invalid value NaN (not a number)")
		}
		if s < 0 {
			return nil, py.NewError(py.ValueErrorType, "sleep length must be non-negative")
		}
		if s > 1e9 {
			return nil, py.NewError(py.OverflowErrorType, "sleep length is too large")
		}
		return py.None, sleepFor(th, poll, gotime.Duration(s*1e9))
	})
	for _, u := range []struct {
		name string
		unit gotime.Duration
	}{{"sleep_ms", gotime.Millisecond}, {"sleep_us", gotime.Microsecond}} {
		u := u
		m.AddFunc(u.name, func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
			if err := oneArg(u.name, args, kw); err != nil {
				return nil, err
			}
			n, err := py.AsInt(th, args[0])
			if err != nil {
				return nil, err
			}
			return py.None, sleepFor(th, poll, gotime.Duration(n)*u.unit)
		})
	}
	m.AddFunc("gmtime", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		t, err := timeArg(th, "gmtime", args, kw)
		if err != nil {
			return nil, err
		}
		return structTime(t.UTC()), nil
	})
	m.AddFunc("localtime", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		t, err := timeArg(th, "localtime", args, kw)
		if err != nil {
			return nil, err
		}
		return structTime(t.Local()), nil
	})
	m.AddFunc("mktime", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if err := oneArg("mktime", args, kw); err != nil {
			return nil, err
		}
		t, err := fromTuple(th, "mktime", args[0], gotime.Local)
		if err != nil {
			return nil, err
		}
		return py.MakeFloat(float64(t.Unix())), nil
	})
	m.AddFunc("strftime", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if kw.Len() > 0 || len(args) < 1 || len(args) > 2 {
			return nil, py.NewError(py.TypeErrorType, "strftime() takes 1 or 2 arguments")
		}
		f, ok := py.StrOf(args[0])
		if !ok {
			return nil, py.Errorf(py.TypeErrorType, "strftime() argument 1 must be str, not ", py.TypeName(args[0]))
		}
		t := gotime.Now()
		if len(args) == 2 {
			var err error
			if t, err = fromTuple(th, "strftime", args[1], gotime.Local); err != nil {
				return nil, err
			}
		}
		return py.NewStr(strftime(f, t)), nil
	})
	m.AddFunc("strptime", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		// datetime.strptime does the parsing; its naive timetuple() has
		// tm_isdst -1, as time.strptime's result
		if kw.Len() > 0 || len(args) < 1 || len(args) > 2 {
			return nil, py.NewError(py.TypeErrorType, "strptime() takes 1 or 2 arguments")
		}
		if len(args) == 1 {
			args = append(args, py.NewStr("%a %b %d %H:%M:%S %Y"))
		}
		dt, err := th.Import("datetime")
		if err != nil {
			return nil, err
		}
		cls, err := py.GetAttr(th, dt, "datetime")
		if err != nil {
			return nil, err
		}
		v, err := py.CallMethod(th, cls, "strptime", args[0], args[1])
		if err != nil {
			return nil, err
		}
		return py.CallMethod(th, v, "timetuple")
	})
	m.AddFunc("asctime", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		t := gotime.Now()
		if len(args) == 1 {
			var err error
			if t, err = fromTuple(th, "asctime", args[0], gotime.Local); err != nil {
				return nil, err
			}
		}
		return py.NewStr(asctime(t)), nil
	})
	m.AddFunc("ctime", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		t, err := timeArg(th, "ctime", args, kw)
		if err != nil {
			return nil, err
		}
		return py.NewStr(asctime(t.Local())), nil
	})
	name, off := gotime.Now().Zone()
	m.Set("timezone", py.MakeInt(int64(-off)))
	m.Set("altzone", py.MakeInt(int64(-off)))
	m.Set("daylight", py.MakeInt(0))
	m.Set("tzname", py.NewTuple([]py.Value{py.NewStr(name), py.NewStr(name)}))
	return m, nil
}

// timeArg reads an optional seconds-since-epoch argument (None = now).
func timeArg(th *py.Thread, name string, args []py.Value, kw *py.Kwargs) (gotime.Time, error) {
	if kw.Len() > 0 || len(args) > 1 {
		return gotime.Time{}, py.Errorf(py.TypeErrorType, name, "() takes at most 1 argument")
	}
	if len(args) == 0 || args[0] == py.None {
		return gotime.Now(), nil
	}
	s, err := py.FloatOf(th, args[0])
	if err != nil {
		if _, ok := args[0].(*py.Str); ok {
			return gotime.Time{}, py.Errorf(py.TypeErrorType, "'str' object cannot be interpreted as an integer")
		}
		return gotime.Time{}, err
	}
	if s != s {
		return gotime.Time{}, py.NewError(py.ValueErrorType, "Invalid value NaN (not a number)")
	}
	if s > 1e17 || s < -1e17 {
		return gotime.Time{}, py.NewError(py.OverflowErrorType, "timestamp out of range for platform time_t")
	}
	sec := int64(s)
	if float64(sec) > s {
		sec--
	}
	return gotime.Unix(sec, 0), nil
}

func structTime(t gotime.Time) py.Value {
	isdst := int64(0)
	if t.IsDST() {
		isdst = 1
	}
	return py.NewStructSeq(StructTimeType,
		py.MakeInt(int64(t.Year())), py.MakeInt(int64(t.Month())), py.MakeInt(int64(t.Day())),
		py.MakeInt(int64(t.Hour())), py.MakeInt(int64(t.Minute())), py.MakeInt(int64(t.Second())),
		py.MakeInt(int64((t.Weekday()+6)%7)), py.MakeInt(int64(t.YearDay())), py.MakeInt(isdst))
}

// fromTuple converts a struct_time or 9-tuple to a time in loc.
func fromTuple(th *py.Thread, name string, v py.Value, loc *gotime.Location) (gotime.Time, error) {
	if in, ok := v.(*py.Instance); ok && in.Base != nil {
		v = in.Base
	}
	elems, ok := v.(py.Tuple)
	if !ok {
		return gotime.Time{}, py.Errorf(py.TypeErrorType, "Tuple or struct_time argument required")
	}
	if len(elems) != 9 {
		return gotime.Time{}, py.Errorf(py.TypeErrorType, name, "(): illegal time tuple argument")
	}
	var f [6]int
	for i := 0; i < 6; i++ {
		n, err := py.AsInt(th, elems[i])
		if err != nil {
			return gotime.Time{}, err
		}
		f[i] = n
	}
	return gotime.Date(f[0], gotime.Month(f[1]), f[2], f[3], f[4], f[5], 0, loc), nil
}

var dayNames = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
var monthNames = []string{"January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December"}

func pad(n, width int, c byte) string {
	s := itoa(int64(n))
	for len(s) < width {
		s = string(c) + s
	}
	return s
}

func asctime(t gotime.Time) string {
	wd := dayNames[(t.Weekday()+6)%7][:3]
	return wd + " " + monthNames[t.Month()-1][:3] + " " + pad(t.Day(), 2, ' ') + " " +
		pad(t.Hour(), 2, '0') + ":" + pad(t.Minute(), 2, '0') + ":" + pad(t.Second(), 2, '0') + " " + itoa(int64(t.Year()))
}

// strftime implements the C library's directives in the C locale.
func strftime(f string, t gotime.Time) string {
	var b []byte
	for i := 0; i < len(f); i++ {
		c := f[i]
		if c != '%' || i+1 >= len(f) {
			b = append(b, c)
			continue
		}
		i++
		wd := int((t.Weekday() + 6) % 7)
		switch f[i] {
		case 'Y':
			b = append(b, itoa(int64(t.Year()))...)
		case 'y':
			b = append(b, pad(t.Year()%100, 2, '0')...)
		case 'm':
			b = append(b, pad(int(t.Month()), 2, '0')...)
		case 'd':
			b = append(b, pad(t.Day(), 2, '0')...)
		case 'e':
			b = append(b, pad(t.Day(), 2, ' ')...)
		case 'H':
			b = append(b, pad(t.Hour(), 2, '0')...)
		case 'I':
			h := t.Hour() % 12
			if h == 0 {
				h = 12
			}
			b = append(b, pad(h, 2, '0')...)
		case 'M':
			b = append(b, pad(t.Minute(), 2, '0')...)
		case 'S':
			b = append(b, pad(t.Second(), 2, '0')...)
		case 'p':
			if t.Hour() < 12 {
				b = append(b, "AM"...)
			} else {
				b = append(b, "PM"...)
			}
		case 'j':
			b = append(b, pad(t.YearDay(), 3, '0')...)
		case 'a':
			b = append(b, dayNames[wd][:3]...)
		case 'A':
			b = append(b, dayNames[wd]...)
		case 'b', 'h':
			b = append(b, monthNames[t.Month()-1][:3]...)
		case 'B':
			b = append(b, monthNames[t.Month()-1]...)
		case 'w':
			b = append(b, itoa(int64(t.Weekday()))...)
		case 'U': // week of the year, weeks starting on Sunday
			b = append(b, pad((t.YearDay()-1+7-int(t.Weekday()))/7, 2, '0')...)
		case 'W': // week of the year, weeks starting on Monday
			b = append(b, pad((t.YearDay()-1+7-wd)/7, 2, '0')...)
		case 'G', 'g', 'V': // ISO 8601 year and week
			y, w := t.ISOWeek()
			switch f[i] {
			case 'G':
				b = append(b, itoa(int64(y))...)
			case 'g':
				b = append(b, pad(y%100, 2, '0')...)
			default:
				b = append(b, pad(w, 2, '0')...)
			}
		case 'C':
			b = append(b, pad(t.Year()/100, 2, '0')...)
		case 'k':
			b = append(b, pad(t.Hour(), 2, ' ')...)
		case 'l':
			h := t.Hour() % 12
			if h == 0 {
				h = 12
			}
			b = append(b, pad(h, 2, ' ')...)
		case 'u':
			b = append(b, itoa(int64(wd+1))...)
		case 'c':
			b = append(b, asctime(t)...)
		case 'x':
			b = append(b, strftime("%m/%d/%y", t)...)
		case 'X', 'T':
			b = append(b, strftime("%H:%M:%S", t)...)
		case 'D':
			b = append(b, strftime("%m/%d/%y", t)...)
		case 'F':
			b = append(b, strftime("%Y-%m-%d", t)...)
		case 'R':
			b = append(b, strftime("%H:%M", t)...)
		case 'Z':
			name, _ := t.Zone()
			b = append(b, name...)
		case 'z':
			_, off := t.Zone()
			sign := byte('+')
			if off < 0 {
				sign, off = '-', -off
			}
			b = append(b, sign)
			b = append(b, pad(off/3600, 2, '0')...)
			b = append(b, pad(off%3600/60, 2, '0')...)
		case 'n':
			b = append(b, '\n')
		case 't':
			b = append(b, '\t')
		case '%':
			b = append(b, '%')
		default:
			b = append(b, '%', f[i])
		}
	}
	return string(b)
}
