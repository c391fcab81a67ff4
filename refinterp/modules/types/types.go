// Package types provides Python's types module (SimpleNamespace, the
// built-in type objects such as FunctionType and GeneratorType,
// MappingProxyType, new_class) for refinterp, written in Python and
// embedded.
package types

import (
	_ "embed"

	"github.com/mptest/mptest/refinterp/py"
)

//go:embed types.py
var src string

func init() { py.RegisterSourceModule("types", src) }
