package py

import (
	"unicode/utf8"
)

// Str is a Python str, held as UTF-8. Indexing is by code point; strings
// that are pure ASCII (the common case) index by byte.
type Str struct {
	s   string
	h   int64 // cached hash, 0 = not computed
	n   int32 // code point count, -1 = not computed
	rom bool  // not charged to the heap (names, literals)
}

// Type returns StrType.
func (*Str) Type() *Type { return StrType }

// String returns the Go string.
func (s *Str) String() string { return s.s }

// NewStr returns a str value, accounted on the heap.
func NewStr(s string) *Str {
	if len(s) <= 1 {
		if len(s) == 0 {
			return emptyStr
		}
		if s[0] < 128 {
			return asciiChars[s[0]]
		}
	}
	accountBytes(blocks(16 + len(s)))
	return &Str{s: s, n: -1}
}

// NewStrNoAccount returns a str value that is not charged to the heap (for
// names and constants that MicroPython keeps in ROM or the qstr pool).
func NewStrNoAccount(s string) *Str {
	return &Str{s: s, n: -1, rom: true}
}

var emptyStr = &Str{s: "", n: 0}

// asciiChars holds the one-character ASCII strs; they point into a static
// array, so that creating them at start-up allocates nothing.
var (
	asciiChars [128]*Str
	asciiStrs  [128]Str
)

func init() {
	const all = "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f" +
		"\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f" +
		" !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\x7f"
	for i := range asciiChars {
		asciiStrs[i] = Str{s: all[i : i+1], n: 1}
		asciiChars[i] = &asciiStrs[i]
	}
}

// MakeStr is NewStr returned as a Value.
func MakeStr(s string) Value { return NewStr(s) }

// Len returns the length in code points.
func (s *Str) Len() int {
	if s.n < 0 {
		s.n = int32(utf8.RuneCountInString(s.s))
	}
	return int(s.n)
}

func (s *Str) isASCII() bool { return s.Len() == len(s.s) }

// runeAt returns the code point at index i (0 <= i < Len).
func (s *Str) runeAt(i int) string {
	if s.isASCII() {
		return s.s[i : i+1]
	}
	off := s.byteOffset(i)
	_, sz := utf8.DecodeRuneInString(s.s[off:])
	return s.s[off : off+sz]
}

// byteOffset converts a code point index (0..Len) to a byte offset.
func (s *Str) byteOffset(i int) int {
	if s.isASCII() {
		return i
	}
	off := 0
	for k := 0; k < i && off < len(s.s); k++ {
		_, sz := utf8.DecodeRuneInString(s.s[off:])
		off += sz
	}
	return off
}

// strHash is the hash of a str (FNV-1a; Python's str hash is unspecified).
func strHash(s string) int64 {
	if len(s) == 0 {
		return 0 // as CPython, whatever the hash seed
	}
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	r := int64(h >> 1)
	if r == 0 || r == -1 {
		r = 7
	}
	return r
}

func (s *Str) hash() int64 {
	if s.h == 0 {
		s.h = strHash(s.s)
	}
	return s.h
}

// hashMod is 2**61-1, the modulus of CPython's numeric hash.
const hashMod = (1 << 61) - 1

func intHash(i int64) int64 {
	var h int64
	if i >= 0 {
		h = i % hashMod
	} else {
		h = -((-i) % hashMod)
	}
	if h == -1 {
		h = -2
	}
	return h
}
