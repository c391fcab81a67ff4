// Package bisect provides Python's bisect module for refinterp
// (bisect_left/right, insort_left/right with lo, hi and key=), in Go with
// CPython's argument handling; only "<" is used to compare.
package bisect

import (
	"github.com/mptest/mptest/refinterp/py"
)

type args struct {
	a, x, key py.Value
	lo, hi    int
}

func parse(th *py.Thread, name string, pos []py.Value, kw *py.Kwargs) (*args, error) {
	r := &args{lo: 0, hi: -1}
	names := []string{"a", "x", "lo", "hi", "key"}
	vals := make([]py.Value, len(names))
	if len(pos) > 4 {
		return nil, py.Errorf(py.TypeErrorType, name, "() takes at most 4 positional arguments (", itoa(len(pos)), " given)")
	}
	copy(vals, pos)
	if kw != nil {
		for i, n := range kw.Names {
			found := false
			for j, m := range names {
				if m == n {
					if vals[j] != nil {
						return nil, py.Errorf(py.TypeErrorType, "argument for ", name, "() given by name ('", n, "') and position (", itoa(j+1), ")")
					}
					vals[j] = kw.Values[i]
					found = true
				}
			}
			if !found {
				return nil, py.Errorf(py.TypeErrorType, "'", n, "' is an invalid keyword argument for ", name, "()")
			}
		}
	}
	if vals[0] == nil || vals[1] == nil {
		missing := "a"
		idx := 1
		if vals[0] != nil {
			missing, idx = "x", 2
		}
		return nil, py.Errorf(py.TypeErrorType, name, "() missing required argument '", missing, "' (pos ", itoa(idx), ")")
	}
	r.a, r.x = vals[0], vals[1]
	var err error
	if vals[2] != nil {
		if r.lo, err = py.AsInt(th, vals[2]); err != nil {
			return nil, err
		}
		if r.lo < 0 {
			return nil, py.NewError(py.ValueErrorType, "lo must be non-negative")
		}
	}
	if vals[3] != nil && vals[3] != py.None {
		if r.hi, err = py.AsInt(th, vals[3]); err != nil {
			return nil, err
		}
	}
	if r.hi == -1 {
		if r.hi, err = py.Len(th, r.a); err != nil {
			return nil, err
		}
	}
	if vals[4] != nil && vals[4] != py.None {
		r.key = vals[4]
	}
	return r, nil
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	s := ""
	for ; i > 0; i /= 10 {
		s = string(rune('0'+i%10)) + s
	}
	return s
}

func item(th *py.Thread, a py.Value, i int) (py.Value, error) {
	if l, ok := a.(*py.List); ok && i < len(l.Elems) {
		return l.Elems[i], nil
	}
	return py.GetItem(th, a, py.MakeInt(int64(i)))
}

// search runs the bisection; right selects bisect_right. When key is set
// it is applied to the elements (not to x) for bisect_*, and insort_*
// passes key(x) as the probe.
func search(th *py.Thread, r *args, x py.Value, right bool) (int, error) {
	lo, hi := r.lo, r.hi
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		v, err := item(th, r.a, mid)
		if err != nil {
			return 0, err
		}
		if r.key != nil {
			if v, err = py.Call(th, r.key, []py.Value{v}, nil); err != nil {
				return 0, err
			}
		}
		var lt bool
		if right {
			lt, err = py.Less(th, x, v)
		} else {
			lt, err = py.Less(th, v, x)
		}
		if err != nil {
			return 0, err
		}
		if right == lt {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo, nil
}

func bisectFn(name string, right bool) py.BuiltinFunc {
	return func(th *py.Thread, pos []py.Value, kw *py.Kwargs) (py.Value, error) {
		r, err := parse(th, name, pos, kw)
		if err != nil {
			return nil, err
		}
		i, err := search(th, r, r.x, right)
		if err != nil {
			return nil, err
		}
		return py.MakeInt(int64(i)), nil
	}
}

func insortFn(name string, right bool) py.BuiltinFunc {
	return func(th *py.Thread, pos []py.Value, kw *py.Kwargs) (py.Value, error) {
		r, err := parse(th, name, pos, kw)
		if err != nil {
			return nil, err
		}
		probe := r.x
		if r.key != nil {
			if probe, err = py.Call(th, r.key, []py.Value{r.x}, nil); err != nil {
				return nil, err
			}
		}
		i, err := search(th, r, probe, right)
		if err != nil {
			return nil, err
		}
		if _, err := py.CallMethod(th, r.a, "insert", py.MakeInt(int64(i)), r.x); err != nil {
			return nil, err
		}
		return py.None, nil
	}
}

func init() {
	py.RegisterModule("bisect", func(th *py.Thread) (*py.Module, error) {
		m := py.NewModule("bisect")
		m.AddFunc("bisect_left", bisectFn("bisect_left", false))
		m.AddFunc("bisect_right", bisectFn("bisect_right", true))
		m.AddFunc("insort_left", insortFn("insort_left", false))
		m.AddFunc("insort_right", insortFn("insort_right", true))
		// bisect and insort are aliases (same objects) as in CPython
		m.Set("bisect", m.Dict.GetStr("bisect_right"))
		m.Set("insort", m.Dict.GetStr("insort_right"))
		return m, nil
	})
}
