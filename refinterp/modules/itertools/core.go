package itertools

import (
	"strconv"

	"github.com/mptest/mptest/refinterp/py"
)

// iterator is every Go itertools object: a type (for its name) and a
// step function returning (nil, nil) at the end. Once exhausted it stays
// exhausted, as CPython's objects do.
type iterator struct {
	t    *py.Type
	next func(th *py.Thread) (py.Value, error)
	done bool
	// repr, when set, gives the object's repr (count and repeat).
	repr func(th *py.Thread) (string, error)
}

func (it *iterator) Type() *py.Type { return it.t }

func newType(name string) *py.Type {
	t := py.NewBuiltinType(name, nil)
	t.Module = "itertools"
	t.Flags |= py.FlagDottedName
	t.Iter = func(th *py.Thread, v py.Value) (py.Value, error) { return v, nil }
	t.Next = func(th *py.Thread, v py.Value) (py.Value, error) {
		it := v.(*iterator)
		if it.done {
			return nil, nil
		}
		r, err := it.next(th)
		if r == nil && err == nil {
			it.done = true
		}
		return r, err
	}
	t.Repr = func(th *py.Thread, v py.Value) (string, error) {
		it := v.(*iterator)
		if it.repr != nil {
			return it.repr(th)
		}
		return "<itertools." + name + " object at 0x" + strconv.FormatUint(py.Id(v), 16) + ">", nil
	}
	return t
}

func nargs(fname string, args []py.Value, kw *py.Kwargs, lo, hi int, kwOK ...string) error {
	if err := py.CheckKwargs(fname, kw, kwOK...); err != nil {
		return err
	}
	n := len(args)
	if n < lo {
		if lo == hi {
			return py.NewError(py.TypeErrorType, fname+" expected "+strconv.Itoa(lo)+" argument"+plural(lo)+", got "+strconv.Itoa(n))
		}
		return py.NewError(py.TypeErrorType, fname+" expected at least "+strconv.Itoa(lo)+" argument"+plural(lo)+", got "+strconv.Itoa(n))
	}
	if n > hi {
		if lo == hi {
			return py.NewError(py.TypeErrorType, fname+" expected "+strconv.Itoa(hi)+" argument"+plural(hi)+", got "+strconv.Itoa(n))
		}
		return py.NewError(py.TypeErrorType, fname+" expected at most "+strconv.Itoa(hi)+" argument"+plural(hi)+", got "+strconv.Itoa(n))
	}
	return nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// ssize converts an int argument, raising CPython's TypeError for non-ints.
func ssize(th *py.Thread, v py.Value) (int, error) {
	return py.AsInt(th, v)
}

var (
	cycleType        = newType("cycle")
	chainType        = newType("chain")
	compressType     = newType("compress")
	dropwhileType    = newType("dropwhile")
	takewhileType    = newType("takewhile")
	filterfalseType  = newType("filterfalse")
	starmapType      = newType("starmap")
	accumulateType   = newType("accumulate")
	zipLongestType   = newType("zip_longest")
	productType      = newType("product")
	permutationsType = newType("permutations")
	combinationsType = newType("combinations")
	cwrType          = newType("combinations_with_replacement")
	pairwiseType     = newType("pairwise")
	groupbyType      = newType("groupby")
	grouperType      = newType("_grouper")
	countType        = newType("count")
	repeatType       = newType("repeat")
	isliceType       = newType("islice")
)

// sliceArg converts an islice index, returning -1 for None.
func sliceArg(th *py.Thread, v py.Value, what string) (int, error) {
	if v == py.None {
		return -1, nil
	}
	msg := what + " for islice() must be None or an integer: 0 <= x <= sys.maxsize."
	if v.Type().Index == nil {
		return 0, py.NewError(py.ValueErrorType, msg)
	}
	n, err := py.AsInt(th, v)
	if err != nil || n < 0 {
		return 0, py.NewError(py.ValueErrorType, msg)
	}
	return n, nil
}

func tupleOf(pool []py.Value, idx []int) py.Value {
	out := make([]py.Value, len(idx))
	for i, j := range idx {
		out[i] = pool[j]
	}
	return py.NewTuple(out)
}

func init() {
	cycleType.New = func(th *py.Thread, cls *py.Type, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if err := nargs("cycle", args, kw, 1, 1); err != nil {
			return nil, err
		}
		src, err := py.Iter(th, args[0])
		if err != nil {
			return nil, err
		}
		var saved []py.Value
		i, replay := 0, false
		return &iterator{t: cycleType, next: func(th *py.Thread) (py.Value, error) {
			if !replay {
				v, err := py.Next(th, src)
				if err != nil {
					return nil, err
				}
				if v != nil {
					saved = append(saved, v)
					return v, nil
				}
				replay = true
			}
			if len(saved) == 0 {
				return nil, nil
			}
			v := saved[i]
			i = (i + 1) % len(saved)
			return v, nil
		}}, nil
	}

	newChain := func(th *py.Thread, sources py.Value) *iterator {
		var cur py.Value
		return &iterator{t: chainType, next: func(th *py.Thread) (py.Value, error) {
			for {
				if cur == nil {
					if sources == nil {
						return nil, nil
					}
					s, err := py.Next(th, sources)
					if err != nil || s == nil {
						sources = nil
						return nil, err
					}
					if cur, err = py.Iter(th, s); err != nil {
						return nil, err
					}
				}
				v, err := py.Next(th, cur)
				if err != nil || v != nil {
					return v, err
				}
				cur = nil
			}
		}}
	}
	chainType.New = func(th *py.Thread, cls *py.Type, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if err := py.CheckKwargs("chain", kw); err != nil {
			return nil, err
		}
		src, _ := py.Iter(th, py.NewTuple(append([]py.Value(nil), args...)))
		return newChain(th, src), nil
	}
	chainType.AddClassMethod("from_iterable", func(th *py.Thread, cls *py.Type, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if err := nargs("from_iterable", args, kw, 1, 1); err != nil {
			return nil, err
		}
		src, err := py.Iter(th, args[0])
		if err != nil {
			return nil, err
		}
		return newChain(th, src), nil
	})

	compressType.New = func(th *py.Thread, cls *py.Type, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if err := nargs("compress", args, kw, 2, 2, "data", "selectors"); err != nil {
			return nil, err
		}
		data, err := py.Iter(th, args[0])
		if err != nil {
			return nil, err
		}
		sel, err := py.Iter(th, args[1])
		if err != nil {
			return nil, err
		}
		return &iterator{t: compressType, next: func(th *py.Thread) (py.Value, error) {
			for {
				d, err := py.Next(th, data)
				if err != nil || d == nil {
					return nil, err
				}
				s, err := py.Next(th, sel)
				if err != nil || s == nil {
					return nil, err
				}
				ok, err := py.Truth(th, s)
				if err != nil {
					return nil, err
				}
				if ok {
					return d, nil
				}
			}
		}}, nil
	}

	predIter := func(name string, t *py.Type, mode int) {
		t.New = func(th *py.Thread, cls *py.Type, args []py.Value, kw *py.Kwargs) (py.Value, error) {
			if err := nargs(name, args, kw, 2, 2); err != nil {
				return nil, err
			}
			pred := args[0]
			src, err := py.Iter(th, args[1])
			if err != nil {
				return nil, err
			}
			test := func(th *py.Thread, v py.Value) (bool, error) {
				if pred == py.None && mode == 2 {
					return py.Truth(th, v)
				}
				r, err := py.Call(th, pred, []py.Value{v}, nil)
				if err != nil {
					return false, err
				}
				return py.Truth(th, r)
			}
			dropping := true
			return &iterator{t: t, next: func(th *py.Thread) (py.Value, error) {
				for {
					v, err := py.Next(th, src)
					if err != nil || v == nil {
						return nil, err
					}
					switch mode {
					case 0: // dropwhile
						if !dropping {
							return v, nil
						}
						ok, err := test(th, v)
						if err != nil {
							return nil, err
						}
						if !ok {
							dropping = false
							return v, nil
						}
					case 1: // takewhile
						ok, err := test(th, v)
						if err != nil {
							return nil, err
						}
						if ok {
							return v, nil
						}
						return nil, nil
					default: // filterfalse
						ok, err := test(th, v)
						if err != nil {
							return nil, err
						}
						if !ok {
							return v, nil
						}
					}
				}
			}}, nil
		}
	}
	predIter("dropwhile", dropwhileType, 0)
	predIter("takewhile", takewhileType, 1)
	predIter("filterfalse", filterfalseType, 2)

	starmapType.New = func(th *py.Thread, cls *py.Type, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if err := nargs("starmap", args, kw, 2, 2); err != nil {
			return nil, err
		}
		fn := args[0]
		src, err := py.Iter(th, args[1])
		if err != nil {
			return nil, err
		}
		return &iterator{t: starmapType, next: func(th *py.Thread) (py.Value, error) {
			v, err := py.Next(th, src)
			if err != nil || v == nil {
				return nil, err
			}
			a, ok := v.(py.Tuple)
			if !ok {
				s, err := py.ToSlice(th, v)
				if err != nil {
					return nil, err
				}
				a = s
			}
			return py.Call(th, fn, append([]py.Value(nil), a...), nil)
		}}, nil
	}

	accumulateType.New = func(th *py.Thread, cls *py.Type, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if err := py.CheckKwargs("accumulate", kw, "iterable", "func", "initial"); err != nil {
			return nil, err
		}
		if len(args) > 2 {
			return nil, py.NewError(py.TypeErrorType, "accumulate() takes at most 2 arguments ("+strconv.Itoa(len(args)+kw.Len())+" given)")
		}
		var iterable, fn, initial py.Value
		if len(args) > 0 {
			iterable = args[0]
		}
		if len(args) > 1 {
			fn = args[1]
		}
		if v := kw.Get("iterable"); v != nil {
			iterable = v
		}
		if v := kw.Get("func"); v != nil {
			fn = v
		}
		if v := kw.Get("initial"); v != nil && v != py.None {
			initial = v
		}
		if fn == py.None {
			fn = nil
		}
		if iterable == nil {
			return nil, py.NewError(py.TypeErrorType, "accumulate() missing required argument 'iterable' (pos 1)")
		}
		src, err := py.Iter(th, iterable)
		if err != nil {
			return nil, err
		}
		total := initial
		started := false
		return &iterator{t: accumulateType, next: func(th *py.Thread) (py.Value, error) {
			if !started && total != nil {
				started = true
				return total, nil
			}
			started = true
			v, err := py.Next(th, src)
			if err != nil || v == nil {
				return nil, err
			}
			if total == nil {
				total = v
			} else if fn == nil {
				if total, err = py.Binary(th, py.OpAdd, total, v); err != nil {
					return nil, err
				}
			} else if total, err = py.Call(th, fn, []py.Value{total, v}, nil); err != nil {
				return nil, err
			}
			return total, nil
		}}, nil
	}

	zipLongestType.New = func(th *py.Thread, cls *py.Type, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if err := py.CheckKwargs("zip_longest", kw, "fillvalue"); err != nil {
			return nil, err
		}
		fill := kw.Get("fillvalue")
		if fill == nil {
			fill = py.None
		}
		its := make([]py.Value, len(args))
		for i, a := range args {
			it, err := py.Iter(th, a)
			if err != nil {
				return nil, err
			}
			its[i] = it
		}
		active := len(its)
		return &iterator{t: zipLongestType, next: func(th *py.Thread) (py.Value, error) {
			if active == 0 {
				return nil, nil
			}
			out := make([]py.Value, len(its))
			for i, it := range its {
				if it == nil {
					out[i] = fill
					continue
				}
				v, err := py.Next(th, it)
				if err != nil {
					return nil, err
				}
				if v == nil {
					active--
					if active == 0 {
						return nil, nil
					}
					its[i] = nil
					v = fill
				}
				out[i] = v
			}
			return py.NewTuple(out), nil
		}}, nil
	}

	productType.New = func(th *py.Thread, cls *py.Type, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if err := py.CheckKwargs("product", kw, "repeat"); err != nil {
			return nil, err
		}
		repeat := 1
		if v := kw.Get("repeat"); v != nil {
			var err error
			if repeat, err = ssize(th, v); err != nil {
				return nil, err
			}
			if repeat < 0 {
				return nil, py.NewError(py.ValueErrorType, "repeat argument cannot be negative")
			}
		}
		var pools [][]py.Value
		for _, a := range args {
			p, err := py.ToSlice(th, a)
			if err != nil {
				return nil, err
			}
			pools = append(pools, p)
		}
		n := len(pools) * repeat
		if len(args) > 0 && repeat > 0 {
			if err := py.CheckAlloc(4 * n); err != nil {
				return nil, err
			}
		}
		all := make([][]py.Value, 0, n)
		for r := 0; r < repeat; r++ {
			all = append(all, pools...)
		}
		idx := make([]int, n)
		first := true
		return &iterator{t: productType, next: func(th *py.Thread) (py.Value, error) {
			if first {
				first = false
				for _, p := range all {
					if len(p) == 0 {
						return nil, nil
					}
				}
			} else {
				i := n - 1
				for ; i >= 0; i-- {
					idx[i]++
					if idx[i] < len(all[i]) {
						break
					}
					idx[i] = 0
				}
				if i < 0 {
					return nil, nil
				}
			}
			out := make([]py.Value, n)
			for i, p := range all {
				out[i] = p[idx[i]]
			}
			return py.NewTuple(out), nil
		}}, nil
	}

	rArg := func(th *py.Thread, v py.Value) (int, error) {
		r, err := ssize(th, v)
		if err != nil {
			return 0, err
		}
		if r < 0 {
			return 0, py.NewError(py.ValueErrorType, "r must be non-negative")
		}
		return r, nil
	}

	permutationsType.New = func(th *py.Thread, cls *py.Type, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if err := nargs("permutations", args, kw, 1, 2, "iterable", "r"); err != nil {
			return nil, err
		}
		iterable := args[0]
		pool, err := py.ToSlice(th, iterable)
		if err != nil {
			return nil, err
		}
		n := len(pool)
		r := n
		rv := kw.Get("r")
		if len(args) > 1 {
			rv = args[1]
		}
		if rv != nil && rv != py.None {
			if r, err = rArg(th, rv); err != nil {
				return nil, err
			}
		}
		indices := make([]int, n)
		for i := range indices {
			indices[i] = i
		}
		cycles := make([]int, r)
		for i := 0; i < r && i < n; i++ {
			cycles[i] = n - i
		}
		first := true
		return &iterator{t: permutationsType, next: func(th *py.Thread) (py.Value, error) {
			if r > n {
				return nil, nil
			}
			if first {
				first = false
				return tupleOf(pool, indices[:r]), nil
			}
			if n == 0 {
				return nil, nil
			}
			for i := r - 1; i >= 0; i-- {
				cycles[i]--
				if cycles[i] == 0 {
					x := indices[i]
					copy(indices[i:], indices[i+1:])
					indices[n-1] = x
					cycles[i] = n - i
				} else {
					j := cycles[i]
					indices[i], indices[n-j] = indices[n-j], indices[i]
					return tupleOf(pool, indices[:r]), nil
				}
			}
			return nil, nil
		}}, nil
	}

	combos := func(name string, t *py.Type, repl bool) {
		t.New = func(th *py.Thread, cls *py.Type, args []py.Value, kw *py.Kwargs) (py.Value, error) {
			if err := py.CheckKwargs(name, kw, "iterable", "r"); err != nil {
				return nil, err
			}
			all := append([]py.Value(nil), args...)
			if v := kw.Get("iterable"); v != nil {
				all = append([]py.Value{v}, all...)
			}
			if v := kw.Get("r"); v != nil {
				all = append(all, v)
			}
			if len(all) != 2 {
				if len(all) < 2 {
					missing, pos := "iterable", "1"
					if len(all) == 1 {
						missing, pos = "r", "2"
					}
					return nil, py.Errorf(py.TypeErrorType, name, "() missing required argument '", missing, "' (pos ", pos, ")")
				}
				return nil, py.Errorf(py.TypeErrorType, name, "() takes at most 2 arguments (", strconv.Itoa(len(all)), " given)")
			}
			pool, err := py.ToSlice(th, all[0])
			if err != nil {
				return nil, err
			}
			r, err := rArg(th, all[1])
			if err != nil {
				return nil, err
			}
			n := len(pool)
			idx := make([]int, r)
			if !repl {
				for i := range idx {
					idx[i] = i
				}
			}
			first := true
			return &iterator{t: t, next: func(th *py.Thread) (py.Value, error) {
				if first {
					first = false
					if (!repl && r > n) || (repl && n == 0 && r > 0) {
						return nil, nil
					}
					return tupleOf(pool, idx), nil
				}
				i := r - 1
				if repl {
					for ; i >= 0 && idx[i] == n-1; i-- {
					}
					if i < 0 {
						return nil, nil
					}
					v := idx[i] + 1
					for j := i; j < r; j++ {
						idx[j] = v
					}
				} else {
					for ; i >= 0 && idx[i] == i+n-r; i-- {
					}
					if i < 0 {
						return nil, nil
					}
					idx[i]++
					for j := i + 1; j < r; j++ {
						idx[j] = idx[j-1] + 1
					}
				}
				return tupleOf(pool, idx), nil
			}}, nil
		}
	}
	combos("combinations", combinationsType, false)
	combos("combinations_with_replacement", cwrType, true)

	pairwiseType.New = func(th *py.Thread, cls *py.Type, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if err := nargs("pairwise", args, kw, 1, 1); err != nil {
			return nil, err
		}
		src, err := py.Iter(th, args[0])
		if err != nil {
			return nil, err
		}
		var old py.Value
		return &iterator{t: pairwiseType, next: func(th *py.Thread) (py.Value, error) {
			if old == nil {
				v, err := py.Next(th, src)
				if err != nil || v == nil {
					return nil, err
				}
				old = v
			}
			v, err := py.Next(th, src)
			if err != nil || v == nil {
				return nil, err
			}
			r := py.NewTuple([]py.Value{old, v})
			old = v
			return r, nil
		}}, nil
	}

	groupbyType.New = func(th *py.Thread, cls *py.Type, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if err := py.CheckKwargs("groupby", kw, "iterable", "key"); err != nil {
			return nil, err
		}
		all := append([]py.Value(nil), args...)
		if v := kw.Get("iterable"); v != nil {
			all = append([]py.Value{v}, all...)
		}
		var keyfn py.Value
		if len(all) > 1 {
			keyfn = all[1]
		}
		if v := kw.Get("key"); v != nil {
			keyfn = v
		}
		if keyfn == py.None {
			keyfn = nil
		}
		if len(all) == 0 {
			return nil, py.NewError(py.TypeErrorType, "groupby() missing required argument 'iterable' (pos 1)")
		}
		src, err := py.Iter(th, all[0])
		if err != nil {
			return nil, err
		}
		g := &groupby{src: src, keyfn: keyfn}
		return &iterator{t: groupbyType, next: g.next}, nil
	}

	isliceType.New = func(th *py.Thread, cls *py.Type, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if err := nargs("islice", args, kw, 2, 4); err != nil {
			return nil, err
		}
		start, stop, step := 0, -1, 1
		var err error
		if len(args) == 2 {
			if stop, err = sliceArg(th, args[1], "Stop argument"); err != nil {
				return nil, err
			}
		} else {
			if start, err = sliceArg(th, args[1], "Indices"); err != nil {
				return nil, err
			}
			if stop, err = sliceArg(th, args[2], "Indices"); err != nil {
				return nil, err
			}
			if start < 0 {
				start = 0
			}
			if len(args) == 4 && args[3] != py.None {
				step = -1
				if args[3].Type().Index != nil {
					if step, err = py.AsInt(th, args[3]); err != nil {
						step = -1
					}
				}
				if step <= 0 {
					return nil, py.NewError(py.ValueErrorType, "Step for islice() must be a positive integer or None.")
				}
			}
		}
		src, err := py.Iter(th, args[0])
		if err != nil {
			return nil, err
		}
		// CPython's islice_next: skip up to the next index, stop at stop.
		cnt, nexti := 0, start
		return &iterator{t: isliceType, next: func(th *py.Thread) (py.Value, error) {
			for cnt < nexti {
				v, err := py.Next(th, src)
				if err != nil || v == nil {
					return nil, err
				}
				cnt++
			}
			if stop >= 0 && cnt >= stop {
				return nil, nil
			}
			v, err := py.Next(th, src)
			if err != nil || v == nil {
				return nil, err
			}
			cnt++
			nexti += step
			if stop >= 0 && nexti > stop {
				nexti = stop
			}
			return v, nil
		}}, nil
	}

	countType.New = func(th *py.Thread, cls *py.Type, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if err := py.CheckKwargs("count", kw, "start", "step"); err != nil {
			return nil, err
		}
		if len(args) > 2 {
			return nil, py.NewError(py.TypeErrorType, "count expected at most 2 arguments, got "+strconv.Itoa(len(args)))
		}
		var start, step py.Value = py.MakeInt(0), py.MakeInt(1)
		stepGiven := false
		if len(args) > 0 {
			start = args[0]
		}
		if len(args) > 1 {
			step, stepGiven = args[1], true
		}
		if v := kw.Get("start"); v != nil {
			start = v
		}
		if v := kw.Get("step"); v != nil {
			step, stepGiven = v, true
		}
		for _, v := range []py.Value{start, step} {
			switch v.(type) {
			case py.Int, *py.BigInt, py.Float, py.Bool, py.Complex:
			default:
				if py.Callable(v) || !py.IsInstance(v, py.IntType) && !py.IsInstance(v, py.FloatType) {
					return nil, py.NewError(py.TypeErrorType, "a number is required")
				}
			}
		}
		cur := start
		it := &iterator{t: countType}
		it.next = func(th *py.Thread) (py.Value, error) {
			v := cur
			if a, ok := cur.(py.Int); ok {
				if b, ok := step.(py.Int); ok && a < 1<<62 && a > -(1<<62) && b < 1<<30 && b > -(1<<30) {
					cur = a + b
					return v, nil
				}
			}
			n, err := py.Binary(th, py.OpAdd, cur, step)
			if err != nil {
				return nil, err
			}
			cur = n
			return v, nil
		}
		it.repr = func(th *py.Thread) (string, error) {
			s, err := py.Repr(th, cur)
			if err != nil {
				return "", err
			}
			if b, ok := step.(py.Int); ok && b == 1 && stepGiven || !stepGiven {
				if !stepGiven {
					return "count(" + s + ")", nil
				}
				if b, ok := step.(py.Int); ok && b == 1 {
					return "count(" + s + ")", nil
				}
			}
			t, err := py.Repr(th, step)
			if err != nil {
				return "", err
			}
			return "count(" + s + ", " + t + ")", nil
		}
		return it, nil
	}

	repeatType.New = func(th *py.Thread, cls *py.Type, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if err := py.CheckKwargs("repeat", kw, "object", "times"); err != nil {
			return nil, err
		}
		all := append([]py.Value(nil), args...)
		if v := kw.Get("object"); v != nil {
			all = append([]py.Value{v}, all...)
		}
		if v := kw.Get("times"); v != nil {
			all = append(all, v)
		}
		if len(all) == 0 {
			return nil, py.NewError(py.TypeErrorType, "repeat() missing required argument 'object' (pos 1)")
		}
		if len(all) > 2 {
			return nil, py.NewError(py.TypeErrorType, "repeat() takes at most 2 arguments ("+strconv.Itoa(len(all))+" given)")
		}
		obj := all[0]
		times := -1
		if len(all) > 1 {
			t, err := ssize(th, all[1])
			if err != nil {
				return nil, err
			}
			if t < 0 {
				t = 0
			}
			times = t
		}
		it := &iterator{t: repeatType}
		it.next = func(th *py.Thread) (py.Value, error) {
			if times == 0 {
				return nil, nil
			}
			if times > 0 {
				times--
			}
			return obj, nil
		}
		it.repr = func(th *py.Thread) (string, error) {
			s, err := py.Repr(th, obj)
			if err != nil {
				return "", err
			}
			if times < 0 {
				return "repeat(" + s + ")", nil
			}
			return "repeat(" + s + ", " + strconv.Itoa(times) + ")", nil
		}
		return it, nil
	}
	repeatType.AddMethod("__length_hint__", func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		return nil, py.NewError(py.TypeErrorType, "len() of unsized object")
	})
}

// groupby follows CPython's groupby_next/_grouper_next so that advancing
// the outer iterator invalidates the previous group.
type groupby struct {
	src, keyfn        py.Value
	tgtkey, currkey   py.Value
	currvalue         py.Value
	currgrouper       *iterator
	exhausted         bool
	haveCurr, haveTgt bool
}

func (g *groupby) step(th *py.Thread) (bool, error) {
	v, err := py.Next(th, g.src)
	if err != nil || v == nil {
		return false, err
	}
	k := v
	if g.keyfn != nil {
		if k, err = py.Call(th, g.keyfn, []py.Value{v}, nil); err != nil {
			return false, err
		}
	}
	g.currvalue, g.currkey, g.haveCurr = v, k, true
	return true, nil
}

func (g *groupby) next(th *py.Thread) (py.Value, error) {
	g.currgrouper = nil
	for {
		if !g.haveCurr {
		} else if !g.haveTgt {
			break
		} else {
			eq, err := py.Equal(th, g.tgtkey, g.currkey)
			if err != nil {
				return nil, err
			}
			if !eq {
				break
			}
		}
		ok, err := g.step(th)
		if err != nil || !ok {
			return nil, err
		}
	}
	g.tgtkey, g.haveTgt = g.currkey, true
	tgt := g.tgtkey
	gr := &iterator{t: grouperType}
	gr.next = func(th *py.Thread) (py.Value, error) {
		if g.currgrouper != gr {
			return nil, nil
		}
		if g.currvalue == nil {
			ok, err := g.step(th)
			if err != nil || !ok {
				return nil, err
			}
		}
		eq, err := py.Equal(th, tgt, g.currkey)
		if err != nil || !eq {
			return nil, err
		}
		r := g.currvalue
		g.currvalue = nil
		return r, nil
	}
	g.currgrouper = gr
	return py.NewTuple([]py.Value{g.currkey, gr}), nil
}

func registerCore() {
	py.RegisterModule("_itertools", func(th *py.Thread) (*py.Module, error) {
		m := py.NewModule("_itertools")
		for _, t := range []*py.Type{cycleType, chainType, compressType, dropwhileType, takewhileType,
			filterfalseType, starmapType, accumulateType, zipLongestType, productType, permutationsType,
			combinationsType, cwrType, pairwiseType, groupbyType, countType, repeatType, isliceType} {
			m.Set(t.Name, t)
		}
		return m, nil
	})
}
