// Package re implements Python's re module for refinterp on top of
// package pyre (a backtracking matcher with sre's syntax and semantics):
// compile, match, search, fullmatch, findall, finditer, sub, subn, split,
// escape, the flags (as a RegexFlag int subclass printing like CPython's),
// Pattern and Match objects, re.Scanner and re.error, for str and bytes
// patterns (bytes are matched decoded as Latin-1). pyre works in UTF-8
// byte offsets; this package converts them to Python indexes. A match that
// exceeds pyre's backtracking budget raises RuntimeError. MicroPython's ure
// is registered as an alias.
package re

import (
	_ "embed"
	"strings"

	"github.com/mptest/mptest/refinterp/py"
	"github.com/mptest/mptest/refinterp/pyre"
)

//go:embed prelude.py
var preludeSrc string

// PatternType and MatchType are re.Pattern and re.Match.
var (
	PatternType = py.NewBuiltinType("Pattern", nil)
	MatchType   = py.NewBuiltinType("Match", nil)
)

func init() {
	py.RegisterModule("re", newModule)
	py.RegisterModule("ure", newModule)
	initPattern()
	initMatch()
}

// state is one interpreter's re module: its error class, flag class and
// pattern cache.
type state struct {
	errorClass py.Value
	flagClass  py.Value
	cache      map[cacheKey]*Pattern
}

type cacheKey struct {
	pattern string
	flags   int
	bytes   bool
}

func newModule(th *py.Thread) (*py.Module, error) {
	m := py.NewModule("re")
	m.Set("__name__", py.NewStr("re"))
	co, err := py.CompileSource(preludeSrc, "<re>", "exec")
	if err != nil {
		return nil, err
	}
	if _, err := th.RunCode(co, m.Dict, m.Dict); err != nil {
		return nil, err
	}
	st := &state{
		errorClass: m.Dict.GetStr("error"),
		flagClass:  m.Dict.GetStr("RegexFlag"),
		cache:      map[cacheKey]*Pattern{},
	}
	m.Set("Pattern", PatternType)
	m.Set("Match", MatchType)
	m.AddFunc("compile", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		a, err := py.BindArgs(py.PythonArgs, "compile", args, kw, []string{"pattern", "flags"}, 1, 0)
		if err != nil {
			return nil, err
		}
		return st.compile(th, a[0], a[1])
	})
	for _, f := range []struct {
		name   string
		anchor pyre.Anchor
	}{{"match", pyre.MatchAt}, {"search", pyre.Search}, {"fullmatch", pyre.FullMatch}} {
		f := f
		m.AddFunc(f.name, func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
			a, err := py.BindArgs(py.PythonArgs, f.name, args, kw, []string{"pattern", "string", "flags"}, 2, 0)
			if err != nil {
				return nil, err
			}
			p, err := st.compile(th, a[0], a[2])
			if err != nil {
				return nil, err
			}
			return p.match(th, a[1], nil, nil, f.anchor)
		})
	}
	m.AddFunc("findall", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		a, err := py.BindArgs(py.PythonArgs, "findall", args, kw, []string{"pattern", "string", "flags"}, 2, 0)
		if err != nil {
			return nil, err
		}
		p, err := st.compile(th, a[0], a[2])
		if err != nil {
			return nil, err
		}
		return p.findall(th, a[1], nil, nil)
	})
	m.AddFunc("finditer", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		a, err := py.BindArgs(py.PythonArgs, "finditer", args, kw, []string{"pattern", "string", "flags"}, 2, 0)
		if err != nil {
			return nil, err
		}
		p, err := st.compile(th, a[0], a[2])
		if err != nil {
			return nil, err
		}
		return p.finditer(th, a[1], nil, nil)
	})
	for _, name := range []string{"sub", "subn"} {
		name := name
		m.AddFunc(name, func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
			a, err := py.BindArgs(py.PythonArgs, name, args, kw, []string{"pattern", "repl", "string", "count", "flags"}, 3, 0)
			if err != nil {
				return nil, err
			}
			p, err := st.compile(th, a[0], a[4])
			if err != nil {
				return nil, err
			}
			return p.sub(th, a[1], a[2], a[3], name == "subn")
		})
	}
	m.AddFunc("split", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		a, err := py.BindArgs(py.PythonArgs, "split", args, kw, []string{"pattern", "string", "maxsplit", "flags"}, 2, 0)
		if err != nil {
			return nil, err
		}
		p, err := st.compile(th, a[0], a[3])
		if err != nil {
			return nil, err
		}
		return p.split(th, a[1], a[2])
	})
	m.AddFunc("escape", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		a, err := py.BindArgs(py.PythonArgs, "escape", args, kw, []string{"pattern"}, 1, 0)
		if err != nil {
			return nil, err
		}
		if b, ok := a[0].(*py.Bytes); ok {
			return py.NewBytes([]byte(pyre.Escape(string(b.Data())))), nil
		}
		s, ok := py.StrOf(a[0])
		if !ok {
			return nil, py.Errorf(py.TypeErrorType, "expected string or bytes-like object, got '", py.TypeName(a[0]), "'")
		}
		return py.NewStr(pyre.Escape(s)), nil
	})
	m.AddFunc("purge", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		st.cache = map[cacheKey]*Pattern{}
		return py.None, nil
	})
	return m, nil
}

// raise converts a pyre error into the Python exception; bytes tells
// whether re.error's pattern attribute is bytes.
func (st *state) raise(th *py.Thread, err error, bytes bool) error {
	pe, ok := err.(*pyre.Error)
	if !ok {
		return err
	}
	switch pe.Type {
	case "IndexError":
		return py.NewError(py.IndexErrorType, pe.Error())
	case "ValueError":
		return py.NewError(py.ValueErrorType, pe.Error())
	case "OverflowError":
		return py.NewError(py.OverflowErrorType, pe.Error())
	case "RuntimeError":
		return py.NewError(py.RuntimeErrorType, pe.Error())
	}
	args := []py.Value{py.NewStr(pe.Msg)}
	if pe.Pos >= 0 {
		var pat py.Value = py.NewStr(pe.Pattern)
		if bytes {
			pat = py.NewBytes(unlatin1(pe.Pattern))
		}
		args = append(args, pat, py.MakeInt(int64(pe.Pos)))
	}
	v, cerr := py.Call(th, st.errorClass, args, nil)
	if cerr != nil {
		return cerr
	}
	if e, ok := v.(*py.Exception); ok {
		return e
	}
	return py.NewError(py.RuntimeErrorType, pe.Error())
}

func (st *state) compile(th *py.Thread, pat, flagsV py.Value) (*Pattern, error) {
	flags, err := intArg(th, flagsV, 0)
	if err != nil {
		return nil, err
	}
	if p, ok := pat.(*Pattern); ok {
		if flags != 0 {
			return nil, py.NewError(py.ValueErrorType, "cannot process flags argument with a compiled pattern")
		}
		return p, nil
	}
	s, ok := py.StrOf(pat)
	isBytes := false
	if b, bok := pat.(*py.Bytes); bok && !ok {
		s, ok, isBytes = latin1(b.Data()), true, true
	}
	if !ok {
		return nil, py.NewError(py.TypeErrorType, "first argument must be string or compiled pattern")
	}
	key := cacheKey{s, flags, isBytes}
	if p := st.cache[key]; p != nil {
		return p, nil
	}
	compile := pyre.Compile
	if isBytes {
		compile = pyre.CompileBytes
	}
	re, err := compile(s, pyre.Flags(flags))
	if err != nil {
		return nil, st.raise(th, err, isBytes)
	}
	p := &Pattern{st: st, re: re, src: pat}
	if len(st.cache) >= 256 {
		st.cache = map[cacheKey]*Pattern{}
	}
	st.cache[key] = p
	return p, nil
}

// subject checks that v is a str (bytes for a bytes pattern) and wraps
// it.
func (p *Pattern) subject(v py.Value) (*subject, error) {
	if b, ok := v.(*py.Bytes); ok {
		if !p.re.IsBytes() {
			return nil, py.NewError(py.TypeErrorType, "cannot use a string pattern on a bytes-like object")
		}
		return newBytesSubject(b.Data()), nil
	}
	s, ok := py.StrOf(v)
	if !ok {
		return nil, py.Errorf(py.TypeErrorType, "expected string or bytes-like object, got '", py.TypeName(v), "'")
	}
	if p.re.IsBytes() {
		return nil, py.NewError(py.TypeErrorType, "cannot use a bytes pattern on a string-like object")
	}
	return newSubject(s), nil
}

// text returns a str, or for a bytes pattern bytes decoded as Latin-1;
// ok is false for the other type.
func (p *Pattern) text(v py.Value) (string, bool) {
	if p.re.IsBytes() {
		if b, ok := v.(*py.Bytes); ok {
			return latin1(b.Data()), true
		}
		return "", false
	}
	return py.StrOf(v)
}

// typeError is CPython's error for a replacement of the wrong type
// (item is the index of the offending piece in the joined result).
func (p *Pattern) typeError(item int, v py.Value) error {
	if p.re.IsBytes() {
		return py.Errorf(py.TypeErrorType, "sequence item ", itoa(item), ": expected a bytes-like object, ", py.TypeName(v), " found")
	}
	return py.Errorf(py.TypeErrorType, "sequence item ", itoa(item), ": expected str instance, ", py.TypeName(v), " found")
}

// flagNames renders flags like CPython's RegexFlag repr.
func flagNames(flags int) string {
	var names []string
	for _, f := range []struct {
		name string
		bit  int
	}{{"ASCII", 256}, {"IGNORECASE", 2}, {"LOCALE", 4}, {"UNICODE", 32}, {"MULTILINE", 8},
		{"DOTALL", 16}, {"VERBOSE", 64}, {"TEMPLATE", 1}, {"DEBUG", 128}} {
		if flags&f.bit != 0 {
			names = append(names, "re."+f.name)
			flags &^= f.bit
		}
	}
	if flags != 0 {
		names = append(names, "0x"+strings.ToLower(itoa16(flags)))
	}
	return strings.Join(names, "|")
}

func itoa16(n int) string {
	const digits = "0123456789abcdef"
	if n == 0 {
		return "0"
	}
	s := ""
	for ; n > 0; n /= 16 {
		s = string(digits[n%16]) + s
	}
	return s
}
