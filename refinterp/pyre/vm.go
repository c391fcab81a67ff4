package pyre

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The machine matches by backtracking, like CPython's sre, but keeps its
// choice points and undo records on an explicit stack: a deep match costs
// heap, not Go stack, and both the stack and the number of steps are
// bounded so that catastrophic backtracking ends with an error instead of
// running for hours.

// StepBudget bounds the steps (instructions and backtracks) of one
// search, match or fullmatch. CPython has no limit; real patterns stay far
// below it. Exceeding it raises RuntimeError.
var StepBudget = 100_000_000

// MaxStack bounds the backtracking stack, in frames of 32 bytes (64 MB).
var MaxStack = 1 << 21

type frameKind uint8

const (
	fChoice   frameKind = iota // resume at pc, pos
	fCap                       // undo: caps[a] = b (and lastindex = pos for an end slot)
	fReg                       // undo: regs[a] = {count b, last pos}
	fStar                      // greedy opStar at pc: give back one char from pos (not below a)
	fLazyStar                  // lazy opStar at pc: take one more char at pos (count a)
	fRepLazy                   // lazy opRepUntil at pc: one more iteration at pos
	fBarrier                   // start of a lookaround or atomic group at pc (pos: where it started)
)

type frame struct {
	kind frameKind
	pc   int32
	pos  int
	a, b int
}

type repReg struct {
	count int
	last  int // position where the current iteration started
}

// machine is the mutable state of one match; Regexp keeps one for reuse.
type machine struct {
	prog      []inst
	s         string
	end       int
	caps      []int
	lastindex int
	regs      []repReg
	stack     []frame
	steps     int
	err       error
	// Python's iteration rules: a match must end at end (fullmatch), and
	// after an empty match the next one must not be empty at the same
	// place (mustAdvance, for matches starting at searchStart).
	fullMatch   bool
	mustAdvance bool
	searchStart int
}

func (m *machine) push(f frame) bool {
	if len(m.stack) >= MaxStack {
		if m.err == nil {
			m.err = &Error{Type: "RuntimeError", Msg: "regular expression backtracking stack limit exceeded", Pos: -1}
		}
		return false
	}
	m.stack = append(m.stack, f)
	return true
}

// setCap sets a capture slot; an end slot also sets lastindex, as sre's
// MARK does.
func (m *machine) setCap(i, v int) {
	m.push(frame{kind: fCap, a: i, b: m.caps[i], pos: m.lastindex})
	m.caps[i] = v
	if i&1 == 1 {
		m.lastindex = i / 2
	}
}

func (m *machine) setReg(i, count, last int) {
	r := m.regs[i]
	m.push(frame{kind: fReg, a: i, b: r.count, pos: r.last})
	m.regs[i] = repReg{count, last}
}

// undo applies an undo frame (and ignores choice frames).
func (m *machine) undo(f *frame) {
	switch f.kind {
	case fCap:
		m.caps[f.a] = f.b
		if f.a&1 == 1 {
			m.lastindex = f.pos
		}
	case fReg:
		m.regs[f.a] = repReg{f.b, f.pos}
	}
}

// barrier returns the index of the innermost barrier frame.
func (m *machine) barrier() int {
	for i := len(m.stack) - 1; i >= 0; i-- {
		if m.stack[i].kind == fBarrier {
			return i
		}
	}
	return -1
}

// cut removes the choice points above the barrier at bi and the barrier
// itself, keeping the undo records (the group's captures stay undoable).
func (m *machine) cut(bi int) {
	j := bi
	for i := bi + 1; i < len(m.stack); i++ {
		switch m.stack[i].kind {
		case fCap, fReg:
			m.stack[j] = m.stack[i]
			j++
		}
	}
	m.stack = m.stack[:j]
}

func (m *machine) runeAt(pos int) (rune, int) {
	c := m.s[pos]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(m.s[pos:m.end])
}

func (m *machine) isWordAt(pos int, ascii bool) bool {
	if pos < 0 || pos >= m.end {
		return false
	}
	r, _ := m.runeAt(pos)
	return isWordChar(r, ascii)
}

func (m *machine) prevStart(pos int) int {
	_, size := utf8.DecodeLastRuneInString(m.s[:pos])
	return pos - size
}

func (m *machine) assert(in *inst, pos int) bool {
	switch in.at {
	case atBeginning:
		return pos == 0
	case atBeginningLine:
		return pos == 0 || m.s[pos-1] == '\n'
	case atEnd:
		return pos == m.end || pos+1 == m.end && m.s[pos] == '\n'
	case atEndLine:
		return pos == m.end || m.s[pos] == '\n'
	case atEndString:
		return pos == m.end
	case atBoundary, atNonBoundary:
		if pos == 0 && pos == m.end {
			return false // sre: neither \b nor \B matches the empty string
		}
		before := pos > 0 && m.isWordAt(m.prevStart(pos), in.ascii)
		after := m.isWordAt(pos, in.ascii)
		return (before != after) == (in.at == atBoundary)
	}
	return false
}

// backref matches the text of group n at pos and returns the new
// position or -1.
func (m *machine) backref(in *inst, pos int) int {
	a, b := m.caps[2*in.n], m.caps[2*in.n+1]
	if a < 0 || b < 0 {
		return -1
	}
	ref := m.s[a:b]
	if !in.fold {
		if strings.HasPrefix(m.s[pos:m.end], ref) {
			return pos + len(ref)
		}
		return -1
	}
	for _, r := range ref {
		if pos >= m.end {
			return -1
		}
		c, size := m.runeAt(pos)
		// sre's GROUPREF_IGNORE compares lower-case forms only.
		if r != c && (in.ascii || unicode.ToLower(r) != unicode.ToLower(c)) && !foldEqual(r, c, true) {
			return -1
		}
		pos += size
	}
	return pos
}

// run tries to match at start; it returns true with caps filled in, or
// false (m.err is set when a limit was hit).
func (m *machine) run(start int) bool {
	for i := range m.caps {
		m.caps[i] = -1
	}
	m.lastindex = -1
	m.stack = m.stack[:0]
	pc, pos := 0, start
	prog := m.prog
	for {
		m.steps++
		if m.steps > StepBudget {
			m.err = &Error{Type: "RuntimeError", Msg: "regular expression step budget exceeded (catastrophic backtracking?)", Pos: -1}
			return false
		}
		if m.err != nil {
			return false
		}
		in := &prog[pc]
		switch in.op {
		case opMatch:
			if m.fullMatch && pos != m.end || m.mustAdvance && pos == m.searchStart && start == m.searchStart {
				goto fail
			}
			m.caps[0], m.caps[1] = start, pos
			return true
		case opChar:
			if pos >= m.end {
				goto fail
			}
			if in.r < utf8.RuneSelf {
				if m.s[pos] != byte(in.r) {
					goto fail
				}
				pos++
			} else {
				r, size := m.runeAt(pos)
				if r != in.r {
					goto fail
				}
				pos += size
			}
			pc++
		case opString:
			if !strings.HasPrefix(m.s[pos:m.end], in.str) {
				goto fail
			}
			pos += len(in.str)
			pc++
		case opCharFold, opAny, opAnyAll, opClass:
			if pos = in.matchOne(m.s, pos, m.end); pos < 0 {
				goto fail
			}
			pc++
		case opAssert:
			if !m.assert(in, pos) {
				goto fail
			}
			pc++
		case opSplit:
			m.push(frame{kind: fChoice, pc: int32(in.y), pos: pos})
			pc = in.x
		case opJmp:
			pc = in.x
		case opSave:
			m.setCap(in.n, pos)
			pc++
		case opBackref:
			if pos = m.backref(in, pos); pos < 0 {
				goto fail
			}
			pc++
		case opRepInit:
			m.setReg(in.n, 0, -1)
			pc++
		case opRepUntil:
			r := m.regs[in.n]
			if r.count < in.min {
				m.setReg(in.n, r.count+1, pos)
				pc = in.x
				continue
			}
			more := (in.max < 0 || r.count < in.max) && pos != r.last
			if in.greedy {
				if more {
					m.push(frame{kind: fChoice, pc: int32(in.y), pos: pos})
					m.setReg(in.n, r.count+1, pos)
					pc = in.x
					continue
				}
				pc = in.y
				continue
			}
			if more {
				m.push(frame{kind: fRepLazy, pc: int32(pc), pos: pos})
			}
			pc = in.y
		case opStar:
			one := &prog[pc+1]
			p := pos
			n := 0
			for ; n < in.min; n++ {
				if p = one.matchOne(m.s, p, m.end); p < 0 {
					goto fail
				}
			}
			minPos := p
			if in.greedy {
				if in.max < 0 && one.op == opAnyAll {
					p = m.end
				} else if in.max < 0 && one.op == opAny {
					if i := strings.IndexByte(m.s[p:m.end], '\n'); i >= 0 {
						p += i
					} else {
						p = m.end
					}
				}
				for in.max < 0 || n < in.max {
					q := one.matchOne(m.s, p, m.end)
					if q < 0 {
						break
					}
					p = q
					n++
				}
				if p > minPos {
					m.push(frame{kind: fStar, pc: int32(pc), pos: p, a: minPos})
				}
			} else if in.max < 0 || n < in.max {
				m.push(frame{kind: fLazyStar, pc: int32(pc), pos: p, a: n})
			}
			pos = p
			pc += 2
		case opLook:
			lookStart := pos
			if in.behind {
				for k := 0; k < in.n; k++ {
					if lookStart <= 0 {
						lookStart = -1
						break
					}
					lookStart = m.prevStart(lookStart)
				}
				if lookStart < 0 {
					if in.neg {
						pc = in.x
						continue
					}
					goto fail
				}
			}
			m.push(frame{kind: fBarrier, pc: int32(pc), pos: pos})
			pos = lookStart
			pc++
		case opLookEnd:
			bi := m.barrier()
			b := m.stack[bi]
			look := &prog[b.pc]
			if look.behind && pos != b.pos {
				goto fail
			}
			if look.neg {
				// The body matched: the assertion fails. Undo the body.
				for i := len(m.stack) - 1; i > bi; i-- {
					m.undo(&m.stack[i])
				}
				m.stack = m.stack[:bi]
				goto fail
			}
			m.cut(bi)
			pos = b.pos
			pc = look.x
		case opAtomic:
			m.push(frame{kind: fBarrier, pc: int32(pc), pos: pos})
			pc++
		case opAtomicEnd:
			m.cut(m.barrier())
			pc++
		case opCond:
			if m.caps[2*in.n] >= 0 && m.caps[2*in.n+1] >= 0 {
				pc++
			} else {
				pc = in.x
			}
		}
		continue

	fail:
		// Pop frames until one lets the match go on.
		for {
			if len(m.stack) == 0 {
				return false
			}
			m.steps++
			f := m.stack[len(m.stack)-1]
			m.stack = m.stack[:len(m.stack)-1]
			switch f.kind {
			case fCap, fReg:
				m.undo(&f)
				continue
			case fChoice:
				pc, pos = int(f.pc), f.pos
			case fStar:
				var p int
				if c := prog[f.pc].follow; c >= 0 {
					// Before a literal, only give back to where it can
					// match (an ASCII byte is never inside a UTF-8
					// sequence, so a byte search is exact).
					i := strings.LastIndexByte(m.s[f.a:f.pos], byte(c))
					if i < 0 {
						continue
					}
					p = f.a + i
				} else {
					p = m.prevStart(f.pos)
				}
				if p > f.a {
					m.push(frame{kind: fStar, pc: f.pc, pos: p, a: f.a})
				}
				pc, pos = int(f.pc)+2, p
			case fLazyStar:
				in := &prog[f.pc]
				p := prog[f.pc+1].matchOne(m.s, f.pos, m.end)
				if p < 0 {
					continue
				}
				if in.max < 0 || f.a+1 < in.max {
					m.push(frame{kind: fLazyStar, pc: f.pc, pos: p, a: f.a + 1})
				}
				pc, pos = int(f.pc)+2, p
			case fRepLazy:
				in := &prog[f.pc]
				r := m.regs[in.n]
				m.setReg(in.n, r.count+1, f.pos)
				pc, pos = in.x, f.pos
			case fBarrier:
				in := &prog[f.pc]
				if in.op == opLook && in.neg {
					// The body failed: the negative assertion holds.
					pc, pos = in.x, f.pos
					break
				}
				continue
			}
			break
		}
	}
}
