package py

import "math"

// Libm functions used by the core's float and complex arithmetic. Go's
// math package is not correctly rounded while CPython's libm (glibc) nearly
// always is; the math module replaces these with its precise versions
// when it is linked in.
var (
	LibmPow   = math.Pow
	LibmCos   = math.Cos
	LibmSin   = math.Sin
	LibmAtan2 = math.Atan2
	LibmExp   = math.Exp
	LibmLog   = math.Log
	LibmHypot = math.Hypot
)

// floatPow is x ** y for floats, as C's pow.
func floatPow(x, y float64) float64 {
	if y == 2 {
		return x * x
	}
	if y == 0.5 && x > 0 && x <= math.MaxFloat64 {
		return math.Sqrt(x) // correctly rounded, as glibc's pow is
	}
	return LibmPow(x, y)
}
