// Package random implements Python's random module for refinterp with
// CPython's generator: MT19937 seeded like CPython (ints, floats via
// hash, str and bytes via SHA-512), getrandbits and _randbelow built the
// same way, so that random.seed(n) followed by random(), randrange,
// randint, choice, shuffle, sample, choices, uniform, gauss, ... gives
// CPython's exact values. random.Random instances have their own state.
// urandom is registered as an alias with MicroPython's subset included.
package random

import (
	"crypto/rand"
	"crypto/sha512"
	"encoding/binary"
	"math"
	"math/big"
	gotime "time"

	"github.com/mptest/mptest/refinterp/py"
)

// RandomType is random.Random.
var RandomType = py.NewBuiltinType("Random", nil)

// Random is a generator with its own state.
type Random struct {
	mt        mt
	gaussNext py.Value // nil when unset
}

// Type returns RandomType.
func (*Random) Type() *py.Type { return RandomType }

func init() {
	initType()
	py.RegisterModule("random", newModule)
	py.RegisterModule("urandom", newModule)
}

func (r *Random) seedRandom() {
	var b [32]byte
	if _, err := rand.Read(b[:]); err != nil {
		binary.LittleEndian.PutUint64(b[:], uint64(gotime.Now().UnixNano()))
	}
	key := make([]uint32, 8)
	for i := range key {
		key[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	r.mt.initByArray(key)
}

func (r *Random) seedInt(n *big.Int) {
	n = new(big.Int).Abs(n)
	words := n.Bits()
	var key []uint32
	for _, w := range words {
		key = append(key, uint32(w))
		if bitsPerWord == 64 {
			key = append(key, uint32(uint64(w)>>32))
		}
	}
	for len(key) > 1 && key[len(key)-1] == 0 {
		key = key[:len(key)-1]
	}
	if len(key) == 0 {
		key = []uint32{0}
	}
	r.mt.initByArray(key)
}

const bitsPerWord = 32 << (^uint(0) >> 63)

func (r *Random) seed(th *py.Thread, a py.Value) error {
	r.gaussNext = nil
	if a == nil || a == py.None {
		r.seedRandom()
		return nil
	}
	switch x := a.(type) {
	case py.Int, *py.BigInt, py.Bool:
		b, _ := py.BigIntOf(x)
		r.seedInt(b)
		return nil
	case py.Float:
		h, err := py.Hash(th, x)
		if err != nil {
			return err
		}
		r.seedInt(big.NewInt(h))
		return nil
	case *py.Bytes:
		r.seedBytes(x.Data())
		return nil
	}
	if s, ok := py.StrOf(a); ok {
		r.seedBytes([]byte(s))
		return nil
	}
	return py.NewError(py.TypeErrorType, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
}

// seedBytes is version 2 seeding: int.from_bytes(a + sha512(a), 'big').
func (r *Random) seedBytes(a []byte) {
	sum := sha512.Sum512(a)
	all := append(append([]byte(nil), a...), sum[:]...)
	r.seedInt(new(big.Int).SetBytes(all))
}

func (r *Random) getrandbits(k int) *big.Int {
	if k <= 32 {
		return big.NewInt(int64(r.mt.uint32() >> uint(32-k)))
	}
	words := (k-1)/32 + 1
	buf := make([]byte, 4*words)
	for i := 0; i < words; i++ {
		w := r.mt.uint32()
		if k < 32 {
			w >>= uint(32 - k)
		}
		// big-endian buffer, least significant word last
		binary.BigEndian.PutUint32(buf[4*(words-1-i):], w)
		k -= 32
	}
	return new(big.Int).SetBytes(buf)
}

// randbelow returns a uniform int in [0, n) for n > 0.
func (r *Random) randbelow(n *big.Int) *big.Int {
	k := n.BitLen()
	if k <= 32 {
		nn := n.Uint64()
		for {
			x := uint64(r.mt.uint32() >> uint(32-k))
			if k == 0 {
				x = 0
			}
			if x < nn {
				return new(big.Int).SetUint64(x)
			}
		}
	}
	for {
		x := r.getrandbits(k)
		if x.Cmp(n) < 0 {
			return x
		}
	}
}

func (r *Random) randbelowInt(n int) int {
	return int(r.randbelow(big.NewInt(int64(n))).Int64())
}

func toValue(b *big.Int) py.Value { return py.MakeBigInt(b) }

// rangeArg converts a randrange argument with 3.11's deprecated
// acceptance of integral floats.
func rangeArg(th *py.Thread, v py.Value, n int) (*big.Int, error) {
	iv, err := py.Index(th, v)
	if err == nil {
		b, _ := py.BigIntOf(iv)
		return new(big.Int).Set(b), nil
	}
	if e, ok := err.(*py.Exception); !ok || !e.Class.IsSubtype(py.TypeErrorType) {
		return nil, err
	}
	iv, err = py.Call(th, py.IntType, []py.Value{v}, nil)
	if err != nil {
		return nil, err
	}
	eq, err := py.Equal(th, iv, v)
	if err != nil {
		return nil, err
	}
	if !eq {
		return nil, py.Errorf(py.ValueErrorType, "non-integer arg ", itoa(n), " for randrange()")
	}
	b, _ := py.BigIntOf(iv)
	return new(big.Int).Set(b), nil
}

func itoa(n int) string { return big.NewInt(int64(n)).String() }

func (r *Random) randrange(th *py.Thread, startV, stopV, stepV py.Value) (py.Value, error) {
	start, err := rangeArg(th, startV, 1)
	if err != nil {
		return nil, err
	}
	if stopV == nil || stopV == py.None {
		if stepV != nil {
			return nil, py.NewError(py.TypeErrorType, "Missing a non-None stop argument")
		}
		if start.Sign() > 0 {
			return toValue(r.randbelow(start)), nil
		}
		return nil, py.NewError(py.ValueErrorType, "empty range for randrange()")
	}
	stop, err := rangeArg(th, stopV, 2)
	if err != nil {
		return nil, err
	}
	width := new(big.Int).Sub(stop, start)
	step := big.NewInt(1)
	if stepV != nil {
		if step, err = rangeArg(th, stepV, 3); err != nil {
			return nil, err
		}
	}
	if step.Cmp(big.NewInt(1)) == 0 {
		if width.Sign() > 0 {
			return toValue(new(big.Int).Add(start, r.randbelow(width))), nil
		}
		return nil, py.NewError(py.ValueErrorType, "empty range for randrange() ("+start.String()+", "+stop.String()+", "+width.String()+")")
	}
	n := new(big.Int)
	switch step.Sign() {
	case 1:
		n.Add(width, step).Sub(n, big.NewInt(1))
	case -1:
		n.Add(width, step).Add(n, big.NewInt(1))
	default:
		return nil, py.NewError(py.ValueErrorType, "zero step for randrange()")
	}
	floorDiv(n, step)
	if n.Sign() <= 0 {
		return nil, py.NewError(py.ValueErrorType, "empty range for randrange()")
	}
	res := new(big.Int).Mul(step, r.randbelow(n))
	return toValue(res.Add(res, start)), nil
}

// floorDiv sets n = n // d with Python's rounding.
func floorDiv(n, d *big.Int) {
	var m big.Int
	n.DivMod(n, d, &m) // Euclidean: m >= 0
	if m.Sign() != 0 && d.Sign() < 0 {
		n.Sub(n, big.NewInt(1))
	}
}

func (r *Random) gauss(mu, sigma float64) float64 {
	var z float64
	if g, ok := r.gaussNext.(py.Float); ok {
		z = float64(g)
		r.gaussNext = nil
	} else {
		x2pi := r.mt.float() * 2 * math.Pi
		g2rad := math.Sqrt(-2.0 * py.LibmLog(1.0-r.mt.float()))
		z = py.LibmCos(x2pi) * g2rad
		r.gaussNext = py.MakeFloat(py.LibmSin(x2pi) * g2rad)
	}
	return mu + z*sigma
}

func (r *Random) normalvariate(mu, sigma float64) float64 {
	magic := 4 * py.LibmExp(-0.5) / math.Sqrt(2.0)
	var z float64
	for {
		u1 := r.mt.float()
		u2 := 1.0 - r.mt.float()
		z = magic * (u1 - 0.5) / u2
		if z*z/4.0 <= -py.LibmLog(u2) {
			break
		}
	}
	return mu + z*sigma
}
