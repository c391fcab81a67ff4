// Package operator provides Python's operator module for refinterp.
//
// The functions and the itemgetter, attrgetter and methodcaller types are
// Go (module _operator) so that map(operator.add, ...) and
// sorted(key=itemgetter(1)) cost no Python frame; operator.py re-exports
// them with the dunder aliases and adds is_/is_not.
package operator

import (
	_ "embed"
	"strconv"
	"strings"

	"github.com/mptest/mptest/refinterp/py"
)

//go:embed operator.py
var src string

func nargs(name string, args []py.Value, kw *py.Kwargs, n int) error {
	if kw.Len() > 0 {
		return py.NewError(py.TypeErrorType, name+"() takes no keyword arguments")
	}
	if len(args) != n {
		if n == 1 {
			return py.NewError(py.TypeErrorType, name+"() takes exactly one argument ("+strconv.Itoa(len(args))+" given)")
		}
		return py.NewError(py.TypeErrorType, name+" expected "+strconv.Itoa(n)+" arguments, got "+strconv.Itoa(len(args)))
	}
	return nil
}

var binops = []struct {
	name string
	op   py.BinOp
}{
	{"add", py.OpAdd}, {"sub", py.OpSub}, {"mul", py.OpMul}, {"matmul", py.OpMatMul},
	{"truediv", py.OpTrueDiv}, {"floordiv", py.OpFloorDiv}, {"mod", py.OpMod},
	{"pow", py.OpPow}, {"lshift", py.OpLShift}, {"rshift", py.OpRShift},
	{"and_", py.OpAnd}, {"or_", py.OpOr}, {"xor", py.OpXor},
}

var unops = []struct {
	name string
	op   py.UnaryOp
}{{"neg", py.OpNeg}, {"pos", py.OpPos}, {"invert", py.OpInvert}, {"inv", py.OpInvert}, {"abs", py.OpAbs}}

var cmpops = []struct {
	name string
	op   py.CmpOp
}{{"lt", py.CmpLT}, {"le", py.CmpLE}, {"eq", py.CmpEQ}, {"ne", py.CmpNE}, {"gt", py.CmpGT}, {"ge", py.CmpGE}}

func isSequence(v py.Value) bool {
	t := v.Type()
	return t.GetItem != nil && t.Contains == nil || t.Lookup("__getitem__") != nil && !py.IsInstance(v, py.DictType)
}

func addFuncs(m *py.Module) {
	for _, b := range binops {
		b := b
		fn := func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
			if err := nargs(b.name, args, kw, 2); err != nil {
				return nil, err
			}
			return py.Binary(th, b.op, args[0], args[1])
		}
		ifn := func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
			if err := nargs("i"+strings.TrimSuffix(b.name, "_"), args, kw, 2); err != nil {
				return nil, err
			}
			return py.InPlace(th, b.op, args[0], args[1])
		}
		m.AddFunc(b.name, fn)
		m.AddFunc("i"+strings.TrimSuffix(b.name, "_"), ifn)
	}
	concat := func(name string, inplace bool) py.BuiltinFunc {
		return func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
			if err := nargs(name, args, kw, 2); err != nil {
				return nil, err
			}
			if !isSequence(args[0]) {
				return nil, py.Errorf(py.TypeErrorType, "'", py.TypeName(args[0]), "' object can't be concatenated")
			}
			if inplace {
				return py.InPlace(th, py.OpAdd, args[0], args[1])
			}
			return py.Binary(th, py.OpAdd, args[0], args[1])
		}
	}
	m.AddFunc("concat", concat("concat", false))
	m.AddFunc("iconcat", concat("iconcat", true))
	for _, u := range unops {
		u := u
		m.AddFunc(u.name, func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
			if err := nargs(u.name, args, kw, 1); err != nil {
				return nil, err
			}
			return py.Unary(th, u.op, args[0])
		})
	}
	for _, c := range cmpops {
		c := c
		m.AddFunc(c.name, func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
			if err := nargs(c.name, args, kw, 2); err != nil {
				return nil, err
			}
			return py.Compare(th, args[0], args[1], c.op)
		})
	}
	m.AddFunc("not_", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if err := nargs("not_", args, kw, 1); err != nil {
			return nil, err
		}
		t, err := py.Truth(th, args[0])
		return py.MakeBool(!t), err
	})
	m.AddFunc("truth", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if err := nargs("truth", args, kw, 1); err != nil {
			return nil, err
		}
		t, err := py.Truth(th, args[0])
		return py.MakeBool(t), err
	})
	m.AddFunc("index", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if err := nargs("index", args, kw, 1); err != nil {
			return nil, err
		}
		return py.Index(th, args[0])
	})
	m.AddFunc("contains", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if err := nargs("contains", args, kw, 2); err != nil {
			return nil, err
		}
		ok, err := py.Contains(th, args[0], args[1])
		return py.MakeBool(ok), err
	})
	m.AddFunc("countOf", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if err := nargs("countOf", args, kw, 2); err != nil {
			return nil, err
		}
		n := 0
		err := py.ForEach(th, args[0], func(v py.Value) error {
			eq, err := py.Equal(th, v, args[1])
			if eq {
				n++
			}
			return err
		})
		return py.MakeInt(int64(n)), err
	})
	m.AddFunc("indexOf", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if err := nargs("indexOf", args, kw, 2); err != nil {
			return nil, err
		}
		i, found := 0, -1
		err := py.ForEach(th, args[0], func(v py.Value) error {
			if found >= 0 {
				return nil
			}
			eq, err := py.Equal(th, v, args[1])
			if eq {
				found = i
			}
			i++
			return err
		})
		if err != nil {
			return nil, err
		}
		if found < 0 {
			return nil, py.NewError(py.ValueErrorType, "sequence.index(x): x not in sequence")
		}
		return py.MakeInt(int64(found)), nil
	})
	m.AddFunc("getitem", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if err := nargs("getitem", args, kw, 2); err != nil {
			return nil, err
		}
		return py.GetItem(th, args[0], args[1])
	})
	m.AddFunc("setitem", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if err := nargs("setitem", args, kw, 3); err != nil {
			return nil, err
		}
		return py.None, py.SetItem(th, args[0], args[1], args[2])
	})
	m.AddFunc("delitem", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if err := nargs("delitem", args, kw, 2); err != nil {
			return nil, err
		}
		return py.None, py.SetItem(th, args[0], args[1], nil)
	})
}

// ItemGetterType is operator.itemgetter.
var ItemGetterType = py.NewBuiltinType("itemgetter", nil)

// AttrGetterType is operator.attrgetter.
var AttrGetterType = py.NewBuiltinType("attrgetter", nil)

// MethodCallerType is operator.methodcaller.
var MethodCallerType = py.NewBuiltinType("methodcaller", nil)

// ItemGetter is an itemgetter(*items) object.
type ItemGetter struct{ items []py.Value }

// Type returns ItemGetterType.
func (*ItemGetter) Type() *py.Type { return ItemGetterType }

// AttrGetter is an attrgetter(*attrs) object; each attr is split on dots.
type AttrGetter struct {
	names []string
	paths [][]string
}

// Type returns AttrGetterType.
func (*AttrGetter) Type() *py.Type { return AttrGetterType }

// MethodCaller is a methodcaller(name, *args, **kwargs) object.
type MethodCaller struct {
	name string
	args []py.Value
	kw   *py.Kwargs
}

// Type returns MethodCallerType.
func (*MethodCaller) Type() *py.Type { return MethodCallerType }

func reprList(th *py.Thread, vals []py.Value) (string, error) {
	parts := make([]string, len(vals))
	for i, v := range vals {
		s, err := py.Repr(th, v)
		if err != nil {
			return "", err
		}
		parts[i] = s
	}
	return strings.Join(parts, ", "), nil
}

func init() {
	ItemGetterType.Module = "operator"
	ItemGetterType.Flags |= py.FlagDottedName
	ItemGetterType.New = func(th *py.Thread, cls *py.Type, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if kw.Len() > 0 {
			return nil, py.NewError(py.TypeErrorType, "itemgetter() takes no keyword arguments")
		}
		if len(args) == 0 {
			return nil, py.NewError(py.TypeErrorType, "itemgetter expected 1 argument, got 0")
		}
		return &ItemGetter{items: append([]py.Value(nil), args...)}, nil
	}
	ItemGetterType.Call = func(th *py.Thread, fn py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		g := fn.(*ItemGetter)
		if err := nargs("itemgetter", args, kw, 1); err != nil {
			return nil, err
		}
		if len(g.items) == 1 {
			return py.GetItem(th, args[0], g.items[0])
		}
		out := make([]py.Value, len(g.items))
		for i, k := range g.items {
			v, err := py.GetItem(th, args[0], k)
			if err != nil {
				return nil, err
			}
			out[i] = v
		}
		return py.NewTuple(out), nil
	}
	ItemGetterType.Repr = func(th *py.Thread, v py.Value) (string, error) {
		s, err := reprList(th, v.(*ItemGetter).items)
		return "operator.itemgetter(" + s + ")", err
	}

	AttrGetterType.Module = "operator"

	AttrGetterType.Flags |= py.FlagDottedName
	AttrGetterType.New = func(th *py.Thread, cls *py.Type, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if kw.Len() > 0 {
			return nil, py.NewError(py.TypeErrorType, "attrgetter() takes no keyword arguments")
		}
		if len(args) == 0 {
			return nil, py.NewError(py.TypeErrorType, "attrgetter expected 1 argument, got 0")
		}
		g := &AttrGetter{}
		for _, a := range args {
			s, ok := py.StrOf(a)
			if !ok {
				return nil, py.NewError(py.TypeErrorType, "attribute name must be a string")
			}
			g.names = append(g.names, s)
			g.paths = append(g.paths, strings.Split(s, "."))
		}
		return g, nil
	}
	AttrGetterType.Call = func(th *py.Thread, fn py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		g := fn.(*AttrGetter)
		if err := nargs("attrgetter", args, kw, 1); err != nil {
			return nil, err
		}
		get := func(path []string) (py.Value, error) {
			v := args[0]
			for _, n := range path {
				var err error
				if v, err = py.GetAttr(th, v, n); err != nil {
					return nil, err
				}
			}
			return v, nil
		}
		if len(g.paths) == 1 {
			return get(g.paths[0])
		}
		out := make([]py.Value, len(g.paths))
		for i, p := range g.paths {
			v, err := get(p)
			if err != nil {
				return nil, err
			}
			out[i] = v
		}
		return py.NewTuple(out), nil
	}
	AttrGetterType.Repr = func(th *py.Thread, v py.Value) (string, error) {
		g := v.(*AttrGetter)
		vals := make([]py.Value, len(g.names))
		for i, n := range g.names {
			vals[i] = py.NewStr(n)
		}
		s, err := reprList(th, vals)
		return "operator.attrgetter(" + s + ")", err
	}

	MethodCallerType.Module = "operator"

	MethodCallerType.Flags |= py.FlagDottedName
	MethodCallerType.New = func(th *py.Thread, cls *py.Type, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if len(args) == 0 {
			return nil, py.NewError(py.TypeErrorType, "methodcaller needs at least one argument, the method name")
		}
		s, ok := py.StrOf(args[0])
		if !ok {
			return nil, py.NewError(py.TypeErrorType, "method name must be a string")
		}
		mc := &MethodCaller{name: s, args: append([]py.Value(nil), args[1:]...)}
		if kw.Len() > 0 {
			mc.kw = &py.Kwargs{Names: append([]string(nil), kw.Names...), Values: append([]py.Value(nil), kw.Values...)}
		}
		return mc, nil
	}
	MethodCallerType.Call = func(th *py.Thread, fn py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		mc := fn.(*MethodCaller)
		if err := nargs("methodcaller", args, kw, 1); err != nil {
			return nil, err
		}
		meth, err := py.GetAttr(th, args[0], mc.name)
		if err != nil {
			return nil, err
		}
		return py.Call(th, meth, append([]py.Value(nil), mc.args...), mc.kw)
	}
	MethodCallerType.Repr = func(th *py.Thread, v py.Value) (string, error) {
		mc := v.(*MethodCaller)
		parts := []string{}
		r, err := py.Repr(th, py.NewStr(mc.name))
		if err != nil {
			return "", err
		}
		parts = append(parts, r)
		if len(mc.args) > 0 {
			s, err := reprList(th, mc.args)
			if err != nil {
				return "", err
			}
			parts = append(parts, s)
		}
		if mc.kw != nil {
			for i, n := range mc.kw.Names {
				s, err := py.Repr(th, mc.kw.Values[i])
				if err != nil {
					return "", err
				}
				parts = append(parts, n+"="+s)
			}
		}
		return "operator.methodcaller(" + strings.Join(parts, ", ") + ")", nil
	}

	py.RegisterModule("_operator", func(th *py.Thread) (*py.Module, error) {
		m := py.NewModule("_operator")
		addFuncs(m)
		m.Set("itemgetter", ItemGetterType)
		m.Set("attrgetter", AttrGetterType)
		m.Set("methodcaller", MethodCallerType)
		return m, nil
	})
	py.RegisterSourceModule("operator", src)
}
