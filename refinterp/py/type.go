package py

// Type is a Python class: a built-in type or a class statement's result.
//
// Built-in types fill the Go slots they support; a nil slot means the
// operation is not supported (the generic code then raises CPython's
// TypeError). A class defined in Python gets slots that look up and call its
// dunder methods, and inherits the remaining slots from its built-in base.
type Type struct {
	Name   string
	Module string // "builtins" for the built-in types
	Doc    string
	Bases  []*Type
	MRO    []*Type
	Dict   *Dict
	Base   *Type // the first base (nil only for object)
	Meta   *Type // the metaclass (nil means type)
	Flags  TypeFlags
	// Layout is the built-in type whose Go representation instances use
	// (object for plain classes, Exception for exception classes, ...).
	Layout *Type

	// New creates an instance (like __new__); Init initialises it.
	New  func(th *Thread, cls *Type, args []Value, kw *Kwargs) (Value, error)
	Init func(th *Thread, self Value, args []Value, kw *Kwargs) error

	Repr     func(th *Thread, v Value) (string, error)
	Str      func(th *Thread, v Value) (string, error)
	Hash     func(th *Thread, v Value) (int64, error)
	Compare  func(th *Thread, a, b Value, op CmpOp) (Value, error) // may return NotImplemented
	Bool     func(th *Thread, v Value) (bool, error)
	Len      func(th *Thread, v Value) (int, error)
	Iter     func(th *Thread, v Value) (Value, error)
	Next     func(th *Thread, it Value) (Value, error) // (nil, nil) at the end
	GetItem  func(th *Thread, v, key Value) (Value, error)
	SetItem  func(th *Thread, v, key, val Value) error // val nil = delete
	Contains func(th *Thread, v, x Value) (bool, error)
	Call     func(th *Thread, fn Value, args []Value, kw *Kwargs) (Value, error)
	GetAttr  func(th *Thread, v Value, name string) (Value, error)   // full lookup; nil = generic
	SetAttr  func(th *Thread, v Value, name string, val Value) error // val nil = delete
	// DescrGet/DescrSet make instances of the type descriptors.
	DescrGet func(th *Thread, descr, obj Value, typ *Type) (Value, error)
	DescrSet func(th *Thread, descr, obj, val Value) error // val nil = delete

	// Num holds binary operators indexed by BinOp: Num for a op b,
	// RNum for the reflected b op a (called with self first), INum in-place.
	Num  [numBinOps]func(th *Thread, a, b Value) (Value, error)
	RNum [numBinOps]func(th *Thread, self, other Value) (Value, error)
	INum [numBinOps]func(th *Thread, a, b Value) (Value, error)
	// Unary operators indexed by UnaryOp.
	Unary [numUnaryOps]func(th *Thread, v Value) (Value, error)
	// Index converts to an int (__index__); nil if unsupported.
	Index func(th *Thread, v Value) (Value, error)

	qual         string    // __qualname__ of a Python class ("" = Name)
	instHint     int       // expected number of instance attributes
	instKeys     *instKeys // the shared attribute names of its instances
	initFn       Value
	slotNames    map[string]bool // __slots__ of a class without __dict__
	initVer      uint32
	attrCache    map[string]Value
	cacheVersion uint32
}

// TypeFlags are properties of a type.
type TypeFlags uint32

// Type flags.
const (
	FlagBaseType        TypeFlags = 1 << iota // may be subclassed
	FlagUser                                  // defined by a class statement
	FlagException                             // a BaseException subclass
	FlagHasGetattr                            // defines __getattr__
	FlagHasGetattribute                       // defines __getattribute__
	FlagHasSetattr
	// FlagDottedName marks a type CPython implements in C outside the
	// builtins module: its tp_name, used in error messages, is
	// "module.Name" (collections.deque, datetime.date).
	FlagDottedName
)

// TPName is the type's name as CPython's error messages show it: the bare
// name, or "module.Name" for types marked FlagDottedName.
func (t *Type) TPName() string {
	if t.Flags&FlagDottedName != 0 && t.Module != "" && t.Module != "builtins" {
		return t.Module + "." + t.Name
	}
	return t.Name
}

// Type returns the metaclass of t.
func (t *Type) Type() *Type {
	if t.Meta != nil {
		return t.Meta
	}
	return TypeType
}

// BinOp identifies a binary operator.
type BinOp uint8

// Binary operators (same order as syntax.Operator).
const (
	OpAdd BinOp = iota
	OpSub
	OpMul
	OpMatMul
	OpTrueDiv
	OpMod
	OpPow
	OpLShift
	OpRShift
	OpOr
	OpXor
	OpAnd
	OpFloorDiv
	numBinOps
)

var binOpSymbols = [...]string{"+", "-", "*", "@", "/", "%", "** or pow()", "<<", ">>", "|", "^", "&", "//"}
var binOpDunders = [...]string{"__add__", "__sub__", "__mul__", "__matmul__", "__truediv__", "__mod__", "__pow__", "__lshift__", "__rshift__", "__or__", "__xor__", "__and__", "__floordiv__"}
var binOpRDunders = [...]string{"__radd__", "__rsub__", "__rmul__", "__rmatmul__", "__rtruediv__", "__rmod__", "__rpow__", "__rlshift__", "__rrshift__", "__ror__", "__rxor__", "__rand__", "__rfloordiv__"}
var binOpIDunders = [...]string{"__iadd__", "__isub__", "__imul__", "__imatmul__", "__itruediv__", "__imod__", "__ipow__", "__ilshift__", "__irshift__", "__ior__", "__ixor__", "__iand__", "__ifloordiv__"}

// UnaryOp identifies a unary operator.
type UnaryOp uint8

// Unary operators.
const (
	OpNeg UnaryOp = iota
	OpPos
	OpInvert
	OpAbs
	OpInt
	OpFloat
	OpComplex
	numUnaryOps
)

var unaryDunders = [...]string{"__neg__", "__pos__", "__invert__", "__abs__", "__int__", "__float__", "__complex__"}
var unarySymbols = [...]string{"unary -", "unary +", "unary ~", "abs()", "int()", "float()", "complex()"}

// CmpOp identifies a rich comparison.
type CmpOp uint8

// Comparison operators.
const (
	CmpLT CmpOp = iota
	CmpLE
	CmpEQ
	CmpNE
	CmpGT
	CmpGE
)

var cmpSymbols = [...]string{"<", "<=", "==", "!=", ">", ">="}
var cmpDunders = [...]string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"}
var cmpSwapped = [...]CmpOp{CmpGT, CmpGE, CmpEQ, CmpNE, CmpLT, CmpLE}

// typeVersion is bumped whenever any class dict changes, invalidating
// every per-type attribute cache.
var typeVersion uint32 = 1

// Lookup finds name along t's MRO, returning nil if absent.
func (t *Type) Lookup(name string) Value {
	if t.cacheVersion == typeVersion {
		if v, ok := t.attrCache[name]; ok {
			return v
		}
	} else {
		t.attrCache = nil
		t.cacheVersion = typeVersion
	}
	var found Value
	for _, c := range t.MRO {
		if v := c.Dict.GetStr(name); v != nil {
			found = v
			break
		}
	}
	if t.attrCache == nil {
		t.attrCache = make(map[string]Value)
	}
	t.attrCache[name] = found
	return found
}

// IsSubtype reports whether t is sub (or equal to) base.
func (t *Type) IsSubtype(base *Type) bool {
	if t == base {
		return true
	}
	for _, c := range t.MRO {
		if c == base {
			return true
		}
	}
	return false
}

// QualName returns the name used in messages: "module.Name" for non-builtins
// where CPython shows it, else the bare name.
func (t *Type) QualName() string { return t.Name }

// IsInstance reports whether v is an instance of t (by type, not __instancecheck__).
func IsInstance(v Value, t *Type) bool {
	vt := v.Type()
	if vt == t {
		return true
	}
	return vt.IsSubtype(t)
}

// NewBuiltinType creates a built-in type named name deriving from base
// (nil means object). The caller fills slots and methods; see doc.go.
func NewBuiltinType(name string, base *Type) *Type {
	// One allocation for the type and its dict (about 160 built-in types
	// are made at start-up), one for its bases and MRO.
	td := &struct {
		t Type
		d Dict
	}{}
	t := &td.t
	td.d.noAccount = true
	t.Name, t.Module, t.Dict = name, "builtins", &td.d
	if base == nil && ObjectType != nil {
		base = ObjectType
	}
	if base != nil {
		t.Base = base
		bm := make([]*Type, 2+len(base.MRO))
		bm[0], bm[1] = base, t
		copy(bm[2:], base.MRO)
		t.Bases, t.MRO = bm[:1:1], bm[1:]
		t.Layout = base.Layout
		copySlots(t, base)
	} else {
		t.MRO = []*Type{t}
	}
	if t.Layout == nil || t.Layout == ObjectType {
		t.Layout = t
	}
	return t
}

// copySlots gives a new type with no slots of its own all of base's.
func copySlots(t, base *Type) {
	t.New, t.Init = base.New, base.Init
	t.Repr, t.Str, t.Hash, t.Compare, t.Bool = base.Repr, base.Str, base.Hash, base.Compare, base.Bool
	t.Len, t.Iter, t.Next = base.Len, base.Iter, base.Next
	t.GetItem, t.SetItem, t.Contains, t.Call = base.GetItem, base.SetItem, base.Contains, base.Call
	t.GetAttr, t.SetAttr, t.DescrGet, t.DescrSet = base.GetAttr, base.SetAttr, base.DescrGet, base.DescrSet
	t.Num, t.RNum, t.INum, t.Unary = base.Num, base.RNum, base.INum, base.Unary
	t.Index = base.Index
}

// inheritSlots copies every slot t does not set from base.
func inheritSlots(t, base *Type) {
	if t.New == nil {
		t.New = base.New
	}
	if t.Init == nil {
		t.Init = base.Init
	}
	if t.Repr == nil {
		t.Repr = base.Repr
	}
	if t.Str == nil {
		t.Str = base.Str
	}
	if t.Hash == nil {
		t.Hash = base.Hash
	}
	if t.Compare == nil {
		t.Compare = base.Compare
	}
	if t.Bool == nil {
		t.Bool = base.Bool
	}
	if t.Len == nil {
		t.Len = base.Len
	}
	if t.Iter == nil {
		t.Iter = base.Iter
	}
	if t.Next == nil {
		t.Next = base.Next
	}
	if t.GetItem == nil {
		t.GetItem = base.GetItem
	}
	if t.SetItem == nil {
		t.SetItem = base.SetItem
	}
	if t.Contains == nil {
		t.Contains = base.Contains
	}
	if t.Call == nil {
		t.Call = base.Call
	}
	if t.GetAttr == nil {
		t.GetAttr = base.GetAttr
	}
	if t.SetAttr == nil {
		t.SetAttr = base.SetAttr
	}
	if t.DescrGet == nil {
		t.DescrGet = base.DescrGet
	}
	if t.DescrSet == nil {
		t.DescrSet = base.DescrSet
	}
	for i := range t.Num {
		if t.Num[i] == nil {
			t.Num[i] = base.Num[i]
		}
		if t.RNum[i] == nil {
			t.RNum[i] = base.RNum[i]
		}
		if t.INum[i] == nil {
			t.INum[i] = base.INum[i]
		}
	}
	for i := range t.Unary {
		if t.Unary[i] == nil {
			t.Unary[i] = base.Unary[i]
		}
	}
	if t.Index == nil {
		t.Index = base.Index
	}
}

// AddMethod adds a built-in method to t's dict. fn receives the instance
// as self (already unwrapped to t's Go representation when t is built-in).
func (t *Type) AddMethod(name string, fn func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error)) {
	m := newTypeMethod()
	*m = Method{Name: name, Owner: t, Fn: fn, slot: isSlotDunder(name)}
	t.setDictStr(name, m)
}

// Start-up cost: the built-in types put about two thousand methods and
// getters in their dicts at package init, and allocating each method
// descriptor and its str key separately was a third of the process's
// start-up work. They live as long as their type (for ever), so they are
// carved out of chunks instead. Type construction, like the rest of the
// interpreter's global state, is single-threaded.
const typeChunk = 128

var (
	methodChunk []Method
	getSetChunk []GetSetDescr
	keyChunk    []Str
)

func newTypeMethod() *Method {
	if len(methodChunk) == 0 {
		methodChunk = make([]Method, typeChunk)
	}
	m := &methodChunk[0]
	methodChunk = methodChunk[1:]
	return m
}

func newTypeGetSet() *GetSetDescr {
	if len(getSetChunk) == 0 {
		getSetChunk = make([]GetSetDescr, typeChunk/4)
	}
	g := &getSetChunk[0]
	getSetChunk = getSetChunk[1:]
	return g
}

// setDictStr stores name: v in t's dict with a key from the chunk.
func (t *Type) setDictStr(name string, v Value) { setStrKey(t.Dict, name, v) }

// setStrKey is d.SetStr with the key carved from a chunk (for dicts that
// live as long as the interpreter: type and builtins dicts).
func setStrKey(d *Dict, name string, v Value) {
	if len(keyChunk) == 0 {
		keyChunk = make([]Str, typeChunk)
	}
	k := &keyChunk[0]
	keyChunk = keyChunk[1:]
	*k = Str{s: name, n: -1, rom: true}
	_ = d.setHashed(nil, k, strHash(name), v)
}

var builtinChunk []Builtin

// newBuiltinFunc returns a built-in function carved from a chunk (each
// interpreter's builtins module makes about seventy).
func newBuiltinFunc(name string, fn BuiltinFunc, self Value) *Builtin {
	if len(builtinChunk) == 0 {
		builtinChunk = make([]Builtin, typeChunk)
	}
	b := &builtinChunk[0]
	builtinChunk = builtinChunk[1:]
	*b = Builtin{Name: name, Fn: fn, Self: self}
	return b
}

// reserveDict makes room for n items in d without regrowing.
func reserveDict(d *Dict, n int) {
	if cap(d.entries) < n {
		e := make([]dictEntry, len(d.entries), n)
		copy(e, d.entries)
		d.entries = e
	}
	d.rebuild(n)
}

// AddClassMethod adds a built-in class method to t's dict.
func (t *Type) AddClassMethod(name string, fn func(th *Thread, cls *Type, args []Value, kw *Kwargs) (Value, error)) {
	t.Dict.SetStr(name, &ClassMethod{Func: &Builtin{Name: name, Fn: func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
		return fn(th, args[0].(*Type), args[1:], kw)
	}}})
}

// AddStaticMethod adds a built-in static method to t's dict.
func (t *Type) AddStaticMethod(name string, fn BuiltinFunc) {
	t.Dict.SetStr(name, &StaticMethod{Func: &Builtin{Name: name, Fn: fn}})
}

// AddGetter adds a read-only attribute computed by get.
func (t *Type) AddGetter(name string, get func(th *Thread, self Value) (Value, error)) {
	g := newTypeGetSet()
	*g = GetSetDescr{Name: name, Owner: t, Get: get}
	t.setDictStr(name, g)
}

// AddGetSet adds an attribute computed by get and set by set.
func (t *Type) AddGetSet(name string, get func(th *Thread, self Value) (Value, error), set func(th *Thread, self, val Value) error) {
	g := newTypeGetSet()
	*g = GetSetDescr{Name: name, Owner: t, Get: get, Set: set}
	t.setDictStr(name, g)
}

// SetAttrStr sets a class attribute and invalidates attribute caches.
func (t *Type) SetAttrStr(name string, v Value) {
	t.Dict.SetStr(name, v)
	typeVersion++
}
