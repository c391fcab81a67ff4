package py

import (
	"bufio"
	"io"
	"os"
	"strings"
)

// File is a file object: the standard streams and files from open().
type File struct {
	name   string
	mode   string
	binary bool
	r      *bufio.Reader
	w      io.Writer
	f      *os.File
	closed bool
	isStd  bool
}

// Type returns FileType.
func (f *File) Type() *Type {
	if f.binary {
		return BufferedFileType
	}
	return TextFileType
}

// TextFileType and BufferedFileType are the types of file objects.
var TextFileType, BufferedFileType *Type

type bufReader = bufio.Reader

// NewStream wraps a Go reader/writer as a Python text stream (sys.stdout...).
func NewStream(name string, r io.Reader, w io.Writer) *File {
	f := &File{name: name, w: w, isStd: true, mode: "w"}
	if r != nil {
		f.r = bufio.NewReader(r)
		f.mode = "r"
	}
	return f
}

func (f *File) writeString(s string) error {
	if f.closed {
		return NewError(ValueErrorType, "I/O operation on closed file.")
	}
	if f.w == nil {
		return NewError(OSErrorType, "not writable")
	}
	_, err := io.WriteString(f.w, s)
	if err != nil {
		return NewError(OSErrorType, err.Error())
	}
	return nil
}

func (f *File) readLine() (string, error) {
	if f.closed {
		return "", NewError(ValueErrorType, "I/O operation on closed file.")
	}
	if f.r == nil {
		return "", NewError(OSErrorType, "not readable")
	}
	s, err := f.r.ReadString('\n')
	if err != nil && err != io.EOF {
		return s, NewError(OSErrorType, err.Error())
	}
	return s, nil
}

func (f *File) readAll() (string, error) {
	if f.closed {
		return "", NewError(ValueErrorType, "I/O operation on closed file.")
	}
	if f.r == nil {
		return "", NewError(OSErrorType, "not readable")
	}
	b, err := io.ReadAll(f.r)
	if err != nil {
		return "", NewError(OSErrorType, err.Error())
	}
	return string(b), nil
}

func (f *File) close() {
	if f.closed {
		return
	}
	if bw, ok := f.w.(*bufio.Writer); ok {
		_ = bw.Flush()
	}
	if f.f != nil && !f.isStd {
		_ = f.f.Close()
	}
	f.closed = true
}

func (f *File) wrap(s string) Value {
	if f.binary {
		return NewBytes([]byte(s))
	}
	return NewStr(s)
}

func initFileTypes() {
	for i, name := range []string{"TextIOWrapper", "BufferedReader"} {
		t := NewBuiltinType(name, nil)
		if i == 0 {
			TextFileType = t
		} else {
			BufferedFileType = t
		}
		t.Module = "_io"
		t.Iter = func(th *Thread, v Value) (Value, error) { return v, nil }
		t.Next = func(th *Thread, v Value) (Value, error) {
			f := v.(*File)
			s, err := f.readLine()
			if err != nil || s == "" {
				return nil, err
			}
			return f.wrap(s), nil
		}
		t.Repr = func(th *Thread, v Value) (string, error) {
			f := v.(*File)
			if f.binary {
				return "<_io.BufferedReader name='" + f.name + "'>", nil
			}
			return "<_io.TextIOWrapper name='" + f.name + "' mode='" + f.mode + "' encoding='utf-8'>", nil
		}
		m := func(mname string, fn func(th *Thread, f *File, args []Value) (Value, error)) {
			t.AddMethod(mname, func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
				return fn(th, self.(*File), args)
			})
		}
		m("write", func(th *Thread, f *File, args []Value) (Value, error) {
			if len(args) != 1 {
				return nil, NewError(TypeErrorType, "write() takes exactly one argument")
			}
			var s string
			if f.binary {
				b, err := bytesOf(th, args[0])
				if err != nil {
					return nil, err
				}
				s = string(b)
			} else {
				x, ok := args[0].(*Str)
				if !ok {
					return nil, Errorf(TypeErrorType, "write() argument must be str, not ", TypeName(args[0]))
				}
				s = x.s
			}
			if err := f.writeString(s); err != nil {
				return nil, err
			}
			if f.binary {
				return MakeInt(int64(len(s))), nil
			}
			return MakeInt(int64(utf8Len(s))), nil
		})
		m("writelines", func(th *Thread, f *File, args []Value) (Value, error) {
			err := ForEach(th, args[0], func(v Value) error {
				s, err := ToStr(th, v)
				if err != nil {
					return err
				}
				return f.writeString(s)
			})
			return None, err
		})
		m("read", func(th *Thread, f *File, args []Value) (Value, error) {
			if len(args) > 0 && args[0] != None {
				n, err := AsInt(th, args[0])
				if err != nil {
					return nil, err
				}
				if n >= 0 {
					if f.r == nil {
						return nil, NewError(OSErrorType, "not readable")
					}
					var b strings.Builder
					for i := 0; i < n; i++ {
						if f.binary {
							c, err := f.r.ReadByte()
							if err != nil {
								break
							}
							b.WriteByte(c)
						} else {
							r, _, err := f.r.ReadRune()
							if err != nil {
								break
							}
							b.WriteRune(r)
						}
					}
					return f.wrap(b.String()), nil
				}
			}
			s, err := f.readAll()
			if err != nil {
				return nil, err
			}
			return f.wrap(s), nil
		})
		m("readline", func(th *Thread, f *File, args []Value) (Value, error) {
			s, err := f.readLine()
			if err != nil {
				return nil, err
			}
			return f.wrap(s), nil
		})
		m("readlines", func(th *Thread, f *File, args []Value) (Value, error) {
			var out []Value
			for {
				s, err := f.readLine()
				if err != nil {
					return nil, err
				}
				if s == "" {
					return NewList(out), nil
				}
				out = append(out, f.wrap(s))
			}
		})
		m("close", func(th *Thread, f *File, args []Value) (Value, error) {
			f.close()
			return None, nil
		})
		m("flush", func(th *Thread, f *File, args []Value) (Value, error) {
			if bw, ok := f.w.(*bufio.Writer); ok {
				_ = bw.Flush()
			}
			if fl, ok := f.w.(interface{ Flush() error }); ok {
				_ = fl.Flush()
			}
			return None, nil
		})
		m("fileno", func(th *Thread, f *File, args []Value) (Value, error) {
			if f.f != nil {
				return MakeInt(int64(f.f.Fd())), nil
			}
			switch f.name {
			case "<stdin>":
				return MakeInt(0), nil
			case "<stdout>":
				return MakeInt(1), nil
			}
			return MakeInt(2), nil
		})
		m("isatty", func(th *Thread, f *File, args []Value) (Value, error) { return False, nil })
		m("readable", func(th *Thread, f *File, args []Value) (Value, error) { return MakeBool(f.r != nil), nil })
		m("writable", func(th *Thread, f *File, args []Value) (Value, error) { return MakeBool(f.w != nil), nil })
		m("__enter__", func(th *Thread, f *File, args []Value) (Value, error) { return f, nil })
		m("__exit__", func(th *Thread, f *File, args []Value) (Value, error) {
			f.close()
			return None, nil
		})
		t.AddGetter("closed", func(th *Thread, self Value) (Value, error) { return MakeBool(self.(*File).closed), nil })
		t.AddGetter("name", func(th *Thread, self Value) (Value, error) { return NewStr(self.(*File).name), nil })
		t.AddGetter("mode", func(th *Thread, self Value) (Value, error) { return NewStr(self.(*File).mode), nil })
		t.AddGetter("encoding", func(th *Thread, self Value) (Value, error) { return NewStr("utf-8"), nil })
		t.AddGetter("buffer", func(th *Thread, self Value) (Value, error) {
			f := self.(*File)
			return &File{name: f.name, mode: f.mode, binary: true, r: f.r, w: f.w, isStd: true}, nil
		})
	}
}

func utf8Len(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

func builtinOpen(th *Thread, args []Value, kw *Kwargs) (Value, error) {
	var fileV, modeV Value
	if len(args) > 0 {
		fileV = args[0]
	}
	if len(args) > 1 {
		modeV = args[1]
	}
	if kw != nil {
		for i, n := range kw.Names {
			switch n {
			case "file":
				fileV = kw.Values[i]
			case "mode":
				modeV = kw.Values[i]
			}
		}
	}
	if fileV == nil {
		return nil, NewError(TypeErrorType, "open() missing required argument 'file' (pos 1)")
	}
	name, ok := fileV.(*Str)
	if !ok {
		return nil, Errorf(TypeErrorType, "expected str, bytes or os.PathLike object, not ", TypeName(fileV))
	}
	mode := "r"
	if modeV != nil {
		m, ok := modeV.(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "open() argument 'mode' must be str, not ", TypeName(modeV))
		}
		mode = m.s
	}
	flags := 0
	binary := strings.Contains(mode, "b")
	plus := strings.Contains(mode, "+")
	switch {
	case strings.Contains(mode, "r"):
		flags = os.O_RDONLY
		if plus {
			flags = os.O_RDWR
		}
	case strings.Contains(mode, "w"):
		flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
		if plus {
			flags = os.O_RDWR | os.O_CREATE | os.O_TRUNC
		}
	case strings.Contains(mode, "a"):
		flags = os.O_WRONLY | os.O_CREATE | os.O_APPEND
	case strings.Contains(mode, "x"):
		flags = os.O_WRONLY | os.O_CREATE | os.O_EXCL
	default:
		return nil, Errorf(ValueErrorType, "invalid mode: '", mode, "'")
	}
	osf, err := os.OpenFile(name.s, flags, 0o666)
	if err != nil {
		return nil, osError(err, name.s)
	}
	if st, err := osf.Stat(); err == nil && st.IsDir() {
		osf.Close()
		e := NewException(IsADirectoryErrorType, MakeInt(21), NewStr("Is a directory"))
		e.setAttr("filename", NewStr(name.s))
		return nil, e
	}
	f := &File{name: name.s, mode: mode, binary: binary, f: osf}
	if flags&(os.O_WRONLY|os.O_RDWR) != 0 {
		f.w = osf
	}
	if flags&os.O_WRONLY == 0 {
		f.r = bufio.NewReader(osf)
	}
	accountBytes(64)
	return f, nil
}

func osError(err error, name string) error {
	t := OSErrorType
	errno := 5
	msg := err.Error()
	switch {
	case os.IsNotExist(err):
		t, errno, msg = FileNotFoundErrorType, 2, "No such file or directory"
	case os.IsPermission(err):
		t, errno, msg = PermissionErrorType, 13, "Permission denied"
	case os.IsExist(err):
		t, errno, msg = FileExistsErrorType, 17, "File exists"
	case strings.Contains(msg, "is a directory"):
		t, errno, msg = IsADirectoryErrorType, 21, "Is a directory"
	}
	e := NewException(t, MakeInt(int64(errno)), NewStr(msg))
	e.setAttr("errno", MakeInt(int64(errno)))
	e.setAttr("strerror", NewStr(msg))
	e.setAttr("filename", NewStr(name))
	return e
}
