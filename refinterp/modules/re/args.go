package re

import (
	"math"

	"github.com/mptest/mptest/refinterp/py"
)

// intArg converts an optional int argument, with a default.
func intArg(th *py.Thread, v py.Value, def int) (int, error) {
	if v == nil {
		return def, nil
	}
	if b, ok := py.BigIntOf(v); ok && !b.IsInt64() {
		if b.Sign() < 0 {
			return -(math.MaxInt >> 1), nil
		}
		return math.MaxInt >> 1, nil
	}
	return py.AsInt(th, v)
}
