package json

import (
	"strconv"
	"strings"

	"github.com/mptest/mptest/refinterp/py"
)

// decoder parses one JSON document held as code points, so that error
// positions are Python str indexes.
type decoder struct {
	lax        bool // strict=False: control characters allowed in strings
	rawStart   int  // raw_decode: where the value starts (-1: a whole document)
	rawEnd     int  // raw_decode: where it ended
	th         *py.Thread
	s          []rune
	doc        py.Value // the str passed to loads, for JSONDecodeError.doc
	objectHook py.Value
	pairsHook  py.Value
	parseFloat py.Value
	parseInt   py.Value
	parseConst py.Value
	depth      int
	memoKeys   map[string]*py.Str
}

// decodeError builds json.JSONDecodeError(msg, doc, pos).
func (d *decoder) decodeError(msg string, pos int) error {
	return newDecodeError(d.th, d.s, d.doc, msg, pos)
}

func newDecodeError(th *py.Thread, s []rune, doc py.Value, msg string, pos int) error {
	line, lastNL := 1, -1
	for i := 0; i < pos && i < len(s); i++ {
		if s[i] == '\n' {
			line++
			lastNL = i
		}
	}
	col := pos - lastNL
	full := msg + ": line " + strconv.Itoa(line) + " column " + strconv.Itoa(col) + " (char " + strconv.Itoa(pos) + ")"
	e := py.NewException(decodeErrorType, py.NewStr(full))
	set := func(name string, v py.Value) { _ = py.SetAttr(th, e, name, v) }
	set("msg", py.NewStr(msg))
	set("doc", doc)
	set("pos", py.MakeInt(int64(pos)))
	set("lineno", py.MakeInt(int64(line)))
	set("colno", py.MakeInt(int64(col)))
	return e
}

func isWS(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\r' }

func (d *decoder) skipWS(i int) int {
	for i < len(d.s) && isWS(d.s[i]) {
		i++
	}
	return i
}

func (d *decoder) hasPrefix(i int, lit string) bool {
	if i+len(lit) > len(d.s) {
		return false
	}
	for j := 0; j < len(lit); j++ {
		if d.s[i+j] != rune(lit[j]) {
			return false
		}
	}
	return true
}

// errNoValue reports that no value starts at the index (the scanner's
// StopIteration); callers turn it into "Expecting value".
type errNoValue struct{ pos int }

func (e *errNoValue) Error() string { return "no value" }

// value parses the value starting at i and returns it with the index after it.
func (d *decoder) value(i int) (py.Value, int, error) {
	if i >= len(d.s) {
		return nil, i, &errNoValue{i}
	}
	switch c := d.s[i]; {
	case c == '"':
		s, end, err := d.str(i + 1)
		if err != nil {
			return nil, 0, err
		}
		return py.NewStr(s), end, nil
	case c == '{':
		return d.object(i + 1)
	case c == '[':
		return d.array(i + 1)
	case c == 'n' && d.hasPrefix(i, "null"):
		return py.None, i + 4, nil
	case c == 't' && d.hasPrefix(i, "true"):
		return py.True, i + 4, nil
	case c == 'f' && d.hasPrefix(i, "false"):
		return py.False, i + 5, nil
	case c == 'N' && d.hasPrefix(i, "NaN"):
		return d.constant("NaN", i+3)
	case c == 'I' && d.hasPrefix(i, "Infinity"):
		return d.constant("Infinity", i+8)
	case c == '-' && d.hasPrefix(i, "-Infinity"):
		return d.constant("-Infinity", i+9)
	case c == '-' || (c >= '0' && c <= '9'):
		return d.number(i)
	}
	return nil, i, &errNoValue{i}
}

func (d *decoder) constant(name string, end int) (py.Value, int, error) {
	if d.parseConst != nil {
		v, err := py.Call(d.th, d.parseConst, []py.Value{py.NewStr(name)}, nil)
		return v, end, err
	}
	f, _ := strconv.ParseFloat(strings.Replace(name, "Infinity", "Inf", 1), 64)
	return py.MakeFloat(f), end, nil
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func (d *decoder) number(i int) (py.Value, int, error) {
	start := i
	if d.s[i] == '-' {
		i++
	}
	if i >= len(d.s) || !isDigit(d.s[i]) {
		return nil, start, &errNoValue{start}
	}
	if d.s[i] == '0' {
		i++
	} else {
		for i < len(d.s) && isDigit(d.s[i]) {
			i++
		}
	}
	isFloat := false
	if i+1 < len(d.s) && d.s[i] == '.' && isDigit(d.s[i+1]) {
		isFloat = true
		i += 2
		for i < len(d.s) && isDigit(d.s[i]) {
			i++
		}
	}
	if i < len(d.s) && (d.s[i] == 'e' || d.s[i] == 'E') {
		j := i + 1
		if j < len(d.s) && (d.s[j] == '+' || d.s[j] == '-') {
			j++
		}
		if j < len(d.s) && isDigit(d.s[j]) {
			for j < len(d.s) && isDigit(d.s[j]) {
				j++
			}
			isFloat = true
			i = j
		}
	}
	text := string(d.s[start:i])
	if isFloat {
		if d.parseFloat != nil {
			v, err := py.Call(d.th, d.parseFloat, []py.Value{py.NewStr(text)}, nil)
			return v, i, err
		}
		f, err := strconv.ParseFloat(text, 64)
		if err != nil && !strings.Contains(err.Error(), "range") {
			return nil, 0, err
		}
		return py.MakeFloat(f), i, nil
	}
	if d.parseInt != nil {
		v, err := py.Call(d.th, d.parseInt, []py.Value{py.NewStr(text)}, nil)
		return v, i, err
	}
	if n, err := strconv.ParseInt(text, 10, 64); err == nil {
		return py.MakeInt(n), i, nil
	}
	v, err := py.Call(d.th, py.IntType, []py.Value{py.NewStr(text)}, nil)
	return v, i, err
}

func hexVal(rs []rune) (rune, bool) {
	var v rune
	for _, r := range rs {
		switch {
		case r >= '0' && r <= '9':
			v = v<<4 | (r - '0')
		case r >= 'a' && r <= 'f':
			v = v<<4 | (r - 'a' + 10)
		case r >= 'A' && r <= 'F':
			v = v<<4 | (r - 'A' + 10)
		default:
			return 0, false
		}
	}
	return v, true
}

// str parses a string whose opening quote is at i-1.
func (d *decoder) str(i int) (string, int, error) {
	begin := i - 1
	var b strings.Builder
	for {
		if i >= len(d.s) {
			return "", 0, d.decodeError("Unterminated string starting at", begin)
		}
		c := d.s[i]
		switch {
		case c == '"':
			return b.String(), i + 1, nil
		case c < 0x20 && !d.lax:
			return "", 0, d.decodeError("Invalid control character at", i)
		case c != '\\':
			b.WriteRune(c)
			i++
			continue
		}
		// backslash
		i++
		if i >= len(d.s) {
			return "", 0, d.decodeError("Unterminated string starting at", begin)
		}
		esc := d.s[i]
		switch esc {
		case '"', '\\', '/':
			b.WriteRune(esc)
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'u':
			if i+5 > len(d.s) {
				return "", 0, d.decodeError("Invalid \\uXXXX escape", i)
			}
			r, ok := hexVal(d.s[i+1 : i+5])
			if !ok {
				return "", 0, d.decodeError("Invalid \\uXXXX escape", i)
			}
			i += 4
			if r >= 0xd800 && r <= 0xdbff && i+6 < len(d.s)+0 && d.s[i+1] == '\\' && d.s[i+2] == 'u' {
				if r2, ok := hexVal(d.s[i+3 : i+7]); ok && r2 >= 0xdc00 && r2 <= 0xdfff {
					r = 0x10000 + (r-0xd800)<<10 + (r2 - 0xdc00)
					i += 6
				} else if !ok {
					return "", 0, d.decodeError("Invalid \\uXXXX escape", i+2)
				}
			}
			b.WriteRune(r)
		default:
			return "", 0, d.decodeError("Invalid \\escape", i-1)
		}
		i++
	}
}

func (d *decoder) enter() error {
	d.depth++
	if d.depth > d.th.RecursionLimit() {
		return py.NewError(py.RecursionErrorType, "maximum recursion depth exceeded while decoding a JSON document")
	}
	return nil
}

func (d *decoder) object(i int) (py.Value, int, error) {
	if err := d.enter(); err != nil {
		return nil, 0, err
	}
	defer func() { d.depth-- }()
	var keys, vals []py.Value
	i = d.skipWS(i)
	if i < len(d.s) && d.s[i] == '}' {
		return d.finishObject(keys, vals, i+1)
	}
	for {
		if i >= len(d.s) || d.s[i] != '"' {
			return nil, 0, d.decodeError("Expecting property name enclosed in double quotes", i)
		}
		k, end, err := d.str(i + 1)
		if err != nil {
			return nil, 0, err
		}
		key := d.memoKeys[k]
		if key == nil {
			key = py.NewStr(k)
			d.memoKeys[k] = key
		}
		i = d.skipWS(end)
		if i >= len(d.s) || d.s[i] != ':' {
			return nil, 0, d.decodeError("Expecting ':' delimiter", i)
		}
		i = d.skipWS(i + 1)
		v, end, err := d.value(i)
		if err != nil {
			if e, ok := err.(*errNoValue); ok {
				return nil, 0, d.decodeError("Expecting value", e.pos)
			}
			return nil, 0, err
		}
		keys = append(keys, key)
		vals = append(vals, v)
		i = d.skipWS(end)
		if i < len(d.s) && d.s[i] == '}' {
			return d.finishObject(keys, vals, i+1)
		}
		if i >= len(d.s) || d.s[i] != ',' {
			return nil, 0, d.decodeError("Expecting ',' delimiter", i)
		}
		i = d.skipWS(i + 1)
	}
}

func (d *decoder) finishObject(keys, vals []py.Value, end int) (py.Value, int, error) {
	if d.pairsHook != nil {
		pairs := make([]py.Value, len(keys))
		for i := range keys {
			pairs[i] = py.NewTuple([]py.Value{keys[i], vals[i]})
		}
		v, err := py.Call(d.th, d.pairsHook, []py.Value{py.NewList(pairs)}, nil)
		return v, end, err
	}
	obj := py.NewDict()
	for i := range keys {
		if err := obj.Set(d.th, keys[i], vals[i]); err != nil {
			return nil, 0, err
		}
	}
	if d.objectHook != nil {
		v, err := py.Call(d.th, d.objectHook, []py.Value{obj}, nil)
		return v, end, err
	}
	return obj, end, nil
}

func (d *decoder) array(i int) (py.Value, int, error) {
	if err := d.enter(); err != nil {
		return nil, 0, err
	}
	defer func() { d.depth-- }()
	var elems []py.Value
	i = d.skipWS(i)
	if i < len(d.s) && d.s[i] == ']' {
		return py.NewList(elems), i + 1, nil
	}
	for {
		v, end, err := d.value(i)
		if err != nil {
			if e, ok := err.(*errNoValue); ok {
				return nil, 0, d.decodeError("Expecting value", e.pos)
			}
			return nil, 0, err
		}
		elems = append(elems, v)
		i = d.skipWS(end)
		if i < len(d.s) && d.s[i] == ']' {
			return py.NewList(elems), i + 1, nil
		}
		if i >= len(d.s) || d.s[i] != ',' {
			return nil, 0, d.decodeError("Expecting ',' delimiter", i)
		}
		i = d.skipWS(i + 1)
	}
}

// decode parses a whole document: one value with optional whitespace.
func (d *decoder) decode() (py.Value, error) {
	if len(d.s) > 0 && d.s[0] == 0xfeff {
		return nil, d.decodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", 0)
	}
	d.memoKeys = map[string]*py.Str{}
	var i int
	if d.rawStart >= 0 {
		i = d.rawStart
	} else {
		i = d.skipWS(0)
	}
	v, end, err := d.value(i)
	if err != nil {
		if e, ok := err.(*errNoValue); ok {
			return nil, d.decodeError("Expecting value", e.pos)
		}
		return nil, err
	}
	if d.rawStart >= 0 {
		d.rawEnd = end
		return v, nil
	}
	end = d.skipWS(end)
	if end != len(d.s) {
		return nil, d.decodeError("Extra data", end)
	}
	return v, nil
}
