// Package syntax is the front end of refinterp: a scanner, parser and
// abstract syntax tree for Python 3.11.
//
// The AST mirrors CPython's ast module closely: node and field names are the
// CPython ones in Go spelling (FunctionDef.Decorators is decorator_list,
// Arguments.PosOnly is posonlyargs, ExprStmt is Expr, and so on), so anyone
// who knows Python's ast can guess them. Dump prints a tree in exactly the
// format of CPython's ast.dump(node), and DumpPositions adds CPython's
// lineno/col_offset/end_lineno/end_col_offset; the tests compare both with
// CPython itself.
//
// Entry points: ParseFile (a module), ParseExpr (eval input) and
// ParseInteractive (REPL input; errors.Is(err, ErrIncomplete) means "read
// another line"). They never panic and never hang; every failure is a
// *Error carrying CPython 3.11's message text, kind (SyntaxError,
// IndentationError, TabError), position and source line, and Error.Format
// renders it as CPython's traceback does.
//
// Errors are reported in CPython's order: a tokenizer error anywhere in the
// file wins over a parser error, and any syntax error wins over the errors
// CPython only finds while compiling. This package reports those compiler
// errors too, after a successful parse: "'break' outside loop", "'continue'
// not properly in loop", "'return' outside function", "'yield' outside
// function", "'yield' inside list comprehension", "'await' outside (async)
// function", "asynchronous comprehension outside of an asynchronous
// function", "'async for'/'async with' outside async function", "duplicate
// argument", "nonlocal declaration not allowed at module level", misplaced
// "from __future__" imports and "can't use starred expression here". Left
// to the resolver (they need symbol tables): "no binding for nonlocal 'x'
// found", "name 'x' is assigned to before global/nonlocal declaration",
// "name 'x' is parameter and global" and "'return' with value in async
// generator", and the match statement's "alternative patterns bind
// different names", "multiple assignments to name in pattern" and "makes
// remaining patterns unreachable".
//
// Constants: see Constant. A Python str is held as a Go string in UTF-8;
// lone surrogates (from escapes such as "\ud800") are encoded as their
// 3-byte generalised UTF-8 form (WTF-8), which Go's utf8 package treats as
// invalid. \N{...} escapes know the algorithmic names (LATIN CAPITAL LETTER
// X, CJK UNIFIED IDEOGRAPH-XXXX) and a table of common ones only.
//
// Limitations: source must be UTF-8 (a coding
// declaration naming another encoding is not honoured); identifiers are not
// NFKC-normalised.
package syntax

import "math/big"

// Pos is a source position. Line is 1-based; Col is the 1-based byte column
// (CPython's col_offset is Col-1). The zero Pos means "unknown".
type Pos struct {
	Line int32
	Col  int32
}

// IsValid reports whether p is a known position.
func (p Pos) IsValid() bool { return p.Line > 0 }

// Range is the source extent of a node, embedded in every node: Pos is its
// first byte, End the position just after its last byte.
type Range struct {
	Pos Pos
	End Pos
}

// Span returns the start and end positions of the node.
func (r *Range) Span() (start, end Pos) { return r.Pos, r.End }

// A Node is any syntax tree node.
type Node interface {
	Span() (start, end Pos)
}

// A Stmt is a statement node.
type Stmt interface {
	Node
	stmtNode()
}

// An Expr is an expression node.
type Expr interface {
	Node
	exprNode()
}

// ExprContext says how a Name, Attribute, Subscript, Starred, List or Tuple is
// used: loaded, assigned to, or deleted.
type ExprContext uint8

// Expression contexts.
const (
	Load ExprContext = iota
	Store
	Del
)

var ctxNames = [...]string{"Load", "Store", "Del"}

// String returns the CPython name of the context ("Load", "Store", "Del").
func (c ExprContext) String() string {
	if int(c) < len(ctxNames) {
		return ctxNames[c]
	}
	return "ExprContext(?)"
}

// Module is a whole source file.
type Module struct {
	Range
	Body []Stmt
}

// ---------------------------------------------------------------- statements

// FunctionDef is a def (or async def) statement.
type FunctionDef struct {
	Range
	Name       string
	Args       *Arguments
	Body       []Stmt
	Decorators []Expr
	Returns    Expr // or nil
	IsAsync    bool
}

// ClassDef is a class statement.
type ClassDef struct {
	Range
	Name       string
	Bases      []Expr
	Keywords   []*Keyword
	Body       []Stmt
	Decorators []Expr
}

// Return is a return statement; Value may be nil.
type Return struct {
	Range
	Value Expr
}

// Delete is a del statement.
type Delete struct {
	Range
	Targets []Expr
}

// Assign is "t1 = t2 = ... = value".
type Assign struct {
	Range
	Targets []Expr
	Value   Expr
}

// AugAssign is "target op= value".
type AugAssign struct {
	Range
	Target Expr
	Op     Operator
	Value  Expr
}

// AnnAssign is "target: annotation [= value]". Simple is true when the target
// is a plain name not enclosed in parentheses.
type AnnAssign struct {
	Range
	Target     Expr
	Annotation Expr
	Value      Expr // or nil
	Simple     bool
}

// For is a for (or async for) loop.
type For struct {
	Range
	Target  Expr
	Iter    Expr
	Body    []Stmt
	Orelse  []Stmt
	IsAsync bool
}

// While is a while loop.
type While struct {
	Range
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

// If is an if statement; elif chains are nested Ifs in Orelse.
type If struct {
	Range
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

// With is a with (or async with) statement.
type With struct {
	Range
	Items   []*WithItem
	Body    []Stmt
	IsAsync bool
}

// WithItem is one "expr [as target]" of a with statement.
type WithItem struct {
	Range
	ContextExpr  Expr
	OptionalVars Expr // or nil
}

// Raise is "raise [exc [from cause]]".
type Raise struct {
	Range
	Exc   Expr // or nil
	Cause Expr // or nil
}

// Try is a try statement. IsStar marks try/except* (CPython's TryStar node).
type Try struct {
	Range
	Body      []Stmt
	Handlers  []*ExceptHandler
	Orelse    []Stmt
	Finalbody []Stmt
	IsStar    bool
}

// ExceptHandler is one except clause.
type ExceptHandler struct {
	Range
	Type Expr   // or nil for a bare except
	Name string // "" if no "as name"
	Body []Stmt
}

// Assert is "assert test [, msg]".
type Assert struct {
	Range
	Test Expr
	Msg  Expr // or nil
}

// Import is "import a.b as c, d".
type Import struct {
	Range
	Names []*Alias
}

// ImportFrom is "from ..module import names". Module is "" for "from . import x";
// Level counts the leading dots. "from m import *" has one Alias named "*".
type ImportFrom struct {
	Range
	Module string
	Names  []*Alias
	Level  int
}

// Alias is "name [as asname]" in an import.
type Alias struct {
	Range
	Name   string
	AsName string // "" if absent
}

// Global is a global declaration.
type Global struct {
	Range
	Names []string
}

// Nonlocal is a nonlocal declaration.
type Nonlocal struct {
	Range
	Names []string
}

// ExprStmt is an expression used as a statement (CPython's Expr node).
type ExprStmt struct {
	Range
	Value Expr
}

// Match is a match statement (3.10+).
type Match struct {
	Range
	Subject Expr
	Cases   []*MatchCase
}

// MatchCase is one "case pattern [if guard]:" block of a match statement
// (CPython's match_case, which has no position; here Range covers it).
type MatchCase struct {
	Range
	Pattern Pattern
	Guard   Expr // or nil
	Body    []Stmt
}

// Pass is a pass statement.
type Pass struct{ Range }

// Break is a break statement.
type Break struct{ Range }

// Continue is a continue statement.
type Continue struct{ Range }

// --------------------------------------------------------------- expressions

// BoolOp is "a and b and c" or "a or b". Values has at least two entries.
type BoolOp struct {
	Range
	Op     BoolOperator
	Values []Expr
}

// NamedExpr is the walrus "target := value"; Target is a Name.
type NamedExpr struct {
	Range
	Target Expr
	Value  Expr
}

// BinOp is a binary operation.
type BinOp struct {
	Range
	Left  Expr
	Op    Operator
	Right Expr
}

// UnaryOp is a unary operation.
type UnaryOp struct {
	Range
	Op      UnaryOperator
	Operand Expr
}

// Lambda is a lambda expression.
type Lambda struct {
	Range
	Args *Arguments
	Body Expr
}

// IfExp is "body if test else orelse".
type IfExp struct {
	Range
	Test   Expr
	Body   Expr
	Orelse Expr
}

// Dict is a dict display. A nil key means the value is unpacked with **.
type Dict struct {
	Range
	Keys   []Expr
	Values []Expr
}

// Set is a set display.
type Set struct {
	Range
	Elts []Expr
}

// ListComp is a list comprehension.
type ListComp struct {
	Range
	Elt        Expr
	Generators []*Comprehension
}

// SetComp is a set comprehension.
type SetComp struct {
	Range
	Elt        Expr
	Generators []*Comprehension
}

// DictComp is a dict comprehension.
type DictComp struct {
	Range
	Key        Expr
	Value      Expr
	Generators []*Comprehension
}

// GeneratorExp is a generator expression.
type GeneratorExp struct {
	Range
	Elt        Expr
	Generators []*Comprehension
}

// Comprehension is one "for target in iter if ..." clause. It has no
// position in CPython; here Range covers the clause.
type Comprehension struct {
	Range
	Target  Expr
	Iter    Expr
	Ifs     []Expr
	IsAsync bool
}

// Await is "await value".
type Await struct {
	Range
	Value Expr
}

// Yield is "yield [value]".
type Yield struct {
	Range
	Value Expr // or nil
}

// YieldFrom is "yield from value".
type YieldFrom struct {
	Range
	Value Expr
}

// Compare is a (possibly chained) comparison: Left Ops[0] Comparators[0] ...
type Compare struct {
	Range
	Left        Expr
	Ops         []CmpOperator
	Comparators []Expr
}

// Call is a call. Args may contain *Starred; a Keyword with Arg "" is **x.
type Call struct {
	Range
	Func     Expr
	Args     []Expr
	Keywords []*Keyword
}

// Keyword is "arg=value" in a call or class bases; Arg is "" for **value.
type Keyword struct {
	Range
	Arg   string
	Value Expr
}

// FormattedValue is one {replacement field} of an f-string. Conversion is
// 0 (none), 's', 'r' or 'a' (CPython uses -1 for none).
type FormattedValue struct {
	Range
	Value      Expr
	Conversion rune
	FormatSpec *JoinedStr // or nil
}

// JoinedStr is an f-string: Values are *Constant (strings) and *FormattedValue.
type JoinedStr struct {
	Range
	Values []Expr
}

// ConstKind says which field of a Constant holds its value.
type ConstKind uint8

// Constant kinds.
const (
	ConstNone     ConstKind = iota
	ConstTrue               // True
	ConstFalse              // False
	ConstEllipsis           // ...
	ConstInt                // Int, or Big when it does not fit int64
	ConstFloat              // Float
	ConstImag               // Float is the imaginary part of a complex literal such as 3j
	ConstStr                // Str (UTF-8, see the package comment)
	ConstBytes              // Str holds the raw bytes
)

var constKindNames = [...]string{"None", "True", "False", "Ellipsis", "int", "float", "imag", "str", "bytes"}

// String returns a short name for the kind.
func (k ConstKind) String() string {
	if int(k) < len(constKindNames) {
		return constKindNames[k]
	}
	return "ConstKind(?)"
}

// Constant is a literal. Kind selects the meaningful field. Integer literals
// are always non-negative; Big is non-nil only when the value exceeds int64.
// U is true for a string written with the u prefix (CPython's kind='u').
type Constant struct {
	Range
	Kind  ConstKind
	Int   int64
	Big   *big.Int
	Float float64
	Str   string
	U     bool
}

// Attribute is "value.attr".
type Attribute struct {
	Range
	Value Expr
	Attr  string
	Ctx   ExprContext
}

// Subscript is "value[slice]"; Slice may be a *Slice or a *Tuple of them.
type Subscript struct {
	Range
	Value Expr
	Slice Expr
	Ctx   ExprContext
}

// Starred is "*value".
type Starred struct {
	Range
	Value Expr
	Ctx   ExprContext
}

// Name is an identifier.
type Name struct {
	Range
	Id  string
	Ctx ExprContext
}

// List is a list display or list target.
type List struct {
	Range
	Elts []Expr
	Ctx  ExprContext
}

// Tuple is a tuple display or tuple target.
type Tuple struct {
	Range
	Elts []Expr
	Ctx  ExprContext
}

// Slice is "lower:upper:step" inside a subscript; each part may be nil.
type Slice struct {
	Range
	Lower Expr
	Upper Expr
	Step  Expr
}

// Arguments is the parameter list of a def or lambda. Defaults apply to the
// last len(Defaults) of PosOnly+Args; KwDefaults parallels KwOnly with nil
// for "no default".
type Arguments struct {
	Range
	PosOnly    []*Arg
	Args       []*Arg
	Vararg     *Arg // or nil
	KwOnly     []*Arg
	KwDefaults []Expr
	Kwarg      *Arg // or nil
	Defaults   []Expr
}

// Arg is one parameter.
type Arg struct {
	Range
	Arg        string
	Annotation Expr // or nil
}

// ------------------------------------------------------------------ patterns

// A Pattern is a pattern of a match statement's case clause.
type Pattern interface {
	Node
	patternNode()
}

// MatchValue matches a value compared with ==: a literal, a negative or
// complex number, or a dotted name.
type MatchValue struct {
	Range
	Value Expr
}

// MatchSingleton matches None, True or False by identity; Value is a
// *Constant of kind ConstNone, ConstTrue or ConstFalse.
type MatchSingleton struct {
	Range
	Value *Constant
}

// MatchSequence is [p, ...] or (p, ...) or p, ...
type MatchSequence struct {
	Range
	Patterns []Pattern
}

// MatchMapping is {key: p, ..., **rest}; Rest is "" if absent.
type MatchMapping struct {
	Range
	Keys     []Expr
	Patterns []Pattern
	Rest     string
}

// MatchClass is Cls(p, ..., attr=p, ...).
type MatchClass struct {
	Range
	Cls         Expr
	Patterns    []Pattern
	KwdAttrs    []string
	KwdPatterns []Pattern
}

// MatchStar is *name (or *_ with Name "") inside a sequence pattern.
type MatchStar struct {
	Range
	Name string
}

// MatchAs is "pattern as name", a capture "name" (Pattern nil) or the
// wildcard "_" (both empty).
type MatchAs struct {
	Range
	Pattern Pattern // or nil
	Name    string  // "" for the wildcard
}

// MatchOr is p1 | p2 | ...
type MatchOr struct {
	Range
	Patterns []Pattern
}

func (*MatchValue) patternNode()     {}
func (*MatchSingleton) patternNode() {}
func (*MatchSequence) patternNode()  {}
func (*MatchMapping) patternNode()   {}
func (*MatchClass) patternNode()     {}
func (*MatchStar) patternNode()      {}
func (*MatchAs) patternNode()        {}
func (*MatchOr) patternNode()        {}

// ------------------------------------------------------------------ operators

// Operator is a binary (and augmented-assignment) operator.
type Operator uint8

// Binary operators.
const (
	Add Operator = iota
	Sub
	Mult
	MatMult
	Div
	Mod
	Pow
	LShift
	RShift
	BitOr
	BitXor
	BitAnd
	FloorDiv
)

var opNames = [...]string{"Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"}
var opSymbols = [...]string{"+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"}

// String returns the CPython node name ("Add").
func (o Operator) String() string {
	if int(o) < len(opNames) {
		return opNames[o]
	}
	return "Operator(?)"
}

// Symbol returns the source spelling ("+").
func (o Operator) Symbol() string {
	if int(o) < len(opSymbols) {
		return opSymbols[o]
	}
	return "?"
}

// UnaryOperator is a unary operator.
type UnaryOperator uint8

// Unary operators.
const (
	Invert UnaryOperator = iota
	Not
	UAdd
	USub
)

var unaryNames = [...]string{"Invert", "Not", "UAdd", "USub"}
var unarySymbols = [...]string{"~", "not", "+", "-"}

// String returns the CPython node name ("USub").
func (o UnaryOperator) String() string {
	if int(o) < len(unaryNames) {
		return unaryNames[o]
	}
	return "UnaryOperator(?)"
}

// Symbol returns the source spelling ("-").
func (o UnaryOperator) Symbol() string {
	if int(o) < len(unarySymbols) {
		return unarySymbols[o]
	}
	return "?"
}

// BoolOperator is "and" or "or".
type BoolOperator uint8

// Boolean operators.
const (
	And BoolOperator = iota
	Or
)

// String returns the CPython node name ("And", "Or").
func (o BoolOperator) String() string {
	if o == And {
		return "And"
	}
	return "Or"
}

// Symbol returns the source spelling ("and", "or").
func (o BoolOperator) Symbol() string {
	if o == And {
		return "and"
	}
	return "or"
}

// CmpOperator is a comparison operator.
type CmpOperator uint8

// Comparison operators.
const (
	Eq CmpOperator = iota
	NotEq
	Lt
	LtE
	Gt
	GtE
	Is
	IsNot
	In
	NotIn
)

var cmpNames = [...]string{"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"}
var cmpSymbols = [...]string{"==", "!=", "<", "<=", ">", ">=", "is", "is not", "in", "not in"}

// String returns the CPython node name ("NotIn").
func (o CmpOperator) String() string {
	if int(o) < len(cmpNames) {
		return cmpNames[o]
	}
	return "CmpOperator(?)"
}

// Symbol returns the source spelling ("not in").
func (o CmpOperator) Symbol() string {
	if int(o) < len(cmpSymbols) {
		return cmpSymbols[o]
	}
	return "?"
}

// --------------------------------------------------------------- node marks

func (*FunctionDef) stmtNode() {}
func (*ClassDef) stmtNode()    {}
func (*Return) stmtNode()      {}
func (*Delete) stmtNode()      {}
func (*Assign) stmtNode()      {}
func (*AugAssign) stmtNode()   {}
func (*AnnAssign) stmtNode()   {}
func (*For) stmtNode()         {}
func (*While) stmtNode()       {}
func (*If) stmtNode()          {}
func (*With) stmtNode()        {}
func (*Raise) stmtNode()       {}
func (*Try) stmtNode()         {}
func (*Assert) stmtNode()      {}
func (*Import) stmtNode()      {}
func (*ImportFrom) stmtNode()  {}
func (*Global) stmtNode()      {}
func (*Nonlocal) stmtNode()    {}
func (*ExprStmt) stmtNode()    {}
func (*Pass) stmtNode()        {}
func (*Match) stmtNode()       {}
func (*Break) stmtNode()       {}
func (*Continue) stmtNode()    {}

func (*BoolOp) exprNode()         {}
func (*NamedExpr) exprNode()      {}
func (*BinOp) exprNode()          {}
func (*UnaryOp) exprNode()        {}
func (*Lambda) exprNode()         {}
func (*IfExp) exprNode()          {}
func (*Dict) exprNode()           {}
func (*Set) exprNode()            {}
func (*ListComp) exprNode()       {}
func (*SetComp) exprNode()        {}
func (*DictComp) exprNode()       {}
func (*GeneratorExp) exprNode()   {}
func (*Await) exprNode()          {}
func (*Yield) exprNode()          {}
func (*YieldFrom) exprNode()      {}
func (*Compare) exprNode()        {}
func (*Call) exprNode()           {}
func (*FormattedValue) exprNode() {}
func (*JoinedStr) exprNode()      {}
func (*Constant) exprNode()       {}
func (*Attribute) exprNode()      {}
func (*Subscript) exprNode()      {}
func (*Starred) exprNode()        {}
func (*Name) exprNode()           {}
func (*List) exprNode()           {}
func (*Tuple) exprNode()          {}
func (*Slice) exprNode()          {}
