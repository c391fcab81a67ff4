// Package pprint provides Python's pprint module (pprint, pformat, pp,
// saferepr, isreadable, isrecursive, PrettyPrinter) for refinterp, written
// in Python and embedded. Line breaking follows CPython 3.11's rules for
// dicts, lists, tuples, sets and long strings.
package pprint

import (
	_ "embed"

	"github.com/mptest/mptest/refinterp/py"
)

//go:embed pprint.py
var src string

func init() { py.RegisterSourceModule("pprint", src) }
