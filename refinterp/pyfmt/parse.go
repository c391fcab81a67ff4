package pyfmt

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxStrDigits is CPython 3.11's default limit on the number of digits
// ParseInt accepts for a base that is not a power of two
// (sys.set_int_max_str_digits); 0 disables the check.
var MaxStrDigits = 4300

// isASCIISpace is C's isspace in the C locale, used by CPython's number
// parsers on their ASCII input.
func isASCIISpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\v' || r == '\f' || r == '\r'
}

// isNumSpace reports whether int() and float() strip r: CPython maps
// non-ASCII Unicode whitespace to ' ' and then skips C-locale spaces, so the
// ASCII separators 0x1c-0x1f, although str.isspace() is true for them, are
// not stripped.
func isNumSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIISpace(r)
	}
	return isPySpace(r)
}

// toASCIIDigits trims number whitespace and maps non-ASCII decimal digits
// (Unicode category Nd) to ASCII, as CPython does before parsing int() and
// float() arguments. Any other non-ASCII character becomes '?', which no
// parser accepts.
func toASCIIDigits(s string) string {
	s = strings.TrimFunc(s, isNumSpace)
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			b = append(b, byte(r))
		case isNumSpace(r):
			b = append(b, ' ')
		default:
			if d, ok := digitValue(r); ok {
				b = append(b, byte('0'+d))
			} else {
				b = append(b, '?')
			}
		}
	}
	return string(b)
}

// digitValue returns the value of a decimal digit (category Nd). Every Nd
// run in Unicode is a complete 0..9 sequence, so the value is the offset
// from the start of the run modulo 10.
func digitValue(r rune) (int, bool) {
	if !unicode.IsDigit(r) {
		return 0, false
	}
	for _, rg := range unicode.Nd.R16 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10, true
		}
	}
	for _, rg := range unicode.Nd.R32 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10, true
		}
	}
	return 0, false
}

// ParseFloat implements float(s) for a str argument: surrounding
// whitespace, an optional sign, decimal digits with optional point and
// exponent, single underscores between digits, non-ASCII decimal digits,
// and "inf", "infinity", "nan" in any case. Out-of-range values become
// ±inf or ±0 as in CPython. The error is ValueError "could not convert
// string to float: '...'" with the repr of the original s.
func ParseFloat(s string) (float64, error) {
	t := toASCIIDigits(s)
	if f, ok := parseFloatASCII(t); ok {
		return f, nil
	}
	return 0, valueError("could not convert string to float: " + StrRepr(s))
}

// parseFloatASCII parses the float() grammar on a trimmed ASCII string.
func parseFloatASCII(s string) (float64, bool) {
	body := s
	neg := false
	if body != "" && (body[0] == '+' || body[0] == '-') {
		neg = body[0] == '-'
		body = body[1:]
	}
	switch strings.ToLower(body) {
	case "inf", "infinity":
		if neg {
			return math.Inf(-1), true
		}
		return math.Inf(1), true
	case "nan":
		return math.NaN(), true
	}
	clean := make([]byte, 0, len(s))
	if neg {
		clean = append(clean, '-')
	}
	i := 0
	digits := func() int {
		n := 0
		for i < len(body) {
			c := body[i]
			if c >= '0' && c <= '9' {
				clean = append(clean, c)
				n++
				i++
				continue
			}
			// An underscore must sit between two digits.
			if c == '_' && n > 0 && i+1 < len(body) && body[i+1] >= '0' && body[i+1] <= '9' {
				i++
				continue
			}
			break
		}
		return n
	}
	n := digits()
	if i < len(body) && body[i] == '.' {
		clean = append(clean, '.')
		i++
		n += digits()
	}
	if n == 0 {
		return 0, false
	}
	if i < len(body) && (body[i] == 'e' || body[i] == 'E') {
		clean = append(clean, 'e')
		i++
		if i < len(body) && (body[i] == '+' || body[i] == '-') {
			clean = append(clean, body[i])
			i++
		}
		if digits() == 0 {
			return 0, false
		}
	}
	if i != len(body) {
		return 0, false
	}
	f, err := strconv.ParseFloat(string(clean), 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); !ok || ne.Err != strconv.ErrRange {
			return 0, false
		}
	}
	return f, true
}

// ParseInt implements int(s, base) for a str argument: base 0 or 2..36,
// surrounding whitespace, an optional sign, single underscores between
// digits (and after a base prefix), a 0x/0o/0b prefix that is required to
// pick the base when base is 0 and allowed when it matches base, and
// non-ASCII decimal digits. With base 0, a decimal literal may not have
// leading zeros ("010"), as in Python source. Errors: ValueError
// "invalid literal for int() with base 10: '...'", "int() base must be >= 2
// and <= 36, or 0", and the MaxStrDigits limit.
func ParseInt(s string, base int) (*big.Int, error) {
	if base != 0 && (base < 2 || base > 36) {
		return nil, valueError("int() base must be >= 2 and <= 36, or 0")
	}
	t := toASCIIDigits(s)
	x, ndigits, ok := parseIntASCII(t, base)
	if !ok {
		r := StrRepr(s)
		if utf8.RuneCountInString(r) > 200 {
			r = string([]rune(r)[:200])
		}
		return nil, valueError("invalid literal for int() with base " + strconv.Itoa(base) + ": " + r)
	}
	if MaxStrDigits > 0 && ndigits > MaxStrDigits {
		return nil, valueError("Exceeds the limit (" + strconv.Itoa(MaxStrDigits) +
			" digits) for integer string conversion: value has " + strconv.Itoa(ndigits) +
			" digits; use sys.set_int_max_str_digits() to increase the limit")
	}
	return x, nil
}

// parseIntASCII parses a trimmed ASCII string. ndigits is the digit count
// when the base is subject to MaxStrDigits (not a power of two), else 0.
func parseIntASCII(s string, base int) (x *big.Int, ndigits int, ok bool) {
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	prefixed := false
	if len(s) >= 2 && s[0] == '0' {
		pb := 0
		switch s[1] {
		case 'x', 'X':
			pb = 16
		case 'o', 'O':
			pb = 8
		case 'b', 'B':
			pb = 2
		}
		if pb != 0 && (base == 0 || base == pb) {
			base = pb
			s = s[2:]
			prefixed = true
		}
	}
	if base == 0 {
		base = 10
		// Python source rules: no leading zeros unless the value is zero.
		if len(s) > 1 && s[0] == '0' {
			for i := 0; i < len(s); i++ {
				if s[i] != '0' && s[i] != '_' {
					return nil, 0, false
				}
			}
		}
	}
	clean := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			// Allowed between digits, and right after a base prefix.
			if (i == 0 && !prefixed) || i+1 >= len(s) || s[i+1] == '_' {
				return nil, 0, false
			}
			continue
		}
		d := hexVal(c)
		if c >= 'g' && c <= 'z' {
			d = int(c-'a') + 10
		} else if c >= 'G' && c <= 'Z' {
			d = int(c-'A') + 10
		}
		if d < 0 || d >= base {
			return nil, 0, false
		}
		clean = append(clean, c)
	}
	if len(clean) == 0 {
		return nil, 0, false
	}
	if base&(base-1) != 0 {
		ndigits = len(clean)
		if MaxStrDigits > 0 && ndigits > MaxStrDigits {
			return nil, ndigits, true
		}
	}
	x, ok = new(big.Int).SetString(string(clean), base)
	if !ok {
		return nil, 0, false
	}
	if neg {
		x.Neg(x)
	}
	return x, ndigits, true
}

// FormatIntBase returns bin(x), oct(x) or hex(x) for base 2, 8 or 16
// ("0b101", "-0x1f"), and str(x) for any other base.
func FormatIntBase(x *big.Int, base int) string {
	prefix := ""
	switch base {
	case 2:
		prefix = "0b"
	case 8:
		prefix = "0o"
	case 16:
		prefix = "0x"
	default:
		return x.String()
	}
	if x.Sign() < 0 {
		return "-" + prefix + new(big.Int).Neg(x).Text(base)
	}
	return prefix + x.Text(base)
}
