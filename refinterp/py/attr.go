package py

// Instance is an instance of a class defined in Python. Base holds the
// built-in value when the class derives from a built-in type such as list.
type Instance struct {
	Class *Type
	// Dict is the attribute dict of an instance that has an ordinary one
	// (instances of built-in subclasses, or after materialize); instances
	// of plain classes start with split storage instead (see instattr.go).
	// Use attr, setAttr and dict rather than Dict directly.
	Dict *Dict
	Base Value
	keys *instKeys // split storage: names shared with the class
	vals []Value   // split storage: values indexed like keys.names
}

// Type returns the instance's class.
func (in *Instance) Type() *Type { return in.Class }

// GenericAlias is list[int] and similar.
type GenericAlias struct {
	Origin *Type
	Args   Value
}

// Type returns GenericAliasType.
func (*GenericAlias) Type() *Type { return GenericAliasType }

// argsTuple is __args__: the subscript as a tuple.
func (g *GenericAlias) argsTuple() Tuple {
	if t, ok := g.Args.(Tuple); ok {
		return t
	}
	return Tuple{g.Args}
}

func attrError(v Value, name string) error {
	var e *Exception
	switch x := v.(type) {
	case *Type:
		e = Errorf(AttributeErrorType, "type object '", x.TPName(), "' has no attribute '", name, "'")
	case *Module:
		e = Errorf(AttributeErrorType, "module '", x.Name, "' has no attribute '", name, "'")
	default:
		e = Errorf(AttributeErrorType, "'", v.Type().TPName(), "' object has no attribute '", name, "'")
	}
	e.attrName, e.attrObj = name, v
	return e
}

func isAttrError(err error) bool {
	e, ok := err.(*Exception)
	return ok && e.Class.IsSubtype(AttributeErrorType)
}

func isDataDescr(d Value) bool {
	return d.Type().DescrSet != nil
}

// instanceDict returns the __dict__ of v, or nil.
func instanceDict(v Value) *Dict {
	switch x := v.(type) {
	case *Instance:
		return x.dict()
	case *Function:
		if x.Dict == nil {
			x.Dict = NewDict()
		}
		return x.Dict
	case *Module:
		return x.Dict
	case *Exception:
		if x.Dict == nil {
			x.Dict = NewDict()
		}
		return x.Dict
	}
	return nil
}

// GetAttr returns v.name.
func GetAttr(th *Thread, v Value, name string) (Value, error) {
	t := v.Type()
	if t.GetAttr != nil {
		return t.GetAttr(th, v, name)
	}
	return GenericGetAttr(th, v, name)
}

// GenericGetAttr is object.__getattribute__.
func GenericGetAttr(th *Thread, v Value, name string) (Value, error) {
	t := v.Type()
	descr := t.Lookup(name)
	var dt *Type
	if descr != nil {
		dt = descr.Type()
		if dt.DescrSet != nil && dt.DescrGet != nil {
			return dt.DescrGet(th, descr, v, t)
		}
	}
	if in, ok := v.(*Instance); ok {
		if x := in.attrStr(name); x != nil {
			return x, nil
		}
	} else if d := instanceDict(v); d != nil {
		if x := d.GetStr(name); x != nil {
			return x, nil
		}
	}
	if descr != nil {
		if dt.DescrGet != nil {
			return dt.DescrGet(th, descr, v, t)
		}
		return descr, nil
	}
	return nil, attrError(v, name)
}

// bindDescr applies the descriptor protocol to a class attribute.
func bindDescr(th *Thread, d Value, obj Value, t *Type) (Value, error) {
	if g := d.Type().DescrGet; g != nil {
		return g(th, d, obj, t)
	}
	return d, nil
}

// SetAttr performs v.name = val (val nil deletes).
func SetAttr(th *Thread, v Value, name string, val Value) error {
	t := v.Type()
	if t.SetAttr != nil {
		return t.SetAttr(th, v, name, val)
	}
	return GenericSetAttr(th, v, name, val)
}

// GenericSetAttr is object.__setattr__ / object.__delattr__.
func GenericSetAttr(th *Thread, v Value, name string, val Value) error {
	t := v.Type()
	if descr := t.Lookup(name); descr != nil {
		if s := descr.Type().DescrSet; s != nil {
			return s(th, descr, v, val)
		}
	}
	if in, ok := v.(*Instance); ok && in.keys != nil && val != nil {
		return in.setAttrStr(th, name, val)
	}
	d := instanceDict(v)
	if d == nil {
		if t.Lookup(name) != nil {
			return Errorf(AttributeErrorType, "'", t.TPName(), "' object attribute '", name, "' is read-only")
		}
		return attrError(v, name)
	}
	if val == nil {
		if !d.DelStr(name) {
			return attrError(v, name)
		}
		return nil
	}
	if in, ok := v.(*Instance); ok && in.Dict != nil {
		return d.Set(th, NewStr(name), val)
	}
	d.SetStr(name, val)
	return nil
}

// HasAttr reports whether getattr(v, name) succeeds.
func HasAttr(th *Thread, v Value, name string) (bool, error) {
	_, err := GetAttr(th, v, name)
	if err == nil {
		return true, nil
	}
	if isAttrError(err) {
		return false, nil
	}
	return false, err
}

// lookupMethod finds name for a method call on v without allocating a bound
// method: it returns (function, true) when the caller must pass v as the
// first argument, or (attribute, false) when it is already bound.
func lookupMethod(th *Thread, v Value, name string) (Value, bool, error) {
	t := v.Type()
	if t.GetAttr == nil {
		descr := t.Lookup(name)
		if descr != nil {
			switch descr.(type) {
			case *Function, *Method:
				if in, ok := v.(*Instance); ok {
					if in.attrStr(name) == nil {
						return descr, true, nil
					}
				} else if d := instanceDict(v); d == nil || d.used == 0 || d.GetStr(name) == nil {
					return descr, true, nil
				}
			}
		}
	}
	r, err := GetAttr(th, v, name)
	return r, false, err
}

func typeGetAttr(th *Thread, v Value, name string) (Value, error) {
	t := v.(*Type)
	meta := t.Type()
	md := meta.Lookup(name)
	if md != nil && md.Type().DescrSet != nil && md.Type().DescrGet != nil {
		return md.Type().DescrGet(th, md, t, meta)
	}
	if x := t.Lookup(name); x != nil {
		if g := x.Type().DescrGet; g != nil {
			return g(th, x, nil, t)
		}
		return x, nil
	}
	if md != nil {
		return bindDescr(th, md, t, meta)
	}
	switch name {
	case "__module__":
		return NewStr(t.Module), nil
	case "__doc__":
		if t.Doc == "" {
			return None, nil
		}
		return NewStr(t.Doc), nil
	}
	if meta.Flags&FlagUser != 0 {
		if ga := meta.Lookup("__getattr__"); ga != nil {
			return callBound(th, ga, t, []Value{NewStr(name)}, nil)
		}
	}
	return nil, attrError(v, name)
}

func typeSetAttr(th *Thread, v Value, name string, val Value) error {
	t := v.(*Type)
	if t.Flags&FlagUser == 0 {
		return Errorf(TypeErrorType, "cannot set '", name, "' attribute of immutable type '", t.TPName(), "'")
	}
	if md := t.Type().Lookup(name); md != nil && md.Type().DescrSet != nil {
		return md.Type().DescrSet(th, md, t, val)
	}
	typeVersion++
	if val == nil {
		if !t.Dict.DelStr(name) {
			return attrError(v, name)
		}
	} else {
		t.Dict.SetStr(name, val)
	}
	if len(name) > 4 && name[:2] == "__" {
		fillSlots(t)
		for _, sub := range allUserTypes {
			if sub != t && sub.IsSubtype(t) {
				fillSlots(sub)
			}
		}
	}
	return nil
}

func moduleGetAttr(th *Thread, v Value, name string) (Value, error) {
	m := v.(*Module)
	if x := m.Dict.GetStr(name); x != nil {
		return x, nil
	}
	if name == "__dict__" {
		return m.Dict, nil
	}
	if ga := m.Dict.GetStr("__getattr__"); ga != nil {
		return Call(th, ga, []Value{NewStr(name)}, nil)
	}
	return GenericGetAttr(th, v, name)
}
