package pyfmt

import (
	"math/rand"
	"strings"
	"testing"
)

func TestParseComplex(t *testing.T) {
	tests := []struct{ in, want string }{
		{"1+2j", "(1+2j)"},
		{" ( -1.5e3-j ) ", "(-1500-1j)"},
		{"j", "1j"},
		{"-J", "-1j"},
		{"infj", "infj"},
		{"nan+nanj", "(nan+nanj)"},
		{"1_0j", "10j"},
		{"3", "(3+0j)"},
		{"1e5", "(100000+0j)"},
		{"1 + 2j", "ERR ValueError: complex() arg is a malformed string"},
		{"(1+2j", "ERR ValueError: complex() arg is a malformed string"},
		{"", "ERR ValueError: complex() arg is a malformed string"},
		{"1__0j", "ERR ValueError: could not convert string to complex: '1__0j'"},
	}
	for _, tt := range tests {
		re, im, err := ParseComplex(tt.in)
		if got := errString(ComplexRepr(re, im), err); got != tt.want {
			t.Errorf("ParseComplex(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestParseComplexOracle(t *testing.T) {
	r := rand.New(rand.NewSource(8))
	pieces := []string{"1", "2.5", "e3", "e", "+", "-", "j", "J", "(", ")", " ", "inf", "nan", "_", "0", ".", "x", "infinity"}
	var lines, want []string
	for i := 0; i < 2000; i++ {
		var b strings.Builder
		for n := r.Intn(6); n >= 0; n-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		s := b.String()
		lines = append(lines, StrRepr(s))
		re, im, err := ParseComplex(s)
		want = append(want, StrRepr(errString(ComplexRepr(re, im), err)))
	}
	res := pythonOracle(t, oraclePrelude+`
import ast
for line in sys.stdin:
    s = ast.literal_eval(line)
    out(lambda: repr(complex(s)))
`, lines)
	compareOracle(t, lines, res, want)
}
