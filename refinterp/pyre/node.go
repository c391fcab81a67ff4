package pyre

// The parser turns a pattern into a tree of nodes, the shape of
// sre_parse's SubPattern; compile.go lowers it to a program. Flags that
// change a node's meaning (IGNORECASE, ASCII, DOTALL, MULTILINE) are
// resolved by the parser and stored in the node, so scoped flags need no
// node of their own.

type nodeKind uint8

const (
	nEmpty   nodeKind = iota
	nLit              // one code point r (fold: case-insensitive)
	nAny              // . (dotAll: also \n)
	nClass            // a character class, \d \w \s and their negations
	nCat              // sequence of subs
	nAlt              // alternatives subs, in priority order
	nGroup            // capturing group n around subs[0]
	nRepeat           // subs[0] repeated min..max (max < 0: unbounded)
	nAssert           // a zero-width assertion at (see assertKind)
	nBackref          // the text of group n (fold: case-insensitive)
	nLook             // lookaround: behind, neg, subs[0]
	nAtomic           // atomic group (?>...) around subs[0]
	nCond             // (?(n)yes|no): subs[0] yes, subs[1] no
)

// assertKind is the condition of an nAssert node.
type assertKind uint8

const (
	atBeginning     assertKind = iota // ^ and \A: the start of the string
	atBeginningLine                   // MULTILINE ^
	atEnd                             // $: the end, or before a final \n
	atEndLine                         // MULTILINE $
	atEndString                       // \Z
	atBoundary                        // \b
	atNonBoundary                     // \B
)

type node struct {
	kind     nodeKind
	r        rune
	fold     bool // case-insensitive literal, class or backreference
	ascii    bool // ASCII flag: \b, \w, \d, \s and folding are ASCII-only
	dotAll   bool
	greedy   bool
	possess  bool // possessive repeat (*+, ++, ?+, {m,n}+)
	behind   bool
	neg      bool
	at       assertKind
	n        int // group number
	min, max int // repeat bounds; min is also a lookbehind's width
	cls      *charClass
	subs     []*node
}

// width returns the minimum and maximum number of code points n can
// match; max is -1 when unbounded. groupWidth gives the widths of groups
// already parsed, for backreferences.
func (n *node) width(groupWidth func(int) (int, int)) (int, int) {
	switch n.kind {
	case nLit, nAny, nClass:
		return 1, 1
	case nEmpty, nAssert, nLook:
		return 0, 0
	case nBackref:
		return groupWidth(n.n)
	case nCat:
		lo, hi := 0, 0
		for _, s := range n.subs {
			a, b := s.width(groupWidth)
			lo += a
			if hi >= 0 {
				if b < 0 {
					hi = -1
				} else {
					hi += b
				}
			}
		}
		return lo, hi
	case nAlt, nCond:
		lo, hi := -1, 0
		for _, s := range n.subs {
			a, b := s.width(groupWidth)
			if lo < 0 || a < lo {
				lo = a
			}
			if hi >= 0 && (b < 0 || b > hi) {
				hi = b
			}
		}
		if n.kind == nCond && len(n.subs) == 1 {
			lo = 0
		}
		if lo < 0 {
			lo = 0
		}
		return lo, hi
	case nGroup, nAtomic:
		return n.subs[0].width(groupWidth)
	case nRepeat:
		a, b := n.subs[0].width(groupWidth)
		lo := a * n.min
		if lo > 1<<30 {
			lo = 1 << 30
		}
		switch {
		case b == 0:
			return lo, 0
		case b < 0 || n.max < 0:
			return lo, -1
		}
		hi := b * n.max
		if hi > 1<<30 {
			return lo, -1
		}
		return lo, hi
	}
	return 0, 0
}
