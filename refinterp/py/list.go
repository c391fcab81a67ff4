package py

import (
	"strings"
)

// Append adds v to the list, accounting growth like MicroPython's list.
func (l *List) Append(v Value) {
	if len(l.Elems) == cap(l.Elems) {
		newCap := cap(l.Elems) * 2
		if newCap < 4 {
			newCap = 4
		}
		accountBytes(blocks(4*newCap) - blocks(4*cap(l.Elems)))
		if heapLimited {
			growCheck(16 + blocks(4*newCap))
		}
		n := make([]Value, len(l.Elems), newCap)
		copy(n, l.Elems)
		l.Elems = n
	}
	l.Elems = append(l.Elems, v)
}

func (l *List) extend(th *Thread, it Value) error {
	switch x := it.(type) {
	case *List:
		elems := x.Elems
		if x == l {
			elems = append([]Value(nil), elems...)
		}
		for _, v := range elems {
			l.Append(v)
		}
		return nil
	case Tuple:
		for _, v := range x {
			l.Append(v)
		}
		return nil
	}
	return ForEach(th, it, func(v Value) error {
		l.Append(v)
		return heapErr()
	})
}

func (th *Thread) enterRepr(v Value) bool {
	if th == nil {
		return true
	}
	for _, x := range th.reprActive {
		if same(x, v) {
			return false
		}
	}
	th.reprActive = append(th.reprActive, v)
	return true
}

func (th *Thread) leaveRepr() {
	if th != nil {
		th.reprActive = th.reprActive[:len(th.reprActive)-1]
	}
}

func seqRepr(th *Thread, elems []Value, open, close string) (string, error) {
	var b strings.Builder
	b.WriteString(open)
	for i, e := range elems {
		if i > 0 {
			b.WriteString(", ")
		}
		s, err := Repr(th, e)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	b.WriteString(close)
	return b.String(), nil
}

// seqCompare compares two sequences lexicographically.
func seqCompare(th *Thread, x, y []Value, op CmpOp) (Value, error) {
	if op == CmpEQ || op == CmpNE {
		if len(x) != len(y) {
			return MakeBool(op == CmpNE), nil
		}
	}
	for i := 0; i < len(x) && i < len(y); i++ {
		eq, err := Equal(th, x[i], y[i])
		if err != nil {
			return nil, err
		}
		if !eq {
			if op == CmpEQ {
				return False, nil
			}
			if op == CmpNE {
				return True, nil
			}
			return Compare(th, x[i], y[i], op)
		}
	}
	return MakeBool(cmpResult(compareInt(int64(len(x)), int64(len(y))), op)), nil
}

func seqGetItem(th *Thread, elems []Value, key Value, what string) (Value, []Value, error) {
	if sl, ok := key.(*Slice); ok {
		start, _, step, n, err := sliceIndices(th, sl, len(elems))
		if err != nil {
			return nil, nil, err
		}
		out := make([]Value, n)
		for i, j := 0, start; i < n; i, j = i+1, j+step {
			out[i] = elems[j]
		}
		return nil, out, nil
	}
	if key.Type().Index == nil {
		return nil, nil, Errorf(TypeErrorType, what, " indices must be integers or slices, not ", TypeName(key))
	}
	i, err := seqIndex(th, key, len(elems), what)
	if err != nil {
		return nil, nil, err
	}
	return elems[i], nil, nil
}

func seqIndexMethod(th *Thread, elems []Value, args []Value, what string) (Value, error) {
	if len(args) == 0 {
		return nil, NewError(TypeErrorType, "index expected at least 1 argument, got 0")
	}
	start, stop := 0, len(elems)
	if len(args) > 1 {
		s, err := sliceInt(th, args[1])
		if err != nil {
			return nil, err
		}
		start = s
		if start < 0 {
			start += len(elems)
			if start < 0 {
				start = 0
			}
		}
	}
	if len(args) > 2 {
		s, err := sliceInt(th, args[2])
		if err != nil {
			return nil, err
		}
		stop = s
		if stop < 0 {
			stop += len(elems)
		}
		if stop > len(elems) {
			stop = len(elems)
		}
	}
	for i := start; i < stop && i < len(elems); i++ {
		eq, err := Equal(th, elems[i], args[0])
		if err != nil {
			return nil, err
		}
		if eq {
			return MakeInt(int64(i)), nil
		}
	}
	if what == "list" {
		r, _ := Repr(th, args[0])
		return nil, Errorf(ValueErrorType, r, " is not in list")
	}
	return nil, NewError(ValueErrorType, "tuple.index(x): x not in tuple")
}

func seqCount(th *Thread, elems []Value, x Value) (Value, error) {
	n := 0
	for _, e := range elems {
		eq, err := Equal(th, e, x)
		if err != nil {
			return nil, err
		}
		if eq {
			n++
		}
	}
	return MakeInt(int64(n)), nil
}

func seqContains(th *Thread, elems []Value, x Value) (bool, error) {
	for _, e := range elems {
		eq, err := Equal(th, e, x)
		if err != nil {
			return false, err
		}
		if eq {
			return true, nil
		}
	}
	return false, nil
}

func repeatSeq(elems []Value, n int) ([]Value, error) {
	if n == bigRepeat {
		return nil, errRepeatOverflow()
	}
	if n <= 0 || len(elems) == 0 {
		return []Value{}, nil
	}
	if n > (1<<28)/len(elems) {
		return nil, memoryError()
	}
	if err := checkAlloc(4 * len(elems) * n); err != nil {
		return nil, err
	}
	out := make([]Value, 0, len(elems)*n)
	for i := 0; i < n; i++ {
		out = append(out, elems...)
	}
	return out, nil
}

func initSeqTypes() {
	ListType = NewBuiltinType("list", nil)
	lt := ListType
	lt.Flags |= FlagBaseType
	lt.Repr = func(th *Thread, v Value) (string, error) {
		l := v.(*List)
		if !th.enterRepr(l) {
			return "[...]", nil
		}
		defer th.leaveRepr()
		return seqRepr(th, l.Elems, "[", "]")
	}
	lt.Len = func(th *Thread, v Value) (int, error) { return len(v.(*List).Elems), nil }
	lt.Compare = func(th *Thread, a, b Value, op CmpOp) (Value, error) {
		y, ok := b.(*List)
		if !ok {
			return NotImplemented, nil
		}
		return seqCompare(th, a.(*List).Elems, y.Elems, op)
	}
	lt.Iter = func(th *Thread, v Value) (Value, error) { return &listIter{l: v.(*List)}, nil }
	lt.Contains = func(th *Thread, v, x Value) (bool, error) { return seqContains(th, v.(*List).Elems, x) }
	lt.GetItem = func(th *Thread, v, key Value) (Value, error) {
		r, s, err := seqGetItem(th, v.(*List).Elems, key, "list")
		if s != nil {
			return NewList(s), nil
		}
		return r, err
	}
	lt.SetItem = listSetItem
	lt.Num[OpAdd] = func(th *Thread, a, b Value) (Value, error) {
		y, ok := b.(*List)
		if !ok {
			if _, isInst := b.(*Instance); isInst {
				return NotImplemented, nil
			}
			return nil, Errorf(TypeErrorType, "can only concatenate list (not \"", TypeName(b), "\") to list")
		}
		x := a.(*List)
		out := make([]Value, 0, len(x.Elems)+len(y.Elems))
		out = append(append(out, x.Elems...), y.Elems...)
		return NewList(out), nil
	}
	lt.Num[OpMul] = func(th *Thread, a, b Value) (Value, error) {
		n, ok := repeatCount(th, b)
		if !ok {
			return NotImplemented, nil
		}
		out, err := repeatSeq(a.(*List).Elems, n)
		if err != nil {
			return nil, err
		}
		return NewList(out), nil
	}
	lt.RNum[OpMul] = lt.Num[OpMul]
	lt.INum[OpAdd] = func(th *Thread, a, b Value) (Value, error) {
		if err := a.(*List).extend(th, b); err != nil {
			return nil, err
		}
		return a, nil
	}
	lt.INum[OpMul] = func(th *Thread, a, b Value) (Value, error) {
		n, ok := repeatCount(th, b)
		if !ok {
			return NotImplemented, nil
		}
		l := a.(*List)
		out, err := repeatSeq(l.Elems, n)
		if err != nil {
			return nil, err
		}
		l.Elems = out
		return l, nil
	}
	lt.New = func(th *Thread, cls *Type, args []Value, kw *Kwargs) (Value, error) {
		l := NewList(nil)
		if cls != ListType {
			return &Instance{Class: cls, Dict: NewDict(), Base: l}, nil
		}
		return l, nil
	}
	lt.Init = func(th *Thread, self Value, args []Value, kw *Kwargs) error {
		l := unwrapV(self).(*List)
		if kw.Len() > 0 {
			return NewError(TypeErrorType, "list() takes no keyword arguments")
		}
		if len(args) > 1 {
			return Errorf(TypeErrorType, "list expected at most 1 argument, got ", itoa(len(args)))
		}
		l.Elems = nil
		if len(args) == 1 {
			return l.extend(th, args[0])
		}
		return nil
	}
	m := func(name string, fn func(th *Thread, l *List, args []Value, kw *Kwargs) (Value, error)) {
		lt.AddMethod(name, func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
			return fn(th, self.(*List), args, kw)
		})
	}
	nargs := func(name string, args []Value, n int) error {
		if len(args) != n {
			if n == 1 {
				return Errorf(TypeErrorType, "list.", name, "() takes exactly one argument (", itoa(len(args)), " given)")
			}
			return Errorf(TypeErrorType, "list.", name, "() takes no arguments (", itoa(len(args)), " given)")
		}
		return nil
	}
	m("append", func(th *Thread, l *List, args []Value, kw *Kwargs) (Value, error) {
		if err := nargs("append", args, 1); err != nil {
			return nil, err
		}
		l.Append(args[0])
		return None, nil
	})
	m("extend", func(th *Thread, l *List, args []Value, kw *Kwargs) (Value, error) {
		if err := nargs("extend", args, 1); err != nil {
			return nil, err
		}
		return None, l.extend(th, args[0])
	})
	m("insert", func(th *Thread, l *List, args []Value, kw *Kwargs) (Value, error) {
		if len(args) != 2 {
			return nil, Errorf(TypeErrorType, "insert expected 2 arguments, got ", itoa(len(args)))
		}
		i, err := AsInt(th, args[0])
		if err != nil {
			return nil, err
		}
		n := len(l.Elems)
		if i < 0 {
			i += n
			if i < 0 {
				i = 0
			}
		}
		if i > n {
			i = n
		}
		l.Append(nil)
		copy(l.Elems[i+1:], l.Elems[i:])
		l.Elems[i] = args[1]
		return None, nil
	})
	m("pop", func(th *Thread, l *List, args []Value, kw *Kwargs) (Value, error) {
		n := len(l.Elems)
		i := n - 1
		if len(args) > 0 {
			v, err := AsInt(th, args[0])
			if err != nil {
				return nil, err
			}
			i = v
			if i < 0 {
				i += n
			}
		}
		if n == 0 {
			return nil, NewError(IndexErrorType, "pop from empty list")
		}
		if i < 0 || i >= n {
			return nil, NewError(IndexErrorType, "pop index out of range")
		}
		v := l.Elems[i]
		copy(l.Elems[i:], l.Elems[i+1:])
		l.Elems[n-1] = nil
		l.Elems = l.Elems[:n-1]
		return v, nil
	})
	m("remove", func(th *Thread, l *List, args []Value, kw *Kwargs) (Value, error) {
		if err := nargs("remove", args, 1); err != nil {
			return nil, err
		}
		for i, e := range l.Elems {
			eq, err := Equal(th, e, args[0])
			if err != nil {
				return nil, err
			}
			if eq {
				copy(l.Elems[i:], l.Elems[i+1:])
				l.Elems[len(l.Elems)-1] = nil
				l.Elems = l.Elems[:len(l.Elems)-1]
				return None, nil
			}
		}
		return nil, NewError(ValueErrorType, "list.remove(x): x not in list")
	})
	m("index", func(th *Thread, l *List, args []Value, kw *Kwargs) (Value, error) {
		return seqIndexMethod(th, l.Elems, args, "list")
	})
	m("count", func(th *Thread, l *List, args []Value, kw *Kwargs) (Value, error) {
		if err := nargs("count", args, 1); err != nil {
			return nil, err
		}
		return seqCount(th, l.Elems, args[0])
	})
	m("reverse", func(th *Thread, l *List, args []Value, kw *Kwargs) (Value, error) {
		e := l.Elems
		for i, j := 0, len(e)-1; i < j; i, j = i+1, j-1 {
			e[i], e[j] = e[j], e[i]
		}
		return None, nil
	})
	m("clear", func(th *Thread, l *List, args []Value, kw *Kwargs) (Value, error) {
		l.Elems = nil
		return None, nil
	})
	m("copy", func(th *Thread, l *List, args []Value, kw *Kwargs) (Value, error) {
		return NewList(append([]Value(nil), l.Elems...)), nil
	})
	m("sort", func(th *Thread, l *List, args []Value, kw *Kwargs) (Value, error) {
		if len(args) > 0 {
			return nil, NewError(TypeErrorType, "sort() takes no positional arguments")
		}
		var key Value
		reverse := false
		if kw != nil {
			for i, n := range kw.Names {
				switch n {
				case "key":
					key = kw.Values[i]
				case "reverse":
					b, err := Truth(th, kw.Values[i])
					if err != nil {
						return nil, err
					}
					reverse = b
				default:
					return nil, Errorf(TypeErrorType, "'", n, "' is an invalid keyword argument for sort()")
				}
			}
		}
		elems := l.Elems
		l.Elems = nil
		err := SortValues(th, elems, key, reverse)
		if l.Elems != nil && err == nil {
			err = NewError(ValueErrorType, "list modified during sort")
		}
		l.Elems = elems
		return None, err
	})
	lt.AddMethod("__reversed__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		l := self.(*List)
		return &reversedSeq{seq: l, i: len(l.Elems) - 1, list: true}, nil
	})

	TupleType = NewBuiltinType("tuple", nil)
	tt := TupleType
	tt.Flags |= FlagBaseType
	tt.Repr = func(th *Thread, v Value) (string, error) {
		t := v.(Tuple)
		if len(t) > 0 {
			if !th.enterRepr(t) {
				return "(...)", nil
			}
			defer th.leaveRepr()
		}
		if len(t) == 1 {
			s, err := Repr(th, t[0])
			return "(" + s + ",)", err
		}
		return seqRepr(th, t, "(", ")")
	}
	tt.Len = func(th *Thread, v Value) (int, error) { return len(v.(Tuple)), nil }
	tt.Hash = func(th *Thread, v Value) (int64, error) {
		// CPython's xxHash-based tuple hash
		const (
			p1 = 11400714785074694791
			p2 = 14029467366897019727
			p5 = 2870177450012600261
		)
		t := v.(Tuple)
		acc := uint64(p5)
		for _, e := range t {
			h, err := Hash(th, e)
			if err != nil {
				return 0, err
			}
			acc += uint64(h) * p2
			acc = acc<<31 | acc>>33
			acc *= p1
		}
		acc += uint64(len(t)) ^ (p5 ^ 3527539)
		if acc == ^uint64(0) {
			return 1546275796, nil
		}
		return int64(acc), nil
	}
	tt.Compare = func(th *Thread, a, b Value, op CmpOp) (Value, error) {
		y, ok := b.(Tuple)
		if !ok {
			return NotImplemented, nil
		}
		return seqCompare(th, a.(Tuple), y, op)
	}
	tt.Iter = func(th *Thread, v Value) (Value, error) { return &tupleIter{t: v.(Tuple)}, nil }
	tt.Contains = func(th *Thread, v, x Value) (bool, error) { return seqContains(th, v.(Tuple), x) }
	tt.GetItem = func(th *Thread, v, key Value) (Value, error) {
		r, s, err := seqGetItem(th, v.(Tuple), key, "tuple")
		if s != nil {
			return NewTuple(s), nil
		}
		return r, err
	}
	tt.Num[OpAdd] = func(th *Thread, a, b Value) (Value, error) {
		y, ok := b.(Tuple)
		if !ok {
			if _, isInst := b.(*Instance); isInst {
				return NotImplemented, nil
			}
			return nil, Errorf(TypeErrorType, "can only concatenate tuple (not \"", TypeName(b), "\") to tuple")
		}
		x := a.(Tuple)
		out := make([]Value, 0, len(x)+len(y))
		out = append(append(out, x...), y...)
		return NewTuple(out), nil
	}
	tt.Num[OpMul] = func(th *Thread, a, b Value) (Value, error) {
		n, ok := repeatCount(th, b)
		if !ok {
			return NotImplemented, nil
		}
		out, err := repeatSeq(a.(Tuple), n)
		if err != nil {
			return nil, err
		}
		return NewTuple(out), nil
	}
	tt.RNum[OpMul] = tt.Num[OpMul]
	tt.New = func(th *Thread, cls *Type, args []Value, kw *Kwargs) (Value, error) {
		if kw.Len() > 0 {
			return nil, NewError(TypeErrorType, "tuple() takes no keyword arguments")
		}
		if len(args) > 1 {
			return nil, Errorf(TypeErrorType, "tuple expected at most 1 argument, got ", itoa(len(args)))
		}
		var t Value = EmptyTuple
		if len(args) == 1 {
			x, err := toTuple(th, args[0])
			if err != nil {
				return nil, err
			}
			t = x
		}
		if cls != TupleType {
			return &Instance{Class: cls, Dict: NewDict(), Base: t}, nil
		}
		return t, nil
	}
	tt.AddMethod("index", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		return seqIndexMethod(th, self.(Tuple), args, "tuple")
	})
	tt.AddMethod("count", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		return seqCount(th, self.(Tuple), args[0])
	})
}

func listSetItem(th *Thread, v, key, val Value) error {
	l := v.(*List)
	if sl, ok := key.(*Slice); ok {
		start, stop, step, n, err := sliceIndices(th, sl, len(l.Elems))
		if err != nil {
			return err
		}
		if val == nil {
			if step == 1 {
				if stop < start {
					stop = start
				}
				l.Elems = append(l.Elems[:start], l.Elems[stop:]...)
				return nil
			}
			del := map[int]bool{}
			for i, j := 0, start; i < n; i, j = i+1, j+step {
				del[j] = true
			}
			out := l.Elems[:0]
			for i, e := range l.Elems {
				if !del[i] {
					out = append(out, e)
				}
			}
			l.Elems = out
			return nil
		}
		src, err := ToSlice(th, val)
		if err != nil {
			if step == 1 {
				return NewError(TypeErrorType, "can only assign an iterable")
			}
			return NewError(TypeErrorType, "must assign iterable to extended slice")
		}
		if step == 1 {
			if stop < start {
				stop = start
			}
			out := make([]Value, 0, len(l.Elems)-(stop-start)+len(src))
			out = append(out, l.Elems[:start]...)
			out = append(out, src...)
			out = append(out, l.Elems[stop:]...)
			l.Elems = out
			return nil
		}
		if len(src) != n {
			return Errorf(ValueErrorType, "attempt to assign sequence of size ", itoa(len(src)), " to extended slice of size ", itoa(n))
		}
		for i, j := 0, start; i < n; i, j = i+1, j+step {
			l.Elems[j] = src[i]
		}
		return nil
	}
	if key.Type().Index == nil {
		return Errorf(TypeErrorType, "list indices must be integers or slices, not ", TypeName(key))
	}
	what := "list assignment"
	if val == nil {
		what = "list assignment"
	}
	i, err := seqIndex(th, key, len(l.Elems), what)
	if err != nil {
		return err
	}
	if val == nil {
		copy(l.Elems[i:], l.Elems[i+1:])
		l.Elems[len(l.Elems)-1] = nil
		l.Elems = l.Elems[:len(l.Elems)-1]
		return nil
	}
	l.Elems[i] = val
	return nil
}

// SortValues sorts elems in place (stable), comparing key(x) if key is not
// nil/None, like list.sort.
func SortValues(th *Thread, elems []Value, key Value, reverse bool) error {
	keys := elems
	if key != nil && key != None {
		keys = make([]Value, len(elems))
		for i, e := range elems {
			k, err := Call(th, key, []Value{e}, nil)
			if err != nil {
				return err
			}
			keys[i] = k
		}
	}
	idx := make([]int, len(elems))
	for i := range idx {
		idx[i] = i
	}
	var firstErr error
	less := func(a, b int) bool {
		if firstErr != nil {
			return false
		}
		x, y := keys[a], keys[b]
		if reverse {
			x, y = y, x
		}
		r, err := Less(th, x, y)
		if err != nil {
			firstErr = err
			return false
		}
		return r
	}
	tmp := make([]int, len(idx))
	mergeSort(idx, tmp, less)
	if firstErr != nil {
		return firstErr
	}
	out := make([]Value, len(elems))
	for i, j := range idx {
		out[i] = elems[j]
	}
	copy(elems, out)
	return nil
}

func mergeSort(a, tmp []int, less func(a, b int) bool) {
	n := len(a)
	if n < 12 {
		for i := 1; i < n; i++ {
			for j := i; j > 0 && less(a[j], a[j-1]); j-- {
				a[j], a[j-1] = a[j-1], a[j]
			}
		}
		return
	}
	mid := n / 2
	mergeSort(a[:mid], tmp[:mid], less)
	mergeSort(a[mid:], tmp[mid:], less)
	if !less(a[mid], a[mid-1]) {
		return
	}
	copy(tmp, a)
	i, j, k := 0, mid, 0
	for i < mid && j < n {
		if less(tmp[j], tmp[i]) {
			a[k] = tmp[j]
			j++
		} else {
			a[k] = tmp[i]
			i++
		}
		k++
	}
	for i < mid {
		a[k] = tmp[i]
		i++
		k++
	}
	for j < n {
		a[k] = tmp[j]
		j++
		k++
	}
}
