// Package inspect provides a subset of Python's inspect module for
// refinterp (the is* predicates, getmembers, signature and Parameter,
// getdoc/cleandoc, currentframe, unwrap), written in Python and embedded.
package inspect

import (
	_ "embed"

	"github.com/mptest/mptest/refinterp/py"
)

//go:embed inspect.py
var src string

func init() { py.RegisterSourceModule("inspect", src) }
