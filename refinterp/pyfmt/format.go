package pyfmt

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// number is a formatted number split the way CPython's calc_number_widths
// sees it: an optional '-', a prefix such as "0x", a run of digits that may
// be grouped, and a remainder (decimal point, fraction, exponent, '%', or
// the text of inf/nan or a %c character).
type number struct {
	neg       bool
	prefix    string
	digits    string
	remainder string
}

// render lays a number out with sign, grouping and padding.
func (n *number) render(sp *Spec, fill rune, align byte, sep byte, group int) string {
	var sign byte
	switch {
	case n.neg:
		sign = '-'
	case sp.Sign == '+':
		sign = '+'
	case sp.Sign == ' ':
		sign = ' '
	}
	nonDigits := len(n.prefix) + utf8.RuneCountInString(n.remainder)
	if sign != 0 {
		nonDigits++
	}
	minWidth := 0
	if fill == '0' && align == '=' {
		minWidth = sp.Width - nonDigits
	}
	digits := n.digits
	if digits != "" && (group > 0 || minWidth > len(digits)) {
		digits = groupDigits(digits, minWidth, sep, group)
	}
	var b strings.Builder
	pad := sp.Width - nonDigits - len(digits)
	lpad, spad, rpad := 0, 0, 0
	if pad > 0 {
		switch align {
		case '<':
			rpad = pad
		case '^':
			lpad = pad / 2
			rpad = pad - lpad
		case '=':
			spad = pad
		default:
			lpad = pad
		}
	}
	b.Grow(nonDigits + len(digits) + 1 + (lpad+spad+rpad)*utf8.RuneLen(fill))
	writeFill(&b, fill, lpad)
	if sign != 0 {
		b.WriteByte(sign)
	}
	b.WriteString(n.prefix)
	writeFill(&b, fill, spad)
	b.WriteString(digits)
	b.WriteString(n.remainder)
	writeFill(&b, fill, rpad)
	return b.String()
}

func writeFill(b *strings.Builder, fill rune, n int) {
	for ; n > 0; n-- {
		b.WriteRune(fill)
	}
}

// groupDigits inserts a separator every group digits from the right and,
// when minWidth asks for it, pads with zeros (which are grouped too), as
// CPython's _PyUnicode_InsertThousandsGrouping does. group == 0 means no
// separators, only zero padding.
func groupDigits(digits string, minWidth int, sep byte, group int) string {
	if group == 0 {
		if minWidth > len(digits) {
			return strings.Repeat("0", minWidth-len(digits)) + digits
		}
		return digits
	}
	// Build the result right to left.
	capacity := len(digits) + len(digits)/group + 1
	if minWidth > 0 {
		capacity += minWidth
	}
	out := make([]byte, 0, capacity)
	remaining := len(digits)
	first := true
	for {
		l := group
		if m := max3(remaining, minWidth, 1); l > m {
			l = m
		}
		zeros := l - remaining
		if zeros < 0 {
			zeros = 0
		}
		chars := remaining
		if chars > l {
			chars = l
		}
		if chars < 0 {
			chars = 0
		}
		if !first {
			out = append(out, sep)
		}
		first = false
		for i := 0; i < chars; i++ {
			out = append(out, digits[remaining-1-i])
		}
		for i := 0; i < zeros; i++ {
			out = append(out, '0')
		}
		remaining -= chars
		minWidth -= l
		if remaining <= 0 && minWidth <= 0 {
			break
		}
		minWidth--
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return string(out)
}

func max3(a, b, c int) int {
	if b > a {
		a = b
	}
	if c > a {
		a = c
	}
	return a
}

// FormatStr returns format(s, spec) for a str: precision truncates to that
// many code points, the default alignment is left, and sign, "z", "#", "="
// and grouping are errors.
func FormatStr(s string, sp Spec) (string, error) {
	typ := sp.Type
	if typ == 0 {
		typ = 's'
	}
	if _, err := sp.checkGrouping(typ); err != nil {
		return "", err
	}
	if typ != 's' {
		return "", sp.unknownCode("str")
	}
	switch sp.Sign {
	case ' ':
		return "", valueError("Space not allowed in string format specifier")
	case '+', '-':
		return "", valueError("Sign not allowed in string format specifier")
	}
	if sp.NoNegZero {
		return "", valueError("Negative zero coercion (z) not allowed in string format specifier")
	}
	if sp.Alt {
		return "", valueError("Alternate form (#) not allowed in string format specifier")
	}
	if sp.Align == '=' {
		return "", valueError("'=' alignment not allowed in string format specifier")
	}
	if err := checkSize(sp.Width, -1); err != nil {
		return "", err
	}
	fill, align := sp.resolve('<')
	n := -1
	if sp.Precision >= 0 {
		i, count := 0, 0
		for i < len(s) && count < sp.Precision {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
			count++
		}
		s = s[:i]
		n = count
	}
	if sp.Width <= 0 {
		return s, nil
	}
	if n < 0 {
		n = utf8.RuneCountInString(s)
	}
	return pad(s, n, sp.Width, fill, align), nil
}

// pad aligns s, which is n code points long, in a field of width code points.
func pad(s string, n, width int, fill rune, align byte) string {
	if n >= width {
		return s
	}
	p := width - n
	l := 0
	switch align {
	case '>', '=':
		l = p
	case '^':
		l = p / 2
	}
	var b strings.Builder
	b.Grow(len(s) + p*utf8.RuneLen(fill))
	writeFill(&b, fill, l)
	b.WriteString(s)
	writeFill(&b, fill, p-l)
	return b.String()
}

// FormatInt returns format(x, spec) for an int. Types b c d o x X n and none
// format the integer; e E f F g G % convert it to float first (which raises
// OverflowError "int too large to convert to float" when needed). The
// Spec's TypeName defaults to "int" in messages.
func FormatInt(x *big.Int, sp Spec) (string, error) {
	if x.IsInt64() {
		return FormatInt64(x.Int64(), sp)
	}
	return formatInt(x, 0, sp)
}

// FormatInt64 is FormatInt for an int that fits in an int64.
func FormatInt64(x int64, sp Spec) (string, error) {
	return formatInt(nil, x, sp)
}

// formatInt formats big if it is non-nil, else small.
func formatInt(big_ *big.Int, small int64, sp Spec) (string, error) {
	typ := sp.Type
	if typ == 0 {
		typ = 'd'
	}
	group, err := sp.checkGrouping(typ)
	if err != nil {
		return "", err
	}
	base := 10
	switch typ {
	case 'b':
		base = 2
	case 'o':
		base = 8
	case 'x', 'X':
		base = 16
	case 'c', 'd', 'n':
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		f := float64(small)
		if big_ != nil {
			var ok bool
			if f, ok = IntToFloat(big_); !ok {
				return "", overflowError("int too large to convert to float")
			}
		}
		return FormatFloat(f, sp)
	default:
		return "", sp.unknownCode("int")
	}
	if sp.Precision >= 0 {
		return "", valueError("Precision not allowed in integer format specifier")
	}
	if sp.NoNegZero {
		return "", valueError("Negative zero coercion (z) not allowed in integer format specifier")
	}
	var n number
	if typ == 'c' {
		if sp.Sign != 0 {
			return "", valueError("Sign not allowed with integer format specifier 'c'")
		}
		if sp.Alt {
			return "", valueError("Alternate form (#) not allowed with integer format specifier 'c'")
		}
		if big_ != nil {
			return "", overflowError("Python int too large to convert to C long")
		}
		if small < 0 || small > 0x10ffff {
			return "", overflowError("%c arg not in range(0x110000)")
		}
		n.remainder = encodeCodePoint(rune(small))
	} else {
		var digits string
		if big_ != nil {
			n.neg = big_.Sign() < 0
			digits = new(big.Int).Abs(big_).Text(base)
		} else {
			n.neg = small < 0
			u := uint64(small)
			if n.neg {
				u = -u
			}
			digits = strconv.FormatUint(u, base)
		}
		if sp.Alt {
			switch base {
			case 2:
				n.prefix = "0b"
			case 8:
				n.prefix = "0o"
			case 16:
				n.prefix = "0x"
			}
		}
		if typ == 'X' {
			digits = strings.ToUpper(digits)
			n.prefix = strings.ToUpper(n.prefix)
		}
		n.digits = digits
	}
	if typ == 'n' {
		group = 0 // the C locale has no grouping
	}
	if err := checkSize(sp.Width, -1); err != nil {
		return "", err
	}
	fill, align := sp.resolve('>')
	return n.render(&sp, fill, align, sp.Grouping, group), nil
}

// encodeCodePoint encodes r as UTF-8, using the WTF-8 form for surrogates
// (see StrRepr).
func encodeCodePoint(r rune) string {
	if r >= 0xd800 && r <= 0xdfff {
		return string([]byte{0xed, byte(0x80 | (r>>6)&0x3f), byte(0x80 | r&0x3f)})
	}
	return string(r)
}

// IntToFloat converts x to the nearest float64 (ties to even) as CPython's
// float(int) does; ok is false if the result would overflow.
func IntToFloat(x *big.Int) (f float64, ok bool) {
	if x.IsInt64() {
		return float64(x.Int64()), true
	}
	f, _ = new(big.Float).SetInt(x).Float64()
	return f, !math.IsInf(f, 0)
}

// floatNumber formats f (with code/prec/flags as formatDouble) and splits it
// into sign, digits and remainder.
func floatNumber(f float64, code byte, prec, flags int, suffix string) number {
	var buf [64]byte
	b := formatDouble(buf[:0], f, code, prec, flags)
	var n number
	if len(b) > 0 && b[0] == '-' {
		n.neg = true
		b = b[1:]
	}
	i := 0
	for i < len(b) && b[i] >= '0' && b[i] <= '9' {
		i++
	}
	n.digits = string(b[:i])
	n.remainder = string(b[i:]) + suffix
	return n
}

// floatCode maps a format type to formatDouble's code and flags; ok is false
// for a type floats do not support.
func floatCode(sp *Spec, typ rune, complex bool) (code byte, prec, flags int, ok bool) {
	prec = sp.Precision
	if sp.Alt {
		flags |= dtsfAlt
	}
	if sp.NoNegZero {
		flags |= dtsfNoNeg0
	}
	defPrec := 6
	switch typ {
	case 0:
		if !complex {
			flags |= dtsfAddDot0
		}
		code, defPrec = 'r', 0
	case 'n', 'g':
		code = 'g'
	case 'G':
		code, flags = 'g', flags|dtsfUpper
	case 'e', 'f':
		code = byte(typ)
	case 'E', 'F':
		code, flags = byte(typ)+'a'-'A', flags|dtsfUpper
	case '%':
		if complex {
			return 0, 0, 0, false
		}
		code = 'f'
	default:
		return 0, 0, 0, false
	}
	if prec < 0 {
		prec = defPrec
	} else if code == 'r' {
		code = 'g'
	}
	return code, prec, flags, true
}

// FormatFloat returns format(f, spec) for a float: types e E f F g G n % and
// none (like repr, but when a precision is given like 'g' with at least one
// digit after the point). 'n' formats as in the C locale: like 'g' (and 'd'
// for ints), without grouping. The Spec's TypeName defaults to "float".
func FormatFloat(f float64, sp Spec) (string, error) {
	group, err := sp.checkGrouping(sp.Type)
	if err != nil {
		return "", err
	}
	code, prec, flags, ok := floatCode(&sp, sp.Type, false)
	if !ok {
		return "", sp.unknownCode("float")
	}
	if err := floatSize(&sp); err != nil {
		return "", err
	}
	suffix := ""
	if sp.Type == '%' {
		f *= 100
		suffix = "%"
	}
	if sp.Type == 'n' {
		group = 0
	}
	n := floatNumber(f, code, prec, flags, suffix)
	fill, align := sp.resolve('>')
	return n.render(&sp, fill, align, sp.Grouping, group), nil
}

// FormatComplex returns format(complex(re, im), spec). With no type the
// result looks like str() (parentheses, no real part when it is +0); with a
// type both parts are always shown, without parentheses. Zero padding and
// '=' alignment are errors. The Spec's TypeName defaults to "complex".
func FormatComplex(re, im float64, sp Spec) (string, error) {
	group, err := sp.checkGrouping(sp.Type)
	if err != nil {
		return "", err
	}
	code, prec, flags, ok := floatCode(&sp, sp.Type, true)
	if !ok {
		return "", sp.unknownCode("complex")
	}
	if sp.Zero || sp.Fill == '0' {
		return "", valueError("Zero padding is not allowed in complex format specifier")
	}
	if sp.Align == '=' {
		return "", valueError("'=' alignment flag is not allowed in complex format specifier")
	}
	if err := floatSize(&sp); err != nil {
		return "", err
	}
	skipRe, parens := false, false
	if sp.Type == 0 {
		if re == 0 && !math.Signbit(re) {
			skipRe = true
		} else {
			parens = true
		}
	}
	if sp.Type == 'n' {
		group = 0
	}
	inner := Spec{Width: -1, Sign: sp.Sign}
	var b strings.Builder
	if parens {
		b.WriteByte('(')
	}
	if !skipRe {
		rn := floatNumber(re, code, prec, flags, "")
		b.WriteString(rn.render(&inner, ' ', '<', sp.Grouping, group))
		inner.Sign = '+'
	}
	in := floatNumber(im, code, prec, flags, "")
	b.WriteString(in.render(&inner, ' ', '<', sp.Grouping, group))
	b.WriteByte('j')
	if parens {
		b.WriteByte(')')
	}
	s := b.String()
	fill, align := sp.resolve('>')
	return pad(s, len(s), sp.Width, fill, align), nil
}

// floatSize applies CPython's "precision too big" limit and MaxWidth.
func floatSize(sp *Spec) error {
	if sp.Precision > math.MaxInt32 {
		return valueError("precision too big")
	}
	return checkSize(sp.Width, sp.Precision)
}
