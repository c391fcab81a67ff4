package compile

import (
	"math/big"
	"strings"

	"github.com/mptest/mptest/refinterp/syntax"
)

// Mode selects what a top-level compilation produces.
type Mode uint8

// Compilation modes, as for Python's compile().
const (
	ModeExec   Mode = iota // a module: returns None
	ModeEval               // a single expression: returns its value
	ModeSingle             // an interactive statement: expression values are printed
)

// Module compiles a parsed module (ModeExec or ModeSingle).
func Module(mod *syntax.Module, filename string, mode Mode) (code *Code, err error) {
	c := newCompiler(filename)
	c.res.analyzeModule(mod, mod.Body, nil)
	if c.res.err != nil {
		return nil, c.res.err
	}
	c.mode = mode
	c.enter(c.res.scopes[mod], "<module>", "<module>", 1)
	if hasAnnotations(mod.Body) {
		c.emit(SETUP_ANNOTATIONS, 0)
	}
	if mode == ModeExec {
		if doc, ok := docstring(mod.Body); ok {
			c.loadConst(doc)
			c.emit(STORE_NAME, c.name("__doc__"))
		}
	}
	c.stmts(mod.Body)
	c.loadConst(nil)
	c.emit(RETURN_VALUE, 0)
	code = c.leave()
	code.Flags |= FlagModule
	if c.err != nil {
		return nil, c.err
	}
	return code, nil
}

// Expr compiles an expression for eval().
func Expr(e syntax.Expr, filename string) (*Code, error) {
	c := newCompiler(filename)
	mod := &syntax.Module{}
	c.res.analyzeModule(mod, nil, e)
	if c.res.err != nil {
		return nil, c.res.err
	}
	c.enter(c.res.scopes[mod], "<module>", "<module>", 1)
	c.expr(e)
	c.emit(RETURN_VALUE, 0)
	code := c.leave()
	if c.err != nil {
		return nil, c.err
	}
	return code, nil
}

func (r *resolver) analyzeModule(mod *syntax.Module, body []syntax.Stmt, e syntax.Expr) {
	r.push(scopeModule, "<module>", mod)
	r.stmts(body)
	if e != nil {
		r.expr(e)
	}
	r.pop()
	r.analyze(r.scopes[mod], map[string]bool{})
}

type compiler struct {
	res  *resolver
	file string
	u    *unit
	err  error
	mode Mode
	// private holds MicroPython's folded private constants: a module-level
	// "_NAME = const(expr)" is not stored in globals; later loads of _NAME
	// compile expr instead (as MicroPython's compiler does).
	private map[string]syntax.Expr
}

func newCompiler(file string) *compiler {
	return &compiler{file: file, res: &resolver{scopes: map[syntax.Node]*scope{}, file: file}}
}

type fblockKind uint8

const (
	fbWhile fblockKind = iota
	fbFor
	fbTryExcept    // inside try body with handlers: POP_BLOCK
	fbFinallyTry   // inside try body with finally: POP_BLOCK + finally body
	fbFinallyEnd   // inside an exceptional finally body: exc on stack + active handler
	fbHandler      // inside except body without name
	fbHandlerNamed // inside except body with a name: cleanup block
	fbWith         // inside with body
	fbAsyncWith    // inside async with body
	fbExceptStar   // inside an except* body: no break, continue or return out of it
)

type fblock struct {
	kind    fblockKind
	cont    int // label
	brk     int // label
	finally []syntax.Stmt
	name    string
	// closeIter marks a for loop over a fresh call result: leaving it by
	// break or return closes a generator it got (CPython's reference
	// counting finalises the generator at that point).
	closeIter bool
}

type unit struct {
	sc       *scope
	code     *Code
	parent   *unit
	consts   map[any]int
	names    map[string]int
	varnames map[string]int
	cells    map[string]int
	labels   []int
	fixups   [][2]int // pc, label
	line     int32
	fblocks  []fblock
	qualname string
	private  string // enclosing class name for private name mangling
}

func (c *compiler) enter(sc *scope, name, qualname string, firstLine int) {
	code := &Code{Name: name, QualName: qualname, Filename: c.file, FirstLine: firstLine}
	u := &unit{sc: sc, code: code, parent: c.u, consts: map[any]int{}, names: map[string]int{},
		varnames: map[string]int{}, cells: map[string]int{}, qualname: qualname, line: int32(firstLine)}
	if u.parent != nil {
		u.private = u.parent.private
	}
	c.u = u
	if sc.isFunctionLike() {
		for _, p := range sc.params {
			u.addVar(p)
		}
		for _, n := range sc.order {
			if sc.bind[n] == bindLocal {
				u.addVar(n)
			}
		}
	}
	var cellNames, freeNames []string
	for n, b := range sc.bind {
		if b == bindCell {
			cellNames = append(cellNames, n)
		} else if b == bindFree {
			freeNames = append(freeNames, n)
		}
	}
	cellNames = sortedNames(toSet(cellNames))
	if sc.kind == scopeClass && sc.needsClassCell {
		cellNames = append(cellNames, "__class__")
	}
	fs := toSet(freeNames)
	for n := range sc.freeThrough {
		fs[n] = true
	}
	freeNames = sortedNames(fs)
	for _, n := range cellNames {
		u.cells[n] = len(code.CellVars)
		code.CellVars = append(code.CellVars, n)
		pi := -1
		if sc.isFunctionLike() {
			for i, p := range sc.params {
				if p == n {
					pi = i
				}
			}
		}
		code.CellParam = append(code.CellParam, pi)
	}
	for _, n := range freeNames {
		u.cells[n] = len(code.CellVars) + len(code.FreeVars)
		code.FreeVars = append(code.FreeVars, n)
	}
	if sc.isFunctionLike() {
		code.Flags |= FlagNewLocals
	}
	if sc.kind == scopeClass {
		code.Flags |= FlagClass
	}
	if sc.generator {
		code.Flags |= FlagGenerator
	}
	if sc.coroutine {
		if sc.generator {
			code.Flags |= FlagAsyncGenerator
			code.Flags &^= FlagGenerator
		} else {
			code.Flags |= FlagCoroutine
		}
	}
}

func toSet(l []string) map[string]bool {
	m := map[string]bool{}
	for _, s := range l {
		m[s] = true
	}
	return m
}

func (u *unit) addVar(n string) int {
	if i, ok := u.varnames[n]; ok {
		return i
	}
	i := len(u.code.VarNames)
	u.varnames[n] = i
	u.code.VarNames = append(u.code.VarNames, n)
	return i
}

func (c *compiler) leave() *Code {
	u := c.u
	for _, f := range u.fixups {
		pc, l := f[0], f[1]
		target := u.labels[l]
		u.code.Code[pc] = u.code.Code[pc]&0xff | uint32(target)<<8
	}
	u.code.MaxStack = maxStack(u.code)
	c.u = u.parent
	return u.code
}

func (c *compiler) errorf(n syntax.Node, msg string) {
	if c.err == nil {
		p, _ := n.Span()
		c.err = &syntax.Error{Filename: c.file, Line: int(p.Line), Col: int(p.Col), Msg: msg, Kind: "SyntaxError"}
	}
}

func (c *compiler) emit(op Opcode, arg int) int {
	u := c.u
	pc := len(u.code.Code)
	u.code.Code = append(u.code.Code, uint32(op)|uint32(arg)<<8)
	u.code.Lines = append(u.code.Lines, u.line)
	return pc
}

func (c *compiler) newLabel() int {
	c.u.labels = append(c.u.labels, -1)
	return len(c.u.labels) - 1
}

func (c *compiler) setLabel(l int) { c.u.labels[l] = len(c.u.code.Code) }

func (c *compiler) emitJump(op Opcode, l int) {
	pc := c.emit(op, 0)
	c.u.fixups = append(c.u.fixups, [2]int{pc, l})
}

type constKey struct {
	kind byte
	s    string
}

func (c *compiler) constIndex(v Const) int {
	u := c.u
	var key any
	switch x := v.(type) {
	case nil:
		key = constKey{'n', ""}
	case bool:
		if x {
			key = constKey{'T', ""}
		} else {
			key = constKey{'F', ""}
		}
	case int64:
		key = x
	case string:
		key = constKey{'s', x}
	case Bytes:
		key = constKey{'b', string(x)}
	case float64:
		if x == x && x != 0 {
			key = x
		}
	case EllipsisConst:
		key = constKey{'e', ""}
	}
	if key != nil {
		if i, ok := u.consts[key]; ok {
			return i
		}
	}
	i := len(u.code.Consts)
	u.code.Consts = append(u.code.Consts, v)
	if key != nil {
		u.consts[key] = i
	}
	return i
}

func (c *compiler) loadConst(v Const) { c.emit(LOAD_CONST, c.constIndex(v)) }

// mangle applies private name mangling: inside class C, __x becomes _C__x.
func (c *compiler) mangle(n string) string {
	p := c.u.private
	if p == "" || len(n) < 3 || n[0] != '_' || n[1] != '_' || strings.HasSuffix(n, "__") || strings.Contains(n, ".") {
		return n
	}
	p = strings.TrimLeft(p, "_")
	if p == "" {
		return n
	}
	return "_" + p + n
}

// attr returns the name index of an attribute name, mangled.
func (c *compiler) attr(n string) int { return c.name(c.mangle(n)) }

func (c *compiler) name(n string) int {
	u := c.u
	if i, ok := u.names[n]; ok {
		return i
	}
	i := len(u.code.Names)
	u.names[n] = i
	u.code.Names = append(u.code.Names, n)
	return i
}

func docstring(body []syntax.Stmt) (string, bool) {
	if len(body) == 0 {
		return "", false
	}
	if es, ok := body[0].(*syntax.ExprStmt); ok {
		if k, ok := es.Value.(*syntax.Constant); ok && k.Kind == syntax.ConstStr {
			return cleanDoc(k.Str), true
		}
	}
	return "", false
}

// cleanDoc dedents a docstring like CPython 3.13 does not (3.11 keeps it); keep as is.
func cleanDoc(s string) string { return s }

func (c *compiler) setLine(n syntax.Node) {
	p, _ := n.Span()
	if p.Line > 0 {
		c.u.line = p.Line
	}
}

// ----------------------------------------------------------------- names

type nameCtx uint8

const (
	ctxLoad nameCtx = iota
	ctxStore
	ctxDel
)

func (c *compiler) nameOp(name string, ctx nameCtx) {
	u := c.u
	sc := u.sc
	b, ok := sc.bind[name]
	if !ok {
		b = bindGlobalImplicit
	}
	if x, ok := c.private[name]; ok && ctx == ctxLoad && (b == bindGlobalImplicit || b == bindGlobalExplicit || sc.kind == scopeModule) {
		c.expr(x)
		return
	}
	pick := func(load, store, del Opcode) Opcode {
		switch ctx {
		case ctxStore:
			return store
		case ctxDel:
			return del
		}
		return load
	}
	switch sc.kind {
	case scopeModule:
		if b == bindGlobalExplicit {
			c.emit(pick(LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL), c.name(name))
			return
		}
		c.emit(pick(LOAD_NAME, STORE_NAME, DELETE_NAME), c.name(name))
	case scopeClass:
		if m := c.mangle(name); m != name {
			if b == bindLocal || b == bindGlobalImplicit {
				c.emit(pick(LOAD_NAME, STORE_NAME, DELETE_NAME), c.name(m))
				return
			}
		}
		switch b {
		case bindGlobalExplicit:
			c.emit(pick(LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL), c.name(name))
		case bindFree:
			if ctx == ctxLoad {
				c.emit(LOAD_CLASSDEREF, u.cells[name])
			} else {
				c.emit(pick(LOAD_DEREF, STORE_DEREF, DELETE_DEREF), u.cells[name])
			}
		default:
			c.emit(pick(LOAD_NAME, STORE_NAME, DELETE_NAME), c.name(name))
		}
	default:
		switch b {
		case bindLocal:
			c.emit(pick(LOAD_FAST, STORE_FAST, DELETE_FAST), u.addVar(name))
		case bindCell, bindFree:
			c.emit(pick(LOAD_DEREF, STORE_DEREF, DELETE_DEREF), u.cells[name])
		default:
			c.emit(pick(LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL), c.name(name))
		}
	}
}

// foldPrivateConst handles MicroPython's "_NAME = const(expr)" at module
// level, where expr is built from constants and earlier folded names: the
// assignment emits nothing and later loads of _NAME use expr itself, so
// "_NAME" is not in globals() (micropython.const is the identity function at
// run time, so the folded value is the same).
func (c *compiler) foldPrivateConst(s *syntax.Assign) bool {
	if c.u.parent != nil || c.u.sc.kind != scopeModule || len(s.Targets) != 1 {
		return false
	}
	n, ok := s.Targets[0].(*syntax.Name)
	if !ok || len(n.Id) < 2 || n.Id[0] != '_' || n.Id[1] == '_' {
		return false
	}
	call, ok := s.Value.(*syntax.Call)
	if !ok || len(call.Args) != 1 || len(call.Keywords) != 0 {
		return false
	}
	if f, ok := call.Func.(*syntax.Name); !ok || f.Id != "const" || !c.foldable(call.Args[0]) {
		return false
	}
	if c.private == nil {
		c.private = map[string]syntax.Expr{}
	}
	c.private[n.Id] = call.Args[0]
	return true
}

// foldable reports whether x is an int constant expression MicroPython's
// compiler would fold: int literals, folded names, unary and binary operators.
func (c *compiler) foldable(x syntax.Expr) bool {
	switch x := x.(type) {
	case *syntax.Constant:
		return x.Kind == syntax.ConstInt
	case *syntax.Name:
		_, ok := c.private[x.Id]
		return ok
	case *syntax.UnaryOp:
		return c.foldable(x.Operand)
	case *syntax.BinOp:
		return c.foldable(x.Left) && c.foldable(x.Right)
	}
	return false
}

// ------------------------------------------------------------ statements

func (c *compiler) stmts(list []syntax.Stmt) {
	for _, s := range list {
		c.stmt(s)
	}
}

func (c *compiler) stmt(st syntax.Stmt) {
	c.setLine(st)
	switch s := st.(type) {
	case *syntax.ExprStmt:
		if c.mode == ModeSingle && c.u.parent == nil {
			c.expr(s.Value)
			c.emit(PRINT_EXPR, 0)
			return
		}
		if k, ok := s.Value.(*syntax.Constant); ok {
			_ = k
			return
		}
		c.expr(s.Value)
		c.emit(POP_TOP, 0)
	case *syntax.Assign:
		if c.foldPrivateConst(s) {
			return
		}
		c.expr(s.Value)
		for i, t := range s.Targets {
			if i < len(s.Targets)-1 {
				c.emit(DUP_TOP, 0)
			}
			c.assign(t)
		}
	case *syntax.AugAssign:
		c.augAssign(s)
	case *syntax.AnnAssign:
		if s.Value != nil {
			c.expr(s.Value)
			c.assign(s.Target)
		}
		if n, ok := s.Target.(*syntax.Name); ok && s.Simple && !c.u.sc.isFunctionLike() {
			c.expr(s.Annotation)
			c.emit(LOAD_NAME, c.name("__annotations__"))
			c.loadConst(n.Id)
			c.emit(STORE_SUBSCR, 0)
		} else if s.Value == nil && !s.Simple {
			// evaluate the target's sub-expressions like CPython
			switch t := s.Target.(type) {
			case *syntax.Attribute:
				c.expr(t.Value)
				c.emit(POP_TOP, 0)
			case *syntax.Subscript:
				c.expr(t.Value)
				c.emit(POP_TOP, 0)
				c.expr(t.Slice)
				c.emit(POP_TOP, 0)
			}
		}
	case *syntax.Pass:
	case *syntax.Return:
		for _, b := range c.u.fblocks {
			if b.kind == fbExceptStar {
				c.errorf(s, "'break', 'continue' and 'return' cannot appear in an except* block")
			}
		}
		if s.Value != nil {
			c.expr(s.Value)
		} else {
			c.loadConst(nil)
		}
		c.unwind(len(c.u.fblocks), true)
		c.emit(RETURN_VALUE, 0)
	case *syntax.If:
		end := c.newLabel()
		if len(s.Orelse) > 0 {
			els := c.newLabel()
			c.jumpIf(s.Test, els, false)
			c.stmts(s.Body)
			c.emitJump(JUMP, end)
			c.setLabel(els)
			c.stmts(s.Orelse)
		} else {
			c.jumpIf(s.Test, end, false)
			c.stmts(s.Body)
		}
		c.setLabel(end)
	case *syntax.While:
		c.whileStmt(s)
	case *syntax.For:
		c.forStmt(s)
	case *syntax.Break:
		c.breakContinue(s, true)
	case *syntax.Continue:
		c.breakContinue(s, false)
	case *syntax.FunctionDef:
		c.functionDef(s)
	case *syntax.ClassDef:
		c.classDef(s)
	case *syntax.Delete:
		for _, t := range s.Targets {
			c.del(t)
		}
	case *syntax.Global, *syntax.Nonlocal:
	case *syntax.Raise:
		n := 0
		if s.Exc != nil {
			c.expr(s.Exc)
			n = 1
			if s.Cause != nil {
				c.expr(s.Cause)
				n = 2
			}
		}
		c.emit(RAISE_VARARGS, n)
	case *syntax.Assert:
		end := c.newLabel()
		c.jumpIf(s.Test, end, true)
		c.emit(LOAD_ASSERTION_ERROR, 0)
		if s.Msg != nil {
			c.expr(s.Msg)
			c.emit(CALL, 1)
		}
		c.emit(RAISE_VARARGS, 1)
		c.setLabel(end)
	case *syntax.Try:
		c.tryStmt(s)
	case *syntax.With:
		c.withStmt(s, 0)
	case *syntax.Match:
		c.matchStmt(s)
	case *syntax.Import:
		for _, a := range s.Names {
			c.loadConst(int64(0))
			c.loadConst(nil)
			c.emit(IMPORT_NAME, c.name(a.Name))
			if a.AsName != "" {
				parts := strings.Split(a.Name, ".")
				for _, p := range parts[1:] {
					c.emit(LOAD_ATTR, c.name(p))
				}
				c.nameOp(a.AsName, ctxStore)
			} else {
				top := a.Name
				if i := strings.IndexByte(top, '.'); i >= 0 {
					top = top[:i]
				}
				c.nameOp(top, ctxStore)
			}
		}
	case *syntax.ImportFrom:
		c.loadConst(int64(s.Level))
		var names Tuple
		for _, a := range s.Names {
			names = append(names, a.Name)
		}
		c.loadConst(names)
		c.emit(IMPORT_NAME, c.name(s.Module))
		if len(s.Names) == 1 && s.Names[0].Name == "*" {
			c.emit(IMPORT_STAR, 0)
			return
		}
		for _, a := range s.Names {
			c.emit(IMPORT_FROM, c.name(a.Name))
			n := a.AsName
			if n == "" {
				n = a.Name
			}
			c.nameOp(n, ctxStore)
		}
		c.emit(POP_TOP, 0)
	default:
		c.errorf(st, "unsupported statement")
	}
}

func (c *compiler) augAssign(s *syntax.AugAssign) {
	switch t := s.Target.(type) {
	case *syntax.Name:
		c.nameOp(t.Id, ctxLoad)
		c.expr(s.Value)
		c.emit(INPLACE_OP, int(s.Op))
		c.nameOp(t.Id, ctxStore)
	case *syntax.Attribute:
		c.expr(t.Value)
		c.emit(DUP_TOP, 0)
		c.emit(LOAD_ATTR, c.attr(t.Attr))
		c.expr(s.Value)
		c.emit(INPLACE_OP, int(s.Op))
		c.emit(ROT_TWO, 0)
		c.emit(STORE_ATTR, c.attr(t.Attr))
	case *syntax.Subscript:
		c.expr(t.Value)
		c.subscriptKey(t.Slice)
		c.emit(DUP_TOP_TWO, 0)
		c.emit(BINARY_SUBSCR, 0)
		c.expr(s.Value)
		c.emit(INPLACE_OP, int(s.Op))
		c.emit(ROT_THREE, 0)
		c.emit(STORE_SUBSCR, 0)
	default:
		c.errorf(s, "illegal expression for augmented assignment")
	}
}

func (c *compiler) assign(t syntax.Expr) {
	switch t := t.(type) {
	case *syntax.Name:
		c.nameOp(t.Id, ctxStore)
	case *syntax.Attribute:
		c.expr(t.Value)
		c.emit(STORE_ATTR, c.attr(t.Attr))
	case *syntax.Subscript:
		c.expr(t.Value)
		c.subscriptKey(t.Slice)
		c.emit(STORE_SUBSCR, 0)
	case *syntax.Tuple:
		c.unpack(t, t.Elts)
	case *syntax.List:
		c.unpack(t, t.Elts)
	case *syntax.Starred:
		c.errorf(t, "starred assignment target must be in a list or tuple")
	default:
		c.errorf(t, "cannot assign to expression")
	}
}

func (c *compiler) unpack(n syntax.Node, elts []syntax.Expr) {
	star := -1
	for i, e := range elts {
		if _, ok := e.(*syntax.Starred); ok {
			if star >= 0 {
				c.errorf(e, "multiple starred expressions in assignment")
				return
			}
			star = i
		}
	}
	if star < 0 {
		c.emit(UNPACK_SEQUENCE, len(elts))
	} else {
		c.emit(UNPACK_EX, star|(len(elts)-star-1)<<8)
	}
	for _, e := range elts {
		if s, ok := e.(*syntax.Starred); ok {
			c.assign(s.Value)
		} else {
			c.assign(e)
		}
	}
}

func (c *compiler) del(t syntax.Expr) {
	switch t := t.(type) {
	case *syntax.Name:
		c.nameOp(t.Id, ctxDel)
	case *syntax.Attribute:
		c.expr(t.Value)
		c.emit(DELETE_ATTR, c.attr(t.Attr))
	case *syntax.Subscript:
		c.expr(t.Value)
		c.subscriptKey(t.Slice)
		c.emit(DELETE_SUBSCR, 0)
	case *syntax.Tuple:
		for _, e := range t.Elts {
			c.del(e)
		}
	case *syntax.List:
		for _, e := range t.Elts {
			c.del(e)
		}
	default:
		c.errorf(t, "cannot delete expression")
	}
}

func isConstTrue(e syntax.Expr) bool {
	k, ok := e.(*syntax.Constant)
	if !ok {
		return false
	}
	switch k.Kind {
	case syntax.ConstTrue:
		return true
	case syntax.ConstInt:
		return k.Int != 0 || k.Big != nil
	case syntax.ConstStr:
		return k.Str != ""
	}
	return false
}

func (c *compiler) whileStmt(s *syntax.While) {
	start, els, end := c.newLabel(), c.newLabel(), c.newLabel()
	c.setLabel(start)
	if !isConstTrue(s.Test) {
		c.jumpIf(s.Test, els, false)
	}
	c.u.fblocks = append(c.u.fblocks, fblock{kind: fbWhile, cont: start, brk: end})
	c.stmts(s.Body)
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
	c.emitJump(JUMP, start)
	c.setLabel(els)
	c.stmts(s.Orelse)
	c.setLabel(end)
}

func (c *compiler) forStmt(s *syntax.For) {
	start, cleanup, end := c.newLabel(), c.newLabel(), c.newLabel()
	c.expr(s.Iter)
	if s.IsAsync {
		c.asyncFor(s, end)
		return
	}
	c.emit(GET_ITER, 0)
	c.setLabel(start)
	c.emitJump(FOR_ITER, cleanup)
	c.assign(s.Target)
	c.u.fblocks = append(c.u.fblocks, fblock{kind: fbFor, cont: start, brk: end, closeIter: freshIterable(s.Iter)})
	c.stmts(s.Body)
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
	c.emitJump(JUMP, start)
	c.setLabel(cleanup)
	c.stmts(s.Orelse)
	c.setLabel(end)
}

// freshIterable reports whether a for loop's iterable is the result of a
// call nothing else refers to (a generator function call, not iter(x)).
func freshIterable(e syntax.Expr) bool {
	call, ok := e.(*syntax.Call)
	if !ok {
		return false
	}
	if n, ok := call.Func.(*syntax.Name); ok {
		switch n.Id {
		case "iter", "next", "getattr", "vars", "globals", "locals":
			return false
		}
	}
	return true
}

func (c *compiler) asyncFor(s *syntax.For, end int) {
	start, except, els := c.newLabel(), c.newLabel(), c.newLabel()
	c.emit(GET_AITER, 0)
	c.setLabel(start)
	c.emitJump(SETUP_FINALLY, except)
	c.emit(GET_ANEXT, 0)
	c.loadConst(nil)
	c.emit(YIELD_FROM, 0)
	c.emit(POP_BLOCK, 0)
	c.assign(s.Target)
	c.u.fblocks = append(c.u.fblocks, fblock{kind: fbFor, cont: start, brk: end})
	c.stmts(s.Body)
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
	c.emitJump(JUMP, start)
	c.setLabel(except)
	c.emit(END_ASYNC_FOR, 0)
	c.setLabel(els)
	c.stmts(s.Orelse)
	c.setLabel(end)
}

func (c *compiler) breakContinue(s syntax.Stmt, isBreak bool) {
	fb := c.u.fblocks
	for i := len(fb) - 1; i >= 0; i-- {
		if fb[i].kind == fbExceptStar {
			c.errorf(s, "'break', 'continue' and 'return' cannot appear in an except* block")
			return
		}
		if fb[i].kind == fbWhile || fb[i].kind == fbFor {
			c.unwind(len(fb)-i-1, false)
			if isBreak {
				if fb[i].kind == fbFor {
					c.popIter(fb[i])
				}
				c.emitJump(JUMP, fb[i].brk)
			} else {
				c.emitJump(JUMP, fb[i].cont)
			}
			return
		}
	}
	if isBreak {
		c.errorf(s, "'break' outside loop")
	} else {
		c.errorf(s, "'continue' not properly in loop")
	}
}

// unwind emits the exit code of the innermost n frame blocks. With
// preserveTOS the value on top of the stack (a return value) survives.
func (c *compiler) unwind(n int, preserveTOS bool) {
	u := c.u
	saved := u.fblocks
	for k := 0; k < n; k++ {
		i := len(u.fblocks) - 1
		b := u.fblocks[i]
		u.fblocks = u.fblocks[:i]
		switch b.kind {
		case fbFor:
			if preserveTOS {
				c.emit(ROT_TWO, 0)
			}
			c.popIter(b)
		case fbTryExcept:
			c.emit(POP_BLOCK, 0)
		case fbFinallyTry:
			c.emit(POP_BLOCK, 0)
			c.stmts(b.finally)
		case fbFinallyEnd:
			if preserveTOS {
				c.emit(ROT_TWO, 0)
			}
			c.emit(POP_TOP, 0)
			c.emit(POP_EXCEPT, 0)
		case fbHandler:
			c.emit(POP_EXCEPT, 0)
		case fbHandlerNamed:
			c.emit(POP_BLOCK, 0)
			c.loadConst(nil)
			c.nameOp(b.name, ctxStore)
			c.nameOp(b.name, ctxDel)
			c.emit(POP_EXCEPT, 0)
		case fbWith:
			c.emit(POP_BLOCK, 0)
			if preserveTOS {
				c.emit(ROT_TWO, 0)
			}
			c.emit(WITH_EXIT, 0)
		case fbAsyncWith:
			c.emit(POP_BLOCK, 0)
			if preserveTOS {
				c.emit(ROT_TWO, 0)
			}
			c.emit(ASYNC_WITH_EXIT, 0)
			c.loadConst(nil)
			c.emit(YIELD_FROM, 0)
			c.emit(POP_TOP, 0)
		}
	}
	u.fblocks = saved
}

// popIter drops the iterator of the for loop b when leaving it early.
func (c *compiler) popIter(b fblock) {
	if b.closeIter {
		c.emit(POP_ITER_CLOSE, 0)
	} else {
		c.emit(POP_TOP, 0)
	}
}

func (c *compiler) tryStmt(s *syntax.Try) {
	if len(s.Finalbody) > 0 {
		handler, end := c.newLabel(), c.newLabel()
		c.emitJump(SETUP_FINALLY, handler)
		c.u.fblocks = append(c.u.fblocks, fblock{kind: fbFinallyTry, finally: s.Finalbody})
		if len(s.Handlers) > 0 {
			c.tryExcept(s)
		} else {
			c.stmts(s.Body)
		}
		c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
		c.emit(POP_BLOCK, 0)
		c.stmts(s.Finalbody)
		c.emitJump(JUMP, end)
		c.setLabel(handler)
		c.emit(PUSH_EXC_INFO, 0)
		c.u.fblocks = append(c.u.fblocks, fblock{kind: fbFinallyEnd})
		c.stmts(s.Finalbody)
		c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
		c.emit(RERAISE, 0)
		c.setLabel(end)
		return
	}
	c.tryExcept(s)
}

func (c *compiler) tryExcept(s *syntax.Try) {
	if s.IsStar {
		c.tryExceptStar(s)
		return
	}
	handler, els, end := c.newLabel(), c.newLabel(), c.newLabel()
	c.emitJump(SETUP_FINALLY, handler)
	c.u.fblocks = append(c.u.fblocks, fblock{kind: fbTryExcept})
	c.stmts(s.Body)
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
	c.emit(POP_BLOCK, 0)
	c.emitJump(JUMP, els)
	c.setLabel(handler)
	c.emit(PUSH_EXC_INFO, 0)
	for i, h := range s.Handlers {
		c.setLine(h)
		next := c.newLabel()
		if h.Type == nil && i < len(s.Handlers)-1 {
			c.errorf(h, "default 'except:' must be last")
		}
		if h.Type != nil {
			c.expr(h.Type)
			c.emit(CHECK_EXC_MATCH, 0)
			c.emitJump(POP_JUMP_IF_FALSE, next)
		}
		if h.Name != "" {
			cleanup := c.newLabel()
			c.nameOp(h.Name, ctxStore)
			c.emitJump(SETUP_FINALLY, cleanup)
			c.u.fblocks = append(c.u.fblocks, fblock{kind: fbHandlerNamed, name: h.Name})
			c.stmts(h.Body)
			c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
			c.emit(POP_BLOCK, 0)
			c.loadConst(nil)
			c.nameOp(h.Name, ctxStore)
			c.nameOp(h.Name, ctxDel)
			c.emit(POP_EXCEPT, 0)
			c.emitJump(JUMP, end)
			c.setLabel(cleanup)
			c.loadConst(nil)
			c.nameOp(h.Name, ctxStore)
			c.nameOp(h.Name, ctxDel)
			c.emit(RERAISE, 0)
		} else {
			c.emit(POP_TOP, 0)
			c.u.fblocks = append(c.u.fblocks, fblock{kind: fbHandler})
			c.stmts(h.Body)
			c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
			c.emit(POP_EXCEPT, 0)
			c.emitJump(JUMP, end)
		}
		c.setLabel(next)
	}
	c.emit(RERAISE, 0)
	c.setLabel(els)
	c.stmts(s.Orelse)
	c.setLabel(end)
}

// tryExceptStar compiles try/except* (PEP 654). The handlers share one
// state value on the stack (EXC_STAR, see opcode.go): each except* clause
// splits off the part of the exception group it matches; what the clauses
// raise is collected and re-raised together with the unmatched rest.
func (c *compiler) tryExceptStar(s *syntax.Try) {
	handler, els, end := c.newLabel(), c.newLabel(), c.newLabel()
	c.emitJump(SETUP_FINALLY, handler)
	c.u.fblocks = append(c.u.fblocks, fblock{kind: fbTryExcept})
	c.stmts(s.Body)
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
	c.emit(POP_BLOCK, 0)
	c.emitJump(JUMP, els)
	c.setLabel(handler)
	c.emit(PUSH_EXC_INFO, 0)
	c.emit(EXC_STAR, ExcStarBegin)
	for _, h := range s.Handlers {
		c.setLine(h)
		if h.Type == nil {
			c.errorf(h, "expected one or more exception types")
			continue
		}
		skip, next, catch := c.newLabel(), c.newLabel(), c.newLabel()
		c.expr(h.Type)
		c.emit(EXC_STAR, ExcStarMatch)
		c.emitJump(POP_JUMP_IF_FALSE, skip)
		c.emit(PUSH_EXC_INFO, 0)
		if h.Name != "" {
			c.nameOp(h.Name, ctxStore)
		} else {
			c.emit(POP_TOP, 0)
		}
		c.emitJump(SETUP_FINALLY, catch)
		c.u.fblocks = append(c.u.fblocks, fblock{kind: fbExceptStar})
		c.stmts(h.Body)
		c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
		c.emit(POP_BLOCK, 0)
		c.clearHandlerName(h.Name)
		c.emit(POP_EXCEPT, 0)
		c.emitJump(JUMP, next)
		c.setLabel(catch)
		c.clearHandlerName(h.Name)
		c.emit(EXC_STAR, ExcStarCollect)
		c.emit(POP_EXCEPT, 0)
		c.emitJump(JUMP, next)
		c.setLabel(skip)
		c.emit(POP_TOP, 0)
		c.setLabel(next)
	}
	c.emit(EXC_STAR, ExcStarEnd)
	c.emit(POP_EXCEPT, 0)
	c.emitJump(JUMP, end)
	c.setLabel(els)
	c.stmts(s.Orelse)
	c.setLabel(end)
}

func (c *compiler) clearHandlerName(name string) {
	if name != "" {
		c.loadConst(nil)
		c.nameOp(name, ctxStore)
		c.nameOp(name, ctxDel)
	}
}

func (c *compiler) withStmt(s *syntax.With, i int) {
	if i == len(s.Items) {
		c.stmts(s.Body)
		return
	}
	item := s.Items[i]
	handler, end := c.newLabel(), c.newLabel()
	c.expr(item.ContextExpr)
	kind := fbWith
	if s.IsAsync {
		kind = fbAsyncWith
		c.emit(BEFORE_ASYNC_WITH, 0)
		c.loadConst(nil)
		c.emit(YIELD_FROM, 0)
	} else {
		c.emit(BEFORE_WITH, 0)
	}
	// the handler's stack level must exclude the __enter__ result
	if item.OptionalVars != nil {
		c.assign(item.OptionalVars)
	} else {
		c.emit(POP_TOP, 0)
	}
	c.emitJump(SETUP_FINALLY, handler)
	c.u.fblocks = append(c.u.fblocks, fblock{kind: kind})
	c.withStmt(s, i+1)
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
	c.setLine(s)
	c.emit(POP_BLOCK, 0)
	if s.IsAsync {
		c.emit(ASYNC_WITH_EXIT, 0)
		c.loadConst(nil)
		c.emit(YIELD_FROM, 0)
		c.emit(POP_TOP, 0)
	} else {
		c.emit(WITH_EXIT, 0)
	}
	c.emitJump(JUMP, end)
	c.setLabel(handler)
	c.emit(PUSH_EXC_INFO, 0)
	if s.IsAsync {
		c.emit(ASYNC_WITH_EXCEPT, 0)
		c.loadConst(nil)
		c.emit(YIELD_FROM, 0)
		c.emitJump(ASYNC_WITH_EXCEPT_END, end)
	} else {
		c.emitJump(WITH_EXCEPT, end)
	}
	c.setLabel(end)
}

// ------------------------------------------------------- functions, classes

func (c *compiler) childQualname(name string) string {
	u := c.u
	if u.sc.kind == scopeModule {
		return name
	}
	if u.sc.isFunctionLike() {
		return u.qualname + ".<locals>." + name
	}
	return u.qualname + "." + name
}

// makeClosure emits MAKE_FUNCTION for code, with its closure if needed.
func (c *compiler) makeFunction(code *Code, flags int) {
	if len(code.FreeVars) > 0 {
		for _, n := range code.FreeVars {
			idx, ok := c.u.cells[n]
			if !ok {
				c.err = &syntax.Error{Filename: c.file, Line: int(c.u.line), Msg: "internal error: no cell for " + n, Kind: "SyntaxError"}
				return
			}
			c.emit(LOAD_CLOSURE, idx)
		}
		c.emit(BUILD_TUPLE, len(code.FreeVars))
		flags |= MakeClosure
	}
	c.loadConst(code)
	c.emit(MAKE_FUNCTION, flags)
}

func (c *compiler) defaults(a *syntax.Arguments) int {
	flags := 0
	if len(a.Defaults) > 0 {
		for _, d := range a.Defaults {
			c.expr(d)
		}
		c.emit(BUILD_TUPLE, len(a.Defaults))
		flags |= MakeDefaults
	}
	n := 0
	for i, d := range a.KwDefaults {
		if d != nil {
			c.loadConst(a.KwOnly[i].Arg)
			c.expr(d)
			n++
		}
	}
	if n > 0 {
		c.emit(BUILD_MAP, n)
		flags |= MakeKwDefaults
	}
	return flags
}

func (c *compiler) setArgs(code *Code, a *syntax.Arguments) {
	code.PosOnlyCount = len(a.PosOnly)
	code.ArgCount = len(a.PosOnly) + len(a.Args)
	code.KwOnlyCount = len(a.KwOnly)
	if a.Vararg != nil {
		code.Flags |= FlagVarArgs
	}
	if a.Kwarg != nil {
		code.Flags |= FlagVarKw
	}
}

func (c *compiler) functionDef(s *syntax.FunctionDef) {
	for _, d := range s.Decorators {
		c.expr(d)
	}
	flags := c.defaults(s.Args)
	sc := c.res.scopes[s]
	qual := c.childQualname(s.Name)
	c.enter(sc, s.Name, qual, int(s.Pos.Line))
	c.setArgs(c.u.code, s.Args)
	body := s.Body
	if doc, ok := docstring(body); ok {
		c.u.code.Doc, c.u.code.HasDoc = doc, true
	}
	c.stmts(body)
	c.loadConst(nil)
	c.emit(RETURN_VALUE, 0)
	code := c.leave()
	c.setLine(s)
	c.makeFunction(code, flags)
	c.annotations(s)
	for range s.Decorators {
		c.emit(CALL, 1)
	}
	c.nameOp(s.Name, ctxStore)
}

// annotations sets the new function's __annotations__ from its parameter and
// return annotations, in CPython's order (positional-only, positional,
// *args, keyword-only, **kwargs, return). The function is on the stack top.
func (c *compiler) annotations(s *syntax.FunctionDef) {
	n := 0
	add := func(name string, e syntax.Expr) {
		if e == nil {
			return
		}
		if n == 0 {
			c.emit(DUP_TOP, 0)
		}
		c.loadConst(c.mangle(name))
		c.expr(e)
		n++
	}
	a := s.Args
	for _, list := range [][]*syntax.Arg{a.PosOnly, a.Args} {
		for _, arg := range list {
			add(arg.Arg, arg.Annotation)
		}
	}
	if a.Vararg != nil {
		add(a.Vararg.Arg, a.Vararg.Annotation)
	}
	for _, arg := range a.KwOnly {
		add(arg.Arg, arg.Annotation)
	}
	if a.Kwarg != nil {
		add(a.Kwarg.Arg, a.Kwarg.Annotation)
	}
	add("return", s.Returns)
	if n == 0 {
		return
	}
	c.emit(BUILD_MAP, n)
	c.emit(ROT_TWO, 0)
	c.emit(STORE_ATTR, c.name("__annotations__"))
}

func (c *compiler) lambda(e *syntax.Lambda) {
	flags := c.defaults(e.Args)
	sc := c.res.scopes[e]
	c.enter(sc, "<lambda>", c.childQualname("<lambda>"), int(e.Pos.Line))
	c.setArgs(c.u.code, e.Args)
	c.expr(e.Body)
	if sc.generator {
		c.emit(POP_TOP, 0)
		c.loadConst(nil)
	}
	c.emit(RETURN_VALUE, 0)
	code := c.leave()
	c.makeFunction(code, flags)
}

func (c *compiler) classDef(s *syntax.ClassDef) {
	for _, d := range s.Decorators {
		c.expr(d)
	}
	sc := c.res.scopes[s]
	qual := c.childQualname(s.Name)
	c.emit(LOAD_BUILD_CLASS, 0)
	c.enter(sc, s.Name, qual, int(s.Pos.Line))
	c.u.private = s.Name
	c.emit(LOAD_NAME, c.name("__name__"))
	c.emit(STORE_NAME, c.name("__module__"))
	c.loadConst(qual)
	c.emit(STORE_NAME, c.name("__qualname__"))
	if hasAnnotations(s.Body) {
		c.emit(SETUP_ANNOTATIONS, 0)
	}
	if doc, ok := docstring(s.Body); ok {
		c.loadConst(doc)
		c.emit(STORE_NAME, c.name("__doc__"))
	}
	c.stmts(s.Body)
	if sc.needsClassCell {
		c.emit(LOAD_CLOSURE, c.u.cells["__class__"])
	} else {
		c.loadConst(nil)
	}
	c.emit(RETURN_VALUE, 0)
	code := c.leave()
	c.setLine(s)
	c.makeFunction(code, 0)
	c.loadConst(s.Name)
	c.call(nil, s.Bases, s.Keywords, 2)
	for range s.Decorators {
		c.emit(CALL, 1)
	}
	c.nameOp(s.Name, ctxStore)
}

func (c *compiler) comprehension(e syntax.Expr, gens []*syntax.Comprehension, kind int, elt, val syntax.Expr) {
	sc := c.res.scopes[e]
	names := [...]string{"<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>"}
	name := names[kind]
	p, _ := e.Span()
	c.enter(sc, name, c.childQualname(name), int(p.Line))
	c.u.code.ArgCount = 1
	switch kind {
	case 0:
		c.emit(BUILD_LIST, 0)
	case 1:
		c.emit(BUILD_SET, 0)
	case 2:
		c.emit(BUILD_MAP, 0)
	}
	type loop struct {
		start, end int
		async      bool
	}
	var loops []loop
	for i, g := range gens {
		start, end := c.newLabel(), c.newLabel()
		if i == 0 {
			c.emit(LOAD_FAST, c.u.addVar(".0"))
		} else {
			c.expr(g.Iter)
			if g.IsAsync {
				c.emit(GET_AITER, 0)
			} else {
				c.emit(GET_ITER, 0)
			}
		}
		c.setLabel(start)
		if g.IsAsync {
			// the async-for protocol: await __anext__() until StopAsyncIteration
			c.emitJump(SETUP_FINALLY, end)
			c.emit(GET_ANEXT, 0)
			c.loadConst(nil)
			c.emit(YIELD_FROM, 0)
			c.emit(POP_BLOCK, 0)
		} else {
			c.emitJump(FOR_ITER, end)
		}
		c.assign(g.Target)
		for _, cond := range g.Ifs {
			c.jumpIf(cond, start, false)
		}
		loops = append(loops, loop{start, end, g.IsAsync})
	}
	depth := len(gens) + 1
	switch kind {
	case 0:
		c.expr(elt)
		c.emit(LIST_APPEND, depth)
	case 1:
		c.expr(elt)
		c.emit(SET_ADD, depth)
	case 2:
		c.expr(elt)
		c.expr(val)
		c.emit(MAP_ADD, depth)
	case 3:
		c.expr(elt)
		c.emit(YIELD_VALUE, 0)
		c.emit(POP_TOP, 0)
	}
	for i := len(loops) - 1; i >= 0; i-- {
		c.emitJump(JUMP, loops[i].start)
		c.setLabel(loops[i].end)
		if loops[i].async {
			c.emit(END_ASYNC_FOR, 0)
		}
	}
	if kind == 3 {
		c.loadConst(nil)
	}
	c.emit(RETURN_VALUE, 0)
	code := c.leave()
	c.makeFunction(code, 0)
	c.expr(gens[0].Iter)
	if gens[0].IsAsync {
		c.emit(GET_AITER, 0)
	} else {
		c.emit(GET_ITER, 0)
	}
	c.emit(CALL, 1)
	if code.Flags&FlagCoroutine != 0 {
		c.emit(GET_AWAITABLE, 0)
		c.loadConst(nil)
		c.emit(YIELD_FROM, 0)
	}
}

// ------------------------------------------------------------ expressions

func (c *compiler) exprs(list []syntax.Expr) {
	for _, e := range list {
		c.expr(e)
	}
}

func hasStar(list []syntax.Expr) bool {
	for _, e := range list {
		if _, ok := e.(*syntax.Starred); ok {
			return true
		}
	}
	return false
}

// constValue returns the constant an expression folds to, if any.
func constValue(e syntax.Expr) (Const, bool) {
	switch x := e.(type) {
	case *syntax.Constant:
		switch x.Kind {
		case syntax.ConstNone:
			return nil, true
		case syntax.ConstTrue:
			return true, true
		case syntax.ConstFalse:
			return false, true
		case syntax.ConstEllipsis:
			return Ellipsis, true
		case syntax.ConstInt:
			if x.Big != nil {
				return x.Big, true
			}
			return x.Int, true
		case syntax.ConstFloat:
			return x.Float, true
		case syntax.ConstImag:
			return complex(0, x.Float), true
		case syntax.ConstStr:
			return x.Str, true
		case syntax.ConstBytes:
			return Bytes(x.Str), true
		}
	case *syntax.UnaryOp:
		if x.Op == syntax.USub {
			if k, ok := x.Operand.(*syntax.Constant); ok {
				switch k.Kind {
				case syntax.ConstInt:
					if k.Big != nil {
						return new(big.Int).Neg(k.Big), true
					}
					return -k.Int, true
				case syntax.ConstFloat:
					return -k.Float, true
				}
			}
		}
	case *syntax.Tuple:
		if x.Ctx != syntax.Load {
			return nil, false
		}
		t := make(Tuple, 0, len(x.Elts))
		for _, el := range x.Elts {
			v, ok := constValue(el)
			if !ok {
				return nil, false
			}
			t = append(t, v)
		}
		return t, true
	}
	return nil, false
}

func (c *compiler) expr(ex syntax.Expr) {
	p, _ := ex.Span()
	saved := c.u.line
	if p.Line > 0 {
		c.u.line = p.Line
	}
	c.expr1(ex)
	c.u.line = saved
}

func (c *compiler) expr1(ex syntax.Expr) {
	if v, ok := constValue(ex); ok {
		if _, isTuple := ex.(*syntax.Tuple); !isTuple || len(v.(Tuple)) > 0 {
			c.loadConst(v)
			return
		}
	}
	switch e := ex.(type) {
	case *syntax.Name:
		c.nameOp(e.Id, ctxLoad)
	case *syntax.BinOp:
		c.expr(e.Left)
		c.expr(e.Right)
		c.emit(BINARY_OP, int(e.Op))
	case *syntax.UnaryOp:
		c.expr(e.Operand)
		switch e.Op {
		case syntax.USub:
			c.emit(UNARY_OP, 0)
		case syntax.UAdd:
			c.emit(UNARY_OP, 1)
		case syntax.Invert:
			c.emit(UNARY_OP, 2)
		case syntax.Not:
			c.emit(UNARY_OP, 3)
		}
	case *syntax.BoolOp:
		end := c.newLabel()
		op := JUMP_IF_FALSE_OR_POP
		if e.Op == syntax.Or {
			op = JUMP_IF_TRUE_OR_POP
		}
		for i, v := range e.Values {
			c.expr(v)
			if i < len(e.Values)-1 {
				c.emitJump(op, end)
			}
		}
		c.setLabel(end)
	case *syntax.Compare:
		c.compare(e)
	case *syntax.IfExp:
		els, end := c.newLabel(), c.newLabel()
		c.jumpIf(e.Test, els, false)
		c.expr(e.Body)
		c.emitJump(JUMP, end)
		c.setLabel(els)
		c.expr(e.Orelse)
		c.setLabel(end)
	case *syntax.NamedExpr:
		c.expr(e.Value)
		c.emit(DUP_TOP, 0)
		c.assign(e.Target)
	case *syntax.Call:
		c.callExpr(e)
	case *syntax.Attribute:
		c.expr(e.Value)
		c.emit(LOAD_ATTR, c.attr(e.Attr))
	case *syntax.Subscript:
		c.expr(e.Value)
		c.subscriptKey(e.Slice)
		c.emit(BINARY_SUBSCR, 0)
	case *syntax.Slice:
		c.slice(e)
	case *syntax.Tuple:
		if hasStar(e.Elts) {
			c.starredList(e.Elts)
			c.emit(LIST_TO_TUPLE, 0)
			return
		}
		c.exprs(e.Elts)
		c.emit(BUILD_TUPLE, len(e.Elts))
	case *syntax.List:
		if hasStar(e.Elts) {
			c.starredList(e.Elts)
			return
		}
		c.exprs(e.Elts)
		c.emit(BUILD_LIST, len(e.Elts))
	case *syntax.Set:
		if hasStar(e.Elts) {
			c.emit(BUILD_SET, 0)
			for _, el := range e.Elts {
				if s, ok := el.(*syntax.Starred); ok {
					c.expr(s.Value)
					c.emit(SET_UPDATE, 1)
				} else {
					c.expr(el)
					c.emit(SET_ADD, 1)
				}
			}
			return
		}
		c.exprs(e.Elts)
		c.emit(BUILD_SET, len(e.Elts))
	case *syntax.Dict:
		c.dict(e)
	case *syntax.ListComp:
		c.comprehension(e, e.Generators, 0, e.Elt, nil)
	case *syntax.SetComp:
		c.comprehension(e, e.Generators, 1, e.Elt, nil)
	case *syntax.DictComp:
		c.comprehension(e, e.Generators, 2, e.Key, e.Value)
	case *syntax.GeneratorExp:
		c.comprehension(e, e.Generators, 3, e.Elt, nil)
	case *syntax.Lambda:
		c.lambda(e)
	case *syntax.JoinedStr:
		c.joinedStr(e)
	case *syntax.FormattedValue:
		c.formattedValue(e)
	case *syntax.Yield:
		if e.Value != nil {
			c.expr(e.Value)
		} else {
			c.loadConst(nil)
		}
		c.emit(YIELD_VALUE, 0)
	case *syntax.YieldFrom:
		c.expr(e.Value)
		c.emit(GET_YIELD_FROM_ITER, 0)
		c.loadConst(nil)
		c.emit(YIELD_FROM, 0)
	case *syntax.Await:
		c.expr(e.Value)
		c.emit(GET_AWAITABLE, 0)
		c.loadConst(nil)
		c.emit(YIELD_FROM, 0)
	case *syntax.Starred:
		c.errorf(e, "can't use starred expression here")
	case *syntax.Constant:
		v, _ := constValue(e)
		c.loadConst(v)
	default:
		c.errorf(ex, "unsupported expression")
	}
}

func (c *compiler) subscriptKey(e syntax.Expr) {
	if s, ok := e.(*syntax.Slice); ok {
		c.slice(s)
		return
	}
	c.expr(e)
}

func (c *compiler) slice(s *syntax.Slice) {
	for _, part := range []syntax.Expr{s.Lower, s.Upper} {
		if part == nil {
			c.loadConst(nil)
		} else {
			c.expr(part)
		}
	}
	if s.Step != nil {
		c.expr(s.Step)
		c.emit(BUILD_SLICE, 3)
	} else {
		c.emit(BUILD_SLICE, 2)
	}
}

// starredList builds a list from elements that include *iterables.
func (c *compiler) starredList(elts []syntax.Expr) {
	n := 0
	built := false
	for _, el := range elts {
		if s, ok := el.(*syntax.Starred); ok {
			if !built {
				c.emit(BUILD_LIST, n)
				built = true
			} else if n > 0 {
				c.emit(BUILD_LIST, n)
				c.emit(LIST_EXTEND, 1)
			}
			n = 0
			c.expr(s.Value)
			c.emit(LIST_EXTEND, 1)
			continue
		}
		c.expr(el)
		n++
	}
	if !built {
		c.emit(BUILD_LIST, n)
	} else if n > 0 {
		c.emit(BUILD_LIST, n)
		c.emit(LIST_EXTEND, 1)
	}
}

func (c *compiler) dict(e *syntax.Dict) {
	n := 0
	built := false
	flush := func() {
		if !built {
			c.emit(BUILD_MAP, n)
			built = true
		} else if n > 0 {
			c.emit(BUILD_MAP, n)
			c.emit(DICT_UPDATE, 1)
		}
		n = 0
	}
	for i, k := range e.Keys {
		if k == nil {
			flush()
			c.expr(e.Values[i])
			c.emit(DICT_UPDATE, 1)
			continue
		}
		c.expr(k)
		c.expr(e.Values[i])
		n++
	}
	if !built || n > 0 {
		flush()
	}
}

var cmpOpArg = map[syntax.CmpOperator]int{
	syntax.Lt: 0, syntax.LtE: 1, syntax.Eq: 2, syntax.NotEq: 3, syntax.Gt: 4, syntax.GtE: 5,
	syntax.Is: 6, syntax.IsNot: 7, syntax.In: 8, syntax.NotIn: 9,
}

func (c *compiler) compare(e *syntax.Compare) {
	c.expr(e.Left)
	if len(e.Ops) == 1 {
		c.expr(e.Comparators[0])
		c.emit(COMPARE_OP, cmpOpArg[e.Ops[0]])
		return
	}
	cleanup, end := c.newLabel(), c.newLabel()
	for i, op := range e.Ops {
		c.expr(e.Comparators[i])
		if i < len(e.Ops)-1 {
			c.emit(DUP_TOP, 0)
			c.emit(ROT_THREE, 0)
			c.emit(COMPARE_OP, cmpOpArg[op])
			c.emitJump(JUMP_IF_FALSE_OR_POP, cleanup)
		} else {
			c.emit(COMPARE_OP, cmpOpArg[op])
		}
	}
	c.emitJump(JUMP, end)
	c.setLabel(cleanup)
	c.emit(ROT_TWO, 0)
	c.emit(POP_TOP, 0)
	c.setLabel(end)
}

// jumpIf evaluates e and jumps to label when its truth equals cond.
func (c *compiler) jumpIf(e syntax.Expr, label int, cond bool) {
	switch x := e.(type) {
	case *syntax.UnaryOp:
		if x.Op == syntax.Not {
			c.jumpIf(x.Operand, label, !cond)
			return
		}
	case *syntax.BoolOp:
		isOr := x.Op == syntax.Or
		if isOr == cond {
			// or + jump-if-true / and + jump-if-false: any operand decides
			for _, v := range x.Values {
				c.jumpIf(v, label, cond)
			}
			return
		}
		skip := c.newLabel()
		for i, v := range x.Values {
			if i < len(x.Values)-1 {
				c.jumpIf(v, skip, !cond)
			} else {
				c.jumpIf(v, label, cond)
			}
		}
		c.setLabel(skip)
		return
	}
	c.expr(e)
	if cond {
		c.emitJump(POP_JUMP_IF_TRUE, label)
	} else {
		c.emitJump(POP_JUMP_IF_FALSE, label)
	}
}

func (c *compiler) callExpr(e *syntax.Call) {
	simple := !hasStar(e.Args)
	for _, k := range e.Keywords {
		if k.Arg == "" {
			simple = false
		}
	}
	if a, ok := e.Func.(*syntax.Attribute); ok && simple {
		c.expr(a.Value)
		saved := c.u.line
		c.u.line = a.End.Line
		c.emit(LOAD_METHOD, c.attr(a.Attr))
		c.u.line = saved
		c.exprs(e.Args)
		if len(e.Keywords) > 0 {
			var names KwNames
			for _, k := range e.Keywords {
				c.expr(k.Value)
				names = append(names, k.Arg)
			}
			c.loadConst(names)
			c.emit(CALL_METHOD_KW, len(e.Args)+len(e.Keywords))
			return
		}
		c.emit(CALL_METHOD, len(e.Args))
		return
	}
	c.expr(e.Func)
	c.call(nil, e.Args, e.Keywords, 0)
}

// extendInCall marks a LIST_EXTEND that builds call arguments (the
// function is just below the list): errors then name the function.
const extendInCall = 0x100

// call emits a call of the function on the stack (with extra positional
// arguments already pushed) with args and keywords.
func (c *compiler) call(_ syntax.Node, args []syntax.Expr, kws []*syntax.Keyword, extra int) {
	simple := !hasStar(args)
	for _, k := range kws {
		if k.Arg == "" {
			simple = false
		}
	}
	if simple {
		c.exprs(args)
		if len(kws) > 0 {
			var names KwNames
			for _, k := range kws {
				c.expr(k.Value)
				names = append(names, k.Arg)
			}
			c.loadConst(names)
			c.emit(CALL_KW, extra+len(args)+len(kws))
			return
		}
		c.emit(CALL, extra+len(args))
		return
	}
	// General form: build a tuple of positional arguments and a dict of keywords.
	c.emit(BUILD_LIST, extra)
	n := 0
	for _, a := range args {
		if s, ok := a.(*syntax.Starred); ok {
			if n > 0 {
				c.emit(BUILD_LIST, n)
				c.emit(LIST_EXTEND, 1|extendInCall)
				n = 0
			}
			c.expr(s.Value)
			c.emit(LIST_EXTEND, 1|extendInCall)
			continue
		}
		c.expr(a)
		n++
	}
	if n > 0 {
		c.emit(BUILD_LIST, n)
		c.emit(LIST_EXTEND, 1|extendInCall)
	}
	c.emit(LIST_TO_TUPLE, 0)
	if len(kws) == 0 {
		c.emit(CALL_EX, 0)
		return
	}
	c.emit(BUILD_MAP, 0)
	for _, k := range kws {
		if k.Arg == "" {
			c.expr(k.Value)
		} else {
			c.loadConst(k.Arg)
			c.expr(k.Value)
			c.emit(BUILD_MAP, 1)
		}
		c.emit(DICT_MERGE, 1)
	}
	c.emit(CALL_EX, 1)
}

func (c *compiler) joinedStr(e *syntax.JoinedStr) {
	if len(e.Values) == 0 {
		c.loadConst("")
		return
	}
	for _, v := range e.Values {
		c.expr(v)
	}
	if len(e.Values) > 1 {
		c.emit(BUILD_STRING, len(e.Values))
	} else if _, ok := e.Values[0].(*syntax.Constant); !ok {
		// FORMAT_VALUE already produced a str
	}
}

func (c *compiler) formattedValue(e *syntax.FormattedValue) {
	c.expr(e.Value)
	flags := 0
	switch e.Conversion {
	case 's':
		flags = 1
	case 'r':
		flags = 2
	case 'a':
		flags = 3
	}
	if e.FormatSpec != nil {
		c.joinedStr(e.FormatSpec)
		flags |= 4
	}
	c.emit(FORMAT_VALUE, flags)
}

// hasAnnotations reports whether a module or class body (not nested
// functions or classes) contains an annotated assignment.
func hasAnnotations(body []syntax.Stmt) bool {
	for _, st := range body {
		switch s := st.(type) {
		case *syntax.AnnAssign:
			return true
		case *syntax.If:
			if hasAnnotations(s.Body) || hasAnnotations(s.Orelse) {
				return true
			}
		case *syntax.For:
			if hasAnnotations(s.Body) || hasAnnotations(s.Orelse) {
				return true
			}
		case *syntax.While:
			if hasAnnotations(s.Body) || hasAnnotations(s.Orelse) {
				return true
			}
		case *syntax.With:
			if hasAnnotations(s.Body) {
				return true
			}
		case *syntax.Match:
			for _, mc := range s.Cases {
				if hasAnnotations(mc.Body) {
					return true
				}
			}
		case *syntax.Try:
			if hasAnnotations(s.Body) || hasAnnotations(s.Orelse) || hasAnnotations(s.Finalbody) {
				return true
			}
			for _, h := range s.Handlers {
				if hasAnnotations(h.Body) {
					return true
				}
			}
		}
	}
	return false
}
