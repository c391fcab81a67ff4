package py

// CPython's built-in methods declared METH_NOARGS or METH_O check their
// argument count before running, with messages naming the type:
// "str.upper() takes no arguments (1 given)", "list.extend() takes exactly
// one argument (0 given)". enforceArity wraps the Go implementations of
// such methods with the same check (the Go code may assume the count).
func enforceArity() {
	noArgs := map[*Type][]string{
		StrType: {"upper", "lower", "casefold", "swapcase", "title", "capitalize", "isalpha", "isdigit",
			"isalnum", "isspace", "islower", "isupper", "istitle", "isascii", "isdecimal", "isnumeric",
			"isidentifier", "isprintable"},
		ListType:   {"copy", "clear", "reverse"},
		DictType:   {"keys", "items", "values", "copy", "popitem", "clear"},
		SetType:    {"pop", "copy", "clear"},
		IntType:    {"bit_length", "bit_count", "as_integer_ratio", "conjugate"},
		FloatType:  {"is_integer", "as_integer_ratio", "hex", "conjugate"},
		BytesType:  {"upper", "lower", "swapcase", "title", "capitalize", "isalpha", "isdigit", "isalnum", "isspace", "islower", "isupper", "istitle", "isascii"},
		TupleType:  {},
		RangeType:  {},
		ObjectType: {},
	}
	oneArg := map[*Type][]string{
		StrType:   {"zfill", "partition", "rpartition", "removeprefix", "removesuffix", "join"},
		ListType:  {"count", "extend", "append", "remove"},
		TupleType: {"count"},
		SetType:   {"add", "remove", "discard"},
		DictType:  {"__contains__"},
		BytesType: {"partition", "rpartition", "removeprefix", "removesuffix", "join", "zfill"},
	}
	wrap := func(t *Type, names []string, want int) {
		for _, name := range names {
			m, ok := t.Dict.GetStr(name).(*Method)
			if !ok {
				continue
			}
			fn, qual := m.Fn, t.Name+"."+name+"()"
			m.Fn = func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
				if len(args) != want || kw.Len() > 0 {
					if kw.Len() > 0 {
						return nil, Errorf(TypeErrorType, qual, " takes no keyword arguments")
					}
					if want == 0 {
						return nil, Errorf(TypeErrorType, qual, " takes no arguments (", itoa(len(args)), " given)")
					}
					return nil, Errorf(TypeErrorType, qual, " takes exactly one argument (", itoa(len(args)), " given)")
				}
				return fn(th, self, args, kw)
			}
		}
	}
	type span struct {
		name     string
		min, max int
	}
	ranges := map[*Type][]span{
		DictType:  {{"setdefault", 1, 2}, {"get", 1, 2}, {"pop", 1, 2}, {"update", 0, 1}},
		TupleType: {{"index", 1, 3}},
		ListType:  {{"index", 1, 3}, {"pop", 0, 1}},
		StrType:   {{"strip", 0, 1}, {"lstrip", 0, 1}, {"rstrip", 0, 1}},
	}
	plural := func(n int) string {
		if n == 1 {
			return " argument, got "
		}
		return " arguments, got "
	}
	for t, spans := range ranges {
		for _, sp := range spans {
			m, ok := t.Dict.GetStr(sp.name).(*Method)
			if !ok {
				continue
			}
			fn, sp := m.Fn, sp
			m.Fn = func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
				if len(args) < sp.min {
					return nil, Errorf(TypeErrorType, sp.name, " expected at least ", itoa(sp.min), plural(sp.min), itoa(len(args)))
				}
				if len(args) > sp.max {
					return nil, Errorf(TypeErrorType, sp.name, " expected at most ", itoa(sp.max), plural(sp.max), itoa(len(args)))
				}
				return fn(th, self, args, kw)
			}
		}
	}
	for t, names := range noArgs {
		wrap(t, names, 0)
	}
	for t, names := range oneArg {
		wrap(t, names, 1)
	}
}
