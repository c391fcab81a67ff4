// Package itertools provides Python's itertools module for refinterp
// (CPython 3.11's set: count, cycle, repeat, accumulate, chain, compress,
// dropwhile, takewhile, filterfalse, groupby, islice, starmap, tee,
// zip_longest, product, permutations, combinations,
// combinations_with_replacement, pairwise), written in Python and embedded.
package itertools

import (
	_ "embed"

	"github.com/mptest/mptest/refinterp/py"
)

//go:embed itertools.py
var src string

func init() { py.RegisterSourceModule("itertools", src) }
