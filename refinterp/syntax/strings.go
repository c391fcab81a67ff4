package syntax

import (
	"math/big"
	"strconv"
	"unicode/utf8"
)

// parseNumber converts the current INT, FLOAT or IMAG token.
func (p *parser) parseNumber() *Constant {
	text := p.tokText()
	// Drop underscores (the scanner has validated their placement).
	var buf [64]byte
	clean := buf[:0]
	for _, c := range text {
		if c != '_' {
			clean = append(clean, c)
		}
	}
	c := p.newConst()
	switch p.tok() {
	case tINT:
		c.Kind = ConstInt
		s := string(clean)
		base := 10
		digits := s
		if len(s) > 1 && s[0] == '0' {
			switch s[1] | 0x20 {
			case 'x':
				base, digits = 16, s[2:]
			case 'o':
				base, digits = 8, s[2:]
			case 'b':
				base, digits = 2, s[2:]
			}
		}
		v, err := strconv.ParseInt(digits, base, 64)
		if err == nil {
			c.Int = v
		} else {
			b, ok := new(big.Int).SetString(digits, base)
			if !ok {
				p.syntaxError(p.pos(), p.sc.tok.end, "invalid decimal literal")
				return c
			}
			c.Big = b
		}
	case tFLOAT:
		c.Kind = ConstFloat
		c.Float = parseFloat(clean)
	case tIMAG:
		c.Kind = ConstImag
		c.Float = parseFloat(clean[:len(clean)-1])
	}
	return c
}

func parseFloat(b []byte) float64 {
	f, err := strconv.ParseFloat(string(b), 64)
	if err != nil {
		// Overflow yields ±Inf (as in CPython); underflow yields 0.
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return f
		}
	}
	return f
}

// strPrefix describes a string literal token.
type strPrefix struct {
	raw, bytes, fmt, u bool
	bodyOff, bodyEnd   int // offsets of the text between the quotes
}

func (p *parser) splitString(t tokInfo) strPrefix {
	src := p.src
	var sp strPrefix
	i := int(t.off)
	for ; i < int(t.eof); i++ {
		c := src[i]
		if c == '"' || c == '\'' {
			break
		}
		switch c | 0x20 {
		case 'r':
			sp.raw = true
		case 'b':
			sp.bytes = true
		case 'f':
			sp.fmt = true
		case 'u':
			sp.u = true
		}
	}
	q := src[i]
	n := 1
	if i+2 < int(t.eof) && src[i+1] == q && src[i+2] == q && int(t.eof)-i >= 6 {
		n = 3
	}
	sp.bodyOff = i + n
	sp.bodyEnd = int(t.eof) - n
	if sp.bodyEnd < sp.bodyOff {
		sp.bodyEnd = sp.bodyOff
	}
	return sp
}

// fpart accumulates the pieces of a (possibly implicitly concatenated) f-string.
type fbuilder struct {
	values []Expr
	lit    []byte
	litPos Pos
}

func (b *fbuilder) flush(end Pos) {
	if len(b.lit) == 0 {
		return
	}
	c := &Constant{Kind: ConstStr, Str: string(b.lit)}
	c.Pos, c.End = b.litPos, end
	b.values = append(b.values, c)
	b.lit = b.lit[:0]
}

// parseStrings parses one or more adjacent string literals.
func (p *parser) parseStrings() Expr {
	start := p.pos()
	first := p.splitString(p.sc.tok)
	isBytes := first.bytes
	anyF := false
	var buf []byte
	var fb *fbuilder
	for p.tok() == tSTRING && p.err == nil {
		t := p.sc.tok
		sp := p.splitString(t)
		if sp.bytes != isBytes {
			p.syntaxError(t.end, Pos{}, "cannot mix bytes and nonbytes literals")
			return p.bad()
		}
		if sp.fmt {
			if !anyF {
				anyF = true
				fb = &fbuilder{litPos: start}
				fb.lit = append(fb.lit, buf...)
			}
			p.fstring(fb, t, sp, 0)
		} else if anyF {
			if len(fb.lit) == 0 {
				fb.litPos = t.pos
			}
			fb.lit = p.decodeString(fb.lit, t, sp)
		} else {
			buf = p.decodeString(buf, t, sp)
		}
		if p.err != nil {
			return p.bad()
		}
		p.next()
	}
	end := p.end()
	if anyF {
		fb.flush(end)
		j := &JoinedStr{Values: fb.values}
		j.Pos, j.End = start, end
		return j
	}
	c := p.newConst()
	c.Kind, c.Str, c.U = ConstStr, string(buf), first.u
	if isBytes {
		c.Kind = ConstBytes
	}
	c.Pos, c.End = start, end
	return c
}

// decodeString appends the value of a non-f string literal token to buf.
func (p *parser) decodeString(buf []byte, t tokInfo, sp strPrefix) []byte {
	body := p.src[sp.bodyOff:sp.bodyEnd]
	if sp.bytes {
		for _, c := range body {
			if c >= 0x80 {
				p.syntaxError(t.pos, t.end, "bytes can only contain ASCII literal characters")
				return buf
			}
		}
	}
	if sp.raw {
		return append(buf, body...)
	}
	for i := 0; i < len(body); {
		c := body[i]
		if c != '\\' {
			buf = append(buf, c)
			i++
			continue
		}
		var ok bool
		buf, i, ok = p.decodeEscape(buf, body, i, sp.bytes, t)
		if !ok {
			return buf
		}
	}
	return buf
}

// decodeEscape decodes the escape sequence at body[i] (a backslash), appends
// its value and returns the index after it.
func (p *parser) decodeEscape(buf, body []byte, i int, isBytes bool, t tokInfo) ([]byte, int, bool) {
	start := i
	i++
	if i >= len(body) {
		return append(buf, '\\'), i, true
	}
	c := body[i]
	i++
	switch c {
	case '\n':
		return buf, i, true
	case '\\', '\'', '"':
		return append(buf, c), i, true
	case 'a':
		return append(buf, 7), i, true
	case 'b':
		return append(buf, 8), i, true
	case 'f':
		return append(buf, 12), i, true
	case 'n':
		return append(buf, '\n'), i, true
	case 'r':
		return append(buf, '\r'), i, true
	case 't':
		return append(buf, '\t'), i, true
	case 'v':
		return append(buf, 11), i, true
	case '0', '1', '2', '3', '4', '5', '6', '7':
		v := rune(c - '0')
		for n := 1; n < 3 && i < len(body) && body[i] >= '0' && body[i] <= '7'; n++ {
			v = v*8 + rune(body[i]-'0')
			i++
		}
		if isBytes {
			return append(buf, byte(v)), i, true
		}
		return appendRune(buf, v), i, true
	case 'x':
		v, n := hexValue(body[i:], 2)
		if n < 2 {
			if isBytes {
				p.syntaxError(t.end, Pos{}, "(value error) invalid \\x escape at position "+strconv.Itoa(start))
			} else {
				p.unicodeError(t, start, i+n-1, "truncated \\xXX escape")
			}
			return buf, i, false
		}
		i += n
		if isBytes {
			return append(buf, byte(v)), i, true
		}
		return appendRune(buf, v), i, true
	case 'u', 'U', 'N':
		if isBytes {
			return append(buf, '\\', c), i, true
		}
		if c == 'N' {
			if i >= len(body) || body[i] != '{' {
				p.unicodeError(t, start, i-1, "malformed \\N character escape")
				return buf, i, false
			}
			j := i + 1
			for j < len(body) && body[j] != '}' {
				j++
			}
			if j >= len(body) || j == i+1 {
				p.unicodeError(t, start, j-1, "malformed \\N character escape")
				return buf, i, false
			}
			r, ok := lookupUnicodeName(body[i+1 : j])
			if !ok {
				p.unicodeError(t, start, j, "unknown Unicode character name")
				return buf, i, false
			}
			return appendRune(buf, r), j + 1, true
		}
		want := 4
		msg := "truncated \\uXXXX escape"
		if c == 'U' {
			want = 8
			msg = "truncated \\UXXXXXXXX escape"
		}
		v, n := hexValue(body[i:], want)
		if n < want {
			p.unicodeError(t, start, i+n-1, msg)
			return buf, i, false
		}
		if v > 0x10FFFF || v < 0 {
			p.unicodeError(t, start, i+n-1, "illegal Unicode character")
			return buf, i, false
		}
		return appendRune(buf, v), i + n, true
	}
	// Unknown escapes are kept verbatim (CPython warns).
	buf = append(buf, '\\')
	return buf, i - 1, true
}

func (p *parser) unicodeError(t tokInfo, from, to int, what string) {
	codec := "unicodeescape"
	p.syntaxError(t.end, Pos{}, "(unicode error) '"+codec+"' codec can't decode bytes in position "+
		strconv.Itoa(from)+"-"+strconv.Itoa(to)+": "+what)
}

func hexValue(b []byte, n int) (rune, int) {
	var v rune
	i := 0
	for ; i < n && i < len(b); i++ {
		c := b[i]
		var d byte
		switch {
		case c >= '0' && c <= '9':
			d = c - '0'
		case c|0x20 >= 'a' && c|0x20 <= 'f':
			d = c | 0x20 - 'a' + 10
		default:
			return v, i
		}
		v = v*16 + rune(d)
	}
	return v, i
}

// appendRune appends r in UTF-8, encoding surrogates (which UTF-8 forbids)
// as generalised UTF-8 so that they survive (see the package comment).
func appendRune(b []byte, r rune) []byte {
	if r >= 0xD800 && r <= 0xDFFF {
		return append(b, byte(0xE0|r>>12), byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(b, r)
}

// ----------------------------------------------------------------- f-strings

// fstring parses the f-string token t into fb. level is the nesting depth
// of format specs (0 for the string itself).
func (p *parser) fstring(fb *fbuilder, t tokInfo, sp strPrefix, level int) {
	if len(fb.lit) == 0 {
		fb.litPos = t.pos
	}
	// Track line/column while walking the body so nested expressions get
	// their real source positions.
	fs := fscan{p: p, t: t, sp: sp, line: t.pos.Line, lineStart: int(p.main.lines[t.pos.Line-1])}
	fs.i = sp.bodyOff
	fs.parse(fb, level, sp.bodyEnd)
}

// fscan walks the body of an f-string literal.
type fscan struct {
	p         *parser
	t         tokInfo
	sp        strPrefix
	i         int // offset in p.src
	line      int32
	lineStart int
}

func (f *fscan) pos() Pos { return Pos{f.line, int32(f.i-f.lineStart) + 1} }

func (f *fscan) advance() {
	if f.p.src[f.i] == '\n' {
		f.line++
		f.lineStart = f.i + 1
	}
	f.i++
}

// errorf reports an error in the f-string's own syntax. CPython 3.11
// places these at the end of the string token.
func (f *fscan) errorf(msg string) {
	f.p.syntaxError(f.t.end, Pos{}, msg)
}

// parse parses literal text and replacement fields up to end (level 0) or
// up to the '}' closing a format spec (level > 0).
func (f *fscan) parse(fb *fbuilder, level int, end int) {
	p := f.p
	src := p.src
	for f.i < end && p.err == nil {
		c := src[f.i]
		switch {
		case c == '{' || c == '}':
			if level == 0 && f.i+1 < end && src[f.i+1] == c {
				if len(fb.lit) == 0 {
					fb.litPos = f.pos()
				}
				fb.lit = append(fb.lit, c)
				f.i += 2
				continue
			}
			if c == '}' {
				if level == 0 {
					f.i++
					f.errorf("f-string: single '}' is not allowed")
				}
				return
			}
			f.i++
			f.field(fb, level, end)
		case c == '\\' && !f.sp.raw:
			if len(fb.lit) == 0 {
				fb.litPos = f.pos()
			}
			// \N{...} keeps its braces.
			var ok bool
			body := src[:end]
			if f.i+1 < end && src[f.i+1] == '\n' {
				f.line++
				f.lineStart = f.i + 2
			}
			fb.lit, f.i, ok = p.decodeEscape(fb.lit, body, f.i, false, f.t)
			if !ok {
				return
			}
		default:
			if len(fb.lit) == 0 {
				fb.litPos = f.pos()
			}
			fb.lit = append(fb.lit, c)
			f.advance()
		}
	}
}

// field parses one replacement field after its '{'.
func (f *fscan) field(fb *fbuilder, level int, end int) {
	p := f.p
	src := p.src
	if level >= 2 {
		f.errorf("f-string: expressions nested too deeply")
		return
	}
	exprStart := f.i
	startPos := f.pos()
	startLine, startLineStart := f.line, f.lineStart
	var quote byte
	triple := false
	var stack [200]byte
	depth := 0
	for ; f.i < end; f.advance() {
		c := src[f.i]
		if c == '\\' {
			f.errorf("f-string expression part cannot include a backslash")
			return
		}
		if quote != 0 {
			if c == quote {
				if triple {
					if f.i+2 < end && src[f.i+1] == c && src[f.i+2] == c {
						f.i += 2
						quote = 0
					}
				} else {
					quote = 0
				}
			}
			continue
		}
		switch c {
		case '\'', '"':
			if f.i+2 < end && src[f.i+1] == c && src[f.i+2] == c {
				triple = true
				f.i += 2
			} else {
				triple = false
			}
			quote = c
			continue
		case '[', '(', '{':
			if depth >= len(stack) {
				f.errorf("f-string: too many nested parenthesis")
				return
			}
			stack[depth] = c
			depth++
			continue
		case '#':
			f.errorf("f-string expression part cannot include '#'")
			return
		}
		if depth == 0 && (c == '!' || c == ':' || c == '}' || c == '=' || c == '>' || c == '<') {
			if f.i+1 < end {
				n := src[f.i+1]
				if c == '!' && n == '=' || c == '=' && n == '=' || c == '<' && n == '=' || c == '>' && n == '=' {
					f.i++
					continue
				}
			}
			if c == '>' || c == '<' {
				continue
			}
			break
		}
		switch c {
		case ']', ')', '}':
			if depth == 0 {
				f.errorf("f-string: unmatched '" + string(c) + "'")
				return
			}
			depth--
			o := stack[depth]
			if o == '(' && c != ')' || o == '[' && c != ']' || o == '{' && c != '}' {
				f.errorf("f-string: closing parenthesis '" + string(c) + "' does not match opening parenthesis '" + string(o) + "'")
				return
			}
		}
	}
	if quote != 0 {
		f.errorf("f-string: unterminated string")
		return
	}
	if depth > 0 {
		f.errorf("f-string: unmatched '" + string(stack[depth-1]) + "'")
		return
	}
	if f.i >= end {
		f.errorf("f-string: expecting '}'")
		return
	}
	exprEnd := f.i
	empty := true
	for _, c := range src[exprStart:exprEnd] {
		if c != ' ' && c != '\t' && c != '\n' && c != '\f' && c != '\r' {
			empty = false
			break
		}
	}
	if empty {
		if c := src[exprEnd]; c == '=' || c == '!' || c == ':' {
			f.errorf("f-string: expression required before '" + string(c) + "'")
		} else {
			f.errorf("f-string: empty expression not allowed")
		}
		return
	}
	value := p.fstringExpr(exprStart, exprEnd, startPos, startLine, startLineStart)
	if p.err != nil {
		return
	}
	fv := &FormattedValue{Value: value}
	fv.Pos = startPos
	// The '=' debug specifier.
	debug := false
	if src[f.i] == '=' {
		debug = true
		f.advance()
		for f.i < end && (src[f.i] == ' ' || src[f.i] == '\t' || src[f.i] == '\n' || src[f.i] == '\f') {
			f.advance()
		}
		if len(fb.lit) == 0 {
			fb.litPos = startPos
		}
		fb.lit = append(fb.lit, src[exprStart:f.i]...)
		if f.i >= end {
			f.errorf("f-string: expecting '}'")
			return
		}
	}
	if src[f.i] == '!' {
		f.advance()
		if f.i >= end {
			f.errorf("f-string: expecting '}'")
			return
		}
		conv := src[f.i]
		f.advance()
		if conv != 's' && conv != 'r' && conv != 'a' {
			f.errorf("f-string: invalid conversion character: expected 's', 'r', or 'a'")
			return
		}
		fv.Conversion = rune(conv)
		if f.i >= end {
			f.errorf("f-string: expecting '}'")
			return
		}
	}
	if src[f.i] == ':' {
		f.advance()
		spec := &fbuilder{litPos: f.pos()}
		specPos := f.pos()
		f.parse(spec, level+1, end)
		if p.err != nil {
			return
		}
		spec.flush(f.pos())
		js := &JoinedStr{Values: spec.values}
		js.Pos, js.End = specPos, f.pos()
		fv.FormatSpec = js
	}
	if f.i >= end || src[f.i] != '}' {
		f.errorf("f-string: expecting '}'")
		return
	}
	f.i++
	if debug && fv.Conversion == 0 && fv.FormatSpec == nil {
		fv.Conversion = 'r'
	}
	fv.End = f.pos()
	fb.flush(startPos)
	fb.values = append(fb.values, fv)
}

// fstringExpr parses the expression text src[from:to] of a replacement field.
func (p *parser) fstringExpr(from, to int, pos Pos, line int32, lineStart int) Expr {
	if p.fdepth > 20 {
		p.syntaxError(pos, Pos{}, "f-string: expressions nested too deeply")
		return nil
	}
	p.fdepth++
	saved := p.sc
	// Reuse one sub-scanner per nesting level.
	for len(p.fscanners) < p.fdepth {
		p.fscanners = append(p.fscanners, &scanner{fmode: true})
	}
	sub := p.fscanners[p.fdepth-1]
	*sub = scanner{fmode: true, indents: sub.indents[:0], altIndents: sub.altIndents[:0], brackets: sub.brackets[:0]}
	sub.init(p, p.src, from, to, line, lineStart)
	sub.tok = saved.tok
	p.sc = sub
	p.next()
	var e Expr
	if p.tok() == kYield {
		e = p.parseYield()
	} else {
		e = p.parseStarExprs()
	}
	if p.err == nil && p.tok() != tEOF {
		// CPython compiles the text in parentheses, hence the bracket hint.
		if p.startsExpr() && e != nil {
			s, _ := e.Span()
			p.forgotComma(s)
		} else {
			p.invalid()
		}
	}
	if p.err == nil {
		if st, ok := e.(*Starred); ok {
			p.nodeError(st, "cannot use starred expression here")
		}
	}
	p.sc = saved
	p.fdepth--
	if p.err != nil {
		// Errors found compiling the expression get CPython's prefix (twice
		// for a nested f-string, as in CPython).
		p.err.Msg = "f-string: " + p.err.Msg
		return nil
	}
	return e
}
