package py

import (
	"math/big"
	"strings"
	"unicode/utf8"

	"github.com/mptest/mptest/refinterp/pyfmt"
)

// Format returns format(v, spec).
func Format(th *Thread, v Value, spec string) (string, error) {
	switch x := v.(type) {
	case *Str:
		if spec == "" {
			return x.s, nil
		}
		return formatStrSpec(x.s, spec)
	case Int, *BigInt:
		return formatInt(x, spec)
	case Bool:
		if spec == "" {
			return intRepr(x), nil
		}
		return formatInt(x, spec)
	case Float:
		return formatFloat(float64(x), spec)
	case Complex:
		sp, err := pyfmt.ParseSpecFor(spec, "complex")
		if err != nil {
			return "", fmtErr(err)
		}
		c := complex128(x)
		s, err := pyfmt.FormatComplex(real(c), imag(c), sp)
		if err != nil {
			return "", fmtErr(err)
		}
		return s, nil
	}
	f := v.Type().Lookup("__format__")
	if f == nil {
		s, err := ToStr(th, v)
		if err != nil {
			return "", err
		}
		if spec != "" {
			return "", Errorf(TypeErrorType, "unsupported format string passed to ", TypeName(v), ".__format__")
		}
		return s, nil
	}
	r, err := callDunder(th, f, v, NewStr(spec))
	if err != nil {
		return "", err
	}
	s, ok := r.(*Str)
	if !ok {
		return "", Errorf(TypeErrorType, "__format__ must return a str, not ", TypeName(r))
	}
	return s.s, nil
}

func formatInt(v Value, spec string) (string, error) {
	if spec == "" {
		return intRepr(v), nil
	}
	tn := "int"
	if _, ok := v.(Bool); ok {
		tn = "bool"
	}
	sp, err := pyfmt.ParseSpecFor(spec, tn)
	if err != nil {
		return "", fmtErr(err)
	}
	switch sp.Type {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		f, _, err := toFloat(v)
		if err != nil {
			return "", err
		}
		s, err := pyfmt.FormatFloat(f, sp)
		if err != nil {
			return "", fmtErr(err)
		}
		return s, nil
	}
	var s string
	if x, ok := v.(Int); ok {
		s, err = pyfmt.FormatInt64(int64(x), sp)
	} else {
		b, _ := toBig(v)
		s, err = pyfmt.FormatInt(b, sp)
	}
	if err != nil {
		return "", fmtErr(err)
	}
	return s, nil
}

func formatFloat(f float64, spec string) (string, error) {
	if spec == "" {
		return pyfmt.FloatRepr(f), nil
	}
	sp, err := pyfmt.ParseSpecFor(spec, "float")
	if err != nil {
		return "", fmtErr(err)
	}
	s, err := pyfmt.FormatFloat(f, sp)
	if err != nil {
		return "", fmtErr(err)
	}
	return s, nil
}

func formatStrSpec(s, spec string) (string, error) {
	if spec == "" {
		return s, nil
	}
	sp, err := pyfmt.ParseSpecFor(spec, "str")
	if err != nil {
		return "", fmtErr(err)
	}
	r, err := pyfmt.FormatStr(s, sp)
	if err != nil {
		return "", fmtErr(err)
	}
	return r, nil
}

// strFormat implements str.format and str.format_map.
func strFormat(th *Thread, f string, args []Value, kw *Kwargs, mapping Value) (string, error) {
	var b strings.Builder
	autoIdx := 0
	manual := false
	for i := 0; i < len(f); {
		c := f[i]
		if c == '}' {
			if i+1 < len(f) && f[i+1] == '}' {
				b.WriteByte('}')
				i += 2
				continue
			}
			return "", NewError(ValueErrorType, "Single '}' encountered in format string")
		}
		if c != '{' {
			b.WriteByte(c)
			i++
			continue
		}
		if i+1 < len(f) && f[i+1] == '{' {
			b.WriteByte('{')
			i += 2
			continue
		}
		// parse field up to matching }
		depth := 1
		j := i + 1
		for j < len(f) && depth > 0 {
			if f[j] == '{' {
				depth++
			} else if f[j] == '}' {
				depth--
				if depth == 0 {
					break
				}
			}
			j++
		}
		if j >= len(f) {
			if depth > 0 {
				if j == i+1 {
					return "", NewError(ValueErrorType, "Single '{' encountered in format string")
				}
				return "", NewError(ValueErrorType, "expected '}' before end of string")
			}
		}
		field := f[i+1 : j]
		i = j + 1
		// split name!conv:spec
		name, conv, spec := field, "", ""
		if k := strings.IndexAny(field, "!:"); k >= 0 {
			name = field[:k]
			rest := field[k:]
			if rest[0] == '!' {
				if len(rest) < 2 {
					return "", NewError(ValueErrorType, "end of string while looking for conversion specifier")
				}
				conv = rest[1:2]
				rest = rest[2:]
				if len(rest) > 0 && rest[0] != ':' {
					return "", NewError(ValueErrorType, "expected ':' after conversion specifier")
				}
			}
			if len(rest) > 0 && rest[0] == ':' {
				spec = rest[1:]
			}
		}
		// the first part of name: index or keyword
		first := name
		tail := ""
		if k := strings.IndexAny(name, ".["); k >= 0 {
			first, tail = name[:k], name[k:]
		}
		var v Value
		if first == "" {
			if manual {
				return "", NewError(ValueErrorType, "cannot switch from manual field specification to automatic field numbering")
			}
			if autoIdx >= len(args) {
				return "", Errorf(IndexErrorType, "Replacement index ", itoa(autoIdx), " out of range for positional args tuple")
			}
			v = args[autoIdx]
			autoIdx++
		} else if isDigits(first) {
			if autoIdx > 0 {
				return "", NewError(ValueErrorType, "cannot switch from automatic field numbering to manual field specification")
			}
			manual = true
			n := 0
			for _, d := range first {
				n = n*10 + int(d-'0')
			}
			if n >= len(args) {
				return "", Errorf(IndexErrorType, "Replacement index ", itoa(n), " out of range for positional args tuple")
			}
			v = args[n]
		} else {
			found := false
			if kw != nil {
				for k, kn := range kw.Names {
					if kn == first {
						v = kw.Values[k]
						found = true
					}
				}
			}
			if !found && mapping != nil {
				r, err := GetItem(th, mapping, NewStr(first))
				if err != nil {
					return "", err
				}
				v, found = r, true
			}
			if !found {
				return "", NewException(KeyErrorType, NewStr(first))
			}
		}
		// attribute / index chain
		for tail != "" {
			if tail[0] == '.' {
				k := strings.IndexAny(tail[1:], ".[")
				attr := tail[1:]
				if k >= 0 {
					attr = tail[1 : k+1]
					tail = tail[k+1:]
				} else {
					tail = ""
				}
				r, err := GetAttr(th, v, attr)
				if err != nil {
					return "", err
				}
				v = r
			} else {
				k := strings.IndexByte(tail, ']')
				if k < 0 {
					return "", NewError(ValueErrorType, "Missing ']' in format string")
				}
				key := tail[1:k]
				tail = tail[k+1:]
				var kv Value
				if isDigits(key) {
					n := 0
					for _, d := range key {
						n = n*10 + int(d-'0')
					}
					kv = MakeInt(int64(n))
				} else {
					kv = NewStr(key)
				}
				r, err := GetItem(th, v, kv)
				if err != nil {
					return "", err
				}
				v = r
			}
		}
		switch conv {
		case "":
		case "r":
			s, err := Repr(th, v)
			if err != nil {
				return "", err
			}
			v = NewStr(s)
		case "s":
			s, err := ToStr(th, v)
			if err != nil {
				return "", err
			}
			v = NewStr(s)
		case "a":
			s, err := Repr(th, v)
			if err != nil {
				return "", err
			}
			v = NewStr(asciiEscape(s))
		default:
			return "", Errorf(ValueErrorType, "Unknown conversion specifier ", conv)
		}
		if strings.Contains(spec, "{") {
			r, err := strFormat(th, spec, args[min(autoIdx, len(args)):], kw, mapping)
			if err != nil {
				return "", err
			}
			spec = r
		}
		s, err := Format(th, v, spec)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	return b.String(), nil
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

type percentState struct {
	th      *Thread
	args    []Value
	idx     int
	mapping Value
	cur     Value
	hasCur  bool
	bytes   bool
}

func (p *percentState) Lookup(key string) error {
	if p.mapping == nil {
		return NewError(TypeErrorType, "format requires a mapping")
	}
	if d, ok := p.mapping.(*Dict); ok && !p.bytes {
		// An exact dict: no key object to build, and no __missing__.
		if v := d.GetStr(key); v != nil {
			p.cur, p.hasCur = v, true
			return nil
		}
	}
	var k Value = NewStr(key)
	if p.bytes {
		k = NewBytes([]byte(key))
	}
	v, err := GetItem(p.th, p.mapping, k)
	if err != nil {
		return err
	}
	p.cur, p.hasCur = v, true
	return nil
}

func (p *percentState) next() (Value, error) {
	if p.hasCur {
		p.hasCur = false
		return p.cur, nil
	}
	if p.idx >= len(p.args) {
		return nil, NewError(TypeErrorType, "not enough arguments for format string")
	}
	v := p.args[p.idx]
	p.idx++
	return v, nil
}

func (p *percentState) StarArg() (int, error) {
	v, err := p.next()
	if err != nil {
		return 0, err
	}
	i, ok := v.(Int)
	if !ok {
		return 0, NewError(TypeErrorType, "* wants int")
	}
	return int(i), nil
}

func (p *percentState) Format(dst []byte, d *pyfmt.PercentPiece) ([]byte, error) {
	v, err := p.next()
	if err != nil {
		return dst, err
	}
	th := p.th
	if d.Verb == 'b' && !p.bytes {
		return dst, Errorf(ValueErrorType, "unsupported format character 'b' (0x62) at index ", itoa(d.VerbIndex))
	}
	switch d.Verb {
	case 's', 'r', 'a', 'b':
		var s string
		if p.bytes && (d.Verb == 's' || d.Verb == 'b') {
			// %s and %b of bytes: the object's bytes (buffer or __bytes__)
			switch b := v.(type) {
			case *Bytes:
				s = string(b.b)
			case *MemoryView:
				s = string(b.b.b)
			default:
				if m := v.Type().Lookup("__bytes__"); m != nil {
					r, err := callDunder(th, m, v)
					if err != nil {
						return dst, err
					}
					if rb, ok := r.(*Bytes); ok {
						s = string(rb.b)
						break
					}
				}
				return dst, Errorf(TypeErrorType, "%b requires a bytes-like object, or an object that implements __bytes__, not '", TypeName(v), "'")
			}
		} else if d.Verb == 's' {
			s, err = ToStr(th, v)
		} else {
			s, err = Repr(th, v)
			if d.Verb == 'a' || p.bytes {
				s = asciiEscape(s) // bytes' %r is %a
			}
		}
		if err != nil {
			return dst, err
		}
		return pyfmt.AppendPercentText(dst, s, d), nil
	case 'd', 'i', 'u', 'x', 'X', 'o':
		var x Value
		switch n := v.(type) {
		case Int, *BigInt:
			x = n
		case Bool:
			x, _ = Index(th, n)
		case Float:
			if d.Verb == 'x' || d.Verb == 'X' || d.Verb == 'o' {
				return dst, Errorf(TypeErrorType, "%", string(d.Verb), " format: an integer is required, not float")
			}
			b, err := pyfmt.FloatToInt(float64(n))
			if err != nil {
				return dst, fmtErr(err)
			}
			x = MakeBigInt(b)
		default:
			r, err := Index(th, v)
			if err != nil {
				if d.Verb == 'x' || d.Verb == 'X' || d.Verb == 'o' {
					return dst, Errorf(TypeErrorType, "%", string(d.Verb), " format: an integer is required, not ", TypeName(v))
				}
				fr, ferr := Unary(th, OpInt, v)
				if ferr != nil {
					return dst, Errorf(TypeErrorType, "%", string(d.Verb), " format: a real number is required, not ", TypeName(v))
				}
				r = fr
			}
			x = r
		}
		if i, ok := x.(Int); ok {
			return pyfmt.AppendPercentInt64(dst, int64(i), d), nil
		}
		b, _ := toBig(x)
		return pyfmt.AppendPercentInt(dst, b, d), nil
	case 'e', 'E', 'f', 'F', 'g', 'G':
		f, ok, err := toFloat(v)
		if err != nil {
			return dst, err
		}
		if !ok {
			r, err := Unary(th, OpFloat, v)
			if err != nil {
				return dst, Errorf(TypeErrorType, "must be real number, not ", TypeName(v))
			}
			f = float64(r.(Float))
		}
		return pyfmt.AppendPercentFloat(dst, f, d), nil
	case 'c':
		switch x := v.(type) {
		case Int:
			return pyfmt.AppendPercentText(dst, string(rune(x)), d), nil
		case *Str:
			if x.Len() != 1 {
				return dst, NewError(TypeErrorType, "%c requires int or char")
			}
			return pyfmt.AppendPercentText(dst, x.s, d), nil
		}
		return dst, NewError(TypeErrorType, "%c requires int or char")
	}
	return dst, nil
}

func strMod(th *Thread, s *Str, args Value) (Value, error) {
	p := &percentState{th: th}
	switch a := args.(type) {
	case Tuple:
		p.args = a
	default:
		p.args = []Value{args}
		if _, isDict := args.(*Dict); isDict {
			p.mapping = args
		} else if args.Type().GetItem != nil && args.Type() != StrType && args.Type() != ListType {
			p.mapping = args
		}
	}
	r, err := pyfmt.Percent(s.s, p)
	if err != nil {
		return nil, fmtErr(err)
	}
	if p.idx < len(p.args) && p.mapping == nil {
		return nil, NewError(TypeErrorType, "not all arguments converted during string formatting")
	}
	return NewStr(r), nil
}

var _ = big.NewInt
var _ = utf8.RuneLen
