package syntax

// The match statement (PEP 634). "match" and "case" are soft keywords: a
// statement starting with the name "match" is a match statement only if
// "match subject:" NEWLINE follows; otherwise it is parsed again as an
// ordinary statement ("match = 1", "match(x)"). The trial parse saves and
// restores the parser state.

// parserState is what a trial parse may change.
type parserState struct {
	sc         scanner
	lines      []int32
	err        *Error
	scanErr    bool
	errTokLine int32
	lastEnd    Pos
	semErr     *Error
	semAwait   bool
	depth      int
}

func (p *parser) save() parserState {
	return parserState{sc: p.main, lines: p.lines, err: p.err, scanErr: p.scanErr, errTokLine: p.errTokLine,
		lastEnd: p.lastEnd, semErr: p.semErr, semAwait: p.semAwait, depth: p.depth}
}

func (p *parser) restore(s parserState) {
	p.main = s.sc
	p.sc = &p.main
	p.lines, p.err, p.scanErr, p.errTokLine = s.lines, s.err, s.scanErr, s.errTokLine
	p.lastEnd, p.semErr, p.semAwait, p.depth = s.lastEnd, s.semErr, s.semAwait, s.depth
}

// isSoftKeyword reports whether the current token is the name kw.
func (p *parser) isSoftKeyword(kw string) bool {
	return p.tok() == tNAME && string(p.tokText()) == kw
}

// tryMatch parses a match statement if one starts here. It returns nil,
// with the parser state unchanged, if the statement is something else;
// missingColon is then set if "match subject" was followed by a newline
// (CPython's "expected ':'" if the statement turns out invalid).
func (p *parser) tryMatch() (s Stmt, missingColon Pos) {
	if p.sc != &p.main || len(p.main.brackets) != 0 {
		return nil, Pos{}
	}
	saved := p.save()
	start := p.pos()
	p.next() // match
	if !p.startsExpr() && p.tok() != tSTAR || p.tok() == kLambda && false {
		p.restore(saved)
		return nil, Pos{}
	}
	subject := p.parseSubject()
	if p.err != nil || p.tok() != tCOLON {
		if p.err == nil && p.tok() == tNEWLINE {
			missingColon = p.pos()
		}
		p.restore(saved)
		return nil, missingColon
	}
	p.next() // ':'
	if p.tok() != tNEWLINE {
		// CPython reports the fallback's failure at this furthest token.
		p.matchFurthest = p.pos()
		p.restore(saved)
		return nil, Pos{}
	}
	// Committed: a match statement.
	m := &Match{Subject: subject}
	p.next()
	if p.tok() != tINDENT {
		if p.err == nil {
			pos, end := p.pos(), p.sc.tok.end
			if p.tok() == tEOF || p.tok() == tDEDENT {
				pos, end = p.sc.prev.pos, Pos{}
			}
			p.errorAt(KindIndentation, pos, end, "expected an indented block after 'match' statement on line "+itoa32(start.Line))
			if p.tok() == tEOF || p.sc.ended {
				p.err.Incomplete = true
			}
		}
		return nil, Pos{}
	}
	if !p.enter() {
		return nil, Pos{}
	}
	p.next()
	for p.tok() != tDEDENT && p.tok() != tEOF && p.err == nil {
		if !p.isSoftKeyword("case") {
			p.invalid()
			break
		}
		m.Cases = append(m.Cases, p.parseCase())
	}
	p.got(tDEDENT)
	p.leave()
	m.Pos, m.End = start, p.end()
	return m, Pos{}
}

func itoa32(i int32) string {
	var b [12]byte
	n := len(b)
	if i == 0 {
		return "0"
	}
	for i > 0 {
		n--
		b[n] = byte('0' + i%10)
		i /= 10
	}
	return string(b[n:])
}

// parseSubject parses subject_expr.
func (p *parser) parseSubject() Expr {
	start := p.pos()
	first := p.parseStarNamedExpr()
	if p.tok() != tCOMMA {
		if _, ok := first.(*Starred); ok {
			p.invalid()
		}
		return first
	}
	elts := []Expr{first}
	for p.got(tCOMMA) && p.err == nil {
		if !p.startsExpr() && p.tok() != tSTAR {
			break
		}
		elts = append(elts, p.parseStarNamedExpr())
	}
	t := &Tuple{Elts: elts}
	t.Pos, t.End = start, p.end()
	return t
}

func (p *parser) parseCase() *MatchCase {
	start := p.pos()
	p.next() // case
	c := &MatchCase{Pattern: p.parseTopPatterns()}
	if p.got(kIf) {
		c.Guard = p.parseNamedExpr()
	}
	p.expectColon()
	c.Body = p.parseBlock("'case' statement", start.Line)
	c.Pos, c.End = start, p.end()
	return c
}

// parseTopPatterns parses "patterns": an open sequence or one pattern.
func (p *parser) parseTopPatterns() Pattern {
	start := p.pos()
	first := p.parseMaybeStarPattern()
	if p.tok() != tCOMMA {
		if _, ok := first.(*MatchStar); ok && p.err == nil {
			p.invalid()
		}
		return first
	}
	list := []Pattern{first}
	for p.got(tCOMMA) && p.err == nil {
		if p.tok() == tCOLON || p.tok() == kIf {
			break
		}
		list = append(list, p.parseMaybeStarPattern())
	}
	s := &MatchSequence{Patterns: list}
	s.Pos, s.End = start, p.end()
	return s
}

func (p *parser) parseMaybeStarPattern() Pattern {
	if p.tok() != tSTAR {
		return p.parsePattern()
	}
	start := p.pos()
	p.next()
	name := p.ident()
	if name == "_" {
		name = ""
	}
	s := &MatchStar{Name: name}
	s.Pos, s.End = start, p.end()
	return s
}

// parsePattern parses as_pattern | or_pattern.
func (p *parser) parsePattern() Pattern {
	if !p.enter() {
		return &MatchAs{}
	}
	defer p.leave()
	start := p.pos()
	pat := p.parseOrPattern()
	if p.tok() != kAs {
		return pat
	}
	p.next()
	if p.tok() != tNAME {
		if p.err == nil {
			if p.startsExpr() {
				e := p.parseExpr()
				p.nodeError(e, "invalid pattern target")
			} else {
				p.invalid()
			}
		}
		return pat
	}
	namePos, nameEnd := p.pos(), p.sc.tok.end
	name := p.ident()
	if name == "_" {
		p.syntaxError(namePos, nameEnd, "cannot use '_' as a target")
		return pat
	}
	a := &MatchAs{Pattern: pat, Name: name}
	a.Pos, a.End = start, p.end()
	return a
}

func (p *parser) parseOrPattern() Pattern {
	start := p.pos()
	first := p.parseClosedPattern()
	if p.tok() != tVBAR {
		return first
	}
	list := []Pattern{first}
	for p.got(tVBAR) && p.err == nil {
		list = append(list, p.parseClosedPattern())
	}
	o := &MatchOr{Patterns: list}
	o.Pos, o.End = start, p.end()
	return o
}

// parseClosedPattern parses one closed_pattern.
func (p *parser) parseClosedPattern() Pattern {
	start := p.pos()
	switch p.tok() {
	case tINT, tFLOAT, tIMAG, tMINUS, tSTRING:
		v := p.parseLiteralExpr()
		m := &MatchValue{Value: v}
		m.Pos, m.End = start, p.end()
		return m
	case kNone, kTrue, kFalse:
		c := p.parseAtom().(*Constant)
		m := &MatchSingleton{Value: c}
		m.Pos, m.End = start, p.end()
		return m
	case tNAME:
		return p.parseNamePattern()
	case tLPAREN:
		p.next()
		if p.got(tRPAREN) {
			s := &MatchSequence{}
			s.Pos, s.End = start, p.end()
			return s
		}
		first := p.parseMaybeStarPattern()
		if p.got(tRPAREN) {
			if _, ok := first.(*MatchStar); ok {
				p.nodeError(first, "invalid syntax")
			}
			return first // a group
		}
		list := []Pattern{first}
		for p.got(tCOMMA) && p.err == nil && p.tok() != tRPAREN {
			list = append(list, p.parseMaybeStarPattern())
		}
		p.expect(tRPAREN)
		s := &MatchSequence{Patterns: list}
		s.Pos, s.End = start, p.end()
		return s
	case tLBRACK:
		p.next()
		var list []Pattern
		for p.tok() != tRBRACK && p.err == nil {
			list = append(list, p.parseMaybeStarPattern())
			if !p.got(tCOMMA) {
				break
			}
		}
		p.expect(tRBRACK)
		s := &MatchSequence{Patterns: list}
		s.Pos, s.End = start, p.end()
		return s
	case tLBRACE:
		return p.parseMappingPattern()
	}
	p.invalid()
	return &MatchAs{}
}

// parseLiteralExpr parses a number (optionally negative, optionally a
// complex "real ± imag") or a string literal for a pattern.
func (p *parser) parseLiteralExpr() Expr {
	start := p.pos()
	if p.tok() == tSTRING {
		e := p.parseStrings()
		if _, ok := e.(*JoinedStr); ok && p.err == nil {
			p.nodeError(e, "patterns may only match literals and attribute lookups")
		}
		return e
	}
	neg := p.got(tMINUS)
	if p.tok() != tINT && p.tok() != tFLOAT && p.tok() != tIMAG {
		p.invalid()
		return p.bad()
	}
	var v Expr = p.parseAtom()
	if neg {
		u := &UnaryOp{Op: USub, Operand: v}
		u.Pos, u.End = start, p.end()
		v = u
	}
	if p.tok() != tPLUS && p.tok() != tMINUS {
		return v
	}
	if c := numberOf(v); c != nil && c.Kind == ConstImag {
		p.nodeError(v, "real number required in complex literal")
		return v
	}
	op := Add
	if p.tok() == tMINUS {
		op = Sub
	}
	p.next()
	if p.tok() != tIMAG {
		if p.err == nil {
			if p.tok() == tINT || p.tok() == tFLOAT {
				r := p.parseAtom()
				p.nodeError(r, "imaginary number required in complex literal")
			} else {
				p.invalid()
			}
		}
		return v
	}
	b := &BinOp{Left: v, Op: op, Right: p.parseAtom()}
	b.Pos, b.End = start, p.end()
	return b
}

func numberOf(e Expr) *Constant {
	if u, ok := e.(*UnaryOp); ok {
		e = u.Operand
	}
	c, _ := e.(*Constant)
	return c
}

// parseNamePattern parses a capture, the wildcard, a dotted value or a
// class pattern, all of which start with a name.
func (p *parser) parseNamePattern() Pattern {
	start := p.pos()
	nameEnd := p.sc.tok.end
	first := p.ident()
	var cls Expr
	n := p.newName()
	n.Id = first
	n.Pos, n.End = start, nameEnd
	cls = n
	dotted := false
	for p.tok() == tDOT && p.err == nil {
		p.next()
		a := &Attribute{Value: cls, Attr: p.ident()}
		a.Pos, a.End = start, p.end()
		cls = a
		dotted = true
	}
	if p.tok() == tLPAREN {
		return p.parseClassPattern(start, cls)
	}
	if dotted {
		m := &MatchValue{Value: cls}
		m.Pos, m.End = start, p.end()
		return m
	}
	m := &MatchAs{}
	if first != "_" {
		m.Name = first
	}
	m.Pos, m.End = start, p.end()
	return m
}

func (p *parser) parseClassPattern(start Pos, cls Expr) Pattern {
	p.next() // (
	c := &MatchClass{Cls: cls}
	for p.tok() != tRPAREN && p.err == nil {
		pstart := p.pos()
		if p.tok() == tNAME {
			// A keyword pattern "name=pattern"?
			saved := p.save()
			name := p.ident()
			if p.got(tEQ) {
				c.KwdAttrs = append(c.KwdAttrs, name)
				c.KwdPatterns = append(c.KwdPatterns, p.parsePattern())
				if !p.got(tCOMMA) {
					break
				}
				continue
			}
			p.restore(saved)
		}
		pat := p.parsePattern()
		if len(c.KwdAttrs) > 0 && p.err == nil {
			_, end := pat.Span()
			p.syntaxError(pstart, end, "positional patterns follow keyword patterns")
			break
		}
		c.Patterns = append(c.Patterns, pat)
		if !p.got(tCOMMA) {
			break
		}
	}
	p.expect(tRPAREN)
	c.Pos, c.End = start, p.end()
	return c
}

func (p *parser) parseMappingPattern() Pattern {
	start := p.pos()
	p.next() // {
	m := &MatchMapping{}
	for p.tok() != tRBRACE && p.err == nil {
		if p.got(tPOW) {
			m.Rest = p.ident()
			p.got(tCOMMA)
			break
		}
		var key Expr
		switch p.tok() {
		case kNone, kTrue, kFalse:
			key = p.parseAtom()
		case tNAME:
			kstart := p.pos()
			nameEnd := p.sc.tok.end
			n := p.newName()
			n.Id = p.ident()
			n.Pos, n.End = kstart, nameEnd
			key = n
			if p.tok() != tDOT {
				p.invalid()
				return m
			}
			for p.got(tDOT) && p.err == nil {
				a := &Attribute{Value: key, Attr: p.ident()}
				a.Pos, a.End = kstart, p.end()
				key = a
			}
		default:
			key = p.parseLiteralExpr()
		}
		p.expect(tCOLON)
		m.Keys = append(m.Keys, key)
		m.Patterns = append(m.Patterns, p.parsePattern())
		if !p.got(tCOMMA) {
			break
		}
	}
	p.expect(tRBRACE)
	m.Pos, m.End = start, p.end()
	return m
}
