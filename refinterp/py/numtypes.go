package py

import (
	"math"
	"math/big"
	"strings"

	"github.com/mptest/mptest/refinterp/pyfmt"
)

// Core types, created in init.
var (
	ObjectType, TypeType, NoneTypeType, NotImplementedTypeType, EllipsisTypeType  *Type
	IntType, BoolType, FloatType, ComplexType, StrType, BytesType, ByteArrayType  *Type
	TupleType, ListType, DictType, SetType, FrozenSetType, RangeType, SliceType   *Type
	CellType, FunctionType, BuiltinFunctionType, MethodDescriptorType, MethodType *Type
	ClassMethodType, StaticMethodType, PropertyType, GetSetDescrType, CodeType    *Type
	ModuleType, GeneratorType, CoroutineType, AsyncGeneratorType, SuperType       *Type
	TracebackType, GenericAliasType, MemoryViewType                               *Type
)

func init() {
	initCoreTypes()
	initExceptions()
	initNumberTypes()
	initStrType()
	initSeqTypes()
	initDictType()
	initSetTypes()
	initBytesTypes()
	initMiscTypes()
	initIterTypes()
	initUnionType()
	enforceArity()
	for _, t := range []*Type{ListType, DictType, SetType, ByteArrayType, SliceType} {
		t.Hash = nil
	}
	for _, t := range allBuiltinTypes() {
		addSlotWrappers(t)
	}
	for _, t := range exceptionTypes {
		addSlotWrappers(t)
	}
}

func allBuiltinTypes() []*Type {
	return []*Type{ObjectType, TypeType, NoneTypeType, IntType, BoolType, FloatType, ComplexType, StrType,
		BytesType, ByteArrayType, TupleType, ListType, DictType, SetType, FrozenSetType, RangeType,
		SliceType, PropertyType, ModuleType, GeneratorType, CoroutineType, SuperType, FunctionType,
		ClassMethodType, StaticMethodType, MethodDescriptorType, WrapperDescriptorType, BuiltinFunctionType,
		MethodWrapperType, MethodType, GetSetDescrType, MemberDescrType, FrameType}
}

func initCoreTypes() {
	ObjectType = &Type{Name: "object", Module: "builtins", Dict: newDictNoAccount(), Flags: FlagBaseType}
	ObjectType.MRO = []*Type{ObjectType}
	ObjectType.Layout = ObjectType
	o := ObjectType
	o.New = objectNew
	o.Init = objectInit
	o.Repr = func(th *Thread, v Value) (string, error) { return objectRepr(v), nil }
	o.Hash = func(th *Thread, v Value) (int64, error) { return int64(Id(v) >> 4), nil }
	o.Compare = objectCompare
	o.AddGetSet("__class__", func(th *Thread, self Value) (Value, error) { return self.Type(), nil },
		func(th *Thread, self, val Value) error {
			in, ok := self.(*Instance)
			nt, ok2 := val.(*Type)
			if !ok || !ok2 || nt.Flags&FlagUser == 0 {
				return NewError(TypeErrorType, "__class__ assignment only supported for mutable types or ModuleType subclasses")
			}
			in.Class = nt
			return nil
		})
	// __dict__ is not an attribute of object itself: NewClass adds this
	// descriptor to the first class of a hierarchy that has instance dicts.
	objectDictDescr = &GetSetDescr{Name: "__dict__", Owner: o, Get: func(th *Thread, self Value) (Value, error) {
		if in, ok := self.(*Instance); ok && in.Class.slotNames != nil {
			return nil, attrError(self, "__dict__")
		}
		if d := instanceDict(self); d != nil {
			return d, nil
		}
		if t, ok := self.(*Type); ok {
			return t.Dict, nil
		}
		return nil, attrError(self, "__dict__")
	}, Set: func(th *Thread, self, val Value) error {
		in, ok := self.(*Instance)
		d, ok2 := val.(*Dict)
		if !ok || !ok2 {
			return NewError(TypeErrorType, "__dict__ must be set to a dictionary")
		}
		in.Dict, in.keys, in.vals = d, nil, nil
		return nil
	}}
	o.AddClassMethod("__init_subclass__", func(th *Thread, cls *Type, args []Value, kw *Kwargs) (Value, error) {
		if kw.Len() > 0 {
			return nil, Errorf(TypeErrorType, cls.Name, ".__init_subclass__() takes no keyword arguments")
		}
		return None, nil
	})
	o.AddMethod("__dir__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		return NewList(dirOf(th, self)), nil
	})
	o.AddMethod("__format__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		if len(args) == 1 {
			if s, ok := args[0].(*Str); ok && s.s != "" {
				return nil, Errorf(TypeErrorType, "unsupported format string passed to ", self.Type().TPName(), ".__format__")
			}
		}
		s, err := ToStr(th, self)
		return NewStr(s), err
	})
	o.AddMethod("__reduce_ex__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		return nil, NewError(TypeErrorType, "cannot pickle object")
	})
	o.AddMethod("__reduce__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		return nil, NewError(TypeErrorType, "cannot pickle object")
	})
	o.AddMethod("__getstate__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		if d := instanceDict(self); d != nil && d.Len() > 0 {
			return d, nil
		}
		return None, nil
	})
	o.AddMethod("__sizeof__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		return MakeInt(16), nil
	})
	o.AddClassMethod("__subclasshook__", func(th *Thread, cls *Type, args []Value, kw *Kwargs) (Value, error) {
		return NotImplemented, nil
	})
	o.AddMethod("__getattribute__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		if len(args) != 1 {
			return nil, NewError(TypeErrorType, "expected 1 argument")
		}
		name, ok := args[0].(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "attribute name must be string, not '", TypeName(args[0]), "'")
		}
		return GenericGetAttr(th, self, name.s)
	})
	o.AddMethod("__setattr__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		if len(args) != 2 {
			return nil, NewError(TypeErrorType, "expected 2 arguments")
		}
		name, ok := args[0].(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "attribute name must be string, not '", TypeName(args[0]), "'")
		}
		return None, GenericSetAttr(th, self, name.s, args[1])
	})
	o.AddMethod("__delattr__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		name, ok := args[0].(*Str)
		if !ok {
			return nil, NewError(TypeErrorType, "attribute name must be string")
		}
		return None, GenericSetAttr(th, self, name.s, nil)
	})

	TypeType = NewBuiltinType("type", ObjectType)
	t := TypeType
	t.Flags |= FlagBaseType
	t.GetAttr = typeGetAttr
	t.SetAttr = typeSetAttr
	// type.__setattr__ / __delattr__ / __getattribute__, for metaclasses
	// that call them explicitly (super().__setattr__(...)).
	typeAttrName := func(v Value) (string, error) {
		name, ok := v.(*Str)
		if !ok {
			return "", Errorf(TypeErrorType, "attribute name must be string, not '", TypeName(v), "'")
		}
		return name.s, nil
	}
	t.AddClassMethod("__prepare__", func(th *Thread, cls *Type, args []Value, kw *Kwargs) (Value, error) {
		return NewDict(), nil
	})
	t.AddMethod("__setattr__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		if len(args) != 2 {
			return nil, NewError(TypeErrorType, "expected 2 arguments")
		}
		name, err := typeAttrName(args[0])
		if err != nil {
			return nil, err
		}
		return None, typeSetAttr(th, self, name, args[1])
	})
	t.AddMethod("__delattr__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		if len(args) != 1 {
			return nil, NewError(TypeErrorType, "expected 1 argument")
		}
		name, err := typeAttrName(args[0])
		if err != nil {
			return nil, err
		}
		return None, typeSetAttr(th, self, name, nil)
	})
	t.AddMethod("__getattribute__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		if len(args) != 1 {
			return nil, NewError(TypeErrorType, "expected 1 argument")
		}
		name, err := typeAttrName(args[0])
		if err != nil {
			return nil, err
		}
		return typeGetAttr(th, self, name)
	})
	t.Repr = func(th *Thread, v Value) (string, error) {
		x := v.(*Type)
		if x.Module == "builtins" || x.Module == "" {
			return "<class '" + x.qualName() + "'>", nil
		}
		return "<class '" + x.Module + "." + x.qualName() + "'>", nil
	}
	t.Hash = func(th *Thread, v Value) (int64, error) { return int64(Id(v) >> 4), nil }
	t.Call = func(th *Thread, fn Value, args []Value, kw *Kwargs) (Value, error) {
		return callType(th, fn.(*Type), args, kw)
	}
	t.New = func(th *Thread, cls *Type, args []Value, kw *Kwargs) (Value, error) {
		if cls == TypeType && len(args) == 1 {
			return args[0].Type(), nil
		}
		var kwr *Kwargs
		if kw != nil {
			kwr = kw
		}
		return typeNew(th, cls, args, kwr)
	}
	t.Init = func(th *Thread, self Value, args []Value, kw *Kwargs) error { return nil }
	typeStrAttr := func(self, val Value, attr string) (string, error) {
		s, ok := val.(*Str)
		if !ok {
			return "", Errorf(TypeErrorType, "can only assign string to ", self.(*Type).Name, ".", attr, ", not '", TypeName(val), "'")
		}
		return s.s, nil
	}
	t.AddGetSet("__name__", func(th *Thread, self Value) (Value, error) { return NewStr(self.(*Type).Name), nil },
		func(th *Thread, self, val Value) error {
			s, err := typeStrAttr(self, val, "__name__")
			if err == nil {
				self.(*Type).Name = s
			}
			return err
		})
	t.AddGetSet("__qualname__", func(th *Thread, self Value) (Value, error) { return NewStr(self.(*Type).qualName()), nil },
		func(th *Thread, self, val Value) error {
			s, err := typeStrAttr(self, val, "__qualname__")
			if err == nil {
				self.(*Type).qual = s
			}
			return err
		})
	t.AddGetter("__bases__", func(th *Thread, self Value) (Value, error) {
		x := self.(*Type)
		var out []Value
		for _, b := range x.Bases {
			out = append(out, b)
		}
		return Tuple(out), nil
	})
	t.AddGetter("__base__", func(th *Thread, self Value) (Value, error) {
		x := self.(*Type)
		if x.Base == nil {
			return None, nil
		}
		return x.Base, nil
	})
	t.AddGetter("__mro__", func(th *Thread, self Value) (Value, error) {
		x := self.(*Type)
		out := make([]Value, len(x.MRO))
		for i, b := range x.MRO {
			out[i] = b
		}
		return Tuple(out), nil
	})
	t.AddGetter("__dict__", func(th *Thread, self Value) (Value, error) { return &MappingProxy{self.(*Type).Dict}, nil })
	t.AddMethod("mro", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		x := self.(*Type)
		out := make([]Value, len(x.MRO))
		for i, b := range x.MRO {
			out[i] = b
		}
		return NewList(out), nil
	})
	t.AddMethod("__subclasses__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		x := self.(*Type)
		var out []Value
		for _, u := range allUserTypes {
			for _, b := range u.Bases {
				if b == x {
					out = append(out, u)
				}
			}
		}
		return NewList(out), nil
	})
	t.AddMethod("__instancecheck__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		return MakeBool(IsInstance(args[0], self.(*Type))), nil
	})
	t.AddMethod("__subclasscheck__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		s, ok := args[0].(*Type)
		return MakeBool(ok && s.IsSubtype(self.(*Type))), nil
	})

	NoneTypeType = NewBuiltinType("NoneType", nil)
	NoneTypeType.Repr = func(th *Thread, v Value) (string, error) { return "None", nil }
	NoneTypeType.Bool = func(th *Thread, v Value) (bool, error) { return false, nil }
	NoneTypeType.New = func(th *Thread, cls *Type, args []Value, kw *Kwargs) (Value, error) { return None, nil }
	NotImplementedTypeType = NewBuiltinType("NotImplementedType", nil)
	NotImplementedTypeType.Repr = func(th *Thread, v Value) (string, error) { return "NotImplemented", nil }
	EllipsisTypeType = NewBuiltinType("ellipsis", nil)
	EllipsisTypeType.Repr = func(th *Thread, v Value) (string, error) { return "Ellipsis", nil }
}

// MappingProxy is a read-only view of a class dict.
type MappingProxy struct{ d *Dict }

// Type returns DictType (mappingproxy behaves like a read-only dict here).
func (m *MappingProxy) Type() *Type { return mappingProxyType }

var mappingProxyType *Type

// objectDictDescr is the __dict__ descriptor of instances of Python classes.
var objectDictDescr *GetSetDescr

func numBinSlot(op BinOp, f func(th *Thread, op BinOp, a, b Value) (Value, error)) (fwd, rev func(th *Thread, a, b Value) (Value, error)) {
	fwd = func(th *Thread, a, b Value) (Value, error) { return f(th, op, a, b) }
	rev = func(th *Thread, self, other Value) (Value, error) { return f(th, op, other, self) }
	return
}

func initNumberTypes() {
	IntType = NewBuiltinType("int", nil)
	it := IntType
	it.Flags |= FlagBaseType
	for op := BinOp(0); op < numBinOps; op++ {
		if op == OpMatMul {
			continue
		}
		f, r := numBinSlot(op, intBinary)
		it.Num[op], it.RNum[op] = f, r
	}
	it.Repr = func(th *Thread, v Value) (string, error) { return intRepr(v), nil }
	it.Hash = func(th *Thread, v Value) (int64, error) {
		switch x := v.(type) {
		case Int:
			return intHash(int64(x)), nil
		case *BigInt:
			return bigHash(x.V), nil
		case Bool:
			if x {
				return 1, nil
			}
			return 0, nil
		}
		return 0, nil
	}
	it.Compare = intCompare
	it.Bool = func(th *Thread, v Value) (bool, error) {
		b, _ := toBig(v)
		return b.Sign() != 0, nil
	}
	it.Index = func(th *Thread, v Value) (Value, error) {
		if b, ok := v.(Bool); ok {
			if b {
				return MakeInt(1), nil
			}
			return MakeInt(0), nil
		}
		return v, nil
	}
	it.Unary[OpNeg] = func(th *Thread, v Value) (Value, error) {
		b, _ := toBig(v)
		return MakeBigInt(new(big.Int).Neg(b)), nil
	}
	it.Unary[OpPos] = func(th *Thread, v Value) (Value, error) { return it.Index(th, v) }
	it.Unary[OpInvert] = func(th *Thread, v Value) (Value, error) {
		b, _ := toBig(v)
		return MakeBigInt(new(big.Int).Not(b)), nil
	}
	it.Unary[OpAbs] = func(th *Thread, v Value) (Value, error) {
		b, _ := toBig(v)
		return MakeBigInt(new(big.Int).Abs(b)), nil
	}
	it.Unary[OpInt] = it.Unary[OpPos]
	it.Unary[OpFloat] = func(th *Thread, v Value) (Value, error) {
		f, _, err := toFloat(v)
		if err != nil {
			return nil, err
		}
		return MakeFloat(f), nil
	}
	it.New = intNew
	it.AddMethod("bit_length", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		b, _ := toBig(self)
		return MakeInt(int64(b.BitLen())), nil
	})
	it.AddMethod("bit_count", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		b, _ := toBig(self)
		n := 0
		for _, w := range new(big.Int).Abs(b).Bits() {
			n += popcount(uint64(w))
		}
		return MakeInt(int64(n)), nil
	})
	it.AddMethod("conjugate", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) { return it.Index(th, self) })
	it.AddMethod("__index__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) { return it.Index(th, self) })
	it.AddMethod("as_integer_ratio", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		v, _ := it.Index(th, self)
		return Tuple{v, MakeInt(1)}, nil
	})
	it.AddGetter("real", func(th *Thread, self Value) (Value, error) { return it.Index(th, self) })
	it.AddGetter("imag", func(th *Thread, self Value) (Value, error) { return MakeInt(0), nil })
	it.AddGetter("numerator", func(th *Thread, self Value) (Value, error) { return it.Index(th, self) })
	it.AddGetter("denominator", func(th *Thread, self Value) (Value, error) { return MakeInt(1), nil })
	it.AddMethod("to_bytes", intToBytes)
	it.AddClassMethod("from_bytes", intFromBytes)
	it.AddMethod("__format__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		spec, _ := args[0].(*Str)
		s, err := formatInt(self, spec.s)
		return NewStr(s), err
	})

	BoolType = NewBuiltinType("bool", IntType)
	BoolType.Flags &^= FlagBaseType
	BoolType.Repr = func(th *Thread, v Value) (string, error) { return intRepr(v), nil }
	BoolType.New = func(th *Thread, cls *Type, args []Value, kw *Kwargs) (Value, error) {
		if len(args) == 0 {
			return False, nil
		}
		if len(args) > 1 {
			return nil, Errorf(TypeErrorType, "bool expected at most 1 argument, got ", itoa(len(args)))
		}
		b, err := Truth(th, args[0])
		return MakeBool(b), err
	}

	FloatType = NewBuiltinType("float", nil)
	ft := FloatType
	ft.Flags |= FlagBaseType
	for op := BinOp(0); op < numBinOps; op++ {
		switch op {
		case OpAdd, OpSub, OpMul, OpTrueDiv, OpFloorDiv, OpMod, OpPow:
			f, r := numBinSlot(op, floatBinary)
			ft.Num[op], ft.RNum[op] = f, r
		}
	}
	ft.Repr = func(th *Thread, v Value) (string, error) { return pyfmt.FloatRepr(float64(v.(Float))), nil }
	ft.Hash = func(th *Thread, v Value) (int64, error) { return floatHash(float64(v.(Float))), nil }
	ft.Compare = floatCompare
	ft.Bool = func(th *Thread, v Value) (bool, error) { return v.(Float) != 0, nil }
	ft.Unary[OpNeg] = func(th *Thread, v Value) (Value, error) { return MakeFloat(-float64(v.(Float))), nil }
	ft.Unary[OpPos] = func(th *Thread, v Value) (Value, error) { return v, nil }
	ft.Unary[OpAbs] = func(th *Thread, v Value) (Value, error) { return MakeFloat(math.Abs(float64(v.(Float)))), nil }
	ft.Unary[OpFloat] = func(th *Thread, v Value) (Value, error) { return v, nil }
	ft.Unary[OpInt] = func(th *Thread, v Value) (Value, error) {
		b, err := pyfmt.FloatToInt(float64(v.(Float)))
		if err != nil {
			return nil, fmtErr(err)
		}
		return MakeBigInt(b), nil
	}
	ft.New = floatNew
	ft.AddMethod("is_integer", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		f := float64(self.(Float))
		return MakeBool(f == math.Trunc(f) && !math.IsInf(f, 0)), nil
	})
	ft.AddMethod("as_integer_ratio", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		f := float64(self.(Float))
		if math.IsInf(f, 0) {
			return nil, NewError(OverflowErrorType, "cannot convert Infinity to integer ratio")
		}
		if math.IsNaN(f) {
			return nil, NewError(ValueErrorType, "cannot convert NaN to integer ratio")
		}
		r := new(big.Rat)
		r.SetFloat64(f)
		return Tuple{MakeBigInt(new(big.Int).Set(r.Num())), MakeBigInt(new(big.Int).Set(r.Denom()))}, nil
	})
	ft.AddMethod("hex", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		return NewStr(pyfmt.FloatHex(float64(self.(Float)))), nil
	})
	ft.AddClassMethod("fromhex", func(th *Thread, cls *Type, args []Value, kw *Kwargs) (Value, error) {
		s, ok := args[0].(*Str)
		if !ok {
			return nil, NewError(TypeErrorType, "must be str")
		}
		f, err := pyfmt.FloatFromHex(s.s)
		if err != nil {
			return nil, fmtErr(err)
		}
		return MakeFloat(f), nil
	})
	ft.AddMethod("conjugate", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) { return self, nil })
	ft.AddGetter("real", func(th *Thread, self Value) (Value, error) { return self, nil })
	ft.AddGetter("imag", func(th *Thread, self Value) (Value, error) { return Float(0), nil })
	ft.AddMethod("__format__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		spec, _ := args[0].(*Str)
		s, err := formatFloat(float64(self.(Float)), spec.s)
		return NewStr(s), err
	})
	ft.AddMethod("__trunc__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		return ft.Unary[OpInt](th, self)
	})
	ft.AddMethod("__floor__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		return ft.Unary[OpInt](th, Float(math.Floor(float64(self.(Float)))))
	})
	ft.AddMethod("__ceil__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		return ft.Unary[OpInt](th, Float(math.Ceil(float64(self.(Float)))))
	})
	ft.AddMethod("__round__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		return roundFloat(th, float64(self.(Float)), args)
	})

	ComplexType = NewBuiltinType("complex", nil)
	ct := ComplexType
	ct.Flags |= FlagBaseType
	for _, op := range []BinOp{OpAdd, OpSub, OpMul, OpTrueDiv, OpPow, OpFloorDiv, OpMod} {
		o := op
		ct.Num[o] = func(th *Thread, a, b Value) (Value, error) { return complexBinary(o, a, b) }
		ct.RNum[o] = func(th *Thread, self, other Value) (Value, error) { return complexBinary(o, other, self) }
	}
	ct.Repr = func(th *Thread, v Value) (string, error) {
		c := complex128(v.(Complex))
		return pyfmt.ComplexRepr(real(c), imag(c)), nil
	}
	ct.Hash = func(th *Thread, v Value) (int64, error) {
		c := complex128(v.(Complex))
		h := floatHash(real(c)) + 1000003*floatHash(imag(c))
		if h == -1 {
			h = -2
		}
		return h, nil
	}
	ct.Compare = func(th *Thread, a, b Value, op CmpOp) (Value, error) {
		x := complex128(a.(Complex))
		var y complex128
		switch v := b.(type) {
		case Complex:
			y = complex128(v)
		default:
			f, ok, _ := toFloat(b)
			if !ok {
				return NotImplemented, nil
			}
			y = complex(f, 0)
		}
		switch op {
		case CmpEQ:
			return MakeBool(x == y), nil
		case CmpNE:
			return MakeBool(x != y), nil
		}
		return NotImplemented, nil
	}
	ct.Bool = func(th *Thread, v Value) (bool, error) { return v.(Complex) != 0, nil }
	ct.Unary[OpNeg] = func(th *Thread, v Value) (Value, error) { return -v.(Complex), nil }
	ct.Unary[OpPos] = func(th *Thread, v Value) (Value, error) { return v, nil }
	ct.Unary[OpAbs] = func(th *Thread, v Value) (Value, error) {
		c := complex128(v.(Complex))
		return MakeFloat(LibmHypot(real(c), imag(c))), nil // glibc's hypot, as CPython's
	}
	ct.AddGetter("real", func(th *Thread, self Value) (Value, error) { return Float(real(complex128(self.(Complex)))), nil })
	ct.AddGetter("imag", func(th *Thread, self Value) (Value, error) { return Float(imag(complex128(self.(Complex)))), nil })
	ct.AddMethod("conjugate", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		c := complex128(self.(Complex))
		return Complex(complex(real(c), -imag(c))), nil
	})
	ct.New = func(th *Thread, cls *Type, args []Value, kw *Kwargs) (Value, error) {
		var re, im float64
		if len(args) > 0 {
			switch x := args[0].(type) {
			case Complex:
				re, im = real(complex128(x)), imag(complex128(x))
			case *Str:
				if len(args) > 1 {
					return nil, NewError(TypeErrorType, "complex() can't take second arg if first is a string")
				}
				c, err := parseComplex(x.s)
				if err != nil {
					return nil, err
				}
				return Complex(c), nil
			default:
				f, ok, err := toFloat(x)
				if err != nil {
					return nil, err
				}
				if !ok {
					r, err := Unary(th, OpComplex, x)
					if err == nil {
						return r, nil
					}
					fv, err := Unary(th, OpFloat, x)
					if err != nil {
						return nil, Errorf(TypeErrorType, "complex() first argument must be a string or a number, not '", TypeName(x), "'")
					}
					f = float64(fv.(Float))
				}
				re = f
			}
		}
		if len(args) > 1 {
			switch x := args[1].(type) {
			case Complex:
				re -= imag(complex128(x))
				im += real(complex128(x))
			default:
				f, ok, err := toFloat(x)
				if err != nil {
					return nil, err
				}
				if !ok {
					return nil, Errorf(TypeErrorType, "complex() second argument must be a number, not '", TypeName(x), "'")
				}
				if _, ok := args[0].(Complex); ok {
					im += f
				} else {
					im = f // keeps the sign of a negative zero
				}
			}
		}
		return Complex(complex(re, im)), nil
	}
}

func parseComplex(s string) (complex128, error) {
	t := strings.TrimSpace(s)
	if strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") {
		t = t[1 : len(t)-1]
	}
	bad := NewError(ValueErrorType, "complex() arg is a malformed string")
	if t == "" {
		return 0, bad
	}
	if !strings.HasSuffix(t, "j") && !strings.HasSuffix(t, "J") {
		f, err := pyfmt.ParseFloat(t)
		if err != nil {
			return 0, bad
		}
		return complex(f, 0), nil
	}
	body := t[:len(t)-1]
	// find the split between real and imaginary parts
	for i := len(body) - 1; i > 0; i-- {
		if (body[i] == '+' || body[i] == '-') && body[i-1] != 'e' && body[i-1] != 'E' {
			re, err1 := pyfmt.ParseFloat(body[:i])
			ims := body[i:]
			if ims == "+" || ims == "-" {
				ims += "1"
			}
			im, err2 := pyfmt.ParseFloat(ims)
			if err1 != nil || err2 != nil {
				return 0, bad
			}
			return complex(re, im), nil
		}
	}
	if body == "" || body == "+" || body == "-" {
		body += "1"
	}
	im, err := pyfmt.ParseFloat(body)
	if err != nil {
		return 0, bad
	}
	return complex(0, im), nil
}

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func intNew(th *Thread, cls *Type, args []Value, kw *Kwargs) (Value, error) {
	v, err := intNew1(th, args, kw)
	if err != nil {
		return nil, err
	}
	if cls != IntType {
		return &Instance{Class: cls, Dict: NewDict(), Base: v}, nil
	}
	return v, nil
}

func intNew1(th *Thread, args []Value, kw *Kwargs) (Value, error) {
	var x, base Value
	if len(args) > 0 {
		x = args[0]
	}
	if len(args) > 1 {
		base = args[1]
	}
	if kw != nil {
		for i, n := range kw.Names {
			switch n {
			case "base":
				base = kw.Values[i]
			case "x":
				x = kw.Values[i]
			default:
				return nil, Errorf(TypeErrorType, "'", n, "' is an invalid keyword argument for int()")
			}
		}
	}
	if len(args) > 2 {
		return nil, Errorf(TypeErrorType, "int() takes at most 2 arguments (", itoa(len(args)), " given)")
	}
	if x == nil {
		if base != nil {
			return nil, NewError(TypeErrorType, "int() missing string argument")
		}
		return MakeInt(0), nil
	}
	if base != nil {
		b, err := AsInt(th, base)
		if err != nil {
			return nil, err
		}
		if b != 0 && (b < 2 || b > 36) {
			return nil, NewError(ValueErrorType, "int() base must be >= 2 and <= 36, or 0")
		}
		var s string
		switch sv := x.(type) {
		case *Str:
			s = sv.s
		case *Bytes:
			s = string(sv.b)
		default:
			return nil, NewError(TypeErrorType, "int() can't convert non-string with explicit base")
		}
		return parseIntStr(s, b)
	}
	switch v := x.(type) {
	case Int, *BigInt:
		return v, nil
	case Bool:
		return Index(th, v)
	case Float:
		b, err := pyfmt.FloatToInt(float64(v))
		if err != nil {
			return nil, fmtErr(err)
		}
		return MakeBigInt(b), nil
	case *Str:
		return parseIntStr(v.s, 10)
	case *Bytes:
		return parseIntStr(string(v.b), 10)
	}
	t := x.Type()
	if t.Unary[OpInt] != nil {
		r, err := t.Unary[OpInt](th, x)
		if err != nil {
			return nil, err
		}
		if !isIntLike(r) {
			if in, ok := r.(*Instance); ok && in.Base != nil && isIntLike(in.Base) {
				return in.Base, nil
			}
			return nil, Errorf(TypeErrorType, "__int__ returned non-int (type ", TypeName(r), ")")
		}
		return r, nil
	}
	if t.Index != nil {
		return t.Index(th, x)
	}
	if tr := t.Lookup("__trunc__"); tr != nil {
		return callDunder(th, tr, x)
	}
	return nil, Errorf(TypeErrorType, "int() argument must be a string, a bytes-like object or a real number, not '", t.TPName(), "'")
}

func parseIntStr(s string, base int) (Value, error) {
	b, err := pyfmt.ParseInt(s, base)
	if err != nil {
		return nil, fmtErr(err)
	}
	return MakeBigInt(b), nil
}

func floatNew(th *Thread, cls *Type, args []Value, kw *Kwargs) (Value, error) {
	v, err := floatNew1(th, args, kw)
	if err != nil {
		return nil, err
	}
	if cls != FloatType {
		return &Instance{Class: cls, Dict: NewDict(), Base: v}, nil
	}
	return v, nil
}

func floatNew1(th *Thread, args []Value, kw *Kwargs) (Value, error) {
	if kw.Len() > 0 {
		return nil, NewError(TypeErrorType, "float() takes no keyword arguments")
	}
	if len(args) == 0 {
		return Float(0), nil
	}
	if len(args) > 1 {
		return nil, Errorf(TypeErrorType, "float expected at most 1 argument, got ", itoa(len(args)))
	}
	switch v := args[0].(type) {
	case Float:
		return v, nil
	case *Str:
		f, err := pyfmt.ParseFloat(v.s)
		if err != nil {
			return nil, fmtErr(err)
		}
		return MakeFloat(f), nil
	case *Bytes:
		f, err := pyfmt.ParseFloat(string(v.b))
		if err != nil {
			return nil, fmtErr(err)
		}
		return MakeFloat(f), nil
	}
	f, ok, err := toFloat(args[0])
	if err != nil {
		return nil, err
	}
	if ok {
		return MakeFloat(f), nil
	}
	t := args[0].Type()
	if t.Unary[OpFloat] != nil {
		r, err := t.Unary[OpFloat](th, args[0])
		if err != nil {
			return nil, err
		}
		if _, ok := r.(Float); !ok {
			return nil, Errorf(TypeErrorType, t.TPName(), ".__float__ returned non-float (type ", TypeName(r), ")")
		}
		return r, nil
	}
	if t.Index != nil {
		r, err := t.Index(th, args[0])
		if err != nil {
			return nil, err
		}
		f, _, err := toFloat(r)
		return MakeFloat(f), err
	}
	return nil, Errorf(TypeErrorType, "float() argument must be a string or a real number, not '", t.TPName(), "'")
}

func intToBytes(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
	length := 1
	order := "big"
	signed := false
	if len(args) > 0 {
		n, err := AsInt(th, args[0])
		if err != nil {
			return nil, err
		}
		length = n
	}
	if len(args) > 1 {
		s, _ := args[1].(*Str)
		if s != nil {
			order = s.s
		}
	}
	if kw != nil {
		for i, n := range kw.Names {
			switch n {
			case "length":
				l, err := AsInt(th, kw.Values[i])
				if err != nil {
					return nil, err
				}
				length = l
			case "byteorder":
				if s, ok := kw.Values[i].(*Str); ok {
					order = s.s
				}
			case "signed":
				b, _ := Truth(th, kw.Values[i])
				signed = b
			}
		}
	}
	if order != "big" && order != "little" {
		return nil, NewError(ValueErrorType, "byteorder must be either 'little' or 'big'")
	}
	if length < 0 {
		return nil, NewError(ValueErrorType, "length argument must be non-negative")
	}
	x, _ := toBig(self)
	if x.Sign() < 0 && !signed {
		return nil, NewError(OverflowErrorType, "can't convert negative int to unsigned")
	}
	v := new(big.Int).Set(x)
	if x.Sign() < 0 {
		mod := new(big.Int).Lsh(big.NewInt(1), uint(8*length))
		v.Add(v, mod)
	}
	limit := uint(8 * length)
	if signed {
		if x.Sign() >= 0 && x.BitLen() > int(limit)-1 || x.Sign() < 0 && new(big.Int).Not(x).BitLen() > int(limit)-1 {
			return nil, NewError(OverflowErrorType, "int too big to convert")
		}
	} else if v.BitLen() > int(limit) {
		return nil, NewError(OverflowErrorType, "int too big to convert")
	}
	out := make([]byte, length)
	bs := v.Bytes()
	copy(out[length-len(bs):], bs)
	if order == "little" {
		for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
			out[i], out[j] = out[j], out[i]
		}
	}
	return NewBytes(out), nil
}

func intFromBytes(th *Thread, cls *Type, args []Value, kw *Kwargs) (Value, error) {
	order := "big"
	signed := false
	var data Value
	if len(args) > 0 {
		data = args[0]
	}
	if len(args) > 1 {
		if s, ok := args[1].(*Str); ok {
			order = s.s
		}
	}
	if kw != nil {
		for i, n := range kw.Names {
			switch n {
			case "bytes":
				data = kw.Values[i]
			case "byteorder":
				if s, ok := kw.Values[i].(*Str); ok {
					order = s.s
				}
			case "signed":
				signed, _ = Truth(th, kw.Values[i])
			}
		}
	}
	if data == nil {
		return nil, NewError(TypeErrorType, "from_bytes() missing required argument 'bytes' (pos 1)")
	}
	var bs []byte
	if b, err := bytesOf(th, data); err == nil {
		bs = append([]byte(nil), b...)
	} else {
		// any iterable of ints in range(256), as bytes(iterable) takes
		bv, err := Call(th, BytesType, []Value{data}, nil)
		if err != nil {
			return nil, err
		}
		bs = append([]byte(nil), bv.(*Bytes).b...)
	}
	if order == "little" {
		for i, j := 0, len(bs)-1; i < j; i, j = i+1, j-1 {
			bs[i], bs[j] = bs[j], bs[i]
		}
	} else if order != "big" {
		return nil, NewError(ValueErrorType, "byteorder must be either 'little' or 'big'")
	}
	v := new(big.Int).SetBytes(bs)
	if signed && len(bs) > 0 && bs[0]&0x80 != 0 {
		v.Sub(v, new(big.Int).Lsh(big.NewInt(1), uint(8*len(bs))))
	}
	r := MakeBigInt(v)
	if cls != IntType {
		return Call(th, cls, []Value{r}, nil)
	}
	return r, nil
}

func roundFloat(th *Thread, f float64, args []Value) (Value, error) {
	if len(args) == 0 || args[0] == None {
		if math.IsNaN(f) {
			return nil, NewError(ValueErrorType, "cannot convert float NaN to integer")
		}
		if math.IsInf(f, 0) {
			return nil, NewError(OverflowErrorType, "cannot convert float infinity to integer")
		}
		b, err := pyfmt.FloatToInt(pyfmt.RoundHalfEven(f))
		if err != nil {
			return nil, fmtErr(err)
		}
		return MakeBigInt(b), nil
	}
	n, err := AsInt(th, args[0])
	if err != nil {
		return nil, err
	}
	return MakeFloat(pyfmt.RoundFloat(f, n)), nil
}
