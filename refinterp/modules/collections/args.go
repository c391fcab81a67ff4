package collections

import (
	"strconv"

	"github.com/mptest/mptest/refinterp/py"
)

// noKw rejects any keyword argument.
func noKw(fname string, kw *py.Kwargs) error {
	if kw.Len() > 0 {
		return py.NewError(py.TypeErrorType, fname+"() takes no keyword arguments")
	}
	return nil
}

// nargs checks a positional argument count in [lo, hi] with the message
// of CPython's _PyArg_CheckPositional.
func nargs(fname string, args []py.Value, lo, hi int) error {
	n := len(args)
	if n >= lo && n <= hi {
		return nil
	}
	if lo == hi {
		if lo == 0 {
			return py.NewError(py.TypeErrorType, fname+"() takes no arguments ("+strconv.Itoa(n)+" given)")
		}
		if lo == 1 {
			return py.NewError(py.TypeErrorType, fname+"() takes exactly one argument ("+strconv.Itoa(n)+" given)")
		}
		return py.NewError(py.TypeErrorType, fname+" expected "+strconv.Itoa(lo)+" arguments, got "+strconv.Itoa(n))
	}
	if n < lo {
		return py.NewError(py.TypeErrorType, fname+" expected at least "+strconv.Itoa(lo)+" argument"+plural(lo)+", got "+strconv.Itoa(n))
	}
	return py.NewError(py.TypeErrorType, fname+" expected at most "+strconv.Itoa(hi)+" argument"+plural(hi)+", got "+strconv.Itoa(n))
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
