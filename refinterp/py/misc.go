package py

import (
	"strconv"
	"unsafe"

	"github.com/mptest/mptest/refinterp/compile"
)

func strTuple(names []string) Value {
	out := make(Tuple, len(names))
	for i, n := range names {
		out[i] = NewStr(n)
	}
	return out
}

func rangeArg(th *Thread, v Value) (int64, error) {
	switch x := v.(type) {
	case Int:
		return int64(x), nil
	case Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	}
	r, err := Index(th, v)
	if err != nil {
		return 0, Errorf(TypeErrorType, "'", TypeName(v), "' object cannot be interpreted as an integer")
	}
	if i, ok := r.(Int); ok {
		return int64(i), nil
	}
	return 0, NewError(OverflowErrorType, "Python int too large to convert to C ssize_t")
}

func initMiscTypes() {
	RangeType = NewBuiltinType("range", nil)
	rt := RangeType
	rt.New = func(th *Thread, cls *Type, args []Value, kw *Kwargs) (Value, error) {
		if kw.Len() > 0 {
			return nil, NewError(TypeErrorType, "range() takes no keyword arguments")
		}
		r := &Range{Step: 1}
		var err error
		switch len(args) {
		case 1:
			r.Stop, err = rangeArg(th, args[0])
		case 2, 3:
			if r.Start, err = rangeArg(th, args[0]); err != nil {
				return nil, err
			}
			if r.Stop, err = rangeArg(th, args[1]); err != nil {
				return nil, err
			}
			if len(args) == 3 {
				if r.Step, err = rangeArg(th, args[2]); err != nil {
					return nil, err
				}
				if r.Step == 0 {
					return nil, NewError(ValueErrorType, "range() arg 3 must not be zero")
				}
			}
		case 0:
			return nil, NewError(TypeErrorType, "range expected at least 1 argument, got 0")
		default:
			return nil, Errorf(TypeErrorType, "range expected at most 3 arguments, got ", itoa(len(args)))
		}
		if err != nil {
			return nil, err
		}
		// not charged: MicroPython compiles "for i in range(...)" without a range object
		return r, nil
	}
	rt.Repr = func(th *Thread, v Value) (string, error) {
		r := v.(*Range)
		s := "range(" + strconv.FormatInt(r.Start, 10) + ", " + strconv.FormatInt(r.Stop, 10)
		if r.Step != 1 {
			s += ", " + strconv.FormatInt(r.Step, 10)
		}
		return s + ")", nil
	}
	rt.Len = func(th *Thread, v Value) (int, error) { return int(v.(*Range).Len()), nil }
	rt.Iter = func(th *Thread, v Value) (Value, error) {
		r := v.(*Range)
		return &rangeIter{cur: r.Start, stop: r.Stop, step: r.Step}, nil
	}
	rt.Contains = func(th *Thread, v, x Value) (bool, error) {
		r := v.(*Range)
		var i int64
		switch y := x.(type) {
		case Int:
			i = int64(y)
		case Bool:
			if y {
				i = 1
			}
		default:
			return seqContainsIter(th, v, x)
		}
		if r.Step > 0 {
			if i < r.Start || i >= r.Stop {
				return false, nil
			}
		} else if i > r.Start || i <= r.Stop {
			return false, nil
		}
		return (i-r.Start)%r.Step == 0, nil
	}
	rt.GetItem = func(th *Thread, v, key Value) (Value, error) {
		r := v.(*Range)
		n := int(r.Len())
		if sl, ok := key.(*Slice); ok {
			start, stop, step, _, err := sliceIndices(th, sl, n)
			if err != nil {
				return nil, err
			}
			return &Range{Start: r.Start + int64(start)*r.Step, Stop: r.Start + int64(stop)*r.Step, Step: r.Step * int64(step)}, nil
		}
		i, err := seqIndex(th, key, n, "range object")
		if err != nil {
			return nil, err
		}
		return MakeInt(r.Start + int64(i)*r.Step), nil
	}
	rt.Compare = func(th *Thread, a, b Value, op CmpOp) (Value, error) {
		x := a.(*Range)
		y, ok := b.(*Range)
		if !ok || (op != CmpEQ && op != CmpNE) {
			return NotImplemented, nil
		}
		nx, ny := x.Len(), y.Len()
		eq := nx == ny && (nx == 0 || (x.Start == y.Start && (nx == 1 || x.Step == y.Step)))
		return MakeBool(eq == (op == CmpEQ)), nil
	}
	rt.Hash = func(th *Thread, v Value) (int64, error) {
		r := v.(*Range)
		return Hash(th, Tuple{MakeInt(r.Len()), MakeInt(r.Start), MakeInt(r.Step)})
	}
	rt.AddGetter("start", func(th *Thread, self Value) (Value, error) { return MakeInt(self.(*Range).Start), nil })
	rt.AddGetter("stop", func(th *Thread, self Value) (Value, error) { return MakeInt(self.(*Range).Stop), nil })
	rt.AddGetter("step", func(th *Thread, self Value) (Value, error) { return MakeInt(self.(*Range).Step), nil })
	rt.AddMethod("index", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		r := self.(*Range)
		ok, err := rt.Contains(th, r, args[0])
		if err != nil {
			return nil, err
		}
		if !ok {
			s, _ := Repr(th, args[0])
			return nil, Errorf(ValueErrorType, s, " is not in range")
		}
		i := int64(args[0].(Int))
		return MakeInt((i - r.Start) / r.Step), nil
	})
	rt.AddMethod("count", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		ok, err := rt.Contains(th, self, args[0])
		if ok {
			return MakeInt(1), err
		}
		return MakeInt(0), err
	})
	rt.AddMethod("__reversed__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		x := self.(*Range)
		n := x.Len()
		return &rangeIter{cur: x.Start + (n-1)*x.Step, stop: x.Start - x.Step, step: -x.Step}, nil
	})

	SliceType = NewBuiltinType("slice", nil)
	SliceType.New = func(th *Thread, cls *Type, args []Value, kw *Kwargs) (Value, error) {
		switch len(args) {
		case 1:
			return &Slice{None, args[0], None}, nil
		case 2:
			return &Slice{args[0], args[1], None}, nil
		case 3:
			return &Slice{args[0], args[1], args[2]}, nil
		}
		return nil, Errorf(TypeErrorType, "slice expected at least 1 argument, got ", itoa(len(args)))
	}
	SliceType.Repr = func(th *Thread, v Value) (string, error) {
		s := v.(*Slice)
		t, err := seqRepr(th, []Value{s.Start, s.Stop, s.Step}, "(", ")")
		return "slice" + t, err
	}
	SliceType.Compare = func(th *Thread, a, b Value, op CmpOp) (Value, error) {
		x := a.(*Slice)
		y, ok := b.(*Slice)
		if !ok {
			return NotImplemented, nil
		}
		return seqCompare(th, []Value{x.Start, x.Stop, x.Step}, []Value{y.Start, y.Stop, y.Step}, op)
	}
	SliceType.AddGetter("start", func(th *Thread, self Value) (Value, error) { return self.(*Slice).Start, nil })
	SliceType.AddGetter("stop", func(th *Thread, self Value) (Value, error) { return self.(*Slice).Stop, nil })
	SliceType.AddGetter("step", func(th *Thread, self Value) (Value, error) { return self.(*Slice).Step, nil })
	SliceType.AddMethod("indices", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		n, err := AsInt(th, args[0])
		if err != nil {
			return nil, err
		}
		a, b, c, _, err := sliceIndices(th, self.(*Slice), n)
		return Tuple{MakeInt(int64(a)), MakeInt(int64(b)), MakeInt(int64(c))}, err
	})

	CellType = NewBuiltinType("cell", nil)
	CellType.AddGetter("cell_contents", func(th *Thread, self Value) (Value, error) {
		c := self.(*Cell)
		if c.V == nil {
			return nil, NewError(ValueErrorType, "Cell is empty")
		}
		return c.V, nil
	})

	FunctionType = NewBuiltinType("function", nil)
	ft := FunctionType
	ft.Repr = func(th *Thread, v Value) (string, error) {
		return "<function " + v.(*Function).QualName + " at " + addrOf(v) + ">", nil
	}
	ft.DescrGet = func(th *Thread, d, obj Value, t *Type) (Value, error) {
		if obj == nil || obj == None {
			return d, nil
		}
		accountBytes(16)
		return &BoundMethod{Self: obj, Func: d}, nil
	}
	ft.Call = func(th *Thread, fn Value, args []Value, kw *Kwargs) (Value, error) {
		return th.callFunction(fn.(*Function), args, kw)
	}
	ft.GetAttr = funcGetAttr
	ft.SetAttr = funcSetAttr
	ft.Hash = func(th *Thread, v Value) (int64, error) { return int64(Id(v) >> 4), nil }

	BuiltinFunctionType = NewBuiltinType("builtin_function_or_method", nil)
	BuiltinFunctionType.Repr = func(th *Thread, v Value) (string, error) {
		if bm, ok := v.(*BoundMethod); ok {
			name, _ := builtinBoundNames(bm)
			return "<built-in method " + name + " of " + TypeName(bm.Self) + " object at " + addrOf(bm.Self) + ">", nil
		}
		b := v.(*Builtin)
		if b.Self != nil {
			if _, isMod := b.Self.(*Module); !isMod {
				return "<built-in method " + b.Name + " of " + TypeName(b.Self) + " object at " + addrOf(b.Self) + ">", nil
			}
		}
		return "<built-in function " + b.Name + ">", nil
	}
	BuiltinFunctionType.Call = func(th *Thread, fn Value, args []Value, kw *Kwargs) (Value, error) {
		if bm, ok := fn.(*BoundMethod); ok {
			return callBound(th, bm.Func, bm.Self, args, kw)
		}
		return fn.(*Builtin).Fn(th, args, kw)
	}
	// Instances are *Builtin (functions) or *BoundMethod holding a *Method
	// (built-in methods bound to their object).
	BuiltinFunctionType.AddGetter("__name__", func(th *Thread, self Value) (Value, error) {
		if bm, ok := self.(*BoundMethod); ok {
			name, _ := builtinBoundNames(bm)
			return NewStr(name), nil
		}
		return NewStr(self.(*Builtin).Name), nil
	})
	BuiltinFunctionType.AddGetter("__qualname__", func(th *Thread, self Value) (Value, error) {
		if bm, ok := self.(*BoundMethod); ok {
			_, qual := builtinBoundNames(bm)
			return NewStr(qual), nil
		}
		return NewStr(self.(*Builtin).Name), nil
	})
	BuiltinFunctionType.AddGetter("__self__", func(th *Thread, self Value) (Value, error) {
		if bm, ok := self.(*BoundMethod); ok {
			return bm.Self, nil
		}
		if s := self.(*Builtin).Self; s != nil {
			return s, nil
		}
		return None, nil
	})
	BuiltinFunctionType.AddGetter("__doc__", func(th *Thread, self Value) (Value, error) { return None, nil })
	BuiltinFunctionType.AddGetter("__module__", func(th *Thread, self Value) (Value, error) { return None, nil })
	BuiltinFunctionType.Hash = func(th *Thread, v Value) (int64, error) {
		if bm, ok := v.(*BoundMethod); ok {
			return int64(Id(bm.Self)>>4) ^ int64(Id(bm.Func)>>4), nil
		}
		return int64(Id(v) >> 4), nil
	}
	BuiltinFunctionType.Compare = func(th *Thread, a, b Value, op CmpOp) (Value, error) {
		x, ok1 := a.(*BoundMethod)
		y, ok2 := b.(*BoundMethod)
		if !ok1 || !ok2 || (op != CmpEQ && op != CmpNE) {
			return objectCompare(th, a, b, op)
		}
		eq := same(x.Self, y.Self) && same(x.Func, y.Func)
		return MakeBool(eq == (op == CmpEQ)), nil
	}

	MethodDescriptorType = NewBuiltinType("method_descriptor", nil)
	MethodDescriptorType.DescrGet = func(th *Thread, d, obj Value, t *Type) (Value, error) {
		if obj == nil || obj == None && t != NoneTypeType {
			return d, nil
		}
		return &BoundMethod{Self: obj, Func: d}, nil
	}
	MethodDescriptorType.Repr = func(th *Thread, v Value) (string, error) {
		m := v.(*Method)
		return "<method '" + m.Name + "' of '" + m.Owner.Name + "' objects>", nil
	}
	MethodDescriptorType.AddGetter("__name__", func(th *Thread, self Value) (Value, error) { return NewStr(self.(*Method).Name), nil })
	MethodDescriptorType.AddGetter("__qualname__", func(th *Thread, self Value) (Value, error) {
		m := self.(*Method)
		return NewStr(m.Owner.Name + "." + m.Name), nil
	})
	MethodDescriptorType.Hash = func(th *Thread, v Value) (int64, error) { return int64(Id(v) >> 4), nil }

	WrapperDescriptorType = cloneType(MethodDescriptorType, "wrapper_descriptor")
	WrapperDescriptorType.Repr = func(th *Thread, v Value) (string, error) {
		m := v.(*Method)
		return "<slot wrapper '" + m.Name + "' of '" + m.Owner.Name + "' objects>", nil
	}
	MethodWrapperType = cloneType(BuiltinFunctionType, "method-wrapper")
	MethodWrapperType.Repr = func(th *Thread, v Value) (string, error) {
		bm := v.(*BoundMethod)
		return "<method-wrapper '" + bm.Func.(*Method).Name + "' of " + TypeName(bm.Self) + " object at " + addrOf(bm.Self) + ">", nil
	}

	MethodType = NewBuiltinType("method", nil)
	MethodType.Repr = func(th *Thread, v Value) (string, error) {
		b := v.(*BoundMethod)
		self, err := Repr(th, b.Self)
		if err != nil {
			return "", err
		}
		name := ""
		switch f := b.Func.(type) {
		case *Function:
			name = f.QualName
		case *Method:
			return "<built-in method " + f.Name + " of " + TypeName(b.Self) + " object at " + addrOf(b.Self) + ">", nil
		default:
			n, _ := GetAttr(th, f, "__qualname__")
			if n != nil {
				name, _ = ToStr(th, n)
			}
		}
		return "<bound method " + name + " of " + self + ">", nil
	}
	MethodType.New = func(th *Thread, cls *Type, args []Value, kw *Kwargs) (Value, error) {
		if len(args) != 2 || kw.Len() > 0 {
			return nil, Errorf(TypeErrorType, "method expected 2 arguments, got ", itoa(len(args)))
		}
		if !Callable(args[0]) {
			return nil, NewError(TypeErrorType, "first argument must be callable")
		}
		if args[1] == None {
			return nil, NewError(TypeErrorType, "instance must not be None")
		}
		return &BoundMethod{Self: args[1], Func: args[0]}, nil
	}
	MethodType.Call = func(th *Thread, fn Value, args []Value, kw *Kwargs) (Value, error) {
		b := fn.(*BoundMethod)
		return callBound(th, b.Func, b.Self, args, kw)
	}
	MethodType.AddGetter("__self__", func(th *Thread, self Value) (Value, error) { return self.(*BoundMethod).Self, nil })
	MethodType.AddGetter("__func__", func(th *Thread, self Value) (Value, error) { return self.(*BoundMethod).Func, nil })
	MethodType.GetAttr = func(th *Thread, v Value, name string) (Value, error) {
		r, err := GenericGetAttr(th, v, name)
		if err == nil {
			return r, nil
		}
		return GetAttr(th, v.(*BoundMethod).Func, name)
	}
	MethodType.Compare = func(th *Thread, a, b Value, op CmpOp) (Value, error) {
		x := a.(*BoundMethod)
		y, ok := b.(*BoundMethod)
		if !ok || (op != CmpEQ && op != CmpNE) {
			return NotImplemented, nil
		}
		eq := same(x.Self, y.Self) && same(x.Func, y.Func)
		return MakeBool(eq == (op == CmpEQ)), nil
	}
	MethodType.Hash = func(th *Thread, v Value) (int64, error) {
		b := v.(*BoundMethod)
		return int64(Id(b.Self)>>4) ^ int64(Id(b.Func)>>4), nil
	}

	ClassMethodType = NewBuiltinType("classmethod", nil)
	ClassMethodType.Flags |= FlagBaseType
	ClassMethodType.New = func(th *Thread, cls *Type, args []Value, kw *Kwargs) (Value, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeErrorType, "classmethod expected 1 argument, got ", itoa(len(args)))
		}
		return &ClassMethod{Func: args[0]}, nil
	}
	ClassMethodType.DescrGet = func(th *Thread, d, obj Value, t *Type) (Value, error) {
		if t == nil {
			t = obj.Type()
		}
		f := d.(*ClassMethod).Func
		switch f.(type) {
		case *Function, *Builtin:
		default:
			// classmethod(property(...)) and other wrapped descriptors (3.9-3.12)
			if g := f.Type().DescrGet; g != nil {
				return g(th, f, t, t.Type())
			}
		}
		return &BoundMethod{Self: t, Func: f}, nil
	}
	ClassMethodType.Repr = func(th *Thread, v Value) (string, error) {
		r, err := Repr(th, v.(*ClassMethod).Func)
		return "<classmethod(" + r + ")>", err
	}
	ClassMethodType.AddGetter("__func__", func(th *Thread, self Value) (Value, error) { return self.(*ClassMethod).Func, nil })
	ClassMethodType.AddGetter("__isabstractmethod__", func(th *Thread, self Value) (Value, error) { return False, nil })

	StaticMethodType = NewBuiltinType("staticmethod", nil)
	StaticMethodType.Flags |= FlagBaseType
	StaticMethodType.Repr = func(th *Thread, v Value) (string, error) {
		r, err := Repr(th, v.(*StaticMethod).Func)
		return "<staticmethod(" + r + ")>", err
	}
	StaticMethodType.New = func(th *Thread, cls *Type, args []Value, kw *Kwargs) (Value, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeErrorType, "staticmethod expected 1 argument, got ", itoa(len(args)))
		}
		return &StaticMethod{Func: args[0]}, nil
	}
	StaticMethodType.DescrGet = func(th *Thread, d, obj Value, t *Type) (Value, error) {
		return d.(*StaticMethod).Func, nil
	}
	StaticMethodType.Call = func(th *Thread, fn Value, args []Value, kw *Kwargs) (Value, error) {
		return Call(th, fn.(*StaticMethod).Func, args, kw)
	}
	StaticMethodType.Repr = func(th *Thread, v Value) (string, error) {
		r, err := Repr(th, v.(*StaticMethod).Func)
		return "<staticmethod(" + r + ")>", err
	}
	ClassMethodType.Repr = func(th *Thread, v Value) (string, error) {
		r, err := Repr(th, v.(*ClassMethod).Func)
		return "<classmethod(" + r + ")>", err
	}
	StaticMethodType.AddGetter("__func__", func(th *Thread, self Value) (Value, error) { return self.(*StaticMethod).Func, nil })

	PropertyType = NewBuiltinType("property", nil)
	pt := PropertyType
	pt.Flags |= FlagBaseType
	pt.New = func(th *Thread, cls *Type, args []Value, kw *Kwargs) (Value, error) {
		p := &Property{}
		if cls != PropertyType {
			p.cls = cls
		}
		vals := []*Value{&p.Get, &p.Set, &p.Del, &p.Doc}
		for i, a := range args {
			if i < 4 && a != None {
				*vals[i] = a
			}
		}
		if kw != nil {
			for i, n := range kw.Names {
				v := kw.Values[i]
				if v == None {
					continue
				}
				switch n {
				case "fget":
					p.Get = v
				case "fset":
					p.Set = v
				case "fdel":
					p.Del = v
				case "doc":
					p.Doc = v
				}
			}
		}
		return p, nil
	}
	pt.Init = func(th *Thread, self Value, args []Value, kw *Kwargs) error { return nil }
	pt.DescrGet = func(th *Thread, d, obj Value, t *Type) (Value, error) {
		p := d.(*Property)
		if obj == nil {
			return p, nil
		}
		if p.Get == nil {
			return nil, NewError(AttributeErrorType, "unreadable attribute")
		}
		return Call(th, p.Get, []Value{obj}, nil)
	}
	pt.DescrSet = func(th *Thread, d, obj, val Value) error {
		p := d.(*Property)
		if val == nil {
			if p.Del == nil {
				return propertyMissing(p, obj, "deleter")
			}
			_, err := Call(th, p.Del, []Value{obj}, nil)
			return err
		}
		if p.Set == nil {
			return propertyMissing(p, obj, "setter")
		}
		_, err := Call(th, p.Set, []Value{obj, val}, nil)
		return err
	}
	propCopy := func(p *Property) *Property { n := *p; return &n }
	pt.AddMethod("getter", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		n := propCopy(self.(*Property))
		n.Get = args[0]
		return n, nil
	})
	pt.AddMethod("setter", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		n := propCopy(self.(*Property))
		n.Set = args[0]
		return n, nil
	})
	pt.AddMethod("deleter", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		n := propCopy(self.(*Property))
		n.Del = args[0]
		return n, nil
	})
	orNone := func(v Value) Value {
		if v == nil {
			return None
		}
		return v
	}
	pt.AddGetter("fget", func(th *Thread, self Value) (Value, error) { return orNone(self.(*Property).Get), nil })
	pt.AddGetter("fset", func(th *Thread, self Value) (Value, error) { return orNone(self.(*Property).Set), nil })
	pt.AddGetter("fdel", func(th *Thread, self Value) (Value, error) { return orNone(self.(*Property).Del), nil })
	pt.AddGetter("__doc__", func(th *Thread, self Value) (Value, error) {
		p := self.(*Property)
		if p.Doc != nil {
			return p.Doc, nil
		}
		if p.Get != nil {
			if d, ok := GetAttrNoErr(th, p.Get, "__doc__"); ok {
				return d, nil
			}
		}
		return None, nil
	})

	GetSetDescrType = NewBuiltinType("getset_descriptor", nil)
	GetSetDescrType.DescrGet = func(th *Thread, d, obj Value, t *Type) (Value, error) {
		g := d.(*GetSetDescr)
		if obj == nil {
			return d, nil
		}
		return g.Get(th, unwrapBuiltin(obj, g.Owner))
	}
	GetSetDescrType.DescrSet = func(th *Thread, d, obj, val Value) error {
		g := d.(*GetSetDescr)
		if g.Set == nil {
			return Errorf(AttributeErrorType, "attribute '", g.Name, "' of '", g.Owner.Name, "' objects is not writable")
		}
		return g.Set(th, obj, val)
	}
	GetSetDescrType.Repr = func(th *Thread, v Value) (string, error) {
		g := v.(*GetSetDescr)
		return "<attribute '" + g.Name + "' of '" + g.Owner.Name + "' objects>", nil
	}

	CodeType = NewBuiltinType("code", nil)
	CodeType.Repr = func(th *Thread, v Value) (string, error) {
		c := v.(*CodeObj).C
		return "<code object " + c.Name + " at " + addrOf(v) + ", file \"" + c.Filename + "\", line " + itoa(c.FirstLine) + ">", nil
	}
	CodeType.AddGetter("co_name", func(th *Thread, self Value) (Value, error) { return NewStr(self.(*CodeObj).C.Name), nil })
	CodeType.AddGetter("co_filename", func(th *Thread, self Value) (Value, error) { return NewStr(self.(*CodeObj).C.Filename), nil })
	CodeType.AddGetter("co_argcount", func(th *Thread, self Value) (Value, error) { return MakeInt(int64(self.(*CodeObj).C.ArgCount)), nil })
	CodeType.AddGetter("co_varnames", func(th *Thread, self Value) (Value, error) {
		var out []Value
		for _, n := range self.(*CodeObj).C.VarNames {
			out = append(out, NewStr(n))
		}
		return Tuple(out), nil
	})
	CodeType.AddGetter("co_kwonlyargcount", func(th *Thread, self Value) (Value, error) { return MakeInt(int64(self.(*CodeObj).C.KwOnlyCount)), nil })
	CodeType.AddGetter("co_posonlyargcount", func(th *Thread, self Value) (Value, error) {
		return MakeInt(int64(self.(*CodeObj).C.PosOnlyCount)), nil
	})
	CodeType.AddGetter("co_nlocals", func(th *Thread, self Value) (Value, error) {
		return MakeInt(int64(len(self.(*CodeObj).C.VarNames))), nil
	})
	CodeType.AddGetter("co_qualname", func(th *Thread, self Value) (Value, error) { return NewStr(self.(*CodeObj).C.QualName), nil })
	CodeType.AddGetter("co_flags", func(th *Thread, self Value) (Value, error) {
		c := self.(*CodeObj).C
		// CPython's CO_* bits
		f := int64(0)
		if c.Flags&compile.FlagNewLocals != 0 {
			f |= 3
		}
		if c.Flags&compile.FlagVarArgs != 0 {
			f |= 4
		}
		if c.Flags&compile.FlagVarKw != 0 {
			f |= 8
		}
		if c.Flags&compile.FlagGenerator != 0 {
			f |= 0x20
		}
		if c.Flags&compile.FlagCoroutine != 0 {
			f |= 0x80
		}
		if c.Flags&compile.FlagAsyncGenerator != 0 {
			f |= 0x200
		}
		return MakeInt(f), nil
	})
	CodeType.AddGetter("co_cellvars", func(th *Thread, self Value) (Value, error) { return strTuple(self.(*CodeObj).C.CellVars), nil })
	CodeType.AddGetter("co_freevars", func(th *Thread, self Value) (Value, error) { return strTuple(self.(*CodeObj).C.FreeVars), nil })
	CodeType.AddGetter("co_names", func(th *Thread, self Value) (Value, error) { return strTuple(self.(*CodeObj).C.Names), nil })
	CodeType.AddGetter("co_firstlineno", func(th *Thread, self Value) (Value, error) { return MakeInt(int64(self.(*CodeObj).C.FirstLine)), nil })

	ModuleType = NewBuiltinType("module", nil)
	ModuleType.Flags |= FlagBaseType
	ModuleType.GetAttr = moduleGetAttr
	ModuleType.Repr = func(th *Thread, v Value) (string, error) {
		m := v.(*Module)
		if f := m.Dict.GetStr("__file__"); f != nil {
			s, _ := ToStr(th, f)
			return "<module '" + m.Name + "' from '" + s + "'>", nil
		}
		return "<module '" + m.Name + "' (built-in)>", nil
	}
	ModuleType.New = func(th *Thread, cls *Type, args []Value, kw *Kwargs) (Value, error) {
		if len(args) == 0 {
			return nil, NewError(TypeErrorType, "module() missing required argument 'name' (pos 1)")
		}
		name, _ := ToStr(th, args[0])
		return NewModule(name), nil
	}

	initGeneratorTypes()

	SuperType = NewBuiltinType("super", nil)
	SuperType.New = superNew
	SuperType.Init = func(th *Thread, self Value, args []Value, kw *Kwargs) error { return nil }
	SuperType.GetAttr = superGetAttr
	SuperType.Repr = func(th *Thread, v Value) (string, error) {
		s := v.(*Super)
		return "<super: <class '" + s.This.Name + "'>, <" + s.ObjType.Name + " object>>", nil
	}

	initFrameType()
	initMemberDescrType()
	initAnext()
	TracebackType = NewBuiltinType("traceback", nil)
	TracebackType.AddGetter("tb_lineno", func(th *Thread, self Value) (Value, error) {
		e := self.(*TracebackValue).entries
		if len(e) == 0 {
			return None, nil
		}
		return MakeInt(int64(e[len(e)-1].Line)), nil
	})
	TracebackType.AddGetter("tb_frame", func(th *Thread, self Value) (Value, error) {
		e := self.(*TracebackValue).entries
		if len(e) == 0 {
			return None, nil
		}
		t := e[len(e)-1]
		// only the name, file and line of the frame are recorded
		co := &CodeObj{C: &compile.Code{Name: t.Func, QualName: t.Func, Filename: t.File, FirstLine: t.Line}}
		return &FrameValue{code: co, line: t.Line, globals: NewDict(), locals: NewDict(), back: None}, nil
	})
	TracebackType.AddGetter("tb_next", func(th *Thread, self Value) (Value, error) {
		e := self.(*TracebackValue).entries
		if len(e) <= 1 {
			return None, nil
		}
		return &TracebackValue{entries: e[:len(e)-1]}, nil
	})

	GenericAliasType = NewBuiltinType("GenericAlias", nil)
	GenericAliasType.Module = "types"
	GenericAliasType.Flags |= FlagDottedName
	GenericAliasType.Repr = func(th *Thread, v Value) (string, error) {
		g := v.(*GenericAlias)
		parts := g.argsTuple()
		s, err := typeReprShort(th, g.Origin)
		if err != nil {
			return "", err
		}
		s += "["
		if len(parts) == 0 {
			s += "()"
		}
		for i, p := range parts {
			if i > 0 {
				s += ", "
			}
			var r string
			if p == Ellipsis {
				r = "..."
			} else if r, err = typeReprShort(th, p); err != nil {
				return "", err
			}
			s += r
		}
		return s + "]", nil
	}
	GenericAliasType.AddGetter("__origin__", func(th *Thread, self Value) (Value, error) { return self.(*GenericAlias).Origin, nil })
	GenericAliasType.AddGetter("__args__", func(th *Thread, self Value) (Value, error) { return self.(*GenericAlias).argsTuple(), nil })
	GenericAliasType.AddGetter("__parameters__", func(th *Thread, self Value) (Value, error) { return Tuple{}, nil })
	GenericAliasType.Compare = func(th *Thread, a, b Value, op CmpOp) (Value, error) {
		y, ok := b.(*GenericAlias)
		if !ok || (op != CmpEQ && op != CmpNE) {
			return NotImplemented, nil
		}
		x := a.(*GenericAlias)
		eq := x.Origin == y.Origin
		if eq {
			var err error
			if eq, err = Equal(th, x.argsTuple(), y.argsTuple()); err != nil {
				return nil, err
			}
		}
		return MakeBool(eq == (op == CmpEQ)), nil
	}
	GenericAliasType.Hash = func(th *Thread, v Value) (int64, error) {
		g := v.(*GenericAlias)
		h, err := Hash(th, g.argsTuple())
		if err != nil {
			return 0, err
		}
		oh, _ := Hash(th, g.Origin)
		return h ^ oh, nil
	}
	GenericAliasType.GetAttr = func(th *Thread, v Value, name string) (Value, error) {
		r, err := GenericGetAttr(th, v, name)
		if err != nil && len(name) > 0 && name[0] != '_' {
			// list[int].append and friends are the origin's attributes
			return GetAttr(th, v.(*GenericAlias).Origin, name)
		}
		return r, err
	}
	GenericAliasType.Call = func(th *Thread, fn Value, args []Value, kw *Kwargs) (Value, error) {
		return Call(th, fn.(*GenericAlias).Origin, args, kw)
	}
}

func seqContainsIter(th *Thread, v, x Value) (bool, error) {
	found := false
	err := ForEach(th, v, func(e Value) error {
		eq, err := Equal(th, e, x)
		if err != nil {
			return err
		}
		if eq {
			found = true
			return errStop
		}
		return nil
	})
	if err == errStop {
		err = nil
	}
	return found, err
}

func funcGetAttr(th *Thread, v Value, name string) (Value, error) {
	f := v.(*Function)
	switch name {
	case "__name__":
		return NewStr(f.Name), nil
	case "__qualname__":
		return NewStr(f.QualName), nil
	case "__doc__":
		if f.Doc == nil {
			return None, nil
		}
		return f.Doc, nil
	case "__module__":
		if f.Module == nil {
			return None, nil
		}
		return f.Module, nil
	case "__defaults__":
		if f.Defaults == nil {
			return None, nil
		}
		return f.Defaults, nil
	case "__kwdefaults__":
		if f.KwDefaults == nil {
			return None, nil
		}
		return f.KwDefaults, nil
	case "__code__":
		return f.Code, nil
	case "__globals__":
		return f.Globals, nil
	case "__closure__":
		if f.Closure == nil {
			return None, nil
		}
		out := make([]Value, len(f.Closure))
		for i, c := range f.Closure {
			out[i] = c
		}
		return Tuple(out), nil
	case "__dict__":
		return instanceDict(f), nil
	case "__annotations__":
		if f.Dict != nil {
			if a := f.Dict.GetStr("__annotations__"); a != nil {
				return a, nil
			}
		}
		d := NewDict()
		instanceDict(f).SetStr("__annotations__", d)
		return d, nil
	}
	return GenericGetAttr(th, v, name)
}

func funcSetAttr(th *Thread, v Value, name string, val Value) error {
	f := v.(*Function)
	switch name {
	case "__name__":
		s, ok := val.(*Str)
		if !ok {
			return NewError(TypeErrorType, "__name__ must be set to a string object")
		}
		f.Name = s.s
		return nil
	case "__qualname__":
		s, ok := val.(*Str)
		if !ok {
			return NewError(TypeErrorType, "__qualname__ must be set to a string object")
		}
		f.QualName = s.s
		return nil
	case "__doc__":
		f.Doc = val
		return nil
	case "__module__":
		f.Module = val
		return nil
	case "__defaults__":
		if val == None || val == nil {
			f.Defaults = nil
		} else if t, ok := val.(Tuple); ok {
			f.Defaults = t
		} else {
			return NewError(TypeErrorType, "__defaults__ must be set to a tuple object")
		}
		return nil
	}
	return GenericSetAttr(th, v, name, val)
}

// addSlotWrappers exposes a built-in type's Go slots as dunder methods in
// its dict, so that super().__init__(), int.__add__(1, 2) and friends work.
//
// As in CPython, a slot inherited unchanged from the base gets no wrapper
// of its own (ValueError.__repr__ is BaseException's): the lookup along
// the MRO finds the base's, which calls the same Go function. Besides
// matching CPython's type dicts this halves the start-up work, most of
// which was wrapping the seventy exception types' inherited slots.
// __init__ and __new__ are the exception: CPython's exception types each
// list their own.
func addSlotWrappers(t *Type) {
	b := t.Base
	if b == nil {
		b = &Type{} // object: every slot it has is its own
	}
	add := func(name string, fn func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error)) {
		if t.Dict.GetStr(name) == nil {
			t.AddMethod(name, fn)
		}
	}
	need := func(args []Value, n int, name string) error {
		if len(args) != n {
			return Errorf(TypeErrorType, "expected ", itoa(n), " argument(s), got ", itoa(len(args)))
		}
		return nil
	}
	if t.Init != nil {
		init := t.Init
		add("__init__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
			return None, init(th, self, args, kw)
		})
	}
	if t.New != nil && t.Dict.GetStr("__new__") == nil {
		nw := t.New
		owner := t
		t.setDictStr("__new__", &StaticMethod{Func: &Builtin{Name: "__new__", Fn: func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
			if len(args) == 0 {
				return nil, Errorf(TypeErrorType, owner.Name, ".__new__(): not enough arguments")
			}
			cls, ok := args[0].(*Type)
			if !ok {
				return nil, Errorf(TypeErrorType, owner.Name, ".__new__(X): X is not a type object (", TypeName(args[0]), ")")
			}
			if owner == ObjectType || cls.Layout == owner || cls == owner {
				if owner == ObjectType {
					if cls.Flags&FlagUser != 0 || cls == ObjectType {
						return newInstance(th, cls, nil, nil)
					}
				}
				return nw(th, cls, args[1:], kw)
			}
			return nw(th, cls, args[1:], kw)
		}}})
	}
	if f := t.Repr; f != nil && !sameSlot(&t.Repr, &b.Repr) {
		add("__repr__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
			s, err := f(th, self)
			return NewStr(s), err
		})
	}
	if f := t.Str; f != nil {
		if !sameSlot(&t.Str, &b.Str) || ownSlotWrapper(t, "__str__") {
			add("__str__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
				s, err := f(th, self)
				return NewStr(s), err
			})
		}
	} else if f := t.Repr; f != nil && t == ObjectType {
		add("__str__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
			s, err := Repr(th, self)
			return NewStr(s), err
		})
	}
	if sameSlot(&t.Hash, &b.Hash) {
		// inherited, or unhashable like the base
	} else if f := t.Hash; f != nil {
		add("__hash__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
			h, err := f(th, self)
			return MakeInt(h), err
		})
	} else if t != ObjectType {
		t.Dict.SetStr("__hash__", None)
	}
	if f := t.Compare; f != nil && !sameSlot(&t.Compare, &b.Compare) {
		for i, d := range cmpDunders {
			op := CmpOp(i)
			add(d, func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
				if err := need(args, 1, d); err != nil {
					return nil, err
				}
				return f(th, self, unwrapV(args[0]), op)
			})
		}
	}
	if f := t.Len; f != nil && !sameSlot(&t.Len, &b.Len) {
		add("__len__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
			n, err := f(th, self)
			return MakeInt(int64(n)), err
		})
	}
	if f := t.Bool; f != nil && !sameSlot(&t.Bool, &b.Bool) {
		add("__bool__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
			b, err := f(th, self)
			return MakeBool(b), err
		})
	}
	if f := t.Iter; f != nil && !sameSlot(&t.Iter, &b.Iter) {
		add("__iter__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) { return f(th, self) })
	}
	if f := t.GetItem; f != nil && !sameSlot(&t.GetItem, &b.GetItem) {
		add("__getitem__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
			if err := need(args, 1, "__getitem__"); err != nil {
				return nil, err
			}
			return f(th, self, args[0])
		})
	}
	if f := t.SetItem; f != nil && !sameSlot(&t.SetItem, &b.SetItem) {
		add("__setitem__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
			if err := need(args, 2, "__setitem__"); err != nil {
				return nil, err
			}
			return None, f(th, self, args[0], args[1])
		})
		add("__delitem__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
			if err := need(args, 1, "__delitem__"); err != nil {
				return nil, err
			}
			return None, f(th, self, args[0], nil)
		})
	}
	if f := t.Contains; f != nil && !sameSlot(&t.Contains, &b.Contains) {
		add("__contains__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
			b, err := f(th, self, args[0])
			return MakeBool(b), err
		})
	}
	if t == TypeType {
		add("__call__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
			cls, ok := self.(*Type)
			if !ok {
				return nil, NewError(TypeErrorType, "descriptor '__call__' requires a 'type' object")
			}
			return typeCallDefault(th, cls, args, kw)
		})
	} else if f := t.Call; f != nil && !sameSlot(&t.Call, &b.Call) {
		add("__call__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) { return f(th, self, args, kw) })
	}
	if f := t.DescrGet; f != nil && !sameSlot(&t.DescrGet, &b.DescrGet) {
		add("__get__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
			if len(args) < 1 || len(args) > 2 {
				return nil, Errorf(TypeErrorType, "expected 1 or 2 arguments, got ", strconv.Itoa(len(args)))
			}
			obj := unwrapV(args[0])
			var typ *Type
			if len(args) == 2 && args[1] != None {
				typ, _ = args[1].(*Type)
			}
			if obj == None {
				obj = nil
			}
			if obj == nil && typ == nil {
				return nil, NewError(TypeErrorType, "__get__(None, None) is invalid")
			}
			return f(th, self, obj, typ)
		})
	}
	if f := t.DescrSet; f != nil && !sameSlot(&t.DescrSet, &b.DescrSet) {
		add("__set__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
			if err := need(args, 2, "__set__"); err != nil {
				return nil, err
			}
			return None, f(th, self, unwrapV(args[0]), args[1])
		})
		add("__delete__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
			if err := need(args, 1, "__delete__"); err != nil {
				return nil, err
			}
			return None, f(th, self, unwrapV(args[0]), nil)
		})
	}
	for i := range t.Num {
		if f := t.Num[i]; f != nil && (!sameSlot(&t.Num[i], &b.Num[i]) || ownSlotWrapper(t, binOpDunders[i])) {
			add(binOpDunders[i], func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
				return f(th, self, unwrapV(args[0]))
			})
		}
		if f := t.RNum[i]; f != nil && (!sameSlot(&t.RNum[i], &b.RNum[i]) || ownSlotWrapper(t, binOpRDunders[i])) {
			add(binOpRDunders[i], func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
				return f(th, self, unwrapV(args[0]))
			})
		}
		if f := t.INum[i]; f != nil && !sameSlot(&t.INum[i], &b.INum[i]) {
			add(binOpIDunders[i], func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
				return f(th, self, unwrapV(args[0]))
			})
		}
	}
	for i := range t.Unary {
		if f := t.Unary[i]; f != nil && !sameSlot(&t.Unary[i], &b.Unary[i]) {
			add(unaryDunders[i], func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) { return f(th, self) })
		}
	}
}

// ownSlotWrapper reports whether CPython lists name in t's own dict
// although refinterp's t inherits the Go slot (whose function handles the
// subclass too): KeyError's and OSError's __str__, bool's bitwise operators.
func ownSlotWrapper(t *Type, name string) bool {
	switch t {
	case KeyErrorType, OSErrorType:
		return name == "__str__"
	case BoolType:
		switch name {
		case "__and__", "__or__", "__xor__", "__rand__", "__ror__", "__rxor__":
			return true
		}
	}
	return false
}

// sameSlot reports whether two slot fields hold the same Go function
// value (one copied from the other by inheritSlots), or are both nil. Func
// values cannot be compared in Go; their words can: gc represents one as
// a pointer to its closure, TinyGo as a (context, function) pair, and a
// copy has the same words either way.
func sameSlot[F any](a, b *F) bool {
	const word = unsafe.Sizeof(uintptr(0))
	pa, pb := unsafe.Pointer(a), unsafe.Pointer(b)
	for off := uintptr(0); off < unsafe.Sizeof(*a); off += word {
		if *(*uintptr)(unsafe.Add(pa, off)) != *(*uintptr)(unsafe.Add(pb, off)) {
			return false
		}
	}
	return true
}

// propertyMissing is CPython 3.11's error for setting or deleting a
// property without fset/fdel: "property 'x' of 'C' object has no setter".
func propertyMissing(p *Property, obj Value, what string) error {
	t := obj.Type()
	name := ""
	for _, c := range t.MRO {
		keys, vals := c.Dict.Items()
		for i, v := range vals {
			if v == Value(p) {
				if ks, ok := keys[i].(*Str); ok {
					name = ks.s
				}
			}
		}
		if name != "" {
			break
		}
	}
	if name == "" {
		return Errorf(AttributeErrorType, "property of '", t.TPName(), "' object has no ", what)
	}
	return Errorf(AttributeErrorType, "property '", name, "' of '", t.TPName(), "' object has no ", what)
}

// cloneType returns a built-in type with t's slots and attributes under
// another name (for types CPython distinguishes only by name and repr).
func cloneType(t *Type, name string) *Type {
	c := *t
	c.Name = name
	c.Dict = newDictNoAccount()
	keys, vals := t.Dict.Items()
	for i, k := range keys {
		c.Dict.SetStr(k.(*Str).s, vals[i])
	}
	c.MRO = append([]*Type{&c}, t.MRO[1:]...)
	return &c
}
