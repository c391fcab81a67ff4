// Package enum provides Python's enum module for refinterp (Enum,
// IntEnum, StrEnum, Flag, IntFlag, auto, unique), written in Python and
// embedded.
package enum

import (
	_ "embed"

	"github.com/mptest/mptest/refinterp/py"
)

//go:embed enum.py
var src string

func init() { py.RegisterSourceModule("enum", src) }
