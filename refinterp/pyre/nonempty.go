package pyre

import "regexp/syntax"

// Python's iteration rule needs, after an empty match at pos, the
// highest-priority match at pos that is not empty. RE2 only reports the
// highest-priority match, so nonEmpty rewrites a pattern's syntax tree into
// one whose paths are exactly the non-empty paths of the original, in the
// same priority order: for a sequence A·R where A can match both empty and
// non-empty, the paths split into "A consumes, then R as is" and "A is
// empty, then R must consume", ordered by A's own preference (greedy
// quantifiers try to consume first, lazy ones not). Empty iterations of a
// repeated subpattern are ignored, as RE2 ignores them anyway.

// maxNonEmptyNodes bounds the rewritten tree; alternations can multiply
// it, and beyond this the caller falls back to the longest match.
const maxNonEmptyNodes = 20000

type neBuilder struct {
	nodes int
}

func (b *neBuilder) node(op syntax.Op, flags syntax.Flags, subs ...*syntax.Regexp) *syntax.Regexp {
	b.nodes++
	return &syntax.Regexp{Op: op, Flags: flags, Sub: subs}
}

func (b *neBuilder) concat(subs ...*syntax.Regexp) *syntax.Regexp {
	var flat []*syntax.Regexp
	for _, s := range subs {
		if s.Op == syntax.OpNoMatch {
			return b.node(syntax.OpNoMatch, 0)
		}
		if s.Op == syntax.OpEmptyMatch {
			continue
		}
		flat = append(flat, s)
	}
	switch len(flat) {
	case 0:
		return b.node(syntax.OpEmptyMatch, 0)
	case 1:
		return flat[0]
	}
	return b.node(syntax.OpConcat, 0, flat...)
}

func (b *neBuilder) alt(subs ...*syntax.Regexp) *syntax.Regexp {
	var keep []*syntax.Regexp
	for _, s := range subs {
		if s.Op != syntax.OpNoMatch {
			keep = append(keep, s)
		}
	}
	switch len(keep) {
	case 0:
		return b.node(syntax.OpNoMatch, 0)
	case 1:
		return keep[0]
	}
	return b.node(syntax.OpAlternate, 0, keep...)
}

func isAssertion(op syntax.Op) bool {
	switch op {
	case syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpEmptyMatch:
		return true
	}
	return false
}

func nullable(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpStar, syntax.OpQuest:
		return true
	case syntax.OpPlus, syntax.OpCapture:
		return nullable(re.Sub[0])
	case syntax.OpRepeat:
		return re.Min == 0 || nullable(re.Sub[0])
	case syntax.OpConcat:
		for _, s := range re.Sub {
			if !nullable(s) {
				return false
			}
		}
		return true
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			if nullable(s) {
				return true
			}
		}
		return false
	}
	return isAssertion(re.Op)
}

func consumes(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpLiteral:
		return len(re.Rune) > 0
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return true
	case syntax.OpStar, syntax.OpPlus, syntax.OpQuest, syntax.OpCapture:
		return consumes(re.Sub[0])
	case syntax.OpRepeat:
		return re.Max != 0 && consumes(re.Sub[0])
	case syntax.OpConcat, syntax.OpAlternate:
		for _, s := range re.Sub {
			if consumes(s) {
				return true
			}
		}
	}
	return false
}

// preferEmpty reports whether re's highest-priority path is empty.
func preferEmpty(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpStar, syntax.OpQuest:
		return re.Flags&syntax.NonGreedy != 0 || !consumes(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min == 0 {
			return re.Flags&syntax.NonGreedy != 0 || !consumes(re.Sub[0])
		}
		return preferEmpty(re.Sub[0])
	case syntax.OpPlus, syntax.OpCapture:
		return preferEmpty(re.Sub[0])
	case syntax.OpConcat:
		for _, s := range re.Sub {
			if !preferEmpty(s) {
				return false
			}
		}
		return true
	case syntax.OpAlternate:
		return preferEmpty(re.Sub[0])
	}
	return !consumes(re)
}

// emptyOnly returns re restricted to its empty paths.
func (b *neBuilder) emptyOnly(re *syntax.Regexp) *syntax.Regexp {
	switch re.Op {
	case syntax.OpStar, syntax.OpQuest:
		return b.node(syntax.OpEmptyMatch, 0)
	case syntax.OpPlus:
		return b.emptyOnly(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min == 0 {
			return b.node(syntax.OpEmptyMatch, 0)
		}
		e := b.emptyOnly(re.Sub[0])
		subs := make([]*syntax.Regexp, re.Min)
		for i := range subs {
			subs[i] = e
		}
		return b.concat(subs...)
	case syntax.OpCapture:
		c := b.node(syntax.OpCapture, re.Flags, b.emptyOnly(re.Sub[0]))
		c.Cap, c.Name = re.Cap, re.Name
		return c
	case syntax.OpConcat:
		subs := make([]*syntax.Regexp, len(re.Sub))
		for i, s := range re.Sub {
			subs[i] = b.emptyOnly(s)
		}
		return b.concat(subs...)
	case syntax.OpAlternate:
		subs := make([]*syntax.Regexp, len(re.Sub))
		for i, s := range re.Sub {
			subs[i] = b.emptyOnly(s)
		}
		return b.alt(subs...)
	}
	if isAssertion(re.Op) {
		return re
	}
	return b.node(syntax.OpNoMatch, 0)
}

func withRest(a *syntax.Regexp, rest []*syntax.Regexp) []*syntax.Regexp {
	return append([]*syntax.Regexp{a}, rest...)
}

func with2(a, c *syntax.Regexp, rest []*syntax.Regexp) []*syntax.Regexp {
	return append([]*syntax.Regexp{a, c}, rest...)
}

// ne returns the non-empty paths of the concatenation seq, in priority
// order. It returns nil when the tree grows too large.
func (b *neBuilder) ne(seq []*syntax.Regexp) *syntax.Regexp {
	if b.nodes > maxNonEmptyNodes {
		return nil
	}
	if len(seq) == 0 {
		return b.node(syntax.OpNoMatch, 0)
	}
	a, rest := seq[0], seq[1:]
	if a.Op == syntax.OpConcat {
		return b.ne(append(append([]*syntax.Regexp(nil), a.Sub...), rest...))
	}
	if !nullable(a) {
		return b.concat(withRest(a, rest)...)
	}
	if !consumes(a) {
		r := b.ne(rest)
		if r == nil {
			return nil
		}
		return b.concat(a, r)
	}
	lazy := a.Flags&syntax.NonGreedy != 0
	// order returns the two alternatives in priority order.
	order := func(consume, empty *syntax.Regexp, emptyFirst bool) *syntax.Regexp {
		if consume == nil || empty == nil {
			return nil
		}
		if emptyFirst {
			return b.alt(empty, consume)
		}
		return b.alt(consume, empty)
	}
	switch a.Op {
	case syntax.OpAlternate:
		subs := make([]*syntax.Regexp, len(a.Sub))
		for i, s := range a.Sub {
			if subs[i] = b.ne(withRest(s, rest)); subs[i] == nil {
				return nil
			}
		}
		return b.alt(subs...)
	case syntax.OpQuest:
		return order(b.ne(withRest(a.Sub[0], rest)), b.ne(rest), lazy)
	case syntax.OpStar:
		x := b.ne([]*syntax.Regexp{a.Sub[0]})
		if x == nil {
			return nil
		}
		return order(b.concat(withRest(x, withRest(a, rest))...), b.ne(rest), lazy)
	case syntax.OpPlus:
		star := b.node(syntax.OpStar, a.Flags, a.Sub[0])
		return b.ne(with2(a.Sub[0], star, rest))
	case syntax.OpRepeat:
		x := a.Sub[0]
		if a.Min == 0 {
			if a.Max == 0 {
				return b.ne(rest)
			}
			more := b.node(syntax.OpRepeat, a.Flags, x)
			more.Min, more.Max = 0, a.Max-1
			if a.Max < 0 {
				more.Max = -1
			}
			nx := b.ne([]*syntax.Regexp{x})
			if nx == nil {
				return nil
			}
			return order(b.concat(withRest(nx, withRest(more, rest))...), b.ne(rest), lazy)
		}
		more := b.node(syntax.OpRepeat, a.Flags, x)
		more.Min, more.Max = a.Min-1, a.Max-1
		if a.Max < 0 {
			more.Max = -1
		}
		return b.ne(with2(x, more, rest))
	case syntax.OpCapture:
		x := a.Sub[0]
		nx := b.ne([]*syntax.Regexp{x})
		r := b.ne(rest)
		if nx == nil || r == nil {
			return nil
		}
		c1 := b.node(syntax.OpCapture, a.Flags, nx)
		c1.Cap, c1.Name = a.Cap, a.Name
		c2 := b.node(syntax.OpCapture, a.Flags, b.emptyOnly(x))
		c2.Cap, c2.Name = a.Cap, a.Name
		return order(b.concat(withRest(c1, rest)...), b.concat(c2, r), preferEmpty(x))
	}
	return b.concat(withRest(a, rest)...)
}

// nonEmptySyntax rewrites the RE2 pattern src (with named captures) so that
// it matches exactly the non-empty matches of src; ok is false if the
// rewrite is too large.
func nonEmptySyntax(src string) (string, bool) {
	re, err := syntax.Parse(src, syntax.Perl)
	if err != nil {
		return "", false
	}
	b := &neBuilder{}
	out := b.ne([]*syntax.Regexp{re})
	if out == nil {
		return "", false
	}
	return out.String(), true
}
