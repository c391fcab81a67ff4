package math

import (
	"strconv"

	"github.com/mptest/mptest/refinterp/py"
)

// oneArg checks the argument count of a METH_O style function, with
// CPython's message ("math.sqrt() takes exactly one argument (2 given)").
func oneArg(name string, args []py.Value, kw *py.Kwargs) error {
	if kw.Len() > 0 {
		return py.NewError(py.TypeErrorType, "math."+name+"() takes no keyword arguments")
	}
	if len(args) != 1 {
		return py.NewError(py.TypeErrorType, "math."+name+"() takes exactly one argument ("+strconv.Itoa(len(args))+" given)")
	}
	return nil
}

// nArgs checks the count of a function with n positional arguments, with
// the message of CPython's _PyArg_CheckPositional ("pow expected 2
// arguments, got 1").
func nArgs(name string, n int, args []py.Value, kw *py.Kwargs) error {
	if kw.Len() > 0 {
		return py.NewError(py.TypeErrorType, name+"() takes no keyword arguments")
	}
	if len(args) != n {
		return py.NewError(py.TypeErrorType, name+" expected "+strconv.Itoa(n)+" arguments, got "+strconv.Itoa(len(args)))
	}
	return nil
}
