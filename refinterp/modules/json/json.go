// Package json implements Python's json module for refinterp: dumps and
// dump with CPython 3.11's options and output (indent, separators,
// sort_keys, default, ensure_ascii, allow_nan, check_circular, skipkeys),
// loads and load with its hooks and JSONDecodeError messages and
// positions ("Expecting value: line 1 column 1 (char 0)"). MicroPython's
// ujson is registered as an alias.
package json

import (
	"github.com/mptest/mptest/refinterp/py"
)

// decodeErrorType is json.JSONDecodeError, a ValueError subclass.
var decodeErrorType *py.Type

func init() {
	decodeErrorType = py.NewBuiltinType("JSONDecodeError", py.ValueErrorType)
	decodeErrorType.Flags |= py.FlagBaseType | py.FlagException
	decodeErrorType.Module = "json.decoder"
	py.RegisterModule("json", newModule)
	py.RegisterModule("ujson", newModule)
}

func newModule(th *py.Thread) (*py.Module, error) {
	m := py.NewModule("json")
	m.Set("JSONDecodeError", decodeErrorType)
	m.AddFunc("dumps", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if len(args) != 1 {
			return nil, argCountError("dumps", "'obj'", 1, len(args))
		}
		s, err := dumps(th, args[0], kw)
		if err != nil {
			return nil, err
		}
		return py.NewStr(s), nil
	})
	m.AddFunc("dump", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if len(args) != 2 {
			return nil, argCountError("dump", "'obj' and 'fp'", 2, len(args))
		}
		s, err := dumps(th, args[0], kw)
		if err != nil {
			return nil, err
		}
		_, err = py.CallMethod(th, args[1], "write", py.NewStr(s))
		if err != nil {
			return nil, err
		}
		return py.None, nil
	})
	m.AddFunc("loads", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if len(args) != 1 {
			return nil, argCountError("loads", "'s'", 1, len(args))
		}
		return loads(th, args[0], kw)
	})
	m.AddFunc("load", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if len(args) != 1 {
			return nil, argCountError("load", "'fp'", 1, len(args))
		}
		s, err := py.CallMethod(th, args[0], "read")
		if err != nil {
			return nil, err
		}
		return loads(th, s, kw)
	})
	return m, nil
}

func argCountError(name, missing string, want, got int) error {
	if got < want {
		n := "1 required positional argument: "
		if want-got > 1 {
			n = "2 required positional arguments: "
		}
		return py.Errorf(py.TypeErrorType, name, "() missing ", n, missing)
	}
	return py.Errorf(py.TypeErrorType, name, "() takes ", itoa(want), " positional argument", plural(want), " but ", itoa(got), " were given")
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	neg := n < 0
	if neg {
		n = -n
	}
	for ; n > 0; n /= 10 {
		s = string(rune('0'+n%10)) + s
	}
	if neg {
		s = "-" + s
	}
	return s
}

func dumps(th *py.Thread, v py.Value, kw *py.Kwargs) (string, error) {
	e, err := newEncoder(th, kw)
	if err != nil {
		return "", err
	}
	if err := e.encode(v, 0); err != nil {
		return "", err
	}
	return e.b.String(), nil
}

func loads(th *py.Thread, v py.Value, kw *py.Kwargs) (py.Value, error) {
	var text string
	switch x := base(v).(type) {
	case *py.Str:
		text = x.String()
	case *py.Bytes:
		text = string(x.Data())
	default:
		return nil, py.Errorf(py.TypeErrorType, "the JSON object must be str, bytes or bytearray, not ", py.TypeName(v))
	}
	d := &decoder{th: th, s: []rune(text), doc: v}
	if kw != nil {
		for i, name := range kw.Names {
			val := kw.Values[i]
			if val == py.None {
				continue
			}
			switch name {
			case "object_hook":
				d.objectHook = val
			case "object_pairs_hook":
				d.pairsHook = val
			case "parse_float":
				d.parseFloat = val
			case "parse_int":
				d.parseInt = val
			case "parse_constant":
				d.parseConst = val
			case "cls", "strict":
			default:
				return nil, py.Errorf(py.TypeErrorType, "JSONDecoder.__init__() got an unexpected keyword argument '", name, "'")
			}
		}
	}
	return d.decode()
}
