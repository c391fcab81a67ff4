package pyfmt

import (
	"math"
	"testing"
)

func TestFloatRepr(t *testing.T) {
	tests := []struct {
		in   float64
		want string
	}{
		{0, "0.0"},
		{math.Copysign(0, -1), "-0.0"},
		{1, "1.0"},
		{100, "100.0"},
		{0.1, "0.1"},
		{1.0 / 3, "0.3333333333333333"},
		{1e16, "1e+16"},
		{9999999999999998, "9999999999999998.0"},
		{1e-4, "0.0001"},
		{1.5e-5, "1.5e-05"},
		{1e22, "1e+22"},
		{1.7976931348623157e308, "1.7976931348623157e+308"},
		{5e-324, "5e-324"},
		{-2.5, "-2.5"},
		{123456789012345.6, "123456789012345.6"},
		{2e16 + 8, "2.000000000000001e+16"},
		{math.Inf(1), "inf"},
		{math.Inf(-1), "-inf"},
		{math.NaN(), "nan"},
		{-math.NaN(), "nan"},
	}
	for _, tt := range tests {
		if got := FloatRepr(tt.in); got != tt.want {
			t.Errorf("FloatRepr(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestComplexRepr(t *testing.T) {
	nz := math.Copysign(0, -1)
	tests := []struct {
		re, im float64
		want   string
	}{
		{1, 2, "(1+2j)"},
		{0, 2, "2j"},
		{0, 0, "0j"},
		{nz, -1, "(-0-1j)"},
		{nz, 0, "(-0+0j)"},
		{0, nz, "-0j"},
		{math.NaN(), math.Inf(1), "(nan+infj)"},
		{1.5, math.NaN(), "(1.5+nanj)"},
		{1e20, -1e-7, "(1e+20-1e-07j)"},
		{0, math.Inf(-1), "-infj"},
	}
	for _, tt := range tests {
		if got := ComplexRepr(tt.re, tt.im); got != tt.want {
			t.Errorf("ComplexRepr(%v, %v) = %q, want %q", tt.re, tt.im, got, tt.want)
		}
	}
}

func TestStrRepr(t *testing.T) {
	tests := []struct {
		in, repr, ascii string
	}{
		{"", "''", "''"},
		{"abc", "'abc'", "'abc'"},
		{"it's", `"it's"`, `"it's"`},
		{`it's "x"`, `'it\'s "x"'`, `'it\'s "x"'`},
		{`say "hi"`, `'say "hi"'`, `'say "hi"'`},
		{"a\\b", `'a\\b'`, `'a\\b'`},
		{"\t\n\r\x00\x1f\x7f", `'\t\n\r\x00\x1f\x7f'`, `'\t\n\r\x00\x1f\x7f'`},
		{"\u0080\u00a0\u00a1é", `'\x80\xa0¡é'`, `'\x80\xa0\xa1\xe9'`},
		{"\u20ac\u2028\u200b\ufeff", `'€\u2028\u200b\ufeff'`, `'\u20ac\u2028\u200b\ufeff'`},
		{"\U0001f600\U000e0001", `'😀\U000e0001'`, `'\U0001f600\U000e0001'`},
		{"\u3000中", `'\u3000中'`, `'\u3000\u4e2d'`},
		{"\xed\xa0\x80", `'\ud800'`, `'\ud800'`},
	}
	for _, tt := range tests {
		if got := StrRepr(tt.in); got != tt.repr {
			t.Errorf("StrRepr(%q) = %s, want %s", tt.in, got, tt.repr)
		}
		if got := ASCII(tt.in); got != tt.ascii {
			t.Errorf("ASCII(%q) = %s, want %s", tt.in, got, tt.ascii)
		}
	}
}

func TestBytesRepr(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"", "b''"},
		{"abc", "b'abc'"},
		{"it's", `b"it's"`},
		{`'"`, `b'\'"'`},
		{"\t\n\r\\\x00\x7f\x80\xff ~", `b'\t\n\r\\\x00\x7f\x80\xff ~'`},
	}
	for _, tt := range tests {
		if got := BytesRepr([]byte(tt.in)); got != tt.want {
			t.Errorf("BytesRepr(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}
