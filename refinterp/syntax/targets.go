package syntax

// Assignment, deletion and augmented-assignment targets: validation with
// CPython's messages, and expression contexts.

// reportAssignTarget reports an invalid assignment target the way CPython 3.11 does.
func (p *parser) reportAssignTarget(targets []Expr, i int, bad Expr, value Expr) {
	if nm, ok := bad.(*Name); ok && nm.Id == "__debug__" {
		p.targetError(bad, Store)
		return
	}
	if i == 0 && len(targets) == 1 {
		// CPython's invalid_named_expression rule fires on the last element
		// of the first target, which is followed by '='.
		last := targets[0]
		if t, ok := last.(*Tuple); ok && len(t.Elts) > 0 && !p.parenthesized(t) {
			last = t.Elts[len(t.Elts)-1]
			if nm, ok := last.(*Name); ok {
				s, _ := nm.Span()
				_, e := value.Span()
				p.syntaxError(s, e, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
				return
			}
		}
		if y, ok := last.(*Yield); ok && !p.parenthesized(y) {
			// An unparenthesised yield is not a bitwise_or.
		} else if hereTarget(last) {
			p.nodeError(last, "cannot assign to "+exprName(last)+" here. Maybe you meant '==' instead of '='?")
			return
		}
	}
	if _, ok := bad.(*Yield); ok {
		p.nodeError(bad, "assignment to yield expression not possible")
		return
	}
	if _, ok := bad.(*YieldFrom); ok {
		p.nodeError(bad, "assignment to yield expression not possible")
		return
	}
	p.targetError(bad, Store)
}

// hereTarget reports whether CPython's "cannot assign to X here" form applies:
// e is a bitwise_or-level expression other than a list, tuple, generator
// expression, True, False or None.
func hereTarget(e Expr) bool {
	switch e := e.(type) {
	case *List, *Tuple, *GeneratorExp, *BoolOp, *Compare, *IfExp, *Lambda, *NamedExpr, *Starred, *YieldFrom:
		return false
	case *UnaryOp:
		return e.Op != Not
	case *Constant:
		return e.Kind != ConstTrue && e.Kind != ConstFalse && e.Kind != ConstNone
	}
	return true
}

// parenthesized reports whether the source text of e starts with '('
// while e is not itself delimited by it (a parenthesised expression).
func (p *parser) parenthesized(e Expr) bool {
	s, _ := e.Span()
	off := p.offsetOf(s)
	if off < 0 || off >= len(p.src) {
		return false
	}
	switch e.(type) {
	case *Tuple, *GeneratorExp:
		// Their own span includes the parentheses when present.
		return p.src[off] == '('
	}
	// A parenthesised atom: look backwards for '(' before the start.
	i := off - 1
	for i >= 0 && (p.src[i] == ' ' || p.src[i] == '\t' || p.src[i] == '\n') {
		i--
	}
	return i >= 0 && p.src[i] == '('
}

func (p *parser) offsetOf(pos Pos) int {
	if pos.Line < 1 || int(pos.Line) > len(p.main.lines) {
		return -1
	}
	return int(p.main.lines[pos.Line-1]) + int(pos.Col) - 1
}

// exprName is CPython's _PyPegen_get_expr_name: how an expression is named
// in "cannot assign to ..." messages.
func exprName(e Expr) string {
	switch e := e.(type) {
	case *Attribute:
		return "attribute"
	case *Subscript:
		return "subscript"
	case *Starred:
		return "starred"
	case *Name:
		return "name"
	case *List:
		return "list"
	case *Tuple:
		return "tuple"
	case *Lambda:
		return "lambda"
	case *Call:
		return "function call"
	case *BoolOp, *BinOp, *UnaryOp:
		return "expression"
	case *GeneratorExp:
		return "generator expression"
	case *Yield, *YieldFrom:
		return "yield expression"
	case *Await:
		return "await expression"
	case *ListComp:
		return "list comprehension"
	case *SetComp:
		return "set comprehension"
	case *DictComp:
		return "dict comprehension"
	case *Dict:
		return "dict literal"
	case *Set:
		return "set display"
	case *JoinedStr, *FormattedValue:
		return "f-string expression"
	case *Constant:
		switch e.Kind {
		case ConstNone:
			return "None"
		case ConstTrue:
			return "True"
		case ConstFalse:
			return "False"
		case ConstEllipsis:
			return "ellipsis"
		}
		return "literal"
	case *Compare:
		return "comparison"
	case *IfExp:
		return "conditional expression"
	case *NamedExpr:
		return "named expression"
	}
	return "expression"
}

// invalidTarget returns the first sub-expression of e that cannot be an
// assignment (ctx Store) or deletion (ctx Del) target, or nil.
func (p *parser) invalidTarget(e Expr, ctx ExprContext) Expr {
	switch e := e.(type) {
	case *Name:
		if ctx == Store && e.Id == "__debug__" {
			return e
		}
		return nil
	case *Attribute, *Subscript:
		return nil
	case *Starred:
		if ctx == Del {
			return e
		}
		return p.invalidTarget(e.Value, ctx)
	case *Tuple:
		for _, x := range e.Elts {
			if b := p.invalidTarget(x, ctx); b != nil {
				return b
			}
		}
		return nil
	case *List:
		for _, x := range e.Elts {
			if b := p.invalidTarget(x, ctx); b != nil {
				return b
			}
		}
		return nil
	}
	return e
}

// targetError reports "cannot assign to X" / "cannot delete X" for bad.
func (p *parser) targetError(bad Expr, ctx ExprContext) {
	if nm, ok := bad.(*Name); ok && nm.Id == "__debug__" {
		p.nodeError(bad, "cannot assign to __debug__")
		return
	}
	verb := "cannot assign to "
	if ctx == Del {
		verb = "cannot delete "
	}
	p.nodeError(bad, verb+exprName(bad))
}

// setContext validates e as a target and marks it (recursively) with ctx.
func (p *parser) setContext(e Expr, ctx ExprContext) {
	if p.err != nil || e == nil {
		return
	}
	if bad := p.invalidTarget(e, ctx); bad != nil {
		p.targetError(bad, ctx)
		return
	}
	if ctx == Store {
		stars := 0
		if t, ok := e.(*Tuple); ok {
			for _, x := range t.Elts {
				if _, ok := x.(*Starred); ok {
					stars++
				}
			}
		} else if l, ok := e.(*List); ok {
			for _, x := range l.Elts {
				if _, ok := x.(*Starred); ok {
					stars++
				}
			}
		} else if st, ok := e.(*Starred); ok {
			p.nodeError(st, "starred assignment target must be in a list or tuple")
			return
		}
		if stars > 1 {
			p.nodeError(e, "multiple starred expressions in assignment")
			return
		}
	}
	p.markContext(e, ctx)
}

func (p *parser) markContext(e Expr, ctx ExprContext) {
	switch e := e.(type) {
	case *Name:
		e.Ctx = ctx
	case *Attribute:
		e.Ctx = ctx
	case *Subscript:
		e.Ctx = ctx
	case *Starred:
		e.Ctx = ctx
		p.markContext(e.Value, ctx)
	case *Tuple:
		e.Ctx = ctx
		for _, x := range e.Elts {
			p.setContextInner(x, ctx)
		}
	case *List:
		e.Ctx = ctx
		for _, x := range e.Elts {
			p.setContextInner(x, ctx)
		}
	}
}

// setContextInner handles nested targets: a nested tuple/list is checked for
// multiple stars of its own; a starred element is fine.
func (p *parser) setContextInner(e Expr, ctx ExprContext) {
	if st, ok := e.(*Starred); ok {
		st.Ctx = ctx
		p.setContext(st.Value, ctx)
		return
	}
	p.setContext(e, ctx)
}
