package syntax

import (
	"strconv"
	"unicode"
	"unicode/utf8"
)

// token is the kind of a lexical token.
type token uint8

// Token kinds. Keywords follow the operators so that isKeyword is a range test.
const (
	tEOF token = iota
	tNEWLINE
	tINDENT
	tDEDENT
	tNAME
	tINT
	tFLOAT
	tIMAG
	tSTRING

	tLPAREN  // (
	tRPAREN  // )
	tLBRACK  // [
	tRBRACK  // ]
	tLBRACE  // {
	tRBRACE  // }
	tCOLON   // :
	tCOMMA   // ,
	tSEMI    // ;
	tPLUS    // +
	tMINUS   // -
	tSTAR    // *
	tSLASH   // /
	tVBAR    // |
	tAMPER   // &
	tLT      // <
	tGT      // >
	tEQ      // =
	tDOT     // .
	tPERCENT // %
	tEQEQ    // ==
	tNE      // !=
	tLE      // <=
	tGE      // >=
	tTILDE   // ~
	tCARET   // ^
	tLSHIFT  // <<
	tRSHIFT  // >>
	tPOW     // **
	tPLUSEQ  // +=
	tMINUSEQ // -=
	tSTAREQ  // *=
	tSLASHEQ // /=
	tPERCEQ  // %=
	tAMPEQ   // &=
	tVBAREQ  // |=
	tCARETEQ // ^=
	tLSHEQ   // <<=
	tRSHEQ   // >>=
	tPOWEQ   // **=
	tDSLASH  // //
	tDSLEQ   // //=
	tAT      // @
	tATEQ    // @=
	tARROW   // ->
	tELLIPSIS
	tWALRUS // :=
	tBANG   // ! (only meaningful inside f-string replacement fields)
	tLTGT   // <> (never valid)

	kFalse
	kNone
	kTrue
	kAnd
	kAs
	kAssert
	kAsync
	kAwait
	kBreak
	kClass
	kContinue
	kDef
	kDel
	kElif
	kElse
	kExcept
	kFinally
	kFor
	kFrom
	kGlobal
	kIf
	kImport
	kIn
	kIs
	kLambda
	kNonlocal
	kNot
	kOr
	kPass
	kRaise
	kReturn
	kTry
	kWhile
	kWith
	kYield
	numTokens
)

var tokNames = [numTokens]string{
	tEOF: "end of file", tNEWLINE: "newline", tINDENT: "indent", tDEDENT: "dedent",
	tNAME: "name", tINT: "int", tFLOAT: "float", tIMAG: "imaginary", tSTRING: "string",
	tLPAREN: "(", tRPAREN: ")", tLBRACK: "[", tRBRACK: "]", tLBRACE: "{", tRBRACE: "}",
	tCOLON: ":", tCOMMA: ",", tSEMI: ";", tPLUS: "+", tMINUS: "-", tSTAR: "*", tSLASH: "/",
	tVBAR: "|", tAMPER: "&", tLT: "<", tGT: ">", tEQ: "=", tDOT: ".", tPERCENT: "%",
	tEQEQ: "==", tNE: "!=", tLE: "<=", tGE: ">=", tTILDE: "~", tCARET: "^", tLSHIFT: "<<",
	tRSHIFT: ">>", tPOW: "**", tPLUSEQ: "+=", tMINUSEQ: "-=", tSTAREQ: "*=", tSLASHEQ: "/=",
	tPERCEQ: "%=", tAMPEQ: "&=", tVBAREQ: "|=", tCARETEQ: "^=", tLSHEQ: "<<=", tRSHEQ: ">>=",
	tPOWEQ: "**=", tDSLASH: "//", tDSLEQ: "//=", tAT: "@", tATEQ: "@=", tARROW: "->",
	tELLIPSIS: "...", tWALRUS: ":=", tBANG: "!", tLTGT: "<>",
	kFalse: "False", kNone: "None", kTrue: "True", kAnd: "and", kAs: "as", kAssert: "assert",
	kAsync: "async", kAwait: "await", kBreak: "break", kClass: "class", kContinue: "continue",
	kDef: "def", kDel: "del", kElif: "elif", kElse: "else", kExcept: "except",
	kFinally: "finally", kFor: "for", kFrom: "from", kGlobal: "global", kIf: "if",
	kImport: "import", kIn: "in", kIs: "is", kLambda: "lambda", kNonlocal: "nonlocal",
	kNot: "not", kOr: "or", kPass: "pass", kRaise: "raise", kReturn: "return", kTry: "try",
	kWhile: "while", kWith: "with", kYield: "yield",
}

func (t token) String() string {
	if t < numTokens {
		return tokNames[t]
	}
	return "token(" + strconv.Itoa(int(t)) + ")"
}

func (t token) isKeyword() bool { return t >= kFalse && t <= kYield }

// keyword returns the keyword token for an identifier, or tNAME.
func keyword(b []byte) token {
	if len(b) < 2 || len(b) > 8 || b[0] < 'F' || b[0] > 'y' {
		return tNAME
	}
	// A string switch compiles to a binary search without allocating.
	switch string(b) {
	case "False":
		return kFalse
	case "None":
		return kNone
	case "True":
		return kTrue
	case "and":
		return kAnd
	case "as":
		return kAs
	case "assert":
		return kAssert
	case "async":
		return kAsync
	case "await":
		return kAwait
	case "break":
		return kBreak
	case "class":
		return kClass
	case "continue":
		return kContinue
	case "def":
		return kDef
	case "del":
		return kDel
	case "elif":
		return kElif
	case "else":
		return kElse
	case "except":
		return kExcept
	case "finally":
		return kFinally
	case "for":
		return kFor
	case "from":
		return kFrom
	case "global":
		return kGlobal
	case "if":
		return kIf
	case "import":
		return kImport
	case "in":
		return kIn
	case "is":
		return kIs
	case "lambda":
		return kLambda
	case "nonlocal":
		return kNonlocal
	case "not":
		return kNot
	case "or":
		return kOr
	case "pass":
		return kPass
	case "raise":
		return kRaise
	case "return":
		return kReturn
	case "try":
		return kTry
	case "while":
		return kWhile
	case "with":
		return kWith
	case "yield":
		return kYield
	}
	return tNAME
}

// opTokens maps a bracket character to its token.
func bracketTok(c byte) token {
	switch c {
	case '(':
		return tLPAREN
	case '[':
		return tLBRACK
	case '{':
		return tLBRACE
	case ')':
		return tRPAREN
	case ']':
		return tRBRACK
	}
	return tRBRACE
}

// openBracket records an unclosed bracket.
type openBracket struct {
	c    byte
	pos  Pos
	line int32
}

// tokInfo is one scanned token.
type tokInfo struct {
	kind     token
	pos, end Pos
	off, eof int32 // byte offsets of the token text in src: [off, eof)
}

// scanner turns source bytes into tokens, one call of next at a time.
// After an error it returns tEOF forever; the error is in p.err.
type scanner struct {
	p          *parser
	src        []byte
	i          int   // read offset
	line       int32 // current line, 1-based
	lineStart  int   // offset of the current line's first byte
	lines      []int32
	indents    []int
	altIndents []int
	dedents    int  // DEDENT tokens still to emit
	atBOL      bool // at the beginning of a logical line
	sawContent bool // a token has been emitted on the current logical line
	brackets   []openBracket
	tok        tokInfo
	prev       tokInfo
	ended      bool
	// fstring mode: scanning an expression inside an f-string. Newlines are
	// whitespace there and a backslash is an error.
	fmode bool
	limit int // end offset of the text being scanned
}

func (s *scanner) init(p *parser, src []byte, start, limit int, line int32, lineStart int) {
	s.p = p
	s.src = src
	s.i = start
	s.limit = limit
	s.line = line
	s.lineStart = lineStart
	s.indents = append(s.indents[:0], 0)
	s.altIndents = append(s.altIndents[:0], 0)
	s.atBOL = true
	if s.lines == nil && !s.fmode {
		s.lines = make([]int32, 0, 64)
		s.lines = append(s.lines, int32(lineStart))
	}
}

func (s *scanner) pos() Pos { return Pos{s.line, int32(s.i-s.lineStart) + 1} }

func (s *scanner) posAt(off int) Pos { return Pos{s.line, int32(off-s.lineStart) + 1} }

func (s *scanner) newline(off int) {
	// off is the offset of the '\n'.
	s.line++
	s.lineStart = off + 1
	if !s.fmode {
		s.lines = append(s.lines, int32(off+1))
	}
}

func (s *scanner) errorf(kind string, pos, end Pos, msg string) {
	if s.p.err == nil {
		s.p.scanErr = true
	}
	s.p.errorAt(kind, pos, end, msg)
	s.tok = tokInfo{kind: tEOF, pos: pos, end: pos}
}

func (s *scanner) incomplete() {
	if s.p.err != nil {
		s.p.err.Incomplete = true
	}
}

// next scans the next token into s.tok.
func (s *scanner) next() {
	s.prev = s.tok
	if s.p.err != nil {
		s.tok = tokInfo{kind: tEOF, pos: s.tok.pos, end: s.tok.pos, off: int32(s.i), eof: int32(s.i)}
		return
	}
	if s.dedents > 0 {
		s.dedents--
		p := s.pos()
		s.tok = tokInfo{kind: tDEDENT, pos: p, end: p, off: int32(s.i), eof: int32(s.i)}
		return
	}
	src := s.src
	if s.atBOL && len(s.brackets) == 0 && !s.fmode {
		// Measure indentation, skipping blank and comment-only lines.
		for {
			col, alt := 0, 0
			for s.i < s.limit {
				switch src[s.i] {
				case ' ':
					col++
					alt++
				case '\t':
					col = (col/8 + 1) * 8
					alt++
				case '\f':
					col, alt = 0, 0
				default:
					goto measured
				}
				s.i++
			}
		measured:
			if s.i >= s.limit {
				break // EOF: handled below
			}
			c := src[s.i]
			if c == '#' || c == '\n' {
				for s.i < s.limit && src[s.i] != '\n' {
					s.i++
				}
				if s.i < s.limit {
					s.newline(s.i)
					s.i++
					continue
				}
				break
			}
			if c == '\\' && s.i+1 < s.limit && src[s.i+1] == '\n' {
				// A continuation at the start of a line: CPython keeps the
				// indentation of this line; so do we.
			}
			s.atBOL = false
			top := len(s.indents) - 1
			p := s.pos()
			if col == s.indents[top] {
				if alt != s.altIndents[top] {
					s.errorf(KindTab, Pos{s.line, 1}, Pos{}, "inconsistent use of tabs and spaces in indentation")
					return
				}
			} else if col > s.indents[top] {
				if alt <= s.altIndents[top] {
					s.errorf(KindTab, Pos{s.line, 1}, Pos{}, "inconsistent use of tabs and spaces in indentation")
					return
				}
				s.indents = append(s.indents, col)
				s.altIndents = append(s.altIndents, alt)
				s.tok = tokInfo{kind: tINDENT, pos: Pos{s.line, 1}, end: p, off: int32(s.lineStart), eof: int32(s.i)}
				return
			} else {
				n := 0
				for top > 0 && col < s.indents[top] {
					top--
					n++
				}
				if col != s.indents[top] {
					s.errorf(KindIndentation, Pos{s.line, int32(s.limitLineEnd()-s.lineStart) + 1}, Pos{}, "unindent does not match any outer indentation level")
					return
				}
				if alt != s.altIndents[top] {
					s.errorf(KindTab, Pos{s.line, 1}, Pos{}, "inconsistent use of tabs and spaces in indentation")
					return
				}
				s.indents = s.indents[:top+1]
				s.altIndents = s.altIndents[:top+1]
				s.dedents = n - 1
				s.tok = tokInfo{kind: tDEDENT, pos: p, end: p, off: int32(s.i), eof: int32(s.i)}
				return
			}
			break
		}
	}

	// Skip whitespace, comments and line continuations.
	for s.i < s.limit {
		c := src[s.i]
		if c == ' ' || c == '\t' || c == '\f' {
			s.i++
			continue
		}
		if c == '#' {
			if s.fmode {
				s.errorf(KindSyntax, s.pos(), Pos{}, "f-string expression part cannot include '#'")
				return
			}
			for s.i < s.limit && src[s.i] != '\n' {
				s.i++
			}
			continue
		}
		if c == '\\' {
			if s.fmode {
				s.errorf(KindSyntax, s.pos(), Pos{}, "f-string expression part cannot include a backslash")
				return
			}
			if s.i+1 < s.limit && src[s.i+1] == '\n' {
				s.newline(s.i + 1)
				s.i += 2
				if s.i >= s.limit {
					s.errorf(KindSyntax, s.pos(), Pos{}, "unexpected EOF while parsing")
					s.incomplete()
					return
				}
				continue
			}
			if s.i+1 >= s.limit {
				s.errorf(KindSyntax, s.posAt(s.i+1), Pos{}, "unexpected EOF while parsing")
				s.incomplete()
				return
			}
			s.errorf(KindSyntax, s.posAt(s.i+1), Pos{}, "unexpected character after line continuation character")
			return
		}
		if c == '\n' && (len(s.brackets) > 0 || s.fmode) {
			s.newline(s.i)
			s.i++
			continue
		}
		break
	}

	start := s.i
	p := s.pos()
	if s.i >= s.limit {
		if s.fmode {
			s.tok = tokInfo{kind: tEOF, pos: p, end: p, off: int32(s.i), eof: int32(s.i)}
			return
		}
		if len(s.brackets) > 0 {
			b := s.brackets[len(s.brackets)-1]
			s.errorf(KindSyntax, b.pos, Pos{}, "'"+string(b.c)+"' was never closed")
			s.incomplete()
			return
		}
		if s.sawContent {
			// Implicit NEWLINE at the end of the last line.
			s.sawContent = false
			s.tok = tokInfo{kind: tNEWLINE, pos: p, end: p, off: int32(s.i), eof: int32(s.i)}
			return
		}
		if len(s.indents) > 1 {
			s.indents = s.indents[:len(s.indents)-1]
			s.altIndents = s.altIndents[:len(s.altIndents)-1]
			s.tok = tokInfo{kind: tDEDENT, pos: p, end: p, off: int32(s.i), eof: int32(s.i)}
			return
		}
		s.ended = true
		s.tok = tokInfo{kind: tEOF, pos: p, end: p, off: int32(s.i), eof: int32(s.i)}
		return
	}

	c := src[s.i]
	if c == '\n' {
		s.i++
		s.tok = tokInfo{kind: tNEWLINE, pos: p, end: Pos{p.Line, p.Col + 1}, off: int32(start), eof: int32(s.i)}
		s.newline(start)
		s.atBOL = true
		s.sawContent = false
		return
	}
	s.sawContent = true

	kind := tEOF
	switch {
	case c >= '0' && c <= '9' || c == '.' && s.i+1 < s.limit && isDigit(src[s.i+1]):
		kind = s.scanNumber()
	case isIdentStart(c):
		kind = s.scanIdentOrString()
	case c >= utf8.RuneSelf:
		r, n := utf8.DecodeRune(src[s.i:s.limit])
		if isIdentStartRune(r) {
			kind = s.scanIdentOrString()
		} else {
			s.badChar(r, n)
			return
		}
	case c == '"' || c == '\'':
		kind = s.scanString(start)
	default:
		kind = s.scanOp()
	}
	if s.p.err != nil {
		return
	}
	s.tok = tokInfo{kind: kind, pos: p, end: s.pos(), off: int32(start), eof: int32(s.i)}
	if s.tok.end.Line != p.Line {
		// Multi-line token (triple-quoted string): end is on the current line.
		s.tok.end = s.pos()
	}
}

// limitLineEnd returns the offset of the end of the current line.
func (s *scanner) limitLineEnd() int {
	i := s.i
	for i < s.limit && s.src[i] != '\n' {
		i++
	}
	return i
}

func (s *scanner) badChar(r rune, n int) {
	p := s.pos()
	if r == utf8.RuneError && n <= 1 {
		s.errorf(KindSyntax, p, Pos{}, "invalid character in identifier")
		return
	}
	hex := strconv.FormatInt(int64(r), 16)
	for len(hex) < 4 {
		hex = "0" + hex
	}
	hex = upper(hex)
	if unicode.IsPrint(r) {
		s.errorf(KindSyntax, p, Pos{}, "invalid character '"+string(r)+"' (U+"+hex+")")
	} else {
		s.errorf(KindSyntax, p, Pos{}, "invalid non-printable character U+"+hex)
	}
}

func upper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 32
		}
	}
	return string(b)
}

func isDigit(c byte) bool    { return c >= '0' && c <= '9' }
func isHexDigit(c byte) bool { return isDigit(c) || c|0x20 >= 'a' && c|0x20 <= 'f' }

func isIdentStart(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}

func isIdentByte(c byte) bool { return isIdentStart(c) || isDigit(c) }

func isIdentStartRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isIdentStart(byte(r))
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || r == 0x2118 || r == 0x212E || r == 0x309B || r == 0x309C
}

func isIdentRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isIdentByte(byte(r))
	}
	return isIdentStartRune(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc) || r == 0xB7 || r == 0x387 || r == 0x19DA || (r >= 0x1369 && r <= 0x1371)
}

// scanIdentOrString scans a name, a keyword, or a prefixed string literal.
func (s *scanner) scanIdentOrString() token {
	src := s.src
	start := s.i
	// String prefixes: at most two of b, r, u, f in valid combinations.
	sawB, sawR, sawU, sawF := false, false, false, false
	for s.i < s.limit {
		c := src[s.i] | 0x20
		switch {
		case c == 'b' && !sawB && !sawU && !sawF:
			sawB = true
		case c == 'r' && !sawR && !sawU:
			sawR = true
		case c == 'u' && !sawB && !sawR && !sawF && !sawU:
			sawU = true
		case c == 'f' && !sawF && !sawB && !sawU:
			sawF = true
		default:
			goto done
		}
		s.i++
		if s.i < s.limit && (src[s.i] == '"' || src[s.i] == '\'') {
			return s.scanString(start)
		}
	}
done:
	nonASCII := false
	for s.i < s.limit {
		c := src[s.i]
		if isIdentByte(c) {
			s.i++
			continue
		}
		if c < utf8.RuneSelf {
			break
		}
		r, n := utf8.DecodeRune(src[s.i:s.limit])
		if !isIdentRune(r) {
			if r == utf8.RuneError && n <= 1 || !unicode.IsPrint(r) || !isIdentStartRune(r) && !unicode.IsSpace(r) {
				s.badChar(r, n)
				return tEOF
			}
			break
		}
		nonASCII = true
		s.i += n
	}
	if nonASCII {
		return tNAME
	}
	return keyword(src[start:s.i])
}

// scanString scans a string literal whose prefix starts at start; s.i is at
// the opening quote. The parser decodes the text later.
func (s *scanner) scanString(start int) token {
	src := s.src
	q := src[s.i]
	startPos := s.posAt(start)
	startLine := s.line
	triple := s.i+2 < s.limit && src[s.i+1] == q && src[s.i+2] == q
	if triple {
		s.i += 3
	} else {
		s.i++
	}
	for {
		if s.i >= s.limit {
			if triple {
				line := s.line
				if line > startLine && s.limit > 0 && src[s.limit-1] == '\n' {
					line--
				}
				s.errorf(KindSyntax, startPos, Pos{}, "unterminated triple-quoted string literal (detected at line "+strconv.Itoa(int(line))+")")
				s.incomplete()
			} else {
				s.errorf(KindSyntax, startPos, Pos{}, "unterminated string literal (detected at line "+strconv.Itoa(int(startLine))+")")
			}
			return tEOF
		}
		c := src[s.i]
		switch c {
		case q:
			if !triple {
				s.i++
				return tSTRING
			}
			if s.i+2 < s.limit && src[s.i+1] == q && src[s.i+2] == q {
				s.i += 3
				return tSTRING
			}
			s.i++
		case '\n':
			if !triple {
				s.errorf(KindSyntax, startPos, Pos{}, "unterminated string literal (detected at line "+strconv.Itoa(int(startLine))+")")
				return tEOF
			}
			s.newline(s.i)
			s.i++
		case '\\':
			s.i++
			if s.i < s.limit {
				if src[s.i] == '\n' {
					s.newline(s.i)
				}
				s.i++
			}
		default:
			s.i++
		}
	}
}

// scanNumber scans a numeric literal following CPython's tokenizer rules.
func (s *scanner) scanNumber() token {
	src := s.src
	start := s.i
	at := func(i int) byte {
		if i < s.limit {
			return src[i]
		}
		return 0
	}
	if src[s.i] == '0' {
		c := at(s.i+1) | 0x20
		if c == 'x' || c == 'o' || c == 'b' {
			s.i += 2
			name, ok := "hexadecimal", isHexDigit
			switch c {
			case 'o':
				name, ok = "octal", func(c byte) bool { return c >= '0' && c <= '7' }
			case 'b':
				name, ok = "binary", func(c byte) bool { return c == '0' || c == '1' }
			}
			n := 0
			for {
				if at(s.i) == '_' {
					s.i++
				}
				if !ok(at(s.i)) {
					break
				}
				for ok(at(s.i)) {
					s.i++
					n++
				}
			}
			d := at(s.i)
			if isDigit(d) && c != 'x' {
				s.errorf(KindSyntax, s.pos(), Pos{}, "invalid digit '"+string(rune(d))+"' in "+name+" literal")
				return tEOF
			}
			if n == 0 || src[s.i-1] == '_' {
				s.errorf(KindSyntax, s.posAt(s.i-1), Pos{}, "invalid "+name+" literal")
				return tEOF
			}
			if !s.verifyEnd(name, start) {
				return tEOF
			}
			return tINT
		}
		// Leading zeros: "0", "00", "0_0" are ints; "012" is an error unless
		// the literal turns out to be a float or imaginary ("012.5", "0777j").
		nonzero := false
		for {
			for isDigit(at(s.i)) {
				if src[s.i] != '0' {
					nonzero = true
				}
				s.i++
			}
			if at(s.i) != '_' {
				break
			}
			s.i++
			if !isDigit(at(s.i)) {
				s.errorf(KindSyntax, s.posAt(s.i-1), Pos{}, "invalid decimal literal")
				return tEOF
			}
		}
		c = at(s.i)
		if c != '.' && c|0x20 != 'e' && c|0x20 != 'j' {
			if nonzero {
				s.errorf(KindSyntax, s.posAt(start), s.pos(), "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
				return tEOF
			}
			if !s.verifyEnd("decimal", start) {
				return tEOF
			}
			return tINT
		}
	} else if src[s.i] != '.' {
		if !s.decimalTail() {
			return tEOF
		}
	}
	kind := tINT
	if at(s.i) == '.' {
		kind = tFLOAT
		s.i++
		if isDigit(at(s.i)) {
			if !s.decimalTail() {
				return tEOF
			}
		}
	}
	if at(s.i)|0x20 == 'e' {
		save := s.i
		s.i++
		if at(s.i) == '+' || at(s.i) == '-' {
			s.i++
			if !isDigit(at(s.i)) {
				s.errorf(KindSyntax, s.posAt(s.i-1), Pos{}, "invalid decimal literal")
				return tEOF
			}
		} else if !isDigit(at(s.i)) {
			s.i = save
			s.errorf(KindSyntax, s.posAt(start), Pos{}, "invalid decimal literal")
			return tEOF
		}
		if !s.decimalTail() {
			return tEOF
		}
		kind = tFLOAT
	}
	name := "decimal"
	if at(s.i)|0x20 == 'j' {
		s.i++
		kind = tIMAG
		name = "imaginary"
	}
	if !s.verifyEnd(name, start) {
		return tEOF
	}
	return kind
}

// decimalTail scans digits separated by single underscores.
func (s *scanner) decimalTail() bool {
	for {
		for s.i < s.limit && isDigit(s.src[s.i]) {
			s.i++
		}
		if s.i < s.limit && s.src[s.i] == '_' {
			s.i++
			if s.i < s.limit && isDigit(s.src[s.i]) {
				continue
			}
			s.errorf(KindSyntax, s.posAt(s.i-1), Pos{}, "invalid decimal literal")
			return false
		}
		return true
	}
}

// verifyEnd rejects a number directly followed by an identifier character,
// except the keywords CPython 3.11 tolerates (with a warning) there.
func (s *scanner) verifyEnd(name string, start int) bool {
	if s.i >= s.limit {
		return true
	}
	c := s.src[s.i]
	if c < utf8.RuneSelf && !isIdentByte(c) {
		return true
	}
	if c >= utf8.RuneSelf {
		r, _ := utf8.DecodeRune(s.src[s.i:s.limit])
		if !isIdentRune(r) {
			return true
		}
	}
	rest := s.src[s.i:s.limit]
	for _, kw := range [...]string{"and", "else", "for", "if", "in", "is", "not", "or"} {
		if len(rest) >= len(kw) && string(rest[:len(kw)]) == kw {
			return true
		}
	}
	s.errorf(KindSyntax, s.posAt(s.i-1), Pos{}, "invalid "+name+" literal")
	return false
}

// scanOp scans an operator or delimiter.
func (s *scanner) scanOp() token {
	src := s.src
	c := src[s.i]
	s.i++
	c1, c2 := byte(0), byte(0)
	if s.i < s.limit {
		c1 = src[s.i]
	}
	if s.i+1 < s.limit {
		c2 = src[s.i+1]
	}
	two := func(t token) token { s.i++; return t }
	three := func(t token) token { s.i += 2; return t }
	switch c {
	case '(', '[', '{':
		if len(s.brackets) >= 200 {
			s.errorf(KindSyntax, s.posAt(s.i-1), Pos{}, "too many nested parentheses")
			return tEOF
		}
		s.brackets = append(s.brackets, openBracket{c: c, pos: s.posAt(s.i - 1), line: s.line})
		return bracketTok(c)
	case ')', ']', '}':
		p := s.posAt(s.i - 1)
		if len(s.brackets) == 0 {
			if s.fmode && c == '}' {
				return tRBRACE
			}
			s.errorf(KindSyntax, p, Pos{}, "unmatched '"+string(c)+"'")
			return tEOF
		}
		o := s.brackets[len(s.brackets)-1]
		if o.c == '(' && c != ')' || o.c == '[' && c != ']' || o.c == '{' && c != '}' {
			msg := "closing parenthesis '" + string(c) + "' does not match opening parenthesis '" + string(o.c) + "'"
			if o.line != s.line {
				msg += " on line " + strconv.Itoa(int(o.line))
			}
			s.errorf(KindSyntax, p, Pos{}, msg)
			return tEOF
		}
		s.brackets = s.brackets[:len(s.brackets)-1]
		return bracketTok(c)
	case ':':
		if c1 == '=' {
			return two(tWALRUS)
		}
		return tCOLON
	case ',':
		return tCOMMA
	case ';':
		return tSEMI
	case '+':
		if c1 == '=' {
			return two(tPLUSEQ)
		}
		return tPLUS
	case '-':
		if c1 == '=' {
			return two(tMINUSEQ)
		}
		if c1 == '>' {
			return two(tARROW)
		}
		return tMINUS
	case '*':
		if c1 == '*' {
			if c2 == '=' {
				return three(tPOWEQ)
			}
			return two(tPOW)
		}
		if c1 == '=' {
			return two(tSTAREQ)
		}
		return tSTAR
	case '/':
		if c1 == '/' {
			if c2 == '=' {
				return three(tDSLEQ)
			}
			return two(tDSLASH)
		}
		if c1 == '=' {
			return two(tSLASHEQ)
		}
		return tSLASH
	case '|':
		if c1 == '=' {
			return two(tVBAREQ)
		}
		return tVBAR
	case '&':
		if c1 == '=' {
			return two(tAMPEQ)
		}
		return tAMPER
	case '<':
		if c1 == '<' {
			if c2 == '=' {
				return three(tLSHEQ)
			}
			return two(tLSHIFT)
		}
		if c1 == '=' {
			return two(tLE)
		}
		if c1 == '>' {
			// "<>" is only valid with barry_as_FLUFL: a token no rule accepts.
			return two(tLTGT)
		}
		return tLT
	case '>':
		if c1 == '>' {
			if c2 == '=' {
				return three(tRSHEQ)
			}
			return two(tRSHIFT)
		}
		if c1 == '=' {
			return two(tGE)
		}
		return tGT
	case '=':
		if c1 == '=' {
			return two(tEQEQ)
		}
		return tEQ
	case '.':
		if c1 == '.' && c2 == '.' {
			return three(tELLIPSIS)
		}
		return tDOT
	case '%':
		if c1 == '=' {
			return two(tPERCEQ)
		}
		return tPERCENT
	case '~':
		return tTILDE
	case '^':
		if c1 == '=' {
			return two(tCARETEQ)
		}
		return tCARET
	case '@':
		if c1 == '=' {
			return two(tATEQ)
		}
		return tAT
	case '!':
		if c1 == '=' {
			return two(tNE)
		}
		return tBANG
	case 0:
		s.errorf(KindSyntax, s.posAt(s.i-1), Pos{}, "source code cannot contain null bytes")
		return tEOF
	}
	if c < ' ' || c == 0x7f {
		s.i--
		s.badChar(rune(c), 1)
		return tEOF
	}
	// '$', '?', '`': CPython reports plain invalid syntax.
	s.errorf(KindSyntax, s.posAt(s.i-1), s.pos(), "invalid syntax")
	return tEOF
}
