package compile

// The match statement (PEP 634).
//
// The subject is evaluated once and kept on the stack while the cases are
// tried. Each case works on a copy of it. Names captured by a pattern are
// collected in a dict (built below the pattern's working values, filled
// with MAP_ADD) and stored into the real variables only when the whole
// pattern has matched, so a failed pattern binds nothing; alternatives of
// an OR pattern may then capture their names in any order. A pattern
// consumes the value on top of the stack; on failure it jumps to a label
// that pops whatever the pattern left on the stack (one label per depth,
// emitted at the end of the case or alternative).
//
// Everything is ordinary bytecode except MATCH_OP, whose argument selects
// one of the Match* operations below.

import (
	"strconv"
	"strings"

	"github.com/mptest/mptest/refinterp/syntax"
)

// MATCH_OP arguments (the low 4 bits; MatchClass keeps its positional
// count in the bits above).
const (
	MatchSequence = iota // [subj] -> [subj bool]: a sequence pattern may match
	MatchMapping         // [subj] -> [subj bool]: a mapping pattern may match
	MatchLen             // [subj] -> [subj len(subj)]
	MatchKeys            // [subj keys] -> [subj keys values-tuple-or-None]
	MatchRest            // [subj keys] -> [subj keys dict-without-keys]
	MatchClass           // [subj cls kwnames] -> [attrs-tuple-or-None]; arg>>4 positional count
)

// matchStackEffect is the stack effect of MATCH_OP.
func matchStackEffect(arg int) int {
	if arg&0xf == MatchClass {
		return -2
	}
	return 1
}

// patCtx is the state of the pattern being compiled.
type patCtx struct {
	depth     int            // values on the stack above the capture dict
	failBase  int            // depth at which the current fail chain ends
	fail      []int          // fail[i]: label for failing with failBase+i values above the dict
	names     []string       // captured names, in order
	bound     map[string]int // index in names
	irrefOK   bool           // an irrefutable pattern is allowed here
	hasBinder bool           // the case captures something (dict present)
}

// failLabel returns the label to jump to on failure with depth values
// above the capture dict.
func (c *compiler) failLabel(pc *patCtx, depth int) int {
	i := depth - pc.failBase
	for len(pc.fail) <= i {
		pc.fail = append(pc.fail, c.newLabel())
	}
	return pc.fail[i]
}

// emitFailChain places the fail labels: each pops one value and falls
// through to the next lower one; the lowest is left at the current pc.
func (c *compiler) emitFailChain(pc *patCtx) {
	for i := len(pc.fail) - 1; i >= 0; i-- {
		c.setLabel(pc.fail[i])
		if i > 0 {
			c.emit(POP_TOP, 0)
		}
	}
	pc.fail = nil
}

// patternBinds reports whether a pattern captures any name.
func patternBinds(p syntax.Pattern) bool {
	switch p := p.(type) {
	case *syntax.MatchAs:
		return p.Name != "" || (p.Pattern != nil && patternBinds(p.Pattern))
	case *syntax.MatchStar:
		return p.Name != ""
	case *syntax.MatchSequence:
		for _, q := range p.Patterns {
			if patternBinds(q) {
				return true
			}
		}
	case *syntax.MatchMapping:
		if p.Rest != "" {
			return true
		}
		for _, q := range p.Patterns {
			if patternBinds(q) {
				return true
			}
		}
	case *syntax.MatchClass:
		for _, q := range p.Patterns {
			if patternBinds(q) {
				return true
			}
		}
		for _, q := range p.KwdPatterns {
			if patternBinds(q) {
				return true
			}
		}
	case *syntax.MatchOr:
		for _, q := range p.Patterns {
			if patternBinds(q) {
				return true
			}
		}
	}
	return false
}

// matchStmt compiles a match statement.
func (c *compiler) matchStmt(s *syntax.Match) {
	end := c.newLabel()
	c.expr(s.Subject)
	for i, mc := range s.Cases {
		c.setLine(mc.Pattern)
		next := c.newLabel()
		pc := &patCtx{irrefOK: mc.Guard != nil || i == len(s.Cases)-1, bound: map[string]int{}}
		pc.hasBinder = patternBinds(mc.Pattern)
		c.emit(DUP_TOP, 0)
		if pc.hasBinder {
			c.emit(BUILD_MAP, 0)
			c.emit(ROT_TWO, 0)
		}
		pc.depth = 1
		pc.failBase = 0
		c.pattern(mc.Pattern, pc)
		if c.err != nil {
			return
		}
		// matched: [subj dict?]
		if pc.hasBinder {
			for _, n := range pc.names {
				c.emit(DUP_TOP, 0)
				c.loadConst(n)
				c.emit(BINARY_SUBSCR, 0)
				c.nameOp(n, ctxStore)
			}
			c.emit(POP_TOP, 0)
		}
		if mc.Guard != nil {
			c.jumpIf(mc.Guard, next, false)
		}
		c.emit(POP_TOP, 0) // subject
		c.stmts(mc.Body)
		c.emitJump(JUMP, end)
		// failed: pop the pattern's values, then the dict
		c.emitFailChain(pc)
		if pc.hasBinder {
			c.emit(POP_TOP, 0)
		}
		c.setLabel(next)
	}
	c.emit(POP_TOP, 0)
	c.setLabel(end)
}

// capture stores the value on top of the stack into the capture dict under
// name (checking for a repeated name).
func (c *compiler) capture(name string, n syntax.Node, pc *patCtx) {
	if _, ok := pc.bound[name]; ok {
		c.errorf(n, "multiple assignments to name '"+name+"' in pattern")
		return
	}
	pc.bound[name] = len(pc.names)
	pc.names = append(pc.names, name)
	c.loadConst(name)
	c.emit(ROT_TWO, 0)
	c.emit(MAP_ADD, pc.depth)
	pc.depth--
}

// isWildcard reports whether p is "_" (or "*_").
func isWildcard(p syntax.Pattern) bool {
	switch p := p.(type) {
	case *syntax.MatchAs:
		return p.Pattern == nil && p.Name == ""
	case *syntax.MatchStar:
		return p.Name == ""
	}
	return false
}

// subpattern compiles a pattern nested in another one (where irrefutable
// patterns are fine).
func (c *compiler) subpattern(p syntax.Pattern, pc *patCtx) {
	old := pc.irrefOK
	pc.irrefOK = true
	c.pattern(p, pc)
	pc.irrefOK = old
}

// pattern compiles p, which consumes the value on top of the stack.
func (c *compiler) pattern(p syntax.Pattern, pc *patCtx) {
	if c.err != nil {
		return
	}
	switch p := p.(type) {
	case *syntax.MatchAs:
		if p.Pattern == nil {
			if !pc.irrefOK {
				if p.Name != "" {
					c.errorf(p, "name capture '"+p.Name+"' makes remaining patterns unreachable")
				} else {
					c.errorf(p, "wildcard makes remaining patterns unreachable")
				}
				return
			}
			if p.Name == "" {
				c.emit(POP_TOP, 0)
				pc.depth--
				return
			}
			c.capture(p.Name, p, pc)
			return
		}
		c.emit(DUP_TOP, 0)
		pc.depth++
		c.pattern(p.Pattern, pc)
		if c.err != nil {
			return
		}
		c.capture(p.Name, p, pc)
	case *syntax.MatchStar:
		// only valid inside a sequence pattern, handled there
		if p.Name == "" {
			c.emit(POP_TOP, 0)
			pc.depth--
		} else {
			c.capture(p.Name, p, pc)
		}
	case *syntax.MatchValue:
		c.expr(p.Value)
		c.emit(COMPARE_OP, 2)
		c.emitJump(POP_JUMP_IF_FALSE, c.failLabel(pc, pc.depth-1))
		pc.depth--
	case *syntax.MatchSingleton:
		v, _ := constValue(p.Value)
		c.loadConst(v)
		c.emit(COMPARE_OP, 6)
		c.emitJump(POP_JUMP_IF_FALSE, c.failLabel(pc, pc.depth-1))
		pc.depth--
	case *syntax.MatchSequence:
		c.sequencePattern(p, pc)
	case *syntax.MatchMapping:
		c.mappingPattern(p, pc)
	case *syntax.MatchClass:
		c.classPattern(p, pc)
	case *syntax.MatchOr:
		c.orPattern(p, pc)
	default:
		c.errorf(p, "unsupported pattern")
	}
}

func (c *compiler) sequencePattern(p *syntax.MatchSequence, pc *patCtx) {
	star := -1
	for i, q := range p.Patterns {
		if _, ok := q.(*syntax.MatchStar); ok {
			if star >= 0 {
				c.errorf(p, "multiple starred names in sequence pattern")
				return
			}
			star = i
		}
	}
	n := len(p.Patterns)
	c.emit(MATCH_OP, MatchSequence)
	c.emitJump(POP_JUMP_IF_FALSE, c.failLabel(pc, pc.depth))
	if star < 0 || n > 1 {
		c.emit(MATCH_OP, MatchLen)
		if star < 0 {
			c.loadConst(int64(n))
			c.emit(COMPARE_OP, 2) // ==
		} else {
			c.loadConst(int64(n - 1))
			c.emit(COMPARE_OP, 5) // >=
		}
		c.emitJump(POP_JUMP_IF_FALSE, c.failLabel(pc, pc.depth))
	}
	allWild := true
	for _, q := range p.Patterns {
		if !isWildcard(q) {
			allWild = false
		}
	}
	if allWild {
		c.emit(POP_TOP, 0)
		pc.depth--
		return
	}
	if star >= 0 && isWildcard(p.Patterns[star]) {
		// index the elements we need; the rest is never materialised
		for i, q := range p.Patterns {
			if isWildcard(q) {
				continue
			}
			c.emit(DUP_TOP, 0)
			pc.depth++
			if i < star {
				c.loadConst(int64(i))
			} else {
				c.loadConst(int64(i - n))
			}
			c.emit(BINARY_SUBSCR, 0)
			c.subpattern(q, pc)
			if c.err != nil {
				return
			}
		}
		c.emit(POP_TOP, 0)
		pc.depth--
		return
	}
	if star < 0 {
		c.emit(UNPACK_SEQUENCE, n)
	} else {
		c.emit(UNPACK_EX, star|(n-star-1)<<8)
	}
	pc.depth += n - 1
	for _, q := range p.Patterns {
		c.subpattern(q, pc)
		if c.err != nil {
			return
		}
	}
}

// mappingKey returns a normalised form of a literal key for the duplicate
// check and its repr, or ok false if the key is not a plain constant.
func mappingKey(e syntax.Expr) (key, repr string, ok bool) {
	k, isConst := e.(*syntax.Constant)
	if !isConst {
		return "", "", false
	}
	repr = strings.TrimSuffix(strings.TrimPrefix(syntax.DumpExpression(k), "Expression(body=Constant(value="), "))")
	if i := strings.Index(repr, ", kind="); i >= 0 && k.Kind == syntax.ConstStr {
		repr = repr[:i]
	}
	switch k.Kind {
	case syntax.ConstNone:
		return "N", repr, true
	case syntax.ConstTrue:
		return "n1", repr, true
	case syntax.ConstFalse:
		return "n0", repr, true
	case syntax.ConstInt:
		if k.Big != nil {
			return "n" + k.Big.String(), repr, true
		}
		return "n" + strconv.FormatInt(k.Int, 10), repr, true
	case syntax.ConstFloat:
		if k.Float == float64(int64(k.Float)) {
			return "n" + strconv.FormatInt(int64(k.Float), 10), repr, true
		}
		return "f" + strconv.FormatFloat(k.Float, 'g', -1, 64), repr, true
	case syntax.ConstStr:
		return "s" + k.Str, repr, true
	case syntax.ConstBytes:
		return "b" + k.Str, repr, true
	}
	return "", "", false
}

func (c *compiler) mappingPattern(p *syntax.MatchMapping, pc *patCtx) {
	seen := map[string]bool{}
	for _, k := range p.Keys {
		if key, repr, ok := mappingKey(k); ok {
			if seen[key] {
				c.errorf(p, "mapping pattern checks duplicate key ("+repr+")")
				return
			}
			seen[key] = true
		}
	}
	c.emit(MATCH_OP, MatchMapping)
	c.emitJump(POP_JUMP_IF_FALSE, c.failLabel(pc, pc.depth))
	if len(p.Keys) == 0 && p.Rest == "" {
		c.emit(POP_TOP, 0)
		pc.depth--
		return
	}
	for _, k := range p.Keys {
		c.expr(k)
	}
	c.emit(BUILD_TUPLE, len(p.Keys))
	pc.depth++ // [subj keys]
	if len(p.Keys) > 0 {
		c.emit(MATCH_OP, MatchKeys)
		c.emit(DUP_TOP, 0)
		c.loadConst(nil)
		c.emit(COMPARE_OP, 6)
		c.emitJump(POP_JUMP_IF_TRUE, c.failLabel(pc, pc.depth+1))
		c.emit(UNPACK_SEQUENCE, len(p.Keys))
		pc.depth += len(p.Keys)
		for _, q := range p.Patterns {
			c.subpattern(q, pc)
			if c.err != nil {
				return
			}
		}
	}
	if p.Rest != "" {
		c.emit(MATCH_OP, MatchRest)
		pc.depth++
		c.capture(p.Rest, p, pc)
	}
	c.emit(POP_TOP, 0)
	c.emit(POP_TOP, 0)
	pc.depth -= 2
}

func (c *compiler) classPattern(p *syntax.MatchClass, pc *patCtx) {
	for i, a := range p.KwdAttrs {
		for _, b := range p.KwdAttrs[:i] {
			if a == b {
				c.errorf(p.KwdPatterns[i], "attribute name repeated in class pattern: "+a)
				return
			}
		}
	}
	c.expr(p.Cls)
	kw := make(Tuple, len(p.KwdAttrs))
	for i, a := range p.KwdAttrs {
		kw[i] = a
	}
	c.loadConst(kw)
	c.emit(MATCH_OP, MatchClass|len(p.Patterns)<<4)
	c.emit(DUP_TOP, 0)
	c.loadConst(nil)
	c.emit(COMPARE_OP, 6)
	c.emitJump(POP_JUMP_IF_TRUE, c.failLabel(pc, pc.depth))
	n := len(p.Patterns) + len(p.KwdPatterns)
	c.emit(UNPACK_SEQUENCE, n)
	pc.depth += n - 1
	for _, q := range p.Patterns {
		c.subpattern(q, pc)
	}
	for _, q := range p.KwdPatterns {
		c.subpattern(q, pc)
	}
}

func (c *compiler) orPattern(p *syntax.MatchOr, pc *patCtx) {
	end := c.newLabel()
	outerFail, outerBase := pc.fail, pc.failBase
	outerIrref := pc.irrefOK
	startNames, startBound := pc.names, pc.bound
	var altNames map[string]bool
	startDepth := pc.depth
	for i, alt := range p.Patterns {
		last := i == len(p.Patterns)-1
		pc.depth = startDepth
		pc.names = append([]string(nil), startNames...)
		pc.bound = map[string]int{}
		for k, v := range startBound {
			pc.bound[k] = v
		}
		pc.irrefOK = last && outerIrref
		if !last {
			c.emit(DUP_TOP, 0)
			pc.depth++
			pc.fail, pc.failBase = nil, pc.depth-1
		} else {
			pc.fail, pc.failBase = outerFail, outerBase
		}
		c.pattern(alt, pc)
		if c.err != nil {
			return
		}
		names := map[string]bool{}
		for _, n := range pc.names[len(startNames):] {
			names[n] = true
		}
		if i == 0 {
			altNames = names
		} else if !sameNames(altNames, names) {
			c.errorf(alt, "alternative patterns bind different names")
			return
		}
		if !last {
			c.emit(POP_TOP, 0) // the original subject
			pc.depth--
			c.emitJump(JUMP, end)
			c.emitFailChain(pc)
			// here: the original subject is on top again
		} else {
			outerFail = pc.fail
		}
	}
	pc.fail, pc.failBase = outerFail, outerBase
	pc.irrefOK = outerIrref
	c.setLabel(end)
}

func sameNames(a, b map[string]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

// matchStmt declares the names a match statement binds and visits its
// expressions (resolver pass).
func (r *resolver) matchStmt(s *syntax.Match) {
	r.expr(s.Subject)
	for _, mc := range s.Cases {
		r.pattern(mc.Pattern)
		r.expr(mc.Guard)
		r.stmts(mc.Body)
	}
}

func (r *resolver) pattern(p syntax.Pattern) {
	switch p := p.(type) {
	case *syntax.MatchAs:
		if p.Pattern != nil {
			r.pattern(p.Pattern)
		}
		if p.Name != "" {
			r.def(p.Name)
		}
	case *syntax.MatchStar:
		if p.Name != "" {
			r.def(p.Name)
		}
	case *syntax.MatchValue:
		r.expr(p.Value)
	case *syntax.MatchSequence:
		for _, q := range p.Patterns {
			r.pattern(q)
		}
	case *syntax.MatchMapping:
		r.exprs(p.Keys)
		for _, q := range p.Patterns {
			r.pattern(q)
		}
		if p.Rest != "" {
			r.def(p.Rest)
		}
	case *syntax.MatchClass:
		r.expr(p.Cls)
		for _, q := range p.Patterns {
			r.pattern(q)
		}
		for _, q := range p.KwdPatterns {
			r.pattern(q)
		}
	case *syntax.MatchOr:
		for _, q := range p.Patterns {
			r.pattern(q)
		}
	}
}
