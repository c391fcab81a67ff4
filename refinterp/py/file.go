package py

import (
	"bufio"
	"io"
	"os"
	"strings"
	"unicode/utf8"
)

// File is a file object: the standard streams and files from open().
//
// A text file decodes and encodes with its encoding and error handler and
// translates newlines like CPython's TextIOWrapper (newline=None: "\r\n"
// and "\r" read as "\n"). Reading goes through a bufio.Reader over the OS
// file; before a write, a seek or a tell the read-ahead is given back, so
// mixed reads, writes and seeks see one file position.
type File struct {
	name     Value // str or int (a file descriptor)
	mode     string
	binary   bool
	canRead  bool
	canWrite bool
	r        *bufio.Reader
	w        io.Writer
	f        *os.File
	closed   bool
	isStd    bool
	encoding string  // as given (shown by .encoding); "" = the default "UTF-8"
	errors   string  // error handler
	newline  *string // nil = universal newlines
}

// Type returns the file's type: TextIOWrapper or one of the Buffered*.
func (f *File) Type() *Type {
	if !f.binary {
		return TextFileType
	}
	switch {
	case f.canRead && f.canWrite:
		return bufferedRandomType
	case f.canWrite:
		return bufferedWriterType
	}
	return BufferedFileType
}

// TextFileType and BufferedFileType are the types of text files and of
// binary files opened for reading (io.TextIOWrapper, io.BufferedReader).
var TextFileType, BufferedFileType *Type

var bufferedWriterType, bufferedRandomType *Type

// UnsupportedOperationType is io.UnsupportedOperation (an OSError and a
// ValueError), raised for instance by writing to a file opened for reading.
var UnsupportedOperationType *Type

type bufReader = bufio.Reader

// NewStream wraps a Go reader/writer as a Python text stream (sys.stdout...).
func NewStream(name string, r io.Reader, w io.Writer) *File {
	f := &File{name: NewStrNoAccount(name), w: w, isStd: true, mode: "w", canWrite: w != nil,
		encoding: "utf-8", errors: "strict"}
	if r != nil {
		f.r = bufio.NewReader(r)
		f.mode = "r"
		f.canRead = true
	}
	return f
}

func (f *File) closedError(op string) error {
	if f.binary {
		switch op {
		case "read":
			return NewError(ValueErrorType, "read of closed file")
		case "write":
			return NewError(ValueErrorType, "write to closed file")
		}
	}
	return NewError(ValueErrorType, "I/O operation on closed file.")
}

func (f *File) unsupported(op string) error {
	if f.binary {
		return NewError(UnsupportedOperationType, op)
	}
	if op == "write" {
		return NewError(UnsupportedOperationType, "not writable")
	}
	return NewError(UnsupportedOperationType, "not readable")
}

// syncRead gives the reader's read-ahead back to the OS file, so that its
// offset is the Python-visible position.
func (f *File) syncRead() {
	if f.f == nil || f.r == nil || f.isStd {
		return
	}
	if n := f.r.Buffered(); n > 0 {
		_, _ = f.f.Seek(int64(-n), io.SeekCurrent)
	}
	f.r.Reset(f.f)
}

func (f *File) writeBytes(b []byte) error {
	if f.closed {
		return f.closedError("write")
	}
	if !f.canWrite || f.w == nil {
		return f.unsupported("write")
	}
	f.syncRead()
	if _, err := f.w.Write(b); err != nil {
		return NewError(OSErrorType, err.Error())
	}
	return nil
}

// writeString writes text (encoded, newlines translated) or raw bytes.
func (f *File) writeString(s string) error {
	if f.binary {
		return f.writeBytes([]byte(s))
	}
	if f.closed {
		return f.closedError("write")
	}
	if f.newline != nil && *f.newline != "" && *f.newline != "\n" && strings.Contains(s, "\n") {
		s = strings.ReplaceAll(s, "\n", *f.newline)
	}
	enc := f.encName()
	if enc == "utf-8" && f.errors == "strict" {
		return f.writeBytes([]byte(s))
	}
	b, err := encodeStrErrors(s, enc, f.errors)
	if err != nil {
		return err
	}
	return f.writeBytes(b.(*Bytes).b)
}

func (f *File) encName() string {
	if f.encoding == "" {
		return "utf-8"
	}
	e := strings.ToLower(strings.ReplaceAll(f.encoding, "_", "-"))
	if e == "utf8" {
		return "utf-8"
	}
	return e
}

func (f *File) checkRead() error {
	if f.closed {
		return f.closedError("read")
	}
	if !f.canRead || f.r == nil {
		return f.unsupported("read")
	}
	return nil
}

// decode turns raw bytes into text with the file's codec.
func (f *File) decode(b []byte) (string, error) {
	enc := f.encName()
	if enc == "utf-8" && utf8.Valid(b) {
		return string(b), nil
	}
	v, err := decodeBytes(b, NewStr(enc), NewStr(f.errors))
	if err != nil {
		return "", err
	}
	return v.(*Str).s, nil
}

// translate applies universal newlines to decoded text.
func (f *File) translate(s string) string {
	if f.newline == nil && strings.Contains(s, "\r") {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	return s
}

// readRawLine reads bytes up to and including the line terminator of the
// file's newline mode (binary files end lines at "\n"); limit < 0 means
// no limit on the number of bytes.
func (f *File) readRawLine(limit int) ([]byte, error) {
	var out []byte
	term := "\n"
	if !f.binary && f.newline != nil && *f.newline != "" {
		term = *f.newline
	}
	universal := !f.binary && (f.newline == nil || *f.newline == "")
	for limit < 0 || len(out) < limit {
		c, err := f.r.ReadByte()
		if err != nil {
			if err == io.EOF {
				return out, nil
			}
			return out, NewError(OSErrorType, err.Error())
		}
		out = append(out, c)
		if universal {
			if c == '\n' {
				return out, nil
			}
			if c == '\r' {
				if next, err := f.r.Peek(1); err == nil && next[0] == '\n' {
					_, _ = f.r.ReadByte()
					out = append(out, '\n')
				}
				return out, nil
			}
		} else if c == term[len(term)-1] && strings.HasSuffix(string(out), term) {
			return out, nil
		}
	}
	return out, nil
}

// readLine reads one line ("" at the end of the file) as a Go string of
// text (translated) or of raw bytes for a binary file.
func (f *File) readLine() (string, error) { return f.readLineN(-1) }

func (f *File) readLineN(limit int) (string, error) {
	if err := f.checkRead(); err != nil {
		return "", err
	}
	if f.binary {
		b, err := f.readRawLine(limit)
		return string(b), err
	}
	if limit >= 0 {
		// a size limit counts characters: read them one by one
		var b strings.Builder
		for n := 0; n < limit; n++ {
			s, err := f.readChar()
			if err != nil || s == "" {
				return b.String(), err
			}
			b.WriteString(s)
			if s == "\n" || (f.newline != nil && strings.HasSuffix(b.String(), *f.newline) && *f.newline != "") {
				break
			}
		}
		return b.String(), nil
	}
	b, err := f.readRawLine(-1)
	if err != nil {
		return "", err
	}
	s, err := f.decode(b)
	if err != nil {
		return "", err
	}
	return f.translate(s), nil
}

// readChar reads one decoded, newline-translated character ("" at EOF).
func (f *File) readChar() (string, error) {
	c, err := f.r.ReadByte()
	if err != nil {
		if err == io.EOF {
			return "", nil
		}
		return "", NewError(OSErrorType, err.Error())
	}
	buf := []byte{c}
	if f.encName() == "utf-8" && c >= 0x80 {
		need := 0
		switch {
		case c >= 0xf0:
			need = 3
		case c >= 0xe0:
			need = 2
		case c >= 0xc0:
			need = 1
		}
		for i := 0; i < need; i++ {
			next, err := f.r.Peek(1)
			if err != nil || next[0]&0xc0 != 0x80 {
				break
			}
			_, _ = f.r.ReadByte()
			buf = append(buf, next[0])
		}
	}
	s, err := f.decode(buf)
	if err != nil {
		return "", err
	}
	if s == "\r" && f.newline == nil {
		if next, err := f.r.Peek(1); err == nil && next[0] == '\n' {
			_, _ = f.r.ReadByte()
		}
		return "\n", nil
	}
	return s, nil
}

func (f *File) readAll() (string, error) {
	if err := f.checkRead(); err != nil {
		return "", err
	}
	b, err := io.ReadAll(f.r)
	if err != nil {
		return "", NewError(OSErrorType, err.Error())
	}
	if f.binary {
		return string(b), nil
	}
	s, err := f.decode(b)
	if err != nil {
		return "", err
	}
	return f.translate(s), nil
}

// readN reads up to n characters (text) or bytes (binary).
func (f *File) readN(n int) (string, error) {
	if err := f.checkRead(); err != nil {
		return "", err
	}
	if f.binary {
		buf := make([]byte, n)
		m, err := io.ReadFull(f.r, buf)
		if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
			return "", NewError(OSErrorType, err.Error())
		}
		return string(buf[:m]), nil
	}
	var b strings.Builder
	for i := 0; i < n; i++ {
		s, err := f.readChar()
		if err != nil {
			return "", err
		}
		if s == "" {
			break
		}
		b.WriteString(s)
	}
	return b.String(), nil
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

func (f *File) tell() (int64, error) {
	if f.closed {
		return 0, f.closedError("")
	}
	if f.f == nil || f.isStd {
		return 0, NewException(OSErrorType, MakeInt(29), NewStr("Illegal seek"))
	}
	pos, err := f.f.Seek(0, io.SeekCurrent)
	if err != nil {
		return 0, NewError(OSErrorType, err.Error())
	}
	if f.r != nil {
		pos -= int64(f.r.Buffered())
	}
	return pos, nil
}

func (f *File) seek(th *Thread, args []Value) (Value, error) {
	if len(args) < 1 || len(args) > 2 {
		return nil, Errorf(TypeErrorType, "seek expected at least 1 argument, got ", itoa(len(args)))
	}
	if f.closed {
		return nil, f.closedError("")
	}
	off, err := AsInt(th, args[0])
	if err != nil {
		return nil, err
	}
	whence := 0
	if len(args) == 2 {
		if whence, err = AsInt(th, args[1]); err != nil {
			return nil, err
		}
	}
	if f.f == nil || f.isStd {
		return nil, NewException(OSErrorType, MakeInt(29), NewStr("Illegal seek"))
	}
	switch whence {
	case 0:
		if off < 0 {
			return nil, Errorf(ValueErrorType, "negative seek position ", itoa(off))
		}
	case 1, 2:
		if !f.binary && off != 0 {
			if whence == 1 {
				return nil, NewError(UnsupportedOperationType, "can't do nonzero cur-relative seeks")
			}
			return nil, NewError(UnsupportedOperationType, "can't do nonzero end-relative seeks")
		}
	default:
		if f.binary {
			return nil, Errorf(ValueErrorType, "whence value ", itoa(whence), " unsupported")
		}
		return nil, Errorf(ValueErrorType, "invalid whence (", itoa(whence), ", should be 0, 1 or 2)")
	}
	if whence == 1 && f.r != nil {
		f.syncRead()
	}
	pos, err := f.f.Seek(int64(off), whence)
	if err != nil {
		return nil, NewError(OSErrorType, err.Error())
	}
	if f.r != nil {
		f.r.Reset(f.f)
	}
	return MakeInt(pos), nil
}

// initUnsupportedOperation runs after the built-in exceptions exist.
func initUnsupportedOperation() {
	u := NewBuiltinType("UnsupportedOperation", OSErrorType)
	u.Flags |= FlagBaseType | FlagException
	u.Module = "io"
	u.Bases = []*Type{OSErrorType, ValueErrorType}
	u.MRO = []*Type{u, OSErrorType, ValueErrorType}
	u.MRO = append(u.MRO, ExceptionType.MRO...)
	UnsupportedOperationType = u
}

func initFileTypes() {
	for i, name := range []string{"TextIOWrapper", "BufferedReader", "BufferedWriter", "BufferedRandom"} {
		t := NewBuiltinType(name, nil)
		switch i {
		case 0:
			TextFileType = t
		case 1:
			BufferedFileType = t
		case 2:
			bufferedWriterType = t
		case 3:
			bufferedRandomType = t
		}
		t.Module = "_io"
		t.Flags |= FlagDottedName
		t.Iter = func(th *Thread, v Value) (Value, error) {
			if f := v.(*File); f.closed {
				return nil, f.closedError("")
			}
			return v, nil
		}
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
			name, err := Repr(th, f.name)
			if err != nil {
				return "", err
			}
			if f.binary {
				return "<_io." + f.Type().Name + " name=" + name + ">", nil
			}
			enc := f.encoding
			if enc == "" {
				enc = "UTF-8"
			}
			return "<_io.TextIOWrapper name=" + name + " mode='" + f.mode + "' encoding='" + enc + "'>", nil
		}
		m := func(mname string, fn func(th *Thread, f *File, args []Value) (Value, error)) {
			t.AddMethod(mname, func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
				return fn(th, self.(*File), args)
			})
		}
		m("write", func(th *Thread, f *File, args []Value) (Value, error) {
			if len(args) != 1 {
				return nil, Errorf(TypeErrorType, "write() takes exactly one argument (", itoa(len(args)), " given)")
			}
			if f.binary {
				b, err := bytesOf(th, args[0])
				if err != nil {
					return nil, err
				}
				if err := f.writeBytes(b); err != nil {
					return nil, err
				}
				return MakeInt(int64(len(b))), nil
			}
			x, ok := args[0].(*Str)
			if !ok {
				return nil, Errorf(TypeErrorType, "write() argument must be str, not ", TypeName(args[0]))
			}
			if err := f.writeString(x.s); err != nil {
				return nil, err
			}
			return MakeInt(int64(x.Len())), nil
		})
		m("writelines", func(th *Thread, f *File, args []Value) (Value, error) {
			if len(args) != 1 {
				return nil, Errorf(TypeErrorType, "writelines() takes exactly one argument (", itoa(len(args)), " given)")
			}
			err := ForEach(th, args[0], func(v Value) error {
				if f.binary {
					b, err := bytesOf(th, v)
					if err != nil {
						return err
					}
					return f.writeBytes(b)
				}
				s, ok := v.(*Str)
				if !ok {
					return Errorf(TypeErrorType, "write() argument must be str, not ", TypeName(v))
				}
				return f.writeString(s.s)
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
					s, err := f.readN(n)
					if err != nil {
						return nil, err
					}
					return f.wrap(s), nil
				}
			}
			s, err := f.readAll()
			if err != nil {
				return nil, err
			}
			return f.wrap(s), nil
		})
		m("readline", func(th *Thread, f *File, args []Value) (Value, error) {
			limit := -1
			if len(args) > 0 && args[0] != None {
				n, err := AsInt(th, args[0])
				if err != nil {
					return nil, err
				}
				limit = n
			}
			s, err := f.readLineN(limit)
			if err != nil {
				return nil, err
			}
			return f.wrap(s), nil
		})
		m("readlines", func(th *Thread, f *File, args []Value) (Value, error) {
			hint := -1
			if len(args) > 0 && args[0] != None {
				n, err := AsInt(th, args[0])
				if err != nil {
					return nil, err
				}
				hint = n
			}
			var out []Value
			total := 0
			for {
				s, err := f.readLine()
				if err != nil {
					return nil, err
				}
				if s == "" {
					return NewList(out), nil
				}
				out = append(out, f.wrap(s))
				total += len(s)
				if hint > 0 && total >= hint {
					return NewList(out), nil
				}
			}
		})
		m("close", func(th *Thread, f *File, args []Value) (Value, error) {
			f.close()
			return None, nil
		})
		m("flush", func(th *Thread, f *File, args []Value) (Value, error) {
			if f.closed && !f.isStd {
				return nil, f.closedError("")
			}
			if bw, ok := f.w.(*bufio.Writer); ok {
				_ = bw.Flush()
			}
			if fl, ok := f.w.(interface{ Flush() error }); ok {
				_ = fl.Flush()
			}
			return None, nil
		})
		m("seek", func(th *Thread, f *File, args []Value) (Value, error) { return f.seek(th, args) })
		m("tell", func(th *Thread, f *File, args []Value) (Value, error) {
			pos, err := f.tell()
			if err != nil {
				return nil, err
			}
			return MakeInt(pos), nil
		})
		m("truncate", func(th *Thread, f *File, args []Value) (Value, error) {
			if f.closed {
				return nil, f.closedError("")
			}
			if !f.canWrite || f.f == nil {
				return nil, NewError(UnsupportedOperationType, "File not open for writing")
			}
			pos, err := f.tell()
			if err != nil {
				return nil, err
			}
			if len(args) > 0 && args[0] != None {
				n, err := AsInt(th, args[0])
				if err != nil {
					return nil, err
				}
				pos = int64(n)
			}
			f.syncRead()
			// TinyGo's os.File has no Truncate: ask for it by interface.
			tr, ok := any(f.f).(interface{ Truncate(int64) error })
			if !ok {
				return nil, NewError(OSErrorType, "truncate is not supported on this platform")
			}
			if err := tr.Truncate(pos); err != nil {
				return nil, NewError(OSErrorType, err.Error())
			}
			return MakeInt(pos), nil
		})
		m("fileno", func(th *Thread, f *File, args []Value) (Value, error) {
			if f.closed {
				return nil, f.closedError("")
			}
			if f.f != nil {
				return MakeInt(int64(f.f.Fd())), nil
			}
			switch s, _ := f.name.(*Str); {
			case s != nil && s.s == "<stdin>":
				return MakeInt(0), nil
			case s != nil && s.s == "<stdout>":
				return MakeInt(1), nil
			}
			return MakeInt(2), nil
		})
		m("isatty", func(th *Thread, f *File, args []Value) (Value, error) {
			if f.closed {
				return nil, f.closedError("")
			}
			return False, nil
		})
		m("readable", func(th *Thread, f *File, args []Value) (Value, error) {
			if f.closed {
				return nil, f.closedError("")
			}
			return MakeBool(f.canRead), nil
		})
		m("writable", func(th *Thread, f *File, args []Value) (Value, error) {
			if f.closed {
				return nil, f.closedError("")
			}
			return MakeBool(f.canWrite), nil
		})
		m("seekable", func(th *Thread, f *File, args []Value) (Value, error) {
			if f.closed {
				return nil, f.closedError("")
			}
			return MakeBool(f.f != nil && !f.isStd), nil
		})
		m("__enter__", func(th *Thread, f *File, args []Value) (Value, error) {
			if f.closed {
				return nil, f.closedError("")
			}
			return f, nil
		})
		m("__exit__", func(th *Thread, f *File, args []Value) (Value, error) {
			f.close()
			return None, nil
		})
		t.AddGetter("closed", func(th *Thread, self Value) (Value, error) { return MakeBool(self.(*File).closed), nil })
		t.AddGetter("name", func(th *Thread, self Value) (Value, error) { return self.(*File).name, nil })
		t.AddGetter("mode", func(th *Thread, self Value) (Value, error) { return NewStr(self.(*File).mode), nil })
		if i == 0 {
			t.AddGetter("encoding", func(th *Thread, self Value) (Value, error) {
				if e := self.(*File).encoding; e != "" {
					return NewStr(e), nil
				}
				return NewStr("UTF-8"), nil // the locale's encoding
			})
			t.AddGetter("errors", func(th *Thread, self Value) (Value, error) { return NewStr(self.(*File).errors), nil })
			t.AddGetter("newlines", func(th *Thread, self Value) (Value, error) { return None, nil })
			t.AddGetter("line_buffering", func(th *Thread, self Value) (Value, error) { return False, nil })
			t.AddGetter("buffer", func(th *Thread, self Value) (Value, error) {
				f := self.(*File)
				mode := strings.ReplaceAll(f.mode, "t", "") + "b"
				return &File{name: f.name, mode: mode, binary: true, r: f.r, w: f.w, f: f.f, isStd: true,
					canRead: f.canRead, canWrite: f.canWrite}, nil
			})
		} else {
			t.AddGetter("raw", func(th *Thread, self Value) (Value, error) { return self, nil })
		}
	}
}

// openMode is a parsed open() mode string.
type openMode struct {
	flags              int
	base               string // r, w, a or x
	binary, read, writ bool
}

// parseOpenMode checks a mode string the way CPython's open() does.
func parseOpenMode(mode string) (openMode, error) {
	var m openMode
	seen := map[rune]bool{}
	creating, reading, writing, appending, updating, text := false, false, false, false, false, false
	for _, c := range mode {
		if !strings.ContainsRune("xrwabt+", c) || seen[c] {
			return m, Errorf(ValueErrorType, "invalid mode: '", mode, "'")
		}
		seen[c] = true
		switch c {
		case 'x':
			creating = true
		case 'r':
			reading = true
		case 'w':
			writing = true
		case 'a':
			appending = true
		case '+':
			updating = true
		case 't':
			text = true
		case 'b':
			m.binary = true
		}
	}
	if text && m.binary {
		return m, NewError(ValueErrorType, "can't have text and binary mode at once")
	}
	n := 0
	for _, b := range []bool{creating, reading, writing, appending} {
		if b {
			n++
		}
	}
	if n > 1 {
		return m, NewError(ValueErrorType, "must have exactly one of create/read/write/append mode")
	}
	if n == 0 {
		return m, NewError(ValueErrorType, "Must have exactly one of create/read/write/append mode and at most one plus")
	}
	switch {
	case reading:
		m.flags, m.read, m.base = os.O_RDONLY, true, "r"
	case writing:
		m.flags, m.writ, m.base = os.O_WRONLY|os.O_CREATE|os.O_TRUNC, true, "w"
	case appending:
		m.flags, m.writ, m.base = os.O_WRONLY|os.O_CREATE|os.O_APPEND, true, "a"
	case creating:
		m.flags, m.writ, m.base = os.O_WRONLY|os.O_CREATE|os.O_EXCL, true, "x"
	}
	if updating {
		m.flags = m.flags&^os.O_WRONLY | os.O_RDWR
		m.read, m.writ = true, true
	}
	return m, nil
}

func builtinOpen(th *Thread, args []Value, kw *Kwargs) (Value, error) {
	params := []string{"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}
	vals := make([]Value, len(params))
	if len(args) > len(params) {
		return nil, Errorf(TypeErrorType, "open() takes at most 8 arguments (", itoa(len(args)), " given)")
	}
	copy(vals, args)
	if kw != nil {
		for i, n := range kw.Names {
			j := -1
			for k, p := range params {
				if p == n {
					j = k
				}
			}
			if j < 0 {
				return nil, Errorf(TypeErrorType, "'", n, "' is an invalid keyword argument for open()")
			}
			if vals[j] != nil {
				return nil, Errorf(TypeErrorType, "argument for open() given by name ('", n, "') and position (", itoa(j+1), ")")
			}
			vals[j] = kw.Values[i]
		}
	}
	fileV := vals[0]
	if fileV == nil {
		return nil, NewError(TypeErrorType, "open() missing required argument 'file' (pos 1)")
	}
	strArg := func(i int) (string, bool, error) {
		v := vals[i]
		if v == nil || v == None {
			return "", false, nil
		}
		s, ok := v.(*Str)
		if !ok {
			return "", false, Errorf(TypeErrorType, "open() argument '", params[i], "' must be str or None, not ", TypeName(v))
		}
		return s.s, true, nil
	}
	mode := "r"
	if v := vals[1]; v != nil {
		s, ok := v.(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "open() argument 'mode' must be str, not ", TypeName(v))
		}
		mode = s.s
	}
	pm, err := parseOpenMode(mode)
	if err != nil {
		return nil, err
	}
	encoding, hasEnc, err := strArg(3)
	if err != nil {
		return nil, err
	}
	errorsName, hasErrors, err := strArg(4)
	if err != nil {
		return nil, err
	}
	newline, hasNewline, err := strArg(5)
	if err != nil {
		return nil, err
	}
	if pm.binary {
		switch {
		case hasEnc:
			return nil, NewError(ValueErrorType, "binary mode doesn't take an encoding argument")
		case hasErrors:
			return nil, NewError(ValueErrorType, "binary mode doesn't take an errors argument")
		case hasNewline:
			return nil, NewError(ValueErrorType, "binary mode doesn't take a newline argument")
		}
	}
	if hasNewline && newline != "" && newline != "\n" && newline != "\r" && newline != "\r\n" {
		return nil, Errorf(ValueErrorType, "illegal newline value: ", newline)
	}
	if hasEnc {
		switch strings.ToLower(strings.ReplaceAll(encoding, "_", "-")) {
		case "utf-8", "utf8", "ascii", "us-ascii", "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1", "646":
		default:
			return nil, Errorf(LookupErrorType, "unknown encoding: ", encoding)
		}
	}
	var osf *os.File
	var name string
	switch x := fileV.(type) {
	case *Str:
		name = x.s
	case *Bytes:
		name = string(x.b)
	case Int:
		osf = os.NewFile(uintptr(x), "fd")
		if osf == nil {
			return nil, NewException(OSErrorType, MakeInt(9), NewStr("Bad file descriptor"))
		}
	default:
		if fs, ok := GetAttrNoErr(th, fileV, "__fspath__"); ok {
			p, err := Call(th, fs, nil, nil)
			if err != nil {
				return nil, err
			}
			if s, ok := p.(*Str); ok {
				name = s.s
				break
			}
		}
		return nil, Errorf(TypeErrorType, "expected str, bytes or os.PathLike object, not ", TypeName(fileV))
	}
	if osf == nil {
		if osf, err = os.OpenFile(name, pm.flags, 0o666); err != nil {
			return nil, osError(err, name)
		}
		if st, err := osf.Stat(); err == nil && st.IsDir() {
			osf.Close()
			e := NewException(IsADirectoryErrorType, MakeInt(21), NewStr("Is a directory"))
			e.setAttr("filename", fileV)
			return nil, e
		}
	}
	f := &File{name: fileV, mode: mode, binary: pm.binary, f: osf, canRead: pm.read, canWrite: pm.writ, errors: "strict"}
	if pm.binary {
		f.mode = pm.base + "b" // as FileIO.mode: rb, wb, ab, xb, rb+...
		if pm.read && pm.writ {
			f.mode += "+"
		}
	}
	if hasEnc {
		f.encoding = encoding
	}
	if hasErrors {
		f.errors = errorsName
	}
	if hasNewline {
		nl := newline
		f.newline = &nl
	}
	if pm.writ {
		f.w = osf
	}
	if pm.read {
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
	case strings.Contains(msg, "not a directory"):
		t, errno, msg = NotADirectoryErrorType, 20, "Not a directory"
	}
	e := NewException(t, MakeInt(int64(errno)), NewStr(msg))
	e.setAttr("errno", MakeInt(int64(errno)))
	e.setAttr("strerror", NewStr(msg))
	e.setAttr("filename", NewStr(name))
	return e
}
