package structmod

import (
	"github.com/mptest/mptest/refinterp/py"
)

func newModule(th *py.Thread) (*py.Module, error) {
	m := py.NewModule("struct")
	m.Set("error", ErrorType)
	m.Set("Struct", StructType)
	withFormat := func(name string, fn func(th *py.Thread, f *format, args []py.Value, kw *py.Kwargs) (py.Value, error)) {
		m.AddFunc(name, func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
			if len(args) == 0 {
				if name == "pack" || name == "pack_into" {
					return nil, py.NewError(py.TypeErrorType, "missing format argument")
				}
				return nil, py.Errorf(py.TypeErrorType, name, "() missing required argument 'format' (pos 1)")
			}
			f, err := getFormat(th, args[0])
			if err != nil {
				return nil, err
			}
			return fn(th, f, args[1:], kw)
		})
	}
	withFormat("calcsize", func(th *py.Thread, f *format, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		return py.MakeInt(int64(f.size)), nil
	})
	withFormat("pack", packFunc)
	withFormat("pack_into", packIntoFunc)
	withFormat("unpack", unpackFunc)
	withFormat("unpack_from", unpackFromFunc)
	withFormat("iter_unpack", iterUnpackFunc)
	return m, nil
}

func noKw(name string, kw *py.Kwargs) error {
	if kw.Len() > 0 {
		return py.Errorf(py.TypeErrorType, name, "() takes no keyword arguments")
	}
	return nil
}

func packFunc(th *py.Thread, f *format, args []py.Value, kw *py.Kwargs) (py.Value, error) {
	if err := noKw("pack", kw); err != nil {
		return nil, err
	}
	if err := py.CheckAlloc(f.size); err != nil {
		return nil, err
	}
	out := make([]byte, f.size)
	if err := f.pack(th, out, args, "pack"); err != nil {
		return nil, err
	}
	return py.NewBytes(out), nil
}

func packIntoFunc(th *py.Thread, f *format, args []py.Value, kw *py.Kwargs) (py.Value, error) {
	if err := noKw("pack_into", kw); err != nil {
		return nil, err
	}
	if len(args) < 2 {
		if len(args) == 0 {
			return nil, structError("pack_into expected buffer argument")
		}
		return nil, structError("pack_into expected offset argument")
	}
	var buf []byte
	switch b := args[0].(type) {
	case *py.Bytes:
		if b.Type() != py.ByteArrayType {
			return nil, py.Errorf(py.TypeErrorType, "argument must be read-write bytes-like object, not ", py.TypeName(args[0]))
		}
		buf = b.Data()
	case Buffer:
		buf = b.BufferBytes()
	default:
		return nil, py.Errorf(py.TypeErrorType, "argument must be read-write bytes-like object, not ", py.TypeName(args[0]))
	}
	off, err := py.AsInt(th, args[1])
	if err != nil {
		return nil, err
	}
	n := len(buf)
	if off < 0 {
		if off+f.size > 0 {
			return nil, structError("no space to pack " + itoa(int64(f.size)) + " bytes at offset " + itoa(int64(off)))
		}
		if off+n < 0 {
			return nil, structError("offset " + itoa(int64(off)) + " out of range for " + itoa(int64(n)) + "-byte buffer")
		}
		off += n
	}
	if n-off < f.size {
		return nil, structError("pack_into requires a buffer of at least " + itoa(int64(f.size+off)) + " bytes for packing " +
			itoa(int64(f.size)) + " bytes at offset " + itoa(int64(off)) + " (actual buffer size is " + itoa(int64(n)) + ")")
	}
	tmp := make([]byte, f.size)
	if err := f.pack(th, tmp, args[2:], "pack_into"); err != nil {
		return nil, err
	}
	copy(buf[off:], tmp)
	return py.None, nil
}

func unpackFunc(th *py.Thread, f *format, args []py.Value, kw *py.Kwargs) (py.Value, error) {
	if err := noKw("unpack", kw); err != nil {
		return nil, err
	}
	if len(args) != 1 {
		return nil, py.Errorf(py.TypeErrorType, "unpack expected 2 arguments, got ", itoa(int64(len(args)+1)))
	}
	buf, err := readBuffer(th, args[0])
	if err != nil {
		return nil, err
	}
	if len(buf) != f.size {
		return nil, structError("unpack requires a buffer of " + itoa(int64(f.size)) + " bytes")
	}
	return py.NewTuple(f.unpack(buf)), nil
}

func unpackFromFunc(th *py.Thread, f *format, args []py.Value, kw *py.Kwargs) (py.Value, error) {
	var bufV, offV py.Value
	if len(args) > 0 {
		bufV = args[0]
	}
	if len(args) > 1 {
		offV = args[1]
	}
	if kw != nil {
		for i, n := range kw.Names {
			switch n {
			case "buffer":
				bufV = kw.Values[i]
			case "offset":
				offV = kw.Values[i]
			default:
				return nil, py.Errorf(py.TypeErrorType, "unpack_from() got an unexpected keyword argument '", n, "'")
			}
		}
	}
	if bufV == nil {
		return nil, py.NewError(py.TypeErrorType, "unpack_from() missing required argument 'buffer' (pos 2)")
	}
	buf, err := readBuffer(th, bufV)
	if err != nil {
		return nil, err
	}
	off := 0
	if offV != nil {
		if off, err = py.AsInt(th, offV); err != nil {
			return nil, err
		}
	}
	n := len(buf)
	if off < 0 {
		if off+n < 0 {
			return nil, structError("offset " + itoa(int64(off)) + " out of range for " + itoa(int64(n)) + "-byte buffer")
		}
		off += n
	}
	if n-off < f.size {
		return nil, structError("unpack_from requires a buffer of at least " + itoa(int64(f.size+off)) + " bytes for unpacking " +
			itoa(int64(f.size)) + " bytes at offset " + itoa(int64(off)) + " (actual buffer size is " + itoa(int64(n)) + ")")
	}
	return py.NewTuple(f.unpack(buf[off : off+f.size])), nil
}

func iterUnpackFunc(th *py.Thread, f *format, args []py.Value, kw *py.Kwargs) (py.Value, error) {
	if err := noKw("iter_unpack", kw); err != nil {
		return nil, err
	}
	if len(args) != 1 {
		return nil, py.Errorf(py.TypeErrorType, "iter_unpack expected 2 arguments, got ", itoa(int64(len(args)+1)))
	}
	buf, err := readBuffer(th, args[0])
	if err != nil {
		return nil, err
	}
	if f.size == 0 {
		return nil, structError("cannot iteratively unpack with a struct of length 0")
	}
	if len(buf)%f.size != 0 {
		return nil, structError("iterative unpacking requires a buffer of a multiple of " + itoa(int64(f.size)) + " bytes")
	}
	var out []py.Value
	for i := 0; i < len(buf); i += f.size {
		out = append(out, py.NewTuple(f.unpack(buf[i:i+f.size])))
	}
	return py.Iter(th, py.NewList(out))
}

func initStruct() {
	t := StructType
	t.New = func(th *py.Thread, cls *py.Type, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		var fv py.Value
		if len(args) == 1 {
			fv = args[0]
		} else if v := kw.Get("format"); v != nil && len(args) == 0 {
			fv = v
		} else {
			return nil, py.NewError(py.TypeErrorType, "Struct() missing required argument 'format' (pos 1)")
		}
		f, err := getFormat(th, fv)
		if err != nil {
			return nil, err
		}
		return &Struct{f: f, fmtVal: fv}, nil
	}
	t.AddGetter("format", func(th *py.Thread, self py.Value) (py.Value, error) {
		s := self.(*Struct)
		if b, ok := s.fmtVal.(*py.Bytes); ok {
			return py.NewStr(string(b.Data())), nil
		}
		return s.fmtVal, nil
	})
	t.AddGetter("size", func(th *py.Thread, self py.Value) (py.Value, error) {
		return py.MakeInt(int64(self.(*Struct).f.size)), nil
	})
	for name, fn := range map[string]func(th *py.Thread, f *format, args []py.Value, kw *py.Kwargs) (py.Value, error){
		"pack": packFunc, "pack_into": packIntoFunc, "unpack": unpackFunc, "unpack_from": unpackFromFunc, "iter_unpack": iterUnpackFunc,
	} {
		fn := fn
		t.AddMethod(name, func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
			return fn(th, self.(*Struct).f, args, kw)
		})
	}
}
