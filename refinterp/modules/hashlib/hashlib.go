// Package hashlib implements Python's hashlib module for refinterp on Go's
// crypto packages: md5, sha1, sha224, sha256, sha384, sha512 and new(),
// with update, digest, hexdigest, copy, name, digest_size and block_size.
// uhashlib is an alias.
package hashlib

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding"
	"hash"

	"github.com/mptest/mptest/refinterp/py"
)

// HashType is the type of hash objects (_hashlib.HASH).
var HashType = py.NewBuiltinType("HASH", nil)

// Hash is a running hash computation.
type Hash struct {
	name string
	h    hash.Hash
	mk   func() hash.Hash
}

// Type returns HashType.
func (*Hash) Type() *py.Type { return HashType }

var algorithms = []struct {
	name string
	mk   func() hash.Hash
}{
	{"md5", md5.New},
	{"sha1", sha1.New},
	{"sha224", sha256.New224},
	{"sha256", sha256.New},
	{"sha384", sha512.New384},
	{"sha512", sha512.New},
}

func init() {
	HashType.Module = "_hashlib"
	HashType.Flags |= py.FlagDottedName
	HashType.Repr = func(th *py.Thread, v py.Value) (string, error) {
		return "<" + v.(*Hash).name + " _hashlib.HASH object>", nil
	}
	HashType.AddMethod("update", func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if len(args) != 1 || kw.Len() > 0 {
			return nil, py.Errorf(py.TypeErrorType, "HASH.update() takes exactly one argument (", itoa(len(args)), " given)")
		}
		return py.None, self.(*Hash).update(th, args[0])
	})
	HashType.AddMethod("digest", func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		return py.NewBytes(self.(*Hash).h.Sum(nil)), nil
	})
	HashType.AddMethod("hexdigest", func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		const digits = "0123456789abcdef"
		sum := self.(*Hash).h.Sum(nil)
		out := make([]byte, 2*len(sum))
		for i, c := range sum {
			out[2*i], out[2*i+1] = digits[c>>4], digits[c&15]
		}
		return py.NewStr(string(out)), nil
	})
	HashType.AddMethod("copy", func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		h := self.(*Hash)
		c := &Hash{name: h.name, mk: h.mk, h: h.mk()}
		state, err := h.h.(encoding.BinaryMarshaler).MarshalBinary()
		if err == nil {
			err = c.h.(encoding.BinaryUnmarshaler).UnmarshalBinary(state)
		}
		if err != nil {
			return nil, py.NewError(py.ValueErrorType, "cannot copy hash state")
		}
		return c, nil
	})
	HashType.AddGetter("name", func(th *py.Thread, self py.Value) (py.Value, error) { return py.NewStr(self.(*Hash).name), nil })
	HashType.AddGetter("digest_size", func(th *py.Thread, self py.Value) (py.Value, error) {
		return py.MakeInt(int64(self.(*Hash).h.Size())), nil
	})
	HashType.AddGetter("block_size", func(th *py.Thread, self py.Value) (py.Value, error) {
		return py.MakeInt(int64(self.(*Hash).h.BlockSize())), nil
	})
	py.RegisterModule("hashlib", newModule)
	py.RegisterModule("uhashlib", newModule)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for ; n > 0; n /= 10 {
		s = string(rune('0'+n%10)) + s
	}
	return s
}

func (h *Hash) update(th *py.Thread, v py.Value) error {
	switch b := v.(type) {
	case *py.Bytes:
		h.h.Write(b.Data())
		return nil
	case interface{ BufferBytes() []byte }:
		h.h.Write(b.BufferBytes())
		return nil
	case *py.MemoryView:
		r, err := py.CallMethod(th, v, "tobytes")
		if err != nil {
			return err
		}
		h.h.Write(r.(*py.Bytes).Data())
		return nil
	}
	if _, ok := py.StrOf(v); ok {
		return py.NewError(py.TypeErrorType, "Strings must be encoded before hashing")
	}
	return py.Errorf(py.TypeErrorType, "object supporting the buffer API required")
}

// construct makes a hash from the optional data argument (positional,
// or keyword string) and ignores usedforsecurity.
func construct(th *py.Thread, name string, mk func() hash.Hash, args []py.Value, kw *py.Kwargs) (py.Value, error) {
	if len(args) > 1 {
		return nil, py.Errorf(py.TypeErrorType, "openssl_", name, "() takes at most 1 positional argument (", itoa(len(args)), " given)")
	}
	var data py.Value
	if len(args) == 1 {
		data = args[0]
	}
	if kw != nil {
		for i, n := range kw.Names {
			switch n {
			case "string":
				data = kw.Values[i]
			case "usedforsecurity":
			default:
				return nil, py.Errorf(py.TypeErrorType, "'", n, "' is an invalid keyword argument for openssl_", name, "()")
			}
		}
	}
	h := &Hash{name: name, mk: mk, h: mk()}
	if data != nil {
		if err := h.update(th, data); err != nil {
			return nil, err
		}
	}
	return h, nil
}

func newModule(th *py.Thread) (*py.Module, error) {
	m := py.NewModule("hashlib")
	names := make([]py.Value, 0, len(algorithms))
	for _, a := range algorithms {
		a := a
		names = append(names, py.NewStr(a.name))
		m.AddFunc(a.name, func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
			return construct(th, a.name, a.mk, args, kw)
		})
	}
	m.AddFunc("new", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if len(args) < 1 {
			return nil, py.NewError(py.TypeErrorType, "new() missing required argument 'name' (pos 1)")
		}
		name, ok := py.StrOf(args[0])
		if !ok {
			return nil, py.Errorf(py.TypeErrorType, "new() argument 'name' must be str, not ", py.TypeName(args[0]))
		}
		lower := []byte(name)
		for i, c := range lower {
			if c >= 'A' && c <= 'Z' {
				lower[i] = c + 32
			}
		}
		for _, a := range algorithms {
			if a.name == string(lower) {
				return construct(th, a.name, a.mk, args[1:], kw)
			}
		}
		return nil, py.Errorf(py.ValueErrorType, "unsupported hash type ", name)
	})
	set, err := py.NewSetFrom(th, py.NewTuple(names))
	if err != nil {
		return nil, err
	}
	m.Set("algorithms_guaranteed", set)
	m.Set("algorithms_available", set)
	return m, nil
}
