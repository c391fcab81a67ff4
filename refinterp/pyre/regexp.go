package pyre

import (
	"regexp"
	"strconv"
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
	segs    []seg
	ngroups int
	names   map[string]int
	dollar  bool // the pattern has a non-MULTILINE $

	mu       sync.Mutex
	variants map[variantKey]*variant
}

// dollarMode is how a non-MULTILINE $ is rendered.
type dollarMode int

const (
	dollarEnd    dollarMode = iota // \z
	dollarMarked                   // ()(?m:$), the capture marks where it matched
)

type variantKey struct {
	anchor  Anchor
	ctx     bool // the subject starts with one rune of context before pos
	dollar  dollarMode
	longest bool
	// nonEmpty selects the rewrite matching only non-empty matches (with
	// anchor MatchAt); captures are then named and may repeat.
	nonEmpty bool
}

// variant is one RE2 rendering of the pattern.
type variant struct {
	re      *regexp.Regexp
	groups  []int // Go submatch index of Python group i (0 = whole match)
	markers []int // Go submatch indexes of $ markers
	// named is set for nonEmpty variants: Go submatch i belongs to Python
	// group named[i] (-1 for none), or is a $ marker if marker[i].
	named  []int
	marker []bool
}

// Compile parses a Python regular expression and prepares it for RE2.
// flags combines the Flags constants (inline flags in the pattern add to
// them). Errors are *Error values.
func Compile(pattern string, flags Flags) (*Regexp, error) {
	p, err := translate(pattern, flags)
	if err != nil {
		return nil, err
	}
	re := &Regexp{
		pattern:  pattern,
		flags:    p.global,
		segs:     p.segs,
		ngroups:  p.ngroups,
		names:    p.names,
		dollar:   p.dollar,
		variants: map[variantKey]*variant{},
	}
	// Compile the plain search variant now so that RE2's own limits
	// (such as nested repetition size) are reported by Compile.
	if _, err := re.variant(variantKey{anchor: Search}); err != nil {
		return nil, err
	}
	return re, nil
}

// Pattern returns the source pattern.
func (re *Regexp) Pattern() string { return re.pattern }

// Flags returns the flags in effect, including inline global flags and
// Unicode for str patterns without ASCII, like Pattern.flags in Python.
func (re *Regexp) Flags() Flags {
	if re.flags&ASCII == 0 {
		return re.flags | Unicode
	}
	return re.flags
}

// NumGroups returns the number of capturing groups.
func (re *Regexp) NumGroups() int { return re.ngroups }

// GroupNames returns Pattern.groupindex: group name to group number. The
// map is shared; do not modify it.
func (re *Regexp) GroupNames() map[string]int { return re.names }

// GoSyntax returns the RE2 translation used for a plain search, for
// debugging and tests.
func (re *Regexp) GoSyntax() string {
	v, err := re.variant(variantKey{anchor: Search})
	if err != nil {
		return ""
	}
	return v.re.String()
}

// render builds the RE2 source of a variant.
func (re *Regexp) render(k variantKey) (string, []int, []int) {
	if k.nonEmpty {
		return re.renderNonEmpty(k)
	}
	var b strings.Builder
	groups := make([]int, re.ngroups+1)
	var markers []int
	next := 1 // next Go capture index
	if k.ctx {
		b.WriteString(`\A(?s:.)`)
		switch k.anchor {
		case Search:
			b.WriteString(`(?s:.*?)(`)
		default:
			b.WriteString(`(`)
		}
		groups[0] = 1
		next = 2
	} else if k.anchor != Search {
		b.WriteString(`\A(?:`)
	}
	if re.flags&IgnoreCase != 0 {
		b.WriteString(`(?i:`)
	}
	for _, s := range re.segs {
		switch s.kind {
		case segText:
			b.WriteString(s.text)
		case segCapture:
			n, _ := strconv.Atoi(s.text)
			groups[n] = next
			next++
			b.WriteByte('(')
		case segDollar:
			if k.dollar == dollarMarked {
				markers = append(markers, next)
				next++
				b.WriteString(`()(?m:$)`)
			} else {
				b.WriteString(`\z`)
			}
		}
	}
	if re.flags&IgnoreCase != 0 {
		b.WriteByte(')')
	}
	if k.ctx || k.anchor != Search {
		b.WriteByte(')')
	}
	if k.anchor == FullMatch {
		b.WriteString(`\z`)
	}
	return b.String(), groups, markers
}

// renderBody renders the pattern alone with named captures: gN for
// Python group N, mK for the K-th $ marker.
func (re *Regexp) renderBody(k variantKey) string {
	var b strings.Builder
	if re.flags&IgnoreCase != 0 {
		b.WriteString(`(?i:`)
	}
	nm := 0
	for _, s := range re.segs {
		switch s.kind {
		case segText:
			b.WriteString(s.text)
		case segCapture:
			b.WriteString(`(?P<g` + s.text + `>`)
		case segDollar:
			if k.dollar == dollarMarked {
				nm++
				b.WriteString(`(?P<m` + strconv.Itoa(nm) + `>)(?m:$)`)
			} else {
				b.WriteString(`\z`)
			}
		}
	}
	if re.flags&IgnoreCase != 0 {
		b.WriteByte(')')
	}
	return b.String()
}

// renderNonEmpty renders the anchored non-empty variant; ok is false
// (empty source) when the rewrite is too large.
func (re *Regexp) renderNonEmpty(k variantKey) (string, []int, []int) {
	body, ok := nonEmptySyntax(re.renderBody(k))
	if !ok {
		return "", nil, nil
	}
	if k.ctx {
		return `\A(?s:.)(?P<g0>` + body + `)`, nil, nil
	}
	return `\A(?P<g0>` + body + `)`, nil, nil
}

func (re *Regexp) variant(k variantKey) (*variant, error) {
	re.mu.Lock()
	defer re.mu.Unlock()
	if v := re.variants[k]; v != nil {
		return v, nil
	}
	src, groups, markers := re.render(k)
	if src == "" {
		return nil, &Error{Type: "error", Msg: "pattern too complex", Pos: -1, Pattern: re.pattern}
	}
	goRE, err := regexp.Compile(src)
	if err != nil {
		msg := err.Error()
		if i := strings.Index(msg, ": "); i >= 0 && strings.HasPrefix(msg, "error parsing regexp") {
			msg = msg[i+2:]
		}
		return nil, &Error{Type: "error", Msg: "pattern not supported by the regex engine: " + msg, Pos: -1, Pattern: re.pattern}
	}
	if k.longest {
		goRE.Longest()
	}
	v := &variant{re: goRE, groups: groups, markers: markers}
	if k.nonEmpty {
		names := goRE.SubexpNames()
		v.named = make([]int, len(names))
		v.marker = make([]bool, len(names))
		for i, n := range names {
			v.named[i] = -1
			if len(n) > 1 && n[0] == 'g' {
				v.named[i], _ = strconv.Atoi(n[1:])
			} else if len(n) > 1 && n[0] == 'm' {
				v.marker[i] = true
			}
		}
	}
	re.variants[k] = v
	return v, nil
}

// run applies a variant to text[start:], where start is pos or, with
// context, the start of the rune before pos, and returns Python-numbered
// absolute offsets plus the absolute marker positions.
func (re *Regexp) run(k variantKey, text string, start int) ([]int, []int) {
	v, err := re.variant(k)
	if err != nil {
		return nil, nil
	}
	m := v.re.FindStringSubmatchIndex(text[start:])
	if m == nil {
		return nil, nil
	}
	out := make([]int, 2*(re.ngroups+1))
	if v.named != nil {
		for i := range out {
			out[i] = -1
		}
		var marks []int
		for i, g := range v.named {
			if m[2*i] < 0 {
				continue
			}
			if v.marker[i] {
				marks = append(marks, m[2*i]+start)
			} else if g >= 0 {
				out[2*g], out[2*g+1] = m[2*i]+start, m[2*i+1]+start
			}
		}
		return out, marks
	}
	for i, g := range v.groups {
		a, b := m[2*g], m[2*g+1]
		if a >= 0 {
			a += start
			b += start
		}
		out[2*i], out[2*i+1] = a, b
	}
	var marks []int
	for _, g := range v.markers {
		if m[2*g] >= 0 {
			marks = append(marks, m[2*g]+start)
		}
	}
	return out, marks
}

// Match applies the pattern to s[pos:endpos] as Pattern.search, match or
// fullmatch do (see Anchor), with pos and endpos as byte offsets clamped
// like Python's. The characters before pos are context (for \b and
// MULTILINE ^), while endpos truncates s. It returns the byte offsets of
// group 0..NumGroups as start, end pairs (-1, -1 for a group that did not
// participate), or nil if there is no match.
func (re *Regexp) Match(s string, pos, endpos int, anchor Anchor) []int {
	return re.match(s, pos, endpos, variantKey{anchor: anchor})
}

// match runs the variant selected by k's anchor, longest and nonEmpty
// fields (the others are derived here).
func (re *Regexp) match(s string, pos, endpos int, k variantKey) []int {
	pos, endpos = clamp(s, pos, endpos)
	if endpos < pos {
		return nil
	}
	text := s[:endpos]
	start := pos
	anchor := k.anchor
	if pos > 0 {
		_, size := utf8.DecodeLastRuneInString(text[:pos])
		start = pos - size
		k.ctx = true
	}
	finalNL := strings.HasSuffix(text, "\n")
	if !re.dollar || !finalNL {
		m, _ := re.run(k, text, start)
		return m
	}
	// Text ends with a newline: Python's $ may match before it. (?m:$)
	// matches in a superset of places; if every $ in the winning path
	// matched at one of Python's places, that path is also Python's.
	k.dollar = dollarMarked
	m, marks := re.run(k, text, start)
	ok := true
	for _, at := range marks {
		if at != len(text) && at != len(text)-1 {
			ok = false
		}
	}
	if ok {
		return m
	}
	// Fall back: $ at the very end, or $ just before the final newline
	// (matching the text without it).
	k.dollar = dollarEnd
	full, _ := re.run(k, text, start)
	var cut []int
	if len(text)-1 >= pos && anchor != FullMatch {
		cut, _ = re.run(k, text[:len(text)-1], start)
	}
	switch {
	case full == nil:
		return cut
	case cut == nil:
		return full
	case cut[0] < full[0]:
		return cut
	}
	return full
}

// nextMatch finds the next match for iteration at pos; after an empty
// match (mustAdvance) an empty match at pos is not allowed.
func (re *Regexp) nextMatch(s string, pos, endpos int, mustAdvance bool) []int {
	m := re.Match(s, pos, endpos, Search)
	if m == nil || !mustAdvance || m[0] != pos || m[1] != pos {
		return m
	}
	if _, err := re.variant(variantKey{anchor: MatchAt, nonEmpty: true}); err == nil {
		if l := re.match(s, pos, endpos, variantKey{anchor: MatchAt, nonEmpty: true}); l != nil {
			return l
		}
	} else if l := re.match(s, pos, endpos, variantKey{anchor: MatchAt, longest: true}); l != nil && l[1] > pos {
		return l
	}
	if pos >= endpos || pos >= len(s) {
		return nil
	}
	_, size := utf8.DecodeRuneInString(s[pos:])
	return re.Match(s, pos+size, endpos, Search)
}

// FindAll returns the successive matches in s[pos:endpos] with Python 3.7+
// rules for empty matches (as finditer yields them), at most limit
// matches if limit > 0. Each element has the layout of Match's result.
func (re *Regexp) FindAll(s string, pos, endpos, limit int) [][]int {
	pos, endpos = clamp(s, pos, endpos)
	var out [][]int
	must := false
	for pos <= endpos && (limit <= 0 || len(out) < limit) {
		m := re.nextMatch(s, pos, endpos, must)
		if m == nil {
			break
		}
		out = append(out, m)
		must = m[0] == m[1]
		pos = m[1]
	}
	return out
}

// FindAllStrings implements re.findall: for each match, the whole match
// if the pattern has no groups, else the groups (a 1-tuple-free list when
// there is exactly one group), with "" for groups that did not take part.
// The caller builds str or tuple results from NumGroups.
func (re *Regexp) FindAllStrings(s string, pos, endpos int) [][]string {
	ms := re.FindAll(s, pos, endpos, 0)
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
	return out
}

// Piece is a substring of the subject, or Python's None.
type Piece struct {
	S    string
	None bool
}

// Split implements re.split: the text between matches, with the groups
// of each match (None for groups that did not take part) in between, at
// most maxsplit splits when maxsplit > 0.
func (re *Regexp) Split(s string, maxsplit int) []Piece {
	if maxsplit < 0 {
		return []Piece{{S: s}}
	}
	var out []Piece
	last := 0
	for _, m := range re.FindAll(s, 0, len(s), maxsplit) {
		out = append(out, Piece{S: s[last:m[0]]})
		for j := 1; j <= re.ngroups; j++ {
			if m[2*j] < 0 {
				out = append(out, Piece{None: true})
			} else {
				out = append(out, Piece{S: s[m[2*j]:m[2*j+1]]})
			}
		}
		last = m[1]
	}
	return append(out, Piece{S: s[last:]})
}

// Sub implements re.subn with a replacement function: each match (in
// Match's layout) is replaced by repl's result, at most count times when
// count > 0. It returns the new string and the number of replacements.
func (re *Regexp) Sub(s string, count int, repl func(match []int) (string, error)) (string, int, error) {
	var b strings.Builder
	last, n := 0, 0
	for _, m := range re.FindAll(s, 0, len(s), count) {
		r, err := repl(m)
		if err != nil {
			return "", n, err
		}
		b.WriteString(s[last:m[0]])
		b.WriteString(r)
		last = m[1]
		n++
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
