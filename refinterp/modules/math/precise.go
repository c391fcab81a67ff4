package math

import (
	gomath "math"
	"math/big"
	"sync"
)

// Go's math functions are accurate to about one ulp but not correctly
// rounded, while CPython's libm (glibc) nearly always is, so printed
// results would differ in the last digit. The functions here refine Go's
// result in 120-bit big.Float arithmetic (Taylor series after argument
// reduction, Newton steps for inverses) and round once, giving the
// correctly rounded value except in astronomically rare cases. They are
// the slow path: each first tries its double-double version in fast.go,
// which decides all but about one call in ten thousand.

const prec = 120

var (
	constOnce sync.Once
	bigLn2    *big.Float   // ln 2 to prec bits
	bigPi     *big.Float   // pi to 1400 bits (enough to reduce any double)
	invFact   []*big.Float // 1/n! to prec+20 bits, for the Taylor series
	halfPi    *big.Float   // pi/2 and 2/pi to prec+100 bits, to reduce
	twoOverPi *big.Float   // arguments below 2**30 quickly
)

func initConsts() {
	constOnce.Do(func() {
		// ln 2 = 2 atanh(1/3)
		bigLn2 = atanhRecip(3, prec+20)
		bigLn2.Mul(bigLn2, big.NewFloat(2))
		// pi = 16 atan(1/5) - 4 atan(1/239) (Machin)
		a := atanRecip(5, 1400)
		b := atanRecip(239, 1400)
		a.Mul(a, big.NewFloat(16))
		b.Mul(b, big.NewFloat(4))
		bigPi = a.Sub(a, b)
		halfPi = nf(prec + 100).Set(bigPi)
		halfPi.SetMantExp(halfPi, -1)
		twoOverPi = nf(prec+100).Quo(nf(prec+100).SetInt64(1), halfPi)
		f := nf(prec + 20).SetInt64(1)
		invFact = make([]*big.Float, 64)
		for n := range invFact {
			if n > 0 {
				f.Mul(f, nf(prec+20).SetInt64(int64(n)))
			}
			invFact[n] = nf(prec+20).Quo(nf(prec+20).SetInt64(1), f)
		}
	})
}

func nf(p uint) *big.Float { return new(big.Float).SetPrec(p) }

// atanRecip returns atan(1/n) by its Taylor series.
func atanRecip(n int64, p uint) *big.Float {
	x := nf(p).Quo(nf(p).SetInt64(1), nf(p).SetInt64(n))
	x2 := nf(p).Mul(x, x)
	sum := nf(p).Set(x)
	term := nf(p).Set(x)
	t := nf(p)
	for k := int64(1); ; k++ {
		term.Mul(term, x2)
		t.Quo(term, nf(p).SetInt64(2*k+1))
		if k%2 == 1 {
			sum.Sub(sum, t)
		} else {
			sum.Add(sum, t)
		}
		if t.Sign() == 0 || t.MantExp(nil)-sum.MantExp(nil) < -int(p)-4 {
			return sum
		}
	}
}

// atanhRecip returns atanh(1/n).
func atanhRecip(n int64, p uint) *big.Float {
	x := nf(p).Quo(nf(p).SetInt64(1), nf(p).SetInt64(n))
	x2 := nf(p).Mul(x, x)
	sum := nf(p).Set(x)
	term := nf(p).Set(x)
	t := nf(p)
	for k := int64(1); ; k++ {
		term.Mul(term, x2)
		t.Quo(term, nf(p).SetInt64(2*k+1))
		sum.Add(sum, t)
		if t.Sign() == 0 || t.MantExp(nil)-sum.MantExp(nil) < -int(p)-4 {
			return sum
		}
	}
}

// bexp returns e**x for |x| < about 2000.
func bexp(x *big.Float) *big.Float {
	initConsts()
	q := nf(prec).Quo(x, bigLn2)
	kf, _ := q.Float64()
	k := int64(gomath.Round(kf))
	r := nf(prec+20).Mul(bigLn2, nf(prec).SetInt64(k))
	r.Sub(x, r)
	r.SetMantExp(r, -10)
	sum := nf(prec + 20).SetInt64(1)
	pw := nf(prec + 20).SetInt64(1)
	t := nf(prec + 20)
	for n := 1; n < len(invFact); n++ {
		pw.Mul(pw, r)
		t.Mul(pw, invFact[n])
		sum.Add(sum, t)
		if t.Sign() == 0 || t.MantExp(nil) < -prec-30 {
			break
		}
	}
	for i := 0; i < 10; i++ {
		sum.Mul(sum, sum)
	}
	return sum.SetMantExp(sum, int(k))
}

// bsincos returns sin(x) and cos(x) for any finite x.
func bsincos(x float64) (*big.Float, *big.Float) {
	initConsts()
	_, e := gomath.Frexp(x)
	if e <= 30 {
		bx := nf(prec + 100).SetFloat64(x)
		q, _ := nf(prec+100).Mul(bx, twoOverPi).Float64()
		n := gomath.Round(q)
		r := nf(prec+100).Mul(halfPi, nf(prec+100).SetFloat64(n))
		r.Sub(bx, r)
		return sincosReduced(nf(prec+20).Set(r), big.NewInt(int64(n)))
	}
	p := uint(prec + 64)
	if e > 0 {
		p += uint(e)
	}
	bx := nf(p).SetFloat64(x)
	halfPi := nf(p).SetMantExp(nf(p).Set(bigPi), -1)
	q := nf(p).Quo(bx, halfPi)
	qi, _ := q.Int(nil)
	// round to nearest
	frac := nf(p).Sub(q, nf(p).SetInt(qi))
	if frac.Cmp(big.NewFloat(0.5)) > 0 {
		qi.Add(qi, big.NewInt(1))
	} else if frac.Cmp(big.NewFloat(-0.5)) < 0 {
		qi.Sub(qi, big.NewInt(1))
	}
	r := nf(p).Mul(halfPi, nf(p).SetInt(qi))
	r.Sub(bx, r)
	return sincosReduced(nf(prec+20).Set(r), qi)
}

// sincosReduced returns sin and cos of r + qi*pi/2 for |r| <= pi/4.
func sincosReduced(r *big.Float, qi *big.Int) (*big.Float, *big.Float) {
	// Taylor series for sin and cos
	s := nf(prec + 20).Set(r)
	c := nf(prec + 20).SetInt64(1)
	pw := nf(prec + 20).Set(r) // r**n
	t := nf(prec + 20)
	for n := 2; n+1 < len(invFact); n += 2 {
		pw.Mul(pw, r) // r**n, n even: a cosine term
		t.Mul(pw, invFact[n])
		if n%4 == 2 {
			c.Sub(c, t)
		} else {
			c.Add(c, t)
		}
		pw.Mul(pw, r) // r**(n+1): a sine term
		t.Mul(pw, invFact[n+1])
		if n%4 == 2 {
			s.Sub(s, t)
		} else {
			s.Add(s, t)
		}
		if t.Sign() == 0 || t.MantExp(nil) < -prec-30 {
			break
		}
	}
	m := new(big.Int).And(qi, big.NewInt(3)).Int64()
	switch m {
	case 1:
		s, c = c, s.Neg(s)
	case 2:
		s.Neg(s)
		c.Neg(c)
	case 3:
		s, c = c.Neg(c), s
	}
	return s, c
}

func f64(b *big.Float) float64 {
	f, _ := b.Float64()
	return f
}

// normal reports whether x is finite, non-zero and not subnormal: the
// refinements only run on such values.
func normal(x float64) bool {
	a := gomath.Abs(x)
	return a >= 2.2250738585072014e-308 && a <= gomath.MaxFloat64
}

func preciseExp(x float64) float64 {
	if r, ok := fastExp(x); ok {
		return r
	}

	g := gomath.Exp(x)
	if !normal(g) || x == 0 {
		return g
	}
	return f64(bexp(nf(prec).SetFloat64(x)))
}

// blog returns ln(a) for a > 0 (a exact), starting from the double guess
// g and taking two Newton steps y += a*exp(-y) - 1.
func blog(a *big.Float, g float64) *big.Float {
	y := nf(prec).SetFloat64(g)
	// g is within a few ulps, so one step gives about 105 good bits
	for i := 0; i < 1; i++ {
		e := bexp(nf(prec).Neg(y))
		e.Mul(e, a)
		e.Sub(e, nf(prec).SetInt64(1))
		y.Add(y, e)
	}
	return y
}

func preciseLog(x float64) float64 {
	if r, ok := fastLog(x); ok {
		return r
	}

	g := logE(x)
	if !normal(g) || x <= 0 || x > gomath.MaxFloat64 || x == 1 {
		return g
	}
	return f64(blog(nf(prec).SetFloat64(x), g))
}

func preciseLogBase(x float64, g float64, base float64) float64 {
	if !normal(x) || x <= 0 || !normal(g) {
		return g
	}
	initConsts()
	l := blog(nf(prec).SetFloat64(x), logE(x))
	var d *big.Float
	if base == 2 {
		d = bigLn2
	} else {
		d = blog(nf(prec).SetFloat64(base), gomath.Log(base))
	}
	return f64(l.Quo(l, d))
}

func preciseLog2(x float64) float64 {
	if r, ok := fastLog2(x); ok {
		return r
	}
	return preciseLogBase(x, gomath.Log2(x), 2)
}

func preciseSin(x float64) float64 {
	if r, ok := fastSin(x); ok {
		return r
	}

	g := gomath.Sin(x)
	if !normal(x) || !normal(g) || gomath.Abs(x) < 1e-8 {
		return g
	}
	s, _ := bsincos(x)
	return f64(s)
}

func preciseCos(x float64) float64 {
	if r, ok := fastCos(x); ok {
		return r
	}

	g := gomath.Cos(x)
	if gomath.IsInf(x, 0) || gomath.IsNaN(x) || !normal(g) || gomath.Abs(x) < 1e-8 {
		return g
	}
	_, c := bsincos(x)
	return f64(c)
}

func preciseTan(x float64) float64 {
	if r, ok := fastTan(x); ok {
		return r
	}

	g := gomath.Tan(x)
	if !normal(x) || !normal(g) || gomath.Abs(x) < 1e-8 {
		return g
	}
	s, c := bsincos(x)
	if c.Sign() == 0 {
		return g
	}
	return f64(s.Quo(s, c))
}

// newtonAngle refines an angle t0 that solves x*sin(t) - y*cos(t) = 0
// (t = atan2(y, x)).
func newtonAngle(t0, y, x float64) float64 {
	t := t0
	bt := nf(prec).SetFloat64(t)
	bx := nf(prec).SetFloat64(x)
	by := nf(prec).SetFloat64(y)
	for i := 0; i < 2; i++ {
		s, c := bsincos(f64(bt))
		// use the big angle for the second step
		if i == 1 {
			s, c = bsincosBig(bt)
		}
		f := nf(prec).Mul(bx, s)
		f.Sub(f, nf(prec).Mul(by, c))
		d := nf(prec).Mul(bx, c)
		d.Add(d, nf(prec).Mul(by, s))
		if d.Sign() == 0 {
			return t0
		}
		bt.Sub(bt, f.Quo(f, d))
	}
	return f64(bt)
}

// bsincosBig computes sin and cos of a big angle near a double: it
// evaluates at the double and corrects with the first-order Taylor terms
// of the small remainder (the remainder is below 2**-50, so its square
// terms are far beyond the precision kept).
func bsincosBig(t *big.Float) (*big.Float, *big.Float) {
	t0 := f64(t)
	s, c := bsincos(t0)
	d := nf(prec).Sub(t, nf(prec).SetFloat64(t0))
	d2 := nf(prec).Mul(d, d)
	d2.Quo(d2, nf(prec).SetInt64(2))
	// sin(t0+d) = s(1 - d²/2) + c d; cos(t0+d) = c(1 - d²/2) - s d
	one := nf(prec).SetInt64(1)
	k := nf(prec).Sub(one, d2)
	ns := nf(prec).Mul(s, k)
	ns.Add(ns, nf(prec).Mul(c, d))
	nc := nf(prec).Mul(c, k)
	nc.Sub(nc, nf(prec).Mul(s, d))
	return ns, nc
}

func preciseAtan2(y, x float64) float64 {
	if r, ok := fastAtan2(y, x); ok {
		return r
	}

	g := gomath.Atan2(y, x)
	if !normal(g) || !normal(x) || !normal(y) {
		return g
	}
	return newtonAngle(g, y, x)
}

func preciseAtan(x float64) float64 {
	if r, ok := fastAtan(x); ok {
		return r
	}

	g := gomath.Atan(x)
	if !normal(x) || gomath.Abs(x) < 1e-8 || gomath.IsInf(x, 0) {
		return g
	}
	return newtonAngle(g, x, 1)
}

func preciseAsin(x float64) float64 {
	if r, ok := fastAsin(x); ok {
		return r
	}

	g := gomath.Asin(x)
	if !normal(x) || gomath.Abs(x) >= 1 || gomath.Abs(x) < 1e-8 {
		return g
	}
	// asin(x) = atan2(x, sqrt(1 - x²)) with the root in big precision
	bx := nf(prec).SetFloat64(x)
	r := nf(prec).Sub(nf(prec).SetInt64(1), nf(prec).Mul(bx, bx))
	r.Sqrt(r)
	return newtonAngleBig(g, bx, r)
}

func preciseAcos(x float64) float64 {
	if r, ok := fastAcos(x); ok {
		return r
	}

	g := gomath.Acos(x)
	if gomath.IsNaN(x) || gomath.Abs(x) >= 1 || x == 0 {
		return g
	}
	bx := nf(prec).SetFloat64(x)
	r := nf(prec).Sub(nf(prec).SetInt64(1), nf(prec).Mul(bx, bx))
	r.Sqrt(r)
	return newtonAngleBig(g, r, bx)
}

// newtonAngleBig is newtonAngle with big coordinates.
func newtonAngleBig(t0 float64, by, bx *big.Float) float64 {
	bt := nf(prec).SetFloat64(t0)
	for i := 0; i < 2; i++ {
		s, c := bsincosBig(bt)
		f := nf(prec).Mul(bx, s)
		f.Sub(f, nf(prec).Mul(by, c))
		d := nf(prec).Mul(bx, c)
		d.Add(d, nf(prec).Mul(by, s))
		if d.Sign() == 0 {
			return t0
		}
		bt.Sub(bt, f.Quo(f, d))
	}
	return f64(bt)
}

// precisePow refines x**y for finite x > 0 and finite y with a normal
// result, and for negative x with an integral y.
func precisePow(x, y, g float64) float64 {
	if !normal(g) || !normal(x) || y == 0 || gomath.IsInf(y, 0) || gomath.IsNaN(y) || y == 1 {
		return g
	}
	neg := false
	if x < 0 {
		if y != gomath.Trunc(y) {
			return g
		}
		neg = gomath.Mod(y, 2) != 0
		x = -x
	}
	if gomath.Abs(y) <= 64 && y == gomath.Trunc(y) {
		// small integral powers: exact repeated squaring in big precision
		r := bigIntPow(x, int64(gomath.Abs(y)))
		if y < 0 {
			r.Quo(nf(prec).SetInt64(1), r)
		}
		f := f64(r)
		if neg {
			f = -f
		}
		return f
	}
	l := blog(nf(prec).SetFloat64(x), gomath.Log(x))
	l.Mul(l, nf(prec).SetFloat64(y))
	if v, _ := l.Float64(); gomath.Abs(v) > 745 {
		return g
	}
	f := f64(bexp(l))
	if neg {
		f = -f
	}
	return f
}

func bigIntPow(x float64, n int64) *big.Float {
	r := nf(prec + 64).SetInt64(1)
	b := nf(prec + 64).SetFloat64(x)
	for n > 0 {
		if n&1 == 1 {
			r.Mul(r, b)
		}
		b.Mul(b, b)
		n >>= 1
	}
	return r
}

// The hyperbolic functions and log10 of glibc are fdlibm's algorithms
// (not correctly rounded); the same formulas over Go's expm1 (also
// fdlibm's) and the correctly rounded exp and log reproduce glibc's
// results, which is what CPython prints.

func fdlibmSinh(x float64) float64 {
	h := 0.5
	if x < 0 {
		h = -0.5
	}
	a := gomath.Abs(x)
	switch {
	case gomath.IsNaN(x) || gomath.IsInf(x, 0):
		return x
	case a < 22:
		if a < 1.0/(1<<28) {
			return x
		}
		t := gomath.Expm1(a)
		if a < 1 {
			return h * (2.0*t - t*t/(t+1.0))
		}
		return h * (t + t/(t+1.0))
	case a < 709.782712893384:
		return h * preciseExp(a)
	}
	w := preciseExp(0.5 * a)
	t := h * w
	return t * w
}

func fdlibmCosh(x float64) float64 {
	a := gomath.Abs(x)
	switch {
	case gomath.IsNaN(x):
		return x
	case gomath.IsInf(x, 0):
		return a
	case a < 0.5*gomath.Ln2:
		t := gomath.Expm1(a)
		w := 1 + t
		if a < 1.0/(1<<55) {
			return w
		}
		return 1 + (t*t)/(w+w)
	case a < 22:
		t := preciseExp(a)
		return 0.5*t + 0.5/t
	case a < 709.782712893384:
		return 0.5 * preciseExp(a)
	}
	w := preciseExp(0.5 * a)
	t := 0.5 * w
	return t * w
}

func fdlibmTanh(x float64) float64 {
	if gomath.IsNaN(x) {
		return x
	}
	a := gomath.Abs(x)
	var z float64
	switch {
	case a < 1.0/(1<<55):
		return x * (1 + x)
	case a < 1:
		t := gomath.Expm1(-2 * a)
		z = -t / (t + 2)
	case a < 22:
		t := gomath.Expm1(2 * a)
		z = 1 - 2/(t+2)
	default:
		z = 1
	}
	return gomath.Copysign(z, x)
}

func fdlibmLog10(x float64) float64 {
	const (
		ivln10    = 4.34294481903251816668e-01
		log10_2hi = 3.01029995663611771306e-01
		log10_2lo = 3.69423907715893078616e-13
	)
	if gomath.IsNaN(x) || x <= 0 || gomath.IsInf(x, 1) {
		return log10(x)
	}
	bits := gomath.Float64bits(x)
	k := 0
	if bits>>52 == 0 { // subnormal
		x *= 1 << 54
		k -= 54
		bits = gomath.Float64bits(x)
	}
	hx := uint32(bits >> 32)
	k += int(hx>>20) - 1023
	i := 0
	if k < 0 {
		i = 1
	}
	hx = (hx & 0x000fffff) | uint32(0x3ff-i)<<20
	y := float64(k + i)
	x = gomath.Float64frombits(uint64(hx)<<32 | bits&0xffffffff)
	z := y*log10_2lo + ivln10*preciseLog(x)
	return z + y*log10_2hi
}

// glibcCbrt is glibc's cbrt: a polynomial guess and one Halley step.
func glibcCbrt(x float64) float64 {
	const cbrt2, sqrCbrt2 = 1.2599210498948731648, 1.5874010519681994748
	factor := [5]float64{1.0 / sqrCbrt2, 1.0 / cbrt2, 1.0, cbrt2, sqrCbrt2}
	if x == 0 || gomath.IsNaN(x) || gomath.IsInf(x, 0) {
		return x + x
	}
	xm, xe := gomath.Frexp(gomath.Abs(x))
	u := 0.354895765043919860 + ((1.50819193781584896 + ((-2.11499494167371287 + ((2.44693122563534430 +
		((-1.83469277483613086 + (0.784932344976639262-0.145263899385486377*xm)*xm) * xm)) * xm)) * xm)) * xm)
	t2 := u * u * u
	ym := u * (t2 + 2.0*xm) / (2.0*t2 + xm) * factor[2+xe%3]
	if x < 0 {
		ym = -ym
	}
	return gomath.Ldexp(ym, xe/3)
}

func preciseExp2(x float64) float64 {
	if x != gomath.Trunc(x) {
		if r, ok := fastExp2(x); ok {
			return r
		}
	}

	g := gomath.Exp2(x)
	if !normal(g) || x == gomath.Trunc(x) {
		return g
	}
	initConsts()
	b := nf(prec).SetFloat64(x)
	return f64(bexp(b.Mul(b, bigLn2)))
}

func fdlibmAsinh(x float64) float64 {
	a := gomath.Abs(x)
	var w float64
	switch {
	case gomath.IsNaN(x) || gomath.IsInf(x, 0):
		return x + x
	case a < 1.0/(1<<28):
		return x
	case a > 1<<28:
		w = preciseLog(a) + gomath.Ln2
	case a > 2:
		w = preciseLog(2.0*a + 1.0/(gomath.Sqrt(x*x+1.0)+a))
	default:
		t := x * x
		w = gomath.Log1p(a + t/(1.0+gomath.Sqrt(1.0+t)))
	}
	return gomath.Copysign(w, x)
}

func fdlibmAcosh(x float64) float64 {
	switch {
	case gomath.IsNaN(x) || x < 1:
		return gomath.NaN()
	case x >= 1<<28:
		if gomath.IsInf(x, 1) {
			return x
		}
		return preciseLog(x) + gomath.Ln2
	case x == 1:
		return 0
	case x > 2:
		t := x * x
		return preciseLog(2.0*x - 1.0/(x+gomath.Sqrt(t-1.0)))
	}
	t := x - 1
	return gomath.Log1p(t + gomath.Sqrt(2.0*t+t*t))
}
