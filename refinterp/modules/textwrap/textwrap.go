// Package textwrap provides Python's textwrap module (TextWrapper, wrap,
// fill, shorten, dedent, indent) for refinterp, written in Python and
// embedded; line breaking follows CPython's greedy algorithm.
package textwrap

import (
	_ "embed"

	"github.com/mptest/mptest/refinterp/py"
)

//go:embed textwrap.py
var src string

func init() { py.RegisterSourceModule("textwrap", src) }
