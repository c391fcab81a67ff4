// Package math implements Python's math module for refinterp, following
// CPython 3.11: the same functions and constants, "math domain error" and
// "math range error" exactly where CPython raises them, exact fsum and
// hypot, and logarithms of ints too large for a float.
package math

import (
	gomath "math"
	"math/big"

	"github.com/mptest/mptest/refinterp/py"
)

func init() {
	py.RegisterModule("math", newModule)
	// float ** float and complex ** in the core round like glibc too.
	py.LibmPow = libmPow
	py.LibmCos, py.LibmSin = preciseCos, preciseSin
	py.LibmAtan2, py.LibmExp, py.LibmLog = preciseAtan2, preciseExp, preciseLog
	py.LibmHypot = Hypot
}

var (
	errDomain = func() error { return py.NewError(py.ValueErrorType, "math domain error") }
	errRange  = func() error { return py.NewError(py.OverflowErrorType, "math range error") }
)

// math1 wraps a libm-style function with CPython's math_1 error rules: a
// NaN from a non-NaN argument is a domain error; an infinity from a finite
// argument is a range error if the function can overflow, else a domain
// error.
func math1(name string, f func(float64) float64, canOverflow bool) py.BuiltinFunc {
	return func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if err := oneArg(name, args, kw); err != nil {
			return nil, err
		}
		x, err := py.FloatOf(th, args[0])
		if err != nil {
			return nil, err
		}
		r := f(x)
		if gomath.IsNaN(r) && !gomath.IsNaN(x) {
			return nil, errDomain()
		}
		if gomath.IsInf(r, 0) && !gomath.IsInf(x, 0) && !gomath.IsNaN(x) {
			if canOverflow {
				return nil, errRange()
			}
			return nil, errDomain()
		}
		return py.MakeFloat(r), nil
	}
}

// math2 is math1 for two-argument functions (CPython's math_2).
func math2(name string, f func(x, y float64) float64, canOverflow bool) py.BuiltinFunc {
	return func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if err := nArgs(name, 2, args, kw); err != nil {
			return nil, err
		}
		x, err := py.FloatOf(th, args[0])
		if err != nil {
			return nil, err
		}
		y, err := py.FloatOf(th, args[1])
		if err != nil {
			return nil, err
		}
		r := f(x, y)
		if gomath.IsNaN(r) && !gomath.IsNaN(x) && !gomath.IsNaN(y) {
			return nil, errDomain()
		}
		if gomath.IsInf(r, 0) && isFinite(x) && isFinite(y) {
			if canOverflow {
				return nil, errRange()
			}
			return nil, errDomain()
		}
		return py.MakeFloat(r), nil
	}
}

// libmPow is C's pow with glibc's rounding, for float ** in the core.
func libmPow(x, y float64) float64 {
	if y == 0 || x == 1 {
		return 1
	}
	if r, ok := fastPowSigned(x, y); ok {
		return r
	}
	return precisePow(x, y, gomath.Pow(x, y))
}

func isFinite(x float64) bool { return !gomath.IsInf(x, 0) && !gomath.IsNaN(x) }

func newModule(th *py.Thread) (*py.Module, error) {
	m := py.NewModule("math")
	m.Set("pi", py.MakeFloat(gomath.Pi))
	m.Set("e", py.MakeFloat(gomath.E))
	m.Set("tau", py.MakeFloat(2*gomath.Pi))
	m.Set("inf", py.MakeFloat(gomath.Inf(1)))
	m.Set("nan", py.MakeFloat(gomath.Float64frombits(0x7ff8000000000000))) // CPython's quiet NaN bits

	for _, f := range []struct {
		name string
		fn   func(float64) float64
		ovf  bool
	}{
		{"acos", preciseAcos, false},
		{"acosh", fdlibmAcosh, false},
		{"asin", preciseAsin, false},
		{"asinh", fdlibmAsinh, false},
		{"atan", preciseAtan, false},
		{"atanh", atanh, false},
		{"cbrt", glibcCbrt, false},
		{"cos", preciseCos, false},
		{"cosh", fdlibmCosh, true},
		{"erf", gomath.Erf, false},
		{"erfc", gomath.Erfc, false},
		{"exp", preciseExp, true},
		{"exp2", preciseExp2, true},
		{"expm1", gomath.Expm1, true},
		{"fabs", gomath.Abs, false},
		{"log1p", func(x float64) float64 {
			if x == -1 {
				return gomath.NaN()
			}
			return gomath.Log1p(x) // fdlibm's, as glibc's
		}, false},
		{"sin", preciseSin, false},
		{"sinh", fdlibmSinh, true},
		{"sqrt", gomath.Sqrt, false},
		{"tan", preciseTan, false},
		{"tanh", fdlibmTanh, false},
		{"degrees", func(x float64) float64 { return x * (180 / gomath.Pi) }, true},
		{"radians", func(x float64) float64 { return x * (gomath.Pi / 180) }, false},
	} {
		m.AddFunc(f.name, math1(f.name, f.fn, f.ovf))
	}
	m.AddFunc("gamma", gammaFunc)
	m.AddFunc("lgamma", lgammaFunc)
	m.AddFunc("atan2", math2("atan2", preciseAtan2, false))
	m.AddFunc("copysign", math2("copysign", gomath.Copysign, false))
	m.AddFunc("fmod", math2("fmod", fmod, false))
	m.AddFunc("remainder", math2("remainder", remainder, false))
	m.AddFunc("pow", powFunc)
	m.AddFunc("nextafter", math2("nextafter", func(x, y float64) float64 {
		if x == y {
			return y
		}
		return gomath.Nextafter(x, y)
	}, false))
	m.AddFunc("ulp", math1("ulp", ulp, false))

	m.AddFunc("floor", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		return rounding(th, "floor", "__floor__", gomath.Floor, args, kw)
	})
	m.AddFunc("ceil", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		return rounding(th, "ceil", "__ceil__", gomath.Ceil, args, kw)
	})
	m.AddFunc("trunc", truncFunc)
	m.AddFunc("modf", modfFunc)
	m.AddFunc("frexp", frexpFunc)
	m.AddFunc("ldexp", ldexpFunc)
	m.AddFunc("isfinite", classify("isfinite", isFinite))
	m.AddFunc("isinf", classify("isinf", func(x float64) bool { return gomath.IsInf(x, 0) }))
	m.AddFunc("isnan", classify("isnan", gomath.IsNaN))
	m.AddFunc("isclose", iscloseFunc)
	m.AddFunc("log", logFunc)
	m.AddFunc("log2", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if err := oneArg("log2", args, kw); err != nil {
			return nil, err
		}
		r, err := logHelper(th, args[0], preciseLog2)
		if err != nil {
			return nil, err
		}
		return py.MakeFloat(r), nil
	})
	m.AddFunc("log10", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if err := oneArg("log10", args, kw); err != nil {
			return nil, err
		}
		r, err := logHelper(th, args[0], fdlibmLog10)
		if err != nil {
			return nil, err
		}
		return py.MakeFloat(r), nil
	})
	m.AddFunc("fsum", fsumFunc)
	m.AddFunc("hypot", hypotFunc)
	m.AddFunc("dist", distFunc)
	m.AddFunc("factorial", factorialFunc)
	m.AddFunc("gcd", gcdFunc)
	m.AddFunc("lcm", lcmFunc)
	m.AddFunc("comb", combFunc)
	m.AddFunc("perm", permFunc)
	m.AddFunc("isqrt", isqrtFunc)
	m.AddFunc("prod", prodFunc)
	return m, nil
}

// logE is the natural logarithm, scaling subnormal arguments first (Go's
// assembly Log on some platforms mishandles them).
func logE(x float64) float64 {
	if x > 0 && x < 2.2250738585072014e-308 {
		return gomath.Log(x*(1<<54)) - 54*gomath.Ln2
	}
	return gomath.Log(x)
}

// log10 returns exact results for exact powers of ten, as C's log10 does.
func log10(x float64) float64 {
	if x > 0 && x < 2.2250738585072014e-308 {
		return logE(x) / gomath.Ln10
	}
	r := gomath.Log10(x)
	if n := gomath.Round(r); n == r || (gomath.Abs(n-r) < 1e-9 && n >= -300 && n <= 300 && gomath.Pow(10, n) == x) {
		return n
	}
	return r
}

func atanh(x float64) float64 {
	if x == 1 || x == -1 {
		return gomath.NaN()
	}
	return gomath.Atanh(x)
}

func fmod(x, y float64) float64 {
	if gomath.IsInf(y, 0) && isFinite(x) {
		return x
	}
	return gomath.Mod(x, y)
}

func remainder(x, y float64) float64 {
	if gomath.IsNaN(x) || gomath.IsNaN(y) {
		return gomath.NaN()
	}
	if gomath.IsInf(x, 0) || y == 0 {
		return gomath.NaN()
	}
	if gomath.IsInf(y, 0) {
		return x
	}
	return gomath.Remainder(x, y)
}

func ulp(x float64) float64 {
	if gomath.IsNaN(x) {
		return x
	}
	x = gomath.Abs(x)
	if gomath.IsInf(x, 0) {
		return x
	}
	x2 := gomath.Nextafter(x, gomath.Inf(1))
	if gomath.IsInf(x2, 0) {
		return x - gomath.Nextafter(x, gomath.Inf(-1))
	}
	return x2 - x
}

func gammaFunc(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
	if err := oneArg("gamma", args, kw); err != nil {
		return nil, err
	}
	x, err := py.FloatOf(th, args[0])
	if err != nil {
		return nil, err
	}
	if gomath.IsNaN(x) || gomath.IsInf(x, 1) {
		return py.MakeFloat(x), nil
	}
	if gomath.IsInf(x, -1) || (x == gomath.Floor(x) && x <= 0) {
		return nil, errDomain()
	}
	r := gomath.Gamma(x)
	if gomath.IsInf(r, 0) {
		return nil, errRange()
	}
	return py.MakeFloat(r), nil
}

func lgammaFunc(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
	if err := oneArg("lgamma", args, kw); err != nil {
		return nil, err
	}
	x, err := py.FloatOf(th, args[0])
	if err != nil {
		return nil, err
	}
	if gomath.IsNaN(x) {
		return py.MakeFloat(x), nil
	}
	if gomath.IsInf(x, 0) {
		return py.MakeFloat(gomath.Inf(1)), nil
	}
	if x == gomath.Floor(x) && x <= 2 {
		if x <= 0 {
			return nil, errDomain()
		}
		return py.MakeFloat(0), nil
	}
	var r float64
	if a := gomath.Abs(x); a < 1e-300 {
		r = -logE(a)
	} else if g := gomath.Gamma(x); a < 170 && g != 0 && !gomath.IsInf(g, 0) {
		r = gomath.Log(gomath.Abs(g))
	} else {
		r, _ = gomath.Lgamma(x)
	}
	if gomath.IsInf(r, 0) {
		return nil, errRange()
	}
	return py.MakeFloat(r), nil
}

func powFunc(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
	if err := nArgs("pow", 2, args, kw); err != nil {
		return nil, err
	}
	x, err := py.FloatOf(th, args[0])
	if err != nil {
		return nil, err
	}
	y, err := py.FloatOf(th, args[1])
	if err != nil {
		return nil, err
	}
	// C99 special cases (Go agrees except where noted).
	if y == 0 || x == 1 {
		return py.MakeFloat(1), nil
	}
	r, ok := fastPowSigned(x, y)
	if !ok {
		r = precisePow(x, y, gomath.Pow(x, y))
	}
	if isFinite(x) && isFinite(y) {
		if gomath.IsNaN(r) {
			return nil, errDomain()
		}
		if gomath.IsInf(r, 0) {
			if x == 0 {
				return nil, errDomain()
			}
			return nil, errRange()
		}
	}
	return py.MakeFloat(r), nil
}

// floatToInt converts a float to a Python int with CPython's errors.
func floatToInt(f float64) (py.Value, error) {
	if gomath.IsNaN(f) {
		return nil, py.NewError(py.ValueErrorType, "cannot convert float NaN to integer")
	}
	if gomath.IsInf(f, 0) {
		return nil, py.NewError(py.OverflowErrorType, "cannot convert float infinity to integer")
	}
	if f > -9.2e18 && f < 9.2e18 {
		return py.MakeInt(int64(f)), nil
	}
	b, _ := new(big.Float).SetFloat64(f).Int(nil)
	return py.MakeBigInt(b), nil
}

// special returns the type's dunder method bound to v, if the value is an
// instance of a Python class defining it.
func special(th *py.Thread, v py.Value, name string) (py.Value, bool) {
	if _, ok := v.(*py.Instance); !ok {
		return nil, false
	}
	if v.Type().Lookup(name) == nil {
		return nil, false
	}
	return py.GetAttrNoErr(th, v, name)
}

func rounding(th *py.Thread, name, dunder string, f func(float64) float64, args []py.Value, kw *py.Kwargs) (py.Value, error) {
	if err := oneArg(name, args, kw); err != nil {
		return nil, err
	}
	v := args[0]
	switch x := v.(type) {
	case py.Float:
		return floatToInt(f(float64(x)))
	case py.Int, *py.BigInt:
		return v, nil
	case py.Bool:
		if x {
			return py.MakeInt(1), nil
		}
		return py.MakeInt(0), nil
	}
	if m, ok := special(th, v, dunder); ok {
		return py.Call(th, m, nil, nil)
	}
	x, err := py.FloatOf(th, v)
	if err != nil {
		return nil, err
	}
	return floatToInt(f(x))
}

func truncFunc(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
	if err := oneArg("trunc", args, kw); err != nil {
		return nil, err
	}
	v := args[0]
	switch x := v.(type) {
	case py.Float:
		return floatToInt(gomath.Trunc(float64(x)))
	case py.Int, *py.BigInt:
		return v, nil
	case py.Bool:
		if x {
			return py.MakeInt(1), nil
		}
		return py.MakeInt(0), nil
	}
	if m, ok := special(th, v, "__trunc__"); ok {
		return py.Call(th, m, nil, nil)
	}
	return nil, py.Errorf(py.TypeErrorType, "type ", py.TypeName(v), " doesn't define __trunc__ method")
}

func modfFunc(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
	if err := oneArg("modf", args, kw); err != nil {
		return nil, err
	}
	x, err := py.FloatOf(th, args[0])
	if err != nil {
		return nil, err
	}
	if gomath.IsInf(x, 0) {
		return py.NewTuple([]py.Value{py.MakeFloat(gomath.Copysign(0, x)), py.MakeFloat(x)}), nil
	}
	i, f := gomath.Modf(x)
	return py.NewTuple([]py.Value{py.MakeFloat(f), py.MakeFloat(i)}), nil
}

func frexpFunc(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
	if err := oneArg("frexp", args, kw); err != nil {
		return nil, err
	}
	x, err := py.FloatOf(th, args[0])
	if err != nil {
		return nil, err
	}
	if gomath.IsNaN(x) || gomath.IsInf(x, 0) || x == 0 {
		return py.NewTuple([]py.Value{py.MakeFloat(x), py.MakeInt(0)}), nil
	}
	m, e := gomath.Frexp(x)
	return py.NewTuple([]py.Value{py.MakeFloat(m), py.MakeInt(int64(e))}), nil
}

func ldexpFunc(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
	if err := nArgs("ldexp", 2, args, kw); err != nil {
		return nil, err
	}
	x, err := py.FloatOf(th, args[0])
	if err != nil {
		return nil, err
	}
	var e int64
	switch n := args[1].(type) {
	case py.Int:
		e = int64(n)
	case py.Bool:
		if n {
			e = 1
		}
	case *py.BigInt:
		if n.V.Sign() > 0 {
			e = 1 << 40
		} else {
			e = -(1 << 40)
		}
	default:
		return nil, py.NewError(py.TypeErrorType, "Expected an int as second argument to ldexp.")
	}
	if x == 0 || !isFinite(x) {
		return py.MakeFloat(x), nil
	}
	if e > 100000 {
		return nil, errRange()
	}
	if e < -100000 {
		return py.MakeFloat(gomath.Copysign(0, x)), nil
	}
	r := gomath.Ldexp(x, int(e))
	if gomath.IsInf(r, 0) {
		return nil, errRange()
	}
	return py.MakeFloat(r), nil
}

func classify(name string, f func(float64) bool) py.BuiltinFunc {
	return func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if err := oneArg(name, args, kw); err != nil {
			return nil, err
		}
		x, err := py.FloatOf(th, args[0])
		if err != nil {
			return nil, err
		}
		return py.MakeBool(f(x)), nil
	}
}

func iscloseFunc(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
	if err := py.CheckKwargs("isclose", kw, "a", "b", "rel_tol", "abs_tol"); err != nil {
		return nil, err
	}
	all := make([]py.Value, 2)
	copy(all, args)
	if len(args) > 2 {
		return nil, py.NewError(py.TypeErrorType, "isclose() takes exactly 2 positional arguments ("+itoa(len(args))+" given)")
	}
	for i, n := range []string{"a", "b"} {
		if v := kw.Get(n); v != nil {
			all[i] = v
		}
		if all[i] == nil {
			return nil, py.NewError(py.TypeErrorType, "isclose() missing required argument '"+n+"' (pos "+itoa(i+1)+")")
		}
	}
	a, err := py.FloatOf(th, all[0])
	if err != nil {
		return nil, err
	}
	b, err := py.FloatOf(th, all[1])
	if err != nil {
		return nil, err
	}
	rel, abs := 1e-9, 0.0
	if v := kw.Get("rel_tol"); v != nil {
		if rel, err = py.FloatOf(th, v); err != nil {
			return nil, err
		}
	}
	if v := kw.Get("abs_tol"); v != nil {
		if abs, err = py.FloatOf(th, v); err != nil {
			return nil, err
		}
	}
	if rel < 0 || abs < 0 {
		return nil, py.NewError(py.ValueErrorType, "tolerances must be non-negative")
	}
	if a == b {
		return py.True, nil
	}
	if gomath.IsInf(a, 0) || gomath.IsInf(b, 0) {
		return py.False, nil
	}
	diff := gomath.Abs(b - a)
	return py.MakeBool(diff <= gomath.Abs(rel*b) || diff <= gomath.Abs(rel*a) || diff <= abs), nil
}

// logHelper computes f(x) for an int or float x, handling ints too large
// for a float as CPython does: f(m) + f(2)*e with x = m * 2**e.
func logHelper(th *py.Thread, v py.Value, f func(float64) float64) (float64, error) {
	if b, ok := v.(*py.BigInt); ok {
		if b.V.Sign() <= 0 {
			return 0, errDomain()
		}
		n := b.V.BitLen()
		if n > 1000 {
			shift := uint(n - 60)
			top := new(big.Int).Rsh(b.V, shift)
			m := float64(top.Uint64()) / (1 << 60)
			return f(m) + f(2)*float64(n), nil
		}
	}
	x, err := py.FloatOf(th, v)
	if err != nil {
		return 0, err
	}
	if gomath.IsNaN(x) {
		return x, nil
	}
	if x <= 0 {
		return 0, errDomain()
	}
	return f(x), nil
}

func logFunc(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
	if kw.Len() > 0 {
		return nil, py.NewError(py.TypeErrorType, "log() takes no keyword arguments")
	}
	if len(args) < 1 || len(args) > 2 {
		return nil, py.NewError(py.TypeErrorType, "math.log requires 1 to 2 arguments")
	}
	num, err := logHelper(th, args[0], preciseLog)
	if err != nil {
		return nil, err
	}
	if len(args) == 2 {
		den, err := logHelper(th, args[1], preciseLog)
		if err != nil {
			return nil, err
		}
		if den == 0 {
			return nil, py.NewError(py.ZeroDivisionErrorType, "float division by zero")
		}
		num /= den
	}
	return py.MakeFloat(num), nil
}

// fsumFunc returns the correctly rounded sum, as CPython's: a
// double-double sum when its error bound decides the rounding, else an
// exact sum in a wide big.Float rounded once.
func fsumFunc(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
	if err := oneArg("fsum", args, kw); err != nil {
		return nil, err
	}
	var special float64
	var nan, posInf, negInf bool
	var xs []float64
	sum, abs := dd{}, 0.0
	err := py.ForEach(th, args[0], func(v py.Value) error {
		x, err := py.FloatOf(th, v)
		if err != nil {
			return err
		}
		switch {
		case gomath.IsNaN(x):
			nan = true
		case gomath.IsInf(x, 1):
			posInf = true
		case gomath.IsInf(x, -1):
			negInf = true
		default:
			xs = append(xs, x)
			s, e := twoSum(sum.hi, x)
			if gomath.IsInf(s, 0) {
				// CPython raises as soon as its running sum overflows
				return py.NewError(py.OverflowErrorType, "intermediate overflow in fsum")
			}
			e += sum.lo
			sum.hi, sum.lo = fastTwoSum(s, e)
			abs += gomath.Abs(x)
			return nil
		}
		// CPython restarts its running sum after an infinity or a NaN
		sum = dd{}
		return nil
	})
	if err != nil {
		return nil, err
	}
	switch {
	case posInf && negInf:
		return nil, py.NewError(py.ValueErrorType, "-inf + inf in fsum")
	case nan:
		special = gomath.NaN()
	case posInf:
		special = gomath.Inf(1)
	case negInf:
		special = gomath.Inf(-1)
	default:
		// each addition errs by at most 2**-104 of the running sum
		if r, ok := roundDD(sum, float64(len(xs)+1)*0x1p-104*abs); ok && abs <= gomath.MaxFloat64 {
			return py.MakeFloat(r), nil
		}
		b := new(big.Float).SetPrec(2300)
		tmp := new(big.Float)
		for _, x := range xs {
			b.Add(b, tmp.SetFloat64(x))
		}
		r, _ := b.Float64()
		if gomath.IsInf(r, 0) {
			return nil, py.NewError(py.OverflowErrorType, "intermediate overflow in fsum")
		}
		return py.MakeFloat(r), nil
	}
	return py.MakeFloat(special), nil
}

// norm returns the correctly rounded Euclidean norm of xs.
func norm(xs []float64) float64 {
	var nan bool
	for _, x := range xs {
		if gomath.IsInf(x, 0) {
			return gomath.Inf(1)
		}
		if gomath.IsNaN(x) {
			nan = true
		}
	}
	if nan {
		return gomath.NaN()
	}
	if len(xs) == 1 {
		return gomath.Abs(xs[0])
	}
	if r, ok := fastNorm(xs); ok {
		return r
	}
	sum := new(big.Float).SetPrec(4400)
	sq := new(big.Float).SetPrec(4400)
	for _, x := range xs {
		sq.SetFloat64(x)
		sq.Mul(sq, sq)
		sum.Add(sum, sq)
	}
	r := new(big.Float).SetPrec(200).Sqrt(sum.SetPrec(4400))
	f, _ := r.Float64()
	return f
}

func hypotFunc(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
	if kw.Len() > 0 {
		return nil, py.NewError(py.TypeErrorType, "hypot() takes no keyword arguments")
	}
	xs := make([]float64, len(args))
	for i, a := range args {
		x, err := py.FloatOf(th, a)
		if err != nil {
			return nil, err
		}
		xs[i] = x
	}
	if len(xs) == 0 {
		return py.MakeFloat(0), nil
	}
	return py.MakeFloat(norm(xs)), nil
}

func distFunc(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
	if err := nArgs("dist", 2, args, kw); err != nil {
		return nil, err
	}
	var pts [2][]py.Value
	for i := range pts {
		switch s := args[i].(type) {
		case py.Tuple:
			pts[i] = s
		default:
			elems, err := py.ToSlice(th, args[i])
			if err != nil {
				return nil, err
			}
			pts[i] = elems
		}
	}
	if len(pts[0]) != len(pts[1]) {
		return nil, py.NewError(py.ValueErrorType, "both points must have the same number of dimensions")
	}
	xs := make([]float64, len(pts[0]))
	for i := range xs {
		a, err := py.FloatOf(th, pts[0][i])
		if err != nil {
			return nil, err
		}
		b, err := py.FloatOf(th, pts[1][i])
		if err != nil {
			return nil, err
		}
		xs[i] = a - b
	}
	if len(xs) == 0 {
		return py.MakeFloat(0), nil
	}
	return py.MakeFloat(norm(xs)), nil
}

func itoa(i int) string {
	return big.NewInt(int64(i)).String()
}
