package collections

import (
	"strconv"
	"strings"

	"github.com/mptest/mptest/refinterp/py"
)

// DequeType is collections.deque.
var DequeType = py.NewBuiltinType("deque", nil)

var dequeIterType = py.NewBuiltinType("_deque_iterator", nil)
var dequeRevIterType = py.NewBuiltinType("_deque_reverse_iterator", nil)

// Deque is a double-ended queue stored in a ring buffer whose capacity is a
// power of two, so both ends are O(1) and indexing is a mask.
type Deque struct {
	buf    []py.Value
	head   int
	n      int
	maxlen int // -1: unbounded
	state  uint64
}

// Type returns DequeType.
func (*Deque) Type() *py.Type { return DequeType }

type dequeIter struct {
	d     *Deque
	i     int
	state uint64
	rev   bool
}

func (it *dequeIter) Type() *py.Type {
	if it.rev {
		return dequeRevIterType
	}
	return dequeIterType
}

func (d *Deque) at(i int) py.Value { return d.buf[(d.head+i)&(len(d.buf)-1)] }

func (d *Deque) set(i int, v py.Value) { d.buf[(d.head+i)&(len(d.buf)-1)] = v }

func (d *Deque) grow() {
	c := len(d.buf) * 2
	if c < 8 {
		c = 8
	}
	py.AccountBytes(4 * (c - len(d.buf)))
	nb := make([]py.Value, c)
	for i := 0; i < d.n; i++ {
		nb[i] = d.at(i)
	}
	d.buf, d.head = nb, 0
}

func (d *Deque) pushRight(v py.Value) {
	if d.maxlen == 0 {
		return
	}
	if d.n == d.maxlen {
		d.popLeft()
	}
	if d.n == len(d.buf) {
		d.grow()
	}
	d.set(d.n, v)
	d.n++
	d.state++
}

func (d *Deque) pushLeft(v py.Value) {
	if d.maxlen == 0 {
		return
	}
	if d.n == d.maxlen {
		d.popRight()
	}
	if d.n == len(d.buf) {
		d.grow()
	}
	d.head = (d.head - 1) & (len(d.buf) - 1)
	d.buf[d.head] = v
	d.n++
	d.state++
}

func (d *Deque) popLeft() py.Value {
	v := d.buf[d.head]
	d.buf[d.head] = nil
	d.head = (d.head + 1) & (len(d.buf) - 1)
	d.n--
	d.state++
	return v
}

func (d *Deque) popRight() py.Value {
	i := (d.head + d.n - 1) & (len(d.buf) - 1)
	v := d.buf[i]
	d.buf[i] = nil
	d.n--
	d.state++
	return v
}

func (d *Deque) elems() []py.Value {
	out := make([]py.Value, d.n)
	for i := range out {
		out[i] = d.at(i)
	}
	return out
}

func (d *Deque) clear() {
	for i := 0; i < d.n; i++ {
		d.set(i, nil)
	}
	d.head, d.n = 0, 0
	d.state++
}

// deleteAt removes element i by rotating the shorter side.
func (d *Deque) deleteAt(i int) {
	if i < d.n/2 {
		for j := i; j > 0; j-- {
			d.set(j, d.at(j-1))
		}
		d.popLeft()
	} else {
		for j := i; j < d.n-1; j++ {
			d.set(j, d.at(j+1))
		}
		d.popRight()
	}
}

func (d *Deque) rotate(k int) {
	if d.n <= 1 {
		return
	}
	k %= d.n
	if k < 0 {
		k += d.n
	}
	if k == 0 {
		return
	}
	e := d.elems()
	for i := range e {
		d.set((i+k)%d.n, e[i])
	}
	d.state++
}

func asDeque(v py.Value) *Deque {
	switch x := v.(type) {
	case *Deque:
		return x
	case *py.Instance:
		if d, ok := x.Base.(*Deque); ok {
			return d
		}
	}
	return nil
}

func (d *Deque) extend(th *py.Thread, it py.Value, left bool) error {
	if asDeque(it) == d {
		l := d.elems()
		it = py.NewList(l)
	}
	return py.ForEach(th, it, func(v py.Value) error {
		if left {
			d.pushLeft(v)
		} else {
			d.pushRight(v)
		}
		return nil
	})
}

func (d *Deque) index(th *py.Thread, i py.Value) (int, error) {
	n, err := py.AsInt(th, i)
	if err != nil {
		return 0, err
	}
	if n < 0 {
		n += d.n
	}
	if n < 0 || n >= d.n {
		return 0, py.NewError(py.IndexErrorType, "deque index out of range")
	}
	return n, nil
}

var reprActive []py.Value

func enterRepr(v py.Value) bool {
	for _, x := range reprActive {
		if x == v {
			return false
		}
	}
	reprActive = append(reprActive, v)
	return true
}

func leaveRepr() { reprActive = reprActive[:len(reprActive)-1] }

func (d *Deque) copyOf(th *py.Thread, cls *py.Type) (py.Value, error) {
	if cls == DequeType {
		nd := &Deque{maxlen: d.maxlen}
		for i := 0; i < d.n; i++ {
			nd.pushRight(d.at(i))
		}
		return nd, nil
	}
	args := []py.Value{py.NewList(d.elems())}
	if d.maxlen >= 0 {
		args = append(args, py.MakeInt(int64(d.maxlen)))
	}
	return py.Call(th, cls, args, nil)
}

func dequeMaxlen(th *py.Thread, v py.Value) (int, error) {
	if v == nil || v == py.None {
		return -1, nil
	}
	if _, ok := v.(py.Int); !ok {
		if _, ok := v.(*py.BigInt); !ok {
			if _, ok := v.(py.Bool); !ok {
				return 0, py.NewError(py.TypeErrorType, "an integer is required")
			}
		}
	}
	n, err := py.AsInt(th, v)
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, py.NewError(py.ValueErrorType, "maxlen must be non-negative")
	}
	return n, nil
}

func init() {
	t := DequeType
	t.Module = "collections"
	t.Flags |= py.FlagDottedName
	t.Flags |= py.FlagBaseType
	t.New = func(th *py.Thread, cls *py.Type, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		py.AccountBytes(32)
		return &Deque{maxlen: -1}, nil
	}
	t.Init = func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) error {
		d := asDeque(self)
		if err := py.CheckKwargs("deque", kw, "iterable", "maxlen"); err != nil {
			return err
		}
		if err := nargs("deque", args, 0, 2); err != nil {
			return err
		}
		var it, ml py.Value
		if len(args) > 0 {
			it = args[0]
		}
		if len(args) > 1 {
			ml = args[1]
		}
		if v := kw.Get("iterable"); v != nil {
			it = v
		}
		if v := kw.Get("maxlen"); v != nil {
			ml = v
		}
		m, err := dequeMaxlen(th, ml)
		if err != nil {
			return err
		}
		d.maxlen = m
		if d.n > 0 {
			d.clear()
		}
		if it != nil {
			return d.extend(th, it, false)
		}
		return nil
	}
	t.Repr = func(th *py.Thread, v py.Value) (string, error) {
		d := asDeque(v)
		name := v.Type().Name
		if !enterRepr(v) {
			return "[...]", nil
		}
		defer leaveRepr()
		var b strings.Builder
		b.WriteString(name + "([")
		for i := 0; i < d.n; i++ {
			if i > 0 {
				b.WriteString(", ")
			}
			s, err := py.Repr(th, d.at(i))
			if err != nil {
				return "", err
			}
			b.WriteString(s)
		}
		b.WriteString("]")
		if d.maxlen >= 0 {
			b.WriteString(", maxlen=" + strconv.Itoa(d.maxlen))
		}
		b.WriteString(")")
		return b.String(), nil
	}
	t.Len = func(th *py.Thread, v py.Value) (int, error) { return asDeque(v).n, nil }
	t.Bool = func(th *py.Thread, v py.Value) (bool, error) { return asDeque(v).n > 0, nil }
	t.Iter = func(th *py.Thread, v py.Value) (py.Value, error) {
		d := asDeque(v)
		return &dequeIter{d: d, state: d.state}, nil
	}
	t.Contains = func(th *py.Thread, v, x py.Value) (bool, error) {
		d := asDeque(v)
		st := d.state
		for i := 0; i < d.n; i++ {
			eq, err := py.Equal(th, d.at(i), x)
			if err != nil {
				return false, err
			}
			if eq {
				return true, nil
			}
			if d.state != st {
				return false, py.NewError(py.RuntimeErrorType, "deque mutated during iteration")
			}
		}
		return false, nil
	}
	t.GetItem = func(th *py.Thread, v, key py.Value) (py.Value, error) {
		d := asDeque(v)
		if _, ok := key.(*py.Slice); ok {
			return nil, py.Errorf(py.TypeErrorType, "sequence index must be integer, not 'slice'")
		}
		i, err := d.index(th, key)
		if err != nil {
			return nil, err
		}
		return d.at(i), nil
	}
	t.SetItem = func(th *py.Thread, v, key, val py.Value) error {
		d := asDeque(v)
		if _, ok := key.(*py.Slice); ok {
			return py.Errorf(py.TypeErrorType, "sequence index must be integer, not 'slice'")
		}
		i, err := d.index(th, key)
		if err != nil {
			return err
		}
		if val == nil {
			d.deleteAt(i)
		} else {
			d.set(i, val)
		}
		return nil
	}
	t.Hash = func(th *py.Thread, v py.Value) (int64, error) {
		return 0, py.Errorf(py.TypeErrorType, "unhashable type: '", py.TypeName(v), "'")
	}
	t.Compare = func(th *py.Thread, a, b py.Value, op py.CmpOp) (py.Value, error) {
		x, y := asDeque(a), asDeque(b)
		if x == nil || y == nil {
			return py.NotImplemented, nil
		}
		xe, ye := x.elems(), y.elems()
		return py.Compare(th, py.NewList(xe), py.NewList(ye), op)
	}
	t.Num[py.OpAdd] = func(th *py.Thread, a, b py.Value) (py.Value, error) {
		x, y := asDeque(a), asDeque(b)
		if y == nil {
			return nil, py.Errorf(py.TypeErrorType, "can only concatenate deque (not \"", py.TypeName(b), "\") to deque")
		}
		r, err := x.copyOf(th, a.Type())
		if err != nil {
			return nil, err
		}
		rd := asDeque(r)
		for _, v := range y.elems() {
			rd.pushRight(v)
		}
		return r, nil
	}
	t.INum[py.OpAdd] = func(th *py.Thread, a, b py.Value) (py.Value, error) {
		if err := asDeque(a).extend(th, b, false); err != nil {
			return nil, err
		}
		return a, nil
	}
	mul := func(th *py.Thread, a, b py.Value, inplace bool) (py.Value, error) {
		if _, ok := b.(py.Int); !ok {
			if _, ok := b.(py.Bool); !ok {
				return py.NotImplemented, nil
			}
		}
		k, err := py.AsInt(th, b)
		if err != nil {
			return nil, err
		}
		x := asDeque(a)
		r := a
		if !inplace {
			if r, err = x.copyOf(th, a.Type()); err != nil {
				return nil, err
			}
		}
		rd := asDeque(r)
		e := x.elems()
		if k <= 0 {
			rd.clear()
			return r, nil
		}
		if err := py.CheckAlloc(4 * len(e) * k); err != nil {
			return nil, err
		}
		for i := 1; i < k; i++ {
			for _, v := range e {
				rd.pushRight(v)
			}
		}
		return r, nil
	}
	t.Num[py.OpMul] = func(th *py.Thread, a, b py.Value) (py.Value, error) { return mul(th, a, b, false) }
	t.RNum[py.OpMul] = func(th *py.Thread, a, b py.Value) (py.Value, error) { return mul(th, a, b, false) }
	t.INum[py.OpMul] = func(th *py.Thread, a, b py.Value) (py.Value, error) { return mul(th, a, b, true) }

	t.AddGetter("maxlen", func(th *py.Thread, self py.Value) (py.Value, error) {
		d := asDeque(self)
		if d.maxlen < 0 {
			return py.None, nil
		}
		return py.MakeInt(int64(d.maxlen)), nil
	})
	meth := func(name string, lo, hi int, fn func(th *py.Thread, d *Deque, args []py.Value) (py.Value, error)) {
		t.AddMethod(name, func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
			if err := noKw(name, kw); err != nil {
				return nil, err
			}
			if err := nargs(name, args, lo, hi); err != nil {
				return nil, err
			}
			return fn(th, asDeque(self), args)
		})
	}
	meth("append", 1, 1, func(th *py.Thread, d *Deque, args []py.Value) (py.Value, error) {
		d.pushRight(args[0])
		return py.None, nil
	})
	meth("appendleft", 1, 1, func(th *py.Thread, d *Deque, args []py.Value) (py.Value, error) {
		d.pushLeft(args[0])
		return py.None, nil
	})
	meth("pop", 0, 0, func(th *py.Thread, d *Deque, args []py.Value) (py.Value, error) {
		if d.n == 0 {
			return nil, py.NewError(py.IndexErrorType, "pop from an empty deque")
		}
		return d.popRight(), nil
	})
	meth("popleft", 0, 0, func(th *py.Thread, d *Deque, args []py.Value) (py.Value, error) {
		if d.n == 0 {
			return nil, py.NewError(py.IndexErrorType, "pop from an empty deque")
		}
		return d.popLeft(), nil
	})
	meth("extend", 1, 1, func(th *py.Thread, d *Deque, args []py.Value) (py.Value, error) {
		return py.None, d.extend(th, args[0], false)
	})
	meth("extendleft", 1, 1, func(th *py.Thread, d *Deque, args []py.Value) (py.Value, error) {
		return py.None, d.extend(th, args[0], true)
	})
	meth("clear", 0, 0, func(th *py.Thread, d *Deque, args []py.Value) (py.Value, error) {
		d.clear()
		return py.None, nil
	})
	meth("rotate", 0, 1, func(th *py.Thread, d *Deque, args []py.Value) (py.Value, error) {
		k := 1
		if len(args) > 0 {
			var err error
			if k, err = py.AsInt(th, args[0]); err != nil {
				return nil, err
			}
		}
		d.rotate(k)
		return py.None, nil
	})
	meth("reverse", 0, 0, func(th *py.Thread, d *Deque, args []py.Value) (py.Value, error) {
		for i, j := 0, d.n-1; i < j; i, j = i+1, j-1 {
			a, b := d.at(i), d.at(j)
			d.set(i, b)
			d.set(j, a)
		}
		d.state++
		return py.None, nil
	})
	meth("count", 1, 1, func(th *py.Thread, d *Deque, args []py.Value) (py.Value, error) {
		c := 0
		st := d.state
		for i := 0; i < d.n; i++ {
			eq, err := py.Equal(th, d.at(i), args[0])
			if err != nil {
				return nil, err
			}
			if d.state != st {
				return nil, py.NewError(py.RuntimeErrorType, "deque mutated during iteration")
			}
			if eq {
				c++
			}
		}
		return py.MakeInt(int64(c)), nil
	})
	meth("index", 1, 3, func(th *py.Thread, d *Deque, args []py.Value) (py.Value, error) {
		start, stop := 0, d.n
		var err error
		if len(args) > 1 {
			if start, err = py.AsInt(th, args[1]); err != nil {
				return nil, err
			}
			if start < 0 {
				start += d.n
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
				stop += d.n
				if stop < 0 {
					stop = 0
				}
			}
		}
		if stop > d.n {
			stop = d.n
		}
		st := d.state
		for i := start; i < stop; i++ {
			eq, err := py.Equal(th, d.at(i), args[0])
			if err != nil {
				return nil, err
			}
			if d.state != st {
				return nil, py.NewError(py.RuntimeErrorType, "deque mutated during iteration")
			}
			if eq {
				return py.MakeInt(int64(i)), nil
			}
		}
		r, err := py.Repr(th, args[0])
		if err != nil {
			return nil, err
		}
		return nil, py.NewError(py.ValueErrorType, r+" is not in deque")
	})
	meth("insert", 2, 2, func(th *py.Thread, d *Deque, args []py.Value) (py.Value, error) {
		i, err := py.AsInt(th, args[0])
		if err != nil {
			return nil, err
		}
		if d.maxlen >= 0 && d.n >= d.maxlen {
			return nil, py.NewError(py.IndexErrorType, "deque already at its maximum size")
		}
		if i < 0 {
			i += d.n
			if i < 0 {
				i = 0
			}
		}
		if i > d.n {
			i = d.n
		}
		d.pushRight(args[1])
		for j := d.n - 1; j > i; j-- {
			d.set(j, d.at(j-1))
		}
		d.set(i, args[1])
		return py.None, nil
	})
	meth("remove", 1, 1, func(th *py.Thread, d *Deque, args []py.Value) (py.Value, error) {
		st := d.state
		for i := 0; i < d.n; i++ {
			eq, err := py.Equal(th, d.at(i), args[0])
			if err != nil {
				return nil, err
			}
			if d.state != st {
				return nil, py.NewError(py.IndexErrorType, "deque mutated during remove().")
			}
			if eq {
				d.deleteAt(i)
				return py.None, nil
			}
		}
		r, err := py.Repr(th, args[0])
		if err != nil {
			return nil, err
		}
		return nil, py.NewError(py.ValueErrorType, r+" is not in deque")
	})
	cp := func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		return asDeque(self).copyOf(th, DequeType)
	}
	t.AddMethod("copy", cp)
	t.AddMethod("__copy__", cp)
	t.AddMethod("__reversed__", func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		d := asDeque(self)
		return &dequeIter{d: d, state: d.state, rev: true}, nil
	})
	t.AddMethod("__reduce__", func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		d := asDeque(self)
		ml := py.Value(py.None)
		if d.maxlen >= 0 {
			ml = py.MakeInt(int64(d.maxlen))
		}
		return py.NewTuple([]py.Value{self.Type(), py.NewTuple([]py.Value{py.NewList(d.elems()), ml})}), nil
	})
	for _, it := range []*py.Type{dequeIterType, dequeRevIterType} {
		it.Module = "collections"
		it.Flags |= py.FlagDottedName
		it.Iter = func(th *py.Thread, v py.Value) (py.Value, error) { return v, nil }
		it.Next = func(th *py.Thread, v py.Value) (py.Value, error) {
			x := v.(*dequeIter)
			if x.d.state != x.state {
				x.i = x.d.n + 1
				return nil, py.NewError(py.RuntimeErrorType, "deque mutated during iteration")
			}
			if x.i >= x.d.n {
				return nil, nil
			}
			var r py.Value
			if x.rev {
				r = x.d.at(x.d.n - 1 - x.i)
			} else {
				r = x.d.at(x.i)
			}
			x.i++
			return r, nil
		}
	}
}
