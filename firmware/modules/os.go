package modules

import (
	"bytes"
	"errors"
	"strings"

	"github.com/mptest/mptest/firmware/vfs"
	"github.com/mptest/mptest/refinterp/py"
)

// fsError maps a vfs error to the OSError subclass CPython raises (all are
// OSError, as MicroPython raises), with errno, strerror and filename.
func fsError(th *py.Thread, err error, filename string) error {
	n, cls, msg := int64(5), py.OSErrorType, "Input/output error"
	switch {
	case errors.Is(err, vfs.ErrNotExist):
		n, cls, msg = 2, py.FileNotFoundErrorType, "No such file or directory"
	case errors.Is(err, vfs.ErrExist):
		n, cls, msg = 17, py.FileExistsErrorType, "File exists"
	case errors.Is(err, vfs.ErrIsDir):
		n, cls, msg = 21, py.IsADirectoryErrorType, "Is a directory"
	case errors.Is(err, vfs.ErrNotDir):
		n, cls, msg = 20, py.NotADirectoryErrorType, "Not a directory"
	case errors.Is(err, vfs.ErrNotEmpty):
		n, msg = 39, "Directory not empty"
	case errors.Is(err, vfs.ErrNoSpace):
		n, msg = 28, "No space left on device"
	}
	e := py.NewException(cls, py.MakeInt(n), py.NewStr(msg))
	var fn py.Value = py.None
	if filename != "" {
		fn = py.NewStr(filename)
	}
	for _, a := range []struct {
		name string
		v    py.Value
	}{{"errno", py.MakeInt(n)}, {"strerror", py.NewStr(msg)}, {"filename", fn}} {
		if err := py.SetAttr(th, e, a.name, a.v); err != nil {
			return err
		}
	}
	return e
}

func (e *Env) pathArg(th *py.Thread, args []py.Value, i int, def string) (string, error) {
	if i >= len(args) {
		if def == "" {
			return "", py.NewError(py.TypeErrorType, "function missing required positional argument")
		}
		return vfs.Clean(e.cwd, def), nil
	}
	s, ok := py.StrOf(args[i])
	if !ok {
		return "", py.Errorf(py.TypeErrorType, "expected str, not ", py.TypeName(args[i]))
	}
	return vfs.Clean(e.cwd, s), nil
}

var unameType = py.StructSeq("os", "uname_result", []string{"sysname", "nodename", "release", "version", "machine"})

// Version is the firmware version string shown in banners and os.uname().
const Version = "0.1.0"

func newOSModule(env *Env) *py.Module {
	m := py.NewModule("os")
	m.Set("sep", py.NewStr("/"))
	pathFn := func(name string, def string, do func(th *py.Thread, p string) (py.Value, error)) {
		m.AddFunc(name, func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
			p, err := env.pathArg(th, args, 0, def)
			if err != nil {
				return nil, err
			}
			return do(th, p)
		})
	}
	pathFn("listdir", ".", func(th *py.Thread, p string) (py.Value, error) {
		names, err := env.FS.List(p)
		if err != nil {
			return nil, fsError(th, err, p)
		}
		var l []py.Value
		for _, n := range names {
			l = append(l, py.NewStr(n))
		}
		return py.NewList(l), nil
	})
	pathFn("ilistdir", ".", func(th *py.Thread, p string) (py.Value, error) {
		names, err := env.FS.List(p)
		if err != nil {
			return nil, fsError(th, err, p)
		}
		var l []py.Value
		for _, n := range names {
			isDir, size, _ := env.FS.Stat(vfs.Clean(p, n))
			kind := int64(0x8000)
			if isDir {
				kind = 0x4000
			}
			l = append(l, py.NewTuple([]py.Value{py.NewStr(n), py.MakeInt(kind), py.MakeInt(0), py.MakeInt(size)}))
		}
		return py.NewList(l), nil
	})
	pathFn("mkdir", "", func(th *py.Thread, p string) (py.Value, error) {
		if err := env.FS.Mkdir(p); err != nil {
			return nil, fsError(th, err, p)
		}
		return py.None, nil
	})
	pathFn("rmdir", "", func(th *py.Thread, p string) (py.Value, error) {
		if err := env.FS.Rmdir(p); err != nil {
			return nil, fsError(th, err, p)
		}
		return py.None, nil
	})
	pathFn("remove", "", func(th *py.Thread, p string) (py.Value, error) {
		if err := env.FS.Remove(p); err != nil {
			return nil, fsError(th, err, p)
		}
		return py.None, nil
	})
	pathFn("chdir", "", func(th *py.Thread, p string) (py.Value, error) {
		isDir, _, err := env.FS.Stat(p)
		if err != nil {
			return nil, fsError(th, err, p)
		}
		if !isDir {
			return nil, fsError(th, vfs.ErrNotDir, p)
		}
		env.cwd = p
		return py.None, nil
	})
	pathFn("stat", "", func(th *py.Thread, p string) (py.Value, error) {
		isDir, size, err := env.FS.Stat(p)
		if err != nil {
			return nil, fsError(th, err, p)
		}
		mode := int64(0x8000)
		if isDir {
			mode = 0x4000
		}
		z := py.MakeInt(0)
		return py.NewTuple([]py.Value{py.MakeInt(mode), z, z, z, z, z, py.MakeInt(size), z, z, z}), nil
	})
	pathFn("statvfs", "/", func(th *py.Thread, p string) (py.Value, error) {
		used, capacity := env.FS.Usage()
		const bs = 512
		blocks := capacity / bs
		free := (capacity - used) / bs
		if free < 0 {
			free = 0
		}
		z := py.MakeInt(0)
		return py.NewTuple([]py.Value{py.MakeInt(bs), py.MakeInt(bs), py.MakeInt(blocks), py.MakeInt(free), py.MakeInt(free), z, z, z, z, py.MakeInt(255)}), nil
	})
	m.AddFunc("rename", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		from, err := env.pathArg(th, args, 0, "")
		if err != nil {
			return nil, err
		}
		to, err := env.pathArg(th, args, 1, "")
		if err != nil {
			return nil, err
		}
		if err := env.FS.Rename(from, to); err != nil {
			return nil, fsError(th, err, from)
		}
		return py.None, nil
	})
	m.AddFunc("getcwd", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		return py.NewStr(env.cwd), nil
	})
	m.AddFunc("sync", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) { return py.None, nil })
	m.AddFunc("dupterm", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) { return py.None, nil })
	m.AddFunc("uname", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		p := env.Profile
		return py.NewStructSeq(unameType, py.NewStr(p.Platform), py.NewStr(p.Platform), py.NewStr(Version),
			py.NewStr("refinterp v"+Version), py.NewStr(p.Board+" with "+p.CPU)), nil
	})
	seed := uint32(0x9e3779b9)
	m.AddFunc("urandom", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		n, err := intArg(th, args, kw, 0, "n", 0)
		if err != nil {
			return nil, err
		}
		if err := py.CheckAlloc(n); err != nil {
			return nil, err
		}
		b := make([]byte, n)
		for i := range b {
			seed ^= seed << 13
			seed ^= seed >> 17
			seed ^= seed << 5
			b[i] = byte(seed)
		}
		return py.NewBytes(b), nil
	})
	return m
}

// fileWriter appends what a program writes to a board file.
type fileWriter struct {
	fs   *vfs.FS
	path string
}

func (w fileWriter) Write(p []byte) (int, error) {
	if err := w.fs.Append(w.path, p); err != nil {
		return 0, err
	}
	return len(p), nil
}

// open is the board's open(): text streams over the in-memory filesystem.
func (e *Env) open(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
	fv := arg(args, kw, 0, "file")
	if fv == nil {
		return nil, py.NewError(py.TypeErrorType, "open() missing required argument 'file' (pos 1)")
	}
	name, ok := py.StrOf(fv)
	if !ok {
		return nil, py.Errorf(py.TypeErrorType, "expected str, not ", py.TypeName(fv))
	}
	mode := "r"
	if mv := arg(args, kw, 1, "mode"); mv != nil {
		if mode, ok = py.StrOf(mv); !ok {
			return nil, py.Errorf(py.TypeErrorType, "open() argument 'mode' must be str, not ", py.TypeName(mv))
		}
	}
	p := vfs.Clean(e.cwd, name)
	switch {
	case strings.ContainsAny(mode, "r"):
		b, err := e.FS.ReadFile(p)
		if err != nil {
			return nil, fsError(th, err, name)
		}
		py.AccountBytes(64 + len(b))
		return py.NewStream(name, bytes.NewReader(b), nil), nil
	case strings.ContainsAny(mode, "wax"):
		_, _, statErr := e.FS.Stat(p)
		if strings.Contains(mode, "x") && statErr == nil {
			return nil, fsError(th, vfs.ErrExist, name)
		}
		if statErr != nil || strings.ContainsAny(mode, "wx") {
			if err := e.FS.WriteFile(p, nil); err != nil {
				return nil, fsError(th, err, name)
			}
		}
		py.AccountBytes(64)
		return py.NewStream(name, nil, fileWriter{e.FS, p}), nil
	}
	return nil, py.Errorf(py.ValueErrorType, "invalid mode: '", mode, "'")
}
