package re

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/mptest/mptest/refinterp/py"
)

// subject is a str or bytes being matched, with conversions between
// Python's indexes and the byte offsets pyre works with. Bytes are
// decoded as Latin-1 (one code point per byte), as pyre.CompileBytes
// expects.
type subject struct {
	s      string
	ascii  bool
	bytes  bool
	starts []int // byte offset of each code point, plus len(s); nil if ascii
}

func newBytesSubject(b []byte) *subject {
	sub := newSubject(latin1(b))
	sub.bytes = true
	return sub
}

// latin1 decodes bytes as Latin-1.
func latin1(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b))
	for _, c := range b {
		sb.WriteRune(rune(c))
	}
	return sb.String()
}

// unlatin1 encodes a Latin-1 decoded string back to bytes.
func unlatin1(s string) []byte {
	out := make([]byte, 0, len(s))
	for _, r := range s {
		out = append(out, byte(r))
	}
	return out
}

// val returns part of the subject as the subject's type.
func (s *subject) val(part string) py.Value {
	if s.bytes {
		return py.NewBytes(unlatin1(part))
	}
	return py.NewStr(part)
}

func newSubject(s string) *subject {
	sub := &subject{s: s, ascii: true}
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			sub.ascii = false
			break
		}
	}
	if !sub.ascii {
		sub.starts = make([]int, 0, len(s)+1)
		for i := range s {
			sub.starts = append(sub.starts, i)
		}
		sub.starts = append(sub.starts, len(s))
	}
	return sub
}

// runeLen is the length in code points.
func (s *subject) runeLen() int {
	if s.ascii {
		return len(s.s)
	}
	return len(s.starts) - 1
}

// byteOff converts a code-point index (already clamped) to a byte offset.
func (s *subject) byteOff(cp int) int {
	if s.ascii {
		return cp
	}
	return s.starts[cp]
}

// cpOff converts a byte offset (a rune boundary or -1) to a code-point index.
func (s *subject) cpOff(b int) int {
	if s.ascii || b < 0 {
		return b
	}
	return sort.SearchInts(s.starts, b)
}

// clamp limits pos and endpos like CPython's state_init.
func (s *subject) clamp(pos, endpos int) (int, int) {
	n := s.runeLen()
	if pos < 0 {
		pos = 0
	} else if pos > n {
		pos = n
	}
	if endpos < 0 {
		endpos = 0
	} else if endpos > n {
		endpos = n
	}
	return pos, endpos
}
