package py

import (
	"math"
	"math/bits"
)

// intRaw is intFast for the operators whose int64 result needs no boxing
// to be checked (+ - * // % & | ^); ok is false when the result does not
// fit or the operation needs the general path (division by zero).
func intRaw(op BinOp, x, y int64) (int64, bool) {
	switch op {
	case OpAdd:
		r := x + y
		if (r > x) == (y > 0) {
			return r, true
		}
	case OpSub:
		r := x - y
		if (r < x) == (y > 0) {
			return r, true
		}
	case OpMul:
		if x == 0 || y == 0 {
			return 0, true
		}
		hi, lo := bits.Mul64(uint64(absI(x)), uint64(absI(y)))
		if hi == 0 && lo <= math.MaxInt64 && x != math.MinInt64 && y != math.MinInt64 {
			r := int64(lo)
			if (x < 0) != (y < 0) {
				r = -r
			}
			return r, true
		}
	case OpFloorDiv:
		if y != 0 && !(x == math.MinInt64 && y == -1) {
			q := x / y
			if (x%y != 0) && ((x < 0) != (y < 0)) {
				q--
			}
			return q, true
		}
	case OpMod:
		if y != 0 && !(x == math.MinInt64 && y == -1) {
			m := x % y
			if m != 0 && ((m < 0) != (y < 0)) {
				m += y
			}
			return m, true
		}
	case OpAnd:
		return x & y, true
	case OpOr:
		return x | y, true
	case OpXor:
		return x ^ y, true
	}
	return 0, false
}
