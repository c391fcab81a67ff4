// Package fractions provides Python's fractions module (Fraction) for
// refinterp, written in Python and embedded. Values are normalised exact
// rationals; hashes follow CPython's numeric hash so that equal ints,
// floats and Fractions hash alike.
package fractions

import (
	_ "embed"

	"github.com/mptest/mptest/refinterp/py"
)

//go:embed fractions.py
var src string

func init() { py.RegisterSourceModule("fractions", src) }
