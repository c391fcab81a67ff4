// Package keyword provides Python's keyword module (kwlist, softkwlist,
// iskeyword, issoftkeyword) for refinterp, with CPython 3.11's lists.
package keyword

import (
	_ "embed"

	"github.com/mptest/mptest/refinterp/py"
)

//go:embed keyword.py
var src string

func init() { py.RegisterSourceModule("keyword", src) }
