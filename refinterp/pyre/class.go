package pyre

import (
	"sync"
	"unicode"
	"unicode/utf8"
)

// category is \d, \w or \s (Unicode or ASCII), possibly negated.
type category struct {
	which byte // 'd', 'w' or 's'
	ascii bool
	neg   bool
}

func (c category) has(r rune) bool {
	var in bool
	switch c.which {
	case 'd':
		in = isDigitCat(r, c.ascii)
	case 'w':
		in = isWordChar(r, c.ascii)
	default:
		in = isSpaceCat(r, c.ascii)
	}
	return in != c.neg
}

// charClass is a set of code points: sorted, merged ranges plus
// categories, negated as a whole if neg. With IGNORECASE the ranges are
// closed under case folding when the class is built. ascii caches the
// answer for code points below 128.
type charClass struct {
	ranges []rune // lo, hi pairs
	cats   []category
	neg    bool
	ascii  [4]uint32
}

// finish fills the ASCII cache.
func (c *charClass) finish() *charClass {
	for r := rune(0); r < 128; r++ {
		if c.slowHas(r) {
			c.ascii[r>>5] |= 1 << uint(r&31)
		}
	}
	return c
}

func (c *charClass) has(r rune) bool {
	if r < 128 && r >= 0 {
		return c.ascii[r>>5]&(1<<uint(r&31)) != 0
	}
	return c.slowHas(r)
}

func (c *charClass) slowHas(r rune) bool {
	in := false
	rs := c.ranges
	// Binary search over the pairs.
	lo, hi := 0, len(rs)/2
	for lo < hi {
		m := (lo + hi) / 2
		switch {
		case r < rs[2*m]:
			hi = m
		case r > rs[2*m+1]:
			lo = m + 1
		default:
			in = true
			lo = hi
		}
	}
	if !in {
		for _, cat := range c.cats {
			if cat.has(r) {
				in = true
				break
			}
		}
	}
	return in != c.neg
}

// isWordChar is \w: str.isalnum() or '_' (ASCII letters, digits and '_'
// with the ASCII flag).
func isWordChar(r rune, ascii bool) bool {
	if r < 128 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_'
	}
	return !ascii && (unicode.IsLetter(r) || unicode.IsNumber(r))
}

// isDigitCat is \d: str.isdecimal() (0-9 with the ASCII flag).
func isDigitCat(r rune, ascii bool) bool {
	if r < 128 {
		return r >= '0' && r <= '9'
	}
	return !ascii && unicode.Is(unicode.Nd, r)
}

// isSpaceCat is \s: str.isspace() ([ \t\n\r\f\v] with the ASCII flag).
func isSpaceCat(r rune, ascii bool) bool {
	if r < 128 {
		return r == ' ' || r >= '\t' && r <= '\r' || !ascii && r >= 0x1c && r <= 0x1f
	}
	if ascii {
		return false
	}
	switch r {
	case 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200a
}

// normRanges sorts and merges range pairs.
func normRanges(rs []rune) []rune {
	// Insertion sort by lo; classes are small.
	for i := 2; i < len(rs); i += 2 {
		for j := i; j >= 2 && rs[j] < rs[j-2]; j -= 2 {
			rs[j], rs[j+1], rs[j-2], rs[j-1] = rs[j-2], rs[j-1], rs[j], rs[j+1]
		}
	}
	var out []rune
	for i := 0; i < len(rs); i += 2 {
		if n := len(out); n > 0 && rs[i] <= out[n-1]+1 {
			if rs[i+1] > out[n-1] {
				out[n-1] = rs[i+1]
			}
			continue
		}
		out = append(out, rs[i], rs[i+1])
	}
	return out
}

// Code points outside [minFold, maxFold] have no case variants.
const (
	minFold = 0x0041
	maxFold = 0x1e943
)

// Under IGNORECASE sre compares lower-case forms and treats lower-case
// letters with the same upper case as equal (its table of equivalences,
// such as i and dotless ı, s and long ſ). Two characters are thus equal
// ignoring case when caseKey gives the same result. caseClasses maps a
// key to its characters (for keys of several characters), built on first
// use.
var (
	caseClassesOnce sync.Once
	caseClasses     map[rune][]rune
)

func caseKey(r rune) rune { return unicode.ToUpper(unicode.ToLower(r)) }

func caseClass(r rune) []rune {
	caseClassesOnce.Do(func() {
		all := map[rune][]rune{}
		for c := rune(minFold); c <= maxFold; c++ {
			if k := caseKey(c); k != c || unicode.ToLower(c) != c {
				all[k] = append(all[k], c)
			}
		}
		caseClasses = map[rune][]rune{}
		for k, cs := range all {
			has := false
			for _, c := range cs {
				has = has || c == k
			}
			if !has && caseKey(k) == k {
				cs = append(cs, k)
			}
			if len(cs) > 1 {
				caseClasses[k] = cs
			}
		}
	})
	return caseClasses[caseKey(r)]
}

// foldSet returns r and the characters equal to it ignoring case (ASCII
// letters only if ascii).
func foldSet(r rune, ascii bool) []rune {
	out := []rune{r}
	if ascii {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
			out = append(out, r^0x20)
		}
		return out
	}
	if r < minFold || r > maxFold {
		return out
	}
	if r < utf8.RuneSelf {
		// ASCII letters: no need to build the whole table (TestASCIICase
		// checks this against it).
		if r|0x20 < 'a' || r|0x20 > 'z' {
			return out
		}
		out = append(out, r^0x20)
		switch r | 0x20 {
		case 'i':
			out = append(out, 0x130, 0x131)
		case 'k':
			out = append(out, 0x212a)
		case 's':
			out = append(out, 0x17f)
		}
		return out
	}
	for _, c := range caseClass(r) {
		if c != r {
			out = append(out, c)
		}
	}
	return out
}

// foldRanges closes ranges under foldSet.
func foldRanges(rs []rune, ascii bool) []rune {
	out := append([]rune(nil), rs...)
	for i := 0; i < len(rs); i += 2 {
		lo, hi := rs[i], rs[i+1]
		if lo <= minFold && hi >= maxFold {
			continue // closed already
		}
		if lo < minFold {
			lo = minFold
		}
		if hi > maxFold {
			hi = maxFold
		}
		for r := lo; r <= hi; r++ {
			if ascii && r > 'z' {
				break
			}
			for _, f := range foldSet(r, ascii) {
				if f != r {
					out = append(out, f, f)
				}
			}
		}
	}
	return normRanges(out)
}

// foldEqual reports whether a and b are equal ignoring case.
func foldEqual(a, b rune, ascii bool) bool {
	if a == b {
		return true
	}
	if ascii {
		return a < 128 && b < 128 && a|0x20 == b|0x20 && a|0x20 >= 'a' && a|0x20 <= 'z'
	}
	if a < minFold || b < minFold {
		return false
	}
	return caseKey(a) == caseKey(b)
}
