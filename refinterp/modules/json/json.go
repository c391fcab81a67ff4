// Package json implements Python's json module for refinterp: dumps and
// dump with CPython 3.11's options and output (indent, separators,
// sort_keys, default, ensure_ascii, allow_nan, check_circular, skipkeys),
// loads and load with its hooks and JSONDecodeError messages and
// positions ("Expecting value: line 1 column 1 (char 0)"), and
// JSONEncoder/JSONDecoder classes (cls=) over them. MicroPython's
// ujson is registered as an alias.
package json

import (
	_ "embed"

	"github.com/mptest/mptest/refinterp/py"
)

//go:embed classes.py
var classesSrc string

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
	m.Set("__name__", py.NewStr("json"))
	co, err := py.CompileSource(classesSrc, "<json>", "exec")
	if err != nil {
		return nil, err
	}
	if _, err := th.RunCode(co, m.Dict, m.Dict); err != nil {
		return nil, err
	}
	return m, nil
}

// splitCls removes cls from the keyword arguments; cls is nil when absent
// or None.
func splitCls(kw *py.Kwargs) (py.Value, *py.Kwargs) {
	if kw == nil {
		return nil, nil
	}
	var cls py.Value
	rest := &py.Kwargs{}
	for i, n := range kw.Names {
		if n == "cls" {
			if kw.Values[i] != py.None {
				cls = kw.Values[i]
			}
			continue
		}
		rest.Names = append(rest.Names, n)
		rest.Values = append(rest.Values, kw.Values[i])
	}
	return cls, rest
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
	if cls, rest := splitCls(kw); cls != nil {
		enc, err := py.Call(th, cls, nil, rest)
		if err != nil {
			return "", err
		}
		r, err := py.CallMethod(th, enc, "encode", v)
		if err != nil {
			return "", err
		}
		s, ok := py.StrOf(r)
		if !ok {
			return "", py.Errorf(py.TypeErrorType, "encode() returned non-str (type ", py.TypeName(r), ")")
		}
		return s, nil
	}
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
	if cls, rest := splitCls(kw); cls != nil {
		dec, err := py.Call(th, cls, nil, rest)
		if err != nil {
			return nil, err
		}
		return py.CallMethod(th, dec, "decode", v)
	}
	var text string
	switch x := base(v).(type) {
	case *py.Str:
		text = x.String()
	case *py.Bytes:
		text = string(x.Data())
	default:
		return nil, py.Errorf(py.TypeErrorType, "the JSON object must be str, bytes or bytearray, not ", py.TypeName(v))
	}
	d := &decoder{th: th, s: []rune(text), doc: v, rawStart: -1}
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
			case "strict":
				strict, err := py.Truth(th, val)
				if err != nil {
					return nil, err
				}
				d.lax = !strict
			case "_raw_idx":
				n, err := py.AsInt(th, val)
				if err != nil {
					return nil, err
				}
				if n < 0 || n > len(d.s) {
					return nil, py.NewError(py.ValueErrorType, "idx cannot be negative")
				}
				d.rawStart = n
			case "cls":
			default:
				return nil, py.Errorf(py.TypeErrorType, "JSONDecoder.__init__() got an unexpected keyword argument '", name, "'")
			}
		}
	}
	r, err := d.decode()
	if err != nil || d.rawStart < 0 {
		return r, err
	}
	return py.NewTuple([]py.Value{r, py.MakeInt(int64(d.rawEnd))}), nil
}
