// Package datetime provides Python's datetime module (date, time,
// datetime, timedelta, tzinfo, timezone) for refinterp, written in Python
// and embedded. Arithmetic is exact on integer microseconds; reprs, str()
// and error messages follow CPython 3.11.
package datetime

import (
	_ "embed"

	"github.com/mptest/mptest/refinterp/py"
)

//go:embed datetime.py
var src string

func init() { py.RegisterSourceModule("datetime", src) }
