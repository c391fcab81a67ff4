package py

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"

	"github.com/mptest/mptest/refinterp/compile"
	"github.com/mptest/mptest/refinterp/pyfmt"
)

func itoa(i int) string { return strconv.Itoa(i) }

func bigConst(k compile.Const) (Value, bool) {
	if b, ok := k.(*big.Int); ok {
		return &BigInt{b}, true
	}
	return nil, false
}

// intFast performs op on two int64s when the result is an int64 that needs
// no error handling; ok is false otherwise.
func intFast(op BinOp, x, y int64) (Value, bool) {
	switch op {
	case OpAdd:
		r := x + y
		if (r > x) == (y > 0) {
			return MakeInt(r), true
		}
	case OpSub:
		r := x - y
		if (r < x) == (y > 0) {
			return MakeInt(r), true
		}
	case OpMul:
		if x == 0 || y == 0 {
			return MakeInt(0), true
		}
		hi, lo := bits.Mul64(uint64(absI(x)), uint64(absI(y)))
		if hi == 0 && lo <= math.MaxInt64 && x != math.MinInt64 && y != math.MinInt64 {
			r := int64(lo)
			if (x < 0) != (y < 0) {
				r = -r
			}
			return MakeInt(r), true
		}
	case OpFloorDiv:
		if y != 0 && !(x == math.MinInt64 && y == -1) {
			q := x / y
			if (x%y != 0) && ((x < 0) != (y < 0)) {
				q--
			}
			return MakeInt(q), true
		}
	case OpMod:
		if y != 0 && !(x == math.MinInt64 && y == -1) {
			m := x % y
			if m != 0 && ((m < 0) != (y < 0)) {
				m += y
			}
			return MakeInt(m), true
		}
	case OpAnd:
		return MakeInt(x & y), true
	case OpOr:
		return MakeInt(x | y), true
	case OpXor:
		return MakeInt(x ^ y), true
	case OpLShift:
		if y >= 0 && y < 63 {
			r := x << uint(y)
			if r>>uint(y) == x {
				return MakeInt(r), true
			}
		}
	case OpRShift:
		if y >= 0 {
			if y > 63 {
				y = 63
			}
			return MakeInt(x >> uint(y)), true
		}
	case OpTrueDiv:
		if y != 0 && absI(x) < 1<<53 && absI(y) < 1<<53 {
			return MakeFloat(float64(x) / float64(y)), true
		}
	case OpPow:
		if y >= 0 && y < 64 {
			r := int64(1)
			base := x
			e := y
			for e > 0 {
				if e&1 != 0 {
					v, ok := intFast(OpMul, r, base)
					if !ok {
						return nil, false
					}
					r = int64(v.(Int))
				}
				e >>= 1
				if e > 0 {
					v, ok := intFast(OpMul, base, base)
					if !ok {
						return nil, false
					}
					base = int64(v.(Int))
				}
			}
			return MakeInt(r), true
		}
	}
	return nil, false
}

func absI(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

// toBig returns v as a big.Int if it is an int or bool.
func toBig(v Value) (*big.Int, bool) {
	switch x := v.(type) {
	case Int:
		return big.NewInt(int64(x)), true
	case *BigInt:
		return x.V, true
	case Bool:
		if x {
			return big.NewInt(1), true
		}
		return big.NewInt(0), true
	case *Instance:
		if x.Base != nil {
			return toBig(x.Base)
		}
	}
	return nil, false
}

// bigScratch holds a thread's two big.Int views of int64 operands of
// big-int operations: set with SetInt64, they reuse their digits, where
// big.NewInt would allocate twice per operand. A view is only valid until
// the next operation of the thread.
type bigScratch struct {
	x, y big.Int
}

// bigScratch returns th's operand views (fresh ones without a thread).
func (th *Thread) bigScratch() (*big.Int, *big.Int) {
	if th == nil {
		return new(big.Int), new(big.Int)
	}
	return &th.big.x, &th.big.y
}

// bigOperand returns v as a big.Int if it is an int or bool, using scratch
// for an int64 value. The result must not be retained.
func bigOperand(v Value, scratch *big.Int) (*big.Int, bool) {
	for {
		switch x := v.(type) {
		case Int:
			return scratch.SetInt64(int64(x)), true
		case *BigInt:
			return x.V, true
		case Bool:
			if x {
				return scratch.SetInt64(1), true
			}
			return scratch.SetInt64(0), true
		case *Instance:
			if x.Base != nil {
				v = x.Base
				continue
			}
		}
		return nil, false
	}
}

var bigOne = big.NewInt(1)

// bigBox is a BigInt and its big.Int in one allocation.
type bigBox struct {
	b BigInt
	v big.Int
}

// newBigResult returns a zero big.Int for an operation's result; boxResult
// turns it into the int value without allocating the BigInt separately.
func newBigResult() *bigBox {
	box := &bigBox{}
	box.b.V = &box.v
	return box
}

// value returns the int the box holds, normalised to Int when it fits.
func (box *bigBox) value() Value {
	if box.v.IsInt64() {
		return MakeInt(box.v.Int64())
	}
	accountBytes(16 + (box.v.BitLen()+31)/32*4)
	return &box.b
}

func isIntLike(v Value) bool {
	switch v.(type) {
	case Int, *BigInt, Bool:
		return true
	}
	return false
}

// toFloat converts an int, bool or float to float64.
func toFloat(v Value) (float64, bool, error) {
	switch x := v.(type) {
	case Float:
		return float64(x), true, nil
	case Int:
		return float64(x), true, nil
	case Bool:
		if x {
			return 1, true, nil
		}
		return 0, true, nil
	case *BigInt:
		f, ok := pyfmt.IntToFloat(x.V)
		if !ok {
			return 0, true, NewError(OverflowErrorType, "int too large to convert to float")
		}
		return f, true, nil
	}
	return 0, false, nil
}

func intBinary(th *Thread, op BinOp, a, b Value) (Value, error) {
	if xa, ok := a.(Int); ok {
		if yb, ok := b.(Int); ok {
			if r, ok := intFast(op, int64(xa), int64(yb)); ok {
				return r, nil
			}
		}
	}
	sx, sy := th.bigScratch()
	x, ok1 := bigOperand(a, sx)
	y, ok2 := bigOperand(b, sy)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	if _, ok := a.(Bool); ok {
		if _, ok := b.(Bool); ok {
			switch op {
			case OpAnd:
				return MakeBool(a == True && b == True), nil
			case OpOr:
				return MakeBool(a == True || b == True), nil
			case OpXor:
				return MakeBool(a != b), nil
			}
		}
	}
	box := newBigResult()
	r := &box.v
	switch op {
	case OpAdd:
		r.Add(x, y)
	case OpSub:
		r.Sub(x, y)
	case OpMul:
		r.Mul(x, y)
	case OpFloorDiv, OpMod:
		if y.Sign() == 0 {
			if op == OpMod {
				return nil, NewError(ZeroDivisionErrorType, "integer modulo by zero")
			}
			return nil, NewError(ZeroDivisionErrorType, "integer division or modulo by zero")
		}
		// Truncated division, then floor semantics: when the remainder is
		// not zero and its sign differs from the divisor's, step down.
		var q, m *big.Int
		other := newBigResult()
		if op == OpFloorDiv {
			q, m = r, &other.v
		} else {
			q, m = &other.v, r
		}
		q.QuoRem(x, y, m)
		if m.Sign() != 0 && (m.Sign() < 0) != (y.Sign() < 0) {
			if op == OpFloorDiv {
				q.Sub(q, bigOne)
			} else {
				m.Add(m, y)
			}
		}
		return box.value(), nil
	case OpTrueDiv:
		if y.Sign() == 0 {
			return nil, NewError(ZeroDivisionErrorType, "division by zero")
		}
		// Both exactly representable (|v| <= 2**53): one rounding, as CPython.
		if x.IsInt64() && y.IsInt64() && absI(x.Int64()) <= 1<<53 && absI(y.Int64()) <= 1<<53 {
			return MakeFloat(float64(x.Int64()) / float64(y.Int64())), nil
		}
		q := new(big.Rat).SetFrac(x, y)
		f, _ := q.Float64()
		if f == 0 && (x.Sign() < 0) != (y.Sign() < 0) {
			f = math.Copysign(0, -1) // 0 / -big is -0.0, as in CPython
		}
		if math.IsInf(f, 0) {
			return nil, NewError(OverflowErrorType, "integer division result too large for a float")
		}
		return MakeFloat(f), nil
	case OpPow:
		if y.Sign() < 0 {
			fx, _, err := toFloat(a)
			if err != nil {
				return nil, err
			}
			fy, _, _ := toFloat(b)
			if fx == 0 {
				return nil, NewError(ZeroDivisionErrorType, "0.0 cannot be raised to a negative power")
			}
			return MakeFloat(floatPow(fx, fy)), nil
		}
		if y.BitLen() > 32 && x.CmpAbs(big.NewInt(1)) > 0 {
			return nil, NewError(MemoryErrorType, "")
		}
		r.Exp(x, y, nil)
	case OpLShift:
		if y.Sign() < 0 {
			return nil, NewError(ValueErrorType, "negative shift count")
		}
		if !y.IsInt64() || y.Int64() > 1<<24 {
			return nil, NewError(OverflowErrorType, "too many digits in integer")
		}
		r.Lsh(x, uint(y.Int64()))
	case OpRShift:
		if y.Sign() < 0 {
			return nil, NewError(ValueErrorType, "negative shift count")
		}
		if !y.IsInt64() {
			if x.Sign() < 0 {
				return MakeInt(-1), nil
			}
			return MakeInt(0), nil
		}
		r.Rsh(x, uint(y.Int64()))
	case OpAnd:
		r.And(x, y)
	case OpOr:
		r.Or(x, y)
	case OpXor:
		r.Xor(x, y)
	default:
		return NotImplemented, nil
	}
	return box.value(), nil
}

func floatBinary(th *Thread, op BinOp, a, b Value) (Value, error) {
	if isComplexLike(a) || isComplexLike(b) {
		if _, ok := a.(Complex); ok {
			return complexBinary(op, a, b)
		}
		if _, ok := b.(Complex); ok {
			return complexBinary(op, a, b)
		}
	}
	x, ok1, err := toFloat(a)
	if err != nil {
		return nil, err
	}
	y, ok2, err := toFloat(b)
	if err != nil {
		return nil, err
	}
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	switch op {
	case OpAdd:
		return MakeFloat(x + y), nil
	case OpSub:
		return MakeFloat(x - y), nil
	case OpMul:
		return MakeFloat(x * y), nil
	case OpTrueDiv:
		if y == 0 {
			return nil, NewError(ZeroDivisionErrorType, "float division by zero")
		}
		return MakeFloat(x / y), nil
	case OpFloorDiv:
		r, err := pyfmt.FloatFloorDiv(x, y)
		if err != nil {
			return nil, fmtErr(err)
		}
		return MakeFloat(r), nil
	case OpMod:
		r, err := pyfmt.FloatMod(x, y)
		if err != nil {
			return nil, fmtErr(err)
		}
		return MakeFloat(r), nil
	case OpPow:
		if x == 0 && y < 0 {
			return nil, NewError(ZeroDivisionErrorType, "0.0 cannot be raised to a negative power")
		}
		if x < 0 && y != math.Trunc(y) {
			return complexBinary(op, Complex(complex(x, 0)), Complex(complex(y, 0)))
		}
		r := floatPow(x, y)
		if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsInf(y, 0) {
			return nil, NewError(OverflowErrorType, "(34, 'Numerical result out of range')")
		}
		return MakeFloat(r), nil
	}
	return NotImplemented, nil
}

func isComplexLike(v Value) bool {
	_, ok := v.(Complex)
	return ok
}

// fmtErr converts a pyfmt error into a Python exception.
func fmtErr(err error) error {
	if e, ok := err.(*pyfmt.Error); ok {
		t := ValueErrorType
		switch e.Type {
		case "TypeError":
			t = TypeErrorType
		case "OverflowError":
			t = OverflowErrorType
		case "ZeroDivisionError":
			t = ZeroDivisionErrorType
		case "KeyError":
			t = KeyErrorType
		case "IndexError":
			t = IndexErrorType
		}
		return NewError(t, e.Msg)
	}
	return err
}

func complexBinary(op BinOp, a, b Value) (Value, error) {
	toC := func(v Value) (complex128, bool) {
		switch x := v.(type) {
		case Complex:
			return complex128(x), true
		}
		f, ok, _ := toFloat(v)
		return complex(f, 0), ok
	}
	x, ok1 := toC(a)
	y, ok2 := toC(b)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	switch op {
	case OpAdd:
		return Complex(x + y), nil
	case OpSub:
		return Complex(x - y), nil
	case OpMul:
		return Complex(x * y), nil
	case OpTrueDiv:
		if y == 0 {
			return nil, NewError(ZeroDivisionErrorType, "complex division by zero")
		}
		return Complex(x / y), nil
	case OpPow:
		if x == 0 {
			if real(y) < 0 || imag(y) != 0 {
				return nil, NewError(ZeroDivisionErrorType, "0.0 to a negative or complex power")
			}
			if y == 0 {
				return Complex(1), nil
			}
			return Complex(0), nil
		}
		return Complex(cmplxPow(x, y)), nil
	case OpFloorDiv, OpMod:
		return nil, Errorf(TypeErrorType, "unsupported operand type(s) for ", binOpSymbols[op], ": '", TypeName(a), "' and '", TypeName(b), "'")
	}
	return NotImplemented, nil
}

func cmplxPow(x, y complex128) complex128 {
	// CPython's complex_pow: c_powi for small integral exponents, else c_pow.
	if imag(y) == 0 && real(y) == math.Floor(real(y)) && math.Abs(real(y)) <= 100 {
		n := int(real(y))
		neg := n < 0
		if neg {
			n = -n
		}
		r, p := complex(1, 0), x
		for mask := 1; mask > 0 && n >= mask; mask <<= 1 {
			if n&mask != 0 {
				r *= p
			}
			p *= p
		}
		if neg {
			r = 1 / r
		}
		return r
	}
	vabs := LibmHypot(real(x), imag(x))
	ln := LibmPow(vabs, real(y))
	at := LibmAtan2(imag(x), real(x))
	phase := at * real(y)
	if imag(y) != 0 {
		ln /= LibmExp(at * imag(y))
		phase += imag(y) * LibmLog(vabs)
	}
	return complex(ln*LibmCos(phase), ln*LibmSin(phase))
}

func intCompare(th *Thread, a, b Value, op CmpOp) (Value, error) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			return MakeBool(cmpResult(compareInt(int64(x), int64(y)), op)), nil
		}
	}
	sx, sy := th.bigScratch()
	x, ok1 := bigOperand(a, sx)
	if !ok1 {
		return NotImplemented, nil
	}
	if y, ok := bigOperand(b, sy); ok {
		return MakeBool(cmpResult(x.Cmp(y), op)), nil
	}
	if f, ok := b.(Float); ok {
		if math.IsNaN(float64(f)) {
			return MakeBool(op == CmpNE), nil
		}
		return MakeBool(cmpResult(compareIntFloat(x, float64(f)), op)), nil
	}
	return NotImplemented, nil
}

// compareIntFloat compares exactly; NaN compares as "not equal, not less".
func compareIntFloat(x *big.Int, f float64) int {
	if math.IsNaN(f) {
		return 2 // never equal; all orderings false handled by caller via cmpResult quirks
	}
	if math.IsInf(f, 1) {
		return -1
	}
	if math.IsInf(f, -1) {
		return 1
	}
	bf := new(big.Float).SetInt(x)
	return bf.Cmp(big.NewFloat(f))
}

func floatCompare(th *Thread, a, b Value, op CmpOp) (Value, error) {
	x := float64(a.(Float))
	switch y := b.(type) {
	case Float:
		return MakeBool(floatCmp(x, float64(y), op)), nil
	case Int:
		if absI(int64(y)) < 1<<53 {
			return MakeBool(floatCmp(x, float64(y), op)), nil
		}
	}
	if yb, ok := toBig(b); ok {
		if math.IsNaN(x) {
			return MakeBool(op == CmpNE), nil
		}
		c := -compareIntFloat(yb, x)
		return MakeBool(cmpResult(c, op)), nil
	}
	return NotImplemented, nil
}

func floatCmp(x, y float64, op CmpOp) bool {
	switch op {
	case CmpLT:
		return x < y
	case CmpLE:
		return x <= y
	case CmpEQ:
		return x == y
	case CmpNE:
		return x != y
	case CmpGT:
		return x > y
	}
	return x >= y
}

func floatHash(f float64) int64 {
	if math.IsInf(f, 1) {
		return 314159
	}
	if math.IsInf(f, -1) {
		return -314159
	}
	if math.IsNaN(f) {
		return 0
	}
	if f == math.Trunc(f) && math.Abs(f) < 1<<62 {
		return intHash(int64(f))
	}
	// CPython's algorithm for non-integral values
	m, e := math.Frexp(f)
	sign := int64(1)
	if m < 0 {
		sign = -1
		m = -m
	}
	var x uint64
	for m != 0 {
		x = ((x << 28) & hashMod) | x>>(61-28)
		m *= 268435456.0
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= hashMod {
			x -= hashMod
		}
	}
	if e >= 0 {
		e = e % 61
	} else {
		e = 61 - 1 - ((-1 - e) % 61)
	}
	x = ((x << uint(e)) & hashMod) | x>>(61-uint(e))
	h := int64(x) * sign
	if h == -1 {
		h = -2
	}
	return h
}

func bigHash(b *big.Int) int64 {
	m := new(big.Int).Mod(new(big.Int).Abs(b), big.NewInt(hashMod))
	h := m.Int64()
	if b.Sign() < 0 {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

func intRepr(v Value) string {
	switch x := v.(type) {
	case Int:
		return strconv.FormatInt(int64(x), 10)
	case *BigInt:
		return x.V.String()
	case Bool:
		if x {
			return "True"
		}
		return "False"
	}
	return "?"
}
