// Package typing provides Python's typing module for refinterp: every
// name is importable and usable in annotations (subscription returns an
// alias with CPython's repr), Generic and Protocol are subclassable and
// NamedTuple/TypedDict accept the class syntax. Written in Python and
// embedded.
package typing

import (
	_ "embed"

	"github.com/mptest/mptest/refinterp/py"
)

//go:embed typing.py
var src string

func init() { py.RegisterSourceModule("typing", src) }
