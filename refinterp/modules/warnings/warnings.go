// Package warnings provides Python's warnings module for refinterp, written in
// Python and embedded. Filters (filterwarnings, simplefilter, catch_warnings with record=True, the "error" action) behave as in CPython 3.11; the core exposes no caller frames, so warnings are reported at sys.argv[0] line 0 and the "default" action remembers a warning by its text and category only.
package warnings

import (
	_ "embed"

	"github.com/mptest/mptest/refinterp/py"
)

//go:embed warnings.py
var src string

func init() { py.RegisterSourceModule("warnings", src) }
