package random

import (
	"math"

	"github.com/mptest/mptest/refinterp/py"
)

func floatArg(th *py.Thread, v py.Value, def float64) (float64, error) {
	if v == nil {
		return def, nil
	}
	return py.FloatOf(th, v)
}

type methodFunc func(th *py.Thread, r *Random, a []py.Value) (py.Value, error)

type methodDef struct {
	name     string
	params   []string
	required int
	fn       methodFunc
}

func randomOf(v py.Value) *Random {
	switch x := v.(type) {
	case *Random:
		return x
	case *py.Instance:
		if r, ok := x.Base.(*Random); ok {
			return r
		}
	}
	return nil
}

var methods = []methodDef{
	{"seed", []string{"a", "version"}, 0, func(th *py.Thread, r *Random, a []py.Value) (py.Value, error) {
		return py.None, r.seed(th, a[0])
	}},
	{"random", nil, 0, func(th *py.Thread, r *Random, a []py.Value) (py.Value, error) {
		return py.MakeFloat(r.mt.float()), nil
	}},
	{"getrandbits", []string{"k"}, 1, func(th *py.Thread, r *Random, a []py.Value) (py.Value, error) {
		k, err := py.AsInt(th, a[0])
		if err != nil {
			return nil, err
		}
		if k < 0 {
			return nil, py.NewError(py.ValueErrorType, "number of bits must be non-negative")
		}
		if k == 0 {
			return py.MakeInt(0), nil
		}
		if err := py.CheckAlloc(k / 8); err != nil {
			return nil, err
		}
		return toValue(r.getrandbits(k)), nil
	}},
	{"randrange", []string{"start", "stop", "step"}, 1, func(th *py.Thread, r *Random, a []py.Value) (py.Value, error) {
		return r.randrange(th, a[0], a[1], a[2])
	}},
	{"randint", []string{"a", "b"}, 2, func(th *py.Thread, r *Random, a []py.Value) (py.Value, error) {
		b1, err := py.Binary(th, py.OpAdd, a[1], py.MakeInt(1))
		if err != nil {
			return nil, err
		}
		return r.randrange(th, a[0], b1, nil)
	}},
	{"choice", []string{"seq"}, 1, func(th *py.Thread, r *Random, a []py.Value) (py.Value, error) {
		n, err := py.Len(th, a[0])
		if err != nil {
			return nil, err
		}
		if n == 0 {
			return nil, py.NewError(py.IndexErrorType, "Cannot choose from an empty sequence")
		}
		return py.GetItem(th, a[0], py.MakeInt(int64(r.randbelowInt(n))))
	}},
	{"shuffle", []string{"x"}, 1, func(th *py.Thread, r *Random, a []py.Value) (py.Value, error) {
		n, err := py.Len(th, a[0])
		if err != nil {
			return nil, err
		}
		for i := n - 1; i > 0; i-- {
			j := r.randbelowInt(i + 1)
			xi, err := py.GetItem(th, a[0], py.MakeInt(int64(i)))
			if err != nil {
				return nil, err
			}
			xj, err := py.GetItem(th, a[0], py.MakeInt(int64(j)))
			if err != nil {
				return nil, err
			}
			if err := py.SetItem(th, a[0], py.MakeInt(int64(i)), xj); err != nil {
				return nil, err
			}
			if err := py.SetItem(th, a[0], py.MakeInt(int64(j)), xi); err != nil {
				return nil, err
			}
		}
		return py.None, nil
	}},
	{"uniform", []string{"a", "b"}, 2, func(th *py.Thread, r *Random, a []py.Value) (py.Value, error) {
		lo, err := py.FloatOf(th, a[0])
		if err != nil {
			return nil, err
		}
		hi, err := py.FloatOf(th, a[1])
		if err != nil {
			return nil, err
		}
		return py.MakeFloat(lo + (hi-lo)*r.mt.float()), nil
	}},
	{"triangular", []string{"low", "high", "mode"}, 0, func(th *py.Thread, r *Random, a []py.Value) (py.Value, error) {
		low, err := floatArg(th, a[0], 0)
		if err != nil {
			return nil, err
		}
		high, err := floatArg(th, a[1], 1)
		if err != nil {
			return nil, err
		}
		u := r.mt.float()
		c := 0.5
		if a[2] != nil && a[2] != py.None {
			mode, err := py.FloatOf(th, a[2])
			if err != nil {
				return nil, err
			}
			if high == low {
				return py.MakeFloat(low), nil
			}
			c = (mode - low) / (high - low)
		}
		if u > c {
			u, c, low, high = 1-u, 1-c, high, low
		}
		return py.MakeFloat(low + (high-low)*math.Sqrt(u*c)), nil
	}},
	{"gauss", []string{"mu", "sigma"}, 0, func(th *py.Thread, r *Random, a []py.Value) (py.Value, error) {
		mu, err := floatArg(th, a[0], 0)
		if err != nil {
			return nil, err
		}
		sigma, err := floatArg(th, a[1], 1)
		if err != nil {
			return nil, err
		}
		return py.MakeFloat(r.gauss(mu, sigma)), nil
	}},
	{"normalvariate", []string{"mu", "sigma"}, 0, func(th *py.Thread, r *Random, a []py.Value) (py.Value, error) {
		mu, err := floatArg(th, a[0], 0)
		if err != nil {
			return nil, err
		}
		sigma, err := floatArg(th, a[1], 1)
		if err != nil {
			return nil, err
		}
		return py.MakeFloat(r.normalvariate(mu, sigma)), nil
	}},
	{"lognormvariate", []string{"mu", "sigma"}, 2, func(th *py.Thread, r *Random, a []py.Value) (py.Value, error) {
		mu, err := floatArg(th, a[0], 0)
		if err != nil {
			return nil, err
		}
		sigma, err := floatArg(th, a[1], 1)
		if err != nil {
			return nil, err
		}
		return py.MakeFloat(py.LibmExp(r.normalvariate(mu, sigma))), nil
	}},
	{"expovariate", []string{"lambd"}, 0, func(th *py.Thread, r *Random, a []py.Value) (py.Value, error) {
		l, err := floatArg(th, a[0], 1)
		if err != nil {
			return nil, err
		}
		if l == 0 {
			return nil, py.NewError(py.ZeroDivisionErrorType, "float division by zero")
		}
		return py.MakeFloat(-py.LibmLog(1.0-r.mt.float()) / l), nil
	}},
	{"gammavariate", []string{"alpha", "beta"}, 2, gammavariate},
	{"betavariate", []string{"alpha", "beta"}, 2, betavariate},
	{"paretovariate", []string{"alpha"}, 1, paretovariate},
	{"weibullvariate", []string{"alpha", "beta"}, 2, weibullvariate},
	{"vonmisesvariate", []string{"mu", "kappa"}, 2, vonmisesvariate},
	{"randbytes", []string{"n"}, 1, randbytes},
	{"sample", []string{"population", "k", "counts"}, 2, sample},
	{"choices", []string{"population", "weights", "cum_weights", "k"}, 1, choices},
	{"getstate", nil, 0, func(th *py.Thread, r *Random, a []py.Value) (py.Value, error) {
		st := make([]py.Value, 625)
		for i, w := range r.mt.state {
			st[i] = py.MakeInt(int64(w))
		}
		st[624] = py.MakeInt(int64(r.mt.index))
		g := r.gaussNext
		if g == nil {
			g = py.None
		}
		return py.NewTuple([]py.Value{py.MakeInt(3), py.NewTuple(st), g}), nil
	}},
	{"setstate", []string{"state"}, 1, func(th *py.Thread, r *Random, a []py.Value) (py.Value, error) {
		t, ok := a[0].(py.Tuple)
		if !ok || len(t) != 3 {
			return nil, py.NewError(py.TypeErrorType, "state vector must be a tuple")
		}
		st, ok := t[1].(py.Tuple)
		if !ok || len(st) != 625 {
			return nil, py.NewError(py.ValueErrorType, "state vector is the wrong size")
		}
		for i := 0; i < 624; i++ {
			n, err := py.AsInt(th, st[i])
			if err != nil {
				return nil, err
			}
			r.mt.state[i] = uint32(n)
		}
		idx, err := py.AsInt(th, st[624])
		if err != nil {
			return nil, err
		}
		if idx < 0 || idx > 624 {
			return nil, py.NewError(py.ValueErrorType, "invalid state")
		}
		r.mt.index = idx
		r.gaussNext = nil
		if t[2] != py.None {
			r.gaussNext = t[2]
		}
		return py.None, nil
	}},
}

func sample(th *py.Thread, r *Random, a []py.Value) (py.Value, error) {
	pop := a[0]
	switch pop.Type() {
	case py.DictType, py.SetType, py.FrozenSetType:
		return nil, py.NewError(py.TypeErrorType, "Population must be a sequence.  For dicts or sets, use sorted(d).")
	}
	if pop.Type().GetItem == nil || pop.Type().Len == nil {
		return nil, py.NewError(py.TypeErrorType, "Population must be a sequence.  For dicts or sets, use sorted(d).")
	}
	if a[2] != nil && a[2] != py.None {
		// counts: sample from the expanded population, as CPython does
		// through cumulative counts and bisect.
		counts, err := py.ToSlice(th, a[2])
		if err != nil {
			return nil, err
		}
		elems, err := py.ToSlice(th, pop)
		if err != nil {
			return nil, err
		}
		if len(counts) != len(elems) {
			return nil, py.NewError(py.ValueErrorType, "The number of counts does not match the population")
		}
		var expanded []py.Value
		for i, c := range counts {
			n, err := py.AsInt(th, c)
			if err != nil {
				return nil, err
			}
			for j := 0; j < n; j++ {
				expanded = append(expanded, elems[i])
			}
		}
		pop = py.NewList(expanded)
	}
	n, err := py.Len(th, pop)
	if err != nil {
		return nil, err
	}
	k, err := py.AsInt(th, a[1])
	if err != nil {
		return nil, err
	}
	if k < 0 || k > n {
		return nil, py.NewError(py.ValueErrorType, "Sample larger than population or is negative")
	}
	result := make([]py.Value, k)
	setsize := 21
	if k > 5 {
		setsize += int(py.LibmPow(4, math.Ceil(py.LibmLog(float64(k*3))/py.LibmLog(4))))
	}
	if n <= setsize {
		pool, err := py.ToSlice(th, pop)
		if err != nil {
			return nil, err
		}
		pool = append([]py.Value(nil), pool...)
		for i := 0; i < k; i++ {
			j := r.randbelowInt(n - i)
			result[i] = pool[j]
			pool[j] = pool[n-i-1]
		}
	} else {
		selected := map[int]bool{}
		for i := 0; i < k; i++ {
			j := r.randbelowInt(n)
			for selected[j] {
				j = r.randbelowInt(n)
			}
			selected[j] = true
			v, err := py.GetItem(th, pop, py.MakeInt(int64(j)))
			if err != nil {
				return nil, err
			}
			result[i] = v
		}
	}
	return py.NewList(result), nil
}

func choices(th *py.Thread, r *Random, a []py.Value) (py.Value, error) {
	pop := a[0]
	n, err := py.Len(th, pop)
	if err != nil {
		return nil, err
	}
	k := 1
	if a[3] != nil {
		if k, err = py.AsInt(th, a[3]); err != nil {
			return nil, err
		}
	}
	var cum []py.Value
	weights, cumW := a[1], a[2]
	if weights == py.None {
		weights = nil
	}
	if cumW == py.None {
		cumW = nil
	}
	out := make([]py.Value, 0, max(k, 0))
	if cumW == nil {
		if weights == nil {
			for i := 0; i < k; i++ {
				idx := math.Floor(r.mt.float() * float64(n))
				v, err := py.GetItem(th, pop, py.MakeInt(int64(idx)))
				if err != nil {
					return nil, err
				}
				out = append(out, v)
			}
			return py.NewList(out), nil
		}
		var acc py.Value
		err := py.ForEach(th, weights, func(w py.Value) error {
			if acc == nil {
				acc = w
			} else {
				s, err := py.Binary(th, py.OpAdd, acc, w)
				if err != nil {
					return err
				}
				acc = s
			}
			cum = append(cum, acc)
			return nil
		})
		if err != nil {
			return nil, err
		}
	} else {
		if weights != nil {
			return nil, py.NewError(py.TypeErrorType, "Cannot specify both weights and cumulative weights")
		}
		if cum, err = py.ToSlice(th, cumW); err != nil {
			return nil, err
		}
	}
	if len(cum) != n {
		return nil, py.NewError(py.ValueErrorType, "The number of weights does not match the population")
	}
	if n == 0 {
		return nil, py.NewError(py.IndexErrorType, "list index out of range")
	}
	total, err := py.FloatOf(th, cum[n-1])
	if err != nil {
		return nil, err
	}
	if total <= 0 {
		return nil, py.NewError(py.ValueErrorType, "Total of weights must be greater than zero")
	}
	if math.IsInf(total, 0) || math.IsNaN(total) {
		return nil, py.NewError(py.ValueErrorType, "Total of weights must be finite")
	}
	for i := 0; i < k; i++ {
		x := py.MakeFloat(r.mt.float() * total)
		lo, hi := 0, n-1
		for lo < hi {
			mid := (lo + hi) / 2
			less, err := py.Less(th, x, cum[mid])
			if err != nil {
				return nil, err
			}
			if less {
				hi = mid
			} else {
				lo = mid + 1
			}
		}
		v, err := py.GetItem(th, pop, py.MakeInt(int64(lo)))
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return py.NewList(out), nil
}

func initType() {
	t := RandomType
	t.Module = "random"
	t.Flags |= py.FlagBaseType
	t.New = func(th *py.Thread, cls *py.Type, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		return &Random{}, nil
	}
	t.Init = func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) error {
		r := randomOf(self)
		if r == nil {
			return nil
		}
		var a py.Value
		if len(args) > 0 {
			a = args[0]
		}
		return r.seed(th, a)
	}
	for _, m := range methods {
		m := m
		t.AddMethod(m.name, func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
			a, err := py.BindArgs(py.PythonArgs, "Random."+m.name, args, kw, m.params, m.required, 1)
			if err != nil {
				return nil, err
			}
			return m.fn(th, randomOf(self), a)
		})
	}
}

func newModule(th *py.Thread) (*py.Module, error) {
	m := py.NewModule("random")
	m.Set("Random", RandomType)
	r := &Random{}
	r.seedRandom()
	for _, md := range methods {
		md := md
		m.AddFunc(md.name, func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
			a, err := py.BindArgs(py.PythonArgs, "Random."+md.name, args, kw, md.params, md.required, 1)
			if err != nil {
				return nil, err
			}
			return md.fn(th, r, a)
		})
	}
	return m, nil
}
