// Package numbers provides Python's numbers module (the Number, Complex,
// Real, Rational and Integral abstract base classes, with the built-in
// numeric types registered) for refinterp, written in Python and embedded.
package numbers

import (
	_ "embed"

	"github.com/mptest/mptest/refinterp/py"
)

//go:embed numbers.py
var src string

func init() { py.RegisterSourceModule("numbers", src) }
