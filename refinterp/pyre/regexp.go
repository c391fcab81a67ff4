package pyre

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// Anchor selects how Match applies the pattern, as re's search, match and
// fullmatch do.
type Anchor int

const (
	Search    Anchor = iota // leftmost match at or after pos
	MatchAt                 // match starting exactly at pos
	FullMatch               // match from pos to endpos
)

// Regexp is a compiled Python pattern. It is safe for concurrent use.
type Regexp struct {
	pattern string
	flags   Flags
	bytes   bool
	prog    []inst
	nregs   int
	ngroups int
	names   map[string]int

	// What a search can skip to: the literal text every match starts
	// with, else the bytes a match can start with; anchored patterns (\A,
	// ^) are tried at pos only.
	prefix     string
	firstBytes *[256]bool
	anchored   bool
	// dotStar is the opAny or opAnyAll of a leading .* (any repeat of
	// it with no minimum) in a pattern without backreferences or
	// conditionals: if a match attempt fails at p, it fails at every
	// later start the .* could have reached from p (the rest of the
	// line, or the whole text).
	dotStar opcode

	mu   sync.Mutex
	free *machine // a machine to reuse
}

// Compile parses a Python regular expression and compiles it for the
// backtracking matcher. flags combines the Flags constants (inline flags
// in the pattern add to them). Errors are *Error values.
func Compile(pattern string, flags Flags) (*Regexp, error) {
	return compile(pattern, flags, false)
}

// CompileBytes compiles a bytes pattern, given decoded as Latin-1 (each
// byte one code point); subjects must be decoded the same way. \w, \d,
// \s, \b and IGNORECASE are then ASCII-only, \u, \U and \N are bad
// escapes, and the flags may include LOCALE (treated as the C locale) but
// not UNICODE.
func CompileBytes(pattern string, flags Flags) (*Regexp, error) {
	return compile(pattern, flags, true)
}

func compile(pattern string, flags Flags, bytes bool) (*Regexp, error) {
	p, root, err := parse(pattern, flags, bytes)
	if err != nil {
		return nil, err
	}
	prog, nregs := compileProgram(root)
	re := &Regexp{
		pattern: pattern,
		bytes:   bytes,
		flags:   p.global,
		prog:    prog,
		nregs:   nregs,
		ngroups: p.ngroups,
		names:   p.names,
	}
	re.analyze()
	return re, nil
}

// analyze finds what a match must start with.
func (re *Regexp) analyze() {
	i := 0
	for re.prog[i].op == opSave {
		i++
	}
	in := &re.prog[i]
	switch in.op {
	case opString:
		re.prefix = in.str
		return
	case opChar:
		re.prefix = string(in.r)
		return
	case opAssert:
		if in.at == atBeginning {
			re.anchored = true
			return
		}
	case opStar:
		if one := re.prog[i+1].op; in.min == 0 && in.max < 0 && (one == opAny || one == opAnyAll) {
			re.dotStar = one
			for _, x := range re.prog {
				if x.op == opBackref || x.op == opCond {
					re.dotStar = 0
				}
			}
		}
	}
	re.firstBytes = firstBytes(re.prog)
}

// firstBytes returns the set of bytes a match can start with (ASCII
// bytes and UTF-8 lead bytes), or nil if a match may be empty or the set
// would not help a search skip ahead.
func firstBytes(prog []inst) *[256]bool {
	var set [256]bool
	seen := make([]bool, len(prog))
	work := []int{0}
	addRune := func(r rune) {
		var buf [utf8.UTFMax]byte
		utf8.EncodeRune(buf[:], r)
		set[buf[0]] = true
	}
	addOne := func(in *inst) {
		for b := 0; b < 256; b++ {
			switch {
			case b < utf8.RuneSelf:
				if in.matchOne(string(rune(b)), 0, 1) > 0 {
					set[b] = true
				}
			case b >= 0xc0:
				if in.op != opChar && in.op != opCharFold {
					set[b] = true // any non-ASCII character may match
				}
			}
		}
		if in.op == opChar {
			addRune(in.r)
		}
		if in.op == opCharFold {
			for _, f := range in.folds {
				addRune(f)
			}
		}
	}
	for len(work) > 0 {
		pc := work[len(work)-1]
		work = work[:len(work)-1]
		if seen[pc] {
			continue
		}
		seen[pc] = true
		in := &prog[pc]
		switch in.op {
		case opSave, opRepInit, opAtomic, opAtomicEnd, opAssert:
			work = append(work, pc+1)
		case opJmp:
			work = append(work, in.x)
		case opSplit, opRepUntil:
			work = append(work, in.x, in.y)
		case opCond:
			work = append(work, pc+1, in.x)
		case opLook:
			work = append(work, in.x) // lookarounds do not consume
		case opStar:
			addOne(&prog[pc+1])
			if in.min == 0 {
				work = append(work, pc+2)
			}
		case opString:
			set[in.str[0]] = true
		case opChar, opCharFold, opAny, opAnyAll, opClass:
			addOne(in)
		default: // opMatch, opBackref, opLookEnd: may match empty
			return nil
		}
	}
	n := 0
	for _, b := range set {
		if b {
			n++
		}
	}
	if n > 200 {
		return nil
	}
	return &set
}

// Pattern returns the source pattern.
func (re *Regexp) Pattern() string { return re.pattern }

// IsBytes reports whether the pattern was compiled by CompileBytes.
func (re *Regexp) IsBytes() bool { return re.bytes }

// Flags returns the flags in effect, including inline global flags and
// Unicode for str patterns without ASCII, like Pattern.flags in Python.
func (re *Regexp) Flags() Flags {
	if re.flags&ASCII == 0 && !re.bytes {
		return re.flags | Unicode
	}
	return re.flags
}

// NumGroups returns the number of capturing groups.
func (re *Regexp) NumGroups() int { return re.ngroups }

// GroupNames returns Pattern.groupindex: group name to group number. The
// map is shared; do not modify it.
func (re *Regexp) GroupNames() map[string]int { return re.names }

func (re *Regexp) machine() *machine {
	re.mu.Lock()
	m := re.free
	re.free = nil
	re.mu.Unlock()
	if m == nil {
		m = &machine{prog: re.prog, caps: make([]int, 2*(re.ngroups+1)), regs: make([]repReg, re.nregs)}
	}
	return m
}

func (re *Regexp) release(m *machine) {
	m.s = ""
	m.err = nil
	if cap(m.stack) > 256 {
		m.stack = nil // keep at most 8 KB of stack with the pattern
	}
	re.mu.Lock()
	re.free = m
	re.mu.Unlock()
}

// exec runs one search, match or fullmatch on s[:end] from pos and
// returns the result in Match's layout, or nil.
func (re *Regexp) exec(s string, pos, end int, anchor Anchor, mustAdvance bool) ([]int, error) {
	m := re.machine()
	defer re.release(m)
	m.s, m.end = s, end
	m.fullMatch = anchor == FullMatch
	m.mustAdvance = mustAdvance
	m.searchStart = pos
	m.steps = 0
	found := false
	if anchor != Search || re.anchored {
		found = m.run(pos)
	} else {
		for start := pos; start <= end; {
			if re.prefix != "" {
				i := strings.Index(s[start:end], re.prefix)
				if i < 0 {
					break
				}
				start += i
			} else if fb := re.firstBytes; fb != nil {
				// Continuation bytes are never in the set, so stepping
				// by bytes stays on character boundaries.
				for start < end && !fb[s[start]] {
					start++
				}
				if start >= end {
					break
				}
			}
			if found = m.run(start); found || m.err != nil || start >= end {
				break
			}
			if re.dotStar != 0 && !(mustAdvance && start == pos) {
				if re.dotStar == opAnyAll {
					break
				}
				i := strings.IndexByte(s[start:end], '\n')
				if i < 0 {
					break
				}
				start += i + 1
				continue
			}
			start += runeLen(s, start)
		}
	}
	if m.err != nil {
		return nil, m.err
	}
	if !found {
		return nil, nil
	}
	out := make([]int, len(m.caps)+1)
	copy(out, m.caps)
	out[len(m.caps)] = m.lastindex
	return out, nil
}

func runeLen(s string, i int) int {
	if s[i] < utf8.RuneSelf {
		return 1
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	return n
}

// Match applies the pattern to s[pos:endpos] as Pattern.search, match or
// fullmatch do (see Anchor), with pos and endpos as byte offsets clamped
// like Python's. The characters before pos are context (for \b,
// lookbehind and MULTILINE ^), while endpos truncates s. It returns the
// byte offsets of groups 0..NumGroups as start, end pairs (-1, -1 for a
// group that did not take part) followed by Match.lastindex (-1 for
// None), or nil if there is no match. The error is a RuntimeError *Error
// when the match exceeds StepBudget or MaxStack.
func (re *Regexp) Match(s string, pos, endpos int, anchor Anchor) ([]int, error) {
	pos, endpos = clamp(s, pos, endpos)
	if endpos < pos {
		return nil, nil
	}
	return re.exec(s, pos, endpos, anchor, false)
}

// NextMatch is one step of finditer: the leftmost match in s[pos:endpos]
// (byte offsets, already clamped) in Match's layout, or nil. After an
// empty match at pos the caller passes mustAdvance, and the result is then
// not empty at pos (Python 3.7+ rules); after any match it continues from
// the match's end.
func (re *Regexp) NextMatch(s string, pos, endpos int, mustAdvance bool) ([]int, error) {
	if pos > endpos {
		return nil, nil
	}
	return re.exec(s, pos, endpos, Search, mustAdvance)
}

// LastIndex returns Match.lastindex from a Match result (-1 for None).
func LastIndex(match []int) int { return match[len(match)-1] }

// each calls fn with the successive matches in s[pos:endpos] with Python
// 3.7+ rules for empty matches, at most limit matches if limit > 0.
func (re *Regexp) each(s string, pos, endpos, limit int, fn func(m []int) error) error {
	pos, endpos = clamp(s, pos, endpos)
	must := false
	for n := 0; pos <= endpos && (limit <= 0 || n < limit); n++ {
		m, err := re.exec(s, pos, endpos, Search, must)
		if err != nil || m == nil {
			return err
		}
		if err := fn(m); err != nil {
			return err
		}
		must = m[0] == m[1]
		pos = m[1]
	}
	return nil
}

// FindAll returns the successive matches in s[pos:endpos] with Python 3.7+
// rules for empty matches (as finditer yields them), at most limit
// matches if limit > 0. Each element has the layout of Match's result.
func (re *Regexp) FindAll(s string, pos, endpos, limit int) ([][]int, error) {
	var out [][]int
	err := re.each(s, pos, endpos, limit, func(m []int) error {
		out = append(out, m)
		return nil
	})
	return out, err
}

// FindAllStrings implements re.findall: for each match, the whole match
// if the pattern has no groups, else the groups (a 1-tuple-free list when
// there is exactly one group), with "" for groups that did not take part.
// The caller builds str or tuple results from NumGroups.
func (re *Regexp) FindAllStrings(s string, pos, endpos int) ([][]string, error) {
	ms, err := re.FindAll(s, pos, endpos, 0)
	if err != nil {
		return nil, err
	}
	out := make([][]string, len(ms))
	for i, m := range ms {
		if re.ngroups == 0 {
			out[i] = []string{s[m[0]:m[1]]}
			continue
		}
		g := make([]string, re.ngroups)
		for j := 1; j <= re.ngroups; j++ {
			if m[2*j] >= 0 {
				g[j-1] = s[m[2*j]:m[2*j+1]]
			}
		}
		out[i] = g
	}
	return out, nil
}

// Piece is a substring of the subject, or Python's None.
type Piece struct {
	S    string
	None bool
}

// Split implements re.split: the text between matches, with the groups
// of each match (None for groups that did not take part) in between, at
// most maxsplit splits when maxsplit > 0.
func (re *Regexp) Split(s string, maxsplit int) ([]Piece, error) {
	if maxsplit < 0 {
		return []Piece{{S: s}}, nil
	}
	var out []Piece
	last := 0
	err := re.each(s, 0, len(s), maxsplit, func(m []int) error {
		out = append(out, Piece{S: s[last:m[0]]})
		for j := 1; j <= re.ngroups; j++ {
			if m[2*j] < 0 {
				out = append(out, Piece{None: true})
			} else {
				out = append(out, Piece{S: s[m[2*j]:m[2*j+1]]})
			}
		}
		last = m[1]
		return nil
	})
	if err != nil {
		return nil, err
	}
	return append(out, Piece{S: s[last:]}), nil
}

// Sub implements re.subn with a replacement function: each match (in
// Match's layout) is replaced by repl's result, at most count times when
// count > 0. It returns the new string and the number of replacements.
func (re *Regexp) Sub(s string, count int, repl func(match []int) (string, error)) (string, int, error) {
	var b strings.Builder
	last, n := 0, 0
	err := re.each(s, 0, len(s), count, func(m []int) error {
		r, err := repl(m)
		if err != nil {
			return err
		}
		b.WriteString(s[last:m[0]])
		b.WriteString(r)
		last = m[1]
		n++
		return nil
	})
	if err != nil {
		return "", n, err
	}
	if n == 0 {
		return s, 0, nil
	}
	b.WriteString(s[last:])
	return b.String(), n, nil
}

// SubTemplate implements re.subn with a template string (see
// ParseTemplate), which is checked even if nothing matches.
func (re *Regexp) SubTemplate(s string, count int, template string) (string, int, error) {
	t, err := re.ParseTemplate(template)
	if err != nil {
		return "", 0, err
	}
	return re.Sub(s, count, func(m []int) (string, error) { return t.Expand(s, m), nil })
}

// Expand implements Match.expand: template with group references
// replaced from match (a Match result over s).
func (re *Regexp) Expand(template string, s string, match []int) (string, error) {
	t, err := re.ParseTemplate(template)
	if err != nil {
		return "", err
	}
	return t.Expand(s, match), nil
}

// clamp limits pos and endpos to the subject like CPython's state_init.
func clamp(s string, pos, endpos int) (int, int) {
	if pos < 0 {
		pos = 0
	} else if pos > len(s) {
		pos = len(s)
	}
	if endpos < 0 {
		endpos = 0
	} else if endpos > len(s) {
		endpos = len(s)
	}
	return pos, endpos
}
