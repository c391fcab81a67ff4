package cmath

import (
	gomath "math"
	"math/cmplx"

	rmath "github.com/mptest/mptest/refinterp/modules/math"
)

// CPython's cmath formulas (cmathmodule.c) for finite arguments, over
// real functions rounded like glibc's, so that results match CPython's
// to the last digit in the common cases. Infinities and NaNs go to Go's
// math/cmplx.

func cSqrt(z complex128) complex128 {
	x, y := real(z), imag(z)
	if !finite(z) {
		return cmplx.Sqrt(z)
	}
	if x == 0 && y == 0 {
		return complex(0, y)
	}
	ax, ay := gomath.Abs(x), gomath.Abs(y)
	var s, d float64
	if ax < 2.2250738585072014e-308 && ay < 2.2250738585072014e-308 {
		ax = gomath.Ldexp(ax, 53)
		s = gomath.Ldexp(gomath.Sqrt(ax+rmath.Hypot(ax, gomath.Ldexp(ay, 53))), -27)
	} else {
		ax /= 8
		s = 2 * gomath.Sqrt(ax+rmath.Hypot(ax, ay/8))
	}
	d = ay / (2 * s)
	if x >= 0 {
		return complex(s, gomath.Copysign(d, y))
	}
	return complex(d, gomath.Copysign(s, y))
}

func cExp(z complex128) complex128 {
	x, y := real(z), imag(z)
	if !finite(z) {
		return cmplx.Exp(z)
	}
	if y == 0 {
		return complex(rmath.Exp(x), y)
	}
	if x > 708 {
		l := rmath.Exp(x - 1)
		return complex(l*rmath.Cos(y)*gomath.E, l*rmath.Sin(y)*gomath.E)
	}
	l := rmath.Exp(x)
	return complex(l*rmath.Cos(y), l*rmath.Sin(y))
}

func cLog(z complex128) complex128 {
	x, y := real(z), imag(z)
	if !finite(z) {
		return cmplx.Log(z)
	}
	ax, ay := gomath.Abs(x), gomath.Abs(y)
	var re float64
	switch {
	case ax > gomath.MaxFloat64/4 || ay > gomath.MaxFloat64/4:
		re = rmath.Log(rmath.Hypot(ax/2, ay/2)) + gomath.Ln2
	case ax < 2.2250738585072014e-308 && ay < 2.2250738585072014e-308:
		re = rmath.Log(rmath.Hypot(gomath.Ldexp(ax, 53), gomath.Ldexp(ay, 53))) - 53*gomath.Ln2
	default:
		h := rmath.Hypot(ax, ay)
		if 0.71 <= h && h <= 1.73 {
			am, an := ax, ay
			if ay > ax {
				am, an = ay, ax
			}
			re = gomath.Log1p((am-1)*(am+1)+an*an) / 2
		} else {
			re = rmath.Log(h)
		}
	}
	return complex(re, rmath.Atan2(y, x))
}

func cLog10(z complex128) complex128 {
	r := cLog(z)
	return complex(real(r)/gomath.Ln10, imag(r)/gomath.Ln10)
}

func cSinh(z complex128) complex128 {
	x, y := real(z), imag(z)
	if !finite(z) || gomath.Abs(x) > 708 {
		return cmplx.Sinh(z)
	}
	return complex(rmath.Cos(y)*rmath.Sinh(x), rmath.Sin(y)*rmath.Cosh(x))
}

func cCosh(z complex128) complex128 {
	x, y := real(z), imag(z)
	if !finite(z) || gomath.Abs(x) > 708 {
		return cmplx.Cosh(z)
	}
	return complex(rmath.Cos(y)*rmath.Cosh(x), rmath.Sin(y)*rmath.Sinh(x))
}

func cTanh(z complex128) complex128 {
	x, y := real(z), imag(z)
	if !finite(z) || gomath.Abs(x) > 354 {
		return cmplx.Tanh(z)
	}
	tx := rmath.Tanh(x)
	ty := rmath.Tan(y)
	cx := 1 / rmath.Cosh(x)
	txty := tx * ty
	denom := 1 + txty*txty
	return complex(tx*(1+ty*ty)/denom, ((ty/denom)*cx)*cx)
}

// rotations: f(z) = -i g(iz)
func viaI(g func(complex128) complex128, z complex128) complex128 {
	r := g(complex(-imag(z), real(z)))
	return complex(imag(r), -real(r))
}

func cSin(z complex128) complex128 { return viaI(cSinh, z) }

func cCos(z complex128) complex128 { return cCosh(complex(-imag(z), real(z))) }

func cTan(z complex128) complex128 { return viaI(cTanh, z) }

func cAsinh(z complex128) complex128 {
	if !finite(z) || gomath.Abs(real(z)) > 1e150 || gomath.Abs(imag(z)) > 1e150 {
		return cmplx.Asinh(z)
	}
	s1 := cSqrt(complex(1+imag(z), -real(z)))
	s2 := cSqrt(complex(1-imag(z), real(z)))
	return complex(rmath.Asinh(real(s1)*imag(s2)-real(s2)*imag(s1)),
		rmath.Atan2(imag(z), real(s1)*real(s2)-imag(s1)*imag(s2)))
}

func cAsin(z complex128) complex128 { return viaI(cAsinh, z) }

func cAcos(z complex128) complex128 {
	if !finite(z) || gomath.Abs(real(z)) > 1e150 || gomath.Abs(imag(z)) > 1e150 {
		return cmplx.Acos(z)
	}
	s1 := cSqrt(complex(1-real(z), -imag(z)))
	s2 := cSqrt(complex(1+real(z), imag(z)))
	return complex(2*rmath.Atan2(real(s1), real(s2)), rmath.Asinh(real(s2)*imag(s1)-imag(s2)*real(s1)))
}

func cAcosh(z complex128) complex128 {
	if !finite(z) || gomath.Abs(real(z)) > 1e150 || gomath.Abs(imag(z)) > 1e150 {
		return cmplx.Acosh(z)
	}
	s1 := cSqrt(complex(real(z)-1, imag(z)))
	s2 := cSqrt(complex(real(z)+1, imag(z)))
	return complex(rmath.Asinh(real(s1)*real(s2)+imag(s1)*imag(s2)), 2*rmath.Atan2(imag(s1), real(s2)))
}

func cAtanh(z complex128) complex128 {
	x, y := real(z), imag(z)
	if x < 0 || (x == 0 && gomath.Signbit(x)) {
		r := cAtanh(-z)
		return -r
	}
	ay := gomath.Abs(y)
	if !finite(z) || x > 1e150 || ay > 1e150 || (x == 1 && ay < 1e-150) {
		return cmplx.Atanh(z)
	}
	re := gomath.Log1p(4*x/((1-x)*(1-x)+ay*ay)) / 4
	im := -rmath.Atan2(-2*y, (1-x)*(1+x)-ay*ay) / 2
	return complex(re, im)
}

func cAtan(z complex128) complex128 { return viaI(cAtanh, z) }
