package os

import (
	goos "os"
	"strings"

	"github.com/mptest/mptest/refinterp/py"
)

// Pure path functions, following CPython's posixpath.

func join(a string, ps ...string) string {
	path := a
	for _, b := range ps {
		switch {
		case strings.HasPrefix(b, "/"):
			path = b
		case path == "" || strings.HasSuffix(path, "/"):
			path += b
		default:
			path += "/" + b
		}
	}
	return path
}

func split(p string) (string, string) {
	i := strings.LastIndexByte(p, '/') + 1
	head, tail := p[:i], p[i:]
	if head != "" && head != strings.Repeat("/", len(head)) {
		head = strings.TrimRight(head, "/")
	}
	return head, tail
}

func splitext(p string) (string, string) {
	sep := strings.LastIndexByte(p, '/')
	dot := strings.LastIndexByte(p, '.')
	if dot > sep {
		for i := sep + 1; i < dot; i++ {
			if p[i] != '.' {
				return p[:dot], p[dot:]
			}
		}
	}
	return p, ""
}

func normpath(p string) string {
	if p == "" {
		return "."
	}
	initial := 0
	if strings.HasPrefix(p, "/") {
		initial = 1
		if strings.HasPrefix(p, "//") && !strings.HasPrefix(p, "///") {
			initial = 2
		}
	}
	var out []string
	for _, c := range strings.Split(p, "/") {
		if c == "" || c == "." {
			continue
		}
		if c != ".." || (initial == 0 && len(out) == 0) || (len(out) > 0 && out[len(out)-1] == "..") {
			out = append(out, c)
		} else if len(out) > 0 {
			out = out[:len(out)-1]
		}
	}
	r := strings.Repeat("/", initial) + strings.Join(out, "/")
	if r == "" {
		return "."
	}
	return r
}

func abspath(p string) string {
	if !strings.HasPrefix(p, "/") {
		cwd, err := goos.Getwd()
		if err == nil {
			p = join(cwd, p)
		}
	}
	return normpath(p)
}

func strArg(name string, v py.Value) (string, error) {
	if s, ok := py.StrOf(v); ok {
		return s, nil
	}
	return "", py.Errorf(py.TypeErrorType, name, ": path should be string, bytes or os.PathLike, not ", py.TypeName(v))
}

func newPathModule(th *py.Thread) (*py.Module, error) {
	m := py.NewModule("posixpath")
	m.Set("sep", py.NewStr("/"))
	str1 := func(name string, f func(string) py.Value) {
		m.AddFunc(name, func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
			if len(args) != 1 || kw.Len() > 0 {
				return nil, py.Errorf(py.TypeErrorType, name, "() takes 1 positional argument but ", itoa(len(args)), " were given")
			}
			s, ok := py.StrOf(args[0])
			if !ok {
				return nil, py.Errorf(py.TypeErrorType, "expected str, bytes or os.PathLike object, not ", py.TypeName(args[0]))
			}
			return f(s), nil
		})
	}
	str := func(s string) py.Value { return py.NewStr(s) }
	pair := func(a, b string) py.Value { return py.NewTuple([]py.Value{py.NewStr(a), py.NewStr(b)}) }
	m.AddFunc("join", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if len(args) == 0 {
			return nil, py.NewError(py.TypeErrorType, "join() missing 1 required positional argument: 'a'")
		}
		parts := make([]string, len(args))
		for i, a := range args {
			s, ok := py.StrOf(a)
			if !ok {
				return nil, py.Errorf(py.TypeErrorType, "join() argument must be str, bytes, or os.PathLike object, not '", py.TypeName(a), "'")
			}
			parts[i] = s
		}
		return py.NewStr(join(parts[0], parts[1:]...)), nil
	})
	str1("split", func(p string) py.Value { return pair(split(p)) })
	str1("splitext", func(p string) py.Value { return pair(splitext(p)) })
	str1("basename", func(p string) py.Value { return str(p[strings.LastIndexByte(p, '/')+1:]) })
	str1("dirname", func(p string) py.Value {
		head := p[:strings.LastIndexByte(p, '/')+1]
		if head != "" && head != strings.Repeat("/", len(head)) {
			head = strings.TrimRight(head, "/")
		}
		return str(head)
	})
	str1("normpath", func(p string) py.Value { return str(normpath(p)) })
	str1("abspath", func(p string) py.Value { return str(abspath(p)) })
	str1("realpath", func(p string) py.Value { return str(abspath(p)) })
	str1("isabs", func(p string) py.Value { return py.MakeBool(strings.HasPrefix(p, "/")) })
	str1("expanduser", func(p string) py.Value {
		if p == "~" || strings.HasPrefix(p, "~/") {
			if home := goos.Getenv("HOME"); home != "" {
				return str(strings.TrimRight(home, "/") + p[1:])
			}
		}
		return str(p)
	})
	m.AddFunc("commonprefix", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if len(args) != 1 {
			return nil, py.Errorf(py.TypeErrorType, "commonprefix() takes 1 positional argument but ", itoa(len(args)), " were given")
		}
		elems, err := py.ToSlice(th, args[0])
		if err != nil {
			return nil, err
		}
		if len(elems) == 0 {
			return py.NewStr(""), nil
		}
		prefix, ok := py.StrOf(elems[0])
		if !ok {
			return nil, py.Errorf(py.TypeErrorType, "expected str, bytes or os.PathLike object, not ", py.TypeName(elems[0]))
		}
		for _, e := range elems[1:] {
			s, ok := py.StrOf(e)
			if !ok {
				return nil, py.Errorf(py.TypeErrorType, "expected str, bytes or os.PathLike object, not ", py.TypeName(e))
			}
			i := 0
			for i < len(prefix) && i < len(s) && prefix[i] == s[i] {
				i++
			}
			prefix = prefix[:i]
		}
		return py.NewStr(prefix), nil
	})
	m.AddFunc("relpath", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if len(args) < 1 || len(args) > 2 {
			return nil, py.Errorf(py.TypeErrorType, "relpath() takes from 1 to 2 positional arguments but ", itoa(len(args)), " were given")
		}
		p, ok := py.StrOf(args[0])
		if !ok {
			return nil, py.Errorf(py.TypeErrorType, "expected str, bytes or os.PathLike object, not ", py.TypeName(args[0]))
		}
		if p == "" {
			return nil, py.NewError(py.ValueErrorType, "no path specified")
		}
		start := "."
		if len(args) == 2 && args[1] != py.None {
			if start, ok = py.StrOf(args[1]); !ok {
				return nil, py.Errorf(py.TypeErrorType, "expected str, bytes or os.PathLike object, not ", py.TypeName(args[1]))
			}
		}
		parts := func(x string) []string {
			var out []string
			for _, c := range strings.Split(abspath(x), "/") {
				if c != "" {
					out = append(out, c)
				}
			}
			return out
		}
		sl, pl := parts(start), parts(p)
		i := 0
		for i < len(sl) && i < len(pl) && sl[i] == pl[i] {
			i++
		}
		var rel []string
		for j := i; j < len(sl); j++ {
			rel = append(rel, "..")
		}
		rel = append(rel, pl[i:]...)
		if len(rel) == 0 {
			return py.NewStr("."), nil
		}
		return py.NewStr(join(rel[0], rel[1:]...)), nil
	})
	statBool := func(name string, f func(goos.FileInfo) bool) {
		m.AddFunc(name, func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
			if len(args) != 1 || kw.Len() > 0 {
				return nil, py.Errorf(py.TypeErrorType, name, "() takes 1 positional argument but ", itoa(len(args)), " were given")
			}
			s, ok := py.StrOf(args[0])
			if !ok {
				return py.False, nil
			}
			var fi goos.FileInfo
			var err error
			if name == "islink" || name == "lexists" {
				fi, err = goos.Lstat(s)
			} else {
				fi, err = goos.Stat(s)
			}
			if err != nil {
				return py.False, nil
			}
			return py.MakeBool(f(fi)), nil
		})
	}
	statBool("exists", func(goos.FileInfo) bool { return true })
	statBool("lexists", func(goos.FileInfo) bool { return true })
	statBool("isdir", func(fi goos.FileInfo) bool { return fi.IsDir() })
	statBool("isfile", func(fi goos.FileInfo) bool { return fi.Mode().IsRegular() })
	statBool("islink", func(fi goos.FileInfo) bool { return fi.Mode()&goos.ModeSymlink != 0 })
	for _, name := range []string{"getsize", "getmtime"} {
		name := name
		m.AddFunc(name, func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
			if len(args) != 1 {
				return nil, py.Errorf(py.TypeErrorType, name, "() takes 1 positional argument but ", itoa(len(args)), " were given")
			}
			s, err := strArg("stat", args[0])
			if err != nil {
				return nil, err
			}
			fi, gerr := goos.Stat(s)
			if gerr != nil {
				return nil, osError(th, gerr, s)
			}
			if name == "getsize" {
				return py.MakeInt(fi.Size()), nil
			}
			return py.MakeFloat(float64(fi.ModTime().UnixNano()) / 1e9), nil
		})
	}
	return m, nil
}
