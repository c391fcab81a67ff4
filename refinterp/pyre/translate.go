package pyre

import (
	"github.com/mptest/mptest/refinterp/pyfmt"
	"regexp/syntax"
	"strconv"
	"strings"
	"unicode"
)

// Flags are the re module's flag bits, with the same values as in Python
// so that the interpreter can pass re.I | re.M straight through.
type Flags int

// Flag values, equal to Python's re constants.
const (
	IgnoreCase Flags = 2   // re.I
	Locale     Flags = 4   // re.L (bytes patterns only: rejected)
	Multiline  Flags = 8   // re.M
	DotAll     Flags = 16  // re.S
	Unicode    Flags = 32  // re.U (the default for str patterns)
	Verbose    Flags = 64  // re.X
	Debug      Flags = 128 // re.DEBUG (accepted, no output)
	ASCII      Flags = 256 // re.A
)

// maxRepeat is RE2's limit on a repetition count.
const maxRepeat = 1000

// segKind tells how a piece of translated pattern is rendered in each
// compiled variant.
type segKind int

const (
	segText    segKind = iota // literal RE2 syntax
	segCapture                // "(" opening user group number n
	segDollar                 // Python's non-MULTILINE $
)

type seg struct {
	kind segKind
	text string
}

// itemKind classifies the last item of a sequence for quantifier checks.
type itemKind int

const (
	itemNone itemKind = iota
	itemAssert
	itemAtom
	itemRepeat
)

type parser struct {
	pattern string
	src     []rune
	pos     int
	flags   Flags // flags in effect (scoped flags change them inside groups)
	global  Flags // flags for the whole pattern
	ngroups int
	names   map[string]int
	segs    []seg
	cur     strings.Builder
	dollar  bool
}

func (p *parser) errAt(pos int, msg string) *Error {
	return &Error{Type: "error", Msg: msg, Pos: pos, Pattern: p.pattern}
}

func (p *parser) emit(s string) { p.cur.WriteString(s) }

func (p *parser) flush() {
	if p.cur.Len() > 0 {
		p.segs = append(p.segs, seg{kind: segText, text: p.cur.String()})
		p.cur.Reset()
	}
}

func (p *parser) emitSeg(k segKind, text string) {
	p.flush()
	p.segs = append(p.segs, seg{kind: k, text: text})
}

func (p *parser) more() bool { return p.pos < len(p.src) }

func (p *parser) peek() rune {
	if p.pos < len(p.src) {
		return p.src[p.pos]
	}
	return -1
}

// translate parses the pattern into segments.
func translate(pattern string, flags Flags) (*parser, error) {
	if flags&Locale != 0 {
		return nil, &Error{Type: "ValueError", Msg: "cannot use LOCALE flag with a str pattern", Pos: -1}
	}
	if flags&ASCII != 0 && flags&Unicode != 0 {
		return nil, &Error{Type: "ValueError", Msg: "ASCII and UNICODE flags are incompatible", Pos: -1}
	}
	p := &parser{pattern: pattern, src: []rune(pattern), flags: flags, names: map[string]int{}}
	// Global inline flags may only appear at the very start.
	for {
		p.skipVerbose()
		if !(p.pos+2 < len(p.src) && p.src[p.pos] == '(' && p.src[p.pos+1] == '?' && isFlagStart(p.src[p.pos+2])) {
			break
		}
		save := p.pos
		p.pos += 2
		add, _, global, err := p.parseFlags()
		if err != nil {
			return nil, err
		}
		if !global {
			p.pos = save
			break
		}
		p.flags |= add
	}
	p.global = p.flags
	if err := p.parseAlt(true); err != nil {
		return nil, err
	}
	if p.more() { // only a ')' stops the top level early
		return nil, p.errAt(p.pos, "unbalanced parenthesis")
	}
	p.flush()
	return p, nil
}

func isFlagStart(r rune) bool { return strings.ContainsRune("aiLmsux-", r) }

func flagBit(r rune) Flags {
	switch r {
	case 'a':
		return ASCII
	case 'i':
		return IgnoreCase
	case 'L':
		return Locale
	case 'm':
		return Multiline
	case 's':
		return DotAll
	case 'x':
		return Verbose
	case 'u':
		return Unicode
	}
	return 0
}

const typeFlags = ASCII | Locale | Unicode

// parseFlags parses inline flags after "(?", up to and including ')' (a
// global flag group) or ':' (a scoped group), following sre_parse.
func (p *parser) parseFlags() (add, del Flags, global bool, err error) {
	get := func() rune {
		if p.pos < len(p.src) {
			r := p.src[p.pos]
			p.pos++
			return r
		}
		p.pos++
		return -1
	}
	c := get()
	if c != '-' {
		for {
			f := flagBit(c)
			if c == 'L' {
				return 0, 0, false, p.errAt(p.pos, "bad inline flags: cannot use 'L' flag with a str pattern")
			}
			add |= f
			if f&typeFlags != 0 && add&typeFlags != f {
				return 0, 0, false, p.errAt(p.pos, "bad inline flags: flags 'a', 'u' and 'L' are incompatible")
			}
			c = get()
			if c < 0 {
				p.pos--
				return 0, 0, false, p.errAt(p.pos, "missing -, : or )")
			}
			if c == ')' || c == '-' || c == ':' {
				break
			}
			if flagBit(c) == 0 {
				msg := "missing -, : or )"
				if unicode.IsLetter(c) {
					msg = "unknown flag"
				}
				return 0, 0, false, p.errAt(p.pos-1, msg)
			}
		}
	}
	if c == ')' {
		return add, 0, true, nil
	}
	if c == '-' {
		c = get()
		if c < 0 {
			p.pos--
			return 0, 0, false, p.errAt(p.pos, "missing flag")
		}
		if flagBit(c) == 0 {
			msg := "missing flag"
			if unicode.IsLetter(c) {
				msg = "unknown flag"
			}
			return 0, 0, false, p.errAt(p.pos-1, msg)
		}
		for {
			f := flagBit(c)
			if f&typeFlags != 0 {
				return 0, 0, false, p.errAt(p.pos, "bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
			}
			del |= f
			c = get()
			if c < 0 {
				p.pos--
				return 0, 0, false, p.errAt(p.pos, "missing :")
			}
			if c == ':' {
				break
			}
			if flagBit(c) == 0 {
				msg := "missing :"
				if unicode.IsLetter(c) {
					msg = "unknown flag"
				}
				return 0, 0, false, p.errAt(p.pos-1, msg)
			}
		}
	}
	if add&del != 0 {
		return 0, 0, false, p.errAt(p.pos-1, "bad inline flags: flag turned on and off")
	}
	return add, del, false, nil
}

// skipVerbose skips whitespace and comments in VERBOSE mode.
func (p *parser) skipVerbose() {
	if p.flags&Verbose == 0 {
		return
	}
	for p.more() {
		c := p.src[p.pos]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			p.pos++
		case c == '#':
			for p.more() && p.src[p.pos] != '\n' {
				p.pos++
			}
		default:
			return
		}
	}
}

// parseAlt parses branches separated by '|' up to a ')' or the end.
func (p *parser) parseAlt(top bool) error {
	for {
		if err := p.parseSeq(top); err != nil {
			return err
		}
		top = false
		if p.peek() != '|' {
			return nil
		}
		p.pos++
		p.emit("|")
	}
}

// parseSeq parses one branch.
func (p *parser) parseSeq(first bool) error {
	last := itemNone
	for {
		p.skipVerbose()
		if !p.more() {
			return nil
		}
		start := p.pos
		c := p.src[p.pos]
		switch c {
		case '|', ')':
			return nil
		case '*', '+', '?', '{':
			rep, ok, err := p.parseQuantifier()
			if err != nil {
				return err
			}
			if !ok { // a '{' that is not a quantifier is a literal
				p.pos = start + 1
				p.emit(literal('{'))
				last = itemAtom
				continue
			}
			switch last {
			case itemNone, itemAssert:
				return p.errAt(start, "nothing to repeat")
			case itemRepeat:
				return p.errAt(start, "multiple repeat")
			}
			if p.peek() == '?' {
				p.pos++
				rep += "?"
			} else if p.peek() == '+' {
				return p.errAt(start, "possessive quantifiers are not supported")
			}
			p.emit(rep)
			last = itemRepeat
			continue
		}
		p.pos++
		var err error
		kind := itemAtom
		switch c {
		case '(':
			kind, err = p.parseGroup(start, first && last == itemNone)
		case '[':
			err = p.parseClass(start)
		case '.':
			if p.flags&DotAll != 0 {
				p.emit(`(?s:.)`)
			} else {
				p.emit(`[^\n]`)
			}
		case '^':
			kind = itemAssert
			if p.flags&Multiline != 0 {
				p.emit(`(?m:^)`)
			} else {
				p.emit(`\A`)
			}
		case '$':
			kind = itemAssert
			if p.flags&Multiline != 0 {
				p.emit(`(?m:$)`)
			} else {
				p.dollar = true
				p.emitSeg(segDollar, "")
			}
		case '\\':
			kind, err = p.parseEscape(start)
		default:
			p.emit(literal(c))
		}
		if err != nil {
			return err
		}
		if kind != itemNone {
			last = kind
		}
	}
}

// parseQuantifier reads *, +, ? or {m,n} at p.pos. ok is false for a '{'
// that does not form a quantifier.
func (p *parser) parseQuantifier() (rep string, ok bool, err error) {
	c := p.src[p.pos]
	p.pos++
	switch c {
	case '*', '+', '?':
		return string(c), true, nil
	}
	here := p.pos
	if p.peek() == '}' {
		return "", false, nil
	}
	lo, hi := "", ""
	for p.more() && isDigit(p.peek()) {
		lo += string(p.src[p.pos])
		p.pos++
	}
	comma := false
	if p.peek() == ',' {
		comma = true
		p.pos++
		for p.more() && isDigit(p.peek()) {
			hi += string(p.src[p.pos])
			p.pos++
		}
	} else {
		hi = lo
	}
	if p.peek() != '}' {
		return "", false, nil
	}
	p.pos++
	min, max := 0, -1
	const maxRepeatPy = 4294967295
	if lo != "" {
		n, err := strconv.ParseUint(lo, 10, 64)
		if err != nil || n >= maxRepeatPy {
			return "", false, &Error{Type: "OverflowError", Msg: "the repetition number is too large", Pos: -1}
		}
		min = int(n)
	}
	if hi != "" {
		n, err := strconv.ParseUint(hi, 10, 64)
		if err != nil || n >= maxRepeatPy {
			return "", false, &Error{Type: "OverflowError", Msg: "the repetition number is too large", Pos: -1}
		}
		max = int(n)
		if max < min {
			return "", false, p.errAt(here, "min repeat greater than max repeat")
		}
	}
	if min > maxRepeat || max > maxRepeat {
		return "", false, p.errAt(here-1, "repetition count above 1000 is not supported")
	}
	switch {
	case !comma:
		return "{" + strconv.Itoa(min) + "}", true, nil
	case max < 0:
		return "{" + strconv.Itoa(min) + ",}", true, nil
	}
	return "{" + strconv.Itoa(min) + "," + strconv.Itoa(max) + "}", true, nil
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func isOctal(r rune) bool { return r >= '0' && r <= '7' }

func hexValue(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= 'a' && r <= 'f':
		return int(r-'a') + 10
	case r >= 'A' && r <= 'F':
		return int(r-'A') + 10
	}
	return -1
}

// literal renders one code point as an RE2 atom.
func literal(r rune) string {
	if r < 0x80 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_') {
		return string(r)
	}
	return `\x{` + strconv.FormatInt(int64(r), 16) + `}`
}

// parseGroup parses after '('; start is the index of '('.
func (p *parser) parseGroup(start int, atStart bool) (itemKind, error) {
	if p.peek() != '?' {
		p.ngroups++
		p.emitSeg(segCapture, strconv.Itoa(p.ngroups))
		return itemAtom, p.groupBody(start, p.flags)
	}
	p.pos++
	if !p.more() {
		return 0, p.errAt(p.pos, "unexpected end of pattern")
	}
	c := p.src[p.pos]
	p.pos++
	switch c {
	case 'P':
		if !p.more() {
			return 0, p.errAt(p.pos, "unexpected end of pattern")
		}
		switch p.src[p.pos] {
		case '<':
			p.pos++
			name, nameStart, err := p.groupName('>')
			if err != nil {
				return 0, err
			}
			p.ngroups++
			if old, dup := p.names[name]; dup {
				return 0, p.errAt(nameStart, "redefinition of group name "+quote(name)+" as group "+
					strconv.Itoa(p.ngroups)+"; was group "+strconv.Itoa(old))
			}
			p.names[name] = p.ngroups
			p.emitSeg(segCapture, strconv.Itoa(p.ngroups))
			return itemAtom, p.groupBody(start, p.flags)
		case '=':
			p.pos++
			name, nameStart, err := p.groupName(')')
			if err != nil {
				return 0, err
			}
			if _, ok := p.names[name]; !ok {
				return 0, p.errAt(nameStart, "unknown group name "+quote(name))
			}
			return 0, p.errAt(start, "backreferences are not supported")
		}
		c2 := p.src[p.pos]
		p.pos++
		return 0, p.errAt(start+1, "unknown extension ?P"+string(c2))
	case ':':
		p.emit("(?:")
		return itemAtom, p.groupBody(start, p.flags)
	case '#':
		for p.more() && p.src[p.pos] != ')' {
			p.pos++
		}
		if !p.more() {
			return 0, p.errAt(start, "missing ), unterminated comment")
		}
		p.pos++
		return itemNone, nil
	case '=', '!':
		return 0, p.errAt(start, "lookahead assertions are not supported")
	case '<':
		if p.more() && (p.src[p.pos] == '=' || p.src[p.pos] == '!') {
			return 0, p.errAt(start, "lookbehind assertions are not supported")
		}
		if !p.more() {
			return 0, p.errAt(p.pos, "unexpected end of pattern")
		}
		return 0, p.errAt(start+1, "unknown extension ?<"+string(p.src[p.pos]))
	case '(':
		return 0, p.errAt(start, "conditional groups are not supported")
	case '>':
		return 0, p.errAt(start, "atomic groups are not supported")
	}
	if isFlagStart(c) {
		p.pos--
		add, del, global, err := p.parseFlags()
		if err != nil {
			return 0, err
		}
		if global {
			if !atStart {
				return 0, p.errAt(start, "global flags not at the start of the expression")
			}
			// Only comments or other global flags came before.
			p.flags |= add
			p.global |= add
			return itemNone, nil
		}
		inner := (p.flags | add) &^ del
		if add&(ASCII|Unicode) != 0 {
			inner = inner&^(ASCII|Unicode) | add&(ASCII|Unicode)
		}
		goFlags := ""
		if add&IgnoreCase != 0 {
			goFlags = "i"
		} else if del&IgnoreCase != 0 {
			goFlags = "-i"
		}
		p.emit("(?" + goFlags + ":")
		return itemAtom, p.groupBody(start, inner)
	}
	return 0, p.errAt(start+1, "unknown extension ?"+string(c))
}

// groupBody parses a group's contents with the given flags and its ')'.
func (p *parser) groupBody(start int, flags Flags) error {
	saved := p.flags
	p.flags = flags
	if err := p.parseAlt(false); err != nil {
		return err
	}
	p.flags = saved
	if p.peek() != ')' {
		return p.errAt(start, "missing ), unterminated subpattern")
	}
	p.pos++
	p.emit(")")
	return nil
}

// groupName reads a group name up to term, checking it like sre_parse.
func (p *parser) groupName(term rune) (string, int, error) {
	nameStart := p.pos
	for p.more() && p.src[p.pos] != term {
		p.pos++
	}
	name := string(p.src[nameStart:p.pos])
	if !p.more() {
		if name == "" {
			return "", 0, p.errAt(p.pos, "missing group name")
		}
		return "", 0, p.errAt(nameStart, "missing "+string(term)+", unterminated name")
	}
	p.pos++
	if name == "" {
		return "", 0, p.errAt(nameStart, "missing group name")
	}
	if !isIdentifier(name) {
		return "", 0, p.errAt(nameStart, "bad character in group name "+quote(name))
	}
	return name, nameStart, nil
}

// isIdentifier approximates str.isidentifier.
func isIdentifier(s string) bool {
	for i, r := range s {
		switch {
		case r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r):
		case i > 0 && (unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || unicode.Is(unicode.Pc, r)):
		default:
			return false
		}
	}
	return s != ""
}

// Category fragments (inside an RE2 character class) for \d, \w and \s.
const (
	digitUni  = `\p{Nd}`
	digitASC  = `0-9`
	wordUni   = `\p{L}\p{N}_`
	wordASC   = `0-9A-Za-z_`
	spaceUni  = `\t-\r\x{1c}-\x{20}\x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}`
	spaceASC  = `\t-\r `
	anyRunes  = `\x00-\x{10ffff}`
	noneClass = `[^\x00-\x{10ffff}]`
)

// category returns the class fragment for \d \w \s (any case) and whether
// it is negated (\D \W \S).
func (p *parser) category(c rune) (frag string, neg bool, ok bool) {
	ascii := p.flags&ASCII != 0
	switch c {
	case 'd', 'D':
		frag = digitUni
		if ascii {
			frag = digitASC
		}
	case 'w', 'W':
		frag = wordUni
		if ascii {
			frag = wordASC
		}
	case 's', 'S':
		frag = spaceUni
		if ascii {
			frag = spaceASC
		}
	default:
		return "", false, false
	}
	return frag, c >= 'A' && c <= 'Z', true
}

// parseEscape parses an escape outside a class; start is the backslash.
func (p *parser) parseEscape(start int) (itemKind, error) {
	if !p.more() {
		return 0, p.errAt(start, "bad escape (end of pattern)")
	}
	c := p.src[p.pos]
	p.pos++
	switch c {
	case 'A':
		p.emit(`\A`)
		return itemAssert, nil
	case 'Z':
		p.emit(`\z`)
		return itemAssert, nil
	case 'b':
		p.emit(`\b`)
		return itemAssert, nil
	case 'B':
		p.emit(`\B`)
		return itemAssert, nil
	}
	if frag, neg, ok := p.category(c); ok {
		if neg {
			p.emit("[^" + frag + "]")
		} else {
			p.emit("[" + frag + "]")
		}
		return itemAtom, nil
	}
	if isDigit(c) && c != '0' {
		// Octal escape of three digits, or a group reference.
		esc := string(c)
		if p.more() && isDigit(p.peek()) {
			esc += string(p.src[p.pos])
			p.pos++
			if isOctal(rune(esc[0])) && isOctal(rune(esc[1])) && p.more() && isOctal(p.peek()) {
				esc += string(p.src[p.pos])
				p.pos++
				v, _ := strconv.ParseInt(esc, 8, 32)
				if v > 0o377 {
					return 0, p.errAt(start, `octal escape value \`+esc+` outside of range 0-0o377`)
				}
				p.emit(literal(rune(v)))
				return itemAtom, nil
			}
		}
		n, _ := strconv.Atoi(esc)
		if n <= p.ngroups {
			return 0, p.errAt(start, "backreferences are not supported")
		}
		return 0, p.errAt(start+1, "invalid group reference "+strconv.Itoa(n))
	}
	r, err := p.simpleEscape(start, c, false)
	if err != nil {
		return 0, err
	}
	p.emit(literal(r))
	return itemAtom, nil
}

// simpleEscape handles the escapes shared by patterns and classes that
// denote one code point: \a \f \n \r \t \v \\, \xhh, \uhhhh, \Uhhhhhhhh,
// octal \0.., and escaped punctuation. c has been consumed.
func (p *parser) simpleEscape(start int, c rune, inClass bool) (rune, error) {
	switch c {
	case 'a':
		return '\a', nil
	case 'f':
		return '\f', nil
	case 'n':
		return '\n', nil
	case 'r':
		return '\r', nil
	case 't':
		return '\t', nil
	case 'v':
		return '\v', nil
	case '\\':
		return '\\', nil
	case 'x', 'u', 'U':
		n := map[rune]int{'x': 2, 'u': 4, 'U': 8}[c]
		v, k := 0, 0
		for k < n && p.more() && hexValue(p.peek()) >= 0 {
			v = v*16 + hexValue(p.peek())
			p.pos++
			k++
		}
		esc := `\` + string(p.src[start+1:p.pos])
		if k != n {
			return 0, p.errAt(start, "incomplete escape "+esc)
		}
		if v > unicode.MaxRune {
			return 0, p.errAt(start, "bad escape "+esc)
		}
		return rune(v), nil
	case 'N':
		return 0, p.errAt(start, `named character escapes (\N{...}) are not supported`)
	case '0':
		v := 0
		for k := 0; k < 2 && p.more() && isOctal(p.peek()); k++ {
			v = v*8 + int(p.peek()-'0')
			p.pos++
		}
		return rune(v), nil
	}
	if inClass && isOctal(c) {
		v := int(c - '0')
		for k := 0; k < 2 && p.more() && isOctal(p.peek()); k++ {
			v = v*8 + int(p.peek()-'0')
			p.pos++
		}
		if v > 0o377 {
			return 0, p.errAt(start, `octal escape value \`+string(p.src[start+1:p.pos])+` outside of range 0-0o377`)
		}
		return rune(v), nil
	}
	if c < 0x80 && (unicode.IsLetter(c) || isDigit(c)) {
		return 0, p.errAt(start, `bad escape \`+string(c))
	}
	return c, nil
}

// classItem is one element of a character class: a code-point range, or a
// category fragment, possibly negated.
type classItem struct {
	lo, hi rune
	frag   string
	neg    bool
}

// parseClass parses after '['; start is the index of '['.
func (p *parser) parseClass(start int) error {
	negate := false
	if p.peek() == '^' {
		negate = true
		p.pos++
	}
	var items []classItem
	unterminated := func() error { return p.errAt(start, "unterminated character set") }
	// elem reads one class element: a literal or an escape. text is its
	// source as sre_parse's tokenizer sees it, for error messages.
	elem := func() (classItem, string, bool, error) {
		if !p.more() {
			return classItem{}, "", false, unterminated()
		}
		at := p.pos
		c := p.src[p.pos]
		p.pos++
		if c != '\\' {
			return classItem{lo: c, hi: c}, string(c), true, nil
		}
		if !p.more() {
			return classItem{}, "", false, p.errAt(at, "bad escape (end of pattern)")
		}
		e := p.src[p.pos]
		p.pos++
		text := `\` + string(e)
		if frag, neg, ok := p.category(e); ok {
			return classItem{frag: frag, neg: neg}, text, false, nil
		}
		if e == 'b' {
			return classItem{lo: '\b', hi: '\b'}, text, true, nil
		}
		if isDigit(e) && !isOctal(e) {
			return classItem{}, "", false, p.errAt(at, "bad escape "+text)
		}
		r, err := p.simpleEscape(at, e, true)
		if err != nil {
			return classItem{}, "", false, err
		}
		return classItem{lo: r, hi: r}, text, true, nil
	}
	for {
		if !p.more() {
			return unterminated()
		}
		itemStart := p.pos
		if p.src[p.pos] == ']' && len(items) > 0 {
			p.pos++
			break
		}
		it1, text1, lit1, err := elem()
		if err != nil {
			return err
		}
		if p.peek() == '-' {
			p.pos++
			if !p.more() {
				return unterminated()
			}
			if p.src[p.pos] == ']' {
				p.pos++
				items = append(items, it1, classItem{lo: '-', hi: '-'})
				break
			}
			it2, text2, lit2, err := elem()
			if err != nil {
				return err
			}
			if !lit1 || !lit2 || it2.lo < it1.lo {
				return p.errAt(itemStart, "bad character range "+text1+"-"+text2)
			}
			items = append(items, classItem{lo: it1.lo, hi: it2.lo})
			continue
		}
		items = append(items, it1)
	}
	p.emit(p.renderClass(items, negate))
	return nil
}

// renderClass renders a parsed class as RE2 syntax.
func (p *parser) renderClass(items []classItem, negate bool) string {
	hasNeg := false
	for _, it := range items {
		if it.frag != "" && it.neg {
			hasNeg = true
		}
	}
	if !hasNeg || len(items) == 1 {
		var b strings.Builder
		b.WriteByte('[')
		if negate != (hasNeg && len(items) == 1) {
			b.WriteByte('^')
		}
		for _, it := range items {
			if it.frag != "" {
				b.WriteString(it.frag)
				continue
			}
			b.WriteString(literal(it.lo))
			if it.hi != it.lo {
				b.WriteByte('-')
				b.WriteString(literal(it.hi))
			}
		}
		b.WriteByte(']')
		return b.String()
	}
	// A negated category mixed with other items: compute the set.
	fold := p.flags&IgnoreCase != 0
	var set []rune
	var pos strings.Builder
	for _, it := range items {
		switch {
		case it.frag == "":
			pos.WriteString(literal(it.lo) + "-" + literal(it.hi))
		case !it.neg:
			pos.WriteString(it.frag)
		default:
			set = unionRanges(set, negateRanges(classRanges(it.frag, false)))
		}
	}
	if pos.Len() > 0 {
		set = unionRanges(set, classRanges(pos.String(), fold))
	}
	if negate {
		set = negateRanges(set)
	}
	if len(set) == 0 {
		return noneClass
	}
	var b strings.Builder
	b.WriteByte('[')
	for i := 0; i < len(set); i += 2 {
		b.WriteString(literal(set[i]))
		if set[i+1] != set[i] {
			b.WriteByte('-')
			b.WriteString(literal(set[i+1]))
		}
	}
	b.WriteByte(']')
	return b.String()
}

// classRanges returns the sorted ranges (lo, hi pairs) of the RE2 class
// [frag], case-folded if fold.
func classRanges(frag string, fold bool) []rune {
	flags := syntax.Perl
	if fold {
		flags |= syntax.FoldCase
	}
	re, err := syntax.Parse("["+frag+"]", flags)
	if err != nil {
		return nil
	}
	switch re.Op {
	case syntax.OpCharClass:
		return normRanges(append([]rune(nil), re.Rune...))
	case syntax.OpAnyChar:
		return []rune{0, unicode.MaxRune}
	case syntax.OpLiteral:
		var out []rune
		for _, r := range re.Rune {
			out = append(out, r, r)
			if re.Flags&syntax.FoldCase != 0 {
				for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
					out = append(out, f, f)
				}
			}
		}
		return normRanges(out)
	}
	return nil
}

// normRanges sorts and merges range pairs.
func normRanges(rs []rune) []rune {
	// Insertion sort by lo; classes are small after RE2's own merging.
	for i := 2; i < len(rs); i += 2 {
		for j := i; j >= 2 && rs[j] < rs[j-2]; j -= 2 {
			rs[j], rs[j+1], rs[j-2], rs[j-1] = rs[j-2], rs[j-1], rs[j], rs[j+1]
		}
	}
	var out []rune
	for i := 0; i < len(rs); i += 2 {
		if n := len(out); n > 0 && rs[i] <= out[n-1]+1 {
			if rs[i+1] > out[n-1] {
				out[n-1] = rs[i+1]
			}
			continue
		}
		out = append(out, rs[i], rs[i+1])
	}
	return out
}

func unionRanges(a, b []rune) []rune {
	return normRanges(append(append([]rune(nil), a...), b...))
}

func negateRanges(rs []rune) []rune {
	var out []rune
	next := rune(0)
	for i := 0; i < len(rs); i += 2 {
		if rs[i] > next {
			out = append(out, next, rs[i]-1)
		}
		next = rs[i+1] + 1
	}
	if next <= unicode.MaxRune {
		out = append(out, next, unicode.MaxRune)
	}
	return out
}

// quote renders a name the way Python's %r does.
func quote(s string) string { return pyfmt.StrRepr(s) }
