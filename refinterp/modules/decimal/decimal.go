// Package decimal provides a subset of Python's decimal module for
// refinterp, written in Python and embedded: Decimal with the default
// context (28 digits, ROUND_HALF_EVEN), construction from str, int and
// float, arithmetic, comparisons, hashing compatible with int and float,
// quantize and the rounding modes, getcontext and localcontext. Signals
// other than DivisionByZero and InvalidOperation are not trapped, and
// Emax/Emin are not enforced.
package decimal

import (
	_ "embed"

	"github.com/mptest/mptest/refinterp/py"
)

//go:embed decimal.py
var src string

func init() { py.RegisterSourceModule("decimal", src) }
