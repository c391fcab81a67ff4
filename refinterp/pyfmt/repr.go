package pyfmt

import (
	"unicode"
	"unicode/utf8"
)

// FloatRepr returns repr(f) (which equals str(f)): the shortest digits that
// round-trip, in fixed notation when 1e-4 <= |f| < 1e16 and in exponent
// notation otherwise, with ".0" added to integral values in fixed notation:
// "1.0", "1e+16", "1.5e-05", "-0.0", "inf", "nan".
func FloatRepr(f float64) string {
	var buf [32]byte
	return string(formatDouble(buf[:0], f, 'r', 0, dtsfAddDot0))
}

// AppendFloatRepr appends FloatRepr(f) to dst.
func AppendFloatRepr(dst []byte, f float64) []byte {
	return formatDouble(dst, f, 'r', 0, dtsfAddDot0)
}

// ComplexRepr returns repr(complex(re, im)): "2j" when the real part is +0,
// otherwise "(re±imj)" with both parts in shortest repr form but without the
// ".0" suffix, e.g. "(1+2j)", "(-0-1j)", "(nan+infj)".
func ComplexRepr(re, im float64) string {
	var buf [64]byte
	b := buf[:0]
	if re == 0 && !signbit(re) {
		b = formatDouble(b, im, 'r', 0, 0)
		b = append(b, 'j')
		return string(b)
	}
	b = append(b, '(')
	b = formatDouble(b, re, 'r', 0, 0)
	b = formatDouble(b, im, 'r', 0, dtsfSign)
	b = append(b, 'j', ')')
	return string(b)
}

// StrRepr returns repr(s) for a Python str held as UTF-8. The quote is ' unless
// s contains ' and no ". Backslash, the quote, \t, \n and \r are escaped;
// other non-printable code points become \xNN, \uNNNN or \UNNNNNNNN, and
// printable non-ASCII code points are kept. Printability follows
// unicode.IsPrint, which has the same definition as Python's str.isprintable
// (all of categories C and Z except the ASCII space are non-printable); only
// the Unicode versions may differ.
//
// Python strs may hold lone surrogates, which UTF-8 cannot. StrRepr accepts
// them in the generalized "WTF-8" encoding (ED A0..BF xx) and prints them as
// \udXXX; any other invalid byte is printed as \xNN.
func StrRepr(s string) string { return quoteStr(s, false) }

// ASCII returns ascii(s): like StrRepr but every non-ASCII code point is
// escaped as \xNN, \uNNNN or \UNNNNNNNN.
func ASCII(s string) string { return quoteStr(s, true) }

func chooseQuote(s string) byte {
	hasSingle, hasDouble := false, false
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\'':
			hasSingle = true
		case '"':
			hasDouble = true
		}
	}
	if hasSingle && !hasDouble {
		return '"'
	}
	return '\''
}

const hexDigits = "0123456789abcdef"

func appendHexEscape(b []byte, r rune) []byte {
	switch {
	case r <= 0xff:
		return append(b, '\\', 'x', hexDigits[r>>4], hexDigits[r&15])
	case r <= 0xffff:
		return append(b, '\\', 'u', hexDigits[r>>12], hexDigits[r>>8&15], hexDigits[r>>4&15], hexDigits[r&15])
	}
	b = append(b, '\\', 'U')
	for shift := 28; shift >= 0; shift -= 4 {
		b = append(b, hexDigits[r>>uint(shift)&15])
	}
	return b
}

func quoteStr(s string, ascii bool) string {
	q := chooseQuote(s)
	b := make([]byte, 0, len(s)+2)
	b = append(b, q)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == q || c == '\\':
				b = append(b, '\\', c)
			case c == '\t':
				b = append(b, '\\', 't')
			case c == '\n':
				b = append(b, '\\', 'n')
			case c == '\r':
				b = append(b, '\\', 'r')
			case c < ' ' || c == 0x7f:
				b = appendHexEscape(b, rune(c))
			default:
				b = append(b, c)
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			if sur, ok := decodeSurrogate(s[i:]); ok {
				b = appendHexEscape(b, sur)
				i += 3
				continue
			}
			b = appendHexEscape(b, rune(c))
			i++
			continue
		}
		if !ascii && unicode.IsPrint(r) {
			b = append(b, s[i:i+size]...)
		} else {
			b = appendHexEscape(b, r)
		}
		i += size
	}
	b = append(b, q)
	return string(b)
}

// decodeSurrogate decodes a WTF-8 encoded surrogate code point (U+D800 to
// U+DFFF) at the start of s.
func decodeSurrogate(s string) (rune, bool) {
	if len(s) < 3 || s[0] != 0xed || s[1] < 0xa0 || s[1] > 0xbf || s[2]&0xc0 != 0x80 {
		return 0, false
	}
	return rune(s[0]&0x0f)<<12 | rune(s[1]&0x3f)<<6 | rune(s[2]&0x3f), true
}

// BytesRepr returns repr(b) for a bytes object: b'...' with the same quote
// rule as StrRepr, \t \n \r \\ and the quote escaped, and bytes outside
// 0x20..0x7e written as \xNN.
func BytesRepr(b []byte) string {
	return bytesRepr("b", b)
}

// ByteArrayRepr returns repr(bytearray(b)): bytearray(b'...').
func ByteArrayRepr(b []byte) string {
	return "bytearray(" + bytesRepr("b", b) + ")"
}

func bytesRepr(prefix string, s []byte) string {
	q := byte('\'')
	hasSingle, hasDouble := false, false
	for _, c := range s {
		if c == '\'' {
			hasSingle = true
		} else if c == '"' {
			hasDouble = true
		}
	}
	if hasSingle && !hasDouble {
		q = '"'
	}
	b := make([]byte, 0, len(s)+3+len(prefix))
	b = append(b, prefix...)
	b = append(b, q)
	for _, c := range s {
		switch {
		case c == q || c == '\\':
			b = append(b, '\\', c)
		case c == '\t':
			b = append(b, '\\', 't')
		case c == '\n':
			b = append(b, '\\', 'n')
		case c == '\r':
			b = append(b, '\\', 'r')
		case c < ' ' || c >= 0x7f:
			b = appendHexEscape(b, rune(c))
		default:
			b = append(b, c)
		}
	}
	b = append(b, q)
	return string(b)
}
