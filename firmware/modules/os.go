package modules

import (
	"bytes"
	"errors"
	"strings"

	"github.com/mptest/mptest/firmware/vfs"
	"github.com/mptest/mptest/refinterp/py"
)

// fsError maps a vfs error to OSError with MicroPython's errno and text.
func fsError(err error) error {
	errno := int64(5)
	switch {
	case errors.Is(err, vfs.ErrNotExist):
		errno = 2
	case errors.Is(err, vfs.ErrExist):
		errno = 17
	case errors.Is(err, vfs.ErrIsDir):
		errno = 21
	case errors.Is(err, vfs.ErrNotDir):
		errno = 20
	case errors.Is(err, vfs.ErrNotEmpty):
		errno = 39
	case errors.Is(err, vfs.ErrNoSpace):
		errno = 28
	}
	return py.NewException(py.OSErrorType, py.MakeInt(errno))
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
	pathFn := func(name string, def string, do func(p string) (py.Value, error)) {
		m.AddFunc(name, func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
			p, err := env.pathArg(th, args, 0, def)
			if err != nil {
				return nil, err
			}
			return do(p)
		})
	}
	pathFn("listdir", ".", func(p string) (py.Value, error) {
		names, err := env.FS.List(p)
		if err != nil {
			return nil, fsError(err)
		}
		var l []py.Value
		for _, n := range names {
			l = append(l, py.NewStr(n))
		}
		return py.NewList(l), nil
	})
	pathFn("ilistdir", ".", func(p string) (py.Value, error) {
		names, err := env.FS.List(p)
		if err != nil {
			return nil, fsError(err)
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
	pathFn("mkdir", "", func(p string) (py.Value, error) {
		if err := env.FS.Mkdir(p); err != nil {
			return nil, fsError(err)
		}
		return py.None, nil
	})
	pathFn("rmdir", "", func(p string) (py.Value, error) {
		if err := env.FS.Rmdir(p); err != nil {
			return nil, fsError(err)
		}
		return py.None, nil
	})
	pathFn("remove", "", func(p string) (py.Value, error) {
		if err := env.FS.Remove(p); err != nil {
			return nil, fsError(err)
		}
		return py.None, nil
	})
	pathFn("chdir", "", func(p string) (py.Value, error) {
		isDir, _, err := env.FS.Stat(p)
		if err != nil {
			return nil, fsError(err)
		}
		if !isDir {
			return nil, fsError(vfs.ErrNotDir)
		}
		env.cwd = p
		return py.None, nil
	})
	pathFn("stat", "", func(p string) (py.Value, error) {
		isDir, size, err := env.FS.Stat(p)
		if err != nil {
			return nil, fsError(err)
		}
		mode := int64(0x8000)
		if isDir {
			mode = 0x4000
		}
		z := py.MakeInt(0)
		return py.NewTuple([]py.Value{py.MakeInt(mode), z, z, z, z, z, py.MakeInt(size), z, z, z}), nil
	})
	pathFn("statvfs", "/", func(p string) (py.Value, error) {
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
			return nil, fsError(err)
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
func (e *Env) open(args []py.Value, kw *py.Kwargs) (py.Value, error) {
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
			return nil, fsError(err)
		}
		py.AccountBytes(64 + len(b))
		return py.NewStream(name, bytes.NewReader(b), nil), nil
	case strings.ContainsAny(mode, "wax"):
		_, _, statErr := e.FS.Stat(p)
		if strings.Contains(mode, "x") && statErr == nil {
			return nil, fsError(vfs.ErrExist)
		}
		if statErr != nil || strings.ContainsAny(mode, "wx") {
			if err := e.FS.WriteFile(p, nil); err != nil {
				return nil, fsError(err)
			}
		}
		py.AccountBytes(64)
		return py.NewStream(name, nil, fileWriter{e.FS, p}), nil
	}
	return nil, py.Errorf(py.ValueErrorType, "invalid mode: '", mode, "'")
}
