package math

import (
	"math/big"

	"github.com/mptest/mptest/refinterp/py"
)

// bigIndex converts v with __index__ to a big.Int (a fresh copy).
func bigIndex(th *py.Thread, v py.Value) (*big.Int, error) {
	i, err := py.Index(th, v)
	if err != nil {
		return nil, err
	}
	b, ok := py.BigIntOf(i)
	if !ok {
		return nil, py.Errorf(py.TypeErrorType, "'", py.TypeName(v), "' object cannot be interpreted as an integer")
	}
	return new(big.Int).Set(b), nil
}

var maxSsize = big.NewInt(1<<63 - 1)

func factorialFunc(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
	if err := oneArg("factorial", args, kw); err != nil {
		return nil, err
	}
	n, err := bigIndex(th, args[0])
	if err != nil {
		return nil, err
	}
	if n.Sign() < 0 {
		return nil, py.NewError(py.ValueErrorType, "factorial() not defined for negative values")
	}
	if n.Cmp(maxSsize) > 0 {
		return nil, py.NewError(py.OverflowErrorType, "factorial() argument should not exceed 9223372036854775807")
	}
	k := n.Int64()
	// n! has about n*log2(n) bits; refuse what the heap cannot hold.
	if k > 1<<20 {
		return nil, py.NewError(py.MemoryErrorType, "")
	}
	if err := py.CheckAlloc(int(k) * 2); err != nil {
		return nil, err
	}
	if k < 2 {
		return py.MakeInt(1), nil
	}
	return py.MakeBigInt(new(big.Int).MulRange(1, k)), nil
}

func gcdFunc(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
	if kw.Len() > 0 {
		return nil, py.NewError(py.TypeErrorType, "gcd() takes no keyword arguments")
	}
	g := new(big.Int)
	for _, a := range args {
		n, err := bigIndex(th, a)
		if err != nil {
			return nil, err
		}
		n.Abs(n)
		if g.Sign() == 0 {
			g.Set(n)
		} else if n.Sign() != 0 {
			g.GCD(nil, nil, g, n)
		}
	}
	return py.MakeBigInt(g), nil
}

func lcmFunc(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
	if kw.Len() > 0 {
		return nil, py.NewError(py.TypeErrorType, "lcm() takes no keyword arguments")
	}
	l := big.NewInt(1)
	for _, a := range args {
		n, err := bigIndex(th, a)
		if err != nil {
			return nil, err
		}
		n.Abs(n)
		if n.Sign() == 0 || l.Sign() == 0 {
			l.SetInt64(0)
			continue
		}
		g := new(big.Int).GCD(nil, nil, l, n)
		l.Mul(l, n.Quo(n, g))
	}
	return py.MakeBigInt(l), nil
}

func combPermArgs(th *py.Thread, name string, args []py.Value, kw *py.Kwargs, optionalK bool) (n, k *big.Int, err error) {
	if kw.Len() > 0 {
		return nil, nil, py.NewError(py.TypeErrorType, name+"() takes no keyword arguments")
	}
	if optionalK && (len(args) < 1 || len(args) > 2) {
		if len(args) < 1 {
			return nil, nil, py.NewError(py.TypeErrorType, name+" expected at least 1 argument, got 0")
		}
		return nil, nil, py.NewError(py.TypeErrorType, name+" expected at most 2 arguments, got "+itoa(len(args)))
	}
	if !optionalK && len(args) != 2 {
		return nil, nil, py.NewError(py.TypeErrorType, name+" expected 2 arguments, got "+itoa(len(args)))
	}
	if n, err = bigIndex(th, args[0]); err != nil {
		return nil, nil, err
	}
	if len(args) == 1 || args[1] == py.None {
		k = new(big.Int).Set(n)
	} else if k, err = bigIndex(th, args[1]); err != nil {
		return nil, nil, err
	}
	if n.Sign() < 0 {
		return nil, nil, py.NewError(py.ValueErrorType, "n must be a non-negative integer")
	}
	if k.Sign() < 0 {
		return nil, nil, py.NewError(py.ValueErrorType, "k must be a non-negative integer")
	}
	return n, k, nil
}

func combFunc(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
	n, k, err := combPermArgs(th, "comb", args, kw, false)
	if err != nil {
		return nil, err
	}
	if k.Cmp(n) > 0 {
		return py.MakeInt(0), nil
	}
	nk := new(big.Int).Sub(n, k)
	if nk.Cmp(k) < 0 {
		k = nk
	}
	if !k.IsInt64() || k.Int64() > 1<<24 {
		return nil, py.NewError(py.OverflowErrorType, "min(n - k, k) must not exceed 9223372036854775807")
	}
	r := big.NewInt(1)
	t := new(big.Int)
	kk := k.Int64()
	for i := int64(0); i < kk; i++ {
		t.Sub(n, big.NewInt(i))
		r.Mul(r, t)
		r.Quo(r, big.NewInt(i+1))
	}
	return py.MakeBigInt(r), nil
}

func permFunc(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
	n, k, err := combPermArgs(th, "perm", args, kw, true)
	if err != nil {
		return nil, err
	}
	if k.Cmp(n) > 0 {
		return py.MakeInt(0), nil
	}
	if !k.IsInt64() || k.Int64() > 1<<24 {
		return nil, py.NewError(py.OverflowErrorType, "k must not exceed 9223372036854775807")
	}
	r := big.NewInt(1)
	t := new(big.Int)
	kk := k.Int64()
	for i := int64(0); i < kk; i++ {
		t.Sub(n, big.NewInt(i))
		r.Mul(r, t)
	}
	return py.MakeBigInt(r), nil
}

func isqrtFunc(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
	if err := oneArg("isqrt", args, kw); err != nil {
		return nil, err
	}
	n, err := bigIndex(th, args[0])
	if err != nil {
		return nil, err
	}
	if n.Sign() < 0 {
		return nil, py.NewError(py.ValueErrorType, "isqrt() argument must be nonnegative")
	}
	return py.MakeBigInt(n.Sqrt(n)), nil
}

func prodFunc(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
	if err := py.CheckKwargs("prod", kw, "start"); err != nil {
		return nil, err
	}
	if len(args) != 1 {
		if len(args) == 0 {
			return nil, py.NewError(py.TypeErrorType, "prod() missing required argument 'iterable' (pos 1)")
		}
		return nil, py.NewError(py.TypeErrorType, "prod() takes exactly 1 positional argument ("+itoa(len(args))+" given)")
	}
	var acc py.Value = py.MakeInt(1)
	if s := kw.Get("start"); s != nil {
		acc = s
	}
	err := py.ForEach(th, args[0], func(v py.Value) error {
		r, err := py.Binary(th, py.OpMul, acc, v)
		acc = r
		return err
	})
	if err != nil {
		return nil, err
	}
	return acc, nil
}
