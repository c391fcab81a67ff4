package syntax

import (
	"math"
	"strconv"
	"unicode"
	"unicode/utf8"
)

// Dump returns a canonical one-line rendering of a node, identical to
// CPython 3.11's ast.dump(node) (which omits positions). A *Module dumps as
// "Module(body=[...], type_ignores=[])"; an expression from ParseExpr can be
// wrapped as CPython's "Expression(body=...)" with DumpExpression.
func Dump(n Node) string {
	d := dumper{}
	d.node(n)
	return string(d.b)
}

// DumpExpression renders e as CPython's ast.dump(ast.parse(src, mode="eval")).
func DumpExpression(e Expr) string {
	d := dumper{}
	d.s("Expression(body=")
	d.node(e)
	d.s(")")
	return string(d.b)
}

type dumper struct {
	b     []byte
	first bool
	pos   bool // include positions (DumpPositions)
	inF   int  // inside a JoinedStr: positions omitted
	cur   Node
}

// DumpPositions is like Dump but appends each positioned node's source
// range to its name as "@line:col-endline:endcol" in CPython's convention
// (lineno, col_offset, end_lineno, end_col_offset: 0-based byte columns).
// Statements, expressions, except handlers, args, keywords and aliases carry
// positions, as in CPython; nodes inside f-strings are left out, because
// CPython 3.11 gives them unreliable positions.
func DumpPositions(n Node) string {
	d := dumper{pos: true}
	d.node(n)
	return string(d.b)
}

func (d *dumper) s(s string) { d.b = append(d.b, s...) }

func (d *dumper) open(name string) {
	d.s(name)
	if d.pos && d.inF == 0 && hasPosition(d.cur) {
		s, e := d.cur.Span()
		d.s("@")
		d.b = strconv.AppendInt(d.b, int64(s.Line), 10)
		d.s(":")
		d.b = strconv.AppendInt(d.b, int64(s.Col-1), 10)
		d.s("-")
		d.b = strconv.AppendInt(d.b, int64(e.Line), 10)
		d.s(":")
		d.b = strconv.AppendInt(d.b, int64(e.Col-1), 10)
	}
	d.s("(")
	d.first = true
}

// hasPosition reports whether CPython's node for n has position attributes.
func hasPosition(n Node) bool {
	switch n.(type) {
	case *Module, *Arguments, *Comprehension, *WithItem, *MatchCase:
		return false
	}
	return true
}

func (d *dumper) field(name string) {
	if !d.first {
		d.s(", ")
	}
	d.first = false
	d.s(name)
	d.s("=")
}

func (d *dumper) close() { d.s(")"); d.first = false }

// expr writes an optional expression field; nil is omitted.
func (d *dumper) optExpr(name string, e Expr) {
	if e == nil {
		return
	}
	d.field(name)
	d.node(e)
}

func (d *dumper) exprField(name string, e Expr) {
	d.field(name)
	if e == nil {
		d.s("None")
		return
	}
	d.node(e)
}

func (d *dumper) exprs(name string, list []Expr) {
	d.field(name)
	d.s("[")
	for i, e := range list {
		if i > 0 {
			d.s(", ")
		}
		if e == nil {
			d.s("None")
		} else {
			d.node(e)
		}
	}
	d.s("]")
}

func (d *dumper) stmts(name string, list []Stmt) {
	d.field(name)
	d.s("[")
	for i, s := range list {
		if i > 0 {
			d.s(", ")
		}
		d.node(s)
	}
	d.s("]")
}

func (d *dumper) str(name, v string) {
	d.field(name)
	d.b = appendPyRepr(d.b, v)
}

func (d *dumper) optStr(name, v string) {
	if v != "" {
		d.str(name, v)
	}
}

func (d *dumper) int(name string, v int) {
	d.field(name)
	d.b = strconv.AppendInt(d.b, int64(v), 10)
}

func (d *dumper) bool(name string, v bool) {
	if v {
		d.int(name, 1)
	} else {
		d.int(name, 0)
	}
}

func (d *dumper) ctx(c ExprContext) {
	d.field("ctx")
	d.s(c.String())
	d.s("()")
}

func (d *dumper) op(name, op string) {
	d.field(name)
	d.s(op)
	d.s("()")
}

func (d *dumper) comps(list []*Comprehension) {
	d.field("generators")
	d.s("[")
	for i, c := range list {
		if i > 0 {
			d.s(", ")
		}
		d.node(c)
	}
	d.s("]")
}

func (d *dumper) keywords(list []*Keyword) {
	d.field("keywords")
	d.s("[")
	for i, k := range list {
		if i > 0 {
			d.s(", ")
		}
		d.node(k)
	}
	d.s("]")
}

func (d *dumper) args(name string, list []*Arg) {
	d.field(name)
	d.s("[")
	for i, a := range list {
		if i > 0 {
			d.s(", ")
		}
		d.node(a)
	}
	d.s("]")
}

func (d *dumper) names(list []string) {
	d.field("names")
	d.s("[")
	for i, n := range list {
		if i > 0 {
			d.s(", ")
		}
		d.b = appendPyRepr(d.b, n)
	}
	d.s("]")
}

func (d *dumper) node(n Node) {
	d.cur = n
	switch n := n.(type) {
	case *Module:
		d.open("Module")
		d.stmts("body", n.Body)
		d.field("type_ignores")
		d.s("[]")
	case *FunctionDef:
		if n.IsAsync {
			d.open("AsyncFunctionDef")
		} else {
			d.open("FunctionDef")
		}
		d.str("name", n.Name)
		d.field("args")
		d.node(n.Args)
		d.stmts("body", n.Body)
		d.exprs("decorator_list", n.Decorators)
		d.optExpr("returns", n.Returns)
	case *ClassDef:
		d.open("ClassDef")
		d.str("name", n.Name)
		d.exprs("bases", n.Bases)
		d.keywords(n.Keywords)
		d.stmts("body", n.Body)
		d.exprs("decorator_list", n.Decorators)
	case *Return:
		d.open("Return")
		d.optExpr("value", n.Value)
	case *Delete:
		d.open("Delete")
		d.exprs("targets", n.Targets)
	case *Assign:
		d.open("Assign")
		d.exprs("targets", n.Targets)
		d.exprField("value", n.Value)
	case *AugAssign:
		d.open("AugAssign")
		d.exprField("target", n.Target)
		d.op("op", n.Op.String())
		d.exprField("value", n.Value)
	case *AnnAssign:
		d.open("AnnAssign")
		d.exprField("target", n.Target)
		d.exprField("annotation", n.Annotation)
		d.optExpr("value", n.Value)
		d.bool("simple", n.Simple)
	case *For:
		if n.IsAsync {
			d.open("AsyncFor")
		} else {
			d.open("For")
		}
		d.exprField("target", n.Target)
		d.exprField("iter", n.Iter)
		d.stmts("body", n.Body)
		d.stmts("orelse", n.Orelse)
	case *While:
		d.open("While")
		d.exprField("test", n.Test)
		d.stmts("body", n.Body)
		d.stmts("orelse", n.Orelse)
	case *If:
		d.open("If")
		d.exprField("test", n.Test)
		d.stmts("body", n.Body)
		d.stmts("orelse", n.Orelse)
	case *With:
		if n.IsAsync {
			d.open("AsyncWith")
		} else {
			d.open("With")
		}
		d.field("items")
		d.s("[")
		for i, it := range n.Items {
			if i > 0 {
				d.s(", ")
			}
			d.node(it)
		}
		d.s("]")
		d.stmts("body", n.Body)
	case *WithItem:
		d.open("withitem")
		d.exprField("context_expr", n.ContextExpr)
		d.optExpr("optional_vars", n.OptionalVars)
	case *Raise:
		d.open("Raise")
		d.optExpr("exc", n.Exc)
		d.optExpr("cause", n.Cause)
	case *Try:
		if n.IsStar {
			d.open("TryStar")
		} else {
			d.open("Try")
		}
		d.stmts("body", n.Body)
		d.field("handlers")
		d.s("[")
		for i, h := range n.Handlers {
			if i > 0 {
				d.s(", ")
			}
			d.node(h)
		}
		d.s("]")
		d.stmts("orelse", n.Orelse)
		d.stmts("finalbody", n.Finalbody)
	case *ExceptHandler:
		d.open("ExceptHandler")
		d.optExpr("type", n.Type)
		d.optStr("name", n.Name)
		d.stmts("body", n.Body)
	case *Assert:
		d.open("Assert")
		d.exprField("test", n.Test)
		d.optExpr("msg", n.Msg)
	case *Import:
		d.open("Import")
		d.aliases(n.Names)
	case *ImportFrom:
		d.open("ImportFrom")
		d.optStr("module", n.Module)
		d.aliases(n.Names)
		d.int("level", n.Level)
	case *Alias:
		d.open("alias")
		d.str("name", n.Name)
		d.optStr("asname", n.AsName)
	case *Global:
		d.open("Global")
		d.names(n.Names)
	case *Nonlocal:
		d.open("Nonlocal")
		d.names(n.Names)
	case *ExprStmt:
		d.open("Expr")
		d.exprField("value", n.Value)
	case *Pass:
		d.open("Pass")
	case *Break:
		d.open("Break")
	case *Continue:
		d.open("Continue")
	case *BoolOp:
		d.open("BoolOp")
		d.op("op", n.Op.String())
		d.exprs("values", n.Values)
	case *NamedExpr:
		d.open("NamedExpr")
		d.exprField("target", n.Target)
		d.exprField("value", n.Value)
	case *BinOp:
		d.open("BinOp")
		d.exprField("left", n.Left)
		d.op("op", n.Op.String())
		d.exprField("right", n.Right)
	case *UnaryOp:
		d.open("UnaryOp")
		d.op("op", n.Op.String())
		d.exprField("operand", n.Operand)
	case *Lambda:
		d.open("Lambda")
		d.field("args")
		d.node(n.Args)
		d.exprField("body", n.Body)
	case *IfExp:
		d.open("IfExp")
		d.exprField("test", n.Test)
		d.exprField("body", n.Body)
		d.exprField("orelse", n.Orelse)
	case *Dict:
		d.open("Dict")
		d.exprs("keys", n.Keys)
		d.exprs("values", n.Values)
	case *Set:
		d.open("Set")
		d.exprs("elts", n.Elts)
	case *ListComp:
		d.open("ListComp")
		d.exprField("elt", n.Elt)
		d.comps(n.Generators)
	case *SetComp:
		d.open("SetComp")
		d.exprField("elt", n.Elt)
		d.comps(n.Generators)
	case *DictComp:
		d.open("DictComp")
		d.exprField("key", n.Key)
		d.exprField("value", n.Value)
		d.comps(n.Generators)
	case *GeneratorExp:
		d.open("GeneratorExp")
		d.exprField("elt", n.Elt)
		d.comps(n.Generators)
	case *Comprehension:
		d.open("comprehension")
		d.exprField("target", n.Target)
		d.exprField("iter", n.Iter)
		d.exprs("ifs", n.Ifs)
		d.bool("is_async", n.IsAsync)
	case *Await:
		d.open("Await")
		d.exprField("value", n.Value)
	case *Yield:
		d.open("Yield")
		d.optExpr("value", n.Value)
	case *YieldFrom:
		d.open("YieldFrom")
		d.exprField("value", n.Value)
	case *Compare:
		d.open("Compare")
		d.exprField("left", n.Left)
		d.field("ops")
		d.s("[")
		for i, op := range n.Ops {
			if i > 0 {
				d.s(", ")
			}
			d.s(op.String())
			d.s("()")
		}
		d.s("]")
		d.exprs("comparators", n.Comparators)
	case *Call:
		d.open("Call")
		d.exprField("func", n.Func)
		d.exprs("args", n.Args)
		d.keywords(n.Keywords)
	case *Keyword:
		d.open("keyword")
		d.optStr("arg", n.Arg)
		d.exprField("value", n.Value)
	case *FormattedValue:
		d.open("FormattedValue")
		d.exprField("value", n.Value)
		if n.Conversion == 0 {
			d.int("conversion", -1)
		} else {
			d.int("conversion", int(n.Conversion))
		}
		if n.FormatSpec != nil {
			d.field("format_spec")
			d.node(n.FormatSpec)
		}
	case *JoinedStr:
		d.open("JoinedStr")
		d.inF++
		d.exprs("values", n.Values)
		d.inF--
	case *Constant:
		d.open("Constant")
		d.field("value")
		d.b = appendConstant(d.b, n)
		if n.U {
			d.str("kind", "u")
		}
	case *Attribute:
		d.open("Attribute")
		d.exprField("value", n.Value)
		d.str("attr", n.Attr)
		d.ctx(n.Ctx)
	case *Subscript:
		d.open("Subscript")
		d.exprField("value", n.Value)
		d.exprField("slice", n.Slice)
		d.ctx(n.Ctx)
	case *Starred:
		d.open("Starred")
		d.exprField("value", n.Value)
		d.ctx(n.Ctx)
	case *Name:
		d.open("Name")
		d.str("id", n.Id)
		d.ctx(n.Ctx)
	case *List:
		d.open("List")
		d.exprs("elts", n.Elts)
		d.ctx(n.Ctx)
	case *Tuple:
		d.open("Tuple")
		d.exprs("elts", n.Elts)
		d.ctx(n.Ctx)
	case *Slice:
		d.open("Slice")
		d.optExpr("lower", n.Lower)
		d.optExpr("upper", n.Upper)
		d.optExpr("step", n.Step)
	case *Arguments:
		d.open("arguments")
		d.args("posonlyargs", n.PosOnly)
		d.args("args", n.Args)
		if n.Vararg != nil {
			d.field("vararg")
			d.node(n.Vararg)
		}
		d.args("kwonlyargs", n.KwOnly)
		d.exprs("kw_defaults", n.KwDefaults)
		if n.Kwarg != nil {
			d.field("kwarg")
			d.node(n.Kwarg)
		}
		d.exprs("defaults", n.Defaults)
	case *Arg:
		d.open("arg")
		d.str("arg", n.Arg)
		d.optExpr("annotation", n.Annotation)
	case *Match:
		d.open("Match")
		d.exprField("subject", n.Subject)
		d.field("cases")
		d.s("[")
		for i, c := range n.Cases {
			if i > 0 {
				d.s(", ")
			}
			d.node(c)
		}
		d.s("]")
	case *MatchCase:
		d.open("match_case")
		d.field("pattern")
		d.node(n.Pattern)
		d.optExpr("guard", n.Guard)
		d.stmts("body", n.Body)
	case *MatchValue:
		d.open("MatchValue")
		d.exprField("value", n.Value)
	case *MatchSingleton:
		d.open("MatchSingleton")
		d.field("value")
		d.b = appendConstant(d.b, n.Value)
	case *MatchSequence:
		d.open("MatchSequence")
		d.patterns("patterns", n.Patterns)
	case *MatchMapping:
		d.open("MatchMapping")
		d.exprs("keys", n.Keys)
		d.patterns("patterns", n.Patterns)
		d.optStr("rest", n.Rest)
	case *MatchClass:
		d.open("MatchClass")
		d.exprField("cls", n.Cls)
		d.patterns("patterns", n.Patterns)
		d.field("kwd_attrs")
		d.s("[")
		for i, a := range n.KwdAttrs {
			if i > 0 {
				d.s(", ")
			}
			d.b = appendPyRepr(d.b, a)
		}
		d.s("]")
		d.patterns("kwd_patterns", n.KwdPatterns)
	case *MatchStar:
		d.open("MatchStar")
		d.optStr("name", n.Name)
	case *MatchAs:
		d.open("MatchAs")
		if n.Pattern != nil {
			d.field("pattern")
			d.node(n.Pattern)
		}
		d.optStr("name", n.Name)
	case *MatchOr:
		d.open("MatchOr")
		d.patterns("patterns", n.Patterns)
	default:
		d.s("None")
		return
	}
	d.close()
}

func (d *dumper) patterns(name string, list []Pattern) {
	d.field(name)
	d.s("[")
	for i, p := range list {
		if i > 0 {
			d.s(", ")
		}
		d.node(p)
	}
	d.s("]")
}

func (d *dumper) aliases(list []*Alias) {
	d.field("names")
	d.s("[")
	for i, a := range list {
		if i > 0 {
			d.s(", ")
		}
		d.node(a)
	}
	d.s("]")
}

// appendConstant appends the Python repr of a constant's value.
func appendConstant(b []byte, c *Constant) []byte {
	switch c.Kind {
	case ConstNone:
		return append(b, "None"...)
	case ConstTrue:
		return append(b, "True"...)
	case ConstFalse:
		return append(b, "False"...)
	case ConstEllipsis:
		return append(b, "Ellipsis"...)
	case ConstInt:
		if c.Big != nil {
			return c.Big.Append(b, 10)
		}
		return strconv.AppendInt(b, c.Int, 10)
	case ConstFloat:
		return AppendFloatRepr(b, c.Float, true)
	case ConstImag:
		b = AppendFloatRepr(b, c.Float, false)
		return append(b, 'j')
	case ConstStr:
		return appendPyRepr(b, c.Str)
	case ConstBytes:
		return appendBytesRepr(b, c.Str)
	}
	return b
}

// AppendFloatRepr appends Python's repr of f: the shortest round-tripping
// digits, exponent form when the exponent is < -4 or >= 16. With dotZero,
// integral values get ".0" (float repr); without, they do not (the
// imaginary part of a complex repr).
func AppendFloatRepr(b []byte, f float64, dotZero bool) []byte {
	switch {
	case math.IsInf(f, 1):
		return append(b, "inf"...)
	case math.IsInf(f, -1):
		return append(b, "-inf"...)
	case math.IsNaN(f):
		return append(b, "nan"...)
	}
	var tmp [32]byte
	e := strconv.AppendFloat(tmp[:0], f, 'e', -1, 64)
	// e looks like [-]d[.ddd]e±XX
	neg := e[0] == '-'
	if neg {
		e = e[1:]
	}
	var digits []byte
	i := 0
	for ; i < len(e) && e[i] != 'e'; i++ {
		if e[i] != '.' {
			digits = append(digits, e[i])
		}
	}
	exp, _ := strconv.Atoi(string(e[i+1:]))
	if neg {
		b = append(b, '-')
	}
	if exp < -4 || exp >= 16 {
		b = append(b, digits[0])
		if len(digits) > 1 {
			b = append(b, '.')
			b = append(b, digits[1:]...)
		}
		b = append(b, 'e')
		if exp < 0 {
			b = append(b, '-')
			exp = -exp
		} else {
			b = append(b, '+')
		}
		if exp < 10 {
			b = append(b, '0')
		}
		return strconv.AppendInt(b, int64(exp), 10)
	}
	if exp < 0 {
		b = append(b, "0."...)
		for j := 0; j < -exp-1; j++ {
			b = append(b, '0')
		}
		return append(b, digits...)
	}
	// exp >= 0: integer part is digits[:exp+1]
	for j := 0; j <= exp; j++ {
		if j < len(digits) {
			b = append(b, digits[j])
		} else {
			b = append(b, '0')
		}
	}
	if exp+1 < len(digits) {
		b = append(b, '.')
		b = append(b, digits[exp+1:]...)
	} else if dotZero {
		b = append(b, ".0"...)
	}
	return b
}

// appendPyRepr appends Python's repr of a str held in (generalised) UTF-8.
func appendPyRepr(b []byte, s string) []byte {
	q := byte('\'')
	hasSingle, hasDouble := false, false
	for i := 0; i < len(s); i++ {
		if s[i] == '\'' {
			hasSingle = true
		} else if s[i] == '"' {
			hasDouble = true
		}
	}
	if hasSingle && !hasDouble {
		q = '"'
	}
	b = append(b, q)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == q || c == '\\':
				b = append(b, '\\', c)
			case c == '\n':
				b = append(b, '\\', 'n')
			case c == '\r':
				b = append(b, '\\', 'r')
			case c == '\t':
				b = append(b, '\\', 't')
			case c < ' ' || c == 0x7f:
				b = append(b, '\\', 'x', hexDigit(c>>4), hexDigit(c&15))
			default:
				b = append(b, c)
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n <= 1 {
			// A surrogate in generalised UTF-8 (ED A0..BF xx).
			if i+2 < len(s) && s[i] == 0xED && s[i+1]&0xE0 == 0xA0 {
				r = rune(s[i]&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
				n = 3
			} else {
				r = rune(s[i])
				n = 1
			}
			b = appendUEscape(b, r)
			i += n
			continue
		}
		i += n
		if unicode.IsPrint(r) {
			b = append(b, s[i-n:i]...)
		} else {
			b = appendUEscape(b, r)
		}
	}
	return append(b, q)
}

func appendUEscape(b []byte, r rune) []byte {
	switch {
	case r < 0x100:
		return append(b, '\\', 'x', hexDigit(byte(r>>4)), hexDigit(byte(r&15)))
	case r < 0x10000:
		b = append(b, '\\', 'u')
		for sh := 12; sh >= 0; sh -= 4 {
			b = append(b, hexDigit(byte(r>>sh&15)))
		}
		return b
	}
	b = append(b, '\\', 'U')
	for sh := 28; sh >= 0; sh -= 4 {
		b = append(b, hexDigit(byte(r>>sh&15)))
	}
	return b
}

func hexDigit(c byte) byte { return "0123456789abcdef"[c&15] }

// appendBytesRepr appends Python's repr of a bytes value.
func appendBytesRepr(b []byte, s string) []byte {
	q := byte('\'')
	hasSingle, hasDouble := false, false
	for i := 0; i < len(s); i++ {
		if s[i] == '\'' {
			hasSingle = true
		} else if s[i] == '"' {
			hasDouble = true
		}
	}
	if hasSingle && !hasDouble {
		q = '"'
	}
	b = append(b, 'b', q)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == q || c == '\\':
			b = append(b, '\\', c)
		case c == '\n':
			b = append(b, '\\', 'n')
		case c == '\r':
			b = append(b, '\\', 'r')
		case c == '\t':
			b = append(b, '\\', 't')
		case c < ' ' || c >= 0x7f:
			b = append(b, '\\', 'x', hexDigit(c>>4), hexDigit(c&15))
		default:
			b = append(b, c)
		}
	}
	return append(b, q)
}
