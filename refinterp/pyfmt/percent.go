package pyfmt

import (
	"math/big"
	"strconv"
	"unicode/utf8"
)

// PercentPiece is one part of a printf-style format string: either literal
// text (Verb == 0; "%%" already reduced to "%") or a directive
//
//	%[(key)][flags][width][.precision][h|l|L]verb
type PercentPiece struct {
	Literal string // literal text when Verb == 0

	HasKey bool   // the directive names a mapping key: %(key)s
	Key    string // the key, parentheses nest as in CPython
	Minus  bool   // '-': left-justify
	Plus   bool   // '+': always print a sign
	Space  bool   // ' ': a space before positive numbers
	Alt    bool   // '#': alternate form (0o, 0x, 0X prefixes; keep the point)
	Zero   bool   // '0': pad numbers with zeros

	Width     int  // -1 if none
	StarWidth bool // width is '*': taken from the arguments
	Precision int  // -1 if none
	StarPrec  bool // precision is '*': taken from the arguments
	Verb      rune // conversion character; 0 for literal text
	VerbIndex int  // index of Verb in the format string, in code points
}

// SetStarWidth applies a width taken from the arguments for '*': a negative
// width left-justifies, as in CPython. Callers should report MemoryError
// for a width above MaxWidth, as Percent does.
func (p *PercentPiece) SetStarWidth(w int) {
	if w < 0 {
		p.Minus = true
		w = -w
	}
	p.Width = w
}

// SetStarPrecision applies a precision taken from the arguments for '*';
// CPython treats a negative one as 0.
func (p *PercentPiece) SetStarPrecision(n int) {
	if n < 0 {
		n = 0
	}
	p.Precision = n
}

// PercentHandler is what Percent needs from the interpreter for each
// directive, called in CPython's order so that errors come out the same.
type PercentHandler interface {
	// Lookup selects the mapping value for %(key)... (KeyError is the
	// caller's; "format requires a mapping" too).
	Lookup(key string) error
	// StarArg takes the next positional argument as an int for '*'
	// ("* wants int", "not enough arguments for format string").
	StarArg() (int, error)
	// Format takes the value (the looked-up one, or the next positional
	// argument) and appends it formatted for d, typically with
	// AppendPercentInt, AppendPercentFloat or AppendPercentText. For an
	// unsupported verb, Percent calls Format with d.Verb set and then, if
	// Format returned no error, returns the "unsupported format character"
	// error, because CPython fetches the argument first; Format should
	// then only consume the argument.
	Format(dst []byte, d *PercentPiece) ([]byte, error)
}

// Percent runs the printf-style format string through h and returns the
// result. The caller still checks afterwards that all positional arguments
// were used ("not all arguments converted during string formatting").
func Percent(format string, h PercentHandler) (string, error) {
	out := make([]byte, 0, len(format)+16)
	err := scanPercent(format, false, func(p *PercentPiece) error {
		if p.Verb == 0 {
			out = append(out, p.Literal...)
			return nil
		}
		var err error
		out, err = h.Format(out, p)
		return err
	}, h)
	return string(out), err
}

// PercentBytes is Percent for bytes % args: every byte is one character,
// so literal bytes pass through unchanged and VerbIndex and error messages
// count bytes, as CPython's bytes formatting does.
func PercentBytes(format []byte, h PercentHandler) ([]byte, error) {
	out := make([]byte, 0, len(format)+16)
	err := scanPercent(string(format), true, func(p *PercentPiece) error {
		if p.Verb == 0 {
			out = append(out, p.Literal...)
			return nil
		}
		var err error
		out, err = h.Format(out, p)
		return err
	}, h)
	return out, err
}

// ParsePercent splits a printf-style format string into literal text and
// directives. A '*' width or precision is reported with StarWidth/StarPrec
// for the caller to fill in with SetStarWidth/SetStarPrecision.
//
// CPython reports a malformed directive only when formatting reaches it,
// after earlier directives have consumed (and possibly failed on) their
// arguments. So on error ParsePercent returns the pieces before the bad
// directive as well as the error; a caller that wants CPython's exact
// behaviour processes those pieces first. For an unsupported conversion
// character CPython even fetches the argument before failing; the last
// piece is then that directive (with its Verb) alongside the error. Percent
// handles all of this ordering itself.
func ParsePercent(format string) ([]PercentPiece, error) {
	var pieces []PercentPiece
	err := scanPercent(format, false, func(p *PercentPiece) error {
		// scanPercent splits literal text at "%%"; join it again.
		if n := len(pieces); n > 0 && p.Verb == 0 && pieces[n-1].Verb == 0 {
			pieces[n-1].Literal += p.Literal
			return nil
		}
		pieces = append(pieces, *p)
		return nil
	}, nil)
	return pieces, err
}

// scanPercent parses format, calling emit for each piece (literal text may
// come in several pieces, split at "%%"). With a handler,
// keys are looked up and star arguments fetched as they are parsed. In
// bytes mode every byte is one character.
func scanPercent(format string, bytesMode bool, emit func(*PercentPiece) error, h PercentHandler) error {
	decode := func(s string) (rune, int) {
		if bytesMode {
			return rune(s[0]), 1
		}
		return utf8.DecodeRuneInString(s)
	}
	cp := 0 // code-point index of i
	// One piece is reused for every literal and directive (emit must not
	// keep it), and literal text is a substring of format: "%%" ends one
	// literal after its first '%' and starts the next after the second.
	// This keeps formatting free of per-piece allocations.
	var p PercentPiece
	litStart := 0
	flush := func(end int) error {
		if end <= litStart {
			return nil
		}
		p = PercentPiece{Literal: format[litStart:end], Width: -1, Precision: -1}
		return emit(&p)
	}
	i := 0
	for i < len(format) {
		c := format[i]
		if c != '%' {
			if bytesMode || c < utf8.RuneSelf {
				i++
			} else {
				_, size := decode(format[i:])
				i += size
			}
			cp++
			continue
		}
		i++
		cp++
		if i < len(format) && format[i] == '%' {
			if err := flush(i); err != nil {
				return err
			}
			i++
			cp++
			litStart = i
			continue
		}
		if err := flush(i - 1); err != nil {
			return err
		}
		p = PercentPiece{Width: -1, Precision: -1}
		// next reads one code point.
		next := func() (rune, bool) {
			if i >= len(format) {
				return 0, false
			}
			r, size := decode(format[i:])
			i += size
			cp++
			return r, true
		}
		if i < len(format) && format[i] == '(' {
			i++
			cp++
			start, depth := i, 1
			for i < len(format) && depth > 0 {
				switch format[i] {
				case '(':
					depth++
				case ')':
					depth--
				}
				if bytesMode || format[i] < utf8.RuneSelf || format[i] >= 0xc0 {
					cp++
				}
				i++
			}
			if depth > 0 {
				return valueError("incomplete format key")
			}
			p.HasKey, p.Key = true, format[start:i-1]
			if h != nil {
				if err := h.Lookup(p.Key); err != nil {
					return err
				}
			}
		}
		r, ok := next()
	flags:
		for ok {
			switch r {
			case '-':
				p.Minus = true
			case '+':
				p.Plus = true
			case ' ':
				p.Space = true
			case '#':
				p.Alt = true
			case '0':
				p.Zero = true
			default:
				break flags
			}
			r, ok = next()
		}
		if ok && r == '*' {
			p.StarWidth = true
			if h != nil {
				w, err := h.StarArg()
				if err != nil {
					return err
				}
				p.SetStarWidth(w)
				if p.Width > MaxWidth {
					return memoryError()
				}
			}
			r, ok = next()
		} else if ok && r >= '0' && r <= '9' {
			w := 0
			for ok && r >= '0' && r <= '9' {
				if w > (maxInt-int(r-'0'))/10 {
					return valueError("width too big")
				}
				w = w*10 + int(r-'0')
				r, ok = next()
			}
			p.Width = w
			if w > MaxWidth {
				return memoryError()
			}
		}
		if ok && r == '.' {
			p.Precision = 0
			r, ok = next()
			if ok && r == '*' {
				p.StarPrec = true
				if h != nil {
					n, err := h.StarArg()
					if err != nil {
						return err
					}
					p.SetStarPrecision(n)
					if p.Precision > MaxWidth {
						return memoryError()
					}
				}
				r, ok = next()
			} else {
				n := 0
				for ok && r >= '0' && r <= '9' {
					if n > (maxInt-int(r-'0'))/10 {
						return valueError("precision too big")
					}
					n = n*10 + int(r-'0')
					r, ok = next()
				}
				p.Precision = n
				if n > MaxWidth {
					return memoryError()
				}
			}
		}
		if ok && (r == 'h' || r == 'l' || r == 'L') {
			r, ok = next()
		}
		if !ok {
			return valueError("incomplete format")
		}
		p.Verb = r
		p.VerbIndex = cp - 1
		switch r {
		case 'd', 'i', 'u', 'o', 'x', 'X', 'e', 'E', 'f', 'F', 'g', 'G', 'c', 's', 'r', 'a', 'b':
			// 'b' is bytes-only: the handler rejects it for str
			if err := emit(&p); err != nil {
				return err
			}
		default:
			if err := emit(&p); err != nil {
				return err
			}
			shown := "?"
			switch {
			case bytesMode && r >= 0x80:
				// CPython formats the message with a negative C char
				// and fails while doing so.
				return valueError("character argument not in range(0x110000)")
			case bytesMode || r >= 32 && r <= 126:
				shown = string(r)
			}
			return valueError("unsupported format character '" + shown + "' (0x" +
				strconv.FormatInt(int64(r), 16) + ") at index " + strconv.Itoa(p.VerbIndex))
		}
		litStart = i
	}
	return flush(len(format))
}

// AppendPercentInt appends x formatted for an integer directive
// (d i u o x X) as CPython's %-formatting does: precision is a minimum
// number of digits, '#' adds 0o/0x/0X, '0' pads with zeros after the sign
// and prefix.
func AppendPercentInt(dst []byte, x *big.Int, p *PercentPiece) []byte {
	neg := x.Sign() < 0
	base := 10
	switch p.Verb {
	case 'o':
		base = 8
	case 'x', 'X':
		base = 16
	}
	return appendPercentDigits(dst, neg, new(big.Int).Abs(x).Text(base), p)
}

// AppendPercentInt64 is AppendPercentInt for an int64.
func AppendPercentInt64(dst []byte, x int64, p *PercentPiece) []byte {
	u := uint64(x)
	if x < 0 {
		u = -u
	}
	base := 10
	switch p.Verb {
	case 'o':
		base = 8
	case 'x', 'X':
		base = 16
	}
	var buf [64]byte
	return appendPercentDigits(dst, x < 0, string(strconv.AppendUint(buf[:0], u, base)), p)
}

func appendPercentDigits(dst []byte, neg bool, digits string, p *PercentPiece) []byte {
	var stack [80]byte // sign, prefix and digits, usually without a heap buffer
	b := stack[:0]
	if neg {
		b = append(b, '-')
	}
	if p.Alt {
		switch p.Verb {
		case 'o':
			b = append(b, "0o"...)
		case 'x', 'X':
			b = append(b, "0x"...)
		}
	}
	for n := len(digits); n < p.Precision; n++ {
		b = append(b, '0')
	}
	b = append(b, digits...)
	if p.Verb == 'X' {
		for i, c := range b {
			if c >= 'a' && c <= 'z' {
				b[i] = c - 'a' + 'A'
			}
		}
	}
	return percentOutput(dst, string(b), p, true)
}

// AppendPercentFloat appends f formatted for a float directive
// (e E f F g G); the precision defaults to 6.
func AppendPercentFloat(dst []byte, f float64, p *PercentPiece) []byte {
	prec := p.Precision
	if prec < 0 {
		prec = 6
	}
	flags := 0
	if p.Alt {
		flags |= dtsfAlt
	}
	code := byte(p.Verb)
	if code >= 'A' && code <= 'Z' {
		code += 'a' - 'A'
		flags |= dtsfUpper
	}
	var buf [64]byte
	s := formatDouble(buf[:0], f, code, prec, flags)
	return percentOutput(dst, string(s), p, true)
}

// AppendPercentText appends s for the s, r, a and c directives: s is the
// already converted text (str(), repr(), ascii() of the value, or the one
// character for %c). Precision truncates s, r and a to that many code
// points; width pads with spaces.
func AppendPercentText(dst []byte, s string, p *PercentPiece) []byte {
	return percentOutput(dst, s, p, false)
}

// percentOutput is CPython's unicode_format_arg_output: it adds the sign,
// prefix and padding around a converted value.
func percentOutput(dst []byte, s string, p *PercentPiece, numeric bool) []byte {
	n := utf8.RuneCountInString(s)
	width := p.Width
	if (width < 0 || width <= n) && (p.Precision < 0 || p.Precision >= n) && !(numeric && (p.Plus || p.Space)) {
		return append(dst, s...)
	}
	if (p.Verb == 's' || p.Verb == 'r' || p.Verb == 'a') && p.Precision >= 0 && n > p.Precision {
		i := 0
		for k := 0; k < p.Precision; k++ {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
		s, n = s[:i], p.Precision
	}
	fill := byte(' ')
	if numeric && p.Zero {
		fill = '0'
	}
	var sign byte
	if numeric {
		if s != "" && (s[0] == '-' || s[0] == '+') {
			sign = s[0]
			s = s[1:]
			n--
		} else if p.Plus {
			sign = '+'
		} else if p.Space {
			sign = ' '
		}
	}
	if width < n {
		width = n
	}
	if sign != 0 {
		if fill != ' ' {
			dst = append(dst, sign)
		}
		if width > n {
			width--
		}
	}
	prefix := ""
	if numeric && p.Alt && (p.Verb == 'x' || p.Verb == 'X' || p.Verb == 'o') {
		prefix, s = s[:2], s[2:]
		if fill != ' ' {
			dst = append(dst, prefix...)
		}
		width -= 2
		if width < 0 {
			width = 0
		}
		n -= 2
	}
	if width > n && !p.Minus {
		for k := width - n; k > 0; k-- {
			dst = append(dst, fill)
		}
		width = n
	}
	if fill == ' ' {
		if sign != 0 {
			dst = append(dst, sign)
		}
		dst = append(dst, prefix...)
	}
	dst = append(dst, s...)
	for k := width - n; k > 0; k-- {
		dst = append(dst, ' ')
	}
	return dst
}

// ErrPercentCharType is the TypeError CPython raises when %c gets a value
// that is neither an int nor a one-character str.
var ErrPercentCharType = &Error{Type: "TypeError", Msg: "%c requires int or char"}

// PercentCharCode converts the int argument of %c to its character (a lone
// surrogate is WTF-8 encoded, see StrRepr), or fails with OverflowError
// "%c arg not in range(0x110000)".
func PercentCharCode(x *big.Int) (string, error) {
	if !x.IsInt64() || x.Int64() < 0 || x.Int64() > 0x10ffff {
		return "", overflowError("%c arg not in range(0x110000)")
	}
	return encodeCodePoint(rune(x.Int64())), nil
}
