// Package structmod implements Python's struct module for refinterp
// (the directory is struct; struct is a Go keyword). Formats follow
// CPython 3.11 on a 64-bit little-endian host: byte orders @ = < > !,
// repeat counts, codes x c b B ? h H i I l L q Q n N e f d s p P, native
// sizes and alignment for @, and struct.error with CPython's messages.
// MicroPython's ustruct is registered as an alias.
package structmod

import (
	"encoding/binary"
	"math"
	"math/big"
	"sync"

	"github.com/mptest/mptest/refinterp/py"
)

// ErrorType is struct.error.
var ErrorType = py.NewBuiltinType("error", py.ExceptionType)

// StructType is struct.Struct.
var StructType = py.NewBuiltinType("Struct", nil)

// Struct is a compiled format (struct.Struct).
type Struct struct {
	f      *format
	fmtVal py.Value
}

// Type returns StructType.
func (*Struct) Type() *py.Type { return StructType }

// Buffer is implemented by values other than bytes and bytearray whose
// contents struct can read and write (array.array).
type Buffer interface {
	BufferBytes() []byte
}

func init() {
	ErrorType.Flags |= py.FlagBaseType | py.FlagException
	ErrorType.Module = "struct"
	ErrorType.Flags |= py.FlagDottedName
	StructType.Module = "_struct"
	StructType.Flags |= py.FlagDottedName
	initStruct()
	py.RegisterModule("struct", newModule)
	py.RegisterModule("ustruct", newModule)
}

// formatCache holds parsed formats; interpreters may run in parallel
// goroutines, hence the lock.
var (
	formatMu    sync.Mutex
	formatCache = map[string]*format{}
)

func getFormat(th *py.Thread, v py.Value) (*format, error) {
	var s string
	switch x := v.(type) {
	case *py.Bytes:
		s = string(x.Data())
	default:
		str, ok := py.StrOf(v)
		if !ok {
			return nil, py.Errorf(py.TypeErrorType, "Struct() argument 1 must be a str or bytes object, not ", py.TypeName(v))
		}
		s = str
	}
	formatMu.Lock()
	defer formatMu.Unlock()
	if f := formatCache[s]; f != nil {
		return f, nil
	}
	f, err := parseFormat(s)
	if err != nil {
		return nil, err
	}
	if len(formatCache) > 100 {
		formatCache = map[string]*format{}
	}
	formatCache[s] = f
	return f, nil
}

// readBuffer returns the bytes of a bytes-like object.
func readBuffer(th *py.Thread, v py.Value) ([]byte, error) {
	switch x := v.(type) {
	case *py.Bytes:
		return x.Data(), nil
	case Buffer:
		return x.BufferBytes(), nil
	case *py.MemoryView:
		// bytes(memoryview) is missing in the core; tobytes() works.
		b, err := py.CallMethod(th, v, "tobytes")
		if err != nil {
			return nil, err
		}
		if bb, ok := b.(*py.Bytes); ok {
			return bb.Data(), nil
		}
		return nil, py.Errorf(py.TypeErrorType, "a bytes-like object is required, not '", py.TypeName(v), "'")
	}
	return nil, py.Errorf(py.TypeErrorType, "a bytes-like object is required, not '", py.TypeName(v), "'")
}

func (f *format) byteOrder() binary.ByteOrder {
	if f.big {
		return binary.BigEndian
	}
	return binary.LittleEndian
}

var (
	minInt64 = big.NewInt(math.MinInt64)
	maxInt64 = big.NewInt(math.MaxInt64)
	maxUint  = new(big.Int).SetUint64(math.MaxUint64)
)

func rangeMsg(prefix string, lo, hi string) error {
	return structError(prefix + " format requires " + lo + " <= number <= " + hi)
}

// packInt converts v for an integer code with CPython's checks and
// messages (which differ between codes and byte orders).
func (f *format) packInt(th *py.Thread, code byte, size int, v py.Value) (uint64, error) {
	iv, err := py.Index(th, v)
	if err != nil {
		if e, ok := err.(*py.Exception); ok && e.Class.IsSubtype(py.TypeErrorType) {
			return 0, structError("required argument is not an integer")
		}
		return 0, err
	}
	b, _ := py.BigIntOf(iv)
	fits64 := b.Cmp(minInt64) >= 0 && b.Cmp(maxInt64) <= 0
	outOfRange := structError("argument out of range")
	named := func(name string, lo, hi int64) (uint64, error) {
		if !fits64 {
			return 0, outOfRange
		}
		x := b.Int64()
		if x < lo || x > hi {
			return 0, rangeMsg(name, itoa(lo), itoa(hi))
		}
		return uint64(x), nil
	}
	switch {
	case code == 'b':
		return named("byte", -128, 127)
	case code == 'B':
		return named("ubyte", 0, 255)
	case code == 'h' && !f.big:
		return named("short", -32768, 32767)
	case code == 'H' && !f.big:
		return named("ushort", 0, 65535)
	case code == 'P':
		if b.Sign() < 0 {
			if !fits64 {
				return 0, outOfRange
			}
			return uint64(b.Int64()), nil
		}
		if b.Cmp(maxUint) > 0 {
			return 0, outOfRange
		}
		return b.Uint64(), nil
	}
	signed := code >= 'a' && code <= 'z'
	if size == 8 && f.big {
		if (signed && !fits64) || (!signed && (b.Sign() < 0 || b.Cmp(maxUint) > 0)) {
			return 0, structError("int too large to convert")
		}
	}
	if signed {
		if !fits64 {
			return 0, outOfRange
		}
		x := b.Int64()
		if size < 8 {
			lo, hi := int64(-1)<<(8*size-1), int64(1)<<(8*size-1)-1
			if x < lo || x > hi {
				return 0, rangeMsg("'"+string(code)+"'", itoa(lo), itoa(hi))
			}
		}
		return uint64(x), nil
	}
	if b.Sign() < 0 || b.Cmp(maxUint) > 0 {
		return 0, outOfRange
	}
	x := b.Uint64()
	if size < 8 && x >= 1<<(8*size) {
		return 0, rangeMsg("'"+string(code)+"'", "0", itoa(int64(1)<<(8*size)-1))
	}
	return x, nil
}

func itoa(n int64) string { return big.NewInt(n).String() }

func (f *format) putUint(dst []byte, size int, x uint64) {
	o := f.byteOrder()
	switch size {
	case 1:
		dst[0] = byte(x)
	case 2:
		o.PutUint16(dst, uint16(x))
	case 4:
		o.PutUint32(dst, uint32(x))
	case 8:
		o.PutUint64(dst, x)
	}
}

func (f *format) getUint(src []byte, size int) uint64 {
	o := f.byteOrder()
	switch size {
	case 1:
		return uint64(src[0])
	case 2:
		return uint64(o.Uint16(src))
	case 4:
		return uint64(o.Uint32(src))
	}
	return o.Uint64(src)
}

func packFloat(th *py.Thread, v py.Value) (float64, error) {
	switch v.(type) {
	case py.Float, py.Int, *py.BigInt, py.Bool:
	default:
		if _, ok := v.(*py.Instance); !ok {
			return 0, structError("required argument is not a float")
		}
	}
	x, err := py.FloatOf(th, v)
	if err != nil {
		if e, ok := err.(*py.Exception); ok && e.Class.IsSubtype(py.TypeErrorType) {
			return 0, structError("required argument is not a float")
		}
	}
	return x, err
}

// pack encodes values into dst (len f.size).
func (f *format) pack(th *py.Thread, dst []byte, args []py.Value, fname string) error {
	if len(args) != f.nargs {
		return structError(fname + " expected " + itoa(int64(f.nargs)) + " items for packing (got " + itoa(int64(len(args))) + ")")
	}
	ai := 0
	for _, it := range f.items {
		switch it.code {
		case 'x':
			continue
		case 's', 'p':
			b, ok := args[ai].(*py.Bytes)
			ai++
			if !ok {
				return structError("argument for '" + string(it.code) + "' must be a bytes object")
			}
			data := b.Data()
			out := dst[it.offset : it.offset+it.count]
			if it.code == 's' {
				n := copy(out, data)
				for i := n; i < len(out); i++ {
					out[i] = 0
				}
				continue
			}
			if it.count == 0 {
				continue
			}
			n := len(data)
			if n > it.count-1 {
				n = it.count - 1
			}
			if n > 255 {
				n = 255
			}
			out[0] = byte(n)
			copy(out[1:], data[:n])
			for i := 1 + n; i < len(out); i++ {
				out[i] = 0
			}
			continue
		}
		for k := 0; k < it.count; k++ {
			v := args[ai]
			ai++
			p := dst[it.offset+k*it.size : it.offset+(k+1)*it.size]
			switch it.code {
			case 'c':
				b, ok := v.(*py.Bytes)
				if !ok || len(b.Data()) != 1 {
					return structError("char format requires a bytes object of length 1")
				}
				p[0] = b.Data()[0]
			case '?':
				t, err := py.Truth(th, v)
				if err != nil {
					return err
				}
				p[0] = 0
				if t {
					p[0] = 1
				}
			case 'e', 'f', 'd':
				x, err := packFloat(th, v)
				if err != nil {
					return err
				}
				switch it.code {
				case 'd':
					bits := math.Float64bits(x)
					if x != x {
						// Go's NaN has a payload bit CPython's lacks
						bits = bits&(1<<63) | 0x7ff8000000000000
					}
					f.putUint(p, 8, bits)
				case 'f':
					y := float32(x)
					if math.IsInf(float64(y), 0) && !math.IsInf(x, 0) {
						return py.NewError(py.OverflowErrorType, "float too large to pack with f format")
					}
					f.putUint(p, 4, uint64(math.Float32bits(y)))
				case 'e':
					h, ok := toHalf(x)
					if !ok {
						return py.NewError(py.OverflowErrorType, "float too large to pack with e format")
					}
					f.putUint(p, 2, uint64(h))
				}
			default:
				x, err := f.packInt(th, it.code, it.size, v)
				if err != nil {
					return err
				}
				f.putUint(p, it.size, x)
			}
		}
	}
	return nil
}

// unpack decodes src (len f.size).
func (f *format) unpack(src []byte) []py.Value {
	out := make([]py.Value, 0, f.nargs)
	for _, it := range f.items {
		switch it.code {
		case 'x':
			continue
		case 's':
			out = append(out, py.NewBytes(append([]byte(nil), src[it.offset:it.offset+it.count]...)))
			continue
		case 'p':
			if it.count == 0 {
				out = append(out, py.NewBytes(nil))
				continue
			}
			n := int(src[it.offset])
			if n > it.count-1 {
				n = it.count - 1
			}
			out = append(out, py.NewBytes(append([]byte(nil), src[it.offset+1:it.offset+1+n]...)))
			continue
		}
		for k := 0; k < it.count; k++ {
			p := src[it.offset+k*it.size : it.offset+(k+1)*it.size]
			switch it.code {
			case 'c':
				out = append(out, py.NewBytes([]byte{p[0]}))
			case '?':
				out = append(out, py.MakeBool(p[0] != 0))
			case 'd':
				out = append(out, py.MakeFloat(math.Float64frombits(f.getUint(p, 8))))
			case 'f':
				out = append(out, py.MakeFloat(float64(math.Float32frombits(uint32(f.getUint(p, 4))))))
			case 'e':
				out = append(out, py.MakeFloat(fromHalf(uint16(f.getUint(p, 2)))))
			default:
				x := f.getUint(p, it.size)
				if it.code >= 'a' && it.code <= 'z' {
					shift := uint(64 - 8*it.size)
					out = append(out, py.MakeInt(int64(x<<shift)>>shift))
				} else if x > math.MaxInt64 {
					out = append(out, py.MakeBigInt(new(big.Int).SetUint64(x)))
				} else {
					out = append(out, py.MakeInt(int64(x)))
				}
			}
		}
	}
	return out
}

// toHalf rounds x to IEEE binary16 (round half to even); ok is false on
// overflow.
func toHalf(x float64) (uint16, bool) {
	bits := math.Float64bits(x)
	sign := uint16(bits>>48) & 0x8000
	if math.IsNaN(x) {
		return sign | 0x7e00, true
	}
	if math.IsInf(x, 0) {
		return sign | 0x7c00, true
	}
	a := math.Abs(x)
	if a == 0 {
		return sign, true
	}
	// value = m * 2**e with m in [1, 2)
	m, e := math.Frexp(a) // a = m * 2**e, m in [0.5, 1)
	e--
	m *= 2
	var q float64
	var exp int
	if e < -14 {
		// subnormal: units of 2**-24
		q = math.RoundToEven(a * (1 << 24))
		if q >= 1024 {
			return sign | uint16(1<<10), true
		}
		return sign | uint16(q), true
	}
	q = math.RoundToEven((m - 1) * 1024)
	exp = e
	if q == 1024 {
		q = 0
		exp++
	}
	if exp > 15 {
		return 0, false
	}
	return sign | uint16(exp+15)<<10 | uint16(q), true
}

func fromHalf(h uint16) float64 {
	sign := 1.0
	if h&0x8000 != 0 {
		sign = -1
	}
	exp := int(h>>10) & 0x1f
	frac := float64(h & 0x3ff)
	switch exp {
	case 0:
		return sign * math.Ldexp(frac, -24)
	case 31:
		if frac == 0 {
			return math.Inf(int(sign))
		}
		return math.NaN()
	}
	return sign * math.Ldexp(1+frac/1024, exp-15)
}
