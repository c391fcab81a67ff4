// Package copy provides Python's copy module (copy, deepcopy, Error) for
// refinterp, written in Python and embedded.
package copy

import (
	_ "embed"

	"github.com/mptest/mptest/refinterp/py"
)

//go:embed copy.py
var src string

func init() { py.RegisterSourceModule("copy", src) }
