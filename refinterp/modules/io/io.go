// Package io implements Python's io module for refinterp: StringIO and
// BytesIO (read, readline, readlines, write, writelines, getvalue, seek,
// tell, truncate, close, iteration, context manager) and io.open, which
// is the built-in open. uio is registered as an alias, as in MicroPython.
package io

import (
	"strconv"

	"github.com/mptest/mptest/refinterp/py"
)

// StringIOType and BytesIOType are io.StringIO and io.BytesIO.
var (
	StringIOType = py.NewBuiltinType("StringIO", nil)
	BytesIOType  = py.NewBuiltinType("BytesIO", nil)
)

// Stream is an in-memory stream: runes for StringIO, bytes for BytesIO.
type Stream struct {
	text   bool
	runes  []rune
	bytes  []byte
	pos    int
	closed bool
}

// Type returns StringIOType or BytesIOType.
func (s *Stream) Type() *py.Type {
	if s.text {
		return StringIOType
	}
	return BytesIOType
}

func init() {
	initType(StringIOType, true)
	initType(BytesIOType, false)
	py.RegisterModule("io", newModule)
	py.RegisterModule("uio", newModule)
}

func newModule(th *py.Thread) (*py.Module, error) {
	m := py.NewModule("io")
	m.Set("StringIO", StringIOType)
	m.Set("BytesIO", BytesIOType)
	b, err := th.Import("builtins")
	if err != nil {
		return nil, err
	}
	if open, ok := py.GetAttrNoErr(th, b, "open"); ok {
		m.Set("open", open)
	}
	m.Set("UnsupportedOperation", py.UnsupportedOperationType)
	m.Set("TextIOWrapper", py.TextFileType)
	m.Set("BufferedReader", py.BufferedFileType)
	m.Set("SEEK_SET", py.MakeInt(0))
	m.Set("SEEK_CUR", py.MakeInt(1))
	m.Set("SEEK_END", py.MakeInt(2))
	m.Set("DEFAULT_BUFFER_SIZE", py.MakeInt(8192))
	return m, nil
}

func (s *Stream) size() int {
	if s.text {
		return len(s.runes)
	}
	return len(s.bytes)
}

// slice returns the value of [a:b] as str or bytes.
func (s *Stream) slice(a, b int) py.Value {
	if s.text {
		return py.NewStr(string(s.runes[a:b]))
	}
	return py.NewBytes(append([]byte(nil), s.bytes[a:b]...))
}

func (s *Stream) checkOpen() error {
	if s.closed {
		if s.text {
			return py.NewError(py.ValueErrorType, "I/O operation on closed file")
		}
		return py.NewError(py.ValueErrorType, "I/O operation on closed file.")
	}
	return nil
}

// sizeArg reads an optional size argument (None or negative = all).
func sizeArg(th *py.Thread, args []py.Value, i int) (int, error) {
	if len(args) <= i || args[i] == py.None {
		return -1, nil
	}
	v := args[i]
	if _, ok := v.(py.Float); ok {
		return 0, py.Errorf(py.TypeErrorType, "argument should be integer or None, not 'float'")
	}
	return py.AsInt(th, v)
}

func (s *Stream) read(n int) py.Value {
	end := s.size()
	if s.pos > end {
		s.pos = end
	}
	if n >= 0 && s.pos+n < end {
		end = s.pos + n
	}
	v := s.slice(s.pos, end)
	s.pos = end
	return v
}

func (s *Stream) readline(limit int) py.Value {
	n := s.size()
	if s.pos >= n {
		return s.slice(n, n)
	}
	end := s.pos
	for end < n {
		var c rune
		if s.text {
			c = s.runes[end]
		} else {
			c = rune(s.bytes[end])
		}
		end++
		if c == '\n' || (limit >= 0 && end-s.pos >= limit) {
			break
		}
	}
	if limit == 0 {
		end = s.pos
	}
	v := s.slice(s.pos, end)
	s.pos = end
	return v
}

func (s *Stream) write(th *py.Thread, v py.Value) (int, error) {
	if s.text {
		str, ok := py.StrOf(v)
		if !ok {
			return 0, py.Errorf(py.TypeErrorType, "string argument expected, got '", py.TypeName(v), "'")
		}
		rs := []rune(str)
		if err := py.CheckAlloc(4 * len(rs)); err != nil {
			return 0, err
		}
		for len(s.runes) < s.pos {
			s.runes = append(s.runes, 0)
		}
		end := s.pos + len(rs)
		if end > len(s.runes) {
			s.runes = append(s.runes[:s.pos], rs...)
		} else {
			copy(s.runes[s.pos:], rs)
		}
		s.pos = end
		return len(rs), nil
	}
	var data []byte
	switch b := v.(type) {
	case *py.Bytes:
		data = b.Data()
	case interface{ BufferBytes() []byte }:
		data = b.BufferBytes()
	case *py.MemoryView:
		r, err := py.CallMethod(th, v, "tobytes")
		if err != nil {
			return 0, err
		}
		data = r.(*py.Bytes).Data()
	default:
		return 0, py.Errorf(py.TypeErrorType, "a bytes-like object is required, not '", py.TypeName(v), "'")
	}
	if err := py.CheckAlloc(len(data)); err != nil {
		return 0, err
	}
	for len(s.bytes) < s.pos {
		s.bytes = append(s.bytes, 0)
	}
	end := s.pos + len(data)
	if end > len(s.bytes) {
		s.bytes = append(s.bytes[:s.pos], data...)
	} else {
		copy(s.bytes[s.pos:], data)
	}
	s.pos = end
	return len(data), nil
}

type method func(th *py.Thread, s *Stream, args []py.Value) (py.Value, error)

func initType(t *py.Type, text bool) {
	t.Module = "_io"
	t.Flags |= py.FlagDottedName
	t.Flags |= py.FlagBaseType
	t.New = func(th *py.Thread, cls *py.Type, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		return &Stream{text: text}, nil
	}
	t.Init = func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) error {
		s, ok := self.(*Stream)
		if !ok {
			if in, isInst := self.(*py.Instance); isInst {
				s, ok = in.Base.(*Stream)
			}
		}
		if !ok {
			return nil
		}
		var init py.Value
		if len(args) > 0 {
			init = args[0]
		}
		if kw != nil {
			for i, n := range kw.Names {
				switch {
				case (n == "initial_value" && text) || (n == "initial_bytes" && !text):
					init = kw.Values[i]
				case n == "newline" && text:
				default:
					return py.Errorf(py.TypeErrorType, "'", n, "' is an invalid keyword argument for ", t.Name, "()")
				}
			}
		}
		if len(args) > 2 || (!text && len(args) > 1) {
			return py.Errorf(py.TypeErrorType, t.Name, "() takes at most ", strconv.Itoa(2-b2i(!text)), " arguments (", strconv.Itoa(len(args)), " given)")
		}
		s.runes, s.bytes, s.pos, s.closed = nil, nil, 0, false
		if init != nil && init != py.None {
			if text {
				str, ok := py.StrOf(init)
				if !ok {
					return py.Errorf(py.TypeErrorType, "initial_value must be str or None, not ", py.TypeName(init))
				}
				s.runes = []rune(str)
			} else {
				if _, err := s.write(th, init); err != nil {
					return err
				}
				s.pos = 0
			}
		}
		return nil
	}
	t.Iter = func(th *py.Thread, v py.Value) (py.Value, error) {
		if streamOf(v).closed {
			// IOBase.__iter__'s message, with a period for both types
			return nil, py.NewError(py.ValueErrorType, "I/O operation on closed file.")
		}
		return v, nil
	}
	t.Next = func(th *py.Thread, v py.Value) (py.Value, error) {
		s := streamOf(v)
		if err := s.checkOpen(); err != nil {
			return nil, err
		}
		line := s.readline(-1)
		if n, _ := py.Len(th, line); n == 0 {
			return nil, nil
		}
		return line, nil
	}
	add := func(name string, open bool, fn method) {
		t.AddMethod(name, func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
			if kw.Len() > 0 {
				return nil, py.Errorf(py.TypeErrorType, name, "() takes no keyword arguments")
			}
			s := streamOf(self)
			if open {
				if err := s.checkOpen(); err != nil {
					return nil, err
				}
			}
			return fn(th, s, args)
		})
	}
	add("read", true, func(th *py.Thread, s *Stream, args []py.Value) (py.Value, error) {
		n, err := sizeArg(th, args, 0)
		if err != nil {
			return nil, err
		}
		return s.read(n), nil
	})
	if !text {
		add("read1", true, func(th *py.Thread, s *Stream, args []py.Value) (py.Value, error) {
			n, err := sizeArg(th, args, 0)
			if err != nil {
				return nil, err
			}
			return s.read(n), nil
		})
		add("readinto", true, func(th *py.Thread, s *Stream, args []py.Value) (py.Value, error) {
			if len(args) != 1 {
				return nil, py.NewError(py.TypeErrorType, "readinto() takes exactly one argument")
			}
			b, ok := args[0].(*py.Bytes)
			if !ok || b.Type() != py.ByteArrayType {
				return nil, py.Errorf(py.TypeErrorType, "readinto() argument must be read-write bytes-like object, not ", py.TypeName(args[0]))
			}
			dst := b.Data()
			data := s.read(len(dst)).(*py.Bytes).Data()
			copy(dst, data)
			return py.MakeInt(int64(len(data))), nil
		})
	}
	add("readline", true, func(th *py.Thread, s *Stream, args []py.Value) (py.Value, error) {
		n, err := sizeArg(th, args, 0)
		if err != nil {
			return nil, err
		}
		return s.readline(n), nil
	})
	add("readlines", true, func(th *py.Thread, s *Stream, args []py.Value) (py.Value, error) {
		hint, err := sizeArg(th, args, 0)
		if err != nil {
			return nil, err
		}
		var lines []py.Value
		total := 0
		for s.pos < s.size() {
			start := s.pos
			lines = append(lines, s.readline(-1))
			total += s.pos - start
			if hint > 0 && total >= hint {
				break
			}
		}
		return py.NewList(lines), nil
	})
	add("write", true, func(th *py.Thread, s *Stream, args []py.Value) (py.Value, error) {
		if len(args) != 1 {
			return nil, py.Errorf(py.TypeErrorType, "write() takes exactly one argument (", strconv.Itoa(len(args)), " given)")
		}
		n, err := s.write(th, args[0])
		if err != nil {
			return nil, err
		}
		return py.MakeInt(int64(n)), nil
	})
	add("writelines", true, func(th *py.Thread, s *Stream, args []py.Value) (py.Value, error) {
		if len(args) != 1 {
			return nil, py.NewError(py.TypeErrorType, "writelines() takes exactly one argument")
		}
		return py.None, py.ForEach(th, args[0], func(v py.Value) error {
			_, err := s.write(th, v)
			return err
		})
	})
	add("getvalue", true, func(th *py.Thread, s *Stream, args []py.Value) (py.Value, error) {
		return s.slice(0, s.size()), nil
	})
	add("tell", true, func(th *py.Thread, s *Stream, args []py.Value) (py.Value, error) {
		return py.MakeInt(int64(s.pos)), nil
	})
	add("seek", true, func(th *py.Thread, s *Stream, args []py.Value) (py.Value, error) {
		if len(args) < 1 || len(args) > 2 {
			return nil, py.Errorf(py.TypeErrorType, "seek expected at least 1 argument, got ", strconv.Itoa(len(args)))
		}
		pos, err := py.AsInt(th, args[0])
		if err != nil {
			return nil, err
		}
		whence := 0
		if len(args) == 2 {
			if whence, err = py.AsInt(th, args[1]); err != nil {
				return nil, err
			}
		}
		switch whence {
		case 0:
			if pos < 0 && text {
				return nil, py.Errorf(py.ValueErrorType, "Negative seek position ", strconv.Itoa(pos))
			}
			if pos < 0 {
				return nil, py.Errorf(py.ValueErrorType, "negative seek value ", strconv.Itoa(pos))
			}
		case 1:
			if text && pos != 0 {
				return nil, py.NewError(py.OSErrorType, "Can't do nonzero cur-relative seeks")
			}
			pos += s.pos
		case 2:
			if text && pos != 0 {
				return nil, py.NewError(py.OSErrorType, "Can't do nonzero end-relative seeks")
			}
			pos += s.size()
		default:
			if text {
				return nil, py.Errorf(py.ValueErrorType, "Invalid whence (", strconv.Itoa(whence), ", should be 0, 1 or 2)")
			}
			return nil, py.Errorf(py.ValueErrorType, "invalid whence (", strconv.Itoa(whence), ", should be 0, 1 or 2)")
		}
		if pos < 0 {
			pos = 0
		}
		s.pos = pos
		return py.MakeInt(int64(pos)), nil
	})
	add("truncate", true, func(th *py.Thread, s *Stream, args []py.Value) (py.Value, error) {
		n := s.pos
		if len(args) > 0 && args[0] != py.None {
			var err error
			if n, err = py.AsInt(th, args[0]); err != nil {
				return nil, err
			}
			if n < 0 {
				return nil, py.Errorf(py.ValueErrorType, "Negative size value ", strconv.Itoa(n))
			}
		}
		if n < s.size() {
			if s.text {
				s.runes = s.runes[:n]
			} else {
				s.bytes = s.bytes[:n]
			}
		}
		return py.MakeInt(int64(n)), nil
	})
	add("close", false, func(th *py.Thread, s *Stream, args []py.Value) (py.Value, error) {
		s.closed = true
		return py.None, nil
	})
	add("flush", true, func(th *py.Thread, s *Stream, args []py.Value) (py.Value, error) { return py.None, nil })
	for _, name := range []string{"readable", "writable", "seekable"} {
		add(name, true, func(th *py.Thread, s *Stream, args []py.Value) (py.Value, error) { return py.True, nil })
	}
	add("isatty", true, func(th *py.Thread, s *Stream, args []py.Value) (py.Value, error) { return py.False, nil })
	add("__enter__", true, func(th *py.Thread, s *Stream, args []py.Value) (py.Value, error) { return nil, nil })
	add("__exit__", false, func(th *py.Thread, s *Stream, args []py.Value) (py.Value, error) {
		s.closed = true
		return py.None, nil
	})
	// __enter__ must return the object itself (possibly a subclass instance).
	t.AddMethod("__enter__", func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if err := streamOf(self).checkOpen(); err != nil {
			return nil, err
		}
		return self, nil
	})
	t.AddGetter("closed", func(th *py.Thread, self py.Value) (py.Value, error) {
		return py.MakeBool(streamOf(self).closed), nil
	})
	if text {
		t.AddGetter("newlines", func(th *py.Thread, self py.Value) (py.Value, error) { return py.None, nil })
		t.AddGetter("line_buffering", func(th *py.Thread, self py.Value) (py.Value, error) { return py.False, nil })
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// streamOf returns the Stream behind v (a Stream or a subclass instance).
func streamOf(v py.Value) *Stream {
	switch x := v.(type) {
	case *Stream:
		return x
	case *py.Instance:
		if s, ok := x.Base.(*Stream); ok {
			return s
		}
	}
	return &Stream{closed: true}
}
