package py

import (
	"strconv"

	"github.com/mptest/mptest/refinterp/compile"
)

// BuiltinFunc is the Go signature of a built-in function.
type BuiltinFunc func(th *Thread, args []Value, kw *Kwargs) (Value, error)

// Builtin is a built-in function (or a module-level Go function).
type Builtin struct {
	Name string
	Fn   BuiltinFunc
	Self Value // __self__ (module or nil)
}

// Type returns BuiltinFunctionType.
func (*Builtin) Type() *Type { return BuiltinFunctionType }

// NewBuiltin returns a built-in function value.
func NewBuiltin(name string, fn BuiltinFunc) *Builtin { return &Builtin{Name: name, Fn: fn} }

// Method is a built-in method descriptor stored in a built-in type's dict.
type Method struct {
	Name  string
	Owner *Type
	Fn    func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error)
	// slot marks a dunder CPython implements as a type slot: its type is
	// then wrapper_descriptor and, bound, method-wrapper.
	slot bool
}

// Type returns MethodDescriptorType (or WrapperDescriptorType for slot dunders).
func (m *Method) Type() *Type {
	if m.slot {
		return WrapperDescriptorType
	}
	return MethodDescriptorType
}

// WrapperDescriptorType and MethodWrapperType are the types of slot dunders
// of built-in types (object.__init__) and of those bound ((1).__add__).
var WrapperDescriptorType, MethodWrapperType *Type

// isSlotDunder reports whether name is a dunder CPython implements as a
// type slot wrapper rather than as a plain method.
func isSlotDunder(name string) bool {
	if len(name) < 5 || name[:2] != "__" || name[len(name)-2:] != "__" {
		return false
	}
	switch name[2 : len(name)-2] {
	case "format", "reduce", "reduce_ex", "sizeof", "dir", "getstate", "setstate", "getnewargs",
		"getnewargs_ex", "round", "trunc", "floor", "ceil", "reversed", "enter", "exit", "copy",
		"deepcopy", "class_getitem", "length_hint", "fspath", "bytes", "complex", "instancecheck",
		"subclasscheck", "subclasses", "prepare", "init_subclass", "subclasshook", "new", "missing",
		"aenter", "aexit", "array_interface", "getformat":
		return false
	}
	return true
}

// call invokes m on self, unwrapping a subclass instance to its built-in value.
func (m *Method) call(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
	if !IsInstance(self, m.Owner) {
		return nil, Errorf(TypeErrorType, "descriptor '", m.Name, "' for '", m.Owner.TPName(), "' objects doesn't apply to a '", self.Type().TPName(), "' object")
	}
	return m.Fn(th, unwrapBuiltin(self, m.Owner), args, kw)
}

// unwrapBuiltin returns the built-in value inside an instance of a Python
// subclass of a built-in type (class L(list)), else v itself.
func unwrapBuiltin(v Value, owner *Type) Value {
	if in, ok := v.(*Instance); ok && in.Base != nil && owner != ObjectType && owner.Flags&FlagUser == 0 {
		return in.Base
	}
	return v
}

// BoundMethod is a callable bound to its first argument.
type BoundMethod struct {
	Self Value
	Func Value
}

// Type returns MethodType, or BuiltinFunctionType for a built-in method
// bound to its object ([].append), as in CPython.
func (b *BoundMethod) Type() *Type {
	switch f := b.Func.(type) {
	case *Method:
		if f.slot {
			return MethodWrapperType
		}
		return BuiltinFunctionType
	case *Builtin:
		return BuiltinFunctionType
	}
	return MethodType
}

// builtinBoundNames returns the __name__ and __qualname__ of a built-in
// method bound to an object or class.
func builtinBoundNames(bm *BoundMethod) (name, qual string) {
	switch f := bm.Func.(type) {
	case *Method:
		return f.Name, f.Owner.Name + "." + f.Name
	case *Builtin:
		owner := bm.Self.Type().Name
		if t, ok := bm.Self.(*Type); ok {
			owner = t.Name
		}
		return f.Name, owner + "." + f.Name
	}
	return "", ""
}

// ClassMethod is a classmethod object.
type ClassMethod struct{ Func Value }

// Type returns ClassMethodType.
func (*ClassMethod) Type() *Type { return ClassMethodType }

// StaticMethod is a staticmethod object.
type StaticMethod struct{ Func Value }

// Type returns StaticMethodType.
func (*StaticMethod) Type() *Type { return StaticMethodType }

// Property is a property object.
type Property struct {
	Get, Set, Del Value // nil if absent
	Doc           Value
	cls           *Type
}

// Type returns PropertyType (or a subclass).
func (p *Property) Type() *Type {
	if p.cls != nil {
		return p.cls
	}
	return PropertyType
}

// GetSetDescr is an attribute of a built-in type computed in Go.
type GetSetDescr struct {
	Name  string
	Owner *Type
	Get   func(th *Thread, self Value) (Value, error)
	Set   func(th *Thread, self, val Value) error
}

// Type returns GetSetDescrType.
func (*GetSetDescr) Type() *Type { return GetSetDescrType }

// CodeObj is a code object: compiled code plus its constants as values.
type CodeObj struct {
	C      *compile.Code
	Consts []Value
	Names  []*Str
	cache  []inlineCache // per instruction, for LOAD_ATTR/LOAD_METHOD/STORE_ATTR
}

// inlineCache remembers the class attribute found for one instruction,
// and the position of the attribute in the last split key table seen
// there (positions never change: the tables only grow).
type inlineCache struct {
	t    *Type
	ver  uint32
	idx  int32
	v    Value
	keys *instKeys
}

// lookupCached is t.Lookup(name) memoised at instruction pc.
func (co *CodeObj) lookupCached(pc int, t *Type, name string) Value {
	c := &co.cache[pc]
	if c.t == t && c.ver == typeVersion {
		return c.v
	}
	return c.fill(t, name)
}

// fill is lookupCached's miss path, kept out of line so that the hit path
// inlines into the VM loop.
func (c *inlineCache) fill(t *Type, name string) Value {
	v := t.Lookup(name)
	c.t, c.ver, c.v = t, typeVersion, v
	return v
}

// Type returns CodeType.
func (*CodeObj) Type() *Type { return CodeType }

// NewCodeObj converts compiled code (and its nested code) into a code object.
func NewCodeObj(c *compile.Code) *CodeObj {
	if co, ok := c.Ext.(*CodeObj); ok {
		return co
	}
	co := &CodeObj{C: c}
	c.Ext = co
	co.Consts = make([]Value, len(c.Consts))
	for i, k := range c.Consts {
		co.Consts[i] = constValue(k)
	}
	co.cache = make([]inlineCache, len(c.Code))
	co.Names = make([]*Str, len(c.Names))
	for i, n := range c.Names {
		co.Names[i] = NewStrNoAccount(n)
	}
	return co
}

func constValue(k compile.Const) Value {
	switch x := k.(type) {
	case nil:
		return None
	case bool:
		return MakeBool(x)
	case int64:
		return MakeInt(x)
	case float64:
		return Float(x)
	case complex128:
		return Complex(x)
	case string:
		return NewStrNoAccount(x)
	case compile.Bytes:
		return &Bytes{b: []byte(x)}
	case compile.EllipsisConst:
		return Ellipsis
	case compile.Tuple:
		t := make(Tuple, len(x))
		for i, e := range x {
			t[i] = constValue(e)
		}
		return t
	case compile.KwNames:
		return kwNamesValue(x)
	case *compile.Code:
		return NewCodeObj(x)
	default:
		if b, ok := bigConst(k); ok {
			return b
		}
	}
	return None
}

type kwNamesValue []string

func (kwNamesValue) Type() *Type { return TupleType }

// Function is a function defined in Python.
type Function struct {
	Code       *CodeObj
	Name       string
	QualName   string
	Globals    *Dict
	Defaults   Tuple
	KwDefaults *Dict
	Closure    []*Cell
	Dict       *Dict
	Module     Value
	Doc        Value
}

// Type returns FunctionType.
func (*Function) Type() *Type { return FunctionType }

// Module is a module object.
type Module struct {
	Name string
	Dict *Dict
}

// Type returns ModuleType.
func (*Module) Type() *Type { return ModuleType }

// NewModule creates a module named name with __name__ set.
func NewModule(name string) *Module {
	m := &Module{Name: name, Dict: newDictNoAccount()}
	m.Dict.SetStr("__name__", NewStrNoAccount(name))
	m.Dict.SetStr("__doc__", None)
	return m
}

// AddFunc adds a Go function to the module.
func (m *Module) AddFunc(name string, fn BuiltinFunc) {
	m.Dict.SetStr(name, &Builtin{Name: name, Fn: fn, Self: m})
}

// Set sets a module attribute.
func (m *Module) Set(name string, v Value) { m.Dict.SetStr(name, v) }

// bindArgs fills the fast locals of a new frame from a call's arguments,
// raising CPython's TypeErrors.
func (fn *Function) bindArgs(th *Thread, locals []Value, args []Value, kw *Kwargs) error {
	co := fn.Code.C
	nparams := co.ArgCount
	flags := co.Flags
	npos := len(args)
	if kw.Len() == 0 && npos == nparams && co.KwOnlyCount == 0 && flags&(compile.FlagVarArgs|compile.FlagVarKw) == 0 {
		copy(locals, args)
		return nil
	}
	total := nparams + co.KwOnlyCount
	if npos > nparams {
		if flags&compile.FlagVarArgs == 0 {
			return fn.tooManyPositional(npos, kw)
		}
		copy(locals, args[:nparams])
		rest := make([]Value, npos-nparams)
		copy(rest, args[nparams:])
		locals[total] = NewTuple(rest)
	} else {
		copy(locals, args)
		if flags&compile.FlagVarArgs != 0 {
			locals[total] = EmptyTuple
		}
	}
	var kwdict *Dict
	if flags&compile.FlagVarKw != 0 {
		kwdict = NewDict()
		idx := total
		if flags&compile.FlagVarArgs != 0 {
			idx++
		}
		locals[idx] = kwdict
	}
	var posOnlyAsKw []string
	if kw != nil {
		for i, name := range kw.Names {
			j := -1
			for k := co.PosOnlyCount; k < total; k++ {
				if co.VarNames[k] == name {
					j = k
					break
				}
			}
			if j < 0 {
				if kwdict != nil {
					kwdict.SetStr(name, kw.Values[i])
					continue
				}
				for k := 0; k < co.PosOnlyCount; k++ {
					if co.VarNames[k] == name {
						posOnlyAsKw = append(posOnlyAsKw, name)
					}
				}
				if posOnlyAsKw != nil {
					continue
				}
				return Errorf(TypeErrorType, fn.QualName, "() got an unexpected keyword argument '", name, "'")
			}
			if locals[j] != nil {
				return Errorf(TypeErrorType, fn.QualName, "() got multiple values for argument '", name, "'")
			}
			locals[j] = kw.Values[i]
		}
	}
	if posOnlyAsKw != nil {
		return Errorf(TypeErrorType, fn.QualName, "() got some positional-only arguments passed as keyword arguments: '", joinNames(posOnlyAsKw, ", "), "'")
	}
	// defaults
	ndef := len(fn.Defaults)
	var missing []string
	for k := npos; k < nparams; k++ {
		if locals[k] == nil {
			if d := k - (nparams - ndef); d >= 0 {
				locals[k] = fn.Defaults[d]
			} else {
				missing = append(missing, co.VarNames[k])
			}
		}
	}
	if missing != nil {
		return fn.missing(missing, "positional")
	}
	for k := nparams; k < total; k++ {
		if locals[k] == nil {
			if fn.KwDefaults != nil {
				if d := fn.KwDefaults.GetStr(co.VarNames[k]); d != nil {
					locals[k] = d
					continue
				}
			}
			missing = append(missing, co.VarNames[k])
		}
	}
	if missing != nil {
		return fn.missing(missing, "keyword-only")
	}
	return nil
}

func joinNames(names []string, sep string) string {
	s := ""
	for i, n := range names {
		if i > 0 {
			s += sep
		}
		s += n
	}
	return s
}

func (fn *Function) missing(names []string, kind string) error {
	return missingArgs(fn.QualName, names, kind)
}

// missingArgs is CPython's "f() missing 2 required positional arguments:
// 'a' and 'b'".
func missingArgs(fname string, names []string, kind string) error {
	n := len(names)
	s := ""
	for i, name := range names {
		if i > 0 {
			if n == 2 {
				s += " and "
			} else if i == n-1 {
				s += ", and "
			} else {
				s += ", "
			}
		}
		s += "'" + name + "'"
	}
	plural := "argument"
	if n > 1 {
		plural = "arguments"
	}
	return Errorf(TypeErrorType, fname, "() missing ", strconv.Itoa(n), " required ", kind, " ", plural, ": ", s)
}

func (fn *Function) tooManyPositional(given int, kw *Kwargs) error {
	co := fn.Code.C
	nparams := co.ArgCount
	ndef := len(fn.Defaults)
	var takes string
	if ndef > 0 {
		takes = "from " + strconv.Itoa(nparams-ndef) + " to " + strconv.Itoa(nparams) + " positional arguments"
	} else {
		takes = strconv.Itoa(nparams) + " positional argument"
		if nparams != 1 {
			takes += "s"
		}
	}
	was := " were given"
	if given == 1 {
		was = " was given"
	}
	kwonly := 0
	if kw != nil {
		for _, name := range kw.Names {
			for k := nparams; k < nparams+co.KwOnlyCount; k++ {
				if co.VarNames[k] == name {
					kwonly++
				}
			}
		}
	}
	if kwonly > 0 {
		s := "s"
		if given == 1 {
			s = ""
		}
		ks := "s"
		if kwonly == 1 {
			ks = ""
		}
		return Errorf(TypeErrorType, fn.QualName, "() takes ", takes, " but ", strconv.Itoa(given), " positional argument", s, " (and ", strconv.Itoa(kwonly), " keyword-only argument", ks, ") were given")
	}
	return Errorf(TypeErrorType, fn.QualName, "() takes ", takes, " but ", strconv.Itoa(given), was)
}
