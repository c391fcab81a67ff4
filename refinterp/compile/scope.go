package compile

import (
	"sort"

	"github.com/mptest/mptest/refinterp/syntax"
)

type scopeKind uint8

const (
	scopeModule scopeKind = iota
	scopeFunction
	scopeClass
	scopeComprehension
)

// symbol flags gathered by the walk.
const (
	defLocal = 1 << iota
	defParam
	defGlobal
	defNonlocal
	symUse
)

// Resolved binding of a name in a scope.
type binding uint8

const (
	bindGlobalImplicit binding = iota
	bindGlobalExplicit
	bindLocal
	bindCell
	bindFree
)

type scope struct {
	kind     scopeKind
	name     string
	node     syntax.Node
	parent   *scope
	children []*scope
	flags    map[string]int
	order    []string // first-seen order of names
	bind     map[string]binding
	params   []string
	// freeThrough: free variables a class scope passes to its methods
	// without using them itself.
	freeThrough    map[string]bool
	needsClassCell bool // class scope: some method uses __class__ / super
	generator      bool
	coroutine      bool
	hasYield       bool
	firstErr       *syntax.Error
	usesSuper      bool
	iterVars       map[string]bool // comprehension iteration variables
}

func (s *scope) add(name string, f int) {
	if s.flags == nil {
		s.flags = map[string]int{}
	}
	if _, ok := s.flags[name]; !ok {
		s.order = append(s.order, name)
	}
	s.flags[name] |= f
}

func (s *scope) isFunctionLike() bool {
	return s.kind == scopeFunction || s.kind == scopeComprehension
}

type resolver struct {
	scopes map[syntax.Node]*scope
	cur    *scope
	err    *syntax.Error
	file   string
}

func (r *resolver) errorf(n syntax.Node, msg string) {
	if r.err == nil {
		p, _ := n.Span()
		r.err = &syntax.Error{Filename: r.file, Line: int(p.Line), Col: int(p.Col), Msg: msg, Kind: "SyntaxError"}
	}
}

func (r *resolver) push(kind scopeKind, name string, n syntax.Node) *scope {
	s := &scope{kind: kind, name: name, node: n, parent: r.cur, flags: map[string]int{}}
	if r.cur != nil {
		r.cur.children = append(r.cur.children, s)
	}
	r.scopes[n] = s
	r.cur = s
	return s
}

func (r *resolver) pop() { r.cur = r.cur.parent }

func (r *resolver) stmts(list []syntax.Stmt) {
	for _, s := range list {
		r.stmt(s)
	}
}

func (r *resolver) def(name string) { r.cur.add(name, defLocal) }

func (r *resolver) stmt(st syntax.Stmt) {
	switch s := st.(type) {
	case *syntax.FunctionDef:
		r.exprs(s.Decorators)
		r.argDefaults(s.Args)
		r.def(s.Name)
		fs := r.push(scopeFunction, s.Name, s)
		fs.coroutine = s.IsAsync
		r.params(s.Args)
		r.stmts(s.Body)
		r.pop()
	case *syntax.ClassDef:
		r.exprs(s.Decorators)
		r.exprs(s.Bases)
		for _, k := range s.Keywords {
			r.expr(k.Value)
		}
		r.def(s.Name)
		r.push(scopeClass, s.Name, s)
		r.stmts(s.Body)
		r.pop()
	case *syntax.Return:
		if !r.cur.isFunctionLike() {
			r.errorf(s, "'return' outside function")
		}
		r.expr(s.Value)
	case *syntax.Delete:
		r.exprs(s.Targets)
	case *syntax.Assign:
		r.exprs(s.Targets)
		r.expr(s.Value)
	case *syntax.AugAssign:
		r.expr(s.Target)
		if n, ok := s.Target.(*syntax.Name); ok {
			r.cur.add(n.Id, symUse)
		}
		r.expr(s.Value)
	case *syntax.AnnAssign:
		if s.Value != nil || !s.Simple {
			r.expr(s.Target)
		} else if n, ok := s.Target.(*syntax.Name); ok {
			r.def(n.Id)
		}
		r.expr(s.Value)
		if !r.cur.isFunctionLike() {
			r.expr(s.Annotation)
			r.cur.add("__annotations__", symUse)
		}
	case *syntax.For:
		r.expr(s.Target)
		r.expr(s.Iter)
		r.stmts(s.Body)
		r.stmts(s.Orelse)
	case *syntax.While:
		r.expr(s.Test)
		r.stmts(s.Body)
		r.stmts(s.Orelse)
	case *syntax.If:
		r.expr(s.Test)
		r.stmts(s.Body)
		r.stmts(s.Orelse)
	case *syntax.With:
		for _, it := range s.Items {
			r.expr(it.ContextExpr)
			r.expr(it.OptionalVars)
		}
		r.stmts(s.Body)
	case *syntax.Raise:
		r.expr(s.Exc)
		r.expr(s.Cause)
	case *syntax.Try:
		r.stmts(s.Body)
		for _, h := range s.Handlers {
			r.expr(h.Type)
			if h.Name != "" {
				r.def(h.Name)
			}
			r.stmts(h.Body)
		}
		r.stmts(s.Orelse)
		r.stmts(s.Finalbody)
	case *syntax.Assert:
		r.expr(s.Test)
		r.expr(s.Msg)
	case *syntax.Import:
		for _, a := range s.Names {
			if a.AsName != "" {
				r.def(a.AsName)
			} else {
				name := a.Name
				for i := 0; i < len(name); i++ {
					if name[i] == '.' {
						name = name[:i]
						break
					}
				}
				r.def(name)
			}
		}
	case *syntax.ImportFrom:
		for _, a := range s.Names {
			if a.Name == "*" {
				if r.cur.kind != scopeModule {
					r.errorf(s, "import * only allowed at module level")
				}
				continue
			}
			if a.AsName != "" {
				r.def(a.AsName)
			} else {
				r.def(a.Name)
			}
		}
	case *syntax.Global:
		for _, n := range s.Names {
			f := r.cur.flags[n]
			if f&(defLocal|symUse|defParam) != 0 {
				if f&defParam != 0 {
					r.errorf(s, "name '"+n+"' is parameter and global")
				} else if f&defLocal != 0 {
					r.errorf(s, "name '"+n+"' is assigned to before global declaration")
				} else {
					r.errorf(s, "name '"+n+"' is used prior to global declaration")
				}
			}
			r.cur.add(n, defGlobal)
		}
	case *syntax.Nonlocal:
		for _, n := range s.Names {
			if r.cur.kind == scopeModule {
				r.errorf(s, "nonlocal declaration not allowed at module level")
				continue
			}
			f := r.cur.flags[n]
			if f&defParam != 0 {
				r.errorf(s, "name '"+n+"' is parameter and nonlocal")
			} else if f&defLocal != 0 {
				r.errorf(s, "name '"+n+"' is assigned to before nonlocal declaration")
			} else if f&symUse != 0 {
				r.errorf(s, "name '"+n+"' is used prior to nonlocal declaration")
			}
			r.cur.add(n, defNonlocal)
		}
	case *syntax.ExprStmt:
		r.expr(s.Value)
	case *syntax.Match:
		r.matchStmt(s)
	}
}

func (r *resolver) argDefaults(a *syntax.Arguments) {
	if a == nil {
		return
	}
	r.exprs(a.Defaults)
	for _, d := range a.KwDefaults {
		if d != nil {
			r.expr(d)
		}
	}
}

func (r *resolver) params(a *syntax.Arguments) {
	if a == nil {
		return
	}
	add := func(x *syntax.Arg) {
		r.cur.add(x.Arg, defParam)
		r.cur.params = append(r.cur.params, x.Arg)
	}
	for _, x := range a.PosOnly {
		add(x)
	}
	for _, x := range a.Args {
		add(x)
	}
	for _, x := range a.KwOnly {
		add(x)
	}
	if a.Vararg != nil {
		add(a.Vararg)
	}
	if a.Kwarg != nil {
		add(a.Kwarg)
	}
}

func (r *resolver) exprs(list []syntax.Expr) {
	for _, e := range list {
		r.expr(e)
	}
}

func (r *resolver) comprehension(n syntax.Node, gens []*syntax.Comprehension, elts ...syntax.Expr) {
	r.expr(gens[0].Iter)
	s := r.push(scopeComprehension, "", n)
	s.add(".0", defParam)
	s.params = []string{".0"}
	for i, g := range gens {
		r.expr(g.Target)
		syntax.Inspect(g.Target, func(n syntax.Node) bool {
			if nm, ok := n.(*syntax.Name); ok {
				if s.iterVars == nil {
					s.iterVars = map[string]bool{}
				}
				s.iterVars[nm.Id] = true
			}
			return true
		})
		if i > 0 {
			r.expr(g.Iter)
		}
		r.exprs(g.Ifs)
		if g.IsAsync {
			s.coroutine = true
		}
	}
	r.exprs(elts)
	r.pop()
}

func (r *resolver) expr(ex syntax.Expr) {
	if ex == nil {
		return
	}
	switch e := ex.(type) {
	case *syntax.Name:
		if e.Ctx == syntax.Load {
			r.cur.add(e.Id, symUse)
			if e.Id == "super" && r.cur.isFunctionLike() {
				r.cur.usesSuper = true
			}
		} else {
			r.def(e.Id)
		}
	case *syntax.BoolOp:
		r.exprs(e.Values)
	case *syntax.NamedExpr:
		// The target binds in the nearest enclosing non-comprehension scope.
		name := e.Target.(*syntax.Name).Id
		s := r.cur
		for c := r.cur; c != nil && c.kind == scopeComprehension; c = c.parent {
			if c.iterVars[name] {
				r.errorf(e, "assignment expression cannot rebind comprehension iteration variable '"+name+"'")
			}
		}
		if s.kind == scopeComprehension {
			for s.kind == scopeComprehension {
				s = s.parent
			}
			if s.kind == scopeClass {
				r.errorf(e, "assignment expression within a comprehension cannot be used in a class body")
			}
			if s.kind == scopeModule {
				for c := r.cur; c.kind == scopeComprehension; c = c.parent {
					c.add(name, defGlobal)
				}
			} else {
				for c := r.cur; c.kind == scopeComprehension; c = c.parent {
					c.add(name, defNonlocal)
				}
			}
			if s.flags[name]&defGlobal == 0 {
				s.add(name, defLocal)
			}
		} else {
			r.def(name)
		}
		r.expr(e.Value)
	case *syntax.BinOp:
		r.expr(e.Left)
		r.expr(e.Right)
	case *syntax.UnaryOp:
		r.expr(e.Operand)
	case *syntax.Lambda:
		r.argDefaults(e.Args)
		r.push(scopeFunction, "<lambda>", e)
		r.params(e.Args)
		r.expr(e.Body)
		r.pop()
	case *syntax.IfExp:
		r.expr(e.Test)
		r.expr(e.Body)
		r.expr(e.Orelse)
	case *syntax.Dict:
		for _, k := range e.Keys {
			r.expr(k)
		}
		r.exprs(e.Values)
	case *syntax.Set:
		r.exprs(e.Elts)
	case *syntax.ListComp:
		r.comprehension(e, e.Generators, e.Elt)
	case *syntax.SetComp:
		r.comprehension(e, e.Generators, e.Elt)
	case *syntax.DictComp:
		r.comprehension(e, e.Generators, e.Key, e.Value)
	case *syntax.GeneratorExp:
		r.comprehension(e, e.Generators, e.Elt)
		r.scopes[e].generator = true
	case *syntax.Await:
		if !r.cur.isFunctionLike() {
			r.errorf(e, "'await' outside function")
		}
		if r.cur.kind == scopeComprehension {
			r.cur.coroutine = true
		}
		r.expr(e.Value)
	case *syntax.Yield:
		r.yield(e)
		r.expr(e.Value)
	case *syntax.YieldFrom:
		r.yield(e)
		r.expr(e.Value)
	case *syntax.Compare:
		r.expr(e.Left)
		r.exprs(e.Comparators)
	case *syntax.Call:
		r.expr(e.Func)
		r.exprs(e.Args)
		for _, k := range e.Keywords {
			r.expr(k.Value)
		}
	case *syntax.FormattedValue:
		r.expr(e.Value)
		if e.FormatSpec != nil {
			r.expr(e.FormatSpec)
		}
	case *syntax.JoinedStr:
		r.exprs(e.Values)
	case *syntax.Attribute:
		r.expr(e.Value)
	case *syntax.Subscript:
		r.expr(e.Value)
		r.expr(e.Slice)
	case *syntax.Starred:
		r.expr(e.Value)
	case *syntax.List:
		r.exprs(e.Elts)
	case *syntax.Tuple:
		r.exprs(e.Elts)
	case *syntax.Slice:
		r.expr(e.Lower)
		r.expr(e.Upper)
		r.expr(e.Step)
	}
}

func (r *resolver) yield(e syntax.Node) {
	s := r.cur
	if !s.isFunctionLike() {
		r.errorf(e, "'yield' outside function")
		return
	}
	s.hasYield = true
	s.generator = true
}

// analyze computes bindings. bound holds the names that enclosing function
// scopes can provide as free variables. It returns the names free in s.
func (r *resolver) analyze(s *scope, bound map[string]bool) map[string]bool {
	s.bind = map[string]binding{}
	free := map[string]bool{}
	if s.usesSuper {
		s.add("__class__", symUse)
	}
	for _, name := range s.order {
		f := s.flags[name]
		switch {
		case f&defGlobal != 0:
			s.bind[name] = bindGlobalExplicit
		case f&defNonlocal != 0:
			if !bound[name] {
				r.errorf(s.node, "no binding for nonlocal '"+name+"' found")
			}
			s.bind[name] = bindFree
			free[name] = true
		case f&(defLocal|defParam) != 0:
			if s.kind == scopeModule {
				s.bind[name] = bindGlobalImplicit
			} else {
				s.bind[name] = bindLocal
			}
		case bound[name]:
			s.bind[name] = bindFree
			free[name] = true
		default:
			s.bind[name] = bindGlobalImplicit
		}
	}
	var childBound map[string]bool
	switch s.kind {
	case scopeModule:
		childBound = map[string]bool{}
	case scopeClass:
		childBound = copySet(bound)
		childBound["__class__"] = true
	default:
		childBound = copySet(bound)
		for name, b := range s.bind {
			if b == bindLocal || b == bindCell || b == bindFree {
				childBound[name] = true
			}
			if b == bindGlobalExplicit || b == bindGlobalImplicit {
				if s.flags[name]&(defLocal|defParam) == 0 {
					// a global declaration hides enclosing bindings
					if s.flags[name]&defGlobal != 0 {
						delete(childBound, name)
					}
				}
			}
		}
	}
	for _, c := range s.children {
		cf := r.analyze(c, childBound)
		for name := range cf {
			if s.kind == scopeClass && name == "__class__" {
				s.needsClassCell = true
				continue
			}
			b, ok := s.bind[name]
			if s.isFunctionLike() && ok && (b == bindLocal || b == bindCell) {
				s.bind[name] = bindCell
				continue
			}
			if ok && b == bindFree {
				continue
			}
			if s.kind == scopeClass {
				if s.freeThrough == nil {
					s.freeThrough = map[string]bool{}
				}
				s.freeThrough[name] = true
				free[name] = true
				continue
			}
			if s.kind == scopeModule {
				continue
			}
			s.bind[name] = bindFree
			s.add(name, 0)
			free[name] = true
		}
	}
	return free
}

func copySet(m map[string]bool) map[string]bool {
	n := make(map[string]bool, len(m)+4)
	for k, v := range m {
		n[k] = v
	}
	return n
}

func sortedNames(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
