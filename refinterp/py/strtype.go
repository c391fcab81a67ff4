package py

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mptest/mptest/refinterp/pyfmt"
)

func strRepr(s string) string { return pyfmt.StrRepr(s) }

func asciiEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < 128 {
			b.WriteRune(r)
		} else if r < 256 {
			b.WriteString("\\x")
			b.WriteString(hex2(int(r), 2))
		} else if r < 0x10000 {
			b.WriteString("\\u")
			b.WriteString(hex2(int(r), 4))
		} else {
			b.WriteString("\\U")
			b.WriteString(hex2(int(r), 8))
		}
	}
	return b.String()
}

func hex2(v, n int) string {
	const digits = "0123456789abcdef"
	b := make([]byte, n)
	for i := n - 1; i >= 0; i-- {
		b[i] = digits[v&15]
		v >>= 4
	}
	return string(b)
}

func strArg(th *Thread, v Value, fname string, pos int) (string, error) {
	s, ok := v.(*Str)
	if !ok {
		if in, ok := v.(*Instance); ok {
			if s2, ok := in.Base.(*Str); ok {
				return s2.s, nil
			}
		}
		return "", Errorf(TypeErrorType, fname, " arg ", itoa(pos), " must be str, not ", TypeName(v))
	}
	return s.s, nil
}

func mustStr(v Value, msg string) (string, error) {
	switch s := v.(type) {
	case *Str:
		return s.s, nil
	case *Instance:
		if s2, ok := s.Base.(*Str); ok {
			return s2.s, nil
		}
	}
	return "", Errorf(TypeErrorType, msg, TypeName(v))
}

func initStrType() {
	StrType = NewBuiltinType("str", nil)
	st := StrType
	st.Flags |= FlagBaseType
	st.Repr = func(th *Thread, v Value) (string, error) { return strRepr(v.(*Str).s), nil }
	st.Str = func(th *Thread, v Value) (string, error) { return v.(*Str).s, nil }
	st.Hash = func(th *Thread, v Value) (int64, error) { return v.(*Str).hash(), nil }
	st.Len = func(th *Thread, v Value) (int, error) { return v.(*Str).Len(), nil }
	st.Compare = func(th *Thread, a, b Value, op CmpOp) (Value, error) {
		x := a.(*Str)
		y, ok := b.(*Str)
		if !ok {
			return NotImplemented, nil
		}
		return MakeBool(cmpResult(strings.Compare(x.s, y.s), op)), nil
	}
	st.Contains = func(th *Thread, v, x Value) (bool, error) {
		sub, ok := x.(*Str)
		if !ok {
			return false, Errorf(TypeErrorType, "'in <string>' requires string as left operand, not ", TypeName(x))
		}
		return strings.Contains(v.(*Str).s, sub.s), nil
	}
	st.Iter = func(th *Thread, v Value) (Value, error) { return &strIter{s: v.(*Str)}, nil }
	st.GetItem = strGetItem
	st.Num[OpAdd] = func(th *Thread, a, b Value) (Value, error) {
		y, ok := b.(*Str)
		if !ok {
			if _, isInst := b.(*Instance); isInst {
				return NotImplemented, nil
			}
			return nil, Errorf(TypeErrorType, "can only concatenate str (not \"", TypeName(b), "\") to str")
		}
		return NewStr(a.(*Str).s + y.s), nil
	}
	st.Num[OpMul] = func(th *Thread, a, b Value) (Value, error) {
		n, ok := repeatCount(th, b)
		if !ok {
			return NotImplemented, nil
		}
		if n == bigRepeat {
			return nil, errRepeatOverflow()
		}
		if n <= 0 {
			return emptyStr, nil
		}
		s := a.(*Str).s
		if len(s)*n > 1<<30 {
			return nil, NewError(MemoryErrorType, "")
		}
		if err := checkAlloc(len(s) * n); err != nil {
			return nil, err
		}
		return NewStr(strings.Repeat(s, n)), nil
	}
	st.RNum[OpMul] = st.Num[OpMul]
	st.Num[OpMod] = func(th *Thread, a, b Value) (Value, error) { return strMod(th, a.(*Str), b) }
	st.New = func(th *Thread, cls *Type, args []Value, kw *Kwargs) (Value, error) {
		v, err := strNew(th, args, kw)
		if err != nil {
			return nil, err
		}
		if cls != StrType {
			return &Instance{Class: cls, Dict: NewDict(), Base: v}, nil
		}
		return v, nil
	}
	addStrMethods(st)
}

// maxRepeat caps a sequence repeat count: any larger count of a non-empty
// sequence is a MemoryError anyway (the cap is one past the 1<<30 limit on
// any repeat), and it keeps len*n from overflowing.
const maxRepeat = 1<<30 + 1

// bigRepeat is the repeat count reported for an int beyond 64 bits, for
// which CPython raises OverflowError rather than MemoryError.
const bigRepeat = maxRepeat + 1

func errRepeatOverflow() error {
	return NewError(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
}

func repeatCount(th *Thread, v Value) (int, bool) {
	switch x := v.(type) {
	case Int:
		if x > maxRepeat {
			return maxRepeat, true
		}
		return int(x), true
	case Bool:
		if x {
			return 1, true
		}
		return 0, true
	case *BigInt:
		if x.V.Sign() < 0 {
			return 0, true
		}
		return bigRepeat, true
	}
	t := v.Type()
	if t.Index != nil && t.Flags&FlagUser != 0 {
		r, err := t.Index(th, v)
		if err == nil {
			if i, ok := r.(Int); ok {
				return int(i), true
			}
		}
	}
	return 0, false
}

func strNew(th *Thread, args []Value, kw *Kwargs) (Value, error) {
	var obj, encoding, errors Value
	if n := len(args) + kw.Len(); n > 3 {
		return nil, Errorf(TypeErrorType, "str() takes at most 3 arguments (", itoa(n), " given)")
	}
	if len(args) > 0 {
		obj = args[0]
	}
	if len(args) > 1 {
		encoding = args[1]
	}
	if len(args) > 2 {
		errors = args[2]
	}
	if kw != nil {
		for i, n := range kw.Names {
			switch n {
			case "object":
				obj = kw.Values[i]
			case "encoding":
				encoding = kw.Values[i]
			case "errors":
				errors = kw.Values[i]
			default:
				return nil, Errorf(TypeErrorType, "'", n, "' is an invalid keyword argument for str()")
			}
		}
	}
	_ = errors
	if obj == nil {
		return emptyStr, nil
	}
	if encoding != nil {
		b, err := bytesOf(th, obj)
		if err != nil {
			return nil, Errorf(TypeErrorType, "decoding to str: need a bytes-like object, ", TypeName(obj), " found")
		}
		return decodeBytes(b, encoding, errors)
	}
	if s, ok := obj.(*Str); ok {
		return s, nil
	}
	s, err := ToStr(th, obj)
	if err != nil {
		return nil, err
	}
	return NewStr(s), nil
}

func strGetItem(th *Thread, v, key Value) (Value, error) {
	s := v.(*Str)
	if sl, ok := key.(*Slice); ok {
		n := s.Len()
		start, _, step, cnt, err := sliceIndices(th, sl, n)
		if err != nil {
			return nil, err
		}
		if step == 1 {
			if s.isASCII() {
				return NewStr(s.s[start : start+cnt]), nil
			}
			a, b := s.byteOffset(start), s.byteOffset(start+cnt)
			return NewStr(s.s[a:b]), nil
		}
		rs := []rune(s.s)
		out := make([]rune, 0, cnt)
		for i, j := 0, start; i < cnt; i, j = i+1, j+step {
			out = append(out, rs[j])
		}
		return NewStr(string(out)), nil
	}
	if _, ok := key.(*Str); ok || key.Type().Index == nil {
		return nil, Errorf(TypeErrorType, "string indices must be integers, not '", TypeName(key), "'")
	}
	i, err := seqIndex(th, key, s.Len(), "string")
	if err != nil {
		return nil, err
	}
	return NewStr(s.runeAt(i)), nil
}

type strIter struct {
	s   *Str
	off int
}

func (it *strIter) Type() *Type {
	if it.s.isASCII() {
		return strASCIIIterType
	}
	return strIterType
}

var strIterType, strASCIIIterType *Type

// optional start/end arguments for find, count, startswith...
func strRange(th *Thread, s *Str, args []Value) (string, int, error) {
	n := s.Len()
	start, end := 0, n
	if len(args) > 0 && args[0] != None {
		v, err := sliceInt(th, args[0])
		if err != nil {
			return "", 0, err
		}
		start = v
	}
	if len(args) > 1 && args[1] != None {
		v, err := sliceInt(th, args[1])
		if err != nil {
			return "", 0, err
		}
		end = v
	}
	if start < 0 {
		start += n
		if start < 0 {
			start = 0
		}
	}
	if end < 0 {
		end += n
		if end < 0 {
			end = 0
		}
	}
	if end > n {
		end = n
	}
	if start > end {
		return "", -1, nil
	}
	a, b := s.byteOffset(start), s.byteOffset(end)
	return s.s[a:b], start, nil
}

func runeIndex(s string, byteOff int) int {
	return utf8.RuneCountInString(s[:byteOff])
}

func stripChars(th *Thread, args []Value, name string) (string, bool, error) {
	if len(args) == 0 || args[0] == None {
		return "", false, nil
	}
	c, ok := args[0].(*Str)
	if !ok {
		return "", false, Errorf(TypeErrorType, name, " arg must be None or str")
	}
	return c.s, true, nil
}

func isSpaceRune(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\x0b', '\x0c', '\x1c', '\x1d', '\x1e', '\x1f', '\x85':
		return true
	}
	return r > 127 && unicode.IsSpace(r)
}

func addStrMethods(st *Type) {
	m := func(name string, fn func(th *Thread, s *Str, args []Value, kw *Kwargs) (Value, error)) {
		st.AddMethod(name, func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
			return fn(th, self.(*Str), args, kw)
		})
	}
	m("join", func(th *Thread, s *Str, args []Value, kw *Kwargs) (Value, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeErrorType, "str.join() takes exactly one argument (", itoa(len(args)), " given)")
		}
		var elems []Value
		switch x := args[0].(type) {
		case *List:
			elems = x.Elems
		case Tuple:
			elems = x
		}
		if elems != nil {
			n := len(s.s) * (len(elems) - 1)
			for i, v := range elems {
				x, ok := v.(*Str)
				if !ok {
					elems = nil
					break
				}
				_ = i
				n += len(x.s)
			}
			if elems != nil {
				if len(elems) == 0 {
					return emptyStr, nil
				}
				if err := checkAlloc(n); err != nil {
					return nil, err
				}
				buf := make([]byte, 0, n)
				for i, v := range elems {
					if i > 0 {
						buf = append(buf, s.s...)
					}
					buf = append(buf, v.(*Str).s...)
				}
				return NewStr(string(buf)), nil
			}
		}
		var parts []string
		i := 0
		err := ForEach(th, args[0], func(v Value) error {
			x, ok := v.(*Str)
			if !ok {
				if in, ok2 := v.(*Instance); ok2 {
					if b, ok3 := in.Base.(*Str); ok3 {
						parts = append(parts, b.s)
						i++
						return nil
					}
				}
				return Errorf(TypeErrorType, "sequence item ", itoa(i), ": expected str instance, ", TypeName(v), " found")
			}
			parts = append(parts, x.s)
			i++
			return nil
		})
		if err != nil {
			if e, ok := err.(*Exception); ok && e.Class == TypeErrorType && args[0].Type().Iter == nil {
				return nil, NewError(TypeErrorType, "can only join an iterable")
			}
			return nil, err
		}
		return NewStr(strings.Join(parts, s.s)), nil
	})
	m("split", func(th *Thread, s *Str, args []Value, kw *Kwargs) (Value, error) {
		return strSplit(th, s, args, kw, false)
	})
	m("rsplit", func(th *Thread, s *Str, args []Value, kw *Kwargs) (Value, error) {
		return strSplit(th, s, args, kw, true)
	})
	m("splitlines", func(th *Thread, s *Str, args []Value, kw *Kwargs) (Value, error) {
		keep := false
		if len(args) > 0 {
			keep, _ = Truth(th, args[0])
		}
		if kw != nil && len(kw.Values) > 0 {
			keep, _ = Truth(th, kw.Values[0])
		}
		var out []Value
		str := s.s
		start := 0
		for i := 0; i < len(str); {
			r, sz := utf8.DecodeRuneInString(str[i:])
			eol := 0
			switch r {
			case '\n', '\x0b', '\x0c', '\x1c', '\x1d', '\x1e', '\x85', '\u2028', '\u2029':
				eol = sz
			case '\r':
				eol = 1
				if i+1 < len(str) && str[i+1] == '\n' {
					eol = 2
				}
			}
			if eol > 0 {
				end := i
				if keep {
					end = i + eol
				}
				out = append(out, NewStr(str[start:end]))
				i += eol
				start = i
				continue
			}
			i += sz
		}
		if start < len(str) {
			out = append(out, NewStr(str[start:]))
		}
		return NewList(out), nil
	})
	strip := func(name string, left, right bool) {
		m(name, func(th *Thread, s *Str, args []Value, kw *Kwargs) (Value, error) {
			chars, has, err := stripChars(th, args, name)
			if err != nil {
				return nil, err
			}
			r := s.s
			if !has {
				if left {
					r = strings.TrimLeftFunc(r, isSpaceRune)
				}
				if right {
					r = strings.TrimRightFunc(r, isSpaceRune)
				}
			} else {
				if left {
					r = strings.TrimLeft(r, chars)
				}
				if right {
					r = strings.TrimRight(r, chars)
				}
			}
			if r == s.s {
				return s, nil
			}
			return NewStr(r), nil
		})
	}
	strip("strip", true, true)
	strip("lstrip", true, false)
	strip("rstrip", false, true)
	find := func(name string, rev, raise bool) {
		m(name, func(th *Thread, s *Str, args []Value, kw *Kwargs) (Value, error) {
			if len(args) == 0 {
				return nil, Errorf(TypeErrorType, name, "() takes at least 1 argument (0 given)")
			}
			sub, err := mustStr(args[0], "must be str, not ")
			if err != nil {
				return nil, err
			}
			hay, off, err := strRange(th, s, args[1:])
			if err != nil {
				return nil, err
			}
			idx := -1
			if off >= 0 {
				if rev {
					idx = strings.LastIndex(hay, sub)
				} else {
					idx = strings.Index(hay, sub)
				}
			}
			if idx < 0 {
				if raise {
					return nil, NewError(ValueErrorType, "substring not found")
				}
				return MakeInt(-1), nil
			}
			return MakeInt(int64(off + runeIndex(hay, idx))), nil
		})
	}
	find("find", false, false)
	find("rfind", true, false)
	find("index", false, true)
	find("rindex", true, true)
	m("count", func(th *Thread, s *Str, args []Value, kw *Kwargs) (Value, error) {
		if len(args) == 0 {
			return nil, NewError(TypeErrorType, "count() takes at least 1 argument (0 given)")
		}
		sub, err := mustStr(args[0], "must be str, not ")
		if err != nil {
			return nil, err
		}
		hay, off, err := strRange(th, s, args[1:])
		if err != nil {
			return nil, err
		}
		if off < 0 {
			return MakeInt(0), nil
		}
		if sub == "" {
			return MakeInt(int64(utf8.RuneCountInString(hay) + 1)), nil
		}
		return MakeInt(int64(strings.Count(hay, sub))), nil
	})
	m("replace", func(th *Thread, s *Str, args []Value, kw *Kwargs) (Value, error) {
		if len(args) < 2 {
			return nil, Errorf(TypeErrorType, "replace expected at least 2 arguments, got ", itoa(len(args)))
		}
		old, err := mustStr(args[0], "replace() argument 1 must be str, not ")
		if err != nil {
			return nil, err
		}
		nw, err := mustStr(args[1], "replace() argument 2 must be str, not ")
		if err != nil {
			return nil, err
		}
		n := -1
		if len(args) > 2 {
			n, err = AsInt(th, args[2])
			if err != nil {
				return nil, err
			}
		}
		return NewStr(strings.Replace(s.s, old, nw, n)), nil
	})
	startsEnds := func(name string, ends bool) {
		m(name, func(th *Thread, s *Str, args []Value, kw *Kwargs) (Value, error) {
			if len(args) == 0 {
				return nil, Errorf(TypeErrorType, name, "() takes at least 1 argument (0 given)")
			}
			hay, off, err := strRange(th, s, args[1:])
			if err != nil {
				return nil, err
			}
			check := func(p Value) (bool, error) {
				ps, ok := p.(*Str)
				if !ok {
					return false, Errorf(TypeErrorType, name, " first arg must be str or a tuple of str, not ", TypeName(p))
				}
				if off < 0 {
					return false, nil
				}
				if ends {
					return strings.HasSuffix(hay, ps.s), nil
				}
				return strings.HasPrefix(hay, ps.s), nil
			}
			if t, ok := args[0].(Tuple); ok {
				for _, p := range t {
					ok, err := check(p)
					if err != nil {
						return nil, err
					}
					if ok {
						return True, nil
					}
				}
				return False, nil
			}
			ok, err := check(args[0])
			return MakeBool(ok), err
		})
	}
	startsEnds("startswith", false)
	startsEnds("endswith", true)
	m("upper", func(th *Thread, s *Str, args []Value, kw *Kwargs) (Value, error) {
		return NewStr(pyUpper(s.s)), nil
	})
	m("lower", func(th *Thread, s *Str, args []Value, kw *Kwargs) (Value, error) {
		if s.isASCII() {
			return NewStr(strings.ToLower(s.s)), nil
		}
		return NewStr(pyLower(s.s)), nil
	})
	m("casefold", func(th *Thread, s *Str, args []Value, kw *Kwargs) (Value, error) {
		return NewStr(strings.ReplaceAll(strings.ToLower(s.s), "ß", "ss")), nil
	})
	m("swapcase", func(th *Thread, s *Str, args []Value, kw *Kwargs) (Value, error) {
		var b strings.Builder
		for _, r := range s.s {
			switch {
			case r == 'ß':
				b.WriteString("SS")
			case unicode.IsUpper(r):
				b.WriteRune(unicode.ToLower(r))
			case unicode.IsLower(r):
				b.WriteRune(unicode.ToUpper(r))
			default:
				b.WriteRune(r)
			}
		}
		return NewStr(b.String()), nil
	})
	m("capitalize", func(th *Thread, s *Str, args []Value, kw *Kwargs) (Value, error) {
		if s.s == "" {
			return s, nil
		}
		r, sz := utf8.DecodeRuneInString(s.s)
		first := string(unicode.ToTitle(r))
		if r == 'ß' {
			first = "Ss"
		}
		return NewStr(first + pyLowerCtx(s.s, sz)), nil
	})
	m("title", func(th *Thread, s *Str, args []Value, kw *Kwargs) (Value, error) {
		var b strings.Builder
		prevCased := false
		for i, r := range s.s {
			if isCasedRune(r) {
				if prevCased {
					if r == 'Σ' {
						b.WriteString(lowerSigma(s.s, i))
					} else {
						b.WriteRune(unicode.ToLower(r))
					}
				} else if r == 'ß' {
					b.WriteString("Ss")
				} else {
					b.WriteRune(unicode.ToTitle(r))
				}
				prevCased = true
			} else {
				b.WriteRune(r)
				prevCased = false
			}
		}
		return NewStr(b.String()), nil
	})
	pred := func(name string, f func(r rune) bool, emptyFalse bool) {
		m(name, func(th *Thread, s *Str, args []Value, kw *Kwargs) (Value, error) {
			if s.s == "" {
				return False, nil
			}
			for _, r := range s.s {
				if !f(r) {
					return False, nil
				}
			}
			return True, nil
		})
	}
	pred("isdigit", func(r rune) bool { return unicode.IsDigit(r) || r == '²' || r == '³' || r == '¹' }, true)
	pred("isdecimal", func(r rune) bool { return unicode.Is(unicode.Nd, r) }, true)
	pred("isnumeric", func(r rune) bool { return unicode.IsNumber(r) }, true)
	pred("isalpha", unicode.IsLetter, true)
	pred("isalnum", func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }, true)
	pred("isspace", isSpaceRune, true)
	pred("isascii", func(r rune) bool { return r < 128 }, false)
	m("isascii", func(th *Thread, s *Str, args []Value, kw *Kwargs) (Value, error) {
		for i := 0; i < len(s.s); i++ {
			if s.s[i] >= 128 {
				return False, nil
			}
		}
		return True, nil
	})
	m("isprintable", func(th *Thread, s *Str, args []Value, kw *Kwargs) (Value, error) {
		for _, r := range s.s {
			if !unicode.IsPrint(r) {
				return False, nil
			}
		}
		return True, nil
	})
	m("isidentifier", func(th *Thread, s *Str, args []Value, kw *Kwargs) (Value, error) {
		if s.s == "" {
			return False, nil
		}
		for i, r := range s.s {
			if !(r == '_' || unicode.IsLetter(r) || (i > 0 && unicode.IsDigit(r))) {
				return False, nil
			}
		}
		return True, nil
	})
	m("islower", func(th *Thread, s *Str, args []Value, kw *Kwargs) (Value, error) {
		cased := false
		for _, r := range s.s {
			if isUpperRune(r) || unicode.IsTitle(r) {
				return False, nil
			}
			if isLowerRune(r) {
				cased = true
			}
		}
		return MakeBool(cased), nil
	})
	m("isupper", func(th *Thread, s *Str, args []Value, kw *Kwargs) (Value, error) {
		cased := false
		for _, r := range s.s {
			if isLowerRune(r) || unicode.IsTitle(r) {
				return False, nil
			}
			if isUpperRune(r) {
				cased = true
			}
		}
		return MakeBool(cased), nil
	})
	m("istitle", func(th *Thread, s *Str, args []Value, kw *Kwargs) (Value, error) {
		cased, prev := false, false
		for _, r := range s.s {
			if isUpperRune(r) || unicode.IsTitle(r) {
				if prev {
					return False, nil
				}
				prev, cased = true, true
			} else if isLowerRune(r) {
				if !prev {
					return False, nil
				}
				prev, cased = true, true
			} else {
				prev = false
			}
		}
		return MakeBool(cased), nil
	})
	pad := func(name string, how int) {
		m(name, func(th *Thread, s *Str, args []Value, kw *Kwargs) (Value, error) {
			if len(args) == 0 || len(args) > 2 {
				return nil, argCount(name, args, 1, 2)
			}
			w, err := AsInt(th, args[0])
			if err != nil {
				return nil, err
			}
			fill := " "
			if len(args) > 1 {
				f, ok := args[1].(*Str)
				if !ok || f.Len() != 1 {
					if !ok {
						return nil, Errorf(TypeErrorType, name, "() argument 2 must be str, not ", TypeName(args[1]))
					}
					return nil, NewError(TypeErrorType, "The fill character must be exactly one character long")
				}
				fill = f.s
			}
			n := s.Len()
			if w <= n {
				return s, nil
			}
			total := w - n
			var left int
			switch how {
			case 0:
				left = 0
			case 1:
				left = total
			case 2:
				left = total / 2
				if total%2 == 1 && w%2 == 1 {
					left++
				}
			}
			return NewStr(strings.Repeat(fill, left) + s.s + strings.Repeat(fill, total-left)), nil
		})
	}
	pad("ljust", 0)
	pad("rjust", 1)
	pad("center", 2)
	m("zfill", func(th *Thread, s *Str, args []Value, kw *Kwargs) (Value, error) {
		if len(args) != 1 {
			return nil, NewError(TypeErrorType, "zfill() takes exactly one argument")
		}
		w, err := AsInt(th, args[0])
		if err != nil {
			return nil, err
		}
		n := s.Len()
		if w <= n {
			return s, nil
		}
		str := s.s
		sign := ""
		if len(str) > 0 && (str[0] == '+' || str[0] == '-') {
			sign, str = str[:1], str[1:]
		}
		return NewStr(sign + strings.Repeat("0", w-n) + str), nil
	})
	m("expandtabs", func(th *Thread, s *Str, args []Value, kw *Kwargs) (Value, error) {
		ts := 8
		if len(args) > 0 {
			ts, _ = AsInt(th, args[0])
		}
		if kw != nil && len(kw.Values) > 0 {
			ts, _ = AsInt(th, kw.Values[0])
		}
		var b strings.Builder
		col := 0
		for _, r := range s.s {
			switch r {
			case '\t':
				if ts > 0 {
					n := ts - col%ts
					b.WriteString(strings.Repeat(" ", n))
					col += n
				}
			case '\n', '\r':
				b.WriteRune(r)
				col = 0
			default:
				b.WriteRune(r)
				col++
			}
		}
		return NewStr(b.String()), nil
	})
	part := func(name string, rev bool) {
		m(name, func(th *Thread, s *Str, args []Value, kw *Kwargs) (Value, error) {
			if len(args) != 1 {
				return nil, Errorf(TypeErrorType, name, "() takes exactly one argument (", itoa(len(args)), " given)")
			}
			sep, err := mustStr(args[0], "must be str, not ")
			if err != nil {
				return nil, err
			}
			if sep == "" {
				return nil, NewError(ValueErrorType, "empty separator")
			}
			var i int
			if rev {
				i = strings.LastIndex(s.s, sep)
				if i < 0 {
					return Tuple{emptyStr, emptyStr, s}, nil
				}
			} else {
				i = strings.Index(s.s, sep)
				if i < 0 {
					return Tuple{s, emptyStr, emptyStr}, nil
				}
			}
			return Tuple{NewStr(s.s[:i]), NewStr(sep), NewStr(s.s[i+len(sep):])}, nil
		})
	}
	part("partition", false)
	part("rpartition", true)
	m("removeprefix", func(th *Thread, s *Str, args []Value, kw *Kwargs) (Value, error) {
		p, err := mustStr(args[0], "removeprefix() argument must be str, not ")
		if err != nil {
			return nil, err
		}
		return NewStr(strings.TrimPrefix(s.s, p)), nil
	})
	m("removesuffix", func(th *Thread, s *Str, args []Value, kw *Kwargs) (Value, error) {
		p, err := mustStr(args[0], "removesuffix() argument must be str, not ")
		if err != nil {
			return nil, err
		}
		return NewStr(strings.TrimSuffix(s.s, p)), nil
	})
	m("encode", func(th *Thread, s *Str, args []Value, kw *Kwargs) (Value, error) {
		enc, errors := "utf-8", "strict"
		if len(args) > 2 {
			return nil, Errorf(TypeErrorType, "encode() takes at most 2 arguments (", itoa(len(args)), " given)")
		}
		for i, a := range args {
			e, ok := a.(*Str)
			if !ok {
				pname := "'encoding'"
				if i == 1 {
					pname = "'errors'"
				}
				return nil, Errorf(TypeErrorType, "encode() argument ", pname, " must be str, not ", TypeName(a))
			}
			if i == 0 {
				enc = e.s
			} else {
				errors = e.s
			}
		}
		if kw != nil {
			for i, n := range kw.Names {
				e, ok := kw.Values[i].(*Str)
				if !ok {
					return nil, Errorf(TypeErrorType, "encode() argument '", n, "' must be str, not ", TypeName(kw.Values[i]))
				}
				switch n {
				case "encoding":
					enc = e.s
				case "errors":
					errors = e.s
				default:
					return nil, Errorf(TypeErrorType, "'", n, "' is an invalid keyword argument for encode()")
				}
			}
		}
		return encodeStrErrors(s.s, enc, errors)
	})
	m("format", func(th *Thread, s *Str, args []Value, kw *Kwargs) (Value, error) {
		r, err := strFormat(th, s.s, args, kw, nil)
		if err != nil {
			return nil, err
		}
		return NewStr(r), nil
	})
	m("format_map", func(th *Thread, s *Str, args []Value, kw *Kwargs) (Value, error) {
		r, err := strFormat(th, s.s, nil, nil, args[0])
		if err != nil {
			return nil, err
		}
		return NewStr(r), nil
	})
	m("__format__", func(th *Thread, s *Str, args []Value, kw *Kwargs) (Value, error) {
		spec, _ := args[0].(*Str)
		r, err := formatStrSpec(s.s, spec.s)
		return NewStr(r), err
	})
	m("translate", func(th *Thread, s *Str, args []Value, kw *Kwargs) (Value, error) {
		table := args[0]
		var b strings.Builder
		for _, r := range s.s {
			v, err := GetItem(th, table, MakeInt(int64(r)))
			if err != nil {
				if e, ok := err.(*Exception); ok && e.Class.IsSubtype(LookupErrorType) {
					b.WriteRune(r)
					continue
				}
				return nil, err
			}
			switch x := v.(type) {
			case *NoneType:
			case Int:
				b.WriteRune(rune(x))
			case *Str:
				b.WriteString(x.s)
			default:
				return nil, NewError(TypeErrorType, "character mapping must return integer, None or str")
			}
		}
		return NewStr(b.String()), nil
	})
	st.AddStaticMethod("maketrans", func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
		d := NewDict()
		if len(args) == 1 {
			src, ok := args[0].(*Dict)
			if !ok {
				return nil, NewError(TypeErrorType, "if you give only one argument to maketrans it must be a dict")
			}
			for _, e := range src.entries {
				if e.key == nil {
					continue
				}
				k := e.key
				if ks, ok := k.(*Str); ok {
					if ks.Len() != 1 {
						return nil, NewError(ValueErrorType, "string keys in translate table must be of length 1")
					}
					r, _ := utf8.DecodeRuneInString(ks.s)
					k = MakeInt(int64(r))
				}
				if err := d.Set(th, k, e.value); err != nil {
					return nil, err
				}
			}
			return d, nil
		}
		x, _ := args[0].(*Str)
		y, _ := args[1].(*Str)
		if x == nil || y == nil {
			return nil, NewError(TypeErrorType, "maketrans() arguments must be str")
		}
		xr, yr := []rune(x.s), []rune(y.s)
		if len(xr) != len(yr) {
			return nil, NewError(ValueErrorType, "the first two maketrans arguments must have equal length")
		}
		for i := range xr {
			_ = d.Set(th, MakeInt(int64(xr[i])), MakeInt(int64(yr[i])))
		}
		if len(args) > 2 {
			z, _ := args[2].(*Str)
			if z != nil {
				for _, r := range z.s {
					_ = d.Set(th, MakeInt(int64(r)), None)
				}
			}
		}
		return d, nil
	})
	m("__getnewargs__", func(th *Thread, s *Str, args []Value, kw *Kwargs) (Value, error) { return Tuple{s}, nil })
}

func strSplit(th *Thread, s *Str, args []Value, kw *Kwargs, rev bool) (Value, error) {
	var sepv Value = None
	maxsplit := -1
	if len(args) > 0 {
		sepv = args[0]
	}
	if len(args) > 1 {
		n, err := AsInt(th, args[1])
		if err != nil {
			return nil, err
		}
		maxsplit = n
	}
	if kw != nil {
		for i, n := range kw.Names {
			switch n {
			case "sep":
				sepv = kw.Values[i]
			case "maxsplit":
				v, err := AsInt(th, kw.Values[i])
				if err != nil {
					return nil, err
				}
				maxsplit = v
			default:
				return nil, Errorf(TypeErrorType, "'", n, "' is an invalid keyword argument for split()")
			}
		}
	}
	str := s.s
	var parts []string
	if sepv == None {
		if rev {
			fields := []string{}
			end := len(str)
			for maxsplit != 0 {
				for end > 0 {
					r, sz := utf8.DecodeLastRuneInString(str[:end])
					if !isSpaceRune(r) {
						break
					}
					end -= sz
				}
				if end == 0 {
					break
				}
				start := end
				for start > 0 {
					r, sz := utf8.DecodeLastRuneInString(str[:start])
					if isSpaceRune(r) {
						break
					}
					start -= sz
				}
				fields = append(fields, str[start:end])
				end = start
				maxsplit--
			}
			rest := strings.TrimRightFunc(str[:end], isSpaceRune)
			if rest != "" {
				fields = append(fields, rest)
			}
			for i, j := 0, len(fields)-1; i < j; i, j = i+1, j-1 {
				fields[i], fields[j] = fields[j], fields[i]
			}
			parts = fields
		} else {
			i := 0
			for maxsplit != 0 {
				for i < len(str) {
					r, sz := utf8.DecodeRuneInString(str[i:])
					if !isSpaceRune(r) {
						break
					}
					i += sz
				}
				if i >= len(str) {
					break
				}
				j := i
				for j < len(str) {
					r, sz := utf8.DecodeRuneInString(str[j:])
					if isSpaceRune(r) {
						break
					}
					j += sz
				}
				parts = append(parts, str[i:j])
				i = j
				maxsplit--
			}
			rest := strings.TrimLeftFunc(str[min(i, len(str)):], isSpaceRune)
			if rest != "" {
				parts = append(parts, rest)
			}
		}
	} else {
		sep, err := mustStr(sepv, "must be str or None, not ")
		if err != nil {
			return nil, err
		}
		if sep == "" {
			return nil, NewError(ValueErrorType, "empty separator")
		}
		if rev && maxsplit >= 0 {
			for maxsplit > 0 {
				i := strings.LastIndex(str, sep)
				if i < 0 {
					break
				}
				parts = append(parts, str[i+len(sep):])
				str = str[:i]
				maxsplit--
			}
			parts = append(parts, str)
			for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
				parts[i], parts[j] = parts[j], parts[i]
			}
		} else {
			parts = strings.SplitN(str, sep, maxsplit+1)
			if maxsplit < 0 {
				parts = strings.Split(str, sep)
			}
		}
	}
	out := make([]Value, len(parts))
	for i, p := range parts {
		out[i] = NewStr(p)
	}
	return NewList(out), nil
}

// pyUpper is str.upper with the special casing Go's ToUpper lacks.
// pyLower is str.lower: Unicode lower case with the two context rules
// CPython applies (İ becomes i + combining dot above; a capital sigma
// ending a word becomes the final form ς).
func pyLower(s string) string { return pyLowerCtx(s, 0) }

// pyLowerCtx lowers s[from:]; the text before from is context for the
// final-sigma rule only.
func pyLowerCtx(s string, from int) string {
	t := s[from:]
	if !strings.ContainsRune(t, 'Σ') {
		if strings.Contains(t, "\u0130") {
			t = strings.ReplaceAll(t, "\u0130", "i\u0307")
		}
		return strings.ToLower(t)
	}
	var b strings.Builder
	for i, r := range t {
		switch r {
		case 'Σ':
			b.WriteString(lowerSigma(s, from+i))
		case '\u0130':
			b.WriteString("i\u0307")
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// lowerSigma lowers the capital sigma at byte offset i of s: "ς" when a
// cased letter precedes it and none follows (skipping case-ignorable
// characters both ways), else "σ".
func lowerSigma(s string, i int) string {
	before := false
	for j := i; j > 0; {
		r, sz := utf8.DecodeLastRuneInString(s[:j])
		j -= sz
		if isCaseIgnorable(r) {
			continue
		}
		before = isCasedRune(r)
		break
	}
	if !before {
		return "σ"
	}
	for _, r := range s[i+len("Σ"):] {
		if isCaseIgnorable(r) {
			continue
		}
		if isCasedRune(r) {
			return "σ"
		}
		break
	}
	return "ς"
}

// isCasedRune is Unicode's Cased property (approximated by Lu, Ll, Lt and
// the Other_Uppercase/Other_Lowercase letters).
func isCasedRune(r rune) bool {
	return isUpperRune(r) || isLowerRune(r) || unicode.IsTitle(r)
}

// isCaseIgnorable approximates Unicode's Case_Ignorable property.
func isCaseIgnorable(r rune) bool {
	switch r {
	case '\'', '.', ':', '^', '`', 0xB7, 0x2019:
		return true
	}
	return r >= 0x80 && unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}

func pyUpper(s string) string {
	if strings.ContainsRune(s, 'ß') {
		s = strings.ReplaceAll(s, "ß", "SS")
	}
	if strings.ContainsAny(s, "ﬀﬁﬂﬃﬄﬅﬆ") {
		s = upperLigatures.Replace(s)
	}
	return strings.ToUpper(s)
}

// upperLigatures is SpecialCasing's upper case of the Latin ligatures.
var upperLigatures = strings.NewReplacer("ﬀ", "FF", "ﬁ", "FI", "ﬂ", "FL", "ﬃ", "FFI", "ﬄ", "FFL", "ﬅ", "ST", "ﬆ", "ST")

// isUpperRune and isLowerRune are Unicode's Uppercase and Lowercase
// properties (Lu/Ll plus Other_Uppercase/Other_Lowercase, e.g. Roman
// numerals), which CPython's str.isupper/islower/istitle use.
func isUpperRune(r rune) bool {
	return unicode.IsUpper(r) || (r >= 0x80 && unicode.Is(unicode.Other_Uppercase, r))
}

func isLowerRune(r rune) bool {
	return unicode.IsLower(r) || (r >= 0x80 && unicode.Is(unicode.Other_Lowercase, r))
}
