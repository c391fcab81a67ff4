package array

import (
	"strings"

	"github.com/mptest/mptest/refinterp/py"
)

// sliceIndices resolves a slice for a sequence of the given length, as
// CPython's PySlice_GetIndicesEx does.
func sliceIndices(th *py.Thread, s *py.Slice, length int) (start, stop, step, n int, err error) {
	step = 1
	if s.Step != nil && s.Step != py.None {
		if step, err = py.AsInt(th, s.Step); err != nil {
			return
		}
		if step == 0 {
			err = py.NewError(py.ValueErrorType, "slice step cannot be zero")
			return
		}
	}
	lower, upper := 0, length
	if step < 0 {
		lower, upper = -1, length-1
	}
	conv := func(v py.Value, def int) (int, error) {
		if v == nil || v == py.None {
			return def, nil
		}
		x, err := py.AsInt(th, v)
		if err != nil {
			return 0, err
		}
		if x < 0 {
			x += length
			if x < lower {
				x = lower
			}
		} else if x > upper {
			x = upper
		}
		return x, nil
	}
	if step > 0 {
		start, err = conv(s.Start, lower)
		if err == nil {
			stop, err = conv(s.Stop, upper)
		}
	} else {
		start, err = conv(s.Start, upper)
		if err == nil {
			stop, err = conv(s.Stop, lower)
		}
	}
	if err != nil {
		return
	}
	switch {
	case step > 0 && stop > start:
		n = (stop - start + step - 1) / step
	case step < 0 && stop < start:
		n = (start - stop - step - 1) / -step
	}
	return
}

func arrayOf(v py.Value) *Array {
	switch x := v.(type) {
	case *Array:
		return x
	case *py.Instance:
		if a, ok := x.Base.(*Array); ok {
			return a
		}
	}
	return nil
}

func (a *Array) index(th *py.Thread, key py.Value, msg string) (int, error) {
	i, err := py.AsInt(th, key)
	if err != nil {
		return 0, py.Errorf(py.TypeErrorType, "array indices must be integers")
	}
	if i < 0 {
		i += a.n()
	}
	if i < 0 || i >= a.n() {
		return 0, py.NewError(py.IndexErrorType, msg)
	}
	return i, nil
}

func (a *Array) values() []py.Value {
	out := make([]py.Value, a.n())
	for i := range out {
		out[i] = a.get(i)
	}
	return out
}

func (a *Array) find(th *py.Thread, x py.Value) (int, error) {
	for i := 0; i < a.n(); i++ {
		eq, err := py.Equal(th, a.get(i), x)
		if err != nil {
			return -1, err
		}
		if eq {
			return i, nil
		}
	}
	return -1, nil
}

func initType() {
	t := ArrayType
	t.Module = "array"
	t.Flags |= py.FlagDottedName
	t.Flags |= py.FlagBaseType
	t.New = newArray
	t.Repr = func(th *py.Thread, v py.Value) (string, error) {
		a := arrayOf(v)
		s := "array('" + string(a.code) + "'"
		if a.n() == 0 {
			return s + ")", nil
		}
		var r string
		var err error
		if a.code == 'u' {
			var b strings.Builder
			for _, x := range a.values() {
				b.WriteString(x.(*py.Str).String())
			}
			r, err = py.Repr(th, py.NewStr(b.String()))
		} else {
			r, err = py.Repr(th, py.NewList(a.values()))
		}
		return s + ", " + r + ")", err
	}
	t.Len = func(th *py.Thread, v py.Value) (int, error) { return arrayOf(v).n(), nil }
	t.Iter = func(th *py.Thread, v py.Value) (py.Value, error) {
		return py.Iter(th, py.NewList(arrayOf(v).values()))
	}
	t.Contains = func(th *py.Thread, v, x py.Value) (bool, error) {
		i, err := arrayOf(v).find(th, x)
		return i >= 0, err
	}
	t.GetItem = func(th *py.Thread, v, key py.Value) (py.Value, error) {
		a := arrayOf(v)
		if s, ok := key.(*py.Slice); ok {
			start, _, step, n, err := sliceIndices(th, s, a.n())
			if err != nil {
				return nil, err
			}
			r := &Array{code: a.code, size: a.size, data: make([]byte, 0, n*a.size)}
			for k := 0; k < n; k++ {
				i := start + k*step
				r.data = append(r.data, a.data[i*a.size:(i+1)*a.size]...)
			}
			return r, nil
		}
		i, err := a.index(th, key, "array index out of range")
		if err != nil {
			return nil, err
		}
		return a.get(i), nil
	}
	t.SetItem = func(th *py.Thread, v, key, val py.Value) error {
		a := arrayOf(v)
		if s, ok := key.(*py.Slice); ok {
			start, stop, step, n, err := sliceIndices(th, s, a.n())
			if err != nil {
				return err
			}
			if val == nil {
				keep := a.data[:0:0]
				del := map[int]bool{}
				for k := 0; k < n; k++ {
					del[start+k*step] = true
				}
				for i := 0; i < a.n(); i++ {
					if !del[i] {
						keep = append(keep, a.data[i*a.size:(i+1)*a.size]...)
					}
				}
				a.data = keep
				return nil
			}
			o := arrayOf(val)
			if o == nil {
				return py.Errorf(py.TypeErrorType, "can only assign array (not \"", py.TypeName(val), "\") to array slice")
			}
			if o.code != a.code {
				return py.NewError(py.TypeErrorType, "bad argument type for built-in operation")
			}
			src := append([]byte(nil), o.data...)
			if step == 1 {
				if stop < start {
					stop = start
				}
				rest := append([]byte(nil), a.data[stop*a.size:]...)
				a.data = append(append(a.data[:start*a.size], src...), rest...)
				return nil
			}
			if o.n() != n {
				return py.Errorf(py.ValueErrorType, "attempt to assign array of size ", itoa(o.n()), " to extended slice of size ", itoa(n))
			}
			for k := 0; k < n; k++ {
				i := start + k*step
				copy(a.data[i*a.size:(i+1)*a.size], src[k*a.size:(k+1)*a.size])
			}
			return nil
		}
		i, err := a.index(th, key, "array assignment index out of range")
		if err != nil {
			return err
		}
		if val == nil {
			a.data = append(a.data[:i*a.size], a.data[(i+1)*a.size:]...)
			return nil
		}
		var buf [8]byte
		if err := a.encode(th, val, buf[:a.size]); err != nil {
			return err
		}
		copy(a.data[i*a.size:], buf[:a.size])
		return nil
	}
	t.Compare = func(th *py.Thread, x, y py.Value, op py.CmpOp) (py.Value, error) {
		a, b := arrayOf(x), arrayOf(y)
		if b == nil {
			return py.NotImplemented, nil
		}
		return py.Compare(th, py.NewList(a.values()), py.NewList(b.values()), op)
	}
	t.Num[py.OpAdd] = func(th *py.Thread, x, y py.Value) (py.Value, error) {
		a, b := arrayOf(x), arrayOf(y)
		if b == nil {
			return nil, py.Errorf(py.TypeErrorType, "can only append array (not \"", py.TypeName(y), "\") to array")
		}
		if a.code != b.code {
			return nil, py.NewError(py.TypeErrorType, "bad argument type for built-in operation")
		}
		return &Array{code: a.code, size: a.size, data: append(append([]byte(nil), a.data...), b.data...)}, nil
	}
	t.INum[py.OpAdd] = func(th *py.Thread, x, y py.Value) (py.Value, error) {
		a, b := arrayOf(x), arrayOf(y)
		if b == nil {
			return nil, py.Errorf(py.TypeErrorType, "can only extend array with array (not \"", py.TypeName(y), "\")")
		}
		if err := a.extend(th, b); err != nil {
			return nil, err
		}
		return x, nil
	}
	repeat := func(th *py.Thread, a *Array, nv py.Value) (*Array, error) {
		n, err := py.AsInt(th, nv)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			n = 0
		}
		if err := py.CheckAlloc(n * len(a.data)); err != nil {
			return nil, err
		}
		return &Array{code: a.code, size: a.size, data: []byte(strings.Repeat(string(a.data), n))}, nil
	}
	t.Num[py.OpMul] = func(th *py.Thread, x, y py.Value) (py.Value, error) {
		if _, ok := y.(py.Float); ok {
			return py.NotImplemented, nil
		}
		return repeat(th, arrayOf(x), y)
	}
	t.RNum[py.OpMul] = t.Num[py.OpMul]
	t.INum[py.OpMul] = func(th *py.Thread, x, y py.Value) (py.Value, error) {
		r, err := repeat(th, arrayOf(x), y)
		if err != nil {
			return nil, err
		}
		arrayOf(x).data = r.data
		return x, nil
	}
	t.AddGetter("typecode", func(th *py.Thread, self py.Value) (py.Value, error) {
		return py.NewStr(string(arrayOf(self).code)), nil
	})
	t.AddGetter("itemsize", func(th *py.Thread, self py.Value) (py.Value, error) {
		return py.MakeInt(int64(arrayOf(self).size)), nil
	})
	method := func(name string, nargs int, fn func(th *py.Thread, a *Array, args []py.Value) (py.Value, error)) {
		t.AddMethod(name, func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
			if kw.Len() > 0 {
				return nil, py.Errorf(py.TypeErrorType, "array.", name, "() takes no keyword arguments")
			}
			if nargs >= 0 && len(args) != nargs {
				switch nargs {
				case 0:
					return nil, py.Errorf(py.TypeErrorType, "array.", name, "() takes no arguments (", itoa(len(args)), " given)")
				case 1:
					return nil, py.Errorf(py.TypeErrorType, "array.", name, "() takes exactly one argument (", itoa(len(args)), " given)")
				}
				return nil, py.Errorf(py.TypeErrorType, name, " expected ", itoa(nargs), " arguments, got ", itoa(len(args)))
			}
			return fn(th, arrayOf(self), args)
		})
	}
	method("append", 1, func(th *py.Thread, a *Array, args []py.Value) (py.Value, error) {
		return py.None, a.append(th, args[0])
	})
	method("extend", 1, func(th *py.Thread, a *Array, args []py.Value) (py.Value, error) {
		return py.None, a.extend(th, args[0])
	})
	method("insert", 2, func(th *py.Thread, a *Array, args []py.Value) (py.Value, error) {
		i, err := py.AsInt(th, args[0])
		if err != nil {
			return nil, err
		}
		n := a.n()
		if i < 0 {
			i += n
			if i < 0 {
				i = 0
			}
		}
		if i > n {
			i = n
		}
		var buf [8]byte
		if err := a.encode(th, args[1], buf[:a.size]); err != nil {
			return nil, err
		}
		rest := append([]byte(nil), a.data[i*a.size:]...)
		a.data = append(append(a.data[:i*a.size], buf[:a.size]...), rest...)
		return py.None, nil
	})
	method("pop", -1, func(th *py.Thread, a *Array, args []py.Value) (py.Value, error) {
		if len(args) > 1 {
			return nil, py.Errorf(py.TypeErrorType, "pop expected at most 1 argument, got ", itoa(len(args)))
		}
		if a.n() == 0 {
			return nil, py.NewError(py.IndexErrorType, "pop from empty array")
		}
		var key py.Value = py.MakeInt(-1)
		if len(args) == 1 {
			key = args[0]
		}
		i, err := a.index(th, key, "pop index out of range")
		if err != nil {
			return nil, err
		}
		v := a.get(i)
		a.data = append(a.data[:i*a.size], a.data[(i+1)*a.size:]...)
		return v, nil
	})
	method("remove", 1, func(th *py.Thread, a *Array, args []py.Value) (py.Value, error) {
		i, err := a.find(th, args[0])
		if err != nil {
			return nil, err
		}
		if i < 0 {
			return nil, py.NewError(py.ValueErrorType, "array.remove(x): x not in array")
		}
		a.data = append(a.data[:i*a.size], a.data[(i+1)*a.size:]...)
		return py.None, nil
	})
	method("index", -1, func(th *py.Thread, a *Array, args []py.Value) (py.Value, error) {
		if len(args) < 1 || len(args) > 3 {
			return nil, py.Errorf(py.TypeErrorType, "index expected at least 1 argument, got ", itoa(len(args)))
		}
		start, stop := 0, a.n()
		var err error
		if len(args) > 1 {
			if start, err = py.AsInt(th, args[1]); err != nil {
				return nil, err
			}
			if start < 0 {
				start += a.n()
				if start < 0 {
					start = 0
				}
			}
		}
		if len(args) > 2 {
			if stop, err = py.AsInt(th, args[2]); err != nil {
				return nil, err
			}
			if stop < 0 {
				stop += a.n()
			}
		}
		for i := start; i < stop && i < a.n(); i++ {
			eq, err := py.Equal(th, a.get(i), args[0])
			if err != nil {
				return nil, err
			}
			if eq {
				return py.MakeInt(int64(i)), nil
			}
		}
		return nil, py.NewError(py.ValueErrorType, "array.index(x): x not in array")
	})
	method("count", 1, func(th *py.Thread, a *Array, args []py.Value) (py.Value, error) {
		c := 0
		for i := 0; i < a.n(); i++ {
			eq, err := py.Equal(th, a.get(i), args[0])
			if err != nil {
				return nil, err
			}
			if eq {
				c++
			}
		}
		return py.MakeInt(int64(c)), nil
	})
	method("reverse", 0, func(th *py.Thread, a *Array, args []py.Value) (py.Value, error) {
		n := a.n()
		tmp := make([]byte, a.size)
		for i, j := 0, n-1; i < j; i, j = i+1, j-1 {
			copy(tmp, a.data[i*a.size:(i+1)*a.size])
			copy(a.data[i*a.size:(i+1)*a.size], a.data[j*a.size:(j+1)*a.size])
			copy(a.data[j*a.size:(j+1)*a.size], tmp)
		}
		return py.None, nil
	})
	method("byteswap", 0, func(th *py.Thread, a *Array, args []py.Value) (py.Value, error) {
		for i := 0; i < a.n(); i++ {
			p := a.data[i*a.size : (i+1)*a.size]
			for x, y := 0, len(p)-1; x < y; x, y = x+1, y-1 {
				p[x], p[y] = p[y], p[x]
			}
		}
		return py.None, nil
	})
	method("tobytes", 0, func(th *py.Thread, a *Array, args []py.Value) (py.Value, error) {
		return py.NewBytes(append([]byte(nil), a.data...)), nil
	})
	method("frombytes", 1, func(th *py.Thread, a *Array, args []py.Value) (py.Value, error) {
		b, ok := args[0].(*py.Bytes)
		if !ok {
			if o := arrayOf(args[0]); o != nil {
				return py.None, a.frombytes(append([]byte(nil), o.data...))
			}
			return nil, py.Errorf(py.TypeErrorType, "a bytes-like object is required, not '", py.TypeName(args[0]), "'")
		}
		return py.None, a.frombytes(b.Data())
	})
	method("tolist", 0, func(th *py.Thread, a *Array, args []py.Value) (py.Value, error) {
		return py.NewList(a.values()), nil
	})
	method("fromlist", 1, func(th *py.Thread, a *Array, args []py.Value) (py.Value, error) {
		l, ok := args[0].(*py.List)
		if !ok {
			return nil, py.NewError(py.TypeErrorType, "arg must be list")
		}
		saved := len(a.data)
		for _, v := range l.Elems {
			if err := a.append(th, v); err != nil {
				a.data = a.data[:saved]
				return nil, err
			}
		}
		return py.None, nil
	})
	method("tounicode", 0, func(th *py.Thread, a *Array, args []py.Value) (py.Value, error) {
		if a.code != 'u' {
			return nil, py.NewError(py.ValueErrorType, "tounicode() may only be called on unicode type arrays")
		}
		var b strings.Builder
		for _, x := range a.values() {
			b.WriteString(x.(*py.Str).String())
		}
		return py.NewStr(b.String()), nil
	})
	method("fromunicode", 1, func(th *py.Thread, a *Array, args []py.Value) (py.Value, error) {
		if a.code != 'u' {
			return nil, py.NewError(py.ValueErrorType, "fromunicode() may only be called on unicode type arrays")
		}
		s, ok := py.StrOf(args[0])
		if !ok {
			return nil, py.Errorf(py.TypeErrorType, "fromunicode() argument must be str, not ", py.TypeName(args[0]))
		}
		for _, r := range s {
			if err := a.append(th, py.NewStr(string(r))); err != nil {
				return nil, err
			}
		}
		return py.None, nil
	})
	method("buffer_info", 0, func(th *py.Thread, a *Array, args []py.Value) (py.Value, error) {
		return py.NewTuple([]py.Value{py.MakeInt(int64(py.Id(a))), py.MakeInt(int64(a.n()))}), nil
	})
	method("__copy__", 0, func(th *py.Thread, a *Array, args []py.Value) (py.Value, error) {
		return &Array{code: a.code, size: a.size, data: append([]byte(nil), a.data...)}, nil
	})
}
