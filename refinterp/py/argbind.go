package py

import "strconv"

// ArgStyle selects which of CPython's wordings BindArgs uses for argument
// errors: built-in functions and Python functions word them differently.
type ArgStyle uint8

const (
	// ClinicArgs words errors as CPython's C functions (Argument Clinic) do:
	// "f() takes at most 2 arguments (3 given)", "'x' is an invalid keyword
	// argument for f()", "argument for f() given by name ('a') and position
	// (1)", "f() missing required argument 'a' (pos 1)".
	ClinicArgs ArgStyle = iota
	// PythonArgs words errors as calls of a function defined in Python do:
	// "f() takes from 1 to 2 positional arguments but 3 were given", "f() got
	// an unexpected keyword argument 'x'", "f() got multiple values for
	// argument 'a'", "f() missing 1 required positional argument: 'a'".
	PythonArgs
)

// BindArgs binds positional args and keyword arguments kw to names, for a
// library function implemented in Go that stands for one CPython defines
// in C (ClinicArgs) or in Python (PythonArgs). The first required names must
// be given; a missing optional one is nil in the result. self is how many
// leading parameters the caller has already bound (1 for a method whose
// self is not in names); it only shifts the counts in messages.
func BindArgs(style ArgStyle, fname string, args []Value, kw *Kwargs, names []string, required, self int) ([]Value, error) {
	if len(args) > len(names) {
		if style == ClinicArgs {
			return nil, Errorf(TypeErrorType, fname, "() takes at most ", strconv.Itoa(len(names)+self), " arguments (", strconv.Itoa(len(args)+self+kw.Len()), " given)")
		}
		takes := strconv.Itoa(len(names) + self)
		if required < len(names) {
			takes = "from " + strconv.Itoa(required+self) + " to " + takes
		}
		return nil, Errorf(TypeErrorType, fname, "() takes ", takes, " positional arguments but ", strconv.Itoa(len(args)+self), " were given")
	}
	out := make([]Value, len(names))
	copy(out, args)
	if kw != nil {
	next:
		for i, n := range kw.Names {
			for j, name := range names {
				if name != n {
					continue
				}
				if out[j] != nil {
					if style == ClinicArgs {
						return nil, Errorf(TypeErrorType, "argument for ", fname, "() given by name ('", n, "') and position (", strconv.Itoa(j+1+self), ")")
					}
					return nil, Errorf(TypeErrorType, fname, "() got multiple values for argument '", n, "'")
				}
				out[j] = kw.Values[i]
				continue next
			}
			if style == ClinicArgs {
				return nil, Errorf(TypeErrorType, "'", n, "' is an invalid keyword argument for ", fname, "()")
			}
			return nil, Errorf(TypeErrorType, fname, "() got an unexpected keyword argument '", n, "'")
		}
	}
	var missing []string
	for i := 0; i < required; i++ {
		if out[i] != nil {
			continue
		}
		if style == ClinicArgs {
			return nil, Errorf(TypeErrorType, fname, "() missing required argument '", names[i], "' (pos ", strconv.Itoa(i+1+self), ")")
		}
		missing = append(missing, names[i])
	}
	if len(missing) > 0 {
		return nil, missingArgs(fname, missing, "positional")
	}
	return out, nil
}

// CheckKwargs rejects keyword arguments not in allowed, with CPython's
// messages: "f() takes no keyword arguments" when none is allowed, else
// "f() got an unexpected keyword argument 'x'".
func CheckKwargs(fname string, kw *Kwargs, allowed ...string) error {
	if kw == nil {
		return nil
	}
outer:
	for _, n := range kw.Names {
		for _, a := range allowed {
			if a == n {
				continue outer
			}
		}
		if len(allowed) == 0 {
			return Errorf(TypeErrorType, fname, "() takes no keyword arguments")
		}
		return Errorf(TypeErrorType, fname, "() got an unexpected keyword argument '", n, "'")
	}
	return nil
}
