// Package os implements Python's os module for refinterp: the file
// system calls a test needs (getcwd, chdir, listdir, ilistdir, mkdir,
// makedirs, remove, rename, rmdir, stat, walk), the environment (environ,
// getenv, putenv, unsetenv), urandom, the constants (sep, name, linesep,
// ...) and the os.path submodule (CPython's posixpath functions). Errors
// are OSError subclasses with errno, strerror and filename, printed as
// "[Errno 2] No such file or directory: 'x'". uos is an alias.
package os

import (
	"crypto/rand"
	goos "os"
	"strings"

	"github.com/mptest/mptest/refinterp/py"
)

// StatResultType is os.stat_result.
var StatResultType = py.StructSeq("os", "stat_result", []string{
	"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime"})

func init() {
	py.RegisterModule("os", newModule)
	py.RegisterModule("uos", newModule)
	py.RegisterModule("posixpath", newPathModule)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	s := ""
	for ; n > 0; n /= 10 {
		s = string(rune('0'+n%10)) + s
	}
	if neg {
		s = "-" + s
	}
	return s
}

// pathArg converts a path argument (str or os.PathLike).
func pathArg(th *py.Thread, fname, argName string, v py.Value) (string, error) {
	if s, ok := py.StrOf(v); ok {
		return s, nil
	}
	if f, ok := py.GetAttrNoErr(th, v, "__fspath__"); ok {
		r, err := py.Call(th, f, nil, nil)
		if err != nil {
			return "", err
		}
		if s, ok := py.StrOf(r); ok {
			return s, nil
		}
	}
	kinds := "string, bytes or os.PathLike"
	if fname == "stat" || fname == "listdir" || fname == "chdir" {
		kinds = "string, bytes, os.PathLike or integer" // these also take a file descriptor
	}
	return "", py.Errorf(py.TypeErrorType, fname, ": ", argName, " should be ", kinds, ", not ", py.TypeName(v))
}

func newModule(th *py.Thread) (*py.Module, error) {
	m := py.NewModule("os")
	for k, v := range map[string]string{"sep": "/", "name": "posix", "linesep": "\n", "curdir": ".", "pardir": "..",
		"extsep": ".", "pathsep": ":", "devnull": "/dev/null"} {
		m.Set(k, py.NewStr(v))
	}
	m.Set("altsep", py.None)
	m.Set("error", py.OSErrorType)
	m.Set("stat_result", StatResultType)
	// os.path is made here and put in sys.modules: importing "os.path"
	// first would import os again.
	pathMod, err := newPathModule(th)
	if err != nil {
		return nil, err
	}
	m.Set("path", pathMod)
	if sys, err := th.Import("sys"); err == nil {
		if mods, ok := py.GetAttrNoErr(th, sys, "modules"); ok {
			if err := py.SetItem(th, mods, py.NewStr("os.path"), pathMod); err != nil {
				return nil, err
			}
		}
	}
	environ := py.NewDict()
	for _, kv := range goos.Environ() {
		if i := strings.IndexByte(kv, '='); i > 0 {
			environ.SetStr(kv[:i], py.NewStr(kv[i+1:]))
		}
	}
	m.Set("environ", environ)

	m.AddFunc("getcwd", func(th *py.Thread, a []py.Value, kw *py.Kwargs) (py.Value, error) {
		d, err := goos.Getwd()
		if err != nil {
			return nil, osError(th, err, ".")
		}
		return py.NewStr(d), nil
	})
	pathFunc := func(name string, def string, fn func(th *py.Thread, p string, rest []py.Value) (py.Value, error), extra ...string) {
		m.AddFunc(name, func(th *py.Thread, a []py.Value, kw *py.Kwargs) (py.Value, error) {
			names := append([]string{"path"}, extra...)
			req := 1
			if def != "" {
				req = 0
			}
			v, err := py.BindArgs(py.ClinicArgs, name, a, kw, names, req, 0)
			if err != nil {
				return nil, err
			}
			p := def
			if v[0] != nil && v[0] != py.None {
				if p, err = pathArg(th, name, "path", v[0]); err != nil {
					return nil, err
				}
			}
			return fn(th, p, v[1:])
		})
	}
	pathFunc("chdir", "", func(th *py.Thread, p string, _ []py.Value) (py.Value, error) {
		if err := goos.Chdir(p); err != nil {
			return nil, osError(th, err, p)
		}
		return py.None, nil
	})
	pathFunc("listdir", ".", func(th *py.Thread, p string, _ []py.Value) (py.Value, error) {
		ents, err := goos.ReadDir(p)
		if err != nil {
			return nil, osError(th, err, p)
		}
		out := make([]py.Value, len(ents))
		for i, e := range ents {
			out[i] = py.NewStr(e.Name())
		}
		return py.NewList(out), nil
	})
	pathFunc("ilistdir", ".", func(th *py.Thread, p string, _ []py.Value) (py.Value, error) {
		ents, err := goos.ReadDir(p)
		if err != nil {
			return nil, osError(th, err, p)
		}
		out := make([]py.Value, len(ents))
		for i, e := range ents {
			typ := int64(0x8000)
			if e.IsDir() {
				typ = 0x4000
			}
			out[i] = py.NewTuple([]py.Value{py.NewStr(e.Name()), py.MakeInt(typ), py.MakeInt(0)})
		}
		return py.Iter(th, py.NewList(out))
	})
	pathFunc("mkdir", "", func(th *py.Thread, p string, rest []py.Value) (py.Value, error) {
		mode := 0o777
		if rest[0] != nil {
			var err error
			if mode, err = py.AsInt(th, rest[0]); err != nil {
				return nil, err
			}
		}
		if err := goos.Mkdir(p, goos.FileMode(mode)); err != nil {
			return nil, osError(th, err, p)
		}
		return py.None, nil
	}, "mode")
	m.AddFunc("makedirs", func(th *py.Thread, a []py.Value, kw *py.Kwargs) (py.Value, error) {
		v, err := py.BindArgs(py.PythonArgs, "makedirs", a, kw, []string{"name", "mode", "exist_ok"}, 1, 0)
		if err != nil {
			return nil, err
		}
		p, err := pathArg(th, "makedirs", "path", v[0])
		if err != nil {
			return nil, err
		}
		existOK := false
		if v[2] != nil {
			if existOK, err = py.Truth(th, v[2]); err != nil {
				return nil, err
			}
		}
		if fi, serr := goos.Stat(p); serr == nil {
			if existOK && fi.IsDir() {
				return py.None, nil
			}
			return nil, NewOSError(th, 17, py.NewStr(p))
		}
		if err := goos.MkdirAll(p, 0o777); err != nil {
			return nil, osError(th, err, p)
		}
		return py.None, nil
	})
	for _, name := range []string{"remove", "unlink"} {
		pathFunc(name, "", func(th *py.Thread, p string, _ []py.Value) (py.Value, error) {
			fi, err := goos.Lstat(p)
			if err == nil && fi.IsDir() {
				return nil, NewOSError(th, 21, py.NewStr(p))
			}
			if err := goos.Remove(p); err != nil {
				return nil, osError(th, err, p)
			}
			return py.None, nil
		})
	}
	pathFunc("rmdir", "", func(th *py.Thread, p string, _ []py.Value) (py.Value, error) {
		fi, err := goos.Lstat(p)
		if err != nil {
			return nil, osError(th, err, p)
		}
		if !fi.IsDir() {
			return nil, NewOSError(th, 20, py.NewStr(p))
		}
		if err := goos.Remove(p); err != nil {
			return nil, osError(th, err, p)
		}
		return py.None, nil
	})
	for _, name := range []string{"rename", "replace"} {
		name := name
		m.AddFunc(name, func(th *py.Thread, a []py.Value, kw *py.Kwargs) (py.Value, error) {
			v, err := py.BindArgs(py.ClinicArgs, name, a, kw, []string{"src", "dst"}, 2, 0)
			if err != nil {
				return nil, err
			}
			src, err := pathArg(th, name, "src", v[0])
			if err != nil {
				return nil, err
			}
			dst, err := pathArg(th, name, "dst", v[1])
			if err != nil {
				return nil, err
			}
			if err := goos.Rename(src, dst); err != nil {
				return nil, osError(th, err, src)
			}
			return py.None, nil
		})
	}
	for _, name := range []string{"stat", "lstat"} {
		name := name
		pathFunc(name, "", func(th *py.Thread, p string, _ []py.Value) (py.Value, error) {
			var fi goos.FileInfo
			var err error
			if name == "stat" {
				fi, err = goos.Stat(p)
			} else {
				fi, err = goos.Lstat(p)
			}
			if err != nil {
				return nil, osError(th, err, p)
			}
			return statResult(fi), nil
		})
	}
	m.AddFunc("walk", func(th *py.Thread, a []py.Value, kw *py.Kwargs) (py.Value, error) {
		v, err := py.BindArgs(py.PythonArgs, "walk", a, kw, []string{"top", "topdown"}, 1, 0)
		if err != nil {
			return nil, err
		}
		top, err := pathArg(th, "walk", "top", v[0])
		if err != nil {
			return nil, err
		}
		var out []py.Value
		walk(top, &out)
		return py.Iter(th, py.NewList(out))
	})
	m.AddFunc("getenv", func(th *py.Thread, a []py.Value, kw *py.Kwargs) (py.Value, error) {
		v, err := py.BindArgs(py.PythonArgs, "getenv", a, kw, []string{"key", "default"}, 1, 0)
		if err != nil {
			return nil, err
		}
		if _, ok := py.StrOf(v[0]); !ok {
			return nil, py.Errorf(py.TypeErrorType, "str expected, not ", py.TypeName(v[0]))
		}
		r, err := environ.Get(th, v[0])
		if err != nil {
			return nil, err
		}
		if r == nil {
			if v[1] == nil {
				return py.None, nil
			}
			return v[1], nil
		}
		return r, nil
	})
	m.AddFunc("putenv", func(th *py.Thread, a []py.Value, kw *py.Kwargs) (py.Value, error) {
		v, err := py.BindArgs(py.ClinicArgs, "putenv", a, kw, []string{"name", "value"}, 2, 0)
		if err != nil {
			return nil, err
		}
		k, ok1 := py.StrOf(v[0])
		val, ok2 := py.StrOf(v[1])
		if !ok1 || !ok2 {
			return nil, py.NewError(py.TypeErrorType, "str expected")
		}
		_ = goos.Setenv(k, val)
		return py.None, nil
	})
	m.AddFunc("unsetenv", func(th *py.Thread, a []py.Value, kw *py.Kwargs) (py.Value, error) {
		v, err := py.BindArgs(py.ClinicArgs, "unsetenv", a, kw, []string{"name"}, 1, 0)
		if err != nil {
			return nil, err
		}
		k, _ := py.StrOf(v[0])
		_ = goos.Unsetenv(k)
		return py.None, nil
	})
	m.AddFunc("urandom", func(th *py.Thread, a []py.Value, kw *py.Kwargs) (py.Value, error) {
		v, err := py.BindArgs(py.ClinicArgs, "urandom", a, kw, []string{"size"}, 1, 0)
		if err != nil {
			return nil, err
		}
		n, err := py.AsInt(th, v[0])
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, py.NewError(py.ValueErrorType, "negative argument not allowed")
		}
		if err := py.CheckAlloc(n); err != nil {
			return nil, err
		}
		b := make([]byte, n)
		if _, err := rand.Read(b); err != nil {
			return nil, NewOSError(th, 5, nil)
		}
		return py.NewBytes(b), nil
	})
	m.AddFunc("strerror", func(th *py.Thread, a []py.Value, kw *py.Kwargs) (py.Value, error) {
		v, err := py.BindArgs(py.ClinicArgs, "strerror", a, kw, []string{"code"}, 1, 0)
		if err != nil {
			return nil, err
		}
		n, err := py.AsInt(th, v[0])
		if err != nil {
			return nil, err
		}
		return py.NewStr(errnoStrerror(n)), nil
	})
	m.AddFunc("getpid", func(th *py.Thread, a []py.Value, kw *py.Kwargs) (py.Value, error) {
		return py.MakeInt(int64(goos.Getpid())), nil
	})
	m.AddFunc("sync", func(th *py.Thread, a []py.Value, kw *py.Kwargs) (py.Value, error) { return py.None, nil })
	m.AddFunc("fspath", func(th *py.Thread, a []py.Value, kw *py.Kwargs) (py.Value, error) {
		v, err := py.BindArgs(py.ClinicArgs, "fspath", a, kw, []string{"path"}, 1, 0)
		if err != nil {
			return nil, err
		}
		if _, ok := v[0].(*py.Bytes); ok {
			return v[0], nil
		}
		p, err := pathArg(th, "fspath", "path", v[0])
		if err != nil {
			return nil, py.Errorf(py.TypeErrorType, "expected str, bytes or os.PathLike object, not ", py.TypeName(v[0]))
		}
		return py.NewStr(p), nil
	})
	return m, nil
}

func walk(top string, out *[]py.Value) {
	ents, err := goos.ReadDir(top)
	if err != nil {
		return
	}
	var dirs, files []py.Value
	var sub []string
	for _, e := range ents {
		if e.IsDir() {
			dirs = append(dirs, py.NewStr(e.Name()))
			sub = append(sub, e.Name())
		} else {
			files = append(files, py.NewStr(e.Name()))
		}
	}
	*out = append(*out, py.NewTuple([]py.Value{py.NewStr(top), py.NewList(dirs), py.NewList(files)}))
	for _, d := range sub {
		walk(join(top, d), out)
	}
}

func statResult(fi goos.FileInfo) py.Value {
	mode := int64(fi.Mode().Perm())
	switch {
	case fi.IsDir():
		mode |= 0o040000
	case fi.Mode()&goos.ModeSymlink != 0:
		mode |= 0o120000
	case fi.Mode().IsRegular():
		mode |= 0o100000
	}
	mt := fi.ModTime().Unix()
	z := py.MakeInt(0)
	return py.NewStructSeq(StatResultType, py.MakeInt(mode), z, z, py.MakeInt(1), z, z,
		py.MakeInt(fi.Size()), py.MakeInt(mt), py.MakeInt(mt), py.MakeInt(mt))
}
