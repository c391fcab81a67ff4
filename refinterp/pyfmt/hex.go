package pyfmt

import (
	"math"
	"strconv"
	"strings"
)

// FloatHex returns float.hex(f): "0x1.8000000000000p+0" for normal numbers
// (13 hex digits after the point), "0x0.0000000000001p-1022" for subnormal
// ones, "0x0.0p+0", "-0x0.0p+0", "inf", "-inf" and "nan".
func FloatHex(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	bits := math.Float64bits(f)
	b := make([]byte, 0, 24)
	if bits>>63 != 0 {
		b = append(b, '-')
	}
	if f == 0 {
		return string(append(b, "0x0.0p+0"...))
	}
	exp := int(bits>>52&0x7ff) - 1023
	mant := bits & (1<<52 - 1)
	lead := byte('1')
	if exp == -1023 { // subnormal
		lead = '0'
		exp = -1022
	}
	b = append(b, '0', 'x', lead, '.')
	for shift := 48; shift >= 0; shift -= 4 {
		b = append(b, hexDigits[mant>>uint(shift)&15])
	}
	b = append(b, 'p')
	if exp >= 0 {
		b = append(b, '+')
	}
	b = strconv.AppendInt(b, int64(exp), 10)
	return string(b)
}

// FloatFromHex implements float.fromhex(s): optional surrounding whitespace
// and sign, "inf", "infinity" or "nan" in any case, or an optional "0x"
// followed by hex digits with an optional point and an optional binary
// exponent "p±N". The result is correctly rounded. Errors are ValueError
// "invalid hexadecimal floating-point string" and OverflowError
// "hexadecimal value too large to represent as a float".
func FloatFromHex(s string) (float64, error) {
	invalid := valueError("invalid hexadecimal floating-point string")
	s = strings.TrimFunc(s, isPySpace)
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	switch strings.ToLower(s) {
	case "inf", "infinity":
		if neg {
			return math.Inf(-1), nil
		}
		return math.Inf(1), nil
	case "nan":
		return math.NaN(), nil
	}
	if len(s) >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
		s = s[2:]
	}
	var mant []byte
	i, ndigits, fracDigits, seenDot := 0, 0, 0, false
	for ; i < len(s); i++ {
		c := s[i]
		if c == '.' && !seenDot {
			seenDot = true
			continue
		}
		if hexVal(c) < 0 {
			break
		}
		mant = append(mant, c)
		ndigits++
		if seenDot {
			fracDigits++
		}
	}
	if ndigits == 0 {
		return 0, invalid
	}
	exp := int64(0)
	if i < len(s) && (s[i] == 'p' || s[i] == 'P') {
		i++
		eneg := false
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			eneg = s[i] == '-'
			i++
		}
		start := i
		for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
			if exp < 1<<40 {
				exp = exp*10 + int64(s[i]-'0')
			}
		}
		if i == start {
			return 0, invalid
		}
		if eneg {
			exp = -exp
		}
	}
	if i != len(s) {
		return 0, invalid
	}
	// Strip leading zeros so that the exponent stays in range.
	for len(mant) > 1 && mant[0] == '0' {
		mant = mant[1:]
	}
	if len(mant) == 1 && mant[0] == '0' {
		if neg {
			return math.Copysign(0, -1), nil
		}
		return 0, nil
	}
	exp -= int64(4 * fracDigits)
	// Beyond these bounds the result is certainly zero or infinite; clamp
	// so strconv sees a reasonable exponent.
	limit := int64(4*len(mant) + 2200)
	if exp > limit {
		exp = limit
	} else if exp < -limit {
		exp = -limit
	}
	buf := make([]byte, 0, len(mant)+32)
	buf = append(buf, "0x"...)
	buf = append(buf, mant...)
	buf = append(buf, 'p')
	buf = strconv.AppendInt(buf, exp, 10)
	f, err := strconv.ParseFloat(string(buf), 64)
	if err != nil && math.IsInf(f, 0) {
		return 0, overflowError("hexadecimal value too large to represent as a float")
	}
	if neg {
		f = -f
	}
	return f, nil
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// isPySpace reports whether r is whitespace for Python's str.strip() and
// the numeric constructors (Unicode White_Space plus the ASCII separators
// 0x1c-0x1f).
func isPySpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\v', '\f', '\r', 0x1c, 0x1d, 0x1e, 0x1f, 0x85, 0xa0,
		0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200a
}
