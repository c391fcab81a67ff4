// Package cmath implements Python's cmath module for refinterp: the
// elementary functions (with CPython's "math domain error" and "math
// range error"), phase, polar, rect, isclose, the classification
// functions and the constants. Finite arguments go through CPython's own
// formulas (cmathmodule.c) over real functions rounded like glibc's (see
// package math), so results match CPython's digits in nearly all cases;
// infinities and NaNs use Go's math/cmplx, whose special values can
// differ from CPython's tables (signed zeros, NaN signs).
package cmath

import (
	"math"
	"math/cmplx"
	"strconv"

	rmath "github.com/mptest/mptest/refinterp/modules/math"
	"github.com/mptest/mptest/refinterp/py"
)

func init() { py.RegisterModule("cmath", newModule) }

// toComplex converts a complex, a real number, or an object with
// __complex__ or __float__.
func toComplex(th *py.Thread, v py.Value) (complex128, error) {
	switch x := v.(type) {
	case py.Complex:
		return complex128(x), nil
	case py.Float:
		return complex(float64(x), 0), nil
	}
	if in, ok := v.(*py.Instance); ok {
		if c, ok := in.Base.(py.Complex); ok {
			return complex128(c), nil
		}
		if in.Type().Lookup("__complex__") != nil {
			r, err := py.CallMethod(th, v, "__complex__")
			if err != nil {
				return 0, err
			}
			if c, ok := r.(py.Complex); ok {
				return complex128(c), nil
			}
			return 0, py.Errorf(py.TypeErrorType, "__complex__ returned non-complex (type ", py.TypeName(r), ")")
		}
	}
	f, err := py.FloatOf(th, v)
	if err != nil {
		return 0, py.Errorf(py.TypeErrorType, "must be real number, not ", py.TypeName(v))
	}
	return complex(f, 0), nil
}

func finite(z complex128) bool {
	return !math.IsInf(real(z), 0) && !math.IsNaN(real(z)) && !math.IsInf(imag(z), 0) && !math.IsNaN(imag(z))
}

func domain() error { return py.NewError(py.ValueErrorType, "math domain error") }

func oneArg(name string, args []py.Value, kw *py.Kwargs) error {
	if kw.Len() > 0 {
		return py.Errorf(py.TypeErrorType, name, "() takes no keyword arguments")
	}
	if len(args) != 1 {
		return py.Errorf(py.TypeErrorType, "cmath.", name, "() takes exactly one argument (", strconv.Itoa(len(args)), " given)")
	}
	return nil
}

// fn1 wraps a complex function: a non-finite result from a finite
// argument is a range error if the function can overflow, else a domain
// error.
func fn1(name string, f func(complex128) complex128, canOverflow bool) py.BuiltinFunc {
	return func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if err := oneArg(name, args, kw); err != nil {
			return nil, err
		}
		z, err := toComplex(th, args[0])
		if err != nil {
			return nil, err
		}
		r := f(z)
		if finite(z) && !finite(r) {
			if canOverflow && !cmplx.IsNaN(r) {
				return nil, py.NewError(py.OverflowErrorType, "math range error")
			}
			return nil, domain()
		}
		return py.Complex(r), nil
	}
}

func logz(z complex128) complex128 {
	if z == 0 {
		return complex(math.NaN(), 0)
	}
	return cmplx.Log(z)
}

func newModule(th *py.Thread) (*py.Module, error) {
	m := py.NewModule("cmath")
	m.Set("pi", py.MakeFloat(math.Pi))
	m.Set("e", py.MakeFloat(math.E))
	m.Set("tau", py.MakeFloat(2*math.Pi))
	m.Set("inf", py.MakeFloat(math.Inf(1)))
	nan := math.Float64frombits(0x7ff8000000000000)
	m.Set("nan", py.MakeFloat(nan))
	m.Set("infj", py.Complex(complex(0, math.Inf(1))))
	m.Set("nanj", py.Complex(complex(0, nan)))
	for _, f := range []struct {
		name string
		fn   func(complex128) complex128
		ovf  bool
	}{
		{"sqrt", cSqrt, false}, {"exp", cExp, true}, {"log10", func(z complex128) complex128 {
			if z == 0 {
				return complex(math.NaN(), 0)
			}
			return cLog10(z)
		}, false},
		{"sin", cSin, true}, {"cos", cCos, true}, {"tan", cTan, true},
		{"asin", cAsin, false}, {"acos", cAcos, false}, {"atan", func(z complex128) complex128 {
			if z == 1i || z == -1i {
				return complex(math.NaN(), 0)
			}
			return cAtan(z)
		}, false},
		{"sinh", cSinh, true}, {"cosh", cCosh, true}, {"tanh", cTanh, true},
		{"asinh", cAsinh, false}, {"acosh", cAcosh, false}, {"atanh", func(z complex128) complex128 {
			if z == 1 || z == -1 {
				return complex(math.NaN(), 0)
			}
			return cAtanh(z)
		}, false},
	} {
		m.AddFunc(f.name, fn1(f.name, f.fn, f.ovf))
	}
	m.AddFunc("log", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if kw.Len() > 0 || len(args) < 1 || len(args) > 2 {
			return nil, py.Errorf(py.TypeErrorType, "log expected at least 1 argument, got ", strconv.Itoa(len(args)))
		}
		z, err := toComplex(th, args[0])
		if err != nil {
			return nil, err
		}
		if z == 0 {
			return nil, domain()
		}
		r := cLog(z)
		if len(args) == 2 {
			b, err := toComplex(th, args[1])
			if err != nil {
				return nil, err
			}
			if b == 0 {
				return nil, domain()
			}
			d := cLog(b)
			if d == 0 {
				return nil, py.NewError(py.ZeroDivisionErrorType, "complex division by zero")
			}
			r /= d
		}
		return py.Complex(r), nil
	})
	m.AddFunc("phase", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if err := oneArg("phase", args, kw); err != nil {
			return nil, err
		}
		z, err := toComplex(th, args[0])
		if err != nil {
			return nil, err
		}
		return py.MakeFloat(rmath.Atan2(imag(z), real(z))), nil
	})
	m.AddFunc("polar", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if err := oneArg("polar", args, kw); err != nil {
			return nil, err
		}
		z, err := toComplex(th, args[0])
		if err != nil {
			return nil, err
		}
		r := rmath.Hypot(real(z), imag(z))
		if math.IsInf(r, 0) && finite(z) {
			return nil, py.NewError(py.OverflowErrorType, "absolute value too large")
		}
		return py.NewTuple([]py.Value{py.MakeFloat(r), py.MakeFloat(rmath.Atan2(imag(z), real(z)))}), nil
	})
	m.AddFunc("rect", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if kw.Len() > 0 || len(args) != 2 {
			return nil, py.Errorf(py.TypeErrorType, "rect expected 2 arguments, got ", strconv.Itoa(len(args)))
		}
		r, err := py.FloatOf(th, args[0])
		if err != nil {
			return nil, err
		}
		phi, err := py.FloatOf(th, args[1])
		if err != nil {
			return nil, err
		}
		if math.IsInf(phi, 0) && r != 0 && !math.IsNaN(r) {
			return nil, domain()
		}
		if phi == 0 {
			return py.Complex(complex(r, phi*r)), nil
		}
		return py.Complex(complex(r*rmath.Cos(phi), r*rmath.Sin(phi))), nil
	})
	classify := func(name string, f func(complex128) bool) {
		m.AddFunc(name, func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
			if err := oneArg(name, args, kw); err != nil {
				return nil, err
			}
			z, err := toComplex(th, args[0])
			if err != nil {
				return nil, err
			}
			return py.MakeBool(f(z)), nil
		})
	}
	classify("isfinite", finite)
	classify("isinf", func(z complex128) bool { return math.IsInf(real(z), 0) || math.IsInf(imag(z), 0) })
	classify("isnan", func(z complex128) bool { return math.IsNaN(real(z)) || math.IsNaN(imag(z)) })
	m.AddFunc("isclose", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if len(args) != 2 {
			return nil, py.Errorf(py.TypeErrorType, "isclose() takes exactly 2 positional arguments (", strconv.Itoa(len(args)), " given)")
		}
		a, err := toComplex(th, args[0])
		if err != nil {
			return nil, err
		}
		b, err := toComplex(th, args[1])
		if err != nil {
			return nil, err
		}
		rel, abs := 1e-9, 0.0
		if kw != nil {
			for i, n := range kw.Names {
				var x float64
				if x, err = py.FloatOf(th, kw.Values[i]); err != nil {
					return nil, err
				}
				switch n {
				case "rel_tol":
					rel = x
				case "abs_tol":
					abs = x
				default:
					return nil, py.Errorf(py.TypeErrorType, "isclose() got an unexpected keyword argument '", n, "'")
				}
			}
		}
		if rel < 0 || abs < 0 {
			return nil, py.NewError(py.ValueErrorType, "tolerances must be non-negative")
		}
		if a == b {
			return py.True, nil
		}
		if !finite(a) || !finite(b) {
			return py.False, nil
		}
		diff := cmplx.Abs(b - a)
		return py.MakeBool(diff <= rel*cmplx.Abs(b) || diff <= rel*cmplx.Abs(a) || diff <= abs), nil
	})
	return m, nil
}
