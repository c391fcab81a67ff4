// Package string provides Python's string module for refinterp
// (constants, capwords, Template, Formatter), written in Python and
// embedded.
package string

import (
	_ "embed"

	"github.com/mptest/mptest/refinterp/py"
)

//go:embed string.py
var src string

func init() { py.RegisterSourceModule("string", src) }
