package pyfmt

import (
	"math"
	"math/big"
	"math/rand"
	"strconv"
	"strings"
	"testing"
)

func TestParseFloat(t *testing.T) {
	tests := []struct {
		in   string
		want string // FloatRepr of the result or the error
	}{
		{"1.5", "1.5"},
		{" 1_0.5e1_0 ", "105000000000.0"},
		{"-nAn", "nan"},
		{"+Infinity", "inf"},
		{"-inf", "-inf"},
		{"1e500", "inf"},
		{"-1e-500", "-0.0"},
		{".5", "0.5"},
		{"5.", "5.0"},
		{"١٢", "12.0"},
		{"\u3000 7\u2000", "7.0"},
		{"1__0", "ERR ValueError: could not convert string to float: '1__0'"},
		{"_1", "ERR ValueError: could not convert string to float: '_1'"},
		{"1_.5", "ERR ValueError: could not convert string to float: '1_.5'"},
		{"0x10", "ERR ValueError: could not convert string to float: '0x10'"},
		{"infinit", "ERR ValueError: could not convert string to float: 'infinit'"},
		{"7\x1c", "ERR ValueError: could not convert string to float: '7\\x1c'"},
		{"", "ERR ValueError: could not convert string to float: ''"},
		{".", "ERR ValueError: could not convert string to float: '.'"},
		{"1e", "ERR ValueError: could not convert string to float: '1e'"},
	}
	for _, tt := range tests {
		f, err := ParseFloat(tt.in)
		if got := errString(FloatRepr(f), err); got != tt.want {
			t.Errorf("ParseFloat(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestParseInt(t *testing.T) {
	tests := []struct {
		in   string
		base int
		want string
	}{
		{"42", 10, "42"},
		{" -0x_1f ", 0, "-31"},
		{"0x1f", 16, "31"},
		{"0b1", 16, "177"},
		{"0_0", 0, "0"},
		{"010", 0, "ERR ValueError: invalid literal for int() with base 0: '010'"},
		{"010", 10, "10"},
		{"zz", 36, "1295"},
		{"١٢", 10, "12"},
		{"0x", 16, "ERR ValueError: invalid literal for int() with base 16: '0x'"},
		{"+ 1", 10, "ERR ValueError: invalid literal for int() with base 10: '+ 1'"},
		{"1_", 10, "ERR ValueError: invalid literal for int() with base 10: '1_'"},
		{"", 10, "ERR ValueError: invalid literal for int() with base 10: ''"},
		{"1", 37, "ERR ValueError: int() base must be >= 2 and <= 36, or 0"},
		{strings.Repeat("1", 4301), 10, "ERR ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit"},
	}
	for _, tt := range tests {
		x, err := ParseInt(tt.in, tt.base)
		got := ""
		if err == nil {
			got = x.String()
		}
		if got = errString(got, err); got != tt.want {
			t.Errorf("ParseInt(%q, %d) = %s, want %s", tt.in, tt.base, got, tt.want)
		}
	}
}

func TestFormatIntBase(t *testing.T) {
	tests := []struct {
		x    int64
		base int
		want string
	}{
		{5, 2, "0b101"}, {-31, 16, "-0x1f"}, {8, 8, "0o10"}, {0, 16, "0x0"}, {-7, 10, "-7"},
	}
	for _, tt := range tests {
		if got := FormatIntBase(big.NewInt(tt.x), tt.base); got != tt.want {
			t.Errorf("FormatIntBase(%d, %d) = %s, want %s", tt.x, tt.base, got, tt.want)
		}
	}
}

func TestRound(t *testing.T) {
	tests := []struct {
		x    float64
		n    int
		want string
	}{
		{2.675, 2, "2.67"},
		{0.125, 2, "0.12"},
		{0.375, 2, "0.38"},
		{1234.5, -1, "1230.0"},
		{1250, -2, "1200.0"},
		{1350, -2, "1400.0"},
		{-0.4, 0, "-0.0"},
		{-5, -1, "-0.0"},
		{1.7976931348623157e308, -308, "inf"},
		{5e-324, 400, "5e-324"},
		{123.456, -400, "0.0"},
	}
	for _, tt := range tests {
		if got := FloatRepr(RoundFloat(tt.x, tt.n)); got != tt.want {
			t.Errorf("RoundFloat(%v, %d) = %s, want %s", tt.x, tt.n, got, tt.want)
		}
	}
	for _, c := range []struct{ x, want float64 }{{0.5, 0}, {1.5, 2}, {2.5, 2}, {-2.5, -2}, {2.4999, 2}} {
		if got := RoundHalfEven(c.x); got != c.want {
			t.Errorf("RoundHalfEven(%v) = %v, want %v", c.x, got, c.want)
		}
	}
}

func TestNumbersOracle(t *testing.T) {
	r := rand.New(rand.NewSource(6))
	var lines, want []string
	add := func(line, got string) {
		lines = append(lines, line)
		want = append(want, StrRepr(got))
	}
	pieces := []string{"1", "2", "0", "9", "_", ".", "e", "E", "-", "+", " ", "x", "0x", "0o", "0b", "inf", "nan", "a", "f", "z", "١", "\u3000", "\v", "\x1c"}
	randStr := func() string {
		var b strings.Builder
		for n := r.Intn(7); n >= 0; n-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		return b.String()
	}
	for i := 0; i < 1500; i++ {
		s := randStr()
		f, err := ParseFloat(s)
		add("float\t"+s, errString(FloatRepr(f), err))
		base := []int{0, 2, 8, 10, 16, 36, 1, 37}[r.Intn(8)]
		x, err := ParseInt(s, base)
		got := ""
		if err == nil {
			got = x.String()
		}
		add("int\t"+s+"\t"+strconv.Itoa(base), errString(got, err))
	}
	for i := 0; i < 1500; i++ {
		x := randomFloat(r)
		n := r.Intn(40) - 20
		rf := RoundFloat(x, n)
		got := FloatRepr(rf)
		if math.IsInf(rf, 0) && !math.IsInf(x, 0) {
			got = "ERR " + ErrRoundOverflow.Error()
		}
		add("round\t"+FloatHex(x)+"\t"+strconv.Itoa(n), got)
		add("hex\t"+FloatHex(x), FloatHex(x))
		back, err := FloatFromHex(FloatHex(x))
		add("fromhex\t"+FloatHex(x), errString(FloatRepr(back), err))
		y := randomFloat(r)
		if i%7 == 0 {
			y = 0
		}
		d, m, err := FloatDivmod(x, y)
		add("divmod\t"+FloatHex(x)+"\t"+FloatHex(y), errString("("+FloatRepr(d)+", "+FloatRepr(m)+")", err))
		m, err = FloatMod(x, y)
		add("mod\t"+FloatHex(x)+"\t"+FloatHex(y), errString(FloatRepr(m), err))
		d, err = FloatFloorDiv(x, y)
		add("floordiv\t"+FloatHex(x)+"\t"+FloatHex(y), errString(FloatRepr(d), err))
		n2, err := FloatToInt(x)
		got = ""
		if err == nil {
			got = n2.String()
		}
		add("toint\t"+FloatHex(x), errString(got, err))
		n2, err = FloatToInt(RoundHalfEven(x))
		got = ""
		if err == nil {
			got = n2.String()
		}
		add("roundint\t"+FloatHex(x), errString(got, err))
	}
	hexPieces := []string{"0x", "1", "f", "A", ".", "p", "-", "+", "3", "0", " ", "inf", "P", "_", "g", "e"}
	for i := 0; i < 800; i++ {
		var b strings.Builder
		for n := r.Intn(8); n >= 0; n-- {
			b.WriteString(hexPieces[r.Intn(len(hexPieces))])
		}
		s := b.String()
		f, err := FloatFromHex(s)
		add("fromhex\t"+s, errString(FloatRepr(f), err))
	}
	res := pythonOracle(t, oraclePrelude+`
sys.set_int_max_str_digits(0)
for line in sys.stdin:
    k, *a = line.rstrip('\n').split('\t')
    if k == 'float': out(lambda: repr(float(a[0])))
    elif k == 'int': out(lambda: str(int(a[0], int(a[1]))))
    elif k == 'round': out(lambda: repr(round(F(a[0]), int(a[1]))))
    elif k == 'hex': out(lambda: F(a[0]).hex())
    elif k == 'fromhex': out(lambda: repr(float.fromhex(a[0])))
    elif k == 'divmod': out(lambda: repr(divmod(F(a[0]), F(a[1]))))
    elif k == 'mod': out(lambda: repr(F(a[0]) % F(a[1])))
    elif k == 'floordiv': out(lambda: repr(F(a[0]) // F(a[1])))
    elif k == 'toint': out(lambda: str(int(F(a[0]))))
    elif k == 'roundint': out(lambda: str(round(F(a[0]))))
`, lines)
	compareOracle(t, lines, res, want)
}
