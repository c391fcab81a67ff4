// Package itertools provides Python's itertools module for refinterp
// (CPython 3.11's set: count, cycle, repeat, accumulate, chain, compress,
// dropwhile, takewhile, filterfalse, groupby, islice, starmap, tee,
// zip_longest, product, permutations, combinations,
// combinations_with_replacement, pairwise). The iterators are Go (module
// _itertools, core.go) so that they cost no Python frame per item;
// islice's argument checks and tee are Python (itertools.py).
package itertools

import (
	_ "embed"

	"github.com/mptest/mptest/refinterp/py"
)

//go:embed itertools.py
var src string

func init() {
	registerCore()
	py.RegisterSourceModule("itertools", src)
}
