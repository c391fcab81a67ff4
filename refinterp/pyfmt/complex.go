package pyfmt

import (
	"math"
	"strconv"
	"strings"
)

// ParseComplex implements complex(s) for a str argument: optional
// surrounding whitespace and parentheses, and the forms "<float>",
// "<float>j", "<float><signed-float>j", "<float><sign>j", "<sign>j" and "j",
// where each float is any float() literal (including inf and nan) with
// single underscores between digits. The errors are ValueError "complex()
// arg is a malformed string" and, for a misplaced underscore, "could not
// convert string to complex: '...'".
func ParseComplex(s string) (re, im float64, err error) {
	bad := valueError("complex() arg is a malformed string")
	t := toASCIIDigits(s) // also trims surrounding whitespace
	t, ok := stripUnderscores(t)
	if !ok {
		return 0, 0, valueError("could not convert string to complex: " + StrRepr(s))
	}
	if strings.HasPrefix(t, "(") {
		if !strings.HasSuffix(t, ")") {
			return 0, 0, bad
		}
		t = strings.Trim(t[1:len(t)-1], " \t\n\v\f\r")
	}
	isJ := func(i int) bool { return i < len(t) && (t[i] == 'j' || t[i] == 'J') }
	z, n := prefixFloat(t)
	i := n
	switch {
	case n > 0 && i < len(t) && (t[i] == '+' || t[i] == '-'):
		re = z
		y, m := prefixFloat(t[i:])
		if m > 0 {
			im = y
			i += m
		} else {
			im = 1
			if t[i] == '-' {
				im = -1
			}
			i++
		}
		if !isJ(i) {
			return 0, 0, bad
		}
		i++
	case n > 0 && isJ(i):
		im = z
		i++
	case n > 0:
		re = z
	default:
		im = 1
		if i < len(t) && (t[i] == '+' || t[i] == '-') {
			if t[i] == '-' {
				im = -1
			}
			i++
		}
		if !isJ(i) {
			return 0, 0, bad
		}
		i++
	}
	if i != len(t) {
		return 0, 0, bad
	}
	return re, im, nil
}

// stripUnderscores removes underscores that sit between two ASCII digits
// and reports false for any other underscore, as CPython does for
// complex() before parsing.
func stripUnderscores(s string) (string, bool) {
	if strings.IndexByte(s, '_') < 0 {
		return s, true
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '_' {
			if i == 0 || i+1 >= len(s) || !isDigitByte(s[i-1]) || !isDigitByte(s[i+1]) {
				return "", false
			}
			continue
		}
		b = append(b, s[i])
	}
	return string(b), true
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// prefixFloat parses the longest float literal at the start of s, like C's
// strtod in CPython's _PyOS_ascii_strtod; n is 0 when there is none.
func prefixFloat(s string) (f float64, n int) {
	i := 0
	neg := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	lower := strings.ToLower(s[i:])
	switch {
	case strings.HasPrefix(lower, "infinity"):
		return math.Copysign(math.Inf(1), signOf(neg)), i + 8
	case strings.HasPrefix(lower, "inf"):
		return math.Copysign(math.Inf(1), signOf(neg)), i + 3
	case strings.HasPrefix(lower, "nan"):
		return math.NaN(), i + 3
	}
	start := i
	digits := 0
	for i < len(s) && isDigitByte(s[i]) {
		i++
		digits++
	}
	if i < len(s) && s[i] == '.' {
		i++
		for i < len(s) && isDigitByte(s[i]) {
			i++
			digits++
		}
	}
	if digits == 0 {
		return 0, 0
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		j := i + 1
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			j++
		}
		if j < len(s) && isDigitByte(s[j]) {
			for j < len(s) && isDigitByte(s[j]) {
				j++
			}
			i = j
		}
	}
	f, _ = strconv.ParseFloat(s[start:i], 64) // ErrRange gives ±Inf or 0, as strtod
	if neg {
		f = -f
	}
	return f, i
}

func signOf(neg bool) float64 {
	if neg {
		return -1
	}
	return 1
}
