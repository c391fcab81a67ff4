package syntax

import (
	"unicode/utf8"
)

func bytesValidUTF8(b []byte) bool { return utf8.Valid(b) }

// slab hands out pointers into chunks of T, so that the most common nodes
// cost one allocation per chunk rather than one each. Chunks grow from 8 to
// 128 elements, so a small program on a small heap wastes little.
type slab[T any] struct{ buf []T }

func (s *slab[T]) alloc() *T {
	if len(s.buf) == cap(s.buf) {
		n := 2 * cap(s.buf)
		if n < 8 {
			n = 8
		} else if n > 128 {
			n = 128
		}
		s.buf = make([]T, 0, n)
	}
	s.buf = s.buf[:len(s.buf)+1]
	return &s.buf[len(s.buf)-1]
}

func (p *parser) newName() *Name      { return p.nameSlab.alloc() }
func (p *parser) newConst() *Constant { return p.constSlab.alloc() }

// parseStarExprs parses star_expressions: a comma-separated list of
// (possibly starred) expressions; more than one, or a trailing comma, make a
// Tuple.
func (p *parser) parseStarExprs() Expr {
	start := p.pos()
	first := p.parseStarExpr()
	if p.tok() != tCOMMA {
		return first
	}
	elts := []Expr{first}
	for p.got(tCOMMA) {
		if !p.startsExpr() && p.tok() != tSTAR && p.tok() != kYield {
			break
		}
		elts = append(elts, p.parseStarExpr())
		if p.err != nil {
			break
		}
	}
	t := &Tuple{Elts: elts}
	t.Pos, t.End = start, p.end()
	return t
}

// parseStarExpr parses '*' bitwise_or | expression.
func (p *parser) parseStarExpr() Expr {
	if p.tok() == tSTAR {
		start := p.pos()
		p.next()
		s := &Starred{Value: p.parseBitOr()}
		s.Pos, s.End = start, p.end()
		return s
	}
	return p.parseExpr()
}

// parseStarNamedExpr parses '*' bitwise_or | named_expression (list and set
// elements, call arguments).
func (p *parser) parseStarNamedExpr() Expr {
	if p.tok() == tSTAR {
		start := p.pos()
		p.next()
		s := &Starred{Value: p.parseBitOr()}
		s.Pos, s.End = start, p.end()
		return s
	}
	return p.parseNamedExpr()
}

// parseNamedExpr parses NAME ':=' expression | expression, and reports
// CPython's hints for a stray '=' in such a context.
func (p *parser) parseNamedExpr() Expr {
	start := p.pos()
	e := p.parseExpr()
	if p.err != nil {
		return e
	}
	switch p.tok() {
	case tWALRUS:
		nm, ok := e.(*Name)
		if !ok {
			p.nodeError(e, "cannot use assignment expressions with "+exprName(e))
			return e
		}
		p.next()
		nm.Ctx = Store
		n := &NamedExpr{Target: nm, Value: p.parseExpr()}
		n.Pos, n.End = start, p.end()
		return n
	case tEQ:
		p.strayEquals(e)
	}
	return e
}

// strayEquals reports "x = 1" where an expression was expected, as CPython's
// invalid_named_expression rule does.
func (p *parser) strayEquals(e Expr) {
	eqPos := p.pos()
	p.next()
	if p.tok() == tEQ || p.tok() == tWALRUS || !p.startsExpr() {
		p.syntaxError(eqPos, Pos{}, "invalid syntax")
		return
	}
	rhs := p.parseBitOr()
	if p.err != nil {
		return
	}
	if p.tok() == tEQ || p.tok() == tWALRUS {
		p.syntaxError(eqPos, Pos{}, "invalid syntax")
		return
	}
	if _, ok := e.(*Name); ok {
		s, _ := e.Span()
		_, end := rhs.Span()
		p.syntaxError(s, end, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
		return
	}
	if hereTarget(e) {
		p.nodeError(e, "cannot assign to "+exprName(e)+" here. Maybe you meant '==' instead of '='?")
		return
	}
	p.syntaxError(eqPos, Pos{}, "invalid syntax")
}

// parseExpr parses expression: a conditional expression, lambda, or disjunction.
func (p *parser) parseExpr() Expr {
	if p.tok() == kLambda {
		return p.parseLambda()
	}
	start := p.pos()
	e := p.parseOr()
	if p.tok() == kIf {
		p.next()
		test := p.parseOr()
		if p.tok() != kElse {
			if p.err == nil {
				p.syntaxError(start, p.end(), "expected 'else' after 'if' expression")
			}
			return e
		}
		p.next()
		if !p.enter() {
			return p.bad()
		}
		n := &IfExp{Test: test, Body: e, Orelse: p.parseExpr()}
		p.leave()
		n.Pos, n.End = start, p.end()
		return n
	}
	return e
}

// bad returns a placeholder expression after an error.
func (p *parser) bad() Expr {
	n := &Name{Id: "_"}
	n.Pos, n.End = p.pos(), p.pos()
	return n
}

func (p *parser) parseLambda() Expr {
	if !p.enter() {
		return p.bad()
	}
	defer p.leave()
	start := p.pos()
	p.next()
	args := p.parseParams(tCOLON, false)
	p.expect(tCOLON)
	saved, savedComp := p.fn, p.comp
	p.fn = funcState{kind: scopeLambda}
	p.comp = ""
	body := p.parseExpr()
	p.fn, p.comp = saved, savedComp
	n := &Lambda{Args: args, Body: body}
	n.Pos, n.End = start, p.end()
	return n
}

func (p *parser) parseOr() Expr {
	start := p.pos()
	e := p.parseAnd()
	if p.tok() != kOr {
		return e
	}
	vals := []Expr{e}
	for p.got(kOr) {
		vals = append(vals, p.parseAnd())
	}
	n := &BoolOp{Op: Or, Values: vals}
	n.Pos, n.End = start, p.end()
	return n
}

func (p *parser) parseAnd() Expr {
	start := p.pos()
	e := p.parseNot()
	if p.tok() != kAnd {
		return e
	}
	vals := []Expr{e}
	for p.got(kAnd) {
		vals = append(vals, p.parseNot())
	}
	n := &BoolOp{Op: And, Values: vals}
	n.Pos, n.End = start, p.end()
	return n
}

func (p *parser) parseNot() Expr {
	if p.tok() != kNot {
		return p.parseComparison()
	}
	// Iterative, so that long "not not ..." chains cost no stack.
	var starts []Pos
	for p.tok() == kNot {
		starts = append(starts, p.pos())
		p.next()
	}
	x := p.parseComparison()
	for i := len(starts) - 1; i >= 0; i-- {
		n := &UnaryOp{Op: Not, Operand: x}
		n.Pos, n.End = starts[i], p.end()
		x = n
	}
	return x
}

func (p *parser) cmpOp() (CmpOperator, bool) {
	switch p.tok() {
	case tEQEQ:
		return Eq, true
	case tNE:
		return NotEq, true
	case tLT:
		return Lt, true
	case tLE:
		return LtE, true
	case tGT:
		return Gt, true
	case tGE:
		return GtE, true
	case kIn:
		return In, true
	case kIs:
		return Is, true
	case kNot:
		return NotIn, true
	}
	return 0, false
}

func (p *parser) parseComparison() Expr {
	start := p.pos()
	e := p.parseBitOr()
	op, ok := p.cmpOp()
	if !ok {
		return e
	}
	n := &Compare{Left: e}
	for ok && p.err == nil {
		switch op {
		case NotIn:
			p.next()
			if p.tok() != kIn {
				p.invalid()
				return e
			}
		case Is:
			p.next()
			if p.tok() == kNot {
				op = IsNot
			} else {
				goto skip
			}
		}
		p.next()
	skip:
		n.Ops = append(n.Ops, op)
		n.Comparators = append(n.Comparators, p.parseBitOr())
		op, ok = p.cmpOp()
	}
	n.Pos, n.End = start, p.end()
	return n
}

// binary operator precedence levels, lowest first.
func binOp(t token) (Operator, int) {
	switch t {
	case tVBAR:
		return BitOr, 1
	case tCARET:
		return BitXor, 2
	case tAMPER:
		return BitAnd, 3
	case tLSHIFT:
		return LShift, 4
	case tRSHIFT:
		return RShift, 4
	case tPLUS:
		return Add, 5
	case tMINUS:
		return Sub, 5
	case tSTAR:
		return Mult, 6
	case tSLASH:
		return Div, 6
	case tDSLASH:
		return FloorDiv, 6
	case tPERCENT:
		return Mod, 6
	case tAT:
		return MatMult, 6
	}
	return 0, 0
}

// parseBitOr parses bitwise_or (and everything binding tighter) by precedence climbing.
func (p *parser) parseBitOr() Expr { return p.parseBinary(1) }

func (p *parser) parseBinary(prec int) Expr {
	start := p.pos()
	x := p.parseFactor()
	for p.err == nil {
		op, q := binOp(p.tok())
		if q < prec {
			return x
		}
		p.next()
		y := p.parseBinary(q + 1)
		n := &BinOp{Left: x, Op: op, Right: y}
		n.Pos, n.End = start, p.end()
		x = n
	}
	return x
}

// parseFactor parses unary + - ~ and power. It is iterative, so that long
// chains of unary operators cost no stack.
func (p *parser) parseFactor() Expr {
	var ops []UnaryOperator
	var starts []Pos
	for {
		var op UnaryOperator
		switch p.tok() {
		case tPLUS:
			op = UAdd
		case tMINUS:
			op = USub
		case tTILDE:
			op = Invert
		default:
			x := p.parsePower()
			for i := len(ops) - 1; i >= 0; i-- {
				n := &UnaryOp{Op: ops[i], Operand: x}
				n.Pos, n.End = starts[i], p.end()
				x = n
			}
			return x
		}
		ops = append(ops, op)
		starts = append(starts, p.pos())
		p.next()
	}
}

func (p *parser) parsePower() Expr {
	start := p.pos()
	var x Expr
	if p.tok() == kAwait {
		p.next()
		v := p.parsePrimary()
		a := &Await{Value: v}
		a.Pos, a.End = start, p.end()
		p.checkAwait(a)
		x = a
	} else {
		x = p.parsePrimary()
	}
	if p.tok() == tPOW {
		if !p.enter() {
			return p.bad()
		}
		defer p.leave()
		p.next()
		n := &BinOp{Left: x, Op: Pow, Right: p.parseFactor()}
		n.Pos, n.End = start, p.end()
		return n
	}
	return x
}

func (p *parser) checkAwait(a *Await) {
	if p.fn.isAsync || p.semErr != nil || p.comp == "generator expression" && p.fn.kind == scopeFunction {
		// An await in a generator expression makes it an asynchronous
		// generator expression, which any function may create.
		return
	}
	if p.fn.kind == scopeModule || p.fn.kind == scopeClass {
		p.semanticNode(a, "'await' outside function")
	} else {
		p.semanticNode(a, "'await' outside async function")
	}
	p.semAwait = p.semErr != nil
}

// parsePrimary parses an atom followed by trailers: .name, (args), [subscript].
func (p *parser) parsePrimary() Expr {
	if !p.enter() {
		return p.bad()
	}
	defer p.leave()
	start := p.pos()
	x := p.parseAtom()
	for p.err == nil {
		switch p.tok() {
		case tDOT:
			p.next()
			n := &Attribute{Value: x, Attr: p.ident()}
			n.Pos, n.End = start, p.end()
			x = n
		case tLPAREN:
			lp := p.pos()
			p.next()
			args, kws := p.parseCallArgs(true, lp)
			p.expect(tRPAREN)
			if len(args) == 1 && len(kws) == 0 {
				// f(x for x in y): the call's parentheses belong to the genexp.
				if g, ok := args[0].(*GeneratorExp); ok && g.Pos == lp {
					g.End = p.end()
				}
			}
			n := &Call{Func: x, Args: args, Keywords: kws}
			n.Pos, n.End = start, p.end()
			x = n
		case tLBRACK:
			p.next()
			s := p.parseSlices()
			p.expect(tRBRACK)
			n := &Subscript{Value: x, Slice: s}
			n.Pos, n.End = start, p.end()
			x = n
		default:
			return x
		}
	}
	return x
}

// parseSlices parses the inside of a subscript.
func (p *parser) parseSlices() Expr {
	start := p.pos()
	first := p.parseSlice()
	if p.tok() != tCOMMA {
		if _, ok := first.(*Starred); ok {
			t := &Tuple{Elts: []Expr{first}}
			t.Pos, t.End = start, p.end()
			return t
		}
		return first
	}
	elts := []Expr{first}
	for p.got(tCOMMA) && p.err == nil {
		if p.tok() == tRBRACK {
			break
		}
		elts = append(elts, p.parseSlice())
	}
	t := &Tuple{Elts: elts}
	t.Pos, t.End = start, p.end()
	return t
}

func (p *parser) parseSlice() Expr {
	start := p.pos()
	if p.tok() == tSTAR {
		return p.parseStarNamedExpr()
	}
	var lower Expr
	if p.tok() != tCOLON {
		lower = p.parseNamedExpr()
		if p.tok() != tCOLON {
			return lower
		}
	}
	p.next()
	s := &Slice{Lower: lower}
	if p.tok() != tCOLON && p.tok() != tCOMMA && p.tok() != tRBRACK {
		s.Upper = p.parseExpr()
	}
	if p.got(tCOLON) {
		if p.tok() != tCOMMA && p.tok() != tRBRACK {
			s.Step = p.parseExpr()
		}
	}
	s.Pos, s.End = start, p.end()
	return s
}

// parseCallArgs parses call (or class base) arguments up to ')'. A sole
// generator expression argument is allowed only in calls (genexp true).
func (p *parser) parseCallArgs(genexp bool, lparen Pos) ([]Expr, []*Keyword) {
	var args []Expr
	var kws []*Keyword
	sawKw, sawKwUnpack := false, false
	var genArg Expr
	var genFor tokInfo
	n := 0
	for p.tok() != tRPAREN && p.err == nil {
		start := p.pos()
		n++
		switch p.tok() {
		case tPOW:
			p.next()
			k := &Keyword{Value: p.parseExpr()}
			k.Pos, k.End = start, p.end()
			kws = append(kws, k)
			sawKwUnpack = true
		case tSTAR:
			p.next()
			s := &Starred{Value: p.parseExpr()}
			s.Pos, s.End = start, p.end()
			if sawKwUnpack {
				p.nodeError(s, "iterable argument unpacking follows keyword argument unpacking")
				return nil, nil
			}
			args = append(args, s)
		default:
			e := p.parseExpr()
			if p.err != nil {
				return nil, nil
			}
			switch p.tok() {
			case tEQ:
				nm, ok := e.(*Name)
				if !ok {
					eqPos := p.pos()
					p.next()
					if p.tok() == tRPAREN || p.tok() == tCOMMA {
						p.syntaxError(p.pos(), p.sc.tok.end, "invalid syntax")
						return nil, nil
					}
					if c, ok := e.(*Constant); ok && (c.Kind == ConstTrue || c.Kind == ConstFalse || c.Kind == ConstNone) {
						rhs := p.parseExpr()
						_, end := rhs.Span()
						p.syntaxError(start, end, "cannot assign to "+exprName(e))
						return nil, nil
					}
					_ = eqPos
					rhs := p.parseExpr()
					_, end := rhs.Span()
					p.syntaxError(start, end, "expression cannot contain assignment, perhaps you meant \"==\"?")
					return nil, nil
				}
				p.next()
				if p.tok() == tRPAREN || p.tok() == tCOMMA {
					p.invalid()
					return nil, nil
				}
				v := p.parseExpr()
				if p.tok() == kFor || p.tok() == kAsync {
					_, end := v.Span()
					p.syntaxError(start, end, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
					return nil, nil
				}
				for _, k := range kws {
					if k.Arg == nm.Id {
						p.syntaxError(start, p.end(), "keyword argument repeated: "+nm.Id)
						return nil, nil
					}
				}
				k := &Keyword{Arg: nm.Id, Value: v}
				k.Pos, k.End = start, p.end()
				kws = append(kws, k)
				sawKw = true
			case tWALRUS:
				nm, ok := e.(*Name)
				if !ok {
					p.nodeError(e, "cannot use assignment expressions with "+exprName(e))
					return nil, nil
				}
				p.next()
				nm.Ctx = Store
				ne := &NamedExpr{Target: nm, Value: p.parseExpr()}
				ne.Pos, ne.End = start, p.end()
				e = ne
				fallthrough
			default:
				if p.tok() == kFor || p.tok() == kAsync {
					if genArg == nil {
						genFor = p.sc.tok
					}
					e = p.parseComprehension(start, e, nil, tRPAREN, "generator expression")
					// CPython: a generator expression argument must be the
					// only argument unless parenthesised.
					genArg = e
				}
				// CPython reports these at the token after the argument.
				if sawKwUnpack {
					p.syntaxError(p.pos(), p.sc.tok.end, "positional argument follows keyword argument unpacking")
					return nil, nil
				}
				if sawKw {
					p.syntaxError(p.pos(), p.sc.tok.end, "positional argument follows keyword argument")
					return nil, nil
				}
				args = append(args, e)
			}
		}
		if p.err != nil {
			return nil, nil
		}
		if !p.got(tCOMMA) {
			if p.tok() != tRPAREN && p.startsExpr() {
				p.forgotComma(start)
				return nil, nil
			}
			break
		}
	}
	if genArg != nil && (n > 1 || p.sc.prev.kind == tCOMMA || !genexp) {
		if !genexp && n == 1 && p.sc.prev.kind != tCOMMA {
			p.syntaxError(genFor.pos, genFor.end, "invalid syntax")
			return nil, nil
		}
		p.nodeError(genArg, "Generator expression must be parenthesized")
		return nil, nil
	}
	if g, ok := genArg.(*GeneratorExp); ok {
		g.Pos = lparen
	}
	return args, kws
}

// forgotComma reports CPython's "Perhaps you forgot a comma?" hint for two
// adjacent expressions inside brackets.
func (p *parser) forgotComma(start Pos) {
	if p.err != nil {
		return
	}
	// CPython excludes NAME STRING (prefix-like mistakes) from the hint.
	prev := p.sc.prev
	if prev.kind == tNAME && p.tok() == tSTRING {
		p.invalid()
		return
	}
	e := p.parseExpr()
	if p.err != nil {
		return
	}
	_, end := e.Span()
	p.syntaxError(start, end, "invalid syntax. Perhaps you forgot a comma?")
}

// parseParams parses a def (close is ')', annotations allowed) or lambda
// (close is ':') parameter list.
func (p *parser) parseParams(close token, annotations bool) *Arguments {
	a := &Arguments{}
	a.Pos = p.pos()
	state := 0 // 0: positional, 1: after * or *args, 2: after **kw
	sawDefault := false
	sawSlash := false
	seen := func(arg *Arg) bool {
		check := func(list []*Arg) bool {
			for _, x := range list {
				if x.Arg == arg.Arg {
					return true
				}
			}
			return false
		}
		if check(a.PosOnly) || check(a.Args) || check(a.KwOnly) ||
			a.Vararg != nil && a.Vararg.Arg == arg.Arg || a.Kwarg != nil && a.Kwarg.Arg == arg.Arg {
			p.semanticNode(arg, "duplicate argument '"+arg.Arg+"' in function definition")
			return false
		}
		return false
	}
	param := func(star bool) *Arg {
		start := p.pos()
		x := &Arg{Arg: p.ident()}
		if annotations && p.got(tCOLON) {
			if star && p.tok() == tSTAR {
				// PEP 646: *args: *Ts
				x.Annotation = p.parseStarExpr()
			} else {
				x.Annotation = p.parseExpr()
			}
		}
		x.Pos, x.End = start, p.end()
		return x
	}
	bareStar := Pos{}
	bareStarEnd := Pos{}
	for p.tok() != close && p.err == nil {
		start := p.pos()
		switch p.tok() {
		case tSLASH:
			if sawSlash {
				p.syntaxError(start, p.sc.tok.end, "/ may appear only once")
				return a
			}
			if state > 0 {
				p.syntaxError(start, p.sc.tok.end, "/ must be ahead of *")
				return a
			}
			if len(a.Args) == 0 {
				p.invalid()
				return a
			}
			p.next()
			sawSlash = true
			a.PosOnly, a.Args = a.Args, nil
		case tSTAR:
			if state == 2 {
				p.syntaxError(start, p.sc.tok.end, "arguments cannot follow var-keyword argument")
				return a
			}
			if state == 1 {
				end := p.sc.tok.end
				p.next()
				if p.tok() == tNAME || p.tok() == tCOMMA {
					p.syntaxError(start, end, "* argument may appear only once")
				} else {
					p.syntaxError(start, end, "invalid syntax")
				}
				return a
			}
			p.next()
			state = 1
			if p.tok() == tCOMMA || p.tok() == close {
				bareStar, bareStarEnd = start, p.end()
			} else {
				x := param(true)
				if seen(x) {
					return a
				}
				a.Vararg = x
				if p.tok() == tEQ {
					p.syntaxError(p.pos(), p.sc.tok.end, "var-positional argument cannot have default value")
					return a
				}
			}
		case tPOW:
			if state == 2 {
				p.syntaxError(start, p.sc.tok.end, "arguments cannot follow var-keyword argument")
				return a
			}
			p.next()
			x := param(false)
			if seen(x) {
				return a
			}
			a.Kwarg = x
			state = 2
			if p.tok() == tEQ {
				p.syntaxError(p.pos(), p.sc.tok.end, "var-keyword argument cannot have default value")
				return a
			}
		case tNAME:
			if state == 2 {
				p.syntaxError(start, p.sc.tok.end, "arguments cannot follow var-keyword argument")
				return a
			}
			x := param(false)
			if p.err != nil || seen(x) {
				return a
			}
			var def Expr
			if p.got(tEQ) {
				def = p.parseExpr()
			}
			if state == 0 {
				if def != nil {
					sawDefault = true
					a.Defaults = append(a.Defaults, def)
				} else if sawDefault {
					p.nodeError(x, "non-default argument follows default argument")
					return a
				}
				a.Args = append(a.Args, x)
			} else {
				a.KwOnly = append(a.KwOnly, x)
				a.KwDefaults = append(a.KwDefaults, def)
			}
		default:
			p.invalid()
			return a
		}
		if !p.got(tCOMMA) {
			break
		}
	}
	if bareStar.IsValid() && len(a.KwOnly) == 0 && p.err == nil {
		p.syntaxError(bareStar, bareStarEnd, "named arguments must follow bare *")
	}
	a.End = p.end()
	return a
}

// parseYield parses yield_expr.
func (p *parser) parseYield() Expr {
	start := p.pos()
	p.next()
	var e Expr
	if p.got(kFrom) {
		y := &YieldFrom{Value: p.parseExpr()}
		y.Pos, y.End = start, p.end()
		e = y
	} else {
		y := &Yield{}
		if p.startsExpr() || p.tok() == tSTAR {
			y.Value = p.parseStarExprs()
		}
		y.Pos, y.End = start, p.end()
		e = y
	}
	switch {
	case p.comp != "":
		p.semanticNode(e, "'yield' inside "+p.comp)
	case p.fn.kind == scopeModule || p.fn.kind == scopeClass:
		p.semanticNode(e, "'yield' outside function")
	case p.fn.isAsync:
		if _, ok := e.(*YieldFrom); ok {
			p.semanticNode(e, "'yield from' inside async function")
		}
	}
	return e
}

// parseAtom parses an atom.
func (p *parser) parseAtom() Expr {
	start := p.pos()
	switch p.tok() {
	case tNAME:
		n := p.newName()
		n.Id = p.intern(p.tokText())
		p.next()
		n.Pos, n.End = start, p.end()
		return n
	case kNone, kTrue, kFalse, tELLIPSIS:
		c := p.newConst()
		switch p.tok() {
		case kNone:
			c.Kind = ConstNone
		case kTrue:
			c.Kind = ConstTrue
		case kFalse:
			c.Kind = ConstFalse
		default:
			c.Kind = ConstEllipsis
		}
		p.next()
		c.Pos, c.End = start, p.end()
		return c
	case tINT, tFLOAT, tIMAG:
		c := p.parseNumber()
		p.next()
		c.Pos, c.End = start, p.end()
		return c
	case tSTRING:
		return p.parseStrings()
	case tLPAREN:
		return p.parseParen()
	case tLBRACK:
		return p.parseList()
	case tLBRACE:
		return p.parseBrace()
	case kYield:
		// Only valid inside parentheses; reached through parseParen.
	}
	p.invalid()
	return p.bad()
}

func (p *parser) parseParen() Expr {
	start := p.pos()
	p.next()
	if p.got(tRPAREN) {
		t := &Tuple{}
		t.Pos, t.End = start, p.end()
		return t
	}
	if p.tok() == kYield {
		y := p.parseYield()
		p.expect(tRPAREN)
		return y
	}
	first := p.parseStarNamedExpr()
	if p.err != nil {
		return first
	}
	switch p.tok() {
	case tRPAREN:
		p.next()
		if st, ok := first.(*Starred); ok {
			p.nodeError(st, "cannot use starred expression here")
		}
		return first
	case kFor, kAsync:
		g := p.parseComprehension(start, first, nil, tRPAREN, "generator expression")
		p.expect(tRPAREN)
		if g != nil {
			s, _ := g.Span()
			_ = s
			g.(*GeneratorExp).Pos = start
			g.(*GeneratorExp).End = p.end()
		}
		return g
	case tCOMMA:
		elts := []Expr{first}
		for p.got(tCOMMA) && p.err == nil {
			if p.tok() == tRPAREN {
				break
			}
			eStart := p.pos()
			elts = append(elts, p.parseStarNamedExpr())
			if p.tok() != tCOMMA && p.tok() != tRPAREN && p.startsExpr() {
				p.forgotComma(eStart)
			}
		}
		p.expect(tRPAREN)
		t := &Tuple{Elts: elts}
		t.Pos, t.End = start, p.end()
		return t
	}
	if p.startsExpr() {
		s, _ := first.Span()
		p.forgotComma(s)
		return first
	}
	p.invalid()
	return first
}

func (p *parser) parseList() Expr {
	start := p.pos()
	p.next()
	var elts []Expr
	for p.tok() != tRBRACK && p.err == nil {
		eStart := p.pos()
		e := p.parseStarNamedExpr()
		if len(elts) == 0 && (p.tok() == kFor || p.tok() == kAsync) {
			if _, ok := e.(*Starred); ok {
				p.nodeError(e, "iterable unpacking cannot be used in comprehension")
				return e
			}
			c := p.parseComprehension(start, e, nil, tRBRACK, "list comprehension")
			p.expect(tRBRACK)
			if c != nil {
				lc := c.(*ListComp)
				lc.End = p.end()
			}
			return c
		}
		elts = append(elts, e)
		if p.tok() == kFor && len(elts) > 1 {
			p.comprehensionTargetHint(elts)
			return e
		}
		if !p.got(tCOMMA) {
			if p.tok() != tRBRACK && p.startsExpr() {
				p.forgotComma(eStart)
			}
			break
		}
	}
	p.expect(tRBRACK)
	l := &List{Elts: elts}
	l.Pos, l.End = start, p.end()
	return l
}

func (p *parser) comprehensionTargetHint(elts []Expr) {
	s, _ := elts[0].Span()
	_, e := elts[len(elts)-1].Span()
	p.syntaxError(s, e, "did you forget parentheses around the comprehension target?")
}

func (p *parser) parseBrace() Expr {
	start := p.pos()
	p.next()
	if p.got(tRBRACE) {
		d := &Dict{}
		d.Pos, d.End = start, p.end()
		return d
	}
	// Decide dict vs set from the first item.
	if p.tok() == tPOW {
		return p.parseDictRest(start, nil, nil)
	}
	eStart := p.pos()
	first := p.parseStarNamedExpr()
	if p.err != nil {
		return first
	}
	if p.tok() == tCOLON {
		if _, ok := first.(*Starred); ok {
			p.invalid()
			return first
		}
		colon := p.sc.tok
		p.next()
		if p.tok() == tRBRACE || p.tok() == tCOMMA {
			p.syntaxError(colon.pos, colon.end, "expression expected after dictionary key and ':'")
			return first
		}
		v := p.parseExpr()
		if p.tok() == kFor || p.tok() == kAsync {
			c := p.parseComprehension(start, first, v, tRBRACE, "dict comprehension")
			p.expect(tRBRACE)
			if c != nil {
				c.(*DictComp).End = p.end()
			}
			return c
		}
		return p.parseDictRest(start, first, v)
	}
	if p.tok() == kFor || p.tok() == kAsync {
		if _, ok := first.(*Starred); ok {
			p.nodeError(first, "iterable unpacking cannot be used in comprehension")
			return first
		}
		c := p.parseComprehension(start, first, nil, tRBRACE, "set comprehension")
		p.expect(tRBRACE)
		if c != nil {
			c.(*SetComp).End = p.end()
		}
		return c
	}
	elts := []Expr{first}
	if !p.got(tCOMMA) {
		if p.tok() != tRBRACE && p.startsExpr() {
			p.forgotComma(eStart)
		}
	} else {
		for p.tok() != tRBRACE && p.err == nil {
			eStart := p.pos()
			elts = append(elts, p.parseStarNamedExpr())
			if !p.got(tCOMMA) {
				if p.tok() != tRBRACE && p.startsExpr() {
					p.forgotComma(eStart)
				}
				break
			}
		}
	}
	p.expect(tRBRACE)
	s := &Set{Elts: elts}
	s.Pos, s.End = start, p.end()
	return s
}

// parseDictRest parses the remaining items of a dict display. If key is
// non-nil the first item key: value has been parsed.
func (p *parser) parseDictRest(start Pos, key, value Expr) Expr {
	d := &Dict{}
	if key != nil {
		d.Keys = append(d.Keys, key)
		d.Values = append(d.Values, value)
		if !p.got(tCOMMA) {
			if p.tok() != tRBRACE && p.startsExpr() {
				s, _ := value.Span()
				p.forgotComma(s)
			}
			p.expect(tRBRACE)
			d.Pos, d.End = start, p.end()
			return d
		}
	}
	for p.tok() != tRBRACE && p.err == nil {
		iStart := p.pos()
		if p.got(tPOW) {
			v := p.parseBitOr()
			if p.tok() == kFor || p.tok() == kAsync {
				p.syntaxError(iStart, p.end(), "dict unpacking cannot be used in dict comprehension")
				return d
			}
			d.Keys = append(d.Keys, nil)
			d.Values = append(d.Values, v)
		} else {
			k := p.parseExpr()
			if p.tok() != tCOLON {
				if p.err == nil {
					ks, ke := k.Span()
					p.syntaxError(ks, ke, "':' expected after dictionary key")
				}
				return d
			}
			colon := p.sc.tok
			p.next()
			if p.tok() == tRBRACE || p.tok() == tCOMMA {
				p.syntaxError(colon.pos, colon.end, "expression expected after dictionary key and ':'")
				return d
			}
			v := p.parseExpr()
			d.Keys = append(d.Keys, k)
			d.Values = append(d.Values, v)
		}
		if !p.got(tCOMMA) {
			if p.tok() != tRBRACE && p.startsExpr() {
				vs, _ := d.Values[len(d.Values)-1].Span()
				p.forgotComma(vs)
			}
			break
		}
	}
	p.expect(tRBRACE)
	d.Pos, d.End = start, p.end()
	return d
}

// checkCompElt applies to the element expressions, parsed before it was
// known that they belong to a comprehension, the checks CPython's compiler
// makes inside comprehensions: no yield, and await only in async functions.
func (p *parser) checkCompElt(start Pos, elt, value Expr, kind string) {
	if p.semErr != nil && p.semAwait && kind == "generator expression" && p.fn.kind == scopeFunction {
		if e := p.semErr; e.Line > int(start.Line) || e.Line == int(start.Line) && e.Col >= int(start.Col) {
			p.semErr = nil
			p.semAwait = false
		}
	}
	if p.semErr != nil && p.semAwait && kind != "generator expression" {
		// An await in the element makes the comprehension asynchronous.
		if e := p.semErr; e.Line > int(start.Line) || e.Line == int(start.Line) && e.Col >= int(start.Col) {
			p.semErr = nil
			p.semAwait = false
			p.semantic(start, p.end(), "asynchronous comprehension outside of an asynchronous function")
			return
		}
	}
	if p.semErr != nil {
		return
	}
	for _, x := range [2]Expr{elt, value} {
		if x == nil {
			continue
		}
		Walk(x, func(n Node) bool {
			switch n := n.(type) {
			case *Lambda, *ListComp, *SetComp, *DictComp, *GeneratorExp:
				return false
			case *Yield, *YieldFrom:
				if p.semErr == nil || p.semErr.Msg == "'yield' outside function" {
					p.semErr = nil
					p.semanticNode(n, "'yield' inside "+kind)
				}
				return false
			}
			return true
		})
	}
}

// parseComprehension parses the for/if clauses after elt (and value, for a
// dict comprehension) and builds the node of the given kind.
func (p *parser) parseComprehension(start Pos, elt, value Expr, close token, kind string) Expr {
	savedComp := p.comp
	var gens []*Comprehension
	first := true
	for (p.tok() == kFor || p.tok() == kAsync) && p.err == nil {
		cstart := p.pos()
		c := &Comprehension{}
		if p.got(kAsync) {
			c.IsAsync = true
			if p.tok() != kFor {
				p.invalid()
				return nil
			}
		}
		p.next() // for
		p.comp = kind
		c.Target = p.parseTargetList()
		p.setContext(c.Target, Store)
		p.expect(kIn)
		if first {
			// The first iterable is evaluated in the enclosing scope.
			p.comp = savedComp
		}
		c.Iter = p.parseOr()
		p.comp = kind
		for p.tok() == kIf && p.err == nil {
			p.next()
			c.Ifs = append(c.Ifs, p.parseOr())
		}
		if p.tok() == tCOMMA && p.err == nil && close != tRPAREN {
			p.invalid()
		}
		c.Pos, c.End = cstart, p.end()
		gens = append(gens, c)
		first = false
		if c.IsAsync && !p.fn.isAsync && kind != "generator expression" {
			p.semantic(start, Pos{}, "asynchronous comprehension outside of an asynchronous function")
		}
	}
	p.comp = savedComp
	p.checkCompElt(start, elt, value, kind)
	var e Expr
	switch kind {
	case "generator expression":
		g := &GeneratorExp{Elt: elt, Generators: gens}
		g.Pos, g.End = start, p.end()
		if s, _ := elt.Span(); close == tRPAREN {
			_ = s
		}
		e = g
	case "list comprehension":
		l := &ListComp{Elt: elt, Generators: gens}
		l.Pos, l.End = start, p.end()
		e = l
	case "set comprehension":
		s := &SetComp{Elt: elt, Generators: gens}
		s.Pos, s.End = start, p.end()
		e = s
	default:
		d := &DictComp{Key: elt, Value: value, Generators: gens}
		d.Pos, d.End = start, p.end()
		e = d
	}
	return e
}
