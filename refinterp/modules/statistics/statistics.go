// Package statistics provides Python's statistics module for refinterp, written in
// Python and embedded. Sums are exact (integer ratios grouped by denominator, as CPython does), so mean, variance, stdev and friends return CPython's float results bit for bit.
package statistics

import (
	_ "embed"

	"github.com/mptest/mptest/refinterp/py"
)

//go:embed statistics.py
var src string

func init() { py.RegisterSourceModule("statistics", src) }
