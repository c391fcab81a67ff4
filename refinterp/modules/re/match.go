package re

import (
	"github.com/mptest/mptest/refinterp/py"
	"github.com/mptest/mptest/refinterp/pyre"
)

// Match is the result of a successful match (re.Match). m holds byte
// offsets in pyre's layout; the accessors convert them to code points.
type Match struct {
	p           *Pattern
	sub         *subject
	str         py.Value
	m           []int
	pos, endpos int
}

// Type returns MatchType.
func (*Match) Type() *py.Type { return MatchType }

var errNoGroup = func() error { return py.NewError(py.IndexErrorType, "no such group") }

// index resolves a group number or name.
func (m *Match) index(th *py.Thread, g py.Value) (int, error) {
	if s, ok := py.StrOf(g); ok {
		if i, ok := m.p.re.GroupNames()[s]; ok {
			return i, nil
		}
		return 0, errNoGroup()
	}
	if _, ok := g.(py.Float); ok {
		return 0, errNoGroup()
	}
	v, err := py.Index(th, g)
	if err != nil {
		return 0, errNoGroup()
	}
	b, _ := py.BigIntOf(v)
	if !b.IsInt64() || b.Int64() < 0 || b.Int64() > int64(m.p.re.NumGroups()) {
		return 0, errNoGroup()
	}
	return int(b.Int64()), nil
}

func (m *Match) group(th *py.Thread, g py.Value) (py.Value, error) {
	i, err := m.index(th, g)
	if err != nil {
		return nil, err
	}
	return groupValue(m.sub, m.m, i, py.None), nil
}

func (m *Match) span(i int) (int, int) {
	return m.sub.cpOff(m.m[2*i]), m.sub.cpOff(m.m[2*i+1])
}

// lastIndex is Match.lastindex: the group that closed last (-1: None).
func (m *Match) lastIndex() int { return pyre.LastIndex(m.m) }

func optArg(args []py.Value, kw *py.Kwargs, fname, name string) (py.Value, error) {
	a, err := py.BindArgs(py.ClinicArgs, fname, args, kw, []string{name}, 0, 0)
	if err != nil {
		return nil, err
	}
	return a[0], nil
}

func initMatch() {
	t := MatchType
	t.Module = "re"
	t.Repr = func(th *py.Thread, v py.Value) (string, error) {
		m := v.(*Match)
		a, b := m.span(0)
		r, err := py.Repr(th, m.sub.val(m.sub.s[m.m[0]:m.m[1]]))
		if err != nil {
			return "", err
		}
		if rs := []rune(r); len(rs) > 50 {
			r = string(rs[:50])
		}
		return "<re.Match object; span=(" + itoa(a) + ", " + itoa(b) + "), match=" + r + ">", nil
	}
	t.GetItem = func(th *py.Thread, v, key py.Value) (py.Value, error) {
		return v.(*Match).group(th, key)
	}
	t.AddMethod("group", func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		m := self.(*Match)
		if kw.Len() > 0 {
			return nil, py.NewError(py.TypeErrorType, "group() takes no keyword arguments")
		}
		switch len(args) {
		case 0:
			return groupValue(m.sub, m.m, 0, py.None), nil
		case 1:
			return m.group(th, args[0])
		}
		out := make([]py.Value, len(args))
		for i, g := range args {
			v, err := m.group(th, g)
			if err != nil {
				return nil, err
			}
			out[i] = v
		}
		return py.NewTuple(out), nil
	})
	t.AddMethod("groups", func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		m := self.(*Match)
		def, err := optArg(args, kw, "groups", "default")
		if err != nil {
			return nil, err
		}
		if def == nil {
			def = py.None
		}
		out := make([]py.Value, m.p.re.NumGroups())
		for j := range out {
			out[j] = groupValue(m.sub, m.m, j+1, def)
		}
		return py.NewTuple(out), nil
	})
	t.AddMethod("groupdict", func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		m := self.(*Match)
		def, err := optArg(args, kw, "groupdict", "default")
		if err != nil {
			return nil, err
		}
		if def == nil {
			def = py.None
		}
		d := py.NewDict()
		for _, n := range m.p.groupNames() {
			d.SetStr(n, groupValue(m.sub, m.m, m.p.re.GroupNames()[n], def))
		}
		return d, nil
	})
	spanMethod := func(name string, which int) {
		t.AddMethod(name, func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
			m := self.(*Match)
			g, err := optArg(args, kw, name, "group")
			if err != nil {
				return nil, err
			}
			i := 0
			if g != nil {
				if i, err = m.index(th, g); err != nil {
					return nil, err
				}
			}
			a, b := m.span(i)
			switch which {
			case 0:
				return py.MakeInt(int64(a)), nil
			case 1:
				return py.MakeInt(int64(b)), nil
			}
			return py.NewTuple([]py.Value{py.MakeInt(int64(a)), py.MakeInt(int64(b))}), nil
		})
	}
	spanMethod("start", 0)
	spanMethod("end", 1)
	spanMethod("span", 2)
	t.AddMethod("expand", func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		m := self.(*Match)
		a, err := py.BindArgs(py.ClinicArgs, "expand", args, kw, []string{"template"}, 1, 0)
		if err != nil {
			return nil, err
		}
		tmpl, ok := m.p.text(a[0])
		if !ok {
			if _, isStr := py.StrOf(a[0]); isStr || isBytesValue(a[0]) {
				return nil, m.p.typeError(0, a[0])
			}
			return nil, py.Errorf(py.TypeErrorType, "expected str instance, ", py.TypeName(a[0]), " found")
		}
		s, err := m.p.re.Expand(tmpl, m.sub.s, m.m)
		if err != nil {
			return nil, m.p.raise(th, err)
		}
		return m.sub.val(s), nil
	})
	t.AddGetter("string", func(th *py.Thread, self py.Value) (py.Value, error) { return self.(*Match).str, nil })
	t.AddGetter("re", func(th *py.Thread, self py.Value) (py.Value, error) { return self.(*Match).p, nil })
	t.AddGetter("pos", func(th *py.Thread, self py.Value) (py.Value, error) { return py.MakeInt(int64(self.(*Match).pos)), nil })
	t.AddGetter("endpos", func(th *py.Thread, self py.Value) (py.Value, error) {
		return py.MakeInt(int64(self.(*Match).endpos)), nil
	})
	t.AddGetter("lastindex", func(th *py.Thread, self py.Value) (py.Value, error) {
		if i := self.(*Match).lastIndex(); i > 0 {
			return py.MakeInt(int64(i)), nil
		}
		return py.None, nil
	})
	t.AddGetter("lastgroup", func(th *py.Thread, self py.Value) (py.Value, error) {
		m := self.(*Match)
		i := m.lastIndex()
		for n, j := range m.p.re.GroupNames() {
			if j == i {
				return py.NewStr(n), nil
			}
		}
		return py.None, nil
	})
	t.AddGetter("regs", func(th *py.Thread, self py.Value) (py.Value, error) {
		m := self.(*Match)
		out := make([]py.Value, m.p.re.NumGroups()+1)
		for j := range out {
			a, b := m.span(j)
			out[j] = py.NewTuple([]py.Value{py.MakeInt(int64(a)), py.MakeInt(int64(b))})
		}
		return py.NewTuple(out), nil
	})
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	s := ""
	for ; n > 0; n /= 10 {
		s = string(rune('0'+n%10)) + s
	}
	if neg {
		s = "-" + s
	}
	return s
}
