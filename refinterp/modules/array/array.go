// Package array implements Python's array module for refinterp: typed
// arrays with typecodes b B u h H i I l L q Q f d (CPython's x86-64 item
// sizes), stored as raw little-endian bytes so that struct.pack_into,
// BytesIO.readinto and friends can write into them (BufferBytes). It
// supports construction from iterables, bytes and arrays, indexing and
// slicing (get, set, delete), concatenation, repetition, comparison and
// the usual methods, with CPython's messages. uarray is an alias.
package array

import (
	"encoding/binary"
	"math"
	"math/big"
	"strings"
	"unicode/utf8"

	"github.com/mptest/mptest/refinterp/py"
)

// ArrayType is array.array.
var ArrayType = py.NewBuiltinType("array", nil)

// Array is an array.array: elements of one typecode packed in data.
type Array struct {
	code byte
	size int
	data []byte
}

// Type returns ArrayType.
func (*Array) Type() *py.Type { return ArrayType }

// BufferBytes exposes the live contents (the buffer protocol).
func (a *Array) BufferBytes() []byte { return a.data }

const typecodes = "bBuhHiIlLqQfd"

var itemSize = map[byte]int{'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}

func init() {
	initType()
	py.RegisterModule("array", newModule)
	py.RegisterModule("uarray", newModule)
}

func newModule(th *py.Thread) (*py.Module, error) {
	m := py.NewModule("array")
	m.Set("array", ArrayType)
	m.Set("ArrayType", ArrayType)
	m.Set("typecodes", py.NewStr(typecodes))
	return m, nil
}

func (a *Array) n() int { return len(a.data) / a.size }

// get decodes element i.
func (a *Array) get(i int) py.Value {
	p := a.data[i*a.size : (i+1)*a.size]
	le := binary.LittleEndian
	switch a.code {
	case 'b':
		return py.MakeInt(int64(int8(p[0])))
	case 'B':
		return py.MakeInt(int64(p[0]))
	case 'u':
		return py.NewStr(string(rune(le.Uint32(p))))
	case 'h':
		return py.MakeInt(int64(int16(le.Uint16(p))))
	case 'H':
		return py.MakeInt(int64(le.Uint16(p)))
	case 'i':
		return py.MakeInt(int64(int32(le.Uint32(p))))
	case 'I':
		return py.MakeInt(int64(le.Uint32(p)))
	case 'l', 'q':
		return py.MakeInt(int64(le.Uint64(p)))
	case 'L', 'Q':
		x := le.Uint64(p)
		if x > math.MaxInt64 {
			return py.MakeBigInt(new(big.Int).SetUint64(x))
		}
		return py.MakeInt(int64(x))
	case 'f':
		return py.MakeFloat(float64(math.Float32frombits(le.Uint32(p))))
	}
	return py.MakeFloat(math.Float64frombits(le.Uint64(p)))
}

func overflow(msg string) error { return py.NewError(py.OverflowErrorType, msg) }

var (
	minInt64 = big.NewInt(math.MinInt64)
	maxInt64 = big.NewInt(math.MaxInt64)
	maxUint  = new(big.Int).SetUint64(math.MaxUint64)
)

// encode converts v for the array's typecode into p, with CPython's
// checks (each typecode goes through a particular C conversion, hence the
// varied messages).
func (a *Array) encode(th *py.Thread, v py.Value, p []byte) error {
	le := binary.LittleEndian
	switch a.code {
	case 'f', 'd':
		x, err := py.FloatOf(th, v)
		if err != nil {
			return err
		}
		if a.code == 'f' {
			le.PutUint32(p, math.Float32bits(float32(x)))
		} else {
			le.PutUint64(p, math.Float64bits(x))
		}
		return nil
	case 'u':
		s, ok := py.StrOf(v)
		if !ok || utf8.RuneCountInString(s) != 1 {
			if ok {
				return py.Errorf(py.TypeErrorType, "array item must be unicode character")
			}
			return py.Errorf(py.TypeErrorType, "array item must be unicode character")
		}
		r, _ := utf8.DecodeRuneInString(s)
		le.PutUint32(p, uint32(r))
		return nil
	}
	iv, err := py.Index(th, v)
	if err != nil {
		return err
	}
	b, _ := py.BigIntOf(iv)
	fits := b.Cmp(minInt64) >= 0 && b.Cmp(maxInt64) <= 0
	tooBigLong := overflow("Python int too large to convert to C long")
	rng := func(x, lo, hi int64, name string) error {
		if x > hi {
			return overflow(name + " is greater than maximum")
		}
		if x < lo {
			return overflow(name + " is less than minimum")
		}
		return nil
	}
	switch a.code {
	case 'b', 'B', 'h', 'H', 'i', 'l':
		if !fits {
			return tooBigLong
		}
		x := b.Int64()
		var err error
		switch a.code {
		case 'b':
			if err = rng(x, -32768, 32767, "signed short integer"); err == nil {
				err = rng(x, -128, 127, "signed char")
			}
			p[0] = byte(x)
		case 'B':
			err = rng(x, 0, 255, "unsigned byte integer")
			p[0] = byte(x)
		case 'h':
			err = rng(x, -32768, 32767, "signed short integer")
			le.PutUint16(p, uint16(x))
		case 'H':
			if err = rng(x, math.MinInt32, math.MaxInt32, "signed integer"); err == nil {
				err = rng(x, 0, 65535, "unsigned short")
			}
			le.PutUint16(p, uint16(x))
		case 'i':
			err = rng(x, math.MinInt32, math.MaxInt32, "signed integer")
			le.PutUint32(p, uint32(x))
		case 'l':
			le.PutUint64(p, uint64(x))
		}
		return err
	case 'I', 'L':
		if b.Sign() < 0 {
			return overflow("can't convert negative value to unsigned int")
		}
		if b.Cmp(maxUint) > 0 {
			return overflow("Python int too large to convert to C unsigned long")
		}
		x := b.Uint64()
		if a.code == 'I' {
			if x > math.MaxUint32 {
				return overflow("unsigned int is greater than maximum")
			}
			le.PutUint32(p, uint32(x))
		} else {
			le.PutUint64(p, x)
		}
		return nil
	case 'q':
		if !fits {
			return overflow("int too big to convert")
		}
		le.PutUint64(p, uint64(b.Int64()))
		return nil
	}
	// 'Q'
	if b.Sign() < 0 {
		return overflow("can't convert negative int to unsigned")
	}
	if b.Cmp(maxUint) > 0 {
		return overflow("int too big to convert")
	}
	le.PutUint64(p, b.Uint64())
	return nil
}

func (a *Array) append(th *py.Thread, v py.Value) error {
	var buf [8]byte
	p := buf[:a.size]
	if err := a.encode(th, v, p); err != nil {
		return err
	}
	if err := py.CheckAlloc(a.size); err != nil {
		return err
	}
	a.data = append(a.data, p...)
	return nil
}

// extend appends the items of an iterable (or the contents of an array
// of the same typecode).
func (a *Array) extend(th *py.Thread, it py.Value) error {
	if o, ok := it.(*Array); ok {
		if o.code != a.code {
			return py.NewError(py.TypeErrorType, "can only extend with array of same kind")
		}
		a.data = append(a.data, o.data...)
		return nil
	}
	return py.ForEach(th, it, func(v py.Value) error { return a.append(th, v) })
}

func (a *Array) frombytes(b []byte) error {
	if len(b)%a.size != 0 {
		return py.NewError(py.ValueErrorType, "bytes length not a multiple of item size")
	}
	if err := py.CheckAlloc(len(b)); err != nil {
		return err
	}
	a.data = append(a.data, b...)
	return nil
}

func newArray(th *py.Thread, cls *py.Type, args []py.Value, kw *py.Kwargs) (py.Value, error) {
	if kw.Len() > 0 {
		return nil, py.NewError(py.TypeErrorType, "array.array() takes no keyword arguments")
	}
	if len(args) < 1 || len(args) > 2 {
		return nil, py.Errorf(py.TypeErrorType, "array() takes at most 2 arguments (", itoa(len(args)), " given)")
	}
	tc, ok := py.StrOf(args[0])
	if !ok || len([]rune(tc)) != 1 {
		if ok {
			return nil, py.Errorf(py.TypeErrorType, "array() argument 1 must be a unicode character, not str")
		}
		return nil, py.Errorf(py.TypeErrorType, "array() argument 1 must be a unicode character, not ", py.TypeName(args[0]))
	}
	if len(tc) != 1 || !strings.Contains(typecodes, tc) {
		return nil, py.NewError(py.ValueErrorType, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
	}
	a := &Array{code: tc[0], size: itemSize[tc[0]]}
	if len(args) == 2 {
		init := args[1]
		switch x := init.(type) {
		case *py.Bytes:
			if err := a.frombytes(x.Data()); err != nil {
				return nil, err
			}
			return a, nil
		case *Array:
			if x.code != a.code {
				if a.code == 'u' || x.code == 'u' {
					return nil, py.Errorf(py.TypeErrorType, "cannot use a unicode array to initialize an array with typecode '", tc, "'")
				}
				for i := 0; i < x.n(); i++ {
					if err := a.append(th, x.get(i)); err != nil {
						return nil, err
					}
				}
				return a, nil
			}
		}
		if s, ok := py.StrOf(init); ok {
			if a.code != 'u' {
				return nil, py.Errorf(py.TypeErrorType, "cannot use a str to initialize an array with typecode '", tc, "'")
			}
			for _, r := range s {
				if err := a.append(th, py.NewStr(string(r))); err != nil {
					return nil, err
				}
			}
			return a, nil
		}
		if err := a.extend(th, init); err != nil {
			return nil, err
		}
	}
	return a, nil
}

func itoa(n int) string { return big.NewInt(int64(n)).String() }
