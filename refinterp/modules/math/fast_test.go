package math

import (
	gomath "math"
	"os"
	"strconv"
	"testing"

	"github.com/mptest/mptest/refinterp/py"
)

// TestFastAgainstBig checks each double-double fast path against the
// big.Float refinement on random arguments: whenever the fast path
// decides, it must give the same double. MATHFAST_N sets the number of
// arguments per range (default 3000).
func TestFastAgainstBig(t *testing.T) {
	n := 3000
	if s := os.Getenv("MATHFAST_N"); s != "" {
		n, _ = strconv.Atoi(s)
	}
	type case1 struct {
		name string
		fast func(x, y float64) (float64, bool)
		slow func(x, y float64) float64
		xs   dist
		ys   dist
	}
	uni := func(a, b float64) dist { return dist{kind: "uni", a: a, b: b} }
	ex := func(e0, e1 int64, s string) dist { return dist{kind: "exp", e0: e0, e1: e1, sign: s} }
	f1 := func(f func(float64) (float64, bool)) func(x, y float64) (float64, bool) {
		return func(x, _ float64) (float64, bool) { return f(x) }
	}
	s1 := func(f func(float64) float64) func(x, y float64) float64 {
		return func(x, _ float64) float64 { return f(x) }
	}
	bigExp := func(x float64) float64 { return f64(bexp(nf(prec).SetFloat64(x))) }
	bigLog := func(x float64) float64 { return f64(blog(nf(prec).SetFloat64(x), logE(x))) }
	bigSin := func(x float64) float64 { s, _ := bsincos(x); return f64(s) }
	bigCos := func(x float64) float64 { _, c := bsincos(x); return f64(c) }
	bigTan := func(x float64) float64 { s, c := bsincos(x); return f64(s.Quo(s, c)) }
	bigPow := func(x, y float64) float64 {
		l := blog(nf(prec).SetFloat64(x), gomath.Log(x))
		return f64(bexp(l.Mul(l, nf(prec).SetFloat64(y))))
	}
	bigLog2 := func(x float64) float64 {
		initConsts()
		l := blog(nf(prec).SetFloat64(x), logE(x))
		return f64(l.Quo(l, bigLn2))
	}
	bigExp2 := func(x float64) float64 {
		initConsts()
		b := nf(prec).SetFloat64(x)
		return f64(bexp(b.Mul(b, bigLn2)))
	}
	cases := []case1{
		{"exp", f1(fastExp), s1(bigExp), uni(-20, 20), dist{}},
		{"exp", f1(fastExp), s1(bigExp), uni(-708, 709), dist{}},
		{"exp", f1(fastExp), s1(bigExp), ex(-30, 0, "b"), dist{}},
		{"exp2", f1(fastExp2), s1(bigExp2), uni(-1000, 1000), dist{}},
		{"exp", f1(fastExp), s1(bigExp), uni(-746, -707), dist{}},
		{"exp", f1(fastExp), s1(bigExp), uni(709, 709.8), dist{}},
		{"exp2", f1(fastExp2), s1(bigExp2), uni(-1076, -1020), dist{}},
		{"pow", fastPow, bigPow, ex(-10, 10, "p"), uni(-200, 200)},
		{"log", f1(fastLog), s1(bigLog), uni(0.5, 2), dist{}},
		{"log", f1(fastLog), s1(bigLog), ex(-1022, 1023, "p"), dist{}},
		{"log", f1(fastLog), s1(bigLog), ex(-1074, -1023, "p"), dist{}},
		{"log", f1(fastLog), s1(bigLog), uni(0.999, 1.001), dist{}},
		{"log2", f1(fastLog2), s1(bigLog2), ex(-1022, 1023, "p"), dist{}},
		{"sin", f1(fastSin), s1(bigSin), uni(-10, 10), dist{}},
		{"sin", f1(fastSin), s1(bigSin), ex(-26, 25, "b"), dist{}},
		{"cos", f1(fastCos), s1(bigCos), uni(-10, 10), dist{}},
		{"cos", f1(fastCos), s1(bigCos), ex(-26, 25, "b"), dist{}},
		{"tan", f1(fastTan), s1(bigTan), uni(-10, 10), dist{}},
		{"tan", f1(fastTan), s1(bigTan), ex(-26, 25, "b"), dist{}},
		{"sin", f1(fastSin), s1(bigSin), ex(26, 1023, "b"), dist{}},
		{"cos", f1(fastCos), s1(bigCos), ex(26, 60, "b"), dist{}},
		{"tan", f1(fastTan), s1(bigTan), ex(26, 1023, "b"), dist{}},
		{"atan", f1(fastAtan), s1(func(x float64) float64 { return newtonAngle(gomath.Atan(x), x, 1) }), uni(-4, 4), dist{}},
		{"atan", f1(fastAtan), s1(func(x float64) float64 { return newtonAngle(gomath.Atan(x), x, 1) }), ex(-26, 100, "b"), dist{}},
		{"asin", f1(fastAsin), s1(preciseAsin), uni(-1, 1), dist{}},
		{"asin", f1(fastAsin), s1(preciseAsin), uni(0.999, 1), dist{}},
		{"acos", f1(fastAcos), s1(preciseAcos), uni(-1, 1), dist{}},
		{"acos", f1(fastAcos), s1(preciseAcos), uni(0.999, 1), dist{}},
		{"atan2", fastAtan2, func(y, x float64) float64 { return newtonAngle(gomath.Atan2(y, x), y, x) }, uni(-5, 5), uni(-5, 5)},
		{"atan2", fastAtan2, func(y, x float64) float64 { return newtonAngle(gomath.Atan2(y, x), y, x) }, ex(-100, 100, "b"), ex(-100, 100, "b")},
		{"pow", fastPow, bigPow, uni(0, 100), uni(-3, 3)},
		{"pow", fastPow, bigPow, ex(-10, 10, "p"), uni(-60, 60)},
		{"pow", fastPow, bigPow, uni(0.99, 1.01), uni(-30000, 30000)},
		{"hypot", fastHypot, func(x, y float64) float64 { return norm([]float64{x, y}) }, ex(-400, 400, "b"), ex(-400, 400, "b")},
		{"hypot", fastHypot, func(x, y float64) float64 { return norm([]float64{x, y}) }, uni(-10, 10), uni(-10, 10)},
	}
	norm3 := func(x, y float64) float64 { return norm([]float64{x, y, gomath.Sqrt(gomath.Abs(x * y))}) }
	fastNorm3 := func(x, y float64) (float64, bool) { return fastNorm([]float64{x, y, gomath.Sqrt(gomath.Abs(x * y))}) }
	cases = append(cases, case1{"norm3", fastNorm3, norm3, ex(-400, 400, "b"), ex(-400, 400, "b")},
		case1{"norm3", fastNorm3, norm3, uni(-10, 10), uni(-10, 10)})
	for i, c := range cases {
		s := splitMix(1000 + i)
		fallbacks, bad := 0, 0
		for k := 0; k < n; k++ {
			x := c.xs.draw(&s)
			y := 0.0
			if c.ys.kind != "" {
				y = c.ys.draw(&s)
			}
			got, ok := c.fast(x, y)
			if !ok {
				fallbacks++
				continue
			}
			want := c.slow(x, y)
			if got != want {
				bad++
				if bad <= 5 {
					t.Errorf("%s(%v, %v) = %v, big.Float %v", c.name, x, y, got, want)
				}
			}
		}
		t.Logf("%s %d: %d of %d fell back", c.name, i, fallbacks, n)
	}
}

func TestIntPowAgainstBig(t *testing.T) {
	s := splitMix(7)
	d := dist{kind: "uni", a: -30, b: 30}
	for k := 0; k < 3000; k++ {
		x := d.draw(&s)
		n := int64(s.next()%40) + 1
		got, ok := fastIntPow(x, n, k%2 == 1)
		if !ok {
			continue
		}
		r := bigIntPow(gomath.Abs(x), n)
		if k%2 == 1 {
			r.Quo(nf(prec).SetInt64(1), r)
		}
		if want := f64(r); got != want {
			t.Errorf("|%v|**%d (recip %v) = %v, big.Float %v", x, n, k%2 == 1, got, want)
		}
	}
}

// TestFsumAgainstBig compares fsum (double-double when decided) with an
// exact big.Float sum on random lists, some with heavy cancellation.
func TestFsumAgainstBig(t *testing.T) {
	s := splitMix(11)
	d := dist{kind: "exp", e0: -60, e1: 60, sign: "b"}
	for k := 0; k < 500; k++ {
		n := int(s.next()%40) + 1
		xs := make([]py.Value, 0, 2*n)
		exact := nf(3000)
		for i := 0; i < n; i++ {
			x := d.draw(&s)
			xs = append(xs, py.MakeFloat(x))
			exact.Add(exact, nf(3000).SetFloat64(x))
			if k%2 == 1 { // cancel most of it again
				y := -x * (1 + float64(s.next()>>40)*0x1p-60)
				xs = append(xs, py.MakeFloat(y))
				exact.Add(exact, nf(3000).SetFloat64(y))
			}
		}
		r, err := fsumFunc(nil, []py.Value{py.NewList(xs)}, nil)
		if err != nil {
			t.Fatal(err)
		}
		want, _ := exact.Float64()
		if got := float64(r.(py.Float)); got != want {
			t.Errorf("fsum of list %d = %v, exact sum rounds to %v", k, got, want)
		}
	}
}
