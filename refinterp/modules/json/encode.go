package json

import (
	"strings"

	"github.com/mptest/mptest/refinterp/py"
)

// encoder holds the options of one dumps call.
type encoder struct {
	th        *py.Thread
	b         strings.Builder
	skipKeys  bool
	ascii     bool
	circular  bool
	allowNaN  bool
	sortKeys  bool
	indent    *string // nil: no newlines
	itemSep   string
	keySep    string
	dflt      py.Value   // nil or callable
	inProcess []py.Value // containers being encoded (check_circular)
}

func newEncoder(th *py.Thread, kw *py.Kwargs) (*encoder, error) {
	e := &encoder{th: th, ascii: true, circular: true, allowNaN: true, itemSep: ", ", keySep: ": "}
	var seps py.Value
	if kw != nil {
		for i, name := range kw.Names {
			v := kw.Values[i]
			var err error
			switch name {
			case "skipkeys":
				e.skipKeys, err = py.Truth(th, v)
			case "ensure_ascii":
				e.ascii, err = py.Truth(th, v)
			case "check_circular":
				e.circular, err = py.Truth(th, v)
			case "allow_nan":
				e.allowNaN, err = py.Truth(th, v)
			case "sort_keys":
				e.sortKeys, err = py.Truth(th, v)
			case "indent":
				if v == py.None {
					break
				}
				var s string
				if str, ok := py.StrOf(v); ok {
					s = str
				} else {
					n, err := py.AsInt(th, v)
					if err != nil {
						return nil, err
					}
					if n > 0 {
						s = strings.Repeat(" ", n)
					}
				}
				e.indent = &s
			case "separators":
				seps = v
			case "default":
				if v != py.None {
					e.dflt = v
				}
			default:
				return nil, py.Errorf(py.TypeErrorType, "JSONEncoder.__init__() got an unexpected keyword argument '", name, "'")
			}
			if err != nil {
				return nil, err
			}
		}
	}
	if e.indent != nil {
		e.itemSep = ","
	}
	if seps != nil && seps != py.None {
		parts, err := py.ToSlice(th, seps)
		if err != nil {
			return nil, err
		}
		if len(parts) != 2 {
			return nil, py.Errorf(py.ValueErrorType, "too many values to unpack (expected 2)")
		}
		a, ok1 := py.StrOf(parts[0])
		b, ok2 := py.StrOf(parts[1])
		if !ok1 || !ok2 {
			return nil, py.NewError(py.TypeErrorType, "make_encoder() argument 6 must be str, not "+py.TypeName(parts[0]))
		}
		e.itemSep, e.keySep = a, b
	}
	return e, nil
}

const hexDigits = "0123456789abcdef"

func (e *encoder) writeString(s string) {
	b := &e.b
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		default:
			if r < 0x20 || (e.ascii && r >= 0x7f) {
				if r > 0xffff {
					r -= 0x10000
					e.writeU(0xd800 | (r>>10)&0x3ff)
					e.writeU(0xdc00 | r&0x3ff)
				} else {
					e.writeU(r)
				}
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
}

func (e *encoder) writeU(r rune) {
	e.b.WriteString(`\u`)
	for shift := 12; shift >= 0; shift -= 4 {
		e.b.WriteByte(hexDigits[(r>>uint(shift))&0xf])
	}
}

func (e *encoder) floatStr(f py.Float) (string, error) {
	x := float64(f)
	switch {
	case x != x:
		if !e.allowNaN {
			return "", py.NewError(py.ValueErrorType, "Out of range float values are not JSON compliant")
		}
		return "NaN", nil
	case x > 1.7976931348623157e308:
		if !e.allowNaN {
			return "", py.NewError(py.ValueErrorType, "Out of range float values are not JSON compliant")
		}
		return "Infinity", nil
	case x < -1.7976931348623157e308:
		if !e.allowNaN {
			return "", py.NewError(py.ValueErrorType, "Out of range float values are not JSON compliant")
		}
		return "-Infinity", nil
	}
	return py.Repr(e.th, f)
}

// base returns the built-in value behind an instance of a subclass of a
// built-in type.
func base(v py.Value) py.Value {
	if in, ok := v.(*py.Instance); ok && in.Base != nil {
		return in.Base
	}
	return v
}

func (e *encoder) newline(level int) {
	if e.indent == nil {
		return
	}
	e.b.WriteByte('\n')
	for i := 0; i < level; i++ {
		e.b.WriteString(*e.indent)
	}
}

// same reports whether a and b are the same object.
func same(a, b py.Value) bool {
	if ta, ok := a.(py.Tuple); ok {
		tb, ok := b.(py.Tuple)
		return ok && len(ta) == len(tb) && len(ta) > 0 && &ta[0] == &tb[0]
	}
	if _, ok := b.(py.Tuple); ok {
		return false
	}
	switch a.(type) {
	case py.Int, py.Float, py.Bool, py.Complex:
		return false
	}
	return a == b
}

func (e *encoder) enter(v py.Value) error {
	if !e.circular {
		return nil
	}
	for _, w := range e.inProcess {
		if same(v, w) {
			return py.NewError(py.ValueErrorType, "Circular reference detected")
		}
	}
	e.inProcess = append(e.inProcess, v)
	return nil
}

func (e *encoder) leave(v py.Value) {
	if e.circular {
		e.inProcess = e.inProcess[:len(e.inProcess)-1]
	}
}

func (e *encoder) encode(v py.Value, level int) error {
	if level > e.th.RecursionLimit() {
		return py.NewError(py.RecursionErrorType, "maximum recursion depth exceeded while encoding a JSON object")
	}
	switch x := base(v).(type) {
	case *py.Str:
		e.writeString(x.String())
		return nil
	case *py.NoneType:
		e.b.WriteString("null")
		return nil
	case py.Bool:
		if x {
			e.b.WriteString("true")
		} else {
			e.b.WriteString("false")
		}
		return nil
	case py.Int, *py.BigInt:
		s, err := py.Repr(e.th, x)
		if err != nil {
			return err
		}
		e.b.WriteString(s)
		return nil
	case py.Float:
		s, err := e.floatStr(x)
		if err != nil {
			return err
		}
		e.b.WriteString(s)
		return nil
	case *py.List:
		return e.encodeList(v, x.Elems, level)
	case py.Tuple:
		return e.encodeList(v, x, level)
	case *py.Dict:
		return e.encodeDict(v, x, level)
	}
	if e.dflt == nil {
		return py.Errorf(py.TypeErrorType, "Object of type ", py.TypeName(v), " is not JSON serializable")
	}
	if err := e.enter(v); err != nil {
		return err
	}
	r, err := py.Call(e.th, e.dflt, []py.Value{v}, nil)
	if err != nil {
		return err
	}
	if err := e.encode(r, level); err != nil {
		return err
	}
	e.leave(v)
	return nil
}

func (e *encoder) encodeList(v py.Value, elems []py.Value, level int) error {
	if len(elems) == 0 {
		e.b.WriteString("[]")
		return nil
	}
	if err := e.enter(v); err != nil {
		return err
	}
	e.b.WriteByte('[')
	e.newline(level + 1)
	for i := 0; i < len(elems); i++ {
		if i > 0 {
			e.b.WriteString(e.itemSep)
			e.newline(level + 1)
		}
		if err := e.encode(elems[i], level+1); err != nil {
			return err
		}
	}
	e.newline(level)
	e.b.WriteByte(']')
	e.leave(v)
	return nil
}

func (e *encoder) keyStr(k py.Value) (string, bool, error) {
	switch x := base(k).(type) {
	case *py.Str:
		return x.String(), true, nil
	case py.Float:
		s, err := e.floatStr(x)
		return s, true, err
	case py.Bool:
		if x {
			return "true", true, nil
		}
		return "false", true, nil
	case *py.NoneType:
		return "null", true, nil
	case py.Int, *py.BigInt:
		s, err := py.Repr(e.th, x)
		return s, true, err
	}
	if e.skipKeys {
		return "", false, nil
	}
	return "", false, py.Errorf(py.TypeErrorType, "keys must be str, int, float, bool or None, not ", py.TypeName(k))
}

func (e *encoder) encodeDict(v py.Value, d *py.Dict, level int) error {
	if d.Len() == 0 {
		e.b.WriteString("{}")
		return nil
	}
	if err := e.enter(v); err != nil {
		return err
	}
	keys, vals := d.Items()
	if e.sortKeys {
		idx := make([]py.Value, len(keys))
		for i := range keys {
			idx[i] = py.NewTuple([]py.Value{keys[i], vals[i]})
		}
		if err := py.SortValues(e.th, idx, nil, false); err != nil {
			return err
		}
		for i, t := range idx {
			keys[i], vals[i] = t.(py.Tuple)[0], t.(py.Tuple)[1]
		}
	}
	e.b.WriteByte('{')
	e.newline(level + 1)
	first := true
	for i, k := range keys {
		ks, ok, err := e.keyStr(k)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		if !first {
			e.b.WriteString(e.itemSep)
			e.newline(level + 1)
		}
		first = false
		e.writeString(ks)
		e.b.WriteString(e.keySep)
		if err := e.encode(vals[i], level+1); err != nil {
			return err
		}
	}
	e.newline(level)
	e.b.WriteByte('}')
	e.leave(v)
	return nil
}
