package pyre

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/mptest/mptest/refinterp/pyfmt"
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

// maxRepeat is the largest repetition count, as in CPython (MAXREPEAT-1
// on 32-bit builds).
const maxRepeat = 4294967295 - 1

// maxGroups is CPython's MAXGROUPS on 32-bit builds.
const maxGroups = 1<<30 - 1

type parser struct {
	pattern string
	src     []rune
	bytes   bool // a bytes pattern (decoded as Latin-1): ASCII semantics
	pos     int
	flags   Flags // flags in effect (scoped flags change them inside groups)
	global  Flags // flags for the whole pattern
	ngroups int
	names   map[string]int
	open    map[int]bool   // groups whose ')' has not been seen
	widths  map[int][2]int // widths of closed groups (for lookbehind)
	// lookbehind is the first group number of the innermost lookbehind
	// being parsed, or -1.
	lookbehind int
	// condRefs are group numbers used in (?(n)...) with the position of
	// the number, checked once all groups are known.
	condRefs [][2]int
	depth    int
}

// maxDepth bounds group nesting (the parser recurses per level).
const maxDepth = 1000

func (p *parser) errAt(pos int, msg string) *Error {
	return &Error{Type: "error", Msg: msg, Pos: pos, Pattern: p.pattern}
}

// ascii reports whether \w, \d, \s, \b and IGNORECASE are ASCII-only
// here: with the ASCII flag, or in a bytes pattern.
func (p *parser) ascii() bool { return p.bytes || p.flags&ASCII != 0 }

func (p *parser) more() bool { return p.pos < len(p.src) }

func (p *parser) peek() rune {
	if p.pos < len(p.src) {
		return p.src[p.pos]
	}
	return -1
}

// parse parses a pattern (a bytes pattern decoded as Latin-1 if bytes)
// into a node tree.
func parse(pattern string, flags Flags, bytes bool) (*parser, *node, error) {
	valueError := func(msg string) (*parser, *node, error) {
		return nil, nil, &Error{Type: "ValueError", Msg: msg, Pos: -1}
	}
	switch {
	case !bytes && flags&Locale != 0:
		return valueError("cannot use LOCALE flag with a str pattern")
	case bytes && flags&Unicode != 0:
		return valueError("cannot use UNICODE flag with a bytes pattern")
	case flags&ASCII != 0 && flags&Unicode != 0:
		return valueError("ASCII and UNICODE flags are incompatible")
	case flags&ASCII != 0 && flags&Locale != 0:
		return valueError("ASCII and LOCALE flags are incompatible")
	}
	p := &parser{pattern: pattern, src: []rune(pattern), bytes: bytes, flags: flags, names: map[string]int{},
		open: map[int]bool{}, widths: map[int][2]int{}, lookbehind: -1}
	// Global inline flags may only appear at the very start; with VERBOSE
	// among them the pattern is reparsed from the start, like sre_parse.
	for {
		p.skipVerbose()
		if !(p.pos+2 < len(p.src) && p.src[p.pos] == '(' && p.src[p.pos+1] == '?' && isFlagStart(p.src[p.pos+2])) {
			break
		}
		save := p.pos
		p.pos += 2
		add, _, global, err := p.parseFlags()
		if err != nil {
			return nil, nil, err
		}
		if !global {
			p.pos = save
			break
		}
		p.flags |= add
	}
	p.global = p.flags
	root, err := p.parseAlt(true)
	if err != nil {
		return nil, nil, err
	}
	if p.more() { // only a ')' stops the top level early
		return nil, nil, p.errAt(p.pos, "unbalanced parenthesis")
	}
	for _, c := range p.condRefs {
		if c[0] > p.ngroups {
			return nil, nil, p.errAt(c[1], "invalid group reference "+strconv.Itoa(c[0]))
		}
	}
	return p, root, nil
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
			if c == 'L' && !p.bytes {
				return 0, 0, false, p.errAt(p.pos, "bad inline flags: cannot use 'L' flag with a str pattern")
			}
			if c == 'u' && p.bytes {
				return 0, 0, false, p.errAt(p.pos, "bad inline flags: cannot use 'u' flag with a bytes pattern")
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
func (p *parser) parseAlt(top bool) (*node, error) {
	var alts []*node
	for {
		seq, err := p.parseSeq(top)
		if err != nil {
			return nil, err
		}
		alts = append(alts, seq)
		top = false
		if p.peek() != '|' {
			break
		}
		p.pos++
	}
	if len(alts) == 1 {
		return alts[0], nil
	}
	return &node{kind: nAlt, subs: alts}, nil
}

// parseSeq parses one branch.
func (p *parser) parseSeq(first bool) (*node, error) {
	seq := &node{kind: nCat}
	// last is the item a quantifier would apply to (nil: nothing to
	// repeat); repeated is set when it is already a repeat.
	var last *node
	repeated := false
	for {
		p.skipVerbose()
		if !p.more() {
			return seq, nil
		}
		start := p.pos
		c := p.src[p.pos]
		switch c {
		case '|', ')':
			return seq, nil
		case '*', '+', '?', '{':
			min, max, ok, err := p.parseQuantifier()
			if err != nil {
				return nil, err
			}
			if !ok { // a '{' that is not a quantifier is a literal
				p.pos = start + 1
				last = p.lit('{')
				repeated = false
				seq.subs = append(seq.subs, last)
				continue
			}
			if last == nil || last.kind == nAssert {
				return nil, p.errAt(start, "nothing to repeat")
			}
			if repeated {
				return nil, p.errAt(start, "multiple repeat")
			}
			rep := &node{kind: nRepeat, min: min, max: max, greedy: true, subs: []*node{last}}
			if p.peek() == '?' {
				p.pos++
				rep.greedy = false
			} else if p.peek() == '+' {
				p.pos++
				rep.possess = true
			}
			seq.subs[len(seq.subs)-1] = rep
			last = rep
			repeated = true
			continue
		}
		p.pos++
		var item *node
		var err error
		switch c {
		case '(':
			item, err = p.parseGroup(start, first && len(seq.subs) == 0)
		case '[':
			item, err = p.parseClass(start)
		case '.':
			item = &node{kind: nAny, dotAll: p.flags&DotAll != 0}
		case '^':
			item = &node{kind: nAssert, at: atBeginning}
			if p.flags&Multiline != 0 {
				item.at = atBeginningLine
			}
		case '$':
			item = &node{kind: nAssert, at: atEnd}
			if p.flags&Multiline != 0 {
				item.at = atEndLine
			}
		case '\\':
			item, err = p.parseEscape(start)
		default:
			item = p.lit(c)
		}
		if err != nil {
			return nil, err
		}
		if item != nil { // nil: a comment or global flags
			seq.subs = append(seq.subs, item)
			last = item
			repeated = false
		}
	}
}

// lit returns a literal node under the current flags.
func (p *parser) lit(r rune) *node {
	n := &node{kind: nLit, r: r, ascii: p.ascii()}
	if p.flags&IgnoreCase != 0 && len(foldSet(r, n.ascii)) > 1 {
		n.fold = true
	}
	return n
}

// parseQuantifier reads *, +, ? or {m,n} at p.pos. ok is false for a '{'
// that does not form a quantifier. max is -1 for no upper bound.
func (p *parser) parseQuantifier() (min, max int, ok bool, err error) {
	c := p.src[p.pos]
	p.pos++
	switch c {
	case '*':
		return 0, -1, true, nil
	case '+':
		return 1, -1, true, nil
	case '?':
		return 0, 1, true, nil
	}
	here := p.pos
	if p.peek() == '}' {
		return 0, 0, false, nil
	}
	lo, hi := "", ""
	for p.more() && isDigit(p.peek()) {
		lo += string(p.src[p.pos])
		p.pos++
	}
	if p.peek() == ',' {
		p.pos++
		for p.more() && isDigit(p.peek()) {
			hi += string(p.src[p.pos])
			p.pos++
		}
	} else {
		hi = lo
	}
	if p.peek() != '}' {
		return 0, 0, false, nil
	}
	p.pos++
	min, max = 0, -1
	tooLarge := &Error{Type: "OverflowError", Msg: "the repetition number is too large", Pos: -1}
	if lo != "" {
		n, err := strconv.ParseUint(lo, 10, 64)
		if err != nil || n > maxRepeat {
			return 0, 0, false, tooLarge
		}
		min = int(n)
	}
	if hi != "" {
		n, err := strconv.ParseUint(hi, 10, 64)
		if err != nil || n > maxRepeat {
			return 0, 0, false, tooLarge
		}
		max = int(n)
		if max < min {
			return 0, 0, false, p.errAt(here, "min repeat greater than max repeat")
		}
	}
	return min, max, true, nil
}

// parseGroup parses after '('; start is the index of '('. It returns nil
// for a comment or global flags.
func (p *parser) parseGroup(start int, atStart bool) (*node, error) {
	if p.peek() != '?' {
		return p.capture(start, "")
	}
	p.pos++
	if !p.more() {
		return nil, p.errAt(p.pos, "unexpected end of pattern")
	}
	c := p.src[p.pos]
	p.pos++
	switch c {
	case 'P':
		if !p.more() {
			return nil, p.errAt(p.pos, "unexpected end of pattern")
		}
		switch p.src[p.pos] {
		case '<':
			p.pos++
			name, nameStart, err := p.groupName('>')
			if err != nil {
				return nil, err
			}
			if old, dup := p.names[name]; dup {
				return nil, p.errAt(nameStart, "redefinition of group name "+quote(name)+" as group "+
					strconv.Itoa(p.ngroups+1)+"; was group "+strconv.Itoa(old))
			}
			return p.capture(start, name)
		case '=':
			p.pos++
			name, nameStart, err := p.groupName(')')
			if err != nil {
				return nil, err
			}
			n, ok := p.names[name]
			if !ok {
				return nil, p.errAt(nameStart, "unknown group name "+quote(name))
			}
			if p.open[n] {
				return nil, p.errAt(nameStart, "cannot refer to an open group")
			}
			if err := p.checkLookbehindRef(n); err != nil {
				return nil, err
			}
			return p.backref(n), nil
		}
		c2 := p.src[p.pos]
		p.pos++
		return nil, p.errAt(start+1, "unknown extension ?P"+string(c2))
	case ':':
		return p.groupBody(start, p.flags, nil)
	case '>':
		body, err := p.groupBody(start, p.flags, nil)
		if err != nil {
			return nil, err
		}
		return &node{kind: nAtomic, subs: []*node{body}}, nil
	case '#':
		for p.more() && p.src[p.pos] != ')' {
			p.pos++
		}
		if !p.more() {
			return nil, p.errAt(start, "missing ), unterminated comment")
		}
		p.pos++
		return nil, nil
	case '=', '!':
		return p.lookaround(start, false, c == '!')
	case '<':
		if !p.more() {
			return nil, p.errAt(p.pos, "unexpected end of pattern")
		}
		d := p.src[p.pos]
		p.pos++
		if d != '=' && d != '!' {
			return nil, p.errAt(start+1, "unknown extension ?<"+string(d))
		}
		return p.lookaround(start, true, d == '!')
	case '(':
		return p.conditional(start)
	}
	if isFlagStart(c) {
		p.pos--
		add, del, global, err := p.parseFlags()
		if err != nil {
			return nil, err
		}
		if global {
			if !atStart {
				return nil, p.errAt(start, "global flags not at the start of the expression")
			}
			// Only comments or other global flags came before.
			p.flags |= add
			p.global |= add
			return nil, nil
		}
		inner := (p.flags | add) &^ del
		if add&(ASCII|Unicode) != 0 {
			inner = inner&^(ASCII|Unicode) | add&(ASCII|Unicode)
		}
		return p.groupBody(start, inner, nil)
	}
	return nil, p.errAt(start+1, "unknown extension ?"+string(c))
}

// capture parses a capturing group's body after its opening.
func (p *parser) capture(start int, name string) (*node, error) {
	p.ngroups++
	n := p.ngroups
	if n > maxGroups {
		return nil, p.errAt(start, "too many groups")
	}
	if name != "" {
		p.names[name] = n
	}
	p.open[n] = true
	g := &node{kind: nGroup, n: n}
	body, err := p.groupBody(start, p.flags, g)
	if err != nil {
		return nil, err
	}
	delete(p.open, n)
	lo, hi := body.width(p.groupWidth)
	p.widths[n] = [2]int{lo, hi}
	g.subs = []*node{body}
	return g, nil
}

func (p *parser) groupWidth(n int) (int, int) {
	w := p.widths[n]
	return w[0], w[1]
}

func (p *parser) backref(n int) *node {
	return &node{kind: nBackref, n: n, fold: p.flags&IgnoreCase != 0, ascii: p.ascii()}
}

// checkLookbehindRef rejects references that a lookbehind cannot
// resolve, as sre_parse's checklookbehindgroup does.
func (p *parser) checkLookbehindRef(n int) error {
	if p.lookbehind < 0 {
		return nil
	}
	if p.open[n] {
		return p.errAt(p.pos, "cannot refer to an open group")
	}
	if n >= p.lookbehind {
		return p.errAt(p.pos, "cannot refer to group defined in the same lookbehind subpattern")
	}
	return nil
}

// lookaround parses a lookahead or lookbehind body.
func (p *parser) lookaround(start int, behind, neg bool) (*node, error) {
	saved := p.lookbehind
	if behind && saved < 0 {
		p.lookbehind = p.ngroups + 1
	}
	body, err := p.groupBody(start, p.flags, nil)
	p.lookbehind = saved
	if err != nil {
		return nil, err
	}
	look := &node{kind: nLook, behind: behind, neg: neg, subs: []*node{body}}
	if behind {
		lo, hi := body.width(p.groupWidth)
		if lo != hi {
			return nil, &Error{Type: "error", Msg: "look-behind requires fixed-width pattern", Pos: -1}
		}
		look.min = lo
	}
	return look, nil
}

// conditional parses (?(group)yes|no) after "(?(".
func (p *parser) conditional(start int) (*node, error) {
	nameStart := p.pos
	for p.more() && p.src[p.pos] != ')' {
		p.pos++
	}
	name := string(p.src[nameStart:p.pos])
	if !p.more() {
		if name == "" {
			return nil, p.errAt(p.pos, "missing group name")
		}
		return nil, p.errAt(nameStart, "missing ), unterminated name")
	}
	p.pos++
	if name == "" {
		return nil, p.errAt(nameStart, "missing group name")
	}
	var n int
	if isIdentifier(name) {
		g, ok := p.names[name]
		if !ok {
			return nil, p.errAt(nameStart, "unknown group name "+quote(name))
		}
		n = g
	} else {
		x, err := pyfmt.ParseInt(name, 10)
		if err != nil || x.Sign() < 0 || strings.ContainsAny(name, "+-_ ") {
			return nil, p.errAt(nameStart, "bad character in group name "+quote(name))
		}
		if x.Sign() == 0 {
			return nil, p.errAt(nameStart, "bad group number")
		}
		if !x.IsInt64() || x.Int64() >= maxGroups {
			return nil, p.errAt(nameStart, "invalid group reference "+x.String())
		}
		n = int(x.Int64())
		p.condRefs = append(p.condRefs, [2]int{n, nameStart})
	}
	if err := p.checkLookbehindRef(n); err != nil {
		return nil, err
	}
	if p.depth++; p.depth > maxDepth {
		return nil, p.errAt(start, "too many nested groups")
	}
	defer func() { p.depth-- }()
	yes, err := p.parseSeq(false)
	if err != nil {
		return nil, err
	}
	c := &node{kind: nCond, n: n, subs: []*node{yes}}
	if p.peek() == '|' {
		p.pos++
		no, err := p.parseSeq(false)
		if err != nil {
			return nil, err
		}
		if p.peek() == '|' {
			return nil, p.errAt(p.pos, "conditional backref with more than two branches")
		}
		c.subs = append(c.subs, no)
	}
	if p.peek() != ')' {
		return nil, p.errAt(start, "missing ), unterminated subpattern")
	}
	p.pos++
	return c, nil
}

// groupBody parses a group's contents with the given flags and its ')'.
// g, if not nil, is the capture node being parsed.
func (p *parser) groupBody(start int, flags Flags, g *node) (*node, error) {
	if p.depth++; p.depth > maxDepth {
		return nil, p.errAt(start, "too many nested groups")
	}
	defer func() { p.depth-- }()
	saved := p.flags
	p.flags = flags
	body, err := p.parseAlt(false)
	if err != nil {
		return nil, err
	}
	p.flags = saved
	if p.peek() != ')' {
		return nil, p.errAt(start, "missing ), unterminated subpattern")
	}
	p.pos++
	return body, nil
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

// category returns the category for \d \w \s (any case), or ok false.
func (p *parser) category(c rune) (category, bool) {
	switch c {
	case 'd', 'D', 'w', 'W', 's', 'S':
		return category{which: byte(unicode.ToLower(c)), ascii: p.ascii(), neg: c < 'a'}, true
	}
	return category{}, false
}

// parseEscape parses an escape outside a class; start is the backslash.
func (p *parser) parseEscape(start int) (*node, error) {
	if !p.more() {
		return nil, p.errAt(start, "bad escape (end of pattern)")
	}
	c := p.src[p.pos]
	p.pos++
	switch c {
	case 'A':
		return &node{kind: nAssert, at: atBeginning}, nil
	case 'Z':
		return &node{kind: nAssert, at: atEndString}, nil
	case 'b':
		return &node{kind: nAssert, at: atBoundary, ascii: p.ascii()}, nil
	case 'B':
		return &node{kind: nAssert, at: atNonBoundary, ascii: p.ascii()}, nil
	}
	if cat, ok := p.category(c); ok {
		return &node{kind: nClass, cls: (&charClass{cats: []category{cat}}).finish()}, nil
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
					return nil, p.errAt(start, `octal escape value \`+esc+` outside of range 0-0o377`)
				}
				return p.lit(rune(v)), nil
			}
		}
		n, _ := strconv.Atoi(esc)
		if n > p.ngroups {
			return nil, p.errAt(start+1, "invalid group reference "+strconv.Itoa(n))
		}
		if p.open[n] {
			return nil, p.errAt(start, "cannot refer to an open group")
		}
		if err := p.checkLookbehindRef(n); err != nil {
			return nil, err
		}
		return p.backref(n), nil
	}
	r, err := p.simpleEscape(start, c, false)
	if err != nil {
		return nil, err
	}
	return p.lit(r), nil
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
		if p.bytes && c != 'x' {
			break // \u and \U are bad escapes in bytes patterns
		}
		n := 2
		if c == 'u' {
			n = 4
		} else if c == 'U' {
			n = 8
		}
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
		if !p.bytes {
			return 0, p.errAt(start, `named character escapes (\N{...}) are not supported`)
		}
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

// parseClass parses after '['; start is the index of '['.
func (p *parser) parseClass(start int) (*node, error) {
	cls := &charClass{}
	if p.peek() == '^' {
		cls.neg = true
		p.pos++
	}
	var ranges []rune
	n := 0 // items so far
	unterminated := func() error { return p.errAt(start, "unterminated character set") }
	// elem reads one class element: a literal (lit) or a category. text
	// is its source as sre_parse's tokenizer sees it, for error messages.
	elem := func() (r rune, cat category, text string, lit bool, err error) {
		if !p.more() {
			return 0, cat, "", false, unterminated()
		}
		at := p.pos
		c := p.src[p.pos]
		p.pos++
		if c != '\\' {
			return c, cat, string(c), true, nil
		}
		if !p.more() {
			return 0, cat, "", false, p.errAt(at, "bad escape (end of pattern)")
		}
		e := p.src[p.pos]
		p.pos++
		text = `\` + string(e)
		if cat, ok := p.category(e); ok {
			return 0, cat, text, false, nil
		}
		if e == 'b' {
			return '\b', cat, text, true, nil
		}
		if isDigit(e) && !isOctal(e) {
			return 0, cat, "", false, p.errAt(at, "bad escape "+text)
		}
		r, err = p.simpleEscape(at, e, true)
		if err != nil {
			return 0, cat, "", false, err
		}
		return r, cat, text, true, nil
	}
	for {
		if !p.more() {
			return nil, unterminated()
		}
		itemStart := p.pos
		if p.src[p.pos] == ']' && n > 0 {
			p.pos++
			break
		}
		n++
		r1, cat1, text1, lit1, err := elem()
		if err != nil {
			return nil, err
		}
		if p.peek() == '-' {
			p.pos++
			if !p.more() {
				return nil, unterminated()
			}
			if p.src[p.pos] == ']' {
				p.pos++
				if lit1 {
					ranges = append(ranges, r1, r1)
				} else {
					cls.cats = append(cls.cats, cat1)
				}
				ranges = append(ranges, '-', '-')
				break
			}
			r2, _, text2, lit2, err := elem()
			if err != nil {
				return nil, err
			}
			if !lit1 || !lit2 || r2 < r1 {
				return nil, p.errAt(itemStart, "bad character range "+text1+"-"+text2)
			}
			ranges = append(ranges, r1, r2)
			continue
		}
		if lit1 {
			ranges = append(ranges, r1, r1)
		} else {
			cls.cats = append(cls.cats, cat1)
		}
	}
	ranges = normRanges(ranges)
	if p.flags&IgnoreCase != 0 {
		ranges = foldRanges(ranges, p.ascii())
	}
	cls.ranges = ranges
	return &node{kind: nClass, cls: cls.finish()}, nil
}

// quote renders a name the way Python's %r does.
func quote(s string) string { return pyfmt.StrRepr(s) }
