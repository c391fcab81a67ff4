package py

import (
	"strconv"
)

// Repr returns repr(v).
func Repr(th *Thread, v Value) (string, error) {
	switch x := v.(type) {
	case *Str:
		return strRepr(x.s), nil
	case Int:
		return strconv.FormatInt(int64(x), 10), nil
	}
	t := v.Type()
	if t.Repr != nil {
		if th != nil {
			th.depth++
			if th.depth > th.recLimit+50 {
				th.depth--
				return "", NewError(RecursionErrorType, "maximum recursion depth exceeded while getting the repr of an object")
			}
			s, err := t.Repr(th, v)
			th.depth--
			return s, err
		}
		return t.Repr(th, v)
	}
	return objectRepr(v), nil
}

// ToStr returns str(v).
func ToStr(th *Thread, v Value) (string, error) {
	switch x := v.(type) {
	case *Str:
		return x.s, nil
	case Int:
		return strconv.FormatInt(int64(x), 10), nil
	}
	t := v.Type()
	if t.Str != nil {
		return t.Str(th, v)
	}
	return Repr(th, v)
}

// TypeName returns the name of v's type, as used in error messages.
func TypeName(v Value) string { return v.Type().TPName() }

// Hash returns hash(v).
func Hash(th *Thread, v Value) (int64, error) {
	switch x := v.(type) {
	case *Str:
		return x.hash(), nil
	case Int:
		return intHash(int64(x)), nil
	}
	t := v.Type()
	if t.Hash == nil {
		return 0, Errorf(TypeErrorType, "unhashable type: '", t.TPName(), "'")
	}
	return t.Hash(th, v)
}

// Truth returns bool(v).
func Truth(th *Thread, v Value) (bool, error) {
	switch x := v.(type) {
	case Bool:
		return bool(x), nil
	case Int:
		return x != 0, nil
	case *NoneType:
		return false, nil
	case *Str:
		return len(x.s) > 0, nil
	case *List:
		return len(x.Elems) > 0, nil
	case Tuple:
		return len(x) > 0, nil
	case *Dict:
		return x.used > 0, nil
	case Float:
		return x != 0, nil
	}
	t := v.Type()
	if t.Bool != nil {
		return t.Bool(th, v)
	}
	if t.Len != nil {
		n, err := t.Len(th, v)
		return n > 0, err
	}
	return true, nil
}

// Len returns len(v).
func Len(th *Thread, v Value) (int, error) {
	switch x := v.(type) {
	case *Str:
		return x.Len(), nil
	case *List:
		return len(x.Elems), nil
	case Tuple:
		return len(x), nil
	case *Dict:
		return x.used, nil
	}
	t := v.Type()
	if t.Len == nil {
		return 0, Errorf(TypeErrorType, "object of type '", t.TPName(), "' has no len()")
	}
	return t.Len(th, v)
}

// Iter returns iter(v).
func Iter(th *Thread, v Value) (Value, error) {
	t := v.Type()
	if t.Iter != nil {
		return t.Iter(th, v)
	}
	if t.GetItem != nil && t.Flags&FlagUser != 0 {
		return &seqIter{seq: v}, nil
	}
	return nil, Errorf(TypeErrorType, "'", t.TPName(), "' object is not iterable")
}

// Next advances iterator it; it returns (nil, nil) when exhausted.
func Next(th *Thread, it Value) (Value, error) {
	t := it.Type()
	if t.Next == nil {
		return nil, Errorf(TypeErrorType, "'", t.TPName(), "' object is not an iterator")
	}
	return t.Next(th, it)
}

// ForEach calls fn for each element of iterable.
func ForEach(th *Thread, iterable Value, fn func(Value) error) error {
	switch x := iterable.(type) {
	case *List:
		for i := 0; i < len(x.Elems); i++ {
			if err := fn(x.Elems[i]); err != nil {
				return err
			}
		}
		return nil
	case Tuple:
		for _, v := range x {
			if err := fn(v); err != nil {
				return err
			}
		}
		return nil
	}
	it, err := Iter(th, iterable)
	if err != nil {
		return err
	}
	for {
		v, err := Next(th, it)
		if err != nil {
			return err
		}
		if v == nil {
			return nil
		}
		if err := fn(v); err != nil {
			return err
		}
	}
}

// ToSlice returns the elements of iterable as a new Go slice.
func ToSlice(th *Thread, iterable Value) ([]Value, error) {
	switch x := iterable.(type) {
	case *List:
		return append([]Value(nil), x.Elems...), nil
	case Tuple:
		return append([]Value(nil), x...), nil
	}
	var out []Value
	err := ForEach(th, iterable, func(v Value) error {
		out = append(out, v)
		return nil
	})
	return out, err
}

func toTuple(th *Thread, v Value) (Tuple, error) {
	if t, ok := v.(Tuple); ok {
		return t, nil
	}
	s, err := ToSlice(th, v)
	if err != nil {
		return nil, err
	}
	return NewTuple(s), nil
}

// GetItem returns v[key].
func GetItem(th *Thread, v, key Value) (Value, error) {
	t := v.Type()
	if t.GetItem == nil {
		if vt, ok := v.(*Type); ok {
			if cg := vt.Lookup("__class_getitem__"); cg != nil {
				f, err := bindDescr(th, cg, nil, vt)
				if err != nil {
					return nil, err
				}
				return Call(th, f, []Value{key}, nil)
			}
			if vt.Flags&FlagUser == 0 || genericBase(vt) {
				return &GenericAlias{Origin: vt, Args: key}, nil
			}
			return nil, Errorf(TypeErrorType, "type '", vt.Name, "' is not subscriptable")
		}
		return nil, Errorf(TypeErrorType, "'", t.TPName(), "' object is not subscriptable")
	}
	return t.GetItem(th, v, key)
}

// genericBase reports whether a class derives from a built-in container
// whose __class_getitem__ it inherits in CPython (class D(dict): D[str, int]).
func genericBase(t *Type) bool {
	for _, b := range t.MRO {
		if b.Flags&FlagUser != 0 {
			continue
		}
		switch b {
		case ListType, DictType, TupleType, SetType, FrozenSetType, TypeType:
			return true
		}
		if b.Module != "builtins" {
			return true // deque and the other generic library types
		}
	}
	return false
}

// isIndexValue reports whether v is an int or has __index__.
func isIndexValue(v Value) bool {
	switch v.(type) {
	case Int, Bool, *BigInt:
		return true
	}
	return v.Type().Index != nil
}

// SetItem performs v[key] = val (val nil deletes).
func SetItem(th *Thread, v, key, val Value) error {
	t := v.Type()
	if t.SetItem == nil {
		if val == nil {
			// CPython's wording depends on the path taken: the sequence
			// protocol (an index on a container) or the generic one.
			if (t.Len != nil || t.Contains != nil) && isIndexValue(key) {
				return Errorf(TypeErrorType, "'", t.TPName(), "' object doesn't support item deletion")
			}
			return Errorf(TypeErrorType, "'", t.TPName(), "' object does not support item deletion")
		}
		return Errorf(TypeErrorType, "'", t.TPName(), "' object does not support item assignment")
	}
	return t.SetItem(th, v, key, val)
}

// Contains returns x in v.
func Contains(th *Thread, v, x Value) (bool, error) {
	t := v.Type()
	if t.Contains != nil {
		return t.Contains(th, v, x)
	}
	if t.Iter == nil && (t.GetItem == nil || t.Flags&FlagUser == 0) {
		return false, Errorf(TypeErrorType, "argument of type '", t.TPName(), "' is not iterable")
	}
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

type stopErr struct{}

func (stopErr) Error() string { return "stop" }

var errStop error = stopErr{}

// Equal reports a == b (with the identity shortcut containers use).
func Equal(th *Thread, a, b Value) (bool, error) {
	if same(a, b) {
		return true, nil
	}
	switch x := a.(type) {
	case Int:
		if y, ok := b.(Int); ok {
			return x == y, nil
		}
	case *Str:
		if y, ok := b.(*Str); ok {
			return x.s == y.s, nil
		}
		if _, ok := b.(*Instance); !ok {
			return false, nil
		}
	}
	r, err := Compare(th, a, b, CmpEQ)
	if err != nil {
		return false, err
	}
	return Truth(th, r)
}

// Compare evaluates a op b with Python's reflected fallback.
func Compare(th *Thread, a, b Value, op CmpOp) (Value, error) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			return MakeBool(cmpResult(compareInt(int64(x), int64(y)), op)), nil
		}
	}
	ta, tb := a.Type(), b.Type()
	if ta != tb && tb.Compare != nil && tb.IsSubtype(ta) {
		r, err := tb.Compare(th, b, a, cmpSwapped[op])
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if ta.Compare != nil {
		r, err := ta.Compare(th, a, b, op)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if tb.Compare != nil {
		r, err := tb.Compare(th, b, a, cmpSwapped[op])
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	switch op {
	case CmpEQ:
		return MakeBool(same(a, b)), nil
	case CmpNE:
		return MakeBool(!same(a, b)), nil
	}
	return nil, Errorf(TypeErrorType, "'", cmpSymbols[op], "' not supported between instances of '", ta.TPName(), "' and '", tb.TPName(), "'")
}

func compareInt(a, b int64) int {
	if a < b {
		return -1
	}
	if a > b {
		return 1
	}
	return 0
}

func cmpResult(c int, op CmpOp) bool {
	switch op {
	case CmpLT:
		return c < 0
	case CmpLE:
		return c <= 0
	case CmpEQ:
		return c == 0
	case CmpNE:
		return c != 0
	case CmpGT:
		return c > 0
	}
	return c >= 0
}

// Less reports a < b (used by sort, min, max).
func Less(th *Thread, a, b Value) (bool, error) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			return x < y, nil
		}
	}
	if x, ok := a.(*Str); ok {
		if y, ok := b.(*Str); ok {
			return x.s < y.s, nil
		}
	}
	r, err := Compare(th, a, b, CmpLT)
	if err != nil {
		return false, err
	}
	return Truth(th, r)
}

// Binary evaluates a op b.
func Binary(th *Thread, op BinOp, a, b Value) (Value, error) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			if r, ok := intFast(op, int64(x), int64(y)); ok {
				return r, nil
			}
		}
	}
	ta, tb := a.Type(), b.Type()
	if ta != tb && tb.RNum[op] != nil && tb.IsSubtype(ta) && tb.Flags&FlagUser != 0 {
		r, err := tb.RNum[op](th, b, a)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if f := ta.Num[op]; f != nil {
		r, err := f(th, a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if ta != tb {
		if f := tb.RNum[op]; f != nil {
			r, err := f(th, b, a)
			if err != nil || r != NotImplemented {
				return r, err
			}
		}
	}
	if op == OpMod {
		if _, ok := a.(*Str); ok {
			return strMod(th, a.(*Str), b)
		}
	}
	if op == OpMul {
		if isSeq(a) && b.Type().Index == nil {
			return nil, Errorf(TypeErrorType, "can't multiply sequence by non-int of type '", tb.TPName(), "'")
		}
		if isSeq(b) && a.Type().Index == nil {
			return nil, Errorf(TypeErrorType, "can't multiply sequence by non-int of type '", ta.TPName(), "'")
		}
	}
	return nil, Errorf(TypeErrorType, "unsupported operand type(s) for ", binOpSymbols[op], ": '", ta.TPName(), "' and '", tb.TPName(), "'")
}

// InPlace evaluates a op= b.
func InPlace(th *Thread, op BinOp, a, b Value) (Value, error) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			if r, ok := intFast(op, int64(x), int64(y)); ok {
				return r, nil
			}
		}
	}
	ta := a.Type()
	if f := ta.INum[op]; f != nil {
		r, err := f(th, a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	r, err := Binary(th, op, a, b)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Class == TypeErrorType && len(e.Args) == 1 {
			if s, ok := e.Args[0].(*Str); ok && len(s.s) > 28 && s.s[:28] == "unsupported operand type(s) " {
				sym := binOpSymbols[op]
				if op == OpPow {
					sym = "**"
				}
				return nil, Errorf(TypeErrorType, "unsupported operand type(s) for ", sym, "=: '", ta.TPName(), "' and '", b.Type().TPName(), "'")
			}
		}
	}
	return r, err
}

// Unary evaluates a unary operator.
func Unary(th *Thread, op UnaryOp, v Value) (Value, error) {
	if x, ok := v.(Int); ok {
		switch op {
		case OpNeg:
			if x != -x || x == 0 {
				return MakeInt(-int64(x)), nil
			}
		case OpPos:
			return x, nil
		case OpInvert:
			return MakeInt(^int64(x)), nil
		}
	}
	t := v.Type()
	if f := t.Unary[op]; f != nil {
		return f(th, v)
	}
	switch op {
	case OpInt:
		return nil, Errorf(TypeErrorType, "int() argument must be a string, a bytes-like object or a real number, not '", t.TPName(), "'")
	case OpFloat:
		return nil, Errorf(TypeErrorType, "float() argument must be a string or a real number, not '", t.TPName(), "'")
	case OpAbs:
		return nil, Errorf(TypeErrorType, "bad operand type for abs(): '", t.TPName(), "'")
	}
	return nil, Errorf(TypeErrorType, "bad operand type for ", unarySymbols[op], ": '", t.TPName(), "'")
}

// Index converts v to an int via __index__.
func Index(th *Thread, v Value) (Value, error) {
	switch x := v.(type) {
	case Int:
		return x, nil
	case *BigInt:
		return x, nil
	case Bool:
		if x {
			return MakeInt(1), nil
		}
		return MakeInt(0), nil
	}
	t := v.Type()
	if t.Index != nil {
		return t.Index(th, v)
	}
	return nil, Errorf(TypeErrorType, "'", t.TPName(), "' object cannot be interpreted as an integer")
}

// AsInt converts v (via __index__) to a Go int, raising OverflowError if too big.
func AsInt(th *Thread, v Value) (int, error) {
	if x, ok := v.(Int); ok {
		return int(x), nil
	}
	r, err := Index(th, v)
	if err != nil {
		return 0, err
	}
	if x, ok := r.(Int); ok {
		return int(x), nil
	}
	return 0, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
}

// Call calls fn with positional args and keyword arguments.
func Call(th *Thread, fn Value, args []Value, kw *Kwargs) (Value, error) {
	switch f := fn.(type) {
	case *Function:
		return th.callFunction(f, args, kw)
	case *Builtin:
		return f.Fn(th, args, kw)
	case *BoundMethod:
		return callBound(th, f.Func, f.Self, args, kw)
	case *Method:
		if len(args) == 0 {
			return nil, Errorf(TypeErrorType, "unbound method ", f.Owner.Name, ".", f.Name, "() needs an argument")
		}
		return f.call(th, args[0], args[1:], kw)
	case *Type:
		return callType(th, f, args, kw)
	}
	t := fn.Type()
	if t.Call == nil {
		return nil, Errorf(TypeErrorType, "'", t.TPName(), "' object is not callable")
	}
	return t.Call(th, fn, args, kw)
}

// callBound calls fn with self prepended to args.
func callBound(th *Thread, fn, self Value, args []Value, kw *Kwargs) (Value, error) {
	switch f := fn.(type) {
	case *Method:
		return f.call(th, self, args, kw)
	}
	all := make([]Value, len(args)+1)
	all[0] = self
	copy(all[1:], args)
	return Call(th, fn, all, kw)
}

// CallMethod calls v.name(*args).
func CallMethod(th *Thread, v Value, name string, args ...Value) (Value, error) {
	m, err := GetAttr(th, v, name)
	if err != nil {
		return nil, err
	}
	return Call(th, m, args, nil)
}

// Callable reports whether v can be called.
func Callable(v Value) bool {
	switch v.(type) {
	case *Function, *Builtin, *BoundMethod, *Method, *Type:
		return true
	}
	return v.Type().Call != nil
}

func isSeq(v Value) bool {
	switch unwrapV(v).(type) {
	case *Str, *List, Tuple, *Bytes:
		return true
	}
	return false
}

// same reports whether a and b are the same object. Values of slice types
// (Tuple) cannot be compared with ==, so they compare by backing array.
func same(a, b Value) bool {
	if x, ok := a.(Tuple); ok {
		y, ok := b.(Tuple)
		if !ok || len(x) != len(y) {
			return false
		}
		return len(x) == 0 || &x[0] == &y[0]
	}
	if _, ok := a.(kwNamesValue); ok {
		return false
	}
	if _, ok := b.(kwNamesValue); ok {
		return false
	}
	return a == b
}
