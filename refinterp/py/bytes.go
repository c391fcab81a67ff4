package py

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/mptest/mptest/refinterp/pyfmt"
)

// Bytes is a bytes or bytearray object.
type Bytes struct {
	b       []byte
	mutable bool
}

// Type returns BytesType or ByteArrayType.
func (b *Bytes) Type() *Type {
	if b.mutable {
		return ByteArrayType
	}
	return BytesType
}

// Data returns the underlying bytes (not copied).
func (b *Bytes) Data() []byte { return b.b }

// NewBytes returns a bytes value holding data (not copied).
func NewBytes(data []byte) *Bytes {
	accountBytes(blocks(16 + len(data)))
	return &Bytes{b: data}
}

// NewByteArray returns a bytearray holding data (not copied).
func NewByteArray(data []byte) *Bytes {
	accountBytes(blocks(16+len(data)) + 16)
	return &Bytes{b: data, mutable: true}
}

func bytesOf(th *Thread, v Value) ([]byte, error) {
	switch x := v.(type) {
	case *Bytes:
		return x.b, nil
	case *MemoryView:
		return x.b.b, nil
	}
	return nil, Errorf(TypeErrorType, "a bytes-like object is required, not '", TypeName(v), "'")
}

func encodeStr(s, enc string) (Value, error) { return encodeStrErrors(s, enc, "strict") }

// encodeStrErrors is str.encode(enc, errors) for the codecs refinterp
// knows (utf-8, ascii, latin-1) and the standard error handlers.
func encodeStrErrors(s, enc, errors string) (Value, error) {
	e := strings.ToLower(strings.ReplaceAll(enc, "_", "-"))
	limit := rune(0)
	name := ""
	switch e {
	case "utf-8", "utf8":
		return NewBytes([]byte(s)), nil
	case "ascii", "us-ascii", "646":
		limit, name = 128, "ascii"
	case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1":
		limit, name = 256, "latin-1"
	default:
		return nil, Errorf(LookupErrorType, "unknown encoding: ", enc)
	}
	out := make([]byte, 0, len(s))
	rs := []rune(s)
	for i, r := range rs {
		if r < limit {
			out = append(out, byte(r))
			continue
		}
		switch errors {
		case "ignore":
		case "replace":
			out = append(out, '?')
		case "xmlcharrefreplace":
			out = append(out, "&#"+itoa(int(r))+";"...)
		case "backslashreplace":
			switch {
			case r < 0x100:
				out = append(out, "\\x"+hex2(int(r), 2)...)
			case r < 0x10000:
				out = append(out, "\\u"+hex2(int(r), 4)...)
			default:
				out = append(out, "\\U"+hex2(int(r), 8)...)
			}
		case "strict":
			// CPython reports the whole run of unencodable characters
			end := i + 1
			for end < len(rs) && rs[end] >= limit {
				end++
			}
			reason := "ordinal not in range(" + itoa(int(limit)) + ")"
			what := "character '" + asciiEscapeRune(r) + "' in position " + itoa(i)
			if end > i+1 {
				what = "characters in position " + itoa(i) + "-" + itoa(end-1)
			}
			err := unicodeErr(UnicodeEncodeErrorType, "'"+name+"' codec can't encode "+what+": "+reason, name, reason, i)
			err.(*Exception).setAttr("end", MakeInt(int64(end)))
			err.(*Exception).setAttr("object", NewStr(s))
			return nil, err
		default:
			return nil, Errorf(LookupErrorType, "unknown error handler name '", errors, "'")
		}
	}
	return NewBytes(out), nil
}

// utf8InvalidRun is the length of the maximal prefix of b (which starts
// with an invalid UTF-8 sequence) that a decoder replaces by one U+FFFD: a
// valid lead byte and the continuation bytes that still fit it.
func utf8InvalidRun(b []byte) int {
	c := b[0]
	need, lo, hi := 0, byte(0x80), byte(0xbf)
	switch {
	case c >= 0xc2 && c <= 0xdf:
		need = 1
	case c == 0xe0:
		need, lo = 2, 0xa0
	case c >= 0xe1 && c <= 0xec, c == 0xee, c == 0xef:
		need = 2
	case c == 0xed:
		need, hi = 2, 0x9f
	case c == 0xf0:
		need, lo = 3, 0x90
	case c >= 0xf1 && c <= 0xf3:
		need = 3
	case c == 0xf4:
		need, hi = 3, 0x8f
	default:
		return 1
	}
	n := 1
	for n <= need && n < len(b) {
		if b[n] < lo || b[n] > hi {
			break
		}
		lo, hi = 0x80, 0xbf
		n++
	}
	return n
}

func asciiEscapeRune(r rune) string {
	s := asciiEscape(string(r))
	return s
}

func decodeBytes(b []byte, encv, errv Value) (Value, error) {
	enc := "utf-8"
	if s, ok := encv.(*Str); ok {
		enc = s.s
	}
	errors := "strict"
	if s, ok := errv.(*Str); ok {
		errors = s.s
	}
	e := strings.ToLower(strings.ReplaceAll(enc, "_", "-"))
	switch e {
	case "utf-8", "utf8":
		if utf8.Valid(b) {
			return NewStr(string(b)), nil
		}
		if errors == "replace" || errors == "ignore" {
			repl := "\uFFFD"
			if errors == "ignore" {
				repl = ""
			}
			var sb strings.Builder
			for i := 0; i < len(b); {
				r, sz := utf8.DecodeRune(b[i:])
				if r == utf8.RuneError && sz <= 1 {
					// one replacement per maximal invalid subpart, as CPython
					sb.WriteString(repl)
					i += utf8InvalidRun(b[i:])
					continue
				}
				sb.Write(b[i : i+sz])
				i += sz
			}
			return NewStr(sb.String()), nil
		}
		for i := 0; i < len(b); {
			r, sz := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && sz <= 1 {
				reason := "invalid start byte"
				if b[i] >= 0xc2 && b[i] <= 0xf4 {
					need := 2
					if b[i] >= 0xe0 {
						need = 3
					}
					if b[i] >= 0xf0 {
						need = 4
					}
					reason = "invalid continuation byte"
					if i+need > len(b) {
						reason = "unexpected end of data"
						for j := i + 1; j < len(b); j++ {
							if b[j]&0xc0 != 0x80 {
								reason = "invalid continuation byte"
							}
						}
					}
				}
				return nil, unicodeErr(UnicodeDecodeErrorType, "'utf-8' codec can't decode byte 0x"+hex2(int(b[i]), 2)+" in position "+itoa(i)+": "+reason, "utf-8", reason, i)
			}
			i += sz
		}
	case "ascii":
		for i, c := range b {
			if c >= 128 {
				if errors == "ignore" || errors == "replace" {
					var sb strings.Builder
					for _, c := range b {
						if c < 128 {
							sb.WriteByte(c)
						} else if errors == "replace" {
							sb.WriteString("\uFFFD")
						}
					}
					return NewStr(sb.String()), nil
				}
				return nil, unicodeErr(UnicodeDecodeErrorType, "'ascii' codec can't decode byte 0x"+hex2(int(c), 2)+" in position "+itoa(i)+": ordinal not in range(128)", "ascii", "ordinal not in range(128)", i)
			}
		}
		return NewStr(string(b)), nil
	case "latin-1", "latin1", "iso-8859-1":
		rs := make([]rune, len(b))
		for i, c := range b {
			rs[i] = rune(c)
		}
		return NewStr(string(rs)), nil
	}
	return nil, Errorf(LookupErrorType, "unknown encoding: ", enc)
}

func bytesFromValue(th *Thread, v Value) ([]byte, error) {
	switch x := v.(type) {
	case *Bytes:
		return append([]byte(nil), x.b...), nil
	case *MemoryView:
		return append([]byte(nil), x.b.b...), nil
	case Int:
		if x < 0 {
			return nil, NewError(ValueErrorType, "negative count")
		}
		if err := checkAlloc(int(x)); err != nil {
			return nil, err
		}
		return make([]byte, int(x)), nil
	case *Str:
		return nil, NewError(TypeErrorType, "string argument without an encoding")
	}
	var out []byte
	err := ForEach(th, v, func(e Value) error {
		n, err := AsInt(th, e)
		if err != nil {
			return Errorf(TypeErrorType, "'", TypeName(e), "' object cannot be interpreted as an integer")
		}
		if n < 0 || n > 255 {
			return NewError(ValueErrorType, "bytes must be in range(0, 256)")
		}
		out = append(out, byte(n))
		return nil
	})
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Class == TypeErrorType && v.Type().Iter == nil {
			return nil, Errorf(TypeErrorType, "cannot convert '", TypeName(v), "' object to bytes")
		}
	}
	return out, err
}

// MemoryView is a memoryview (format 'B', one dimension) over bytes or a
// bytearray; b aliases the exporter's memory, obj is the exporter.
type MemoryView struct {
	b        *Bytes
	obj      Value
	released bool
}

// Type returns MemoryViewType.
func (*MemoryView) Type() *Type { return MemoryViewType }

func initBytesTypes() {
	for i, name := range []string{"bytes", "bytearray"} {
		mutable := i == 1
		bt := NewBuiltinType(name, nil)
		bt.Flags |= FlagBaseType
		if mutable {
			ByteArrayType = bt
		} else {
			BytesType = bt
		}
		wrap := func(b []byte) Value {
			if mutable {
				return NewByteArray(b)
			}
			return NewBytes(b)
		}
		bt.Repr = func(th *Thread, v Value) (string, error) {
			if mutable {
				return pyfmt.ByteArrayRepr(v.(*Bytes).b), nil
			}
			return pyfmt.BytesRepr(v.(*Bytes).b), nil
		}
		bt.Len = func(th *Thread, v Value) (int, error) { return len(v.(*Bytes).b), nil }
		if !mutable {
			bt.Hash = func(th *Thread, v Value) (int64, error) { return strHash(string(v.(*Bytes).b)), nil }
		}
		bt.Compare = func(th *Thread, a, b Value, op CmpOp) (Value, error) {
			y, ok := b.(*Bytes)
			if !ok {
				return NotImplemented, nil
			}
			return MakeBool(cmpResult(bytes.Compare(a.(*Bytes).b, y.b), op)), nil
		}
		bt.Iter = func(th *Thread, v Value) (Value, error) { return &bytesIter{b: v.(*Bytes)}, nil }
		bt.Contains = func(th *Thread, v, x Value) (bool, error) {
			b := v.(*Bytes).b
			switch y := x.(type) {
			case Int:
				if y < 0 || y > 255 {
					return false, NewError(ValueErrorType, "byte must be in range(0, 256)")
				}
				return bytes.IndexByte(b, byte(y)) >= 0, nil
			case *Bytes:
				return bytes.Contains(b, y.b), nil
			}
			return false, Errorf(TypeErrorType, "a bytes-like object is required, not '", TypeName(x), "'")
		}
		bt.GetItem = func(th *Thread, v, key Value) (Value, error) {
			b := v.(*Bytes).b
			if sl, ok := key.(*Slice); ok {
				start, _, step, n, err := sliceIndices(th, sl, len(b))
				if err != nil {
					return nil, err
				}
				out := make([]byte, n)
				for i, j := 0, start; i < n; i, j = i+1, j+step {
					out[i] = b[j]
				}
				return wrap(out), nil
			}
			i, err := seqIndex(th, key, len(b), "index")
			if err != nil {
				if e, ok := err.(*Exception); ok && e.Class == IndexErrorType && mutable {
					return nil, Errorf(IndexErrorType, name, " index out of range")
				}
				if e, ok := err.(*Exception); ok && e.Class == TypeErrorType {
					return nil, Errorf(TypeErrorType, name, " indices must be integers or slices, not ", TypeName(key))
				}
				return nil, err
			}
			return MakeInt(int64(b[i])), nil
		}
		if mutable {
			bt.SetItem = func(th *Thread, v, key, val Value) error {
				ba := v.(*Bytes)
				if sl, ok := key.(*Slice); ok {
					start, stop, step, _, err := sliceIndices(th, sl, len(ba.b))
					if err != nil {
						return err
					}
					if step != 1 {
						_, _, _, n, _ := sliceIndices(th, sl, len(ba.b))
						if val == nil {
							del := map[int]bool{}
							for i, j := 0, start; i < n; i, j = i+1, j+step {
								del[j] = true
							}
							out := ba.b[:0:0]
							for i, c := range ba.b {
								if !del[i] {
									out = append(out, c)
								}
							}
							ba.b = out
							return nil
						}
						src, err := bytesFromValue(th, val)
						if err != nil {
							return err
						}
						if len(src) != n {
							return Errorf(ValueErrorType, "attempt to assign bytes of size ", itoa(len(src)), " to extended slice of size ", itoa(n))
						}
						for i, j := 0, start; i < n; i, j = i+1, j+step {
							ba.b[j] = src[i]
						}
						return nil
					}
					if stop < start {
						stop = start
					}
					var src []byte
					if val != nil {
						src, err = bytesFromValue(th, val)
						if err != nil {
							return err
						}
					}
					out := append(append(append([]byte(nil), ba.b[:start]...), src...), ba.b[stop:]...)
					ba.b = out
					return nil
				}
				i, err := seqIndex(th, key, len(ba.b), "bytearray")
				if err != nil {
					return err
				}
				if val == nil {
					ba.b = append(ba.b[:i], ba.b[i+1:]...)
					return nil
				}
				n, err := AsInt(th, val)
				if err != nil {
					return err
				}
				if n < 0 || n > 255 {
					return NewError(ValueErrorType, "byte must be in range(0, 256)")
				}
				ba.b[i] = byte(n)
				return nil
			}
		}
		bt.Num[OpAdd] = func(th *Thread, a, b Value) (Value, error) {
			y, err := bytesOf(th, b)
			if err != nil {
				return nil, Errorf(TypeErrorType, "can't concat ", TypeName(b), " to ", name)
			}
			x := a.(*Bytes).b
			return wrap(append(append([]byte(nil), x...), y...)), nil
		}
		bt.Num[OpMul] = func(th *Thread, a, b Value) (Value, error) {
			n, ok := repeatCount(th, b)
			if !ok {
				return NotImplemented, nil
			}
			if n < 0 {
				n = 0
			}
			return wrap(bytes.Repeat(a.(*Bytes).b, n)), nil
		}
		bt.RNum[OpMul] = bt.Num[OpMul]
		bt.Num[OpMod] = func(th *Thread, a, b Value) (Value, error) {
			p := &percentState{th: th, bytes: true}
			if t, ok := b.(Tuple); ok {
				p.args = t
			} else {
				p.args = []Value{b}
				if _, isDict := b.(*Dict); isDict {
					p.mapping = b
				}
			}
			r, err := pyfmt.Percent(string(a.(*Bytes).b), p)
			if err != nil {
				return nil, fmtErr(err)
			}
			return wrap([]byte(r)), nil
		}
		if mutable {
			bt.INum[OpAdd] = func(th *Thread, a, b Value) (Value, error) {
				y, err := bytesOf(th, b)
				if err != nil {
					return nil, err
				}
				ba := a.(*Bytes)
				ba.b = append(ba.b, y...)
				return ba, nil
			}
		}
		bt.New = func(th *Thread, cls *Type, args []Value, kw *Kwargs) (Value, error) {
			var src, enc Value
			if len(args) > 0 {
				src = args[0]
			}
			if len(args) > 1 {
				enc = args[1]
			}
			if kw != nil {
				for i, n := range kw.Names {
					switch n {
					case "source":
						src = kw.Values[i]
					case "encoding":
						enc = kw.Values[i]
					}
				}
			}
			var data []byte
			if src != nil {
				if s, ok := src.(*Str); ok {
					if enc == nil {
						return nil, NewError(TypeErrorType, "string argument without an encoding")
					}
					es, _ := enc.(*Str)
					r, err := encodeStr(s.s, es.s)
					if err != nil {
						return nil, err
					}
					data = r.(*Bytes).b
				} else {
					var err error
					data, err = bytesFromValue(th, src)
					if err != nil {
						return nil, err
					}
				}
			}
			return wrap(data), nil
		}
		m := func(mname string, fn func(th *Thread, b *Bytes, args []Value, kw *Kwargs) (Value, error)) {
			bt.AddMethod(mname, func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
				return fn(th, self.(*Bytes), args, kw)
			})
		}
		m("decode", func(th *Thread, b *Bytes, args []Value, kw *Kwargs) (Value, error) {
			var enc, errs Value
			if len(args) > 0 {
				enc = args[0]
			}
			if len(args) > 1 {
				errs = args[1]
			}
			if kw != nil {
				for i, n := range kw.Names {
					if n == "encoding" {
						enc = kw.Values[i]
					} else if n == "errors" {
						errs = kw.Values[i]
					}
				}
			}
			return decodeBytes(b.b, enc, errs)
		})
		m("hex", func(th *Thread, b *Bytes, args []Value, kw *Kwargs) (Value, error) {
			var sb strings.Builder
			sep := ""
			if len(args) > 0 {
				if s, ok := args[0].(*Str); ok {
					sep = s.s
				}
			}
			for i, c := range b.b {
				if i > 0 {
					sb.WriteString(sep)
				}
				sb.WriteString(hex2(int(c), 2))
			}
			return NewStr(sb.String()), nil
		})
		m("join", func(th *Thread, b *Bytes, args []Value, kw *Kwargs) (Value, error) {
			var parts [][]byte
			err := ForEach(th, args[0], func(v Value) error {
				x, err := bytesOf(th, v)
				if err != nil {
					return Errorf(TypeErrorType, "sequence item ", itoa(len(parts)), ": expected a bytes-like object, ", TypeName(v), " found")
				}
				parts = append(parts, x)
				return nil
			})
			if err != nil {
				return nil, err
			}
			return wrap(bytes.Join(parts, b.b)), nil
		})
		m("upper", func(th *Thread, b *Bytes, args []Value, kw *Kwargs) (Value, error) {
			return wrap(bytes.ToUpper(b.b)), nil
		})
		m("lower", func(th *Thread, b *Bytes, args []Value, kw *Kwargs) (Value, error) {
			return wrap(bytes.ToLower(b.b)), nil
		})
		m("isdigit", func(th *Thread, b *Bytes, args []Value, kw *Kwargs) (Value, error) {
			if len(b.b) == 0 {
				return False, nil
			}
			for _, c := range b.b {
				if c < '0' || c > '9' {
					return False, nil
				}
			}
			return True, nil
		})
		m("isalpha", func(th *Thread, b *Bytes, args []Value, kw *Kwargs) (Value, error) {
			if len(b.b) == 0 {
				return False, nil
			}
			for _, c := range b.b {
				if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
					return False, nil
				}
			}
			return True, nil
		})
		bt.AddClassMethod("fromhex", func(th *Thread, cls *Type, args []Value, kw *Kwargs) (Value, error) {
			s, _ := args[0].(*Str)
			if s == nil {
				return nil, NewError(TypeErrorType, "fromhex() argument must be str")
			}
			h := strings.ReplaceAll(s.s, " ", "")
			if len(h)%2 != 0 {
				return nil, NewError(ValueErrorType, "non-hexadecimal number found in fromhex() arg at position "+itoa(len(h)))
			}
			out := make([]byte, len(h)/2)
			for i := 0; i < len(out); i++ {
				hi, ok1 := hexVal(h[2*i])
				lo, ok2 := hexVal(h[2*i+1])
				if !ok1 || !ok2 {
					return nil, NewError(ValueErrorType, "non-hexadecimal number found in fromhex() arg at position "+itoa(2*i))
				}
				out[i] = hi<<4 | lo
			}
			return wrap(out), nil
		})
		m("translate", func(th *Thread, b *Bytes, args []Value, kw *Kwargs) (Value, error) {
			var table []byte
			if len(args) > 0 && args[0] != None {
				t, err := bytesOf(th, args[0])
				if err != nil {
					return nil, err
				}
				if len(t) != 256 {
					return nil, NewError(ValueErrorType, "translation table must be 256 characters long")
				}
				table = t
			}
			var del []byte
			if len(args) > 1 {
				d, err := bytesOf(th, args[1])
				if err != nil {
					return nil, err
				}
				del = d
			}
			out := make([]byte, 0, len(b.b))
			for _, c := range b.b {
				if bytes.IndexByte(del, c) >= 0 {
					continue
				}
				if table != nil {
					c = table[c]
				}
				out = append(out, c)
			}
			return wrap(out), nil
		})
		bt.AddStaticMethod("maketrans", func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
			if len(args) != 2 {
				return nil, Errorf(TypeErrorType, "maketrans expected 2 arguments, got ", itoa(len(args)))
			}
			from, err := bytesOf(th, args[0])
			if err != nil {
				return nil, err
			}
			to, err := bytesOf(th, args[1])
			if err != nil {
				return nil, err
			}
			if len(from) != len(to) {
				return nil, NewError(ValueErrorType, "maketrans arguments must have same length")
			}
			t := make([]byte, 256)
			for i := range t {
				t[i] = byte(i)
			}
			for i, c := range from {
				t[c] = to[i]
			}
			return NewBytes(t), nil
		})
		if mutable {
			m("insert", func(th *Thread, b *Bytes, args []Value, kw *Kwargs) (Value, error) {
				if len(args) != 2 {
					return nil, Errorf(TypeErrorType, "insert expected 2 arguments, got ", itoa(len(args)))
				}
				i, err := AsInt(th, args[0])
				if err != nil {
					return nil, err
				}
				c, err := AsInt(th, args[1])
				if err != nil {
					return nil, err
				}
				if c < 0 || c > 255 {
					return nil, NewError(ValueErrorType, "byte must be in range(0, 256)")
				}
				n := len(b.b)
				if i < 0 {
					i += n
					if i < 0 {
						i = 0
					}
				}
				if i > n {
					i = n
				}
				b.b = append(b.b, 0)
				copy(b.b[i+1:], b.b[i:])
				b.b[i] = byte(c)
				return None, nil
			})
			m("remove", func(th *Thread, b *Bytes, args []Value, kw *Kwargs) (Value, error) {
				c, err := AsInt(th, args[0])
				if err != nil {
					return nil, err
				}
				for i, x := range b.b {
					if int(x) == c {
						b.b = append(b.b[:i], b.b[i+1:]...)
						return None, nil
					}
				}
				return nil, NewError(ValueErrorType, "value not found in bytearray")
			})
			m("append", func(th *Thread, b *Bytes, args []Value, kw *Kwargs) (Value, error) {
				n, err := AsInt(th, args[0])
				if err != nil {
					return nil, err
				}
				if n < 0 || n > 255 {
					return nil, NewError(ValueErrorType, "byte must be in range(0, 256)")
				}
				b.b = append(b.b, byte(n))
				return None, nil
			})
			m("extend", func(th *Thread, b *Bytes, args []Value, kw *Kwargs) (Value, error) {
				d, err := bytesFromValue(th, args[0])
				if err != nil {
					return nil, err
				}
				b.b = append(b.b, d...)
				return None, nil
			})
			m("pop", func(th *Thread, b *Bytes, args []Value, kw *Kwargs) (Value, error) {
				if len(b.b) == 0 {
					return nil, NewError(IndexErrorType, "pop from empty bytearray")
				}
				c := b.b[len(b.b)-1]
				b.b = b.b[:len(b.b)-1]
				return MakeInt(int64(c)), nil
			})
			m("clear", func(th *Thread, b *Bytes, args []Value, kw *Kwargs) (Value, error) {
				b.b = nil
				return None, nil
			})
			m("copy", func(th *Thread, b *Bytes, args []Value, kw *Kwargs) (Value, error) {
				return NewByteArray(append([]byte(nil), b.b...)), nil
			})
			m("reverse", func(th *Thread, b *Bytes, args []Value, kw *Kwargs) (Value, error) {
				for i, j := 0, len(b.b)-1; i < j; i, j = i+1, j-1 {
					b.b[i], b.b[j] = b.b[j], b.b[i]
				}
				return None, nil
			})
		}
	}
	for _, bt := range []*Type{BytesType, ByteArrayType} {
		addBytesFromStr(bt)
	}
	MemoryViewType = NewBuiltinType("memoryview", nil)
	MemoryViewType.New = func(th *Thread, cls *Type, args []Value, kw *Kwargs) (Value, error) {
		b, ok := args[0].(*Bytes)
		if !ok {
			return nil, Errorf(TypeErrorType, "memoryview: a bytes-like object is required, not '", TypeName(args[0]), "'")
		}
		if mv, ok := args[0].(*MemoryView); ok {
			return &MemoryView{b: mv.b, obj: mv.obj}, nil
		}
		return &MemoryView{b: b, obj: b}, nil
	}
	MemoryViewType.Len = func(th *Thread, v Value) (int, error) { return len(v.(*MemoryView).b.b), nil }
	MemoryViewType.GetItem = func(th *Thread, v, key Value) (Value, error) {
		if sl, ok := key.(*Slice); ok {
			// a contiguous slice is a view on the same memory
			b := v.(*MemoryView).b
			start, stop, step, n, err := sliceIndices(th, sl, len(b.b))
			if err != nil {
				return nil, err
			}
			if step == 1 || n == 0 {
				if n == 0 {
					start, stop = 0, 0
				}
				return &MemoryView{b: &Bytes{b: b.b[start:stop:stop], mutable: b.mutable}, obj: v.(*MemoryView).obj}, nil
			}
		}
		r, err := v.(*MemoryView).b.Type().GetItem(th, v.(*MemoryView).b, key)
		if b, ok := r.(*Bytes); ok {
			return &MemoryView{b: b, obj: v.(*MemoryView).obj}, err
		}
		return r, err
	}
	MemoryViewType.Iter = func(th *Thread, v Value) (Value, error) {
		return &bytesIter{b: v.(*MemoryView).b, mv: true}, nil
	}
	MemoryViewType.Compare = func(th *Thread, a, b Value, op CmpOp) (Value, error) {
		if op != CmpEQ && op != CmpNE {
			return NotImplemented, nil
		}
		var y []byte
		switch x := b.(type) {
		case *Bytes:
			y = x.b
		case *MemoryView:
			y = x.b.b
		default:
			return NotImplemented, nil
		}
		return MakeBool(bytes.Equal(a.(*MemoryView).b.b, y) == (op == CmpEQ)), nil
	}
	mvAttr := func(name string, f func(m *MemoryView) Value) {
		MemoryViewType.AddGetter(name, func(th *Thread, self Value) (Value, error) { return f(self.(*MemoryView)), nil })
	}
	mvAttr("nbytes", func(m *MemoryView) Value { return MakeInt(int64(len(m.b.b))) })
	mvAttr("readonly", func(m *MemoryView) Value { return MakeBool(!m.b.mutable) })
	mvAttr("itemsize", func(m *MemoryView) Value { return MakeInt(1) })
	mvAttr("ndim", func(m *MemoryView) Value { return MakeInt(1) })
	mvAttr("format", func(m *MemoryView) Value { return NewStr("B") })
	mvAttr("shape", func(m *MemoryView) Value { return NewTuple([]Value{MakeInt(int64(len(m.b.b)))}) })
	mvAttr("strides", func(m *MemoryView) Value { return NewTuple([]Value{MakeInt(1)}) })
	mvAttr("contiguous", func(m *MemoryView) Value { return True })
	mvAttr("c_contiguous", func(m *MemoryView) Value { return True })
	mvAttr("obj", func(m *MemoryView) Value { return m.obj })
	MemoryViewType.AddMethod("hex", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		return callMethodValue(th, NewBytes(self.(*MemoryView).b.b), "hex", args)
	})
	MemoryViewType.AddMethod("release", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		self.(*MemoryView).released = true
		return None, nil
	})
	MemoryViewType.AddMethod("toreadonly", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		m := self.(*MemoryView)
		return &MemoryView{b: &Bytes{b: m.b.b}, obj: m.obj}, nil
	})
	MemoryViewType.AddMethod("__enter__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) { return self, nil })
	MemoryViewType.AddMethod("__exit__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		self.(*MemoryView).released = true
		return None, nil
	})
	MemoryViewType.SetItem = func(th *Thread, v, key, val Value) error {
		b := v.(*MemoryView).b
		if !b.mutable {
			return NewError(TypeErrorType, "cannot modify read-only memory")
		}
		return ByteArrayType.SetItem(th, b, key, val)
	}
	MemoryViewType.AddMethod("tobytes", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		return NewBytes(append([]byte(nil), self.(*MemoryView).b.b...)), nil
	})
	MemoryViewType.AddMethod("tolist", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		var out []Value
		for _, c := range self.(*MemoryView).b.b {
			out = append(out, MakeInt(int64(c)))
		}
		return NewList(out), nil
	})
	MemoryViewType.Repr = func(th *Thread, v Value) (string, error) { return "<memory at " + addrOf(v) + ">", nil }
}

func hexVal(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

type bytesIter struct {
	b  *Bytes
	i  int
	mv bool // iterating a memoryview
}

func (it *bytesIter) Type() *Type {
	if it.mv {
		return memIterType
	}
	if it.b.mutable {
		return byteArrayIterType
	}
	return bytesIterType
}

var bytesIterType, byteArrayIterType, memIterType *Type

// latin1 maps bytes to a str with one code point per byte.
func latin1(b []byte) *Str {
	rs := make([]rune, len(b))
	for i, c := range b {
		rs[i] = rune(c)
	}
	return NewStr(string(rs))
}

func unlatin1(s string) []byte {
	out := make([]byte, 0, len(s))
	for _, r := range s {
		out = append(out, byte(r))
	}
	return out
}

// byteArgMethods take a byte value (an int) as well as a bytes argument.
var byteArgMethods = map[string]bool{"find": true, "rfind": true, "index": true, "rindex": true, "count": true}

// addBytesFromStr gives a bytes type every str method it lacks, running the
// str implementation on a one-code-point-per-byte view of the data.
func addBytesFromStr(bt *Type) {
	mutable := bt == ByteArrayType
	toStr := func(v Value) Value {
		switch x := v.(type) {
		case *Bytes:
			return latin1(x.b)
		case *MemoryView:
			return latin1(x.b.b)
		case Tuple:
			out := make(Tuple, len(x))
			for i, e := range x {
				if b, ok := e.(*Bytes); ok {
					out[i] = latin1(b.b)
				} else {
					out[i] = e
				}
			}
			return out
		}
		return v
	}
	var back func(v Value) Value
	back = func(v Value) Value {
		switch x := v.(type) {
		case *Str:
			if mutable {
				return NewByteArray(unlatin1(x.s))
			}
			return NewBytes(unlatin1(x.s))
		case *List:
			for i, e := range x.Elems {
				x.Elems[i] = back(e)
			}
			return x
		case Tuple:
			out := make(Tuple, len(x))
			for i, e := range x {
				out[i] = back(e)
			}
			return out
		}
		return v
	}
	keys, vals := StrType.Dict.Items()
	for i, k := range keys {
		name := k.(*Str).s
		meth, ok := vals[i].(*Method)
		if !ok || bt.Dict.GetStr(name) != nil || len(name) > 1 && name[0] == '_' || name == "format" || name == "format_map" || name == "encode" || name == "casefold" ||
			name == "isidentifier" || name == "isnumeric" || name == "isdecimal" || name == "isprintable" {
			continue
		}
		fn := meth.Fn
		bt.AddMethod(name, func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
			conv := make([]Value, len(args))
			for j, a := range args {
				if _, isStr := a.(*Str); isStr {
					if j == 0 && byteArgMethods[name] {
						return nil, Errorf(TypeErrorType, "argument should be integer or bytes-like object, not 'str'")
					}
					return nil, Errorf(TypeErrorType, "a bytes-like object is required, not 'str'")
				}
				conv[j] = toStr(a)
				if n, isInt := a.(Int); isInt && j == 0 && byteArgMethods[name] {
					// b.find(111): an int stands for that byte
					if n < 0 || n > 255 {
						return nil, NewError(ValueErrorType, "byte must be in range(0, 256)")
					}
					conv[j] = latin1([]byte{byte(n)})
				}
			}
			r, err := fn(th, latin1(self.(*Bytes).b), conv, kw)
			if err != nil {
				if e, ok := err.(*Exception); ok && e.Class == ValueErrorType && len(e.Args) == 1 {
					if m, ok := e.Args[0].(*Str); ok && m.s == "substring not found" {
						return nil, NewError(ValueErrorType, "subsection not found")
					}
				}
				return nil, err
			}
			return back(r), nil
		})
	}
}

func unicodeErr(t *Type, msg, enc, reason string, pos int) error {
	e := NewError(t, msg)
	e.setAttr("encoding", NewStr(enc))
	e.setAttr("reason", NewStr(reason))
	e.setAttr("start", MakeInt(int64(pos)))
	e.setAttr("end", MakeInt(int64(pos+1)))
	return e
}
