package py

import "strings"

// DictView is a dict_keys, dict_values or dict_items view.
type DictView struct {
	d    *Dict
	kind int // 0 keys, 1 values, 2 items
}

// Type returns the view's type.
func (v *DictView) Type() *Type { return dictViewTypes[v.kind] }

var dictViewTypes [3]*Type

type dictIter struct {
	d    *Dict
	pos  int
	kind int
	size int
}

func (it *dictIter) Type() *Type { return dictIterTypes[it.kind] }

// dictRevIter is reversed() of a dict or of one of its views: a snapshot
// of the keys, values or items in reverse order.
type dictRevIter struct {
	listIter
	kind int
}

func (it *dictRevIter) Type() *Type { return dictRevIterTypes[it.kind] }

var dictIterTypes, dictRevIterTypes [3]*Type

func dictIterNext(th *Thread, v Value) (Value, error) {
	it := v.(*dictIter)
	if it.d.used != it.size {
		it.size = -1
		return nil, NewError(RuntimeErrorType, "dictionary changed size during iteration")
	}
	k, val, ok := it.d.entryAt(&it.pos)
	if !ok {
		return nil, nil
	}
	switch it.kind {
	case 1:
		return val, nil
	case 2:
		return NewTuple([]Value{k, val}), nil
	}
	return k, nil
}

func keyError(k Value) error { return NewException(KeyErrorType, k) }

func dictUpdateFrom(th *Thread, d *Dict, src Value, _ bool) error {
	switch s := src.(type) {
	case *Dict:
		return d.Update(th, s)
	case *Instance:
		if sd, ok := s.Base.(*Dict); ok && s.Class.userLookup("keys") == nil {
			return d.Update(th, sd)
		}
	}
	if keys, ok := GetAttrNoErr(th, src, "keys"); ok {
		kl, err := Call(th, keys, nil, nil)
		if err != nil {
			return err
		}
		return ForEach(th, kl, func(k Value) error {
			v, err := GetItem(th, src, k)
			if err != nil {
				return err
			}
			return d.Set(th, k, v)
		})
	}
	i := 0
	err := ForEach(th, src, func(item Value) error {
		kv, err := ToSlice(th, item)
		if err != nil {
			return Errorf(TypeErrorType, "cannot convert dictionary update sequence element #", itoa(i), " to a sequence")
		}
		if len(kv) != 2 {
			return Errorf(ValueErrorType, "dictionary update sequence element #", itoa(i), " has length ", itoa(len(kv)), "; 2 is required")
		}
		i++
		return d.Set(th, kv[0], kv[1])
	})
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Class == TypeErrorType && src.Type().Iter == nil {
			return Errorf(TypeErrorType, "'", TypeName(src), "' object is not iterable")
		}
	}
	return err
}

func dictRepr(th *Thread, d *Dict) (string, error) {
	if !th.enterRepr(d) {
		return "{...}", nil
	}
	defer th.leaveRepr()
	var b strings.Builder
	b.WriteByte('{')
	first := true
	for _, e := range d.entries {
		if e.key == nil {
			continue
		}
		if !first {
			b.WriteString(", ")
		}
		first = false
		k, err := Repr(th, e.key)
		if err != nil {
			return "", err
		}
		v, err := Repr(th, e.value)
		if err != nil {
			return "", err
		}
		b.WriteString(k)
		b.WriteString(": ")
		b.WriteString(v)
	}
	b.WriteByte('}')
	return b.String(), nil
}

func initDictType() {
	DictType = NewBuiltinType("dict", nil)
	dt := DictType
	dt.Flags |= FlagBaseType
	dt.Repr = func(th *Thread, v Value) (string, error) { return dictRepr(th, v.(*Dict)) }
	dt.Len = func(th *Thread, v Value) (int, error) { return v.(*Dict).used, nil }
	dt.Iter = func(th *Thread, v Value) (Value, error) {
		d := v.(*Dict)
		return &dictIter{d: d, size: d.used}, nil
	}
	dt.Contains = func(th *Thread, v, x Value) (bool, error) {
		r, err := v.(*Dict).Get(th, x)
		return r != nil, err
	}
	dt.GetItem = func(th *Thread, v, key Value) (Value, error) {
		r, err := v.(*Dict).Get(th, key)
		if err != nil {
			return nil, err
		}
		if r == nil {
			return nil, keyError(key)
		}
		return r, nil
	}
	dt.SetItem = func(th *Thread, v, key, val Value) error {
		d := v.(*Dict)
		if val == nil {
			old, err := d.Delete(th, key)
			if err != nil {
				return err
			}
			if old == nil {
				return keyError(key)
			}
			return nil
		}
		return d.Set(th, key, val)
	}
	dt.Compare = func(th *Thread, a, b Value, op CmpOp) (Value, error) {
		y, ok := b.(*Dict)
		if !ok || (op != CmpEQ && op != CmpNE) {
			return NotImplemented, nil
		}
		eq, err := dictEqual(th, a.(*Dict), y)
		if err != nil {
			return nil, err
		}
		return MakeBool(eq == (op == CmpEQ)), nil
	}
	dt.Num[OpOr] = func(th *Thread, a, b Value) (Value, error) {
		y, ok := b.(*Dict)
		if !ok {
			return NotImplemented, nil
		}
		n := a.(*Dict).Copy()
		return n, n.Update(th, y)
	}
	dt.INum[OpOr] = func(th *Thread, a, b Value) (Value, error) {
		return a, dictUpdateFrom(th, a.(*Dict), b, false)
	}
	dt.New = func(th *Thread, cls *Type, args []Value, kw *Kwargs) (Value, error) {
		d := NewDict()
		if cls != DictType {
			return &Instance{Class: cls, Dict: NewDict(), Base: d}, nil
		}
		return d, nil
	}
	dt.Init = func(th *Thread, self Value, args []Value, kw *Kwargs) error {
		d := unwrapV(self).(*Dict)
		if len(args) > 1 {
			return Errorf(TypeErrorType, "dict expected at most 1 argument, got ", itoa(len(args)))
		}
		if len(args) == 1 {
			if err := dictUpdateFrom(th, d, args[0], false); err != nil {
				return err
			}
		}
		if kw != nil {
			for i, n := range kw.Names {
				d.SetStr(n, kw.Values[i])
			}
		}
		return nil
	}
	m := func(name string, fn func(th *Thread, d *Dict, args []Value, kw *Kwargs) (Value, error)) {
		dt.AddMethod(name, func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
			return fn(th, self.(*Dict), args, kw)
		})
	}
	m("keys", func(th *Thread, d *Dict, args []Value, kw *Kwargs) (Value, error) { return &DictView{d, 0}, nil })
	m("values", func(th *Thread, d *Dict, args []Value, kw *Kwargs) (Value, error) { return &DictView{d, 1}, nil })
	m("items", func(th *Thread, d *Dict, args []Value, kw *Kwargs) (Value, error) { return &DictView{d, 2}, nil })
	m("get", func(th *Thread, d *Dict, args []Value, kw *Kwargs) (Value, error) {
		if len(args) < 1 || len(args) > 2 {
			return nil, Errorf(TypeErrorType, "get expected at least 1 argument, got ", itoa(len(args)))
		}
		r, err := d.Get(th, args[0])
		if err != nil {
			return nil, err
		}
		if r == nil {
			if len(args) > 1 {
				return args[1], nil
			}
			return None, nil
		}
		return r, nil
	})
	m("pop", func(th *Thread, d *Dict, args []Value, kw *Kwargs) (Value, error) {
		if len(args) == 0 {
			return nil, NewError(TypeErrorType, "pop expected at least 1 argument, got 0")
		}
		r, err := d.Delete(th, args[0])
		if err != nil {
			return nil, err
		}
		if r == nil {
			if len(args) > 1 {
				return args[1], nil
			}
			return nil, keyError(args[0])
		}
		return r, nil
	})
	m("popitem", func(th *Thread, d *Dict, args []Value, kw *Kwargs) (Value, error) {
		k, v, ok := d.PopLast()
		if !ok {
			return nil, NewError(KeyErrorType, "popitem(): dictionary is empty")
		}
		return NewTuple([]Value{k, v}), nil
	})
	m("setdefault", func(th *Thread, d *Dict, args []Value, kw *Kwargs) (Value, error) {
		r, err := d.Get(th, args[0])
		if err != nil {
			return nil, err
		}
		if r != nil {
			return r, nil
		}
		var def Value = None
		if len(args) > 1 {
			def = args[1]
		}
		return def, d.Set(th, args[0], def)
	})
	m("update", func(th *Thread, d *Dict, args []Value, kw *Kwargs) (Value, error) {
		if len(args) > 1 {
			return nil, Errorf(TypeErrorType, "update expected at most 1 argument, got ", itoa(len(args)))
		}
		if len(args) == 1 {
			if err := dictUpdateFrom(th, d, args[0], false); err != nil {
				return nil, err
			}
		}
		if kw != nil {
			for i, n := range kw.Names {
				d.SetStr(n, kw.Values[i])
			}
		}
		return None, nil
	})
	m("clear", func(th *Thread, d *Dict, args []Value, kw *Kwargs) (Value, error) {
		d.Clear()
		return None, nil
	})
	m("copy", func(th *Thread, d *Dict, args []Value, kw *Kwargs) (Value, error) { return d.Copy(), nil })
	m("__reversed__", func(th *Thread, d *Dict, args []Value, kw *Kwargs) (Value, error) {
		keys := d.Keys()
		for i, j := 0, len(keys)-1; i < j; i, j = i+1, j-1 {
			keys[i], keys[j] = keys[j], keys[i]
		}
		return &dictRevIter{listIter: listIter{l: &List{Elems: keys}}}, nil
	})
	dt.AddClassMethod("fromkeys", func(th *Thread, cls *Type, args []Value, kw *Kwargs) (Value, error) {
		if len(args) < 1 || len(args) > 2 {
			which, n := "least", 1
			if len(args) > 2 {
				which, n = "most", 2
			}
			word := " argument, got "
			if n != 1 {
				word = " arguments, got "
			}
			return nil, Errorf(TypeErrorType, "fromkeys expected at ", which, " ", itoa(n), word, itoa(len(args)))
		}
		var val Value = None
		if len(args) > 1 {
			val = args[1]
		}
		dv, err := Call(th, cls, nil, nil)
		if err != nil {
			return nil, err
		}
		err = ForEach(th, args[0], func(k Value) error { return SetItem(th, dv, k, val) })
		return dv, err
	})
	for i, name := range []string{"dict_keys", "dict_values", "dict_items"} {
		kind := i
		vt := NewBuiltinType(name, nil)
		dictViewTypes[i] = vt
		vt.Len = func(th *Thread, v Value) (int, error) { return v.(*DictView).d.used, nil }
		vt.Iter = func(th *Thread, v Value) (Value, error) {
			dv := v.(*DictView)
			return &dictIter{d: dv.d, kind: kind, size: dv.d.used}, nil
		}
		vt.Repr = func(th *Thread, v Value) (string, error) {
			l, err := ToSlice(th, v)
			if err != nil {
				return "", err
			}
			s, err := seqRepr(th, l, "[", "]")
			return name + "(" + s + ")", err
		}
		vt.Contains = func(th *Thread, v, x Value) (bool, error) {
			dv := v.(*DictView)
			switch kind {
			case 0:
				r, err := dv.d.Get(th, x)
				return r != nil, err
			case 2:
				t, ok := x.(Tuple)
				if !ok || len(t) != 2 {
					return false, nil
				}
				r, err := dv.d.Get(th, t[0])
				if err != nil || r == nil {
					return false, err
				}
				return Equal(th, r, t[1])
			}
			return seqContains(th, dv.d.valuesSlice(), x)
		}
		vt.AddMethod("__reversed__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
			l, err := ToSlice(th, self)
			if err != nil {
				return nil, err
			}
			for i, j := 0, len(l)-1; i < j; i, j = i+1, j-1 {
				l[i], l[j] = l[j], l[i]
			}
			return &dictRevIter{listIter: listIter{l: &List{Elems: l}}, kind: kind}, nil
		})
		if kind != 1 {
			for _, op := range []BinOp{OpAnd, OpOr, OpSub, OpXor} {
				o := op
				vt.Num[o] = func(th *Thread, a, b Value) (Value, error) {
					s, err := NewSetFrom(th, a)
					if err != nil {
						return nil, err
					}
					return setBinary(th, o, s, b)
				}
				vt.RNum[o] = func(th *Thread, self, other Value) (Value, error) {
					s, err := NewSetFrom(th, other)
					if err != nil {
						return NotImplemented, nil
					}
					return setBinary(th, o, s, self)
				}
			}
			vt.Compare = func(th *Thread, a, b Value, op CmpOp) (Value, error) {
				s, err := NewSetFrom(th, a)
				if err != nil {
					return nil, err
				}
				return SetType.Compare(th, s, b, op)
			}
			vt.AddMethod("isdisjoint", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
				s, err := NewSetFrom(th, self)
				if err != nil {
					return nil, err
				}
				return callMethodValue(th, s, "isdisjoint", args)
			})
		}
	}
	for i, kind := range []string{"key", "value", "item"} {
		dictIterTypes[i] = NewBuiltinType("dict_"+kind+"iterator", nil)
		dictIterTypes[i].Iter = func(th *Thread, v Value) (Value, error) { return v, nil }
		dictIterTypes[i].Next = dictIterNext
		dictRevIterTypes[i] = NewBuiltinType("dict_reverse"+kind+"iterator", nil)
		dictRevIterTypes[i].Iter = func(th *Thread, v Value) (Value, error) { return v, nil }
		dictRevIterTypes[i].Next = func(th *Thread, v Value) (Value, error) {
			return listIterType.Next(th, &v.(*dictRevIter).listIter)
		}
	}

	mappingProxyType = NewBuiltinType("mappingproxy", nil)
	mappingProxyType.GetItem = func(th *Thread, v, key Value) (Value, error) { return DictType.GetItem(th, v.(*MappingProxy).d, key) }
	mappingProxyType.Len = func(th *Thread, v Value) (int, error) { return v.(*MappingProxy).d.used, nil }
	mappingProxyType.Iter = func(th *Thread, v Value) (Value, error) { return DictType.Iter(th, v.(*MappingProxy).d) }
	mappingProxyType.Contains = func(th *Thread, v, x Value) (bool, error) { return DictType.Contains(th, v.(*MappingProxy).d, x) }
	mappingProxyType.Repr = func(th *Thread, v Value) (string, error) {
		s, err := dictRepr(th, v.(*MappingProxy).d)
		return "mappingproxy(" + s + ")", err
	}
	mappingProxyType.New = func(th *Thread, cls *Type, args []Value, kw *Kwargs) (Value, error) {
		if len(args) != 1 || kw.Len() > 0 {
			return nil, Errorf(TypeErrorType, "mappingproxy() takes exactly one argument (", itoa(len(args)), " given)")
		}
		d, ok := unwrapV(args[0]).(*Dict)
		if !ok {
			return nil, Errorf(TypeErrorType, "mappingproxy() argument must be a mapping, not ", TypeName(args[0]))
		}
		return &MappingProxy{d}, nil
	}
	mappingProxyType.Str = func(th *Thread, v Value) (string, error) { return dictRepr(th, v.(*MappingProxy).d) }
	mappingProxyType.SetItem = func(th *Thread, v, key, val Value) error {
		if val == nil {
			if isIndexValue(key) { // CPython's sequence-protocol wording
				return NewError(TypeErrorType, "'mappingproxy' object doesn't support item deletion")
			}
			return NewError(TypeErrorType, "'mappingproxy' object does not support item deletion")
		}
		return NewError(TypeErrorType, "'mappingproxy' object does not support item assignment")
	}
	mappingProxyType.Compare = func(th *Thread, a, b Value, op CmpOp) (Value, error) {
		return Compare(th, a.(*MappingProxy).d, unwrapProxy(b), op)
	}
	mappingProxyType.GetAttr = func(th *Thread, v Value, name string) (Value, error) {
		switch name {
		case "keys", "values", "items", "get", "copy", "__getitem__", "__contains__", "__len__", "__iter__", "__reversed__", "__or__", "__ror__":
			return GetAttr(th, v.(*MappingProxy).d, name)
		}
		return GenericGetAttr(th, v, name) // mutating dict methods are absent
	}
	mappingProxyType.Num[OpOr] = func(th *Thread, a, b Value) (Value, error) {
		if p, ok := b.(*MappingProxy); ok {
			b = p.d
		}
		return Binary(th, OpOr, a.(*MappingProxy).d.Copy(), b)
	}
}

func callMethodValue(th *Thread, v Value, name string, args []Value) (Value, error) {
	m, err := GetAttr(th, v, name)
	if err != nil {
		return nil, err
	}
	return Call(th, m, args, nil)
}

func (d *Dict) valuesSlice() []Value {
	_, v := d.Items()
	return v
}

func dictEqual(th *Thread, a, b *Dict) (bool, error) {
	if a.used != b.used {
		return false, nil
	}
	for _, e := range a.entries {
		if e.key == nil {
			continue
		}
		v, err := b.Get(th, e.key)
		if err != nil {
			return false, err
		}
		if v == nil {
			return false, nil
		}
		eq, err := Equal(th, e.value, v)
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

func unwrapProxy(v Value) Value {
	if m, ok := v.(*MappingProxy); ok {
		return m.d
	}
	return v
}
