// Package functools provides Python's functools module for refinterp
// (partial, reduce, wraps, lru_cache/cache, cmp_to_key, total_ordering,
// cached_property, singledispatch). partial, reduce and the lru_cache
// wrapper are Go (module _functools, core.go) for speed; the rest is
// Python (functools.py).
package functools

import (
	_ "embed"

	"github.com/mptest/mptest/refinterp/py"
)

//go:embed functools.py
var src string

func init() { py.RegisterSourceModule("functools", src) }
