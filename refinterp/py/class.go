package py

import (
	"strconv"
)

// allUserTypes lists classes created by class statements (for slot refresh).
var allUserTypes []*Type

func objectRepr(v Value) string {
	t := v.Type()
	mod := t.Module
	prefix := "<"
	if mod != "" && mod != "builtins" {
		prefix += mod + "."
	}
	return prefix + t.qualName() + " object at " + addrOf(v) + ">"
}

func (t *Type) qualName() string {
	if t.qual != "" {
		return t.qual
	}
	return t.Name
}

// addDictWeakref gives a new class the __dict__ and __weakref__ descriptors
// CPython puts in the dict of the first class of a hierarchy that has them
// (so that vars(C) and dir() list them as CPython does).
func addDictWeakref(t, lay *Type) {
	if t.slotNames != nil {
		return
	}
	hasDict, hasWeak := false, false
	for _, b := range t.MRO[1:] {
		if b.Dict.GetStr("__dict__") != nil {
			hasDict = true
		}
		if b.Dict.GetStr("__weakref__") != nil {
			hasWeak = true
		}
	}
	if lay != nil && lay.Flags&FlagException != 0 {
		hasDict = true
	}
	switch lay {
	case IntType, TupleType, BytesType, SetType, FrozenSetType, BoolType, ComplexType:
		hasWeak = true
	}
	if !hasDict {
		d := *objectDictDescr
		d.Owner = t
		t.Dict.SetStr("__dict__", &d)
	}
	if !hasWeak {
		t.Dict.SetStr("__weakref__", &GetSetDescr{Name: "__weakref__", Owner: t, Get: func(th *Thread, self Value) (Value, error) { return None, nil }})
	}
}

var idCounter uint64 = 0x7f0000001000
var idMap map[any]uint64

// Id returns a stable identity number for v (id()).
func Id(v Value) uint64 {
	switch v.(type) {
	case Int, Float, Bool, Complex, Tuple:
		// value types: not addressable; derive from the value
	}
	if idMap == nil {
		idMap = map[any]uint64{}
	}
	var key any = v
	switch x := v.(type) {
	case Tuple:
		if len(x) == 0 {
			return 0x7f0000000100
		}
		key = &x[0]
	case kwNamesValue:
		return 0x7f0000000200
	}
	if id, ok := idMap[key]; ok {
		return id
	}
	idCounter += 48
	idMap[key] = idCounter
	return idCounter
}

func addrOf(v Value) string {
	return "0x" + strconv.FormatUint(Id(v), 16)
}

func objectCompare(th *Thread, a, b Value, op CmpOp) (Value, error) {
	switch op {
	case CmpEQ:
		if same(a, b) {
			return True, nil
		}
		return NotImplemented, nil
	case CmpNE:
		t := a.Type()
		if t.Compare == nil {
			return NotImplemented, nil
		}
		r, err := t.Compare(th, a, b, CmpEQ)
		if err != nil || r == NotImplemented {
			return r, err
		}
		x, err := Truth(th, r)
		return MakeBool(!x), err
	}
	return NotImplemented, nil
}

func objectNew(th *Thread, cls *Type, args []Value, kw *Kwargs) (Value, error) {
	if (len(args) > 0 || kw.Len() > 0) && !cls.hasUser("__init__") && !cls.hasUser("__new__") {
		return nil, Errorf(TypeErrorType, cls.Name, "() takes no arguments")
	}
	if cls.Flags&FlagUser == 0 && cls != ObjectType {
		return nil, Errorf(TypeErrorType, "object.__new__(", cls.Name, ") is not safe, use ", cls.Name, ".__new__()")
	}
	if cls == ObjectType {
		accountBytes(16)
		return &Instance{Class: ObjectType}, nil // plain object(): no __dict__
	}
	return newInstance(th, cls, nil, nil)
}

// newInstance creates an instance of a Python class with its layout.
func newInstance(th *Thread, cls *Type, args []Value, kw *Kwargs) (Value, error) {
	lay := cls.Layout
	if lay == nil || lay == ObjectType || lay == cls {
		accountBytes(16 + 32)
		return allocInstance(cls, cls.instHint), nil
	}
	if lay.Flags&FlagException != 0 {
		accountBytes(32)
		return &Exception{Class: cls, Args: append(Tuple(nil), args...)}, nil
	}
	if lay == TypeType {
		// A metaclass without its own __new__: the class it makes is a
		// real type whose metaclass is cls, not an instance wrapping one.
		return typeNew(th, cls, args, kw)
	}
	base, err := lay.New(th, lay, args, kw)
	if err != nil {
		return nil, err
	}
	accountBytes(16 + 32)
	return &Instance{Class: cls, Dict: NewDict(), Base: base}, nil
}

func objectInit(th *Thread, self Value, args []Value, kw *Kwargs) error {
	if len(args) > 0 || kw.Len() > 0 {
		t := self.Type()
		if t.Flags&FlagUser == 0 || (t.Layout != nil && t.Layout != ObjectType && t.Layout != t) {
			return nil
		}
		if t.hasUser("__init__") {
			return Errorf(TypeErrorType, "object.__init__() takes exactly one argument (the instance to initialize)")
		}
		if !t.hasUser("__new__") {
			return Errorf(TypeErrorType, t.Name, "() takes no arguments")
		}
	}
	return nil
}

// hasUser reports whether a Python class in t's MRO defines name.
func (t *Type) hasUser(name string) bool {
	for _, c := range t.MRO {
		if c.Flags&FlagUser == 0 {
			return false
		}
		if c.Dict.GetStr(name) != nil {
			return true
		}
	}
	return false
}

// userLookup finds name in t's MRO if a Python class defines it before any
// built-in class does.
func (t *Type) userLookup(name string) Value {
	for _, c := range t.MRO {
		if x := c.Dict.GetStr(name); x != nil {
			if c.Flags&FlagUser == 0 {
				return nil
			}
			return x
		}
	}
	return nil
}

func callType(th *Thread, cls *Type, args []Value, kw *Kwargs) (Value, error) {
	if cls == TypeType {
		if len(args) == 1 && kw.Len() == 0 {
			return args[0].Type(), nil
		}
		if len(args) != 3 {
			return nil, Errorf(TypeErrorType, "type() takes 1 or 3 arguments")
		}
	}
	if meta := cls.Meta; meta != nil && meta.Flags&FlagUser != 0 {
		if c := meta.userLookup("__call__"); c != nil {
			return callBound(th, c, cls, args, kw)
		}
	}
	return typeCallDefault(th, cls, args, kw)
}

// typeCallDefault is type.__call__: __new__ then __init__.
func typeCallDefault(th *Thread, cls *Type, args []Value, kw *Kwargs) (Value, error) {
	if cls.New == nil {
		return nil, Errorf(TypeErrorType, "cannot create '", cls.Name, "' instances")
	}
	obj, err := cls.New(th, cls, args, kw)
	if err != nil {
		return nil, err
	}
	ot := obj.Type()
	if ot.Init != nil && ot.IsSubtype(cls) {
		if err := ot.Init(th, obj, args, kw); err != nil {
			return nil, err
		}
		if in, ok := obj.(*Instance); ok {
			if n := in.attrCount(); n > cls.instHint && n <= 64 {
				cls.instHint = n
			}
		}
	}
	return obj, nil
}

// typeNew implements type(name, bases, dict) and metaclass creation.
func typeNew(th *Thread, meta *Type, args []Value, kw *Kwargs) (Value, error) {
	if len(args) != 3 {
		return nil, Errorf(TypeErrorType, "type.__new__() takes exactly 3 arguments (", strconv.Itoa(len(args)), " given)")
	}
	name, ok := args[0].(*Str)
	if !ok {
		return nil, Errorf(TypeErrorType, "type.__new__() argument 1 must be str, not ", TypeName(args[0]))
	}
	bt, ok := args[1].(Tuple)
	if !ok {
		return nil, Errorf(TypeErrorType, "type.__new__() argument 2 must be tuple, not ", TypeName(args[1]))
	}
	ns, ok := args[2].(*Dict)
	if !ok {
		return nil, Errorf(TypeErrorType, "type.__new__() argument 3 must be dict, not ", TypeName(args[2]))
	}
	var bases []*Type
	for _, b := range bt {
		t, ok := b.(*Type)
		if !ok {
			return nil, Errorf(TypeErrorType, "bases must be types")
		}
		bases = append(bases, t)
	}
	return NewClass(th, meta, name.s, bases, ns, kw)
}

// NewClass creates a class like a class statement does.
func NewClass(th *Thread, meta *Type, name string, bases []*Type, ns *Dict, kw *Kwargs) (*Type, error) {
	if len(bases) == 0 {
		bases = []*Type{ObjectType}
	}
	for _, b := range bases {
		if b.Flags&FlagBaseType == 0 {
			return nil, Errorf(TypeErrorType, "type '", b.Name, "' is not an acceptable base type")
		}
	}
	t := &Type{Name: name, Bases: bases, Base: bases[0], Flags: FlagUser | FlagBaseType}
	if meta != nil && meta != TypeType {
		t.Meta = meta
	}
	t.Dict = newDictNoAccount()
	accountBytes(64 + blocks(ns.Len()*12))
	_ = t.Dict.Update(th, ns)
	if m := ns.GetStr("__module__"); m != nil {
		if s, ok := m.(*Str); ok {
			t.Module = s.s
		}
	}
	if d := ns.GetStr("__doc__"); d != nil {
		if s, ok := d.(*Str); ok {
			t.Doc = s.s
		}
	}
	if q, ok := t.Dict.GetStr("__qualname__").(*Str); ok {
		t.qual = q.s
	}
	t.Dict.DelStr("__qualname__")
	mro, err := c3(t, bases)
	if err != nil {
		return nil, err
	}
	t.MRO = mro
	// layout: the most derived built-in layout among the bases
	var lay *Type
	for _, b := range bases {
		bl := b.Layout
		if bl == nil || bl == ObjectType {
			continue
		}
		if lay == nil || bl.IsSubtype(lay) {
			lay = bl
		} else if !lay.IsSubtype(bl) {
			return nil, Errorf(TypeErrorType, "multiple bases have instance lay-out conflict")
		}
	}
	if lay == nil {
		lay = ObjectType
	}
	t.Layout = lay
	if lay.Flags&FlagException != 0 {
		t.Flags |= FlagException
	}
	for _, special := range []string{"__init_subclass__", "__class_getitem__"} {
		if f, ok := t.Dict.GetStr(special).(*Function); ok {
			t.Dict.SetStr(special, &ClassMethod{Func: f})
		}
	}
	if f, ok := t.Dict.GetStr("__new__").(*Function); ok {
		t.Dict.SetStr("__new__", &StaticMethod{Func: f})
	}
	if t.Dict.GetStr("__eq__") != nil && t.Dict.GetStr("__hash__") == nil {
		t.Dict.SetStr("__hash__", None)
	}
	if sl := t.Dict.GetStr("__slots__"); sl != nil {
		names := map[string]bool{}
		var list []Value
		if s, ok := sl.(*Str); ok {
			list = []Value{s}
		} else {
			list, _ = ToSlice(th, sl)
		}
		hasDict := false
		for _, v := range list {
			if s, ok := v.(*Str); ok {
				names[s.s] = true
				if s.s == "__dict__" {
					hasDict = true
				} else if s.s != "__weakref__" {
					if ns.GetStr(s.s) != nil {
						return nil, Errorf(ValueErrorType, "'", s.s, "' in __slots__ conflicts with class variable")
					}
					t.Dict.SetStr(s.s, &MemberDescr{Name: s.s, Owner: t})
				}
			}
		}
		restricted := !hasDict
		for _, b := range t.MRO[1:] {
			if b.Flags&FlagUser != 0 {
				if b.slotNames == nil {
					restricted = false
				}
				for n := range b.slotNames {
					names[n] = true
				}
			}
		}
		if restricted {
			t.slotNames = names
		}
	}
	addDictWeakref(t, lay)
	noteDelClass(t)
	if t.Dict.GetStr("__doc__") == nil {
		t.Dict.SetStr("__doc__", None)
	}
	typeVersion++
	fillSlots(t)
	allUserTypes = append(allUserTypes, t)
	// __set_name__
	keys, vals := t.Dict.Items()
	for i, k := range keys {
		v := vals[i]
		if _, ok := v.(*Instance); ok {
			if sn := v.Type().Lookup("__set_name__"); sn != nil {
				if _, err := callBound(th, sn, v, []Value{t, k}, nil); err != nil {
					return nil, err
				}
			}
		}
	}
	// __init_subclass__ of the parent
	for _, c := range t.MRO[1:] {
		if is := c.Dict.GetStr("__init_subclass__"); is != nil {
			if cm, ok := is.(*ClassMethod); ok {
				if _, err := callBound(th, cm.Func, t, nil, kw); err != nil {
					return nil, err
				}
			} else if kw.Len() > 0 {
				return nil, Errorf(TypeErrorType, t.Name, ".__init_subclass__() takes no keyword arguments")
			}
			break
		}
	}
	return t, nil
}

func c3(t *Type, bases []*Type) ([]*Type, error) {
	var seqs [][]*Type
	for _, b := range bases {
		seqs = append(seqs, append([]*Type(nil), b.MRO...))
	}
	seqs = append(seqs, append([]*Type(nil), bases...))
	out := []*Type{t}
	for {
		empty := true
		for _, s := range seqs {
			if len(s) > 0 {
				empty = false
			}
		}
		if empty {
			return out, nil
		}
		var cand *Type
		for _, s := range seqs {
			if len(s) == 0 {
				continue
			}
			c := s[0]
			inTail := false
			for _, s2 := range seqs {
				for _, x := range s2[min(1, len(s2)):] {
					if x == c {
						inTail = true
					}
				}
			}
			if !inTail {
				cand = c
				break
			}
		}
		if cand == nil {
			names := ""
			for i, b := range bases {
				if i > 0 {
					names += ", "
				}
				names += b.Name
			}
			return nil, Errorf(TypeErrorType, "Cannot create a consistent method resolution\norder (MRO) for bases ", names)
		}
		out = append(out, cand)
		for i, s := range seqs {
			if len(s) > 0 && s[0] == cand {
				seqs[i] = s[1:]
			}
		}
	}
}

// callDunder calls the special method f (found on the class) with self.
func callDunder(th *Thread, f Value, self Value, args ...Value) (Value, error) {
	switch fn := f.(type) {
	case *Function:
		all := make([]Value, len(args)+1)
		all[0] = self
		copy(all[1:], args)
		return th.callFunction(fn, all, nil)
	case *Method:
		return fn.call(th, self, args, nil)
	}
	b, err := bindDescr(th, f, self, self.Type())
	if err != nil {
		return nil, err
	}
	return Call(th, b, args, nil)
}

// fillSlots sets the Go slots of a Python class from its dunder methods.
func fillSlots(t *Type) {
	lay := t.Layout
	if lay == nil {
		lay = ObjectType
	}
	// start from the layout type's slots
	t.New, t.Init = nil, nil
	t.Repr, t.Str, t.Hash, t.Compare, t.Bool, t.Len = nil, nil, nil, nil, nil, nil
	t.Iter, t.Next, t.GetItem, t.SetItem, t.Contains, t.Call = nil, nil, nil, nil, nil, nil
	t.GetAttr, t.SetAttr, t.DescrGet, t.DescrSet, t.Index = nil, nil, nil, nil, nil
	for i := range t.Num {
		t.Num[i], t.RNum[i], t.INum[i] = nil, nil, nil
	}
	for i := range t.Unary {
		t.Unary[i] = nil
	}
	wrapped := lay != ObjectType && lay.Flags&FlagException == 0
	if wrapped {
		inheritWrapped(t, lay)
	} else {
		inheritSlots(t, lay)
	}
	t.New = newInstance
	if t.userLookup("__new__") != nil {
		t.New = func(th *Thread, cls *Type, args []Value, kw *Kwargs) (Value, error) {
			f := cls.Lookup("__new__")
			if sm, ok := f.(*StaticMethod); ok {
				f = sm.Func
			}
			all := append([]Value{cls}, args...)
			return Call(th, f, all, kw)
		}
	}
	if t.userLookup("__init__") != nil {
		t.Init = func(th *Thread, self Value, args []Value, kw *Kwargs) error {
			st := self.Type()
			if st.initVer != typeVersion {
				st.initFn, st.initVer = st.Lookup("__init__"), typeVersion
			}
			f := st.initFn
			var r Value
			var err error
			if fn, ok := f.(*Function); ok {
				var buf [6]Value
				var all []Value
				if len(args) < len(buf) {
					all = buf[:len(args)+1]
				} else {
					all = make([]Value, len(args)+1)
				}
				all[0] = self
				copy(all[1:], args)
				r, err = th.callFunction(fn, all, kw)
			} else {
				r, err = callBound(th, f, self, args, kw)
			}
			if err != nil {
				return err
			}
			if r != None {
				return Errorf(TypeErrorType, "__init__() should return None, not '", TypeName(r), "'")
			}
			return nil
		}
	} else if lay == ObjectType {
		t.Init = objectInit
	}
	if t.userLookup("__repr__") != nil {
		t.Repr = func(th *Thread, v Value) (string, error) {
			r, err := callDunder(th, v.Type().Lookup("__repr__"), v)
			if err != nil {
				return "", err
			}
			s, ok := r.(*Str)
			if !ok {
				return "", Errorf(TypeErrorType, "__repr__ returned non-string (type ", TypeName(r), ")")
			}
			return s.s, nil
		}
		if t.userLookup("__str__") == nil && (lay == ObjectType || lay.Flags&FlagException != 0) {
			t.Str = t.Repr
		}
	}
	if t.userLookup("__str__") != nil {
		t.Str = func(th *Thread, v Value) (string, error) {
			r, err := callDunder(th, v.Type().Lookup("__str__"), v)
			if err != nil {
				return "", err
			}
			s, ok := r.(*Str)
			if !ok {
				return "", Errorf(TypeErrorType, "__str__ returned non-string (type ", TypeName(r), ")")
			}
			return s.s, nil
		}
	}
	if h := t.userLookup("__hash__"); h != nil {
		if h == None {
			t.Hash = nil
		} else {
			t.Hash = func(th *Thread, v Value) (int64, error) {
				r, err := callDunder(th, v.Type().Lookup("__hash__"), v)
				if err != nil {
					return 0, err
				}
				switch x := r.(type) {
				case Int:
					return intHash(int64(x)), nil
				case *BigInt:
					return Hash(th, x)
				}
				return 0, Errorf(TypeErrorType, "__hash__ method should return an integer")
			}
		}
	} else if t.userLookup("__eq__") != nil {
		t.Hash = nil
	}
	hasCmp := false
	for _, d := range cmpDunders {
		if t.userLookup(d) != nil {
			hasCmp = true
		}
	}
	if hasCmp {
		inherited := t.Compare
		t.Compare = func(th *Thread, a, b Value, op CmpOp) (Value, error) {
			f := a.Type().Lookup(cmpDunders[op])
			if f == nil || a.Type().userLookup(cmpDunders[op]) == nil {
				if op == CmpNE {
					if eq := a.Type().userLookup("__eq__"); eq != nil {
						r, err := callDunder(th, eq, a, b)
						if err != nil || r == NotImplemented {
							return r, err
						}
						x, err := Truth(th, r)
						return MakeBool(!x), err
					}
				}
				if inherited != nil {
					return inherited(th, a, b, op)
				}
				return NotImplemented, nil
			}
			return callDunder(th, f, a, b)
		}
	}
	if t.userLookup("__bool__") != nil {
		t.Bool = func(th *Thread, v Value) (bool, error) {
			r, err := callDunder(th, v.Type().Lookup("__bool__"), v)
			if err != nil {
				return false, err
			}
			b, ok := r.(Bool)
			if !ok {
				return false, Errorf(TypeErrorType, "__bool__ should return bool, returned ", TypeName(r))
			}
			return bool(b), nil
		}
	}
	if t.userLookup("__len__") != nil {
		t.Len = func(th *Thread, v Value) (int, error) {
			r, err := callDunder(th, v.Type().Lookup("__len__"), v)
			if err != nil {
				return 0, err
			}
			n, ok := r.(Int)
			if !ok {
				if _, isBool := r.(Bool); isBool {
					b, _ := Truth(th, r)
					if b {
						return 1, nil
					}
					return 0, nil
				}
				return 0, Errorf(TypeErrorType, "'", TypeName(r), "' object cannot be interpreted as an integer")
			}
			if n < 0 {
				return 0, Errorf(ValueErrorType, "__len__() should return >= 0")
			}
			return int(n), nil
		}
	}
	if it := t.userLookup("__iter__"); it == None {
		t.Iter = nil // __iter__ = None: explicitly not iterable
	} else if it != nil {
		t.Iter = func(th *Thread, v Value) (Value, error) {
			r, err := callDunder(th, v.Type().Lookup("__iter__"), v)
			if err != nil {
				return nil, err
			}
			if r.Type().Next == nil {
				return nil, Errorf(TypeErrorType, "iter() returned non-iterator of type '", TypeName(r), "'")
			}
			return r, nil
		}
	}
	if t.userLookup("__next__") != nil {
		t.Next = func(th *Thread, v Value) (Value, error) {
			r, err := callDunder(th, v.Type().Lookup("__next__"), v)
			if err != nil {
				if e, ok := err.(*Exception); ok && e.Class.IsSubtype(StopIterationType) {
					return nil, nil
				}
				return nil, err
			}
			return r, nil
		}
	}
	if t.userLookup("__getitem__") != nil {
		t.GetItem = func(th *Thread, v, key Value) (Value, error) {
			return callDunder(th, v.Type().Lookup("__getitem__"), v, key)
		}
	}
	if lay == DictType && t.userLookup("__missing__") != nil {
		inherited := t.GetItem
		t.GetItem = func(th *Thread, v, key Value) (Value, error) {
			if f := v.Type().userLookup("__getitem__"); f != nil {
				return callDunder(th, f, v, key)
			}
			r, err := unwrapV(v).(*Dict).Get(th, key)
			if err != nil {
				return nil, err
			}
			if r != nil {
				return r, nil
			}
			if m := v.Type().Lookup("__missing__"); m != nil {
				return callDunder(th, m, v, key)
			}
			return inherited(th, v, key)
		}
	}
	if t.userLookup("__setitem__") != nil || t.userLookup("__delitem__") != nil {
		inherited := t.SetItem
		t.SetItem = func(th *Thread, v, key, val Value) error {
			name := "__setitem__"
			if val == nil {
				name = "__delitem__"
			}
			if f := v.Type().userLookup(name); f != nil {
				var err error
				if val == nil {
					_, err = callDunder(th, f, v, key)
				} else {
					_, err = callDunder(th, f, v, key, val)
				}
				return err
			}
			if inherited != nil {
				return inherited(th, v, key, val)
			}
			if val == nil {
				return Errorf(AttributeErrorType, "__delitem__")
			}
			return Errorf(AttributeErrorType, "__setitem__")
		}
	}
	if t.userLookup("__contains__") != nil {
		t.Contains = func(th *Thread, v, x Value) (bool, error) {
			r, err := callDunder(th, v.Type().Lookup("__contains__"), v, x)
			if err != nil {
				return false, err
			}
			return Truth(th, r)
		}
	}
	if t.userLookup("__call__") != nil {
		t.Call = func(th *Thread, fn Value, args []Value, kw *Kwargs) (Value, error) {
			return callBound(th, fn.Type().Lookup("__call__"), fn, args, kw)
		}
	}
	ga, gat := t.userLookup("__getattr__"), t.userLookup("__getattribute__")
	if ga != nil || gat != nil {
		inherited := t.GetAttr
		t.GetAttr = func(th *Thread, v Value, name string) (Value, error) {
			vt := v.Type()
			var r Value
			var err error
			if f := vt.userLookup("__getattribute__"); f != nil {
				r, err = callDunder(th, f, v, NewStr(name))
			} else if inherited != nil {
				r, err = inherited(th, v, name)
			} else {
				r, err = GenericGetAttr(th, v, name)
			}
			if err != nil && isAttrError(err) {
				if f := vt.userLookup("__getattr__"); f != nil {
					return callDunder(th, f, v, NewStr(name))
				}
			}
			return r, err
		}
	}
	if t.slotNames != nil && t.userLookup("__setattr__") == nil {
		slots := t.slotNames
		t.SetAttr = func(th *Thread, v Value, name string, val Value) error {
			if !slots[name] {
				if d := v.Type().Lookup(name); d == nil || d.Type().DescrSet == nil {
					return attrError(v, name)
				}
			}
			return GenericSetAttr(th, v, name, val)
		}
	}
	if t.userLookup("__setattr__") != nil || t.userLookup("__delattr__") != nil {
		inherited := t.SetAttr
		t.SetAttr = func(th *Thread, v Value, name string, val Value) error {
			if val == nil {
				if f := v.Type().userLookup("__delattr__"); f != nil {
					_, err := callDunder(th, f, v, NewStr(name))
					return err
				}
			} else if f := v.Type().userLookup("__setattr__"); f != nil {
				_, err := callDunder(th, f, v, NewStr(name), val)
				return err
			}
			if inherited != nil {
				return inherited(th, v, name, val)
			}
			return GenericSetAttr(th, v, name, val)
		}
	}
	if t.userLookup("__get__") != nil {
		t.DescrGet = func(th *Thread, d, obj Value, typ *Type) (Value, error) {
			o := obj
			if o == nil {
				o = None
			}
			return callDunder(th, d.Type().Lookup("__get__"), d, o, typ)
		}
	}
	if t.userLookup("__set__") != nil || t.userLookup("__delete__") != nil {
		t.DescrSet = func(th *Thread, d, obj, val Value) error {
			if val == nil {
				f := d.Type().userLookup("__delete__")
				if f == nil {
					return Errorf(AttributeErrorType, "__delete__")
				}
				_, err := callDunder(th, f, d, obj)
				return err
			}
			f := d.Type().userLookup("__set__")
			if f == nil {
				return Errorf(AttributeErrorType, "__set__")
			}
			_, err := callDunder(th, f, d, obj, val)
			return err
		}
		if t.DescrGet == nil {
			t.DescrGet = func(th *Thread, d, obj Value, typ *Type) (Value, error) { return d, nil }
		}
	}
	for i := 0; i < int(numBinOps); i++ {
		op := i
		if t.userLookup(binOpDunders[op]) != nil {
			t.Num[op] = func(th *Thread, a, b Value) (Value, error) {
				f := a.Type().Lookup(binOpDunders[op])
				return callDunder(th, f, a, b)
			}
		}
		if t.userLookup(binOpRDunders[op]) != nil {
			t.RNum[op] = func(th *Thread, self, other Value) (Value, error) {
				f := self.Type().Lookup(binOpRDunders[op])
				return callDunder(th, f, self, other)
			}
		}
		if t.userLookup(binOpIDunders[op]) != nil {
			t.INum[op] = func(th *Thread, a, b Value) (Value, error) {
				f := a.Type().Lookup(binOpIDunders[op])
				return callDunder(th, f, a, b)
			}
		}
	}
	for i := 0; i < int(numUnaryOps); i++ {
		op := i
		if t.userLookup(unaryDunders[op]) != nil {
			t.Unary[op] = func(th *Thread, v Value) (Value, error) {
				return callDunder(th, v.Type().Lookup(unaryDunders[op]), v)
			}
		}
	}
	if t.userLookup("__index__") != nil {
		t.Index = func(th *Thread, v Value) (Value, error) {
			r, err := callDunder(th, v.Type().Lookup("__index__"), v)
			if err != nil {
				return nil, err
			}
			switch r.(type) {
			case Int, *BigInt:
				return r, nil
			}
			return nil, Errorf(TypeErrorType, "__index__ returned non-int (type ", TypeName(r), ")")
		}
	}
}

func unwrapV(v Value) Value {
	if in, ok := v.(*Instance); ok && in.Base != nil {
		return in.Base
	}
	return v
}

// inheritWrapped installs the slots of built-in type lay, unwrapping
// instances of Python subclasses to their built-in value first.
func inheritWrapped(t, lay *Type) {
	if lay.IsSubtype(TypeType) || lay == ModuleType {
		// metaclasses and module subclasses: instances are not wrapped
		inheritSlots(t, lay)
		return
	}
	if f := lay.Repr; f != nil {
		t.Repr = func(th *Thread, v Value) (string, error) { return f(th, unwrapV(v)) }
	}
	if f := lay.Str; f != nil {
		t.Str = func(th *Thread, v Value) (string, error) { return f(th, unwrapV(v)) }
	}
	if f := lay.Hash; f != nil {
		t.Hash = func(th *Thread, v Value) (int64, error) { return f(th, unwrapV(v)) }
	}
	if f := lay.Compare; f != nil {
		t.Compare = func(th *Thread, a, b Value, op CmpOp) (Value, error) { return f(th, unwrapV(a), unwrapV(b), op) }
	}
	if f := lay.Bool; f != nil {
		t.Bool = func(th *Thread, v Value) (bool, error) { return f(th, unwrapV(v)) }
	}
	if f := lay.Len; f != nil {
		t.Len = func(th *Thread, v Value) (int, error) { return f(th, unwrapV(v)) }
	}
	if f := lay.Iter; f != nil {
		t.Iter = func(th *Thread, v Value) (Value, error) { return f(th, unwrapV(v)) }
	}
	if f := lay.GetItem; f != nil {
		t.GetItem = func(th *Thread, v, k Value) (Value, error) { return f(th, unwrapV(v), k) }
	}
	if f := lay.SetItem; f != nil {
		t.SetItem = func(th *Thread, v, k, x Value) error { return f(th, unwrapV(v), k, x) }
	}
	if f := lay.Contains; f != nil {
		t.Contains = func(th *Thread, v, x Value) (bool, error) { return f(th, unwrapV(v), x) }
	}
	if f := lay.Init; f != nil {
		t.Init = func(th *Thread, v Value, args []Value, kw *Kwargs) error { return f(th, unwrapV(v), args, kw) }
	}
	for i := range lay.Num {
		if f := lay.Num[i]; f != nil {
			t.Num[i] = func(th *Thread, a, b Value) (Value, error) { return f(th, unwrapV(a), unwrapV(b)) }
		}
		if f := lay.RNum[i]; f != nil {
			t.RNum[i] = func(th *Thread, a, b Value) (Value, error) { return f(th, unwrapV(a), unwrapV(b)) }
		}
		if f := lay.INum[i]; f != nil {
			t.INum[i] = func(th *Thread, a, b Value) (Value, error) {
				r, err := f(th, unwrapV(a), unwrapV(b))
				if r == unwrapV(a) {
					return a, err
				}
				return r, err
			}
		}
	}
	for i := range lay.Unary {
		if f := lay.Unary[i]; f != nil {
			t.Unary[i] = func(th *Thread, v Value) (Value, error) { return f(th, unwrapV(v)) }
		}
	}
	if f := lay.Index; f != nil {
		t.Index = func(th *Thread, v Value) (Value, error) { return f(th, unwrapV(v)) }
	}
}

// Super is a super() proxy.
type Super struct {
	This    *Type
	Obj     Value
	ObjType *Type
}

// Type returns SuperType.
func (*Super) Type() *Type { return SuperType }

func superGetAttr(th *Thread, v Value, name string) (Value, error) {
	s := v.(*Super)
	if name == "__class__" {
		return SuperType, nil // super's own attribute, not looked up past This
	}
	mro := s.ObjType.MRO
	i := 0
	for i < len(mro) && mro[i] != s.This {
		i++
	}
	for i++; i < len(mro); i++ {
		if x := mro[i].Dict.GetStr(name); x != nil {
			obj := s.Obj
			if obj == Value(s.ObjType) {
				obj = nil
			}
			if _, isSM := x.(*StaticMethod); isSM {
				return x.(*StaticMethod).Func, nil
			}
			if m, ok := x.(*Method); ok && obj == nil && name != "__new__" {
				return m, nil
			}
			return bindDescr(th, x, obj, s.ObjType)
		}
	}
	if name == "__class__" {
		return SuperType, nil
	}
	return nil, Errorf(AttributeErrorType, "'super' object has no attribute '", name, "'")
}

func superNew(th *Thread, cls *Type, args []Value, kw *Kwargs) (Value, error) {
	if len(args) == 0 {
		f := th.frame
		if f == nil || f.code.C.ArgCount == 0 && f.code.C.Flags&1 == 0 {
			return nil, Errorf(RuntimeErrorType, "super(): no arguments")
		}
		var classCell *Cell
		for i, n := range f.code.C.FreeVars {
			if n == "__class__" {
				classCell = f.cells[len(f.code.C.CellVars)+i]
			}
		}
		if classCell == nil {
			return nil, Errorf(RuntimeErrorType, "super(): __class__ cell not found")
		}
		cls, ok := classCell.V.(*Type)
		if !ok {
			return nil, Errorf(RuntimeErrorType, "super(): empty __class__ cell")
		}
		var first Value
		if len(f.code.C.CellParam) > 0 {
			for i, p := range f.code.C.CellParam {
				if p == 0 {
					first = f.cells[i].V
				}
			}
		}
		if first == nil {
			first = f.fast[0]
		}
		if first == nil {
			return nil, Errorf(RuntimeErrorType, "super(): arg[0] deleted")
		}
		return makeSuper(cls, first)
	}
	t, ok := args[0].(*Type)
	if !ok {
		return nil, Errorf(TypeErrorType, "super() argument 1 must be a type, not ", TypeName(args[0]))
	}
	if len(args) == 1 {
		return &Super{This: t, Obj: nil, ObjType: t}, nil
	}
	return makeSuper(t, args[1])
}

func makeSuper(cls *Type, obj Value) (Value, error) {
	if ot, ok := obj.(*Type); ok && ot.IsSubtype(cls) {
		return &Super{This: cls, Obj: ot, ObjType: ot}, nil
	}
	if !IsInstance(obj, cls) {
		return nil, Errorf(TypeErrorType, "super(type, obj): obj must be an instance or subtype of type")
	}
	return &Super{This: cls, Obj: obj, ObjType: obj.Type()}, nil
}

// MemberDescr is the descriptor of a __slots__ entry (member_descriptor).
// The value itself lives in the instance's dict.
type MemberDescr struct {
	Name  string
	Owner *Type
}

// Type returns MemberDescrType.
func (*MemberDescr) Type() *Type { return MemberDescrType }

// MemberDescrType is the type of __slots__ descriptors.
var MemberDescrType *Type

func initMemberDescrType() {
	t := NewBuiltinType("member_descriptor", nil)
	MemberDescrType = t
	t.DescrGet = func(th *Thread, d, obj Value, typ *Type) (Value, error) {
		m := d.(*MemberDescr)
		if obj == nil {
			return d, nil
		}
		if !obj.Type().IsSubtype(m.Owner) {
			return nil, Errorf(TypeErrorType, "descriptor '", m.Name, "' for '", m.Owner.Name, "' objects doesn't apply to a '", TypeName(obj), "' object")
		}
		if in, ok := obj.(*Instance); ok {
			if v := in.attrStr(m.Name); v != nil {
				return v, nil
			}
		} else if d := instanceDict(obj); d != nil {
			if v := d.GetStr(m.Name); v != nil {
				return v, nil
			}
		}
		e := Errorf(AttributeErrorType, "'", TypeName(obj), "' object has no attribute '", m.Name, "'")
		e.attrName, e.attrObj = m.Name, obj
		return nil, e
	}
	t.DescrSet = func(th *Thread, descr, obj, val Value) error {
		m := descr.(*MemberDescr)
		if in, ok := obj.(*Instance); ok && in.hasDict() && obj.Type().IsSubtype(m.Owner) {
			if val == nil {
				if !in.dict().DelStr(m.Name) {
					return attrError(obj, m.Name)
				}
				return nil
			}
			return in.setAttrStr(th, m.Name, val)
		}
		d := instanceDict(obj)
		if d == nil || !obj.Type().IsSubtype(m.Owner) {
			return Errorf(TypeErrorType, "descriptor '", m.Name, "' for '", m.Owner.Name, "' objects doesn't apply to a '", TypeName(obj), "' object")
		}
		if val == nil {
			if !d.DelStr(m.Name) {
				return attrError(obj, m.Name)
			}
			return nil
		}
		d.SetStr(m.Name, val)
		return nil
	}
	t.Repr = func(th *Thread, v Value) (string, error) {
		m := v.(*MemberDescr)
		return "<member '" + m.Name + "' of '" + m.Owner.Name + "' objects>", nil
	}
	t.AddGetter("__name__", func(th *Thread, self Value) (Value, error) { return NewStr(self.(*MemberDescr).Name), nil })
	t.AddGetter("__objclass__", func(th *Thread, self Value) (Value, error) { return self.(*MemberDescr).Owner, nil })
}
