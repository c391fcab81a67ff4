package py

import (
	"math"
	"math/big"
	"strings"
	"unicode/utf8"

	"github.com/mptest/mptest/refinterp/compile"
	"github.com/mptest/mptest/refinterp/pyfmt"
	"github.com/mptest/mptest/refinterp/syntax"
)

func argCount(name string, args []Value, min, max int) error {
	if len(args) < min || len(args) > max {
		if min == max {
			if min == 1 {
				return Errorf(TypeErrorType, name, "() takes exactly one argument (", itoa(len(args)), " given)")
			}
			return Errorf(TypeErrorType, name, " expected ", itoa(min), " arguments, got ", itoa(len(args)))
		}
		if len(args) < min {
			return Errorf(TypeErrorType, name, " expected at least ", itoa(min), " argument", plural(min), ", got ", itoa(len(args)))
		}
		return Errorf(TypeErrorType, name, " expected at most ", itoa(max), " argument", plural(max), ", got ", itoa(len(args)))
	}
	return nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func noKw(name string, kw *Kwargs) error {
	if kw.Len() > 0 {
		return Errorf(TypeErrorType, name, "() takes no keyword arguments")
	}
	return nil
}

func (th *Thread) newBuiltinsModule() *Module {
	m := NewModule("builtins")
	d := m.Dict
	reserveDict(d, 160)
	for _, t := range []*Type{ObjectType, TypeType, IntType, BoolType, FloatType, ComplexType, StrType, BytesType,
		ByteArrayType, TupleType, ListType, DictType, SetType, FrozenSetType, RangeType, SliceType, PropertyType,
		ClassMethodType, StaticMethodType, SuperType, EnumerateType, ZipType, MapType, FilterType, MemoryViewType} {
		setStrKey(d, t.Name, t)
	}
	d.SetStr("reversed", reversedType)
	for _, t := range exceptionTypes {
		setStrKey(d, t.Name, t)
	}
	d.SetStr("EnvironmentError", OSErrorType)
	d.SetStr("IOError", OSErrorType)
	d.SetStr("None", None)
	d.SetStr("True", True)
	d.SetStr("False", False)
	d.SetStr("Ellipsis", Ellipsis)
	d.SetStr("NotImplemented", NotImplemented)
	d.SetStr("__debug__", True)
	f := func(name string, fn BuiltinFunc) { setStrKey(d, name, newBuiltinFunc(name, fn, m)) }
	f("print", builtinPrint)
	for _, name := range []string{"exit", "quit"} { // site's Quitter objects
		f(name, func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
			if len(args) == 0 {
				return nil, NewException(SystemExitType)
			}
			return nil, NewException(SystemExitType, args[0])
		})
	}
	f("len", func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
		if err := argCount("len", args, 1, 1); err != nil {
			return nil, err
		}
		n, err := Len(th, args[0])
		return MakeInt(int64(n)), err
	})
	f("repr", func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
		if err := argCount("repr", args, 1, 1); err != nil {
			return nil, err
		}
		s, err := Repr(th, args[0])
		return NewStr(s), err
	})
	f("ascii", func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
		if err := argCount("ascii", args, 1, 1); err != nil {
			return nil, err
		}
		s, err := Repr(th, args[0])
		return NewStr(asciiEscape(s)), err
	})
	f("abs", func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
		if err := argCount("abs", args, 1, 1); err != nil {
			return nil, err
		}
		if x, ok := args[0].(Int); ok && x >= 0 {
			return x, nil
		}
		return Unary(th, OpAbs, args[0])
	})
	f("all", func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
		if err := argCount("all", args, 1, 1); err != nil {
			return nil, err
		}
		r := true
		err := ForEach(th, args[0], func(v Value) error {
			b, err := Truth(th, v)
			if err != nil {
				return err
			}
			if !b {
				r = false
				return errStop
			}
			return nil
		})
		if err == errStop {
			err = nil
		}
		return MakeBool(r), err
	})
	f("any", func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
		if err := argCount("any", args, 1, 1); err != nil {
			return nil, err
		}
		r := false
		err := ForEach(th, args[0], func(v Value) error {
			b, err := Truth(th, v)
			if err != nil {
				return err
			}
			if b {
				r = true
				return errStop
			}
			return nil
		})
		if err == errStop {
			err = nil
		}
		return MakeBool(r), err
	})
	baseConv := func(name string, base int, prefix string) {
		f(name, func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
			if err := argCount(name, args, 1, 1); err != nil {
				return nil, err
			}
			v, err := Index(th, args[0])
			if err != nil {
				return nil, err
			}
			b, _ := toBig(v)
			s := pyfmt.FormatIntBase(b, base)
			return NewStr(s), nil
		})
	}
	baseConv("bin", 2, "0b")
	baseConv("oct", 8, "0o")
	baseConv("hex", 16, "0x")
	f("aiter", builtinAiter)
	f("anext", builtinAnext)
	f("callable", func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
		if err := argCount("callable", args, 1, 1); err != nil {
			return nil, err
		}
		return MakeBool(Callable(args[0])), nil
	})
	f("chr", func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
		if err := argCount("chr", args, 1, 1); err != nil {
			return nil, err
		}
		if _, ok := args[0].(Float); ok {
			return nil, NewError(TypeErrorType, "integer argument expected, got float")
		}
		n, err := AsInt(th, args[0])
		if err != nil {
			return nil, err
		}
		if n < 0 || n > 0x10ffff {
			return nil, NewError(ValueErrorType, "chr() arg not in range(0x110000)")
		}
		if n >= 0xd800 && n < 0xe000 {
			return NewStr(string([]byte{byte(0xe0 | n>>12), byte(0x80 | (n>>6)&0x3f), byte(0x80 | n&0x3f)})), nil
		}
		return NewStr(string(rune(n))), nil
	})
	f("ord", func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
		if err := argCount("ord", args, 1, 1); err != nil {
			return nil, err
		}
		switch x := args[0].(type) {
		case *Str:
			if x.Len() != 1 {
				return nil, Errorf(TypeErrorType, "ord() expected a character, but string of length ", itoa(x.Len()), " found")
			}
			r, sz := utf8.DecodeRuneInString(x.s)
			if r == utf8.RuneError && sz == 1 && len(x.s) == 3 {
				s := x.s
				return MakeInt(int64(s[0]&0x0f)<<12 | int64(s[1]&0x3f)<<6 | int64(s[2]&0x3f)), nil
			}
			return MakeInt(int64(r)), nil
		case *Bytes:
			if len(x.b) != 1 {
				return nil, Errorf(TypeErrorType, "ord() expected a character, but string of length ", itoa(len(x.b)), " found")
			}
			return MakeInt(int64(x.b[0])), nil
		}
		return nil, Errorf(TypeErrorType, "ord() expected string of length 1, but ", TypeName(args[0]), " found")
	})
	f("divmod", func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
		if err := argCount("divmod", args, 2, 2); err != nil {
			return nil, err
		}
		a, b := args[0], args[1]
		if fa, ok := a.(Float); ok || isFloat(b) {
			_ = fa
			x, ok1, _ := toFloat(a)
			y, ok2, _ := toFloat(b)
			if ok1 && ok2 {
				q, r, err := pyfmt.FloatDivmod(x, y)
				if err != nil {
					return nil, fmtErr(err)
				}
				return NewTuple([]Value{MakeFloat(q), MakeFloat(r)}), nil
			}
		}
		if t := a.Type(); t.Flags&FlagUser != 0 {
			if dm := t.Lookup("__divmod__"); dm != nil {
				return callDunder(th, dm, a, b)
			}
		}
		q, err := Binary(th, OpFloorDiv, a, b)
		if err != nil {
			if e, ok := err.(*Exception); ok && e.Class == TypeErrorType {
				return nil, Errorf(TypeErrorType, "unsupported operand type(s) for divmod(): '", TypeName(a), "' and '", TypeName(b), "'")
			}
			return nil, err
		}
		r, err := Binary(th, OpMod, a, b)
		if err != nil {
			return nil, err
		}
		return NewTuple([]Value{q, r}), nil
	})
	f("format", func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
		if err := argCount("format", args, 1, 2); err != nil {
			return nil, err
		}
		spec := ""
		if len(args) > 1 {
			s, ok := args[1].(*Str)
			if !ok {
				return nil, Errorf(TypeErrorType, "format() argument 2 must be str, not ", TypeName(args[1]))
			}
			spec = s.s
		}
		s, err := Format(th, args[0], spec)
		return NewStr(s), err
	})
	f("getattr", func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
		if err := argCount("getattr", args, 2, 3); err != nil {
			return nil, err
		}
		name, ok := args[1].(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "attribute name must be string, not '", TypeName(args[1]), "'")
		}
		r, err := GetAttr(th, args[0], name.s)
		if err != nil && len(args) == 3 && isAttrError(err) {
			return args[2], nil
		}
		return r, err
	})
	f("setattr", func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
		if err := argCount("setattr", args, 3, 3); err != nil {
			return nil, err
		}
		name, ok := args[1].(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "attribute name must be string, not '", TypeName(args[1]), "'")
		}
		return None, SetAttr(th, args[0], name.s, args[2])
	})
	f("delattr", func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
		if err := argCount("delattr", args, 2, 2); err != nil {
			return nil, err
		}
		name, ok := args[1].(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "attribute name must be string, not '", TypeName(args[1]), "'")
		}
		return None, SetAttr(th, args[0], name.s, nil)
	})
	f("hasattr", func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
		if err := argCount("hasattr", args, 2, 2); err != nil {
			return nil, err
		}
		name, ok := args[1].(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "attribute name must be string, not '", TypeName(args[1]), "'")
		}
		r, err := HasAttr(th, args[0], name.s)
		return MakeBool(r), err
	})
	f("globals", func(th *Thread, args []Value, kw *Kwargs) (Value, error) { return th.frame.globals, nil })
	f("locals", func(th *Thread, args []Value, kw *Kwargs) (Value, error) { return th.frameLocals(th.frame), nil })
	f("vars", func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
		if len(args) == 0 {
			return th.frameLocals(th.frame), nil
		}
		if t, ok := args[0].(*Type); ok {
			return &MappingProxy{t.Dict}, nil
		}
		d := instanceDict(args[0])
		if d == nil {
			return nil, NewError(TypeErrorType, "vars() argument must have __dict__ attribute")
		}
		return d, nil
	})
	f("hash", func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
		if err := argCount("hash", args, 1, 1); err != nil {
			return nil, err
		}
		h, err := Hash(th, args[0])
		return MakeInt(h), err
	})
	f("id", func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
		if err := argCount("id", args, 1, 1); err != nil {
			return nil, err
		}
		return MakeInt(int64(Id(args[0]))), nil
	})
	f("input", builtinInput)
	f("isinstance", func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
		if err := argCount("isinstance", args, 2, 2); err != nil {
			return nil, err
		}
		r, err := isInstanceOf(th, args[0], args[1])
		return MakeBool(r), err
	})
	f("issubclass", func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
		if err := argCount("issubclass", args, 2, 2); err != nil {
			return nil, err
		}
		c, ok := args[0].(*Type)
		if !ok {
			return nil, NewError(TypeErrorType, "issubclass() arg 1 must be a class")
		}
		r, err := isSubclassOf(th, c, args[1])
		return MakeBool(r), err
	})
	f("iter", func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
		if err := argCount("iter", args, 1, 2); err != nil {
			return nil, err
		}
		if len(args) == 2 {
			if !Callable(args[0]) {
				return nil, NewError(TypeErrorType, "iter(v, w): v must be callable")
			}
			return &callIter{fn: args[0], sentinel: args[1]}, nil
		}
		return Iter(th, args[0])
	})
	f("next", func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
		if err := argCount("next", args, 1, 2); err != nil {
			return nil, err
		}
		if args[0].Type().Next == nil {
			return nil, Errorf(TypeErrorType, "'", TypeName(args[0]), "' object is not an iterator")
		}
		var v Value
		var err error
		if g, ok := args[0].(*Generator); ok && g.kind == genPlain {
			v, err = g.Send(th, None)
		} else {
			v, err = Next(th, args[0])
		}
		if err != nil {
			if len(args) == 2 {
				if e, ok := err.(*Exception); ok && e.Class.IsSubtype(StopIterationType) {
					return args[1], nil
				}
			}
			return nil, err
		}
		if v == nil {
			if len(args) == 2 {
				return args[1], nil
			}
			return nil, NewException(StopIterationType)
		}
		return v, nil
	})
	f("max", func(th *Thread, args []Value, kw *Kwargs) (Value, error) { return minMax(th, "max", args, kw, true) })
	f("min", func(th *Thread, args []Value, kw *Kwargs) (Value, error) { return minMax(th, "min", args, kw, false) })
	f("pow", func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
		if kw != nil {
			for i, n := range kw.Names {
				switch n {
				case "base", "exp", "mod":
					args = append(args, kw.Values[i])
				}
			}
		}
		if err := argCount("pow", args, 2, 3); err != nil {
			return nil, err
		}
		if len(args) == 3 && args[2] != None {
			return pow3(th, args[0], args[1], args[2])
		}
		return Binary(th, OpPow, args[0], args[1])
	})
	f("round", func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
		if kw != nil {
			for i, n := range kw.Names {
				if n == "ndigits" {
					args = append(args, kw.Values[i])
				} else if n == "number" {
					args = append([]Value{kw.Values[i]}, args...)
				}
			}
		}
		if err := argCount("round", args, 1, 2); err != nil {
			return nil, err
		}
		return builtinRound(th, args)
	})
	f("sorted", func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeErrorType, "sorted expected 1 argument, got ", itoa(len(args)))
		}
		elems, err := ToSlice(th, args[0])
		if err != nil {
			return nil, err
		}
		l := NewList(elems)
		var key Value
		reverse := false
		if kw != nil {
			for i, n := range kw.Names {
				switch n {
				case "key":
					key = kw.Values[i]
				case "reverse":
					reverse, err = Truth(th, kw.Values[i])
					if err != nil {
						return nil, err
					}
				default:
					return nil, Errorf(TypeErrorType, "'", n, "' is an invalid keyword argument for sort()")
				}
			}
		}
		return l, SortValues(th, l.Elems, key, reverse)
	})
	f("sum", func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
		var start Value = MakeInt(0)
		if kw != nil {
			for i, n := range kw.Names {
				if n == "start" {
					start = kw.Values[i]
				}
			}
		}
		if err := argCount("sum", args, 1, 2); err != nil {
			return nil, err
		}
		if len(args) == 2 {
			start = args[1]
		}
		switch start.(type) {
		case *Str:
			return nil, NewError(TypeErrorType, "sum() can't sum strings [use ''.join(seq) instead]")
		case *Bytes:
			return nil, NewError(TypeErrorType, "sum() can't sum bytes [use b''.join(seq) instead]")
		}
		acc := start
		fsum, useF := 0.0, false
		if f, ok := acc.(Float); ok {
			fsum, useF = float64(f), true
		}
		// Ints are summed unboxed while the total fits in an int64, as
		// CPython does: boxing every partial sum costs an allocation.
		isum, useI := int64(0), false
		if i, ok := acc.(Int); ok {
			isum, useI = int64(i), true
		}
		err := ForEach(th, args[0], func(v Value) error {
			if useI {
				if i, ok := v.(Int); ok {
					if r := isum + int64(i); (r > isum) == (i > 0) {
						isum = r
						return nil
					}
				}
				acc = MakeInt(isum)
				useI = false
			}
			if useF {
				if f, ok := v.(Float); ok {
					fsum += float64(f)
					return nil
				}
				if i, ok := v.(Int); ok {
					fsum += float64(i)
					return nil
				}
				acc = Float(fsum)
				useF = false
			}
			r, err := Binary(th, OpAdd, acc, v)
			if err != nil {
				return err
			}
			acc = r
			if f, ok := acc.(Float); ok {
				fsum, useF = float64(f), true
			}
			return nil
		})
		if useI {
			return MakeInt(isum), err
		}
		if useF {
			return MakeFloat(fsum), err
		}
		return acc, err
	})
	f("dir", func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
		if len(args) == 0 {
			d := th.frameLocals(th.frame)
			keys := d.Keys()
			l := NewList(keys)
			return l, SortValues(th, l.Elems, nil, false)
		}
		if d := args[0].Type().userLookup("__dir__"); d != nil {
			r, err := callBound(th, d, args[0], nil, nil)
			if err != nil {
				return nil, err
			}
			elems, err := ToSlice(th, r)
			if err != nil {
				return nil, err
			}
			l := NewList(append([]Value(nil), elems...))
			return l, SortValues(th, l.Elems, nil, false)
		}
		l := NewList(dirOf(th, args[0]))
		return l, SortValues(th, l.Elems, nil, false)
	})
	f("open", builtinOpen)
	f("eval", func(th *Thread, args []Value, kw *Kwargs) (Value, error) { return th.evalExec(args, kw, true) })
	f("exec", func(th *Thread, args []Value, kw *Kwargs) (Value, error) { return th.evalExec(args, kw, false) })
	f("compile", builtinCompile)
	f("__import__", func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
		if len(args) == 0 {
			return nil, NewError(TypeErrorType, "__import__() missing required argument 'name' (pos 1)")
		}
		name, ok := args[0].(*Str)
		if !ok {
			return nil, NewError(TypeErrorType, "__import__() argument 1 must be str")
		}
		var fromlist Value = None
		level := 0
		globals := th.frame.globals
		if len(args) > 1 {
			if g, ok := args[1].(*Dict); ok {
				globals = g
			}
		}
		if len(args) > 3 {
			fromlist = args[3]
		}
		if len(args) > 4 {
			level, _ = AsInt(th, args[4])
		}
		if kw != nil {
			for i, n := range kw.Names {
				switch n {
				case "fromlist":
					fromlist = kw.Values[i]
				case "level":
					level, _ = AsInt(th, kw.Values[i])
				}
			}
		}
		return th.importName(name.s, fromlist, level, globals)
	})
	f("__build_class__", buildClass)
	f("help", func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
		if len(args) == 0 {
			_, err := th.Stdout.Write([]byte("Type help(object) for help about object.\n"))
			return None, err
		}
		doc, _ := GetAttrNoErr(th, args[0], "__doc__")
		s := "Help on " + TypeName(args[0]) + " object"
		if doc != nil && doc != None {
			ds, _ := ToStr(th, doc)
			s += ":\n\n" + ds
		}
		_, err := th.Stdout.Write([]byte(s + "\n"))
		return None, err
	})
	return m
}

func isFloat(v Value) bool {
	_, ok := v.(Float)
	return ok
}

func isInstanceOf(th *Thread, v, cls Value) (bool, error) {
	switch c := cls.(type) {
	case *Type:
		if IsInstance(v, c) {
			return true, nil
		}
		if c.Meta != nil {
			if ic := c.Meta.userLookup("__instancecheck__"); ic != nil {
				r, err := callDunder(th, ic, c, v)
				if err != nil {
					return false, err
				}
				return Truth(th, r)
			}
		}
		if c == ObjectType {
			return true, nil
		}
		return false, nil
	case *UnionType:
		return isInstanceOf(th, v, c.Args)
	case Tuple:
		for _, x := range c {
			ok, err := isInstanceOf(th, v, x)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	case *GenericAlias:
		return false, NewError(TypeErrorType, "isinstance() argument 2 cannot be a parameterized generic")
	}
	return false, NewError(TypeErrorType, "isinstance() arg 2 must be a type, a tuple of types, or a union")
}

func isSubclassOf(th *Thread, c *Type, cls Value) (bool, error) {
	switch x := cls.(type) {
	case *Type:
		if c.IsSubtype(x) {
			return true, nil
		}
		if x.Meta != nil {
			if sc := x.Meta.userLookup("__subclasscheck__"); sc != nil {
				r, err := callDunder(th, sc, x, c)
				if err != nil {
					return false, err
				}
				return Truth(th, r)
			}
		}
		return false, nil
	case *UnionType:
		return isSubclassOf(th, c, x.Args)
	case Tuple:
		for _, y := range x {
			ok, err := isSubclassOf(th, c, y)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	return false, NewError(TypeErrorType, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
}

func minMax(th *Thread, name string, args []Value, kw *Kwargs, isMax bool) (Value, error) {
	var key, def Value
	if kw != nil {
		for i, n := range kw.Names {
			switch n {
			case "key":
				key = kw.Values[i]
			case "default":
				def = kw.Values[i]
			default:
				return nil, Errorf(TypeErrorType, "'", n, "' is an invalid keyword argument for ", name, "()")
			}
		}
	}
	if len(args) == 0 {
		return nil, Errorf(TypeErrorType, name, " expected at least 1 argument, got 0")
	}
	var items []Value
	if len(args) == 1 {
		var err error
		items, err = ToSlice(th, args[0])
		if err != nil {
			return nil, err
		}
		if len(items) == 0 {
			if def != nil {
				return def, nil
			}
			return nil, Errorf(ValueErrorType, name, "() arg is an empty sequence")
		}
	} else {
		if def != nil {
			return nil, Errorf(TypeErrorType, "Cannot specify a default for ", name, "() with multiple positional arguments")
		}
		items = args
	}
	best := items[0]
	bestKey := best
	if key != nil && key != None {
		k, err := Call(th, key, []Value{best}, nil)
		if err != nil {
			return nil, err
		}
		bestKey = k
	}
	for _, it := range items[1:] {
		k := it
		if key != nil && key != None {
			var err error
			k, err = Call(th, key, []Value{it}, nil)
			if err != nil {
				return nil, err
			}
		}
		var better bool
		var err error
		if isMax {
			better, err = Less(th, bestKey, k)
		} else {
			better, err = Less(th, k, bestKey)
		}
		if err != nil {
			return nil, err
		}
		if better {
			best, bestKey = it, k
		}
	}
	return best, nil
}

func pow3(th *Thread, a, b, m Value) (Value, error) {
	x, ok1 := toBig(a)
	y, ok2 := toBig(b)
	z, ok3 := toBig(m)
	if !ok1 || !ok2 || !ok3 {
		// a class's __pow__(self, other, modulo) takes the 3-argument form
		if f := a.Type().userLookup("__pow__"); f != nil {
			r, err := callDunder(th, f, a, b, m)
			if err != nil || r != NotImplemented {
				return r, err
			}
		}
		return nil, NewError(TypeErrorType, "pow() 3rd argument not allowed unless all arguments are integers")
	}
	if z.Sign() == 0 {
		return nil, NewError(ValueErrorType, "pow() 3rd argument cannot be 0")
	}
	if y.Sign() < 0 {
		inv := new(big.Int).ModInverse(new(big.Int).Mod(x, new(big.Int).Abs(z)), new(big.Int).Abs(z))
		if inv == nil {
			return nil, NewError(ValueErrorType, "base is not invertible for the given modulus")
		}
		x = inv
		y = new(big.Int).Neg(y)
	}
	r := new(big.Int).Exp(x, y, new(big.Int).Abs(z))
	if z.Sign() < 0 && r.Sign() != 0 {
		r.Add(r, z)
	}
	return MakeBigInt(r), nil
}

func builtinRound(th *Thread, args []Value) (Value, error) {
	v := args[0]
	switch x := v.(type) {
	case Float:
		return roundFloat(th, float64(x), args[1:])
	case Int, *BigInt, Bool:
		if len(args) < 2 || args[1] == None {
			return Index(th, x)
		}
		n, err := AsInt(th, args[1])
		if err != nil {
			return nil, err
		}
		if n >= 0 {
			return Index(th, x)
		}
		b, _ := toBig(x)
		p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-n)), nil)
		q, r := new(big.Int).DivMod(b, p, new(big.Int))
		// round half to even
		twice := new(big.Int).Mul(r, big.NewInt(2))
		c := twice.Cmp(p)
		if c > 0 || (c == 0 && q.Bit(0) == 1) {
			q.Add(q, big.NewInt(1))
		}
		return MakeBigInt(q.Mul(q, p)), nil
	}
	if r := v.Type().Lookup("__round__"); r != nil {
		return callDunder(th, r, v, args[1:]...)
	}
	return nil, Errorf(TypeErrorType, "type ", TypeName(v), " doesn't define __round__ method")
}

func builtinPrint(th *Thread, args []Value, kw *Kwargs) (Value, error) {
	sep, end := " ", "\n"
	var file Value
	flush := false
	if kw != nil {
		for i, n := range kw.Names {
			v := kw.Values[i]
			switch n {
			case "sep":
				if v != None {
					s, ok := v.(*Str)
					if !ok {
						return nil, Errorf(TypeErrorType, "sep must be None or a string, not ", TypeName(v))
					}
					sep = s.s
				}
			case "end":
				if v != None {
					s, ok := v.(*Str)
					if !ok {
						return nil, Errorf(TypeErrorType, "end must be None or a string, not ", TypeName(v))
					}
					end = s.s
				}
			case "file":
				if v != None {
					file = v
				}
			case "flush":
				flush, _ = Truth(th, v)
			default:
				return nil, Errorf(TypeErrorType, "'", n, "' is an invalid keyword argument for print()")
			}
		}
	}
	if file == nil {
		file = th.sysAttr("stdout")
		if file == nil || file == None {
			return None, nil
		}
	}
	if _, ok := file.(*File); ok {
		var b strings.Builder
		for i, a := range args {
			if i > 0 {
				b.WriteString(sep)
			}
			s, err := ToStr(th, a)
			if err != nil {
				return nil, err
			}
			b.WriteString(s)
		}
		b.WriteString(end)
		if err := th.writeTo(file, b.String()); err != nil {
			return nil, err
		}
	} else {
		// Any other file object sees one write per piece, as in CPython.
		w, err := GetAttr(th, file, "write")
		if err != nil {
			return nil, err
		}
		write := func(s string) error {
			_, err := Call(th, w, []Value{NewStr(s)}, nil)
			return err
		}
		for i, a := range args {
			if i > 0 {
				if err := write(sep); err != nil {
					return nil, err
				}
			}
			s, err := ToStr(th, a)
			if err != nil {
				return nil, err
			}
			if err := write(s); err != nil {
				return nil, err
			}
		}
		if err := write(end); err != nil {
			return nil, err
		}
	}
	if flush {
		if f, ok := GetAttrNoErr(th, file, "flush"); ok {
			if _, err := Call(th, f, nil, nil); err != nil {
				return nil, err
			}
		}
	}
	return None, nil
}

// writeTo writes s to a file-like object (fast path for the standard streams).
func (th *Thread) writeTo(file Value, s string) error {
	if sf, ok := file.(*File); ok {
		return sf.writeString(s)
	}
	w, err := GetAttr(th, file, "write")
	if err != nil {
		return err
	}
	_, err = Call(th, w, []Value{NewStr(s)}, nil)
	return err
}

func builtinInput(th *Thread, args []Value, kw *Kwargs) (Value, error) {
	if len(args) > 0 {
		s, err := ToStr(th, args[0])
		if err != nil {
			return nil, err
		}
		if err := th.writeTo(th.sysAttr("stdout"), s); err != nil {
			return nil, err
		}
	}
	in := th.sysAttr("stdin")
	if f, ok := in.(*File); ok {
		line, err := f.readLine()
		if err != nil {
			return nil, err
		}
		if line == "" {
			return nil, NewError(EOFErrorType, "EOF when reading a line")
		}
		return NewStr(strings.TrimSuffix(line, "\n")), nil
	}
	r, err := CallMethod(th, in, "readline")
	if err != nil {
		return nil, err
	}
	s, _ := ToStr(th, r)
	if s == "" {
		return nil, NewError(EOFErrorType, "EOF when reading a line")
	}
	return NewStr(strings.TrimSuffix(s, "\n")), nil
}

func (th *Thread) frameLocals(f *Frame) *Dict {
	if f == nil {
		return NewDict()
	}
	if f.locals != nil {
		return f.locals
	}
	if f.code.C.Flags&compile.FlagNewLocals == 0 {
		return f.globals
	}
	d := NewDict()
	for i, n := range f.code.C.VarNames {
		if v := f.fast[i]; v != nil {
			d.SetStr(n, v)
		}
	}
	c := f.code.C
	for i, n := range c.CellVars {
		if v := f.cells[i].V; v != nil {
			d.SetStr(n, v)
		}
	}
	for i, n := range c.FreeVars {
		if v := f.cells[len(c.CellVars)+i].V; v != nil {
			d.SetStr(n, v)
		}
	}
	return d
}

func dirOf(th *Thread, v Value) []Value {
	seen := map[string]bool{}
	var out []Value
	add := func(d *Dict) {
		if d == nil {
			return
		}
		for _, k := range d.Keys() {
			if s, ok := k.(*Str); ok && !seen[s.s] {
				seen[s.s] = true
				out = append(out, s)
			}
		}
	}
	switch x := v.(type) {
	case *Module:
		add(x.Dict)
		return out
	case *Type:
		for _, c := range x.MRO {
			add(c.Dict)
		}
	default:
		add(instanceDict(v))
		for _, c := range v.Type().MRO {
			add(c.Dict)
		}
	}
	// every type has a __doc__ in CPython, built-in ones included
	if !seen["__doc__"] {
		out = append(out, NewStrNoAccount("__doc__"))
	}
	return out
}

func buildClass(th *Thread, args []Value, kw *Kwargs) (Value, error) {
	if len(args) < 2 {
		return nil, NewError(TypeErrorType, "__build_class__: not enough arguments")
	}
	fn, ok := args[0].(*Function)
	if !ok {
		return nil, NewError(TypeErrorType, "__build_class__: func must be a function")
	}
	name, ok := args[1].(*Str)
	if !ok {
		return nil, NewError(TypeErrorType, "__build_class__: name is not a string")
	}
	bases := append(Tuple(nil), args[2:]...)
	var meta Value
	var rest *Kwargs
	if kw != nil {
		for i, n := range kw.Names {
			if n == "metaclass" {
				meta = kw.Values[i]
				continue
			}
			if rest == nil {
				rest = &Kwargs{}
			}
			rest.Names = append(rest.Names, n)
			rest.Values = append(rest.Values, kw.Values[i])
		}
	}
	// __mro_entries__: a non-class base may stand for other bases
	origBases := bases
	changed := false
	for _, b := range origBases {
		if _, ok := b.(*Type); ok {
			continue
		}
		if me, err := GetAttr(th, b, "__mro_entries__"); err == nil {
			r, err := Call(th, me, []Value{origBases}, nil)
			if err != nil {
				return nil, err
			}
			t, ok := r.(Tuple)
			if !ok {
				return nil, NewError(TypeErrorType, "__mro_entries__ must return a tuple")
			}
			if !changed {
				bases = nil
				for _, x := range origBases {
					if x == b {
						break
					}
					bases = append(bases, x)
				}
				changed = true
			}
			bases = append(bases, t...)
			continue
		}
		if changed {
			bases = append(bases, b)
		}
	}
	// the metaclass: the most derived of the explicit one and the bases'
	explicit := meta != nil
	if meta == nil {
		meta = TypeType
	}
	if mt, ok := meta.(*Type); ok || !explicit {
		winner := mt
		for _, b := range bases {
			bt, ok := b.(*Type)
			if !ok {
				continue
			}
			m := bt.Type()
			if winner.IsSubtype(m) {
				continue
			}
			if m.IsSubtype(winner) {
				winner = m
				continue
			}
			return nil, NewError(TypeErrorType, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
		}
		meta = winner
	}
	ns := NewDict()
	if mt, ok := meta.(*Type); !ok || mt != TypeType {
		if prep, err := GetAttr(th, meta, "__prepare__"); err == nil {
			r, err := Call(th, prep, []Value{name, bases}, rest)
			if err != nil {
				return nil, err
			}
			d, ok := r.(*Dict)
			if !ok {
				mn := TypeName(meta)
				if mt, ok := meta.(*Type); ok {
					mn = mt.Name
				}
				return nil, Errorf(TypeErrorType, mn, ".__prepare__() must return a mapping, not ", TypeName(r))
			}
			ns = d
		}
	}
	if changed {
		ns.SetStr("__orig_bases__", origBases)
	}
	// run the class body with ns as its locals
	f := th.newFrame(fn.Code, fn.Globals, fn, true)
	f.locals = ns
	if f.cells != nil {
		th.setupCells(f, fn)
	}
	cell, err := th.run(f)
	if err != nil {
		return nil, err
	}
	cargs := []Value{name, bases, ns}
	var cls Value
	if mt, ok := meta.(*Type); ok && mt == TypeType {
		var tb []*Type
		for _, b := range bases {
			bt, ok := b.(*Type)
			if !ok {
				return nil, NewError(TypeErrorType, "bases must be types")
			}
			tb = append(tb, bt)
		}
		c, err := NewClass(th, TypeType, name.s, tb, ns, rest)
		if err != nil {
			return nil, err
		}
		cls = c
	} else {
		c, err := Call(th, meta, cargs, rest)
		if err != nil {
			return nil, err
		}
		cls = c
	}
	if c, ok := cell.(*Cell); ok {
		c.V = cls
	}
	return cls, nil
}

func (th *Thread) evalExec(args []Value, kw *Kwargs, isEval bool) (Value, error) {
	name := "exec"
	if isEval {
		name = "eval"
	}
	if len(args) == 0 {
		return nil, Errorf(TypeErrorType, name, " expected at least 1 argument, got 0")
	}
	globals := th.frame.globals
	locals := th.frameLocals(th.frame)
	if len(args) > 1 && args[1] != None {
		g, ok := args[1].(*Dict)
		if !ok {
			return nil, Errorf(TypeErrorType, name, "() globals must be a dict, not ", TypeName(args[1]))
		}
		globals = g
		locals = g
	}
	if len(args) > 2 && args[2] != None {
		l, ok := args[2].(*Dict)
		if !ok {
			return nil, Errorf(TypeErrorType, "locals must be a mapping")
		}
		locals = l
	}
	var co *CodeObj
	switch src := args[0].(type) {
	case *CodeObj:
		co = src
	case *Str, *Bytes:
		var s string
		if x, ok := src.(*Str); ok {
			s = x.s
		} else {
			s = string(src.(*Bytes).b)
		}
		var err error
		if isEval {
			co, err = CompileSource(strings.TrimLeft(s, " \t"), "<string>", "eval")
		} else {
			co, err = CompileSource(s, "<string>", "exec")
		}
		if err != nil {
			return nil, err
		}
	default:
		return nil, Errorf(TypeErrorType, name, "() arg 1 must be a string, bytes or code object")
	}
	if globals.GetStr("__builtins__") == nil {
		globals.SetStr("__builtins__", th.builtinsModule())
	}
	f := th.newFrame(co, globals, nil, true)
	f.locals = locals
	if f.cells != nil {
		th.setupCells(f, nil)
	}
	r, err := th.run(f)
	if err != nil {
		return nil, err
	}
	if isEval {
		return r, nil
	}
	return None, nil
}

// CompileSource parses and compiles Python source; mode is "exec", "eval" or "single".
func CompileSource(src, filename, mode string) (*CodeObj, error) {
	var code *compile.Code
	var err error
	switch mode {
	case "eval":
		e, perr := syntax.ParseExpr(filename, []byte(src))
		if perr != nil {
			return nil, syntaxErrorFrom(perr)
		}
		code, err = compile.Expr(e, filename)
	case "single":
		mod, perr := syntax.ParseFile(filename, []byte(src))
		if perr != nil {
			return nil, syntaxErrorFrom(perr)
		}
		code, err = compile.Module(mod, filename, compile.ModeSingle)
	default:
		mod, perr := syntax.ParseFile(filename, []byte(src))
		if perr != nil {
			return nil, syntaxErrorFrom(perr)
		}
		code, err = compile.Module(mod, filename, compile.ModeExec)
	}
	if err != nil {
		return nil, syntaxErrorFrom(err)
	}
	return NewCodeObj(code), nil
}

// syntaxErrorFrom converts a parser error into a SyntaxError exception.
func syntaxErrorFrom(err error) error {
	se, ok := err.(*syntax.Error)
	if !ok {
		return NewError(SyntaxErrorType, err.Error())
	}
	t := SyntaxErrorType
	switch se.Kind {
	case "IndentationError":
		t = IndentationErrorType
	case "TabError":
		t = TabErrorType
	}
	text := Value(None)
	if se.Text != "" {
		text = NewStr(se.Text + "\n")
	}
	e := NewException(t, NewStr(se.Msg), Tuple{NewStr(se.Filename), MakeInt(int64(se.Line)), MakeInt(int64(se.Offset())), text})
	e.setAttr("msg", NewStr(se.Msg))
	e.setAttr("filename", NewStr(se.Filename))
	e.setAttr("lineno", MakeInt(int64(se.Line)))
	e.setAttr("offset", MakeInt(int64(se.Offset())))
	e.setAttr("text", text)
	e.setAttr("_syntax", &syntaxErrValue{se})
	return e
}

type syntaxErrValue struct{ e *syntax.Error }

func (*syntaxErrValue) Type() *Type { return ObjectType }

func builtinCompile(th *Thread, args []Value, kw *Kwargs) (Value, error) {
	var src, fn, mode Value
	if len(args) > 0 {
		src = args[0]
	}
	if len(args) > 1 {
		fn = args[1]
	}
	if len(args) > 2 {
		mode = args[2]
	}
	if kw != nil {
		for i, n := range kw.Names {
			switch n {
			case "source":
				src = kw.Values[i]
			case "filename":
				fn = kw.Values[i]
			case "mode":
				mode = kw.Values[i]
			}
		}
	}
	if src == nil || fn == nil || mode == nil {
		return nil, NewError(TypeErrorType, "compile() missing required argument")
	}
	s, err := ToStr(th, src)
	if err != nil {
		return nil, err
	}
	fs, _ := ToStr(th, fn)
	ms, _ := ToStr(th, mode)
	if ms != "exec" && ms != "eval" && ms != "single" {
		return nil, NewError(ValueErrorType, "compile() mode must be 'exec', 'eval' or 'single'")
	}
	return CompileSource(s, fs, ms)
}

var _ = math.Inf
