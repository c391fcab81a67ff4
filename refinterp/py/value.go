package py

import (
	"math/big"
)

// Value is any Python object. Every value knows its type; everything else a
// value can do is found through the slots of that type.
type Value interface {
	Type() *Type
}

// Kwargs carries the keyword arguments of a call: Names[i] = Values[i].
// A nil *Kwargs means "no keyword arguments".
type Kwargs struct {
	Names  []string
	Values []Value
}

// Len returns the number of keyword arguments (0 for nil).
func (k *Kwargs) Len() int {
	if k == nil {
		return 0
	}
	return len(k.Names)
}

// Get returns the keyword argument name, or nil (also for a nil k).
func (k *Kwargs) Get(name string) Value {
	if k == nil {
		return nil
	}
	for i, n := range k.Names {
		if n == name {
			return k.Values[i]
		}
	}
	return nil
}

// NoneType is the type of None.
type NoneType struct{}

// None is the Python None singleton.
var None Value = &noneValue

var noneValue NoneType

// Type returns NoneTypeType.
func (*NoneType) Type() *Type { return NoneTypeType }

// Bool is a Python bool; use True and False.
type Bool bool

// True and False are the two bool values, stored boxed once.
var (
	True  Value = Bool(true)
	False Value = Bool(false)
)

// Type returns BoolType.
func (Bool) Type() *Type { return BoolType }

// MakeBool returns True or False.
func MakeBool(b bool) Value {
	if b {
		return True
	}
	return False
}

// NotImplementedType is the type of NotImplemented.
type NotImplementedType struct{}

// NotImplemented is returned by binary operations that do not support their operands.
var NotImplemented Value = &notImplValue

var notImplValue NotImplementedType

// Type returns NotImplementedTypeType.
func (*NotImplementedType) Type() *Type { return NotImplementedTypeType }

// EllipsisType is the type of Ellipsis.
type EllipsisType struct{}

// Ellipsis is the ... singleton.
var Ellipsis Value = &ellipsisValue

var ellipsisValue EllipsisType

// Type returns EllipsisTypeType.
func (*EllipsisType) Type() *Type { return EllipsisTypeType }

// Int is a Python int that fits in 64 bits. Larger values are *BigInt; every
// operation normalises back to Int when the result fits.
type Int int64

// Type returns IntType.
func (Int) Type() *Type { return IntType }

// BigInt is an int outside the int64 range.
type BigInt struct{ V *big.Int }

// Type returns IntType.
func (*BigInt) Type() *Type { return IntType }

const smallIntMin, smallIntMax = -5, 1024

// smallInts caches the boxed small ints, filled on first use: filling all
// of them at start-up cost several hundred allocations.
var smallInts [smallIntMax - smallIntMin + 1]Value

// MakeInt returns an int value; small values come from a cache so that
// loop counters do not allocate.
func MakeInt(i int64) Value {
	if i >= smallIntMin && i <= smallIntMax {
		if v := smallInts[i-smallIntMin]; v != nil {
			return v
		}
		return makeSmallInt(i)
	}
	return Int(i)
}

// makeSmallInt fills smallInts[i]; kept out of line so that MakeInt stays
// as cheap to inline as an array load.
//
//go:noinline
func makeSmallInt(i int64) Value {
	v := Value(Int(i))
	smallInts[i-smallIntMin] = v
	return v
}

// MakeBigInt returns an int for b, normalised to Int when it fits.
func MakeBigInt(b *big.Int) Value {
	if b.IsInt64() {
		return MakeInt(b.Int64())
	}
	accountBytes(16 + (b.BitLen()+31)/32*4)
	return &BigInt{b}
}

// Float is a Python float.
type Float float64

// Type returns FloatType.
func (Float) Type() *Type { return FloatType }

// MakeFloat returns a float value.
func MakeFloat(f float64) Value {
	accountBytes(16)
	return Float(f)
}

// Complex is a Python complex.
type Complex complex128

// Type returns ComplexType.
func (Complex) Type() *Type { return ComplexType }

// Tuple is a Python tuple.
type Tuple []Value

// Type returns TupleType.
func (Tuple) Type() *Type { return TupleType }

// EmptyTuple is the () value.
var EmptyTuple Value = Tuple(nil)

// NewTuple returns a tuple holding elems (not copied).
func NewTuple(elems []Value) Tuple {
	accountBytes(blocks(8 + 4*len(elems)))
	return Tuple(elems)
}

// List is a Python list.
type List struct {
	Elems []Value
}

// Type returns ListType.
func (*List) Type() *Type { return ListType }

// NewList returns a list holding elems (not copied).
func NewList(elems []Value) *List {
	accountBytes(16 + blocks(4*cap(elems)))
	return &List{Elems: elems}
}

// Cell is a closure cell.
type Cell struct {
	V Value // nil when empty
}

// Type returns CellType.
func (*Cell) Type() *Type { return CellType }

// Slice is a slice object.
type Slice struct {
	Start, Stop, Step Value
}

// Type returns SliceType.
func (*Slice) Type() *Type { return SliceType }

// Range is a range object.
type Range struct {
	Start, Stop, Step int64
}

// Type returns RangeType.
func (*Range) Type() *Type { return RangeType }

// Len returns the number of elements of r.
func (r *Range) Len() int64 {
	if r.Step > 0 {
		if r.Start >= r.Stop {
			return 0
		}
		return (r.Stop - r.Start + r.Step - 1) / r.Step
	}
	if r.Start <= r.Stop {
		return 0
	}
	return (r.Start - r.Stop - r.Step - 1) / (-r.Step)
}
