package math

import (
	gomath "math"
	"testing"
)

// Benchmarks of the real functions behind the module, on arguments in
// their common ranges (the cost per call a Python loop pays).

var benchSink float64

func benchArgs(lo, hi float64) []float64 {
	s := splitMix(42)
	xs := make([]float64, 1024)
	for i := range xs {
		xs[i] = lo + (hi-lo)*(float64(s.next()>>11)*0x1p-53)
	}
	return xs
}

func bench1(b *testing.B, f func(float64) float64, lo, hi float64) {
	xs := benchArgs(lo, hi)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		benchSink = f(xs[i&1023])
	}
}

func bench2(b *testing.B, f func(float64, float64) float64, lo, hi, ylo, yhi float64) {
	xs := benchArgs(lo, hi)
	ys := benchArgs(ylo, yhi)
	for i := range ys {
		ys[i] = ys[(i*7+3)&1023]
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		benchSink = f(xs[i&1023], ys[i&1023])
	}
}

func BenchmarkExp(b *testing.B)   { bench1(b, preciseExp, -20, 20) }
func BenchmarkExp2(b *testing.B)  { bench1(b, preciseExp2, -20, 20) }
func BenchmarkExpm1(b *testing.B) { bench1(b, gomath.Expm1, -2, 2) }
func BenchmarkLog(b *testing.B)   { bench1(b, preciseLog, 0, 100) }
func BenchmarkLog2(b *testing.B)  { bench1(b, preciseLog2, 0, 100) }
func BenchmarkLog10(b *testing.B) { bench1(b, fdlibmLog10, 0, 100) }
func BenchmarkLog1p(b *testing.B) { bench1(b, gomath.Log1p, -0.5, 2) }
func BenchmarkSin(b *testing.B)   { bench1(b, preciseSin, -10, 10) }
func BenchmarkCos(b *testing.B)   { bench1(b, preciseCos, -10, 10) }
func BenchmarkTan(b *testing.B)   { bench1(b, preciseTan, -10, 10) }
func BenchmarkSinLarge(b *testing.B) {
	bench1(b, preciseSin, -1e6, 1e6)
}
func BenchmarkAsin(b *testing.B)    { bench1(b, preciseAsin, -1, 1) }
func BenchmarkAcos(b *testing.B)    { bench1(b, preciseAcos, -1, 1) }
func BenchmarkAtan(b *testing.B)    { bench1(b, preciseAtan, -10, 10) }
func BenchmarkSinh(b *testing.B)    { bench1(b, fdlibmSinh, -30, 30) }
func BenchmarkCosh(b *testing.B)    { bench1(b, fdlibmCosh, -30, 30) }
func BenchmarkTanh(b *testing.B)    { bench1(b, fdlibmTanh, -30, 30) }
func BenchmarkAsinh(b *testing.B)   { bench1(b, fdlibmAsinh, -10, 10) }
func BenchmarkAcosh(b *testing.B)   { bench1(b, fdlibmAcosh, 1, 10) }
func BenchmarkAtanh(b *testing.B)   { bench1(b, atanh, -1, 1) }
func BenchmarkCbrt(b *testing.B)    { bench1(b, glibcCbrt, -10, 10) }
func BenchmarkErf(b *testing.B)     { bench1(b, gomath.Erf, -3, 3) }
func BenchmarkAtan2(b *testing.B)   { bench2(b, preciseAtan2, -10, 10, -10, 10) }
func BenchmarkPow(b *testing.B)     { bench2(b, libmPow, 0, 100, -3, 3) }
func BenchmarkPowHalf(b *testing.B) { bench2(b, libmPow, 0, 100, 0.5, 0.5) }
func BenchmarkPowInt(b *testing.B)  { bench2(b, libmPow, -10, 10, 3, 3) }
func BenchmarkHypot(b *testing.B)   { bench2(b, Hypot, -10, 10, -10, 10) }
