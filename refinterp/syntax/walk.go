package syntax

// Walk traverses the tree rooted at n in depth-first pre-order, calling f for
// every node (statements, expressions, and the auxiliary *Arguments, *Arg,
// *Keyword, *Alias, *WithItem, *ExceptHandler, *Comprehension and
// *MatchCase nodes, and patterns).
// If f returns false, the children of that node are skipped. Nil children are
// not visited.
func Walk(n Node, f func(Node) bool) {
	if n == nil || isNilNode(n) || !f(n) {
		return
	}
	stmts := func(list []Stmt) {
		for _, s := range list {
			Walk(s, f)
		}
	}
	exprs := func(list []Expr) {
		for _, e := range list {
			if e != nil {
				Walk(e, f)
			}
		}
	}
	expr := func(e Expr) {
		if e != nil {
			Walk(e, f)
		}
	}
	comps := func(list []*Comprehension) {
		for _, c := range list {
			Walk(c, f)
		}
	}
	switch n := n.(type) {
	case *Module:
		stmts(n.Body)
	case *FunctionDef:
		exprs(n.Decorators)
		Walk(n.Args, f)
		expr(n.Returns)
		stmts(n.Body)
	case *ClassDef:
		exprs(n.Decorators)
		exprs(n.Bases)
		for _, k := range n.Keywords {
			Walk(k, f)
		}
		stmts(n.Body)
	case *Return:
		expr(n.Value)
	case *Delete:
		exprs(n.Targets)
	case *Assign:
		exprs(n.Targets)
		expr(n.Value)
	case *AugAssign:
		expr(n.Target)
		expr(n.Value)
	case *AnnAssign:
		expr(n.Target)
		expr(n.Annotation)
		expr(n.Value)
	case *For:
		expr(n.Target)
		expr(n.Iter)
		stmts(n.Body)
		stmts(n.Orelse)
	case *While:
		expr(n.Test)
		stmts(n.Body)
		stmts(n.Orelse)
	case *If:
		expr(n.Test)
		stmts(n.Body)
		stmts(n.Orelse)
	case *With:
		for _, it := range n.Items {
			Walk(it, f)
		}
		stmts(n.Body)
	case *WithItem:
		expr(n.ContextExpr)
		expr(n.OptionalVars)
	case *Raise:
		expr(n.Exc)
		expr(n.Cause)
	case *Try:
		stmts(n.Body)
		for _, h := range n.Handlers {
			Walk(h, f)
		}
		stmts(n.Orelse)
		stmts(n.Finalbody)
	case *ExceptHandler:
		expr(n.Type)
		stmts(n.Body)
	case *Assert:
		expr(n.Test)
		expr(n.Msg)
	case *Import:
		for _, a := range n.Names {
			Walk(a, f)
		}
	case *ImportFrom:
		for _, a := range n.Names {
			Walk(a, f)
		}
	case *ExprStmt:
		expr(n.Value)
	case *BoolOp:
		exprs(n.Values)
	case *NamedExpr:
		expr(n.Target)
		expr(n.Value)
	case *BinOp:
		expr(n.Left)
		expr(n.Right)
	case *UnaryOp:
		expr(n.Operand)
	case *Lambda:
		Walk(n.Args, f)
		expr(n.Body)
	case *IfExp:
		expr(n.Test)
		expr(n.Body)
		expr(n.Orelse)
	case *Dict:
		for i, k := range n.Keys {
			expr(k)
			if i < len(n.Values) {
				expr(n.Values[i])
			}
		}
	case *Set:
		exprs(n.Elts)
	case *ListComp:
		expr(n.Elt)
		comps(n.Generators)
	case *SetComp:
		expr(n.Elt)
		comps(n.Generators)
	case *DictComp:
		expr(n.Key)
		expr(n.Value)
		comps(n.Generators)
	case *GeneratorExp:
		expr(n.Elt)
		comps(n.Generators)
	case *Comprehension:
		expr(n.Target)
		expr(n.Iter)
		exprs(n.Ifs)
	case *Await:
		expr(n.Value)
	case *Yield:
		expr(n.Value)
	case *YieldFrom:
		expr(n.Value)
	case *Compare:
		expr(n.Left)
		exprs(n.Comparators)
	case *Call:
		expr(n.Func)
		exprs(n.Args)
		for _, k := range n.Keywords {
			Walk(k, f)
		}
	case *Keyword:
		expr(n.Value)
	case *FormattedValue:
		expr(n.Value)
		if n.FormatSpec != nil {
			Walk(n.FormatSpec, f)
		}
	case *JoinedStr:
		exprs(n.Values)
	case *Attribute:
		expr(n.Value)
	case *Subscript:
		expr(n.Value)
		expr(n.Slice)
	case *Starred:
		expr(n.Value)
	case *List:
		exprs(n.Elts)
	case *Tuple:
		exprs(n.Elts)
	case *Slice:
		expr(n.Lower)
		expr(n.Upper)
		expr(n.Step)
	case *Arguments:
		for _, a := range n.PosOnly {
			Walk(a, f)
		}
		for _, a := range n.Args {
			Walk(a, f)
		}
		if n.Vararg != nil {
			Walk(n.Vararg, f)
		}
		for _, a := range n.KwOnly {
			Walk(a, f)
		}
		exprs(n.KwDefaults)
		if n.Kwarg != nil {
			Walk(n.Kwarg, f)
		}
		exprs(n.Defaults)
	case *Arg:
		expr(n.Annotation)
	case *Match:
		expr(n.Subject)
		for _, c := range n.Cases {
			Walk(c, f)
		}
	case *MatchCase:
		pat(n.Pattern, f)
		expr(n.Guard)
		stmts(n.Body)
	case *MatchValue:
		expr(n.Value)
	case *MatchSingleton:
		if n.Value != nil {
			Walk(n.Value, f)
		}
	case *MatchSequence:
		pats(n.Patterns, f)
	case *MatchMapping:
		exprs(n.Keys)
		pats(n.Patterns, f)
	case *MatchClass:
		expr(n.Cls)
		pats(n.Patterns, f)
		pats(n.KwdPatterns, f)
	case *MatchAs:
		pat(n.Pattern, f)
	case *MatchOr:
		pats(n.Patterns, f)
	}
}

func pat(p Pattern, f func(Node) bool) {
	if p != nil {
		Walk(p, f)
	}
}

func pats(list []Pattern, f func(Node) bool) {
	for _, p := range list {
		pat(p, f)
	}
}

// Inspect is Walk under the name go/ast uses.
func Inspect(n Node, f func(Node) bool) { Walk(n, f) }

// isNilNode reports whether n is a typed nil pointer for the pointer-typed
// children that Walk visits directly.
func isNilNode(n Node) bool {
	switch n := n.(type) {
	case *Arguments:
		return n == nil
	case *Arg:
		return n == nil
	case *JoinedStr:
		return n == nil
	case *Module:
		return n == nil
	}
	return false
}
