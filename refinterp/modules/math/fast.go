package math

import (
	gomath "math"
	"math/bits"
)

// The fast paths of the correctly rounded functions. Each evaluates its
// function in double-double arithmetic (a value as an unevaluated sum
// hi + lo of two doubles, about 106 bits) with an error bound, and rounds
// when the bound proves which double is nearest; when the exact value
// lies too close to a midpoint between two doubles (about one call in
// several thousand) or outside the ranges handled here, the caller falls
// back to the big.Float refinement of precise.go. The kernels use the
// small tables of tables.go (2**(j/64), sin and cos of j/64, atan of j/64,
// logarithms of reciprocals near 1), which tables_test.go computes with
// big.Float and checks.

// dd is a double-double value hi + lo with |lo| <= ulp(hi)/2.
type dd struct{ hi, lo float64 }

// twoSum returns a + b as an exact sum s + e.
func twoSum(a, b float64) (s, e float64) {
	s = a + b
	bb := s - a
	e = (a - (s - bb)) + (b - bb)
	return
}

// fastTwoSum is twoSum for |a| >= |b| (or a == 0).
func fastTwoSum(a, b float64) (s, e float64) {
	s = a + b
	e = b - (s - a)
	return
}

// twoProd returns a * b as an exact sum p + e.
func twoProd(a, b float64) (p, e float64) {
	p = a * b
	e = gomath.FMA(a, b, -p)
	return
}

func ddAdd(a, b dd) dd {
	s, e := twoSum(a.hi, b.hi)
	e += a.lo + b.lo
	s, e = fastTwoSum(s, e)
	return dd{s, e}
}

func ddMul(a, b dd) dd {
	p, e := twoProd(a.hi, b.hi)
	e += a.hi*b.lo + a.lo*b.hi
	p, e = fastTwoSum(p, e)
	return dd{p, e}
}

func ddMulF(a dd, b float64) dd {
	p, e := twoProd(a.hi, b)
	e += a.lo * b
	p, e = fastTwoSum(p, e)
	return dd{p, e}
}

// ddDiv returns a / b.
func ddDiv(a, b dd) dd {
	q := a.hi / b.hi
	// remainder a - q*b, its leading part exact by the FMA
	r := gomath.FMA(-q, b.hi, a.hi) + a.lo - q*b.lo
	ql := r / b.hi
	q, ql = fastTwoSum(q, ql)
	return dd{q, ql}
}

// ddSqrt returns the square root of a > 0.
func ddSqrt(a dd) dd {
	s := gomath.Sqrt(a.hi)
	r := gomath.FMA(-s, s, a.hi) + a.lo
	sl := r / (2 * s)
	s, sl = fastTwoSum(s, sl)
	return dd{s, sl}
}

func (a dd) neg() dd { return dd{-a.hi, -a.lo} }

// roundDD rounds a = v + error, |error| <= err, to the double nearest v.
// ok is false when err leaves the rounding undecided, or a is not a
// finite non-zero value.
func roundDD(a dd, err float64) (float64, bool) {
	r := a.hi + a.lo
	d := (a.hi - r) + a.lo // a - r; r is a.hi or a neighbour, so this is exact
	m := gomath.Abs(r)
	if m == 0 || m > gomath.MaxFloat64 || m != m {
		return 0, false
	}
	if r < 0 {
		d = -d
	}
	// d and err are tiny against m; the 2**-20 slack covers the rounding
	// of this test itself.
	err = err*(1+0x1p-20) + m*0x1p-100
	b := gomath.Float64bits(m)
	if d >= 0 {
		up := gomath.Float64frombits(b+1) - m
		return r, d+err < up/2
	}
	down := m - gomath.Float64frombits(b-1)
	return r, -d+err < down/2
}

// ln 2 in three parts: ln2A has 36 bits, so k*ln2A is exact for
// |k| < 2**17; the rest of ln 2 after ln2C is below 2**-150.
const (
	ln2A = 0x1.62e42fefa0000p-1
	ln2B = 0x1.cf79abc9e3b3ap-40
	ln2C = -0x1.ff0342542fc33p-94
)

// expKernel returns e**z as a * 2**n for a double-double z with
// |z.hi| < 746, with the relative error bound of a.
func expKernel(z dd) (a dd, n int64, eps float64) {
	k := gomath.Round(z.hi * (64 / gomath.Ln2))
	ki := int64(k)
	// r = z - k*ln2/64; k*ln2A/64 is exact, and so is the first difference
	r0 := z.hi - k*(ln2A/64)
	t, te := twoProd(k, ln2B/64)
	rh, rl := twoSum(r0, -t)
	rl += z.lo - te - k*(ln2C/64)
	rh, rl = fastTwoSum(rh, rl)
	// e**r = 1 + r + r²/2 + r³/6 + ...; |r| <= 2**-7.4
	sh, sl := twoProd(rh, rh)
	tail := rh * sh * (1.0/6 + rh*(1.0/24+rh*(1.0/120+rh*(1.0/720+rh*(1.0/5040+rh*(1.0/40320))))))
	e := ddAdd(dd{1, 0}, dd{rh, rl})
	e = ddAdd(e, dd{sh * 0.5, sl*0.5 + rh*rl + tail})
	j := ki & 63
	return ddMul(exp2Tab[j], e), (ki - j) / 64, 0x1p-72
}

// scaleRound rounds a * 2**n, given a's relative error bound eps and
// 0.5 < |a| < 2, to the nearest double, subnormal results included (glibc
// rounds those correctly too); ok is false on overflow or when eps leaves
// the rounding undecided.
func scaleRound(a dd, n int64, eps float64) (float64, bool) {
	if n > 1024 || n < -1100 {
		return 0, false
	}
	if n >= -990 { // (below, a.lo * 2**n could lose bits to underflow)
		if n == 1024 {
			a = dd{a.hi * 2, a.lo * 2}
			n--
		}
		s := gomath.Float64frombits(uint64(1023+n) << 52)
		r := dd{a.hi * s, a.lo * s}
		return roundDD(r, eps*gomath.Abs(r.hi))
	}
	// Near or below 2**-1022: work on a * 2**(n+600), where the subnormal
	// spacing 2**-1074 becomes g.
	const g = 0x1p-474
	s := gomath.Float64frombits(uint64(1023+n+600) << 52)
	r := dd{a.hi * s, a.lo * s}
	err := eps * gomath.Abs(r.hi)
	if gomath.Abs(r.hi) >= 0x1p-422 {
		f, ok := roundDD(r, err)
		return f * 0x1p-600, ok
	}
	k := gomath.Round(r.hi / g)
	d := (r.hi - k*g) + r.lo // r.hi - k*g is exact: ulp(r.hi) <= g
	// r.hi itself may lie on a midpoint of the grid, r.lo deciding
	if d > g/2 {
		k, d = k+1, d-g
	} else if d < -g/2 {
		k, d = k-1, d+g
	}
	if gomath.Abs(d)+err*(1+0x1p-20) >= g/2*(1-0x1p-40) {
		return 0, false
	}
	f := gomath.Float64frombits(uint64(gomath.Abs(k))) // k * 2**-1074
	if k < 0 {
		f = -f
	}
	return f, true
}

// fastExp returns e**x correctly rounded, or ok false.
func fastExp(x float64) (float64, bool) {
	if !(x > -746 && x < 709.8) {
		return 0, false
	}
	a, n, eps := expKernel(dd{x, 0})
	return scaleRound(a, n, eps)
}

// logKernel returns ln x for a positive normal x with an absolute error
// bound.
func logKernel(x float64) (dd, float64) {
	b := gomath.Float64bits(x)
	e := int64(b>>52) - 1023
	m := gomath.Float64frombits(b&(1<<52-1) | 1023<<52) // [1, 2)
	if m > 1.4142135623730951 {
		m *= 0.5
		e++
	}
	i := int(m*128+0.5) - 90
	inv := logInv[i]
	ph, pl := twoProd(m, inv)
	rh, rl := fastTwoSum(ph-1, pl) // ph - 1 is exact
	// ln(1+r) = r - r²/2 + r³/3 - ...; |r| <= 2**-7.4
	sh, sl := twoProd(rh, rh)
	tail := rh * sh * (1.0/3 + rh*(-1.0/4+rh*(1.0/5+rh*(-1.0/6+rh*(1.0/7+rh*(-1.0/8+rh*(1.0/9+rh*(-1.0/10))))))))
	l := ddAdd(dd{rh, rl}, dd{-sh * 0.5, -sl*0.5 - rh*rl + tail})
	if e != 0 {
		fe := float64(e)
		bh, bl := twoProd(fe, ln2B)
		k := ddAdd(dd{fe * ln2A, 0}, dd{bh, bl + fe*ln2C})
		l = ddAdd(ddAdd(k, logTab[i]), l)
	} else if inv != 1 {
		l = ddAdd(logTab[i], l)
	}
	err := 0x1p-100 + gomath.Abs(l.hi)*0x1p-98 + gomath.Abs(tail)*0x1p-49
	return l, err
}

// fastLog returns ln x correctly rounded, or ok false.
func fastLog(x float64) (float64, bool) {
	if !(x > 0) {
		return 0, false
	}
	scale := 0.0
	if x < 2.2250738585072014e-308 {
		x *= 0x1p54
		scale = -54
	}
	if x > gomath.MaxFloat64 || x == 1 {
		return 0, false
	}
	l, err := logKernel(x)
	if scale != 0 {
		bh, bl := twoProd(scale, ln2B)
		l = ddAdd(l, ddAdd(dd{scale * ln2A, 0}, dd{bh, bl + scale*ln2C}))
		err += 0x1p-90
	}
	return roundDD(l, err)
}

// fastLog2 returns log2 x correctly rounded, or ok false.
func fastLog2(x float64) (float64, bool) {
	if !normal(x) || x < 0 || x == 1 {
		return 0, false
	}
	l, err := logKernel(x)
	r := ddMul(l, invLn2DD)
	return roundDD(r, err*1.5+gomath.Abs(r.hi)*0x1p-100)
}

// fastExp2 returns 2**x correctly rounded, or ok false.
func fastExp2(x float64) (float64, bool) {
	if !(x > -1076 && x < 1024) {
		return 0, false
	}
	a, n, eps := expKernel(ddMulF(ln2DD, x))
	return scaleRound(a, n, eps+0x1p-96)
}

// reduce returns x - k*pi/2 as a double-double and k mod 4, for
// |x| < 2**26; ok is false when the remainder is too small to trust.
func reduce(x float64) (dd, int, bool) {
	const (
		p1 = 0x1.921fb5p+00 // pi/2 in four parts; the first two have 26 bits
		p2 = 0x1.110b46p-26
		p3 = 0x1.1a62633145c07p-54
		p4 = -0x1.f1976b7ed8fbcp-110
	)
	k := gomath.Round(x * (2 / gomath.Pi))
	t1 := x - k*p1
	t2, e2 := twoSum(t1, -k*p2)
	q, qe := twoProd(k, p3)
	rh, e3 := twoSum(t2, -q)
	rl := e2 + e3 - qe - k*p4
	rh, rl = fastTwoSum(rh, rl)
	if gomath.Abs(rh) < 0x1p-30 {
		return dd{}, 0, false
	}
	return dd{rh, rl}, int(int64(k) & 3), true
}

// reduceLarge is reduce for 2**26 <= |x| < inf (Payne and Hanek's
// method): with |x| = m * 2**e for a 53-bit integer m, only a 192-bit
// window of the bits of 2/pi matters for x*2/pi modulo 4; the bits before
// it contribute multiples of 4, those after it less than 2**-139.
func reduceLarge(x float64) (dd, int, bool) {
	b := gomath.Float64bits(x)
	m := b&(1<<52-1) | 1<<52
	e := int(b>>52&0x7ff) - 1075 // |x| = m * 2**e, e >= -26
	s := e - 1                   // first bit of 2/pi used (1 is the first after the point)
	if s < 1 {
		s = 1
	}
	// t2:t1:t0 = bits s .. s+191 of 2/pi
	z := s - 1
	w, off := z/64, uint(z%64)
	word := func(i int) uint64 {
		if off == 0 {
			return twoOverPiBits[w+i]
		}
		return twoOverPiBits[w+i]<<off | twoOverPiBits[w+i+1]>>(64-off)
	}
	t2, t1, t0 := word(0), word(1), word(2)
	// p = m * t, 256 bits; x*2/pi = p * 2**-P modulo 4
	var p [4]uint64
	var c, lo uint64
	c, p[0] = bits.Mul64(m, t0)
	hi, lo := bits.Mul64(m, t1)
	var carry uint64
	p[1], carry = bits.Add64(lo, c, 0)
	c = hi + carry
	hi, lo = bits.Mul64(m, t2)
	p[2], carry = bits.Add64(lo, c, 0)
	p[3] = hi + carry
	P := uint(s + 191 - e)
	// the quadrant: bits P and P+1; the fraction: the 128 bits below P
	shr := func(n uint) (uint64, uint64, uint64) { // bits n .. n+191 of p
		i, o := n/64, n%64
		get := func(j uint) uint64 {
			if j > 3 {
				return 0
			}
			return p[j]
		}
		if o == 0 {
			return get(i), get(i + 1), get(i + 2)
		}
		return get(i)>>o | get(i+1)<<(64-o), get(i+1)>>o | get(i+2)<<(64-o), get(i+2)>>o | get(i+3)<<(64-o)
	}
	f0, f1, qw := shr(P - 128)
	q := int(qw & 3)
	neg := false
	if f1>>63 == 1 { // fraction >= 1/2: take fraction - 1
		var bw uint64
		f0, bw = bits.Sub64(0, f0, 0)
		f1, _ = bits.Sub64(0, f1, bw)
		q = (q + 1) & 3
		neg = true
	}
	lz := bits.LeadingZeros64(f1)
	if lz > 30 { // |fraction| < 2**-31: too close to a multiple of pi/2
		return dd{}, 0, false
	}
	if lz > 0 {
		f1 = f1<<uint(lz) | f0>>(64-uint(lz))
		f0 <<= uint(lz)
	}
	scale := gomath.Float64frombits(uint64(1023-64-lz) << 52) // 2**(-64-lz)
	fh := float64(f1>>11) * 0x1p11 * scale
	fl := (float64(f1&0x7ff)*0x1p64 + float64(f0)) * 0x1p-64 * scale
	fh, fl = fastTwoSum(fh, fl)
	r := ddMul(dd{fh, fl}, halfPiDD)
	if neg {
		r = r.neg()
	}
	if x < 0 {
		r, q = r.neg(), (4-q)&3
	}
	return r, q, true
}

// sinCosKernel returns sin r and cos r for |r| <= pi/4 + a little, and
// a bound on their absolute errors: the rounding errors of the t³ term
// (below 2**-52 |t|³) and of the table products and sums (2**-99).
func sinCosKernel(r dd) (s, c dd, err float64) {
	neg := r.hi < 0
	if neg {
		r = r.neg()
	}
	j := int(r.hi*64 + 0.5)
	th, tl := fastTwoSum(r.hi-float64(j)/64, r.lo) // the difference is exact
	t2 := th * th
	sh, sl := fastTwoSum(th, tl+th*t2*(-1.0/6+t2*(1.0/120+t2*(-1.0/5040+t2*(1.0/362880)))))
	st := dd{sh, sl}
	qh, ql := twoProd(th, th)
	ct := ddAdd(dd{1, 0}, dd{-qh * 0.5, -ql*0.5 - th*tl + t2*t2*(1.0/24+t2*(-1.0/720+t2*(1.0/40320)))})
	if j == 0 {
		s, c = st, ct
	} else {
		s = ddAdd(ddMul(sinTab[j], ct), ddMul(cosTab[j], st))
		c = ddAdd(ddMul(cosTab[j], ct), ddMul(sinTab[j], st).neg())
	}
	if neg {
		s = s.neg()
	}
	return s, c, gomath.Abs(th*t2)*0x1p-52 + 0x1p-99
}

// fastSinCos returns sin x and cos x (as double-doubles, with a bound on
// their absolute errors) for 2**-26 <= |x| < 2**26.
func fastSinCos(x float64) (s, c dd, err float64, ok bool) {
	a := gomath.Abs(x)
	if !(a >= 0x1p-26 && a <= gomath.MaxFloat64) {
		return dd{}, dd{}, 0, false
	}
	var r dd
	var q int
	if a < 0x1p26 {
		r, q, ok = reduce(x)
	} else {
		r, q, ok = reduceLarge(x)
	}
	if !ok {
		return dd{}, dd{}, 0, false
	}
	s, c, err = sinCosKernel(r)
	switch q {
	case 1:
		s, c = c, s.neg()
	case 2:
		s, c = s.neg(), c.neg()
	case 3:
		s, c = c.neg(), s
	}
	return s, c, err, true
}

func fastSin(x float64) (float64, bool) {
	s, _, err, ok := fastSinCos(x)
	if !ok {
		return 0, false
	}
	return roundDD(s, err)
}

func fastCos(x float64) (float64, bool) {
	_, c, err, ok := fastSinCos(x)
	if !ok {
		return 0, false
	}
	return roundDD(c, err)
}

func fastTan(x float64) (float64, bool) {
	s, c, err, ok := fastSinCos(x)
	if !ok {
		return 0, false
	}
	t := ddDiv(s, c)
	// relative errors add up in the quotient
	rel := err/gomath.Abs(s.hi) + err/gomath.Abs(c.hi) + 0x1p-100
	return roundDD(t, rel*1.01*gomath.Abs(t.hi))
}

// atanKernel returns atan(n/d) for double-doubles n, d >= 0, d > 0, and
// a bound on its absolute error (the rounding errors of the t³ term,
// below 2**-51 |t|³, and 2**-99 relative for the rest): a table value at the nearest multiple b
// of 1/64 plus atan((n - b*d)/(d + b*n)) by its Taylor series, after
// atan(n/d) = pi/2 - atan(d/n) when n > d. One double-double division.
func atanKernel(n, d dd) (dd, float64) {
	swap := n.hi > d.hi
	if swap {
		n, d = d, n
	}
	j := int(n.hi/d.hi*64 + 0.5)
	var t dd
	if j == 0 {
		t = ddDiv(n, d)
	} else {
		b := float64(j) / 64
		ph, pl := twoProd(d.hi, b)
		num := ddAdd(n, dd{-ph, -pl - d.lo*b})
		qh, ql := twoProd(n.hi, b)
		den := ddAdd(d, dd{qh, ql + n.lo*b})
		t = ddDiv(num, den)
	}
	t2 := t.hi * t.hi
	at := ddAdd(t, dd{t.hi * t2 * (-1.0/3 + t2*(1.0/5+t2*(-1.0/7+t2*(1.0/9+t2*(-1.0/11))))), 0})
	if j > 0 {
		at = ddAdd(atanTab[j], at)
	}
	if swap {
		at = ddAdd(halfPiDD, at.neg())
	}
	return at, gomath.Abs(t.hi*t2)*0x1p-51 + gomath.Abs(at.hi)*0x1p-99
}

func fastAtan(x float64) (float64, bool) {
	a := gomath.Abs(x)
	if !(a >= 0x1p-26 && a < 0x1p1000) {
		return 0, false
	}
	r, err := atanKernel(dd{a, 0}, dd{1, 0})
	if x < 0 {
		r = r.neg()
	}
	return roundDD(r, err)
}

// angle returns the angle of the point (x, y), correctly rounded, from
// the double-doubles |y| and |x| and the signs.
func angle(ay, ax dd, xneg, yneg bool) (float64, bool) {
	r, err := atanKernel(ay, ax)
	if xneg {
		r = ddAdd(piDD, r.neg())
	}
	if yneg {
		r = r.neg()
	}
	return roundDD(r, err+gomath.Abs(r.hi)*0x1p-100)
}

func fastAtan2(y, x float64) (float64, bool) {
	ay, ax := gomath.Abs(y), gomath.Abs(x)
	if !(ay >= 0x1p-900 && ay <= 0x1p900 && ax >= 0x1p-900 && ax <= 0x1p900) {
		return 0, false
	}
	q := ay / ax
	if !(q >= 0x1p-500 && q <= 0x1p500) {
		return 0, false
	}
	return angle(dd{ay, 0}, dd{ax, 0}, x < 0, y < 0)
}

// oneMinusSquare returns 1 - x² for |x| < 1 as a double-double.
func oneMinusSquare(a float64) dd {
	a = gomath.Abs(a)
	// (1 - a)(1 + a); 1 - a is exact for a >= 1/2
	if a >= 0.5 {
		sh, sl := twoSum(1, a)
		return ddMulF(dd{sh, sl}, 1-a)
	}
	ph, pl := twoProd(a, a)
	return ddAdd(dd{1, 0}, dd{-ph, -pl})
}

func fastAsin(x float64) (float64, bool) {
	a := gomath.Abs(x)
	if !(a >= 0x1p-26 && a < 1) {
		return 0, false
	}
	s := ddSqrt(oneMinusSquare(a))
	return angle(dd{a, 0}, s, false, x < 0)
}

func fastAcos(x float64) (float64, bool) {
	a := gomath.Abs(x)
	if !(a >= 0x1p-26 && a < 1) {
		return 0, false
	}
	s := ddSqrt(oneMinusSquare(a))
	return angle(s, dd{a, 0}, x < 0, false)
}

// fastPow returns x**y correctly rounded for finite x > 0 and finite y,
// or ok false.
func fastPow(x, y float64) (float64, bool) {
	if !normal(x) || x < 0 || x > gomath.MaxFloat64 || !(gomath.Abs(y) < 0x1p60) {
		return 0, false
	}
	l, lerr := logKernel(x)
	z := ddMulF(l, y)
	if !(z.hi > -746 && z.hi < 709.8) {
		return 0, false
	}
	a, n, eps := expKernel(z)
	zerr := lerr*gomath.Abs(y) + gomath.Abs(z.hi)*0x1p-100
	return scaleRound(a, n, eps+zerr*1.01)
}

// fastIntPow returns x**n for a small integer n >= 1 by repeated squaring
// in double-double, or ok false.
func fastIntPow(x float64, n int64, recip bool) (float64, bool) {
	a := gomath.Abs(x)
	if !(a >= 0x1p-16 && a <= 0x1p16) {
		return 0, false
	}
	// er and eb bound the relative errors of r and b; a ddMul adds at most
	// 2**-103 to the sum of its operands' errors.
	r, er := dd{1, 0}, 0.0
	b, eb := dd{a, 0}, 0.0
	for n > 0 {
		if n&1 == 1 {
			r, er = ddMul(r, b), er+eb+0x1p-103
		}
		n >>= 1
		if n > 0 {
			b, eb = ddMul(b, b), 2*eb+0x1p-103
		}
	}
	if gomath.Abs(r.hi) > 0x1p1000 || gomath.Abs(r.hi) < 0x1p-1000 {
		return 0, false
	}
	eps := er * 1.01
	if recip {
		r = ddDiv(dd{1, 0}, r)
		eps += 0x1p-102
	}
	return roundDD(r, eps*gomath.Abs(r.hi))
}

// fastNorm returns the Euclidean norm of xs correctly rounded, or ok
// false: squares exact by FMA, summed in double-double, one square root.
func fastNorm(xs []float64) (float64, bool) {
	sum := dd{}
	nonzero := false
	for _, x := range xs {
		x = gomath.Abs(x)
		if x == 0 {
			continue
		}
		if !(x >= 0x1p-450 && x <= 0x1p450) {
			return 0, false
		}
		h, l := twoProd(x, x)
		sum = ddAdd(sum, dd{h, l})
		nonzero = true
	}
	if !nonzero {
		return 0, true
	}
	s := ddSqrt(sum)
	// each addition errs by at most 2**-104 of the running sum
	return roundDD(s, (float64(len(xs))*0x1p-104+0x1p-102)*s.hi)
}

// fastHypot returns sqrt(x² + y²) correctly rounded, or ok false.
func fastHypot(x, y float64) (float64, bool) {
	x, y = gomath.Abs(x), gomath.Abs(y)
	if x < y {
		x, y = y, x
	}
	if !(x >= 0x1p-450 && x <= 0x1p450) || y < 0x1p-450 && y != 0 {
		return 0, false
	}
	ah, al := twoProd(x, x)
	bh, bl := twoProd(y, y)
	s := ddSqrt(ddAdd(dd{ah, al}, dd{bh, bl}))
	return roundDD(s, 0x1p-100*s.hi)
}

// fastPowSigned returns x**y correctly rounded for any sign of x, or ok
// false; it leaves zeros, infinities, NaNs, y = 0 and y = 1 to the caller.
func fastPowSigned(x, y float64) (float64, bool) {
	if !normal(x) || y == 0 || y == 1 || !(gomath.Abs(y) < 0x1p60) {
		return 0, false
	}
	integral := y == gomath.Trunc(y)
	neg := false
	if x < 0 {
		if !integral {
			return 0, false
		}
		neg = gomath.Mod(y, 2) != 0
		x = -x
	}
	var r float64
	var ok bool
	if integral && gomath.Abs(y) <= 64 {
		r, ok = fastIntPow(x, int64(gomath.Abs(y)), y < 0)
	} else {
		r, ok = fastPow(x, y)
	}
	if neg {
		r = -r
	}
	return r, ok
}
