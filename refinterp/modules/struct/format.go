package structmod

import (
	"strconv"

	"github.com/mptest/mptest/refinterp/py"
)

// item is one code of a parsed format with its repeat count.
type item struct {
	code   byte
	count  int // repeat count, or the length for s and p
	size   int // bytes per element
	offset int // offset of the first element
}

// format is a parsed struct format string.
type format struct {
	src    string
	native bool // '@': native sizes and alignment
	big    bool // big-endian
	order  byte // the byte order character ('@' if none)
	items  []item
	size   int
	nargs  int // number of values packed
}

// stdSize gives the standard sizes; nativeSize the x86-64 CPython ones.
var stdSize = map[byte]int{'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
	'l': 4, 'L': 4, 'q': 8, 'Q': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1}
var nativeSize = map[byte]int{'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
	'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'n': 8, 'N': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1, 'P': 8}

func structError(msg string) error { return py.NewError(ErrorType, msg) }

func parseFormat(src string) (*format, error) {
	f := &format{src: src, native: true, order: '@'}
	s := src
	if len(s) > 0 {
		switch s[0] {
		case '@':
			s = s[1:]
		case '=', '<':
			f.order, f.native = s[0], false
			s = s[1:]
		case '>', '!':
			f.order, f.native, f.big = s[0], false, true
			s = s[1:]
		}
	}
	off := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
			i++
			continue
		}
		count := 1
		if c >= '0' && c <= '9' {
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			n, err := strconv.Atoi(s[i:j])
			if err != nil || int64(n) > 1<<40 {
				return nil, structError("total struct size too long")
			}
			count = n
			i = j
			if i >= len(s) {
				return nil, structError("repeat count given without format specifier")
			}
			c = s[i]
		}
		i++
		table := stdSize
		if f.native {
			table = nativeSize
		}
		size, ok := table[c]
		if !ok {
			return nil, structError("bad char in struct format")
		}
		if f.native && size > 1 && c != 's' && c != 'p' {
			off = (off + size - 1) / size * size
		}
		it := item{code: c, count: count, size: size, offset: off}
		switch c {
		case 's', 'p':
			off += count
			f.nargs++
		case 'x':
			off += count
		default:
			off += count * size
			f.nargs += count
		}
		if int64(off) > 1<<40 {
			return nil, structError("total struct size too long")
		}
		f.items = append(f.items, it)
	}
	f.size = off
	return f, nil
}
