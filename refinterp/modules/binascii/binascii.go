// Package binascii implements Python's binascii module for refinterp:
// hexlify/b2a_hex (with sep and bytes_per_sep), unhexlify/a2b_hex,
// a2b_base64 (CPython's lenient and strict modes) and b2a_base64 (with
// newline), crc32, and binascii.Error. ubinascii is an alias.
package binascii

import (
	"encoding/base64"
	"hash/crc32"
	"strconv"

	"github.com/mptest/mptest/refinterp/py"
)

// ErrorType is binascii.Error (a ValueError).
var ErrorType = py.NewBuiltinType("Error", py.ValueErrorType)

// IncompleteType is binascii.Incomplete.
var IncompleteType = py.NewBuiltinType("Incomplete", py.ExceptionType)

func init() {
	for _, t := range []*py.Type{ErrorType, IncompleteType} {
		t.Flags |= py.FlagBaseType | py.FlagException
		t.Module = "binascii"
		t.Flags |= py.FlagDottedName
	}
	py.RegisterModule("binascii", newModule)
	py.RegisterModule("ubinascii", newModule)
}

func binErr(msg string) error { return py.NewError(ErrorType, msg) }

// bytesArg accepts a bytes-like object.
func bytesArg(th *py.Thread, v py.Value) ([]byte, error) {
	switch b := v.(type) {
	case *py.Bytes:
		return b.Data(), nil
	case interface{ BufferBytes() []byte }:
		return b.BufferBytes(), nil
	case *py.MemoryView:
		r, err := py.CallMethod(th, v, "tobytes")
		if err != nil {
			return nil, err
		}
		return r.(*py.Bytes).Data(), nil
	}
	return nil, py.Errorf(py.TypeErrorType, "a bytes-like object is required, not '", py.TypeName(v), "'")
}

// asciiArg accepts bytes-like objects and ASCII-only str (a2b_* functions).
func asciiArg(th *py.Thread, v py.Value) ([]byte, error) {
	if s, ok := py.StrOf(v); ok {
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				return nil, py.NewError(py.ValueErrorType, "string argument should contain only ASCII characters")
			}
		}
		return []byte(s), nil
	}
	b, err := bytesArg(th, v)
	if err != nil {
		return nil, py.Errorf(py.TypeErrorType, "argument should be bytes, buffer or ASCII string, not '", py.TypeName(v), "'")
	}
	return b, nil
}

const hexDigits = "0123456789abcdef"

func hexlify(th *py.Thread, fname string, args []py.Value, kw *py.Kwargs) (py.Value, error) {
	a, err := py.BindArgs(py.ClinicArgs, fname, args, kw, []string{"data", "sep", "bytes_per_sep"}, 1, 0)
	if err != nil {
		return nil, err
	}
	data, err := bytesArg(th, a[0])
	if err != nil {
		return nil, err
	}
	var sep []byte
	if a[1] != nil && a[1] != py.None {
		if s, ok := py.StrOf(a[1]); ok {
			sep = []byte(s)
		} else if b, ok := a[1].(*py.Bytes); ok {
			sep = b.Data()
		} else {
			return nil, py.Errorf(py.TypeErrorType, "sep must be str or bytes.")
		}
		if len(sep) != 1 {
			return nil, py.NewError(py.ValueErrorType, "sep must be length 1.")
		}
	}
	per := 1
	if a[2] != nil {
		if per, err = py.AsInt(th, a[2]); err != nil {
			return nil, err
		}
	}
	if err := py.CheckAlloc(3 * len(data)); err != nil {
		return nil, err
	}
	out := make([]byte, 0, 3*len(data))
	n := len(data)
	for i, c := range data {
		if sep != nil && i > 0 && per != 0 {
			var boundary bool
			if per > 0 {
				boundary = (n-i)%per == 0
			} else {
				boundary = i%(-per) == 0
			}
			if boundary {
				out = append(out, sep[0])
			}
		}
		out = append(out, hexDigits[c>>4], hexDigits[c&15])
	}
	return py.NewBytes(out), nil
}

func unhexlify(th *py.Thread, fname string, args []py.Value, kw *py.Kwargs) (py.Value, error) {
	a, err := py.BindArgs(py.ClinicArgs, fname, args, kw, []string{"hexstr"}, 1, 0)
	if err != nil {
		return nil, err
	}
	s, err := asciiArg(th, a[0])
	if err != nil {
		return nil, err
	}
	if len(s)%2 != 0 {
		return nil, binErr("Odd-length string")
	}
	out := make([]byte, len(s)/2)
	for i := range out {
		hi, ok1 := hexVal(s[2*i])
		lo, ok2 := hexVal(s[2*i+1])
		if !ok1 || !ok2 {
			return nil, binErr("Non-hexadecimal digit found")
		}
		out[i] = hi<<4 | lo
	}
	return py.NewBytes(out), nil
}

func hexVal(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

func b64val(c byte) int {
	switch {
	case c >= 'A' && c <= 'Z':
		return int(c - 'A')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 26
	case c >= '0' && c <= '9':
		return int(c-'0') + 52
	case c == '+':
		return 62
	case c == '/':
		return 63
	}
	return -1
}

// a2bBase64 decodes like CPython's binascii: invalid characters are
// skipped unless strict, and a complete pad sequence ends the data.
func a2bBase64(s []byte, strict bool) ([]byte, error) {
	var out []byte
	quad, pads, left, count := 0, 0, 0, 0
	padStarted := false
	if strict && len(s) > 0 && s[0] == '=' {
		return nil, binErr("Leading padding not allowed")
	}
	for i, c := range s {
		if c == '=' {
			padStarted = true
			if quad >= 2 {
				pads++
				if quad+pads >= 4 {
					if strict && i+1 < len(s) {
						return nil, binErr("Excess data after padding")
					}
					return out, nil
				}
			}
			continue
		}
		v := b64val(c)
		if v < 0 {
			if strict {
				return nil, binErr("Only base64 data is allowed")
			}
			continue
		}
		if strict && padStarted {
			return nil, binErr("Discontinuous padding not allowed")
		}
		pads = 0
		count++
		switch quad {
		case 0:
			quad, left = 1, v
		case 1:
			quad = 2
			out = append(out, byte(left<<2|v>>4))
			left = v & 0x0f
		case 2:
			quad = 3
			out = append(out, byte(left<<4|v>>2))
			left = v & 0x03
		case 3:
			quad = 0
			out = append(out, byte(left<<6|v))
			left = 0
		}
	}
	if quad != 0 {
		if quad == 1 {
			return nil, binErr("Invalid base64-encoded string: number of data characters (" + strconv.Itoa(count) +
				") cannot be 1 more than a multiple of 4")
		}
		return nil, binErr("Incorrect padding")
	}
	return out, nil
}

func newModule(th *py.Thread) (*py.Module, error) {
	m := py.NewModule("binascii")
	m.Set("Error", ErrorType)
	m.Set("Incomplete", IncompleteType)
	for _, name := range []string{"hexlify", "b2a_hex"} {
		name := name
		m.AddFunc(name, func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
			return hexlify(th, name, args, kw)
		})
	}
	for _, name := range []string{"unhexlify", "a2b_hex"} {
		name := name
		m.AddFunc(name, func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
			return unhexlify(th, name, args, kw)
		})
	}
	m.AddFunc("a2b_base64", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		a, err := py.BindArgs(py.ClinicArgs, "a2b_base64", args, kw, []string{"data", "strict_mode"}, 1, 0)
		if err != nil {
			return nil, err
		}
		s, err := asciiArg(th, a[0])
		if err != nil {
			return nil, err
		}
		strict := false
		if a[1] != nil {
			if strict, err = py.Truth(th, a[1]); err != nil {
				return nil, err
			}
		}
		out, err := a2bBase64(s, strict)
		if err != nil {
			return nil, err
		}
		return py.NewBytes(out), nil
	})
	m.AddFunc("b2a_base64", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if len(args) > 1 {
			return nil, py.Errorf(py.TypeErrorType, "b2a_base64() takes exactly 1 positional argument (", strconv.Itoa(len(args)), " given)")
		}
		a, err := py.BindArgs(py.ClinicArgs, "b2a_base64", args, kw, []string{"data", "newline"}, 1, 0)
		if err != nil {
			return nil, err
		}
		data, err := bytesArg(th, a[0])
		if err != nil {
			return nil, err
		}
		nl := true
		if a[1] != nil {
			if nl, err = py.Truth(th, a[1]); err != nil {
				return nil, err
			}
		}
		if err := py.CheckAlloc(len(data)*4/3 + 4); err != nil {
			return nil, err
		}
		out := []byte(base64.StdEncoding.EncodeToString(data))
		if nl {
			out = append(out, '\n')
		}
		return py.NewBytes(out), nil
	})
	m.AddFunc("crc32", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if kw.Len() > 0 {
			return nil, py.NewError(py.TypeErrorType, "crc32() takes no keyword arguments")
		}
		if len(args) < 1 || len(args) > 2 {
			return nil, py.Errorf(py.TypeErrorType, "crc32 expected at least 1 argument, got ", strconv.Itoa(len(args)))
		}
		data, err := bytesArg(th, args[0])
		if err != nil {
			return nil, err
		}
		var crc uint32
		if len(args) == 2 {
			b, err := py.Index(th, args[1])
			if err != nil {
				return nil, err
			}
			v, _ := py.BigIntOf(b)
			crc = uint32(v.Uint64())
			if v.Sign() < 0 {
				crc = uint32(v.Int64())
			}
		}
		return py.MakeInt(int64(crc32.Update(crc, crc32.IEEETable, data))), nil
	})
	return m, nil
}
