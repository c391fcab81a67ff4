// Package dataclasses provides Python's dataclasses module for refinterp
// (@dataclass with init/repr/eq/order/frozen/unsafe_hash/kw_only, field,
// fields, asdict, astuple, replace, make_dataclass), written in Python and
// embedded.
package dataclasses

import (
	_ "embed"

	"github.com/mptest/mptest/refinterp/py"
)

//go:embed dataclasses.py
var src string

func init() { py.RegisterSourceModule("dataclasses", src) }
