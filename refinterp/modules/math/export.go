package math

// Real functions with CPython's (glibc's) rounding, for other modules
// (cmath) that build on libm the way CPython's C code does.

// Exp returns e**x, correctly rounded.
func Exp(x float64) float64 { return preciseExp(x) }

// Log returns the natural logarithm, correctly rounded.
func Log(x float64) float64 { return preciseLog(x) }

// Sin returns the sine, correctly rounded.
func Sin(x float64) float64 { return preciseSin(x) }

// Cos returns the cosine, correctly rounded.
func Cos(x float64) float64 { return preciseCos(x) }

// Tan returns the tangent, correctly rounded.
func Tan(x float64) float64 { return preciseTan(x) }

// Atan2 returns the angle of (x, y), correctly rounded.
func Atan2(y, x float64) float64 { return preciseAtan2(y, x) }

// Sinh returns the hyperbolic sine as glibc computes it.
func Sinh(x float64) float64 { return fdlibmSinh(x) }

// Cosh returns the hyperbolic cosine as glibc computes it.
func Cosh(x float64) float64 { return fdlibmCosh(x) }

// Tanh returns the hyperbolic tangent as glibc computes it.
func Tanh(x float64) float64 { return fdlibmTanh(x) }

// Asinh returns the inverse hyperbolic sine as glibc computes it.
func Asinh(x float64) float64 { return fdlibmAsinh(x) }

// Hypot returns sqrt(x*x + y*y), correctly rounded.
func Hypot(x, y float64) float64 {
	if r, ok := fastHypot(x, y); ok {
		return r
	}
	if x == 0 && y == 0 {
		return 0
	}
	return norm([]float64{x, y})
}
