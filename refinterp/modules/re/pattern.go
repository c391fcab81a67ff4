package re

import (
	"math"
	"sort"

	"github.com/mptest/mptest/refinterp/py"
	"github.com/mptest/mptest/refinterp/pyre"
)

// Pattern is a compiled regular expression (re.Pattern).
type Pattern struct {
	st  *state
	re  *pyre.Regexp
	src py.Value // the pattern str as given
}

// Type returns PatternType.
func (*Pattern) Type() *py.Type { return PatternType }

// raise converts a pyre error into the Python exception.
func (p *Pattern) raise(th *py.Thread, err error) error {
	return p.st.raise(th, err, p.re.IsBytes())
}

const maxsize = math.MaxInt

func (p *Pattern) match(th *py.Thread, strV, posV, endV py.Value, anchor pyre.Anchor) (py.Value, error) {
	sub, err := p.subject(strV)
	if err != nil {
		return nil, err
	}
	pos, endpos, err := bounds(th, sub, posV, endV)
	if err != nil {
		return nil, err
	}
	m, err := p.re.Match(sub.s, sub.byteOff(pos), sub.byteOff(endpos), anchor)
	if err != nil {
		return nil, p.raise(th, err)
	}
	if m == nil {
		return py.None, nil
	}
	return &Match{p: p, sub: sub, str: strV, m: m, pos: pos, endpos: endpos}, nil
}

func bounds(th *py.Thread, sub *subject, posV, endV py.Value) (int, int, error) {
	pos, err := intArg(th, posV, 0)
	if err != nil {
		return 0, 0, err
	}
	endpos, err := intArg(th, endV, maxsize>>1)
	if err != nil {
		return 0, 0, err
	}
	pos, endpos = sub.clamp(pos, endpos)
	return pos, endpos, nil
}

// groupValue returns group j of a match in pyre's layout as a str (bytes
// for a bytes subject), or def if the group did not take part.
func groupValue(sub *subject, m []int, j int, def py.Value) py.Value {
	if m[2*j] < 0 {
		return def
	}
	return sub.val(sub.s[m[2*j]:m[2*j+1]])
}

func (p *Pattern) findall(th *py.Thread, strV, posV, endV py.Value) (py.Value, error) {
	sub, err := p.subject(strV)
	if err != nil {
		return nil, err
	}
	pos, endpos, err := bounds(th, sub, posV, endV)
	if err != nil {
		return nil, err
	}
	ms, err := p.re.FindAll(sub.s, sub.byteOff(pos), sub.byteOff(endpos), 0)
	if err != nil {
		return nil, p.raise(th, err)
	}
	out := make([]py.Value, len(ms))
	empty := sub.val("")
	n := p.re.NumGroups()
	for i, m := range ms {
		switch n {
		case 0:
			out[i] = groupValue(sub, m, 0, empty)
		case 1:
			out[i] = groupValue(sub, m, 1, empty)
		default:
			t := make([]py.Value, n)
			for j := range t {
				t[j] = groupValue(sub, m, j+1, empty)
			}
			out[i] = py.NewTuple(t)
		}
	}
	return py.NewList(out), nil
}

// matchIter is finditer's lazy iterator (callable_iterator in CPython).
type matchIter struct {
	p           *Pattern
	sub         *subject
	str         py.Value
	pos, endpos int // code points, for the Match objects
	at, end     int // bytes: where the next search starts, and endpos
	must        bool
	done        bool
}

// Type returns the iterator type.
func (*matchIter) Type() *py.Type { return matchIterType }

var matchIterType = func() *py.Type {
	t := py.NewBuiltinType("callable_iterator", nil)
	t.Iter = func(th *py.Thread, v py.Value) (py.Value, error) { return v, nil }
	t.Next = func(th *py.Thread, v py.Value) (py.Value, error) {
		it := v.(*matchIter)
		if it.done {
			return nil, nil
		}
		m, err := it.p.re.NextMatch(it.sub.s, it.at, it.end, it.must)
		if err != nil {
			it.done = true
			return nil, it.p.raise(th, err)
		}
		if m == nil {
			it.done = true
			return nil, nil
		}
		it.must = m[0] == m[1]
		it.at = m[1]
		return &Match{p: it.p, sub: it.sub, str: it.str, m: m, pos: it.pos, endpos: it.endpos}, nil
	}
	return t
}()

func (p *Pattern) finditer(th *py.Thread, strV, posV, endV py.Value) (py.Value, error) {
	sub, err := p.subject(strV)
	if err != nil {
		return nil, err
	}
	pos, endpos, err := bounds(th, sub, posV, endV)
	if err != nil {
		return nil, err
	}
	return &matchIter{p: p, sub: sub, str: strV, pos: pos, endpos: endpos,
		at: sub.byteOff(pos), end: sub.byteOff(endpos)}, nil
}

func (p *Pattern) sub(th *py.Thread, repl, strV, countV py.Value, withCount bool) (py.Value, error) {
	sub, err := p.subject(strV)
	if err != nil {
		return nil, err
	}
	count, err := intArg(th, countV, 0)
	if err != nil {
		return nil, err
	}
	var out string
	var n int
	if count < 0 {
		out = sub.s
	} else if tmpl, ok := p.text(repl); ok {
		out, n, err = p.re.SubTemplate(sub.s, count, tmpl)
		if err != nil {
			return nil, p.raise(th, err)
		}
	} else if py.Callable(repl) {
		items, last := 0, 0 // CPython joins a list of pieces; errors name the item
		out, n, err = p.re.Sub(sub.s, count, func(m []int) (string, error) {
			if m[0] > last {
				items++
			}
			last = m[1]
			r, err := py.Call(th, repl, []py.Value{&Match{p: p, sub: sub, str: strV, m: m, endpos: sub.runeLen()}}, nil)
			if err != nil {
				return "", err
			}
			if s, ok := p.text(r); ok {
				if s != "" {
					items++
				}
				return s, nil
			}
			return "", p.typeError(items, r)
		})
		if err != nil {
			return nil, p.raise(th, err)
		}
	} else if _, isStr := py.StrOf(repl); isStr || isBytesValue(repl) {
		// A template of the other type: CPython fails when joining it.
		ms, err := p.re.FindAll(sub.s, 0, len(sub.s), 1)
		if err != nil {
			return nil, p.raise(th, err)
		}
		if count < 0 || len(ms) == 0 {
			out = sub.s
		} else {
			item := 0
			if ms[0][0] > 0 {
				item = 1
			}
			return nil, p.typeError(item, repl)
		}
	} else {
		return nil, py.Errorf(py.TypeErrorType, "decoding to str: need a bytes-like object, ", py.TypeName(repl), " found")
	}
	res := sub.val(out)
	if withCount {
		return py.NewTuple([]py.Value{res, py.MakeInt(int64(n))}), nil
	}
	return res, nil
}

func isBytesValue(v py.Value) bool {
	_, ok := v.(*py.Bytes)
	return ok
}

func (p *Pattern) split(th *py.Thread, strV, maxV py.Value) (py.Value, error) {
	sub, err := p.subject(strV)
	if err != nil {
		return nil, err
	}
	maxsplit, err := intArg(th, maxV, 0)
	if err != nil {
		return nil, err
	}
	pieces, err := p.re.Split(sub.s, maxsplit)
	if err != nil {
		return nil, p.raise(th, err)
	}
	out := make([]py.Value, len(pieces))
	for i, pc := range pieces {
		if pc.None {
			out[i] = py.None
		} else {
			out[i] = sub.val(pc.S)
		}
	}
	return py.NewList(out), nil
}

// groupNames returns the group names ordered by group number.
func (p *Pattern) groupNames() []string {
	names := make([]string, 0, len(p.re.GroupNames()))
	for n := range p.re.GroupNames() {
		names = append(names, n)
	}
	idx := p.re.GroupNames()
	sort.Slice(names, func(i, j int) bool { return idx[names[i]] < idx[names[j]] })
	return names
}

func initPattern() {
	t := PatternType
	t.Module = "re"
	t.Repr = func(th *py.Thread, v py.Value) (string, error) {
		p := v.(*Pattern)
		r, err := py.Repr(th, p.src)
		if err != nil {
			return "", err
		}
		if rs := []rune(r); len(rs) > 200 {
			r = string(rs[:200])
		}
		s := "re.compile(" + r
		if f := int(p.re.Flags()) &^ int(pyre.Unicode); f != 0 {
			s += ", " + flagNames(f)
		}
		return s + ")", nil
	}
	t.Hash = func(th *py.Thread, v py.Value) (int64, error) {
		p := v.(*Pattern)
		h, err := py.Hash(th, p.src)
		return h ^ int64(p.re.Flags()), err
	}
	t.Compare = func(th *py.Thread, a, b py.Value, op py.CmpOp) (py.Value, error) {
		pb, ok := b.(*Pattern)
		if !ok || (op != py.CmpEQ && op != py.CmpNE) {
			return py.NotImplemented, nil
		}
		pa := a.(*Pattern)
		eq := pa.re.Pattern() == pb.re.Pattern() && pa.re.Flags() == pb.re.Flags()
		return py.MakeBool(eq == (op == py.CmpEQ)), nil
	}
	for _, f := range []struct {
		name   string
		anchor pyre.Anchor
	}{{"match", pyre.MatchAt}, {"search", pyre.Search}, {"fullmatch", pyre.FullMatch}} {
		f := f
		t.AddMethod(f.name, func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
			a, err := py.BindArgs(py.ClinicArgs, f.name, args, kw, []string{"string", "pos", "endpos"}, 1, 0)
			if err != nil {
				return nil, err
			}
			return self.(*Pattern).match(th, a[0], a[1], a[2], f.anchor)
		})
	}
	t.AddMethod("findall", func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		a, err := py.BindArgs(py.ClinicArgs, "findall", args, kw, []string{"string", "pos", "endpos"}, 1, 0)
		if err != nil {
			return nil, err
		}
		return self.(*Pattern).findall(th, a[0], a[1], a[2])
	})
	t.AddMethod("finditer", func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		a, err := py.BindArgs(py.ClinicArgs, "finditer", args, kw, []string{"string", "pos", "endpos"}, 1, 0)
		if err != nil {
			return nil, err
		}
		return self.(*Pattern).finditer(th, a[0], a[1], a[2])
	})
	for _, name := range []string{"sub", "subn"} {
		name := name
		t.AddMethod(name, func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
			a, err := py.BindArgs(py.ClinicArgs, name, args, kw, []string{"repl", "string", "count"}, 2, 0)
			if err != nil {
				return nil, err
			}
			return self.(*Pattern).sub(th, a[0], a[1], a[2], name == "subn")
		})
	}
	t.AddMethod("split", func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		a, err := py.BindArgs(py.ClinicArgs, "split", args, kw, []string{"string", "maxsplit"}, 1, 0)
		if err != nil {
			return nil, err
		}
		return self.(*Pattern).split(th, a[0], a[1])
	})
	t.AddGetter("pattern", func(th *py.Thread, self py.Value) (py.Value, error) { return self.(*Pattern).src, nil })
	t.AddGetter("flags", func(th *py.Thread, self py.Value) (py.Value, error) {
		return py.MakeInt(int64(self.(*Pattern).re.Flags())), nil
	})
	t.AddGetter("groups", func(th *py.Thread, self py.Value) (py.Value, error) {
		return py.MakeInt(int64(self.(*Pattern).re.NumGroups())), nil
	})
	t.AddGetter("groupindex", func(th *py.Thread, self py.Value) (py.Value, error) {
		p := self.(*Pattern)
		d := py.NewDict()
		for _, n := range p.groupNames() {
			d.SetStr(n, py.MakeInt(int64(p.re.GroupNames()[n])))
		}
		return d, nil
	})
}
