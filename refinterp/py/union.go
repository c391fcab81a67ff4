package py

import "strings"

// UnionType is the value of X | Y for classes (int | None): CPython's
// types.UnionType. Its arguments are flattened and deduplicated; None
// stands for NoneType. isinstance and issubclass accept it like a tuple.
type UnionType struct {
	Args Tuple
}

// Type returns UnionTypeType.
func (*UnionType) Type() *Type { return UnionTypeType }

// UnionTypeType is types.UnionType.
var UnionTypeType *Type

// unionOperand reports whether v may appear in a X | Y union of types.
func unionOperand(v Value) bool {
	switch v.(type) {
	case *Type, *GenericAlias, *UnionType, *NoneType:
		return true
	}
	return false
}

// makeUnion builds a | b, or returns NotImplemented when an operand is not
// a type-like value.
func makeUnion(th *Thread, a, b Value) (Value, error) {
	if !unionOperand(a) || !unionOperand(b) {
		return NotImplemented, nil
	}
	var args Tuple
	add := func(v Value) error {
		if v == None {
			v = NoneTypeType
		}
		for _, x := range args {
			if x == v {
				return nil
			}
			if _, ok := x.(*Type); ok {
				continue
			}
			eq, err := Equal(th, x, v)
			if err != nil {
				return err
			}
			if eq {
				return nil
			}
		}
		args = append(args, v)
		return nil
	}
	for _, v := range []Value{a, b} {
		if u, ok := v.(*UnionType); ok {
			for _, x := range u.Args {
				if err := add(x); err != nil {
					return nil, err
				}
			}
		} else if err := add(v); err != nil {
			return nil, err
		}
	}
	if len(args) == 1 {
		return args[0], nil
	}
	return &UnionType{Args: args}, nil
}

// typeReprShort is how a union or generic alias shows a class: the bare
// name for builtins, else module.qualname; NoneType shows as None.
func typeReprShort(th *Thread, v Value) (string, error) {
	if t, ok := v.(*Type); ok {
		if t == NoneTypeType {
			return "None", nil
		}
		if t.Module == "builtins" || t.Module == "" {
			return t.qualName(), nil
		}
		return t.Module + "." + t.qualName(), nil
	}
	return Repr(th, v)
}

func initUnionType() {
	t := NewBuiltinType("UnionType", nil)
	UnionTypeType = t
	t.Module = "types"
	t.Flags |= FlagDottedName
	t.Repr = func(th *Thread, v Value) (string, error) {
		var b strings.Builder
		for i, x := range v.(*UnionType).Args {
			if i > 0 {
				b.WriteString(" | ")
			}
			s, err := typeReprShort(th, x)
			if err != nil {
				return "", err
			}
			b.WriteString(s)
		}
		return b.String(), nil
	}
	t.Num[OpOr] = makeUnion
	t.RNum[OpOr] = func(th *Thread, self, other Value) (Value, error) { return makeUnion(th, other, self) }
	t.Compare = func(th *Thread, a, b Value, op CmpOp) (Value, error) {
		u, ok := b.(*UnionType)
		if !ok || (op != CmpEQ && op != CmpNE) {
			return NotImplemented, nil
		}
		x, err := NewSetFrom(th, a.(*UnionType).Args)
		if err != nil {
			return nil, err
		}
		y, err := NewSetFrom(th, u.Args)
		if err != nil {
			return nil, err
		}
		return SetType.Compare(th, x, y, op)
	}
	t.Hash = func(th *Thread, v Value) (int64, error) {
		var h int64
		for _, x := range v.(*UnionType).Args {
			xh, err := Hash(th, x)
			if err != nil {
				return 0, err
			}
			h ^= xh
		}
		return h, nil
	}
	TypeType.Num[OpOr] = makeUnion
	TypeType.RNum[OpOr] = t.RNum[OpOr]
	GenericAliasType.Num[OpOr] = makeUnion
	GenericAliasType.RNum[OpOr] = t.RNum[OpOr]
	t.AddGetter("__args__", func(th *Thread, self Value) (Value, error) { return self.(*UnionType).Args, nil })
	t.AddGetter("__parameters__", func(th *Thread, self Value) (Value, error) { return Tuple{}, nil })
	t.AddMethod("__instancecheck__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		ok, err := isInstanceOf(th, args[0], self)
		return MakeBool(ok), err
	})
	t.AddMethod("__subclasscheck__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		c, ok := args[0].(*Type)
		if !ok {
			return nil, NewError(TypeErrorType, "issubclass() arg 1 must be a class")
		}
		r, err := isSubclassOf(th, c, self)
		return MakeBool(r), err
	})
}
