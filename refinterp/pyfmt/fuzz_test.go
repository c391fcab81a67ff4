package pyfmt

import (
	"math"
	"math/big"
	"strconv"
	"testing"
)

// FuzzFormatSpec checks that no spec makes the formatters panic and that
// errors are *Error values.
func FuzzFormatSpec(f *testing.F) {
	for _, s := range []string{"", ">10,.3f", "0=+#20_x", "z.5%", "é^7s", "c", ".", ",_", "99999999999999999999"} {
		f.Add(s, 1.5, int64(-42))
	}
	f.Fuzz(func(t *testing.T, spec string, x float64, n int64) {
		sp, err := ParseSpecFor(spec, "object")
		if err != nil {
			if _, ok := err.(*Error); !ok {
				t.Fatalf("ParseSpec(%q) error %T", spec, err)
			}
			return
		}
		if sp.Width > 1<<16 || sp.Precision > 1<<16 {
			return // valid, but slow to build
		}
		check := func(s string, err error) {
			if err != nil {
				if _, ok := err.(*Error); !ok {
					t.Fatalf("spec %q: error %T", spec, err)
				}
			}
		}
		check(FormatFloat(x, sp))
		check(FormatComplex(x, -x, sp))
		check(FormatInt64(n, sp))
		check(FormatInt(new(big.Int).Lsh(big.NewInt(n), 70), sp))
		check(FormatStr(spec, sp))
	})
}

// FuzzParsers checks the parsers for panics and round trips.
func FuzzParsers(f *testing.F) {
	for _, s := range []string{"1_000.5e-3", " -inf ", "0x_1f", "%(a)-5.2f%%", "{0.a[1]!r:>{w}}", "(1+2j)", "0x1.8p+1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if v, err := ParseFloat(s); err == nil && !math.IsNaN(v) {
			if back, err := ParseFloat(FloatRepr(v)); err != nil || back != v {
				t.Fatalf("ParseFloat(FloatRepr(%v)) = %v, %v", v, back, err)
			}
		}
		for _, base := range []int{0, 10, 16} {
			if x, err := ParseInt(s, base); err == nil {
				if y, err := ParseInt(x.String(), 10); err != nil || x.Cmp(y) != 0 {
					t.Fatalf("ParseInt round trip of %q failed", s)
				}
			}
		}
		if v, err := FloatFromHex(s); err == nil && !math.IsNaN(v) {
			if back, _ := FloatFromHex(FloatHex(v)); back != v {
				t.Fatalf("FloatFromHex(FloatHex(%v)) = %v", v, back)
			}
		}
		ParseComplex(s)
		ParsePercent(s)
		ParseFormatString(s)
		StrRepr(s)
		BytesRepr([]byte(s))
		if n, err := strconv.Atoi(s); err == nil && n > -400 && n < 400 {
			RoundFloat(123.456, n)
		}
	})
}
