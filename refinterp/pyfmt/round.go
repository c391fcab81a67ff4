package pyfmt

import (
	"math"
	"math/big"
	"strconv"
)

// ErrRoundOverflow is the error CPython raises when round(x, n) rounds a
// finite float to a value too large for a float (RoundFloat returns ±inf).
var ErrRoundOverflow = &Error{Type: "OverflowError", Msg: "rounded value too large to represent"}

// RoundFloat returns round(x, ndigits): x rounded to a multiple of
// 10**-ndigits, using the exact binary value of x and ties to even, so
// round(2.675, 2) == 2.67 and round(0.125, 2) == 0.12. ndigits may be
// negative. NaN and infinities are returned unchanged, zero results keep the
// sign of x, and a finite x whose rounded value overflows gives ±inf, which
// the caller reports as ErrRoundOverflow.
func RoundFloat(x float64, ndigits int) float64 {
	const ndigitsMax, ndigitsMin = 323, -308
	if math.IsNaN(x) || math.IsInf(x, 0) || ndigits > ndigitsMax {
		return x
	}
	if ndigits < ndigitsMin {
		return math.Copysign(0, x)
	}
	var r float64
	if ndigits >= 0 {
		var buf [400]byte
		s := strconv.AppendFloat(buf[:0], x, 'f', ndigits, 64)
		r, _ = strconv.ParseFloat(string(s), 64)
	} else {
		// Round x / 10**-ndigits to an integer, exactly.
		p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-ndigits)), nil)
		q := new(big.Rat).SetFloat64(x)
		q.Quo(q, new(big.Rat).SetInt(p))
		n := roundRatHalfEven(q)
		n.Mul(n, p)
		r, _ = new(big.Rat).SetInt(n).Float64()
	}
	if r == 0 {
		return math.Copysign(0, x)
	}
	return r
}

// roundRatHalfEven rounds q to the nearest integer, ties to even.
func roundRatHalfEven(q *big.Rat) *big.Int {
	num, den := q.Num(), q.Denom()
	quo, rem := new(big.Int).QuoRem(num, den, new(big.Int))
	// Compare 2|rem| with den.
	twice := new(big.Int).Abs(rem)
	twice.Lsh(twice, 1)
	c := twice.Cmp(den)
	if c > 0 || (c == 0 && quo.Bit(0) == 1) {
		if num.Sign() < 0 {
			quo.Sub(quo, big.NewInt(1))
		} else {
			quo.Add(quo, big.NewInt(1))
		}
	}
	return quo
}

// RoundHalfEven returns round(x) without ndigits as a float: the nearest
// integer, ties to even (round(0.5) == 0, round(1.5) == 2). The caller
// converts it with FloatToInt, which reports infinities and NaN.
func RoundHalfEven(x float64) float64 {
	return math.RoundToEven(x)
}

// FloatToInt returns int(f): f truncated towards zero, exactly, however
// large. It fails with OverflowError "cannot convert float infinity to
// integer" or ValueError "cannot convert float NaN to integer".
func FloatToInt(f float64) (*big.Int, error) {
	if math.IsNaN(f) {
		return nil, valueError("cannot convert float NaN to integer")
	}
	if math.IsInf(f, 0) {
		return nil, overflowError("cannot convert float infinity to integer")
	}
	if f > -1<<63 && f < 1<<63 {
		return big.NewInt(int64(f)), nil
	}
	n, _ := new(big.Float).SetFloat64(f).Int(nil)
	return n, nil
}

// FloatMod returns x % y with Python semantics: the result has the sign of
// y, and a zero result is +0.0 or -0.0 following y. y == 0 is an error:
// ZeroDivisionError "float modulo".
func FloatMod(x, y float64) (float64, error) {
	if y == 0 {
		return 0, &Error{Type: "ZeroDivisionError", Msg: "float modulo"}
	}
	mod := math.Mod(x, y)
	if mod != 0 {
		if (y < 0) != (mod < 0) {
			mod += y
		}
	} else {
		mod = math.Copysign(0, y)
	}
	return mod, nil
}

// FloatFloorDiv returns x // y with Python semantics (see FloatDivmod);
// y == 0 is ZeroDivisionError "float floor division by zero".
func FloatFloorDiv(x, y float64) (float64, error) {
	if y == 0 {
		return 0, &Error{Type: "ZeroDivisionError", Msg: "float floor division by zero"}
	}
	q, _ := floatDivmod(x, y)
	return q, nil
}

// FloatDivmod returns divmod(x, y) = (x // y, x % y) as CPython computes
// them: the remainder takes the sign of y, the quotient is x - mod divided
// by y snapped to the nearest integer, and a zero quotient carries the sign
// of x / y. y == 0 is ZeroDivisionError "float divmod()".
func FloatDivmod(x, y float64) (div, mod float64, err error) {
	if y == 0 {
		return 0, 0, &Error{Type: "ZeroDivisionError", Msg: "float divmod()"}
	}
	div, mod = floatDivmod(x, y)
	return div, mod, nil
}

func floatDivmod(vx, wx float64) (float64, float64) {
	mod := math.Mod(vx, wx)
	div := (vx - mod) / wx
	if mod != 0 {
		if (wx < 0) != (mod < 0) {
			mod += wx
			div -= 1.0
		}
	} else {
		mod = math.Copysign(0, wx)
	}
	var floordiv float64
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1.0
		}
	} else {
		floordiv = math.Copysign(0, vx/wx)
	}
	return floordiv, mod
}
