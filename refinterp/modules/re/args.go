package re

import (
	"math"
	"strconv"

	"github.com/mptest/mptest/refinterp/py"
)

// parseArgs binds positional and keyword arguments to names like an
// Argument Clinic function; the first required names must be given.
// Missing optional arguments are nil.
func parseArgs(fname string, args []py.Value, kw *py.Kwargs, names []string, required int) ([]py.Value, error) {
	if len(args) > len(names) {
		return nil, py.NewError(py.TypeErrorType, fname+"() takes at most "+strconv.Itoa(len(names))+" arguments ("+strconv.Itoa(len(args)+kw.Len())+" given)")
	}
	out := make([]py.Value, len(names))
	copy(out, args)
	if kw != nil {
	next:
		for i, n := range kw.Names {
			for j, name := range names {
				if name == n {
					if out[j] != nil {
						return nil, py.NewError(py.TypeErrorType, "argument for "+fname+"() given by name ('"+n+"') and position ("+strconv.Itoa(j+1)+")")
					}
					out[j] = kw.Values[i]
					continue next
				}
			}
			return nil, py.NewError(py.TypeErrorType, "'"+n+"' is an invalid keyword argument for "+fname+"()")
		}
	}
	for i := 0; i < required; i++ {
		if out[i] == nil {
			return nil, py.NewError(py.TypeErrorType, fname+"() missing required argument '"+names[i]+"' (pos "+strconv.Itoa(i+1)+")")
		}
	}
	return out, nil
}

// intArg converts an optional int argument, with a default.
func intArg(th *py.Thread, v py.Value, def int) (int, error) {
	if v == nil {
		return def, nil
	}
	if b, ok := py.BigIntOf(v); ok && !b.IsInt64() {
		if b.Sign() < 0 {
			return -(math.MaxInt >> 1), nil
		}
		return math.MaxInt >> 1, nil
	}
	return py.AsInt(th, v)
}

// parsePyArgs is parseArgs for the module's functions, which CPython
// defines in Python: argument errors use a Python function's messages.
func parsePyArgs(fname string, args []py.Value, kw *py.Kwargs, names []string, required int) ([]py.Value, error) {
	if len(args) > len(names) {
		takes := strconv.Itoa(len(names))
		if required < len(names) {
			takes = "from " + strconv.Itoa(required) + " to " + takes
		}
		return nil, py.NewError(py.TypeErrorType, fname+"() takes "+takes+" positional arguments but "+strconv.Itoa(len(args))+" were given")
	}
	out := make([]py.Value, len(names))
	copy(out, args)
	if kw != nil {
	next:
		for i, n := range kw.Names {
			for j, name := range names {
				if name == n {
					if out[j] != nil {
						return nil, py.NewError(py.TypeErrorType, fname+"() got multiple values for argument '"+n+"'")
					}
					out[j] = kw.Values[i]
					continue next
				}
			}
			return nil, py.NewError(py.TypeErrorType, fname+"() got an unexpected keyword argument '"+n+"'")
		}
	}
	var missing []string
	for i := 0; i < required; i++ {
		if out[i] == nil {
			missing = append(missing, "'"+names[i]+"'")
		}
	}
	switch len(missing) {
	case 0:
		return out, nil
	case 1:
		return nil, py.NewError(py.TypeErrorType, fname+"() missing 1 required positional argument: "+missing[0])
	}
	list := ""
	for i, m := range missing {
		switch {
		case i == 0:
			list = m
		case i == len(missing)-1 && len(missing) == 2:
			list += " and " + m
		case i == len(missing)-1:
			list += ", and " + m
		default:
			list += ", " + m
		}
	}
	return nil, py.NewError(py.TypeErrorType, fname+"() missing "+strconv.Itoa(len(missing))+" required positional arguments: "+list)
}
