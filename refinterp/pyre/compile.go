package pyre

import (
	"strings"
	"unicode/utf8"
)

// A program is a list of instructions run by the backtracking machine in
// vm.go. Control flow is explicit (split, jmp); a split's alternative and
// everything that must be undone on backtracking goes on the machine's
// stack, never on Go's.

type opcode uint8

const (
	opMatch     opcode = iota
	opChar             // the code point r
	opCharFold         // any of folds (r and its case variants)
	opString           // the literal text str (case-sensitive)
	opAny              // any code point but \n
	opAnyAll           // any code point
	opClass            // a code point in cls
	opAssert           // the condition at (ascii: ASCII word characters)
	opSplit            // try x, then y
	opJmp              // go to x
	opSave             // capture slot n := position
	opBackref          // the text of group n (fold, ascii)
	opRepInit          // reset counter n
	opRepUntil         // loop test of counter n (min, max, greedy), body x, exit y
	opStar             // repeat the one-character matcher at pc+1 (min, max, greedy); exit pc+2
	opLook             // lookaround (behind, neg, width) of the body after it; exit x
	opLookEnd          // end of a lookaround body
	opAtomic           // start of an atomic group
	opAtomicEnd        // end of an atomic group
	opCond             // if group n matched go on, else go to x
)

type inst struct {
	op     opcode
	greedy bool
	neg    bool
	behind bool
	fold   bool
	ascii  bool
	at     assertKind
	r      rune
	n      int
	x, y   int
	min    int
	max    int // -1: unbounded
	cls    *charClass
	str    string
	folds  []rune
	// follow is, for opStar, the ASCII byte that must come right after
	// the repeat (skipping captures), or -1: giving characters back can
	// skip the places where it is absent, as sre's REPEAT_ONE does.
	follow int
}

type compiler struct {
	prog  []inst
	nregs int
}

func (c *compiler) emit(in inst) int {
	c.prog = append(c.prog, in)
	return len(c.prog) - 1
}

// compileProgram lowers a parsed pattern; the program ends in opMatch.
func compileProgram(root *node) ([]inst, int) {
	c := &compiler{}
	c.node(root)
	c.emit(inst{op: opMatch})
	for i := range c.prog {
		c.prog[i].follow = -1
		if c.prog[i].op != opStar {
			continue
		}
		j := i + 2
		for c.prog[j].op == opSave {
			j++
		}
		switch next := &c.prog[j]; {
		case next.op == opChar && next.r < utf8.RuneSelf:
			c.prog[i].follow = int(next.r)
		case next.op == opString && next.str[0] < utf8.RuneSelf:
			c.prog[i].follow = int(next.str[0])
		}
	}
	return c.prog, c.nregs
}

// oneChar reports whether n matches exactly one code point with a single
// instruction, so that repeats of it can use opStar.
func oneChar(n *node) bool {
	return n.kind == nLit || n.kind == nAny || n.kind == nClass
}

func (c *compiler) node(n *node) {
	switch n.kind {
	case nEmpty:
	case nLit:
		if n.fold {
			c.emit(inst{op: opCharFold, r: n.r, folds: foldSet(n.r, n.ascii)})
		} else {
			c.emit(inst{op: opChar, r: n.r})
		}
	case nAny:
		if n.dotAll {
			c.emit(inst{op: opAnyAll})
		} else {
			c.emit(inst{op: opAny})
		}
	case nClass:
		c.emit(inst{op: opClass, cls: n.cls})
	case nCat:
		for i := 0; i < len(n.subs); i++ {
			// Runs of case-sensitive literals become one opString.
			j := i
			for j < len(n.subs) && n.subs[j].kind == nLit && !n.subs[j].fold {
				j++
			}
			if j-i >= 2 {
				var b strings.Builder
				for _, s := range n.subs[i:j] {
					b.WriteRune(s.r)
				}
				c.emit(inst{op: opString, str: b.String()})
				i = j - 1
				continue
			}
			c.node(n.subs[i])
		}
	case nAlt:
		var jumps []int
		for i, s := range n.subs {
			if i == len(n.subs)-1 {
				c.node(s)
				break
			}
			split := c.emit(inst{op: opSplit})
			c.prog[split].x = len(c.prog)
			c.node(s)
			jumps = append(jumps, c.emit(inst{op: opJmp}))
			c.prog[split].y = len(c.prog)
		}
		for _, j := range jumps {
			c.prog[j].x = len(c.prog)
		}
	case nGroup:
		c.emit(inst{op: opSave, n: 2 * n.n})
		c.node(n.subs[0])
		c.emit(inst{op: opSave, n: 2*n.n + 1})
	case nRepeat:
		c.repeat(n)
	case nAssert:
		c.emit(inst{op: opAssert, at: n.at, ascii: n.ascii})
	case nBackref:
		c.emit(inst{op: opBackref, n: n.n, fold: n.fold, ascii: n.ascii})
	case nLook:
		look := c.emit(inst{op: opLook, behind: n.behind, neg: n.neg, n: n.min})
		c.node(n.subs[0])
		c.emit(inst{op: opLookEnd})
		c.prog[look].x = len(c.prog)
	case nAtomic:
		c.emit(inst{op: opAtomic})
		c.node(n.subs[0])
		c.emit(inst{op: opAtomicEnd})
	case nCond:
		cond := c.emit(inst{op: opCond, n: n.n})
		c.node(n.subs[0])
		if len(n.subs) > 1 {
			j := c.emit(inst{op: opJmp})
			c.prog[cond].x = len(c.prog)
			c.node(n.subs[1])
			c.prog[j].x = len(c.prog)
		} else {
			c.prog[cond].x = len(c.prog)
		}
	}
}

func (c *compiler) repeat(n *node) {
	if n.possess {
		// X*+ is (?>X*).
		inner := *n
		inner.possess = false
		c.emit(inst{op: opAtomic})
		c.repeat(&inner)
		c.emit(inst{op: opAtomicEnd})
		return
	}
	body := n.subs[0]
	if n.max == 0 {
		return
	}
	if oneChar(body) {
		c.emit(inst{op: opStar, min: n.min, max: n.max, greedy: n.greedy})
		c.node(body)
		return
	}
	if n.min == 0 && n.max == 1 {
		split := c.emit(inst{op: opSplit})
		if n.greedy {
			c.prog[split].x = len(c.prog)
			c.node(body)
			c.prog[split].y = len(c.prog)
		} else {
			c.prog[split].y = len(c.prog)
			c.node(body)
			c.prog[split].x = len(c.prog)
		}
		return
	}
	reg := c.nregs
	c.nregs++
	c.emit(inst{op: opRepInit, n: reg})
	until := c.emit(inst{op: opRepUntil, n: reg, min: n.min, max: n.max, greedy: n.greedy})
	c.prog[until].x = len(c.prog)
	c.node(body)
	c.emit(inst{op: opJmp, x: until})
	c.prog[until].y = len(c.prog)
}

// matchOne applies a one-character instruction at pos of s[:end] and
// returns the position after the character, or -1.
func (in *inst) matchOne(s string, pos, end int) int {
	if pos >= end {
		return -1
	}
	r, size := rune(s[pos]), 1
	if r >= utf8.RuneSelf {
		r, size = utf8.DecodeRuneInString(s[pos:end])
	}
	switch in.op {
	case opChar:
		if r == in.r {
			return pos + size
		}
	case opCharFold:
		for _, f := range in.folds {
			if r == f {
				return pos + size
			}
		}
	case opAny:
		if r != '\n' {
			return pos + size
		}
	case opAnyAll:
		return pos + size
	case opClass:
		if in.cls.has(r) {
			return pos + size
		}
	}
	return -1
}
