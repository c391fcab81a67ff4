package py

// Support for the match statement (PEP 634). The compiler turns patterns
// into ordinary bytecode plus one instruction, MATCH_OP, whose argument
// selects one of the operations below (see compile.MatchSequence etc.).

import "github.com/mptest/mptest/refinterp/compile"

// matchOp executes MATCH_OP with the given argument on the value stack and
// returns the new stack pointer.
func (th *Thread) matchOp(stack []Value, sp, arg int) (int, error) {
	switch arg & 0xf {
	case compile.MatchSequence:
		ok, err := th.isMatchSequence(stack[sp-1])
		if err != nil {
			return sp, err
		}
		stack[sp] = MakeBool(ok)
		return sp + 1, nil
	case compile.MatchMapping:
		ok, err := th.isMatchMapping(stack[sp-1])
		if err != nil {
			return sp, err
		}
		stack[sp] = MakeBool(ok)
		return sp + 1, nil
	case compile.MatchLen:
		n, err := Len(th, stack[sp-1])
		if err != nil {
			return sp, err
		}
		stack[sp] = MakeInt(int64(n))
		return sp + 1, nil
	case compile.MatchKeys:
		r, err := th.matchKeys(stack[sp-2], stack[sp-1])
		if err != nil {
			return sp, err
		}
		stack[sp] = r
		return sp + 1, nil
	case compile.MatchRest:
		r, err := th.matchRest(stack[sp-2], stack[sp-1])
		if err != nil {
			return sp, err
		}
		stack[sp] = r
		return sp + 1, nil
	case compile.MatchClass:
		r, err := th.matchClass(stack[sp-3], stack[sp-2], stack[sp-1], arg>>4)
		if err != nil {
			return sp, err
		}
		stack[sp-1], stack[sp-2] = nil, nil
		stack[sp-3] = r
		return sp - 2, nil
	}
	return sp, Errorf(SystemErrorType, "bad MATCH_OP argument")
}

// collectionsABC returns collections.abc.<name> if that module has been
// imported (user classes can only derive from or register with the ABCs
// after importing it), else nil.
func (th *Thread) collectionsABC(name string) Value {
	if th.Modules == nil {
		return nil
	}
	m := th.Modules.GetStr("collections.abc")
	if m == nil {
		return nil
	}
	v, ok := GetAttrNoErr(th, m, name)
	if !ok {
		return nil
	}
	return v
}

// isMatchSequence reports whether a sequence pattern may match v: a
// collections.abc.Sequence that is not a str, bytes or bytearray.
func (th *Thread) isMatchSequence(v Value) (bool, error) {
	switch v.(type) {
	case *List, Tuple:
		return true, nil
	case *Str, *Dict:
		return false, nil
	}
	t := v.Type()
	if t.IsSubtype(StrType) || t.IsSubtype(BytesType) || t.IsSubtype(ByteArrayType) || t.IsSubtype(DictType) {
		return false, nil
	}
	if t.IsSubtype(ListType) || t.IsSubtype(TupleType) || t.IsSubtype(RangeType) || t.IsSubtype(MemoryViewType) {
		return true, nil
	}
	for _, b := range t.MRO {
		// the sequence types defined by extension modules
		if (b.Module == "collections" && b.Name == "deque") || (b.Module == "array" && b.Name == "array") {
			return true, nil
		}
	}
	if abc := th.collectionsABC("Sequence"); abc != nil {
		return isInstanceOf(th, v, abc)
	}
	return false, nil
}

// isMatchMapping reports whether a mapping pattern may match v: a
// collections.abc.Mapping (dict and its subclasses among the built-ins).
func (th *Thread) isMatchMapping(v Value) (bool, error) {
	switch v.(type) {
	case *Dict:
		return true, nil
	case *List, Tuple, *Str:
		return false, nil
	}
	t := v.Type()
	if t.IsSubtype(DictType) || t == mappingProxyType {
		return true, nil
	}
	if abc := th.collectionsABC("Mapping"); abc != nil {
		return isInstanceOf(th, v, abc)
	}
	return false, nil
}

// matchMissing is the default passed to subject.get(key, default) by
// matchKeys: a fresh object nothing else can return.
var matchMissing = &Instance{Class: ObjectType}

// matchKeys looks up every key of the tuple keys in the mapping subj with
// subj.get(key, missing) and returns the tuple of values, or None if a key
// is absent (or repeated, as CPython 3.11 does).
func (th *Thread) matchKeys(subj, keys Value) (Value, error) {
	kt := keys.(Tuple)
	if len(kt) == 0 {
		return Tuple{}, nil
	}
	d, exact := subj.(*Dict)
	var get Value
	if !exact {
		g, err := GetAttr(th, subj, "get")
		if err != nil {
			return nil, err
		}
		get = g
	}
	var seen *Dict
	if len(kt) > 1 {
		seen = NewDict()
	}
	vals := make([]Value, len(kt))
	for i, k := range kt {
		if seen != nil {
			old, err := seen.Get(th, k)
			if err != nil {
				return nil, err
			}
			if old != nil {
				return None, nil
			}
			if err := seen.Set(th, k, None); err != nil {
				return nil, err
			}
		}
		var v Value
		if exact {
			r, err := d.Get(th, k)
			if err != nil {
				return nil, err
			}
			v = r
		} else {
			r, err := Call(th, get, []Value{k, matchMissing}, nil)
			if err != nil {
				return nil, err
			}
			if r != Value(matchMissing) {
				v = r
			}
		}
		if v == nil {
			return None, nil
		}
		vals[i] = v
	}
	return NewTuple(vals), nil
}

// matchRest returns a new dict holding the items of the mapping subj whose
// keys are not in the tuple keys (the **rest of a mapping pattern).
func (th *Thread) matchRest(subj, keys Value) (Value, error) {
	rest := NewDict()
	if err := dictUpdateFrom(th, rest, subj, false); err != nil {
		return nil, err
	}
	for _, k := range keys.(Tuple) {
		if _, err := rest.Delete(th, k); err != nil {
			return nil, err
		}
	}
	return rest, nil
}

// matchSelfTypes are the built-in types (and their subclasses) whose
// single positional sub-pattern matches the subject itself, as in int(x).
func matchSelf(t *Type) bool {
	for _, b := range [...]*Type{BoolType, ByteArrayType, BytesType, DictType, FloatType, FrozenSetType,
		IntType, ListType, SetType, StrType, TupleType} {
		if b != nil && t.IsSubtype(b) {
			return true
		}
	}
	return false
}

// matchClass implements a class pattern cls(p1, ..., pn, k1=q1, ...): if
// subj is an instance of cls it returns the tuple of the n positional
// attributes (named by cls.__match_args__) followed by the keyword ones,
// else None. A missing attribute is a failed match.
func (th *Thread) matchClass(subj, cls, kwnames Value, npos int) (Value, error) {
	t, ok := cls.(*Type)
	if !ok {
		return nil, NewError(TypeErrorType, "called match pattern must be a type")
	}
	inst, err := isInstanceOf(th, subj, t)
	if err != nil {
		return nil, err
	}
	if !inst {
		return None, nil
	}
	kw := kwnames.(Tuple)
	vals := make([]Value, 0, npos+len(kw))
	var seen []string
	getattr := func(name string) (Value, bool, error) {
		for _, s := range seen {
			if s == name {
				return nil, false, Errorf(TypeErrorType, t.Name, "() got multiple sub-patterns for attribute ", quoteStr(name))
			}
		}
		seen = append(seen, name)
		v, err := GetAttr(th, subj, name)
		if err != nil {
			if e, ok := err.(*Exception); ok && e.Class.IsSubtype(AttributeErrorType) {
				return nil, false, nil
			}
			return nil, false, err
		}
		return v, true, nil
	}
	if npos > 0 {
		var args Tuple
		self := false
		ma, err := GetAttr(th, t, "__match_args__")
		if err != nil {
			if e, ok := err.(*Exception); !ok || !e.Class.IsSubtype(AttributeErrorType) {
				return nil, err
			}
			self = matchSelf(t)
		} else {
			tup, ok := ma.(Tuple)
			if !ok {
				return nil, Errorf(TypeErrorType, t.Name, ".__match_args__ must be a tuple (got ", TypeName(ma), ")")
			}
			args = tup
		}
		allowed := len(args)
		if self {
			allowed = 1
		}
		if npos > allowed {
			plural := "s"
			if allowed == 1 {
				plural = ""
			}
			return nil, Errorf(TypeErrorType, t.Name, "() accepts ", itoa(allowed), " positional sub-pattern", plural, " (", itoa(npos), " given)")
		}
		if self {
			vals = append(vals, subj)
		} else {
			for i := 0; i < npos; i++ {
				s, ok := args[i].(*Str)
				if !ok {
					return nil, Errorf(TypeErrorType, "__match_args__ elements must be strings (got ", TypeName(args[i]), ")")
				}
				v, ok, err := getattr(s.String())
				if err != nil || !ok {
					return None, err
				}
				vals = append(vals, v)
			}
		}
	}
	for _, k := range kw {
		v, ok, err := getattr(k.(*Str).String())
		if err != nil || !ok {
			return None, err
		}
		vals = append(vals, v)
	}
	return NewTuple(vals), nil
}

// quoteStr is the repr of an identifier (no escaping needed).
func quoteStr(s string) string { return "'" + s + "'" }
