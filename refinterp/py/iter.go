package py

type listIter struct {
	l *List
	i int
}

func (*listIter) Type() *Type { return listIterType }

type tupleIter struct {
	t Tuple
	i int
}

func (*tupleIter) Type() *Type { return tupleIterType }

type rangeIter struct {
	cur, stop, step int64
}

func (*rangeIter) Type() *Type { return rangeIterType }

type seqIter struct {
	seq  Value
	i    int
	done bool
}

func (*seqIter) Type() *Type { return seqIterType }

type reversedSeq struct {
	seq  Value
	i    int
	list bool // made by list.__reversed__: CPython's list_reverseiterator
}

func (r *reversedSeq) Type() *Type {
	if r.list {
		return listRevIterType
	}
	return reversedType
}

// Enumerate is an enumerate object.
type Enumerate struct {
	it Value
	n  Value
}

// Type returns EnumerateType.
func (*Enumerate) Type() *Type { return EnumerateType }

// Zip is a zip object.
type Zip struct {
	its    []Value
	strict bool
}

// Type returns ZipType.
func (*Zip) Type() *Type { return ZipType }

// Map is a map object.
type Map struct {
	fn  Value
	its []Value
}

// Type returns MapType.
func (*Map) Type() *Type { return MapType }

// Filter is a filter object.
type Filter struct {
	fn Value
	it Value
}

// Type returns FilterType.
func (*Filter) Type() *Type { return FilterType }

type callIter struct {
	fn, sentinel Value
	done         bool
}

func (*callIter) Type() *Type { return callIterType }

var (
	listIterType, tupleIterType, rangeIterType, seqIterType, reversedType, listRevIterType, callIterType *Type
	// EnumerateType and friends are the lazy iterator builtins.
	EnumerateType, ZipType, MapType, FilterType *Type
)

func selfIter(th *Thread, v Value) (Value, error) { return v, nil }

func newIterType(name string, next func(th *Thread, v Value) (Value, error)) *Type {
	t := NewBuiltinType(name, nil)
	t.Iter = selfIter
	t.Next = next
	return t
}

func initIterTypes() {
	listIterType = newIterType("list_iterator", func(th *Thread, v Value) (Value, error) {
		it := v.(*listIter)
		if it.i < len(it.l.Elems) {
			x := it.l.Elems[it.i]
			it.i++
			return x, nil
		}
		return nil, nil
	})
	tupleIterType = newIterType("tuple_iterator", func(th *Thread, v Value) (Value, error) {
		it := v.(*tupleIter)
		if it.i < len(it.t) {
			x := it.t[it.i]
			it.i++
			return x, nil
		}
		return nil, nil
	})
	rangeIterType = newIterType("range_iterator", func(th *Thread, v Value) (Value, error) {
		it := v.(*rangeIter)
		if (it.step > 0 && it.cur < it.stop) || (it.step < 0 && it.cur > it.stop) {
			x := MakeInt(it.cur)
			it.cur += it.step
			return x, nil
		}
		return nil, nil
	})
	strIterType = newIterType("str_iterator", strIterNext)
	strASCIIIterType = newIterType("str_ascii_iterator", strIterNext)
	bytesIterType = newIterType("bytes_iterator", bytesIterNext)
	byteArrayIterType = newIterType("bytearray_iterator", bytesIterNext)
	memIterType = newIterType("memory_iterator", bytesIterNext)
	seqIterType = newIterType("iterator", func(th *Thread, v Value) (Value, error) {
		it := v.(*seqIter)
		if it.done {
			return nil, nil
		}
		x, err := GetItem(th, it.seq, MakeInt(int64(it.i)))
		if err != nil {
			if e, ok := err.(*Exception); ok && (e.Class.IsSubtype(IndexErrorType) || e.Class.IsSubtype(StopIterationType)) {
				it.done = true
				return nil, nil
			}
			return nil, err
		}
		it.i++
		return x, nil
	})
	reversedType = newIterType("reversed", func(th *Thread, v Value) (Value, error) {
		it := v.(*reversedSeq)
		if it.i < 0 {
			return nil, nil
		}
		if l, ok := it.seq.(*List); ok {
			if it.i >= len(l.Elems) {
				it.i = -1
				return nil, nil
			}
			x := l.Elems[it.i]
			it.i--
			return x, nil
		}
		x, err := GetItem(th, it.seq, MakeInt(int64(it.i)))
		if err != nil {
			return nil, err
		}
		it.i--
		return x, nil
	})
	reversedType.New = func(th *Thread, cls *Type, args []Value, kw *Kwargs) (Value, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeErrorType, "reversed expected 1 argument, got ", itoa(len(args)))
		}
		seq := args[0]
		if r := seq.Type().Lookup("__reversed__"); r != nil {
			return callDunder(th, r, seq)
		}
		switch x := seq.(type) {
		case *Range:
			n := x.Len()
			return &rangeIter{cur: x.Start + (n-1)*x.Step, stop: x.Start - x.Step, step: -x.Step}, nil
		case Tuple:
			return &reversedSeq{seq: &List{Elems: x}, i: len(x) - 1}, nil
		case *Str:
			rs := []rune(x.s)
			out := make([]Value, len(rs))
			for i, r := range rs {
				out[i] = NewStr(string(r))
			}
			return &reversedSeq{seq: &List{Elems: out}, i: len(out) - 1}, nil
		}
		t := seq.Type()
		if t.GetItem == nil || t.Len == nil || t == DictType || t == SetType {
			return nil, Errorf(TypeErrorType, "'", t.TPName(), "' object is not reversible")
		}
		n, err := Len(th, seq)
		if err != nil {
			return nil, err
		}
		return &reversedSeq{seq: seq, i: n - 1}, nil
	}
	listRevIterType = newIterType("list_reverseiterator", reversedType.Next)
	callIterType = newIterType("callable_iterator", func(th *Thread, v Value) (Value, error) {
		it := v.(*callIter)
		if it.done {
			return nil, nil
		}
		x, err := Call(th, it.fn, nil, nil)
		if err != nil {
			return nil, err
		}
		eq, err := Equal(th, x, it.sentinel)
		if err != nil {
			return nil, err
		}
		if eq {
			it.done = true
			return nil, nil
		}
		return x, nil
	})
	EnumerateType = newIterType("enumerate", func(th *Thread, v Value) (Value, error) {
		e := v.(*Enumerate)
		x, err := Next(th, e.it)
		if err != nil || x == nil {
			return nil, err
		}
		n := e.n
		e.n, err = Binary(th, OpAdd, n, MakeInt(1))
		if err != nil {
			return nil, err
		}
		return NewTuple([]Value{n, x}), nil
	})
	EnumerateType.Flags |= FlagBaseType
	EnumerateType.New = func(th *Thread, cls *Type, args []Value, kw *Kwargs) (Value, error) {
		var it, start Value = nil, MakeInt(0)
		if len(args) > 0 {
			it = args[0]
		}
		if len(args) > 1 {
			start = args[1]
		}
		if kw != nil {
			for i, n := range kw.Names {
				switch n {
				case "start":
					start = kw.Values[i]
				case "iterable":
					it = kw.Values[i]
				default:
					return nil, Errorf(TypeErrorType, "'", n, "' is an invalid keyword argument for enumerate()")
				}
			}
		}
		if it == nil {
			return nil, NewError(TypeErrorType, "enumerate() missing required argument 'iterable'")
		}
		if _, err := Index(th, start); err != nil {
			return nil, Errorf(TypeErrorType, "'", TypeName(start), "' object cannot be interpreted as an integer")
		}
		iter, err := Iter(th, it)
		if err != nil {
			return nil, err
		}
		return &Enumerate{it: iter, n: start}, nil
	}
	ZipType = newIterType("zip", func(th *Thread, v Value) (Value, error) {
		z := v.(*Zip)
		if len(z.its) == 0 {
			return nil, nil
		}
		out := make([]Value, len(z.its))
		for i, it := range z.its {
			x, err := Next(th, it)
			if err != nil {
				return nil, err
			}
			if x == nil {
				if z.strict {
					if i > 0 {
						s := "s 1-" + itoa(i)
						if i == 1 {
							s = " 1"
						}
						return nil, Errorf(ValueErrorType, "zip() argument ", itoa(i+1), " is shorter than argument", s)
					}
					for j := 1; j < len(z.its); j++ {
						y, err := Next(th, z.its[j])
						if err != nil {
							return nil, err
						}
						if y != nil {
							s := "s 1-" + itoa(j)
							if j == 1 {
								s = " 1"
							}
							return nil, Errorf(ValueErrorType, "zip() argument ", itoa(j+1), " is longer than argument", s)
						}
					}
				}
				z.its = nil
				return nil, nil
			}
			out[i] = x
		}
		return NewTuple(out), nil
	})
	ZipType.New = func(th *Thread, cls *Type, args []Value, kw *Kwargs) (Value, error) {
		z := &Zip{}
		if kw != nil {
			for i, n := range kw.Names {
				if n == "strict" {
					z.strict, _ = Truth(th, kw.Values[i])
				} else {
					return nil, Errorf(TypeErrorType, "zip() got an unexpected keyword argument '", n, "'")
				}
			}
		}
		for _, a := range args {
			it, err := Iter(th, a)
			if err != nil {
				return nil, err
			}
			z.its = append(z.its, it)
		}
		return z, nil
	}
	MapType = newIterType("map", func(th *Thread, v Value) (Value, error) {
		m := v.(*Map)
		args := make([]Value, len(m.its))
		for i, it := range m.its {
			x, err := Next(th, it)
			if err != nil || x == nil {
				return nil, err
			}
			args[i] = x
		}
		return Call(th, m.fn, args, nil)
	})
	MapType.New = func(th *Thread, cls *Type, args []Value, kw *Kwargs) (Value, error) {
		if len(args) < 2 {
			return nil, NewError(TypeErrorType, "map() must have at least two arguments.")
		}
		m := &Map{fn: args[0]}
		for _, a := range args[1:] {
			it, err := Iter(th, a)
			if err != nil {
				return nil, err
			}
			m.its = append(m.its, it)
		}
		return m, nil
	}
	FilterType = newIterType("filter", func(th *Thread, v Value) (Value, error) {
		f := v.(*Filter)
		for {
			x, err := Next(th, f.it)
			if err != nil || x == nil {
				return nil, err
			}
			var keep bool
			if f.fn == None {
				keep, err = Truth(th, x)
			} else {
				r, err2 := Call(th, f.fn, []Value{x}, nil)
				if err2 != nil {
					return nil, err2
				}
				keep, err = Truth(th, r)
			}
			if err != nil {
				return nil, err
			}
			if keep {
				return x, nil
			}
		}
	})
	FilterType.New = func(th *Thread, cls *Type, args []Value, kw *Kwargs) (Value, error) {
		if len(args) != 2 {
			return nil, Errorf(TypeErrorType, "filter expected 2 arguments, got ", itoa(len(args)))
		}
		it, err := Iter(th, args[1])
		if err != nil {
			return nil, err
		}
		return &Filter{fn: args[0], it: it}, nil
	}
	for _, t := range []*Type{listIterType, tupleIterType, rangeIterType, strIterType, strASCIIIterType, bytesIterType, byteArrayIterType, memIterType, seqIterType, reversedType, listRevIterType, callIterType, EnumerateType, ZipType, MapType, FilterType, dictIterTypes[0], dictIterTypes[1], dictIterTypes[2], dictRevIterTypes[0], dictRevIterTypes[1], dictRevIterTypes[2], setIterType} {
		addIterMethods(t)
	}
}

// iterLengthHint is __length_hint__ of the built-in sequence iterators:
// how many items are left.
func iterLengthHint(v Value) (int, bool) {
	switch it := v.(type) {
	case *listIter:
		return len(it.l.Elems) - it.i, true
	case *dictRevIter:
		return len(it.l.Elems) - it.i, true
	case *tupleIter:
		return len(it.t) - it.i, true
	case *rangeIter:
		if it.step > 0 && it.cur < it.stop {
			return int((it.stop - it.cur + it.step - 1) / it.step), true
		}
		if it.step < 0 && it.cur > it.stop {
			return int((it.cur - it.stop - it.step - 1) / -it.step), true
		}
		return 0, true
	case *strIter:
		n := 0
		for range it.s.s[it.off:] {
			n++
		}
		return n, true
	case *bytesIter:
		return len(it.b.b) - it.i, true
	case *reversedSeq:
		return it.i + 1, true
	case *dictIter:
		if it.size < 0 || it.d.used != it.size {
			return 0, true
		}
		n := 0
		for pos := it.pos; ; n++ {
			if _, _, ok := it.d.entryAt(&pos); !ok {
				return n, true
			}
		}
	case *setIter:
		if it.size < 0 || it.s.used != it.size {
			return 0, true
		}
		n := 0
		for _, e := range it.s.table[it.pos:] {
			if e.key != nil && e.key != dummyKey {
				n++
			}
		}
		return n, true
	}
	return 0, false
}

func strIterNext(th *Thread, v Value) (Value, error) {
	it := v.(*strIter)
	s := it.s.s
	if it.off >= len(s) {
		return nil, nil
	}
	if c := s[it.off]; c < 128 {
		it.off++
		return asciiChars[c], nil
	}
	_, sz := decodeRune(s[it.off:])
	r := NewStr(s[it.off : it.off+sz])
	it.off += sz
	return r, nil
}

func bytesIterNext(th *Thread, v Value) (Value, error) {
	it := v.(*bytesIter)
	if it.i < len(it.b.b) {
		c := it.b.b[it.i]
		it.i++
		return MakeInt(int64(c)), nil
	}
	return nil, nil
}

func addIterMethods(t *Type) {
	t.AddMethod("__next__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		v, err := Next(th, self)
		if err != nil {
			return nil, err
		}
		if v == nil {
			return nil, NewException(StopIterationType)
		}
		return v, nil
	})
	t.AddMethod("__iter__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) { return self, nil })
	switch t {
	case EnumerateType, ZipType, MapType, FilterType, callIterType, seqIterType:
		return
	}
	t.AddMethod("__length_hint__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		n, _ := iterLengthHint(self)
		if n < 0 {
			n = 0
		}
		return MakeInt(int64(n)), nil
	})
}

func decodeRune(s string) (rune, int) {
	for i, r := range s {
		if i == 0 {
			n := len(string(r))
			if r == 0xFFFD && (len(s) < 3 || s[:3] != "\xef\xbf\xbd") {
				n = 1
			}
			return r, n
		}
	}
	return 0, 1
}
