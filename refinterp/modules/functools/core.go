package functools

import (
	"strconv"
	"strings"

	"github.com/mptest/mptest/refinterp/py"
)

// PartialType is functools.partial.
var PartialType = py.NewBuiltinType("partial", nil)

// Partial is a partial(func, *args, **keywords) object.
type Partial struct {
	fn    py.Value
	args  []py.Value
	kw    *py.Dict
	attrs *py.Dict
}

// Type returns PartialType.
func (*Partial) Type() *py.Type { return PartialType }

func asPartial(v py.Value) *Partial {
	switch x := v.(type) {
	case *Partial:
		return x
	case *py.Instance:
		p, _ := x.Base.(*Partial)
		return p
	}
	return nil
}

func (p *Partial) call(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
	all := make([]py.Value, 0, len(p.args)+len(args))
	all = append(all, p.args...)
	all = append(all, args...)
	if p.kw.Len() == 0 {
		return py.Call(th, p.fn, all, kw)
	}
	keys, vals := p.kw.Items()
	nk := &py.Kwargs{}
	for i, k := range keys {
		s, _ := py.StrOf(k)
		overridden := false
		if kw != nil {
			for _, n := range kw.Names {
				if n == s {
					overridden = true
				}
			}
		}
		if !overridden {
			nk.Names = append(nk.Names, s)
			nk.Values = append(nk.Values, vals[i])
		}
	}
	if kw != nil {
		nk.Names = append(nk.Names, kw.Names...)
		nk.Values = append(nk.Values, kw.Values...)
	}
	return py.Call(th, p.fn, all, nk)
}

// attrDict implements instance attributes (__dict__) for Go objects that
// update_wrapper and users decorate.
func attrGet(th *py.Thread, v py.Value, d **py.Dict, name string) (py.Value, error) {
	if name == "__dict__" {
		if *d == nil {
			*d = py.NewDict()
		}
		return *d, nil
	}
	if *d != nil {
		if x := (*d).GetStr(name); x != nil {
			return x, nil
		}
	}
	return py.GenericGetAttr(th, v, name)
}

func attrSet(th *py.Thread, v py.Value, d **py.Dict, name string, val py.Value) error {
	if v.Type().Lookup(name) != nil {
		return py.GenericSetAttr(th, v, name, val)
	}
	if *d == nil {
		*d = py.NewDict()
	}
	if val == nil {
		if !(*d).DelStr(name) {
			return py.Errorf(py.AttributeErrorType, name)
		}
		return nil
	}
	(*d).SetStr(name, val)
	return nil
}

// CacheWrapperType is functools._lru_cache_wrapper.
var CacheWrapperType = py.NewBuiltinType("_lru_cache_wrapper", nil)

var lruNodeType = py.NewBuiltinType("_lru_list_elem", nil)

type lruNode struct {
	key, result py.Value
	prev, next  *lruNode
}

func (*lruNode) Type() *py.Type { return lruNodeType }

// CacheWrapper memoises calls of fn in a dict keyed like CPython's
// _make_key; a bounded cache keeps a doubly-linked LRU list whose head is
// the least recently used entry.
type CacheWrapper struct {
	fn, cacheInfo py.Value
	maxsize       int // -1: unbounded
	typed         bool
	cache         *py.Dict
	head, tail    *lruNode
	hits, misses  int64
	attrs         *py.Dict
}

// Type returns CacheWrapperType.
func (*CacheWrapper) Type() *py.Type { return CacheWrapperType }

var kwdMark = py.NewBuiltinType("_kwd_mark", nil)

type markValue struct{}

func (markValue) Type() *py.Type { return kwdMark }

func (c *CacheWrapper) key(args []py.Value, kw *py.Kwargs) py.Value {
	if kw.Len() == 0 && !c.typed && len(args) == 1 {
		switch args[0].(type) {
		case py.Int, *py.Str:
			return args[0]
		}
	}
	k := append([]py.Value(nil), args...)
	if kw.Len() > 0 {
		k = append(k, markValue{})
		for i, n := range kw.Names {
			k = append(k, py.NewStr(n), kw.Values[i])
		}
	}
	if c.typed {
		for _, a := range args {
			k = append(k, a.Type())
		}
		if kw != nil {
			for _, v := range kw.Values {
				k = append(k, v.Type())
			}
		}
	}
	return py.NewTuple(k)
}

func (c *CacheWrapper) unlink(n *lruNode) {
	if n.prev != nil {
		n.prev.next = n.next
	} else {
		c.head = n.next
	}
	if n.next != nil {
		n.next.prev = n.prev
	} else {
		c.tail = n.prev
	}
	n.prev, n.next = nil, nil
}

func (c *CacheWrapper) pushBack(n *lruNode) {
	n.prev = c.tail
	if c.tail != nil {
		c.tail.next = n
	} else {
		c.head = n
	}
	c.tail = n
}

func (c *CacheWrapper) call(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
	if c.maxsize == 0 {
		c.misses++
		return py.Call(th, c.fn, args, kw)
	}
	key := c.key(args, kw)
	hit, err := c.cache.Get(th, key)
	if err != nil {
		return nil, err
	}
	if hit != nil {
		c.hits++
		if c.maxsize < 0 {
			return hit, nil
		}
		n := hit.(*lruNode)
		c.unlink(n)
		c.pushBack(n)
		return n.result, nil
	}
	c.misses++
	result, err := py.Call(th, c.fn, args, kw)
	if err != nil {
		return nil, err
	}
	if c.maxsize < 0 {
		return result, c.cache.Set(th, key, result)
	}
	if again, err := c.cache.Get(th, key); err != nil || again != nil {
		// a recursive call already cached it
		return result, err
	}
	if c.cache.Len() >= c.maxsize && c.head != nil {
		old := c.head
		c.unlink(old)
		if _, err := c.cache.Delete(th, old.key); err != nil {
			return nil, err
		}
	}
	n := &lruNode{key: key, result: result}
	c.pushBack(n)
	return result, c.cache.Set(th, key, n)
}

func argCount(name string, args []py.Value, kw *py.Kwargs, n int) error {
	if kw.Len() > 0 {
		return py.NewError(py.TypeErrorType, name+"() takes no keyword arguments")
	}
	if len(args) != n {
		return py.NewError(py.TypeErrorType, name+"() takes exactly "+strconv.Itoa(n)+" argument"+map[bool]string{true: "", false: "s"}[n == 1]+" ("+strconv.Itoa(len(args))+" given)")
	}
	return nil
}

func init() {
	t := PartialType
	t.Module = "functools"
	t.Flags |= py.FlagDottedName
	t.Flags |= py.FlagBaseType
	t.New = func(th *py.Thread, cls *py.Type, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if len(args) == 0 {
			return nil, py.NewError(py.TypeErrorType, "type 'partial' takes at least one argument")
		}
		fn := args[0]
		if !py.Callable(fn) {
			return nil, py.NewError(py.TypeErrorType, "the first argument must be callable")
		}
		p := &Partial{fn: fn, kw: py.NewDict()}
		pargs := append([]py.Value(nil), args[1:]...)
		if inner, ok := fn.(*Partial); ok && cls == PartialType {
			p.fn = inner.fn
			pargs = append(append([]py.Value(nil), inner.args...), pargs...)
			p.kw = inner.kw.Copy()
		}
		p.args = pargs
		if kw != nil {
			for i, n := range kw.Names {
				p.kw.SetStr(n, kw.Values[i])
			}
		}
		py.AccountBytes(48)
		return p, nil
	}
	t.Call = func(th *py.Thread, fn py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		return asPartial(fn).call(th, args, kw)
	}
	t.Repr = func(th *py.Thread, v py.Value) (string, error) {
		p := asPartial(v)
		name := "functools.partial"
		if v.Type() != PartialType {
			name = v.Type().Name
		}
		parts := []string{}
		s, err := py.Repr(th, p.fn)
		if err != nil {
			return "", err
		}
		parts = append(parts, s)
		for _, a := range p.args {
			if s, err = py.Repr(th, a); err != nil {
				return "", err
			}
			parts = append(parts, s)
		}
		keys, vals := p.kw.Items()
		for i, k := range keys {
			ks, _ := py.StrOf(k)
			if s, err = py.Repr(th, vals[i]); err != nil {
				return "", err
			}
			parts = append(parts, ks+"="+s)
		}
		return name + "(" + strings.Join(parts, ", ") + ")", nil
	}
	// Python subclasses find these through the MRO
	t.AddMethod("__call__", func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		return asPartial(self).call(th, args, kw)
	})
	t.AddGetter("func", func(th *py.Thread, self py.Value) (py.Value, error) { return asPartial(self).fn, nil })
	t.AddGetter("args", func(th *py.Thread, self py.Value) (py.Value, error) {
		return py.NewTuple(append([]py.Value(nil), asPartial(self).args...)), nil
	})
	t.AddGetter("keywords", func(th *py.Thread, self py.Value) (py.Value, error) { return asPartial(self).kw, nil })
	t.GetAttr = func(th *py.Thread, v py.Value, name string) (py.Value, error) {
		if p, ok := v.(*Partial); ok {
			return attrGet(th, v, &p.attrs, name)
		}
		return py.GenericGetAttr(th, v, name)
	}
	t.SetAttr = func(th *py.Thread, v py.Value, name string, val py.Value) error {
		if p, ok := v.(*Partial); ok {
			return attrSet(th, v, &p.attrs, name, val)
		}
		return py.GenericSetAttr(th, v, name, val)
	}

	c := CacheWrapperType
	c.Module = "functools"
	c.Flags |= py.FlagDottedName
	c.Call = func(th *py.Thread, fn py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		return fn.(*CacheWrapper).call(th, args, kw)
	}
	c.GetAttr = func(th *py.Thread, v py.Value, name string) (py.Value, error) {
		return attrGet(th, v, &v.(*CacheWrapper).attrs, name)
	}
	c.SetAttr = func(th *py.Thread, v py.Value, name string, val py.Value) error {
		return attrSet(th, v, &v.(*CacheWrapper).attrs, name, val)
	}
	c.DescrGet = func(th *py.Thread, descr, obj py.Value, typ *py.Type) (py.Value, error) {
		if obj == nil || obj == py.None {
			return descr, nil
		}
		return &py.BoundMethod{Self: obj, Func: descr}, nil
	}
	c.Repr = func(th *py.Thread, v py.Value) (string, error) {
		return "<functools._lru_cache_wrapper object at 0x" + strconv.FormatUint(py.Id(v), 16) + ">", nil
	}
	c.AddMethod("cache_info", func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if err := argCount("cache_info", args, kw, 0); err != nil {
			return nil, err
		}
		w := self.(*CacheWrapper)
		var ms py.Value = py.None
		if w.maxsize >= 0 {
			ms = py.MakeInt(int64(w.maxsize))
		}
		return py.Call(th, w.cacheInfo, []py.Value{py.MakeInt(w.hits), py.MakeInt(w.misses), ms, py.MakeInt(int64(w.cache.Len()))}, nil)
	})
	c.AddMethod("cache_clear", func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		if err := argCount("cache_clear", args, kw, 0); err != nil {
			return nil, err
		}
		w := self.(*CacheWrapper)
		w.cache.Clear()
		w.head, w.tail = nil, nil
		w.hits, w.misses = 0, 0
		return py.None, nil
	})
	c.AddMethod("cache_parameters", func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		w := self.(*CacheWrapper)
		d := py.NewDict()
		var ms py.Value = py.None
		if w.maxsize >= 0 {
			ms = py.MakeInt(int64(w.maxsize))
		}
		d.SetStr("maxsize", ms)
		d.SetStr("typed", py.MakeBool(w.typed))
		return d, nil
	})

	py.RegisterModule("_functools", func(th *py.Thread) (*py.Module, error) {
		m := py.NewModule("_functools")
		m.Set("partial", PartialType)
		m.AddFunc("_lru_cache_wrapper", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
			if err := argCount("_lru_cache_wrapper", args, kw, 4); err != nil {
				return nil, err
			}
			w := &CacheWrapper{fn: args[0], maxsize: -1, cache: py.NewDict(), cacheInfo: args[3]}
			if args[1] != py.None {
				n, err := py.AsInt(th, args[1])
				if err != nil {
					return nil, err
				}
				if n < 0 {
					n = 0
				}
				w.maxsize = n
			}
			typed, err := py.Truth(th, args[2])
			if err != nil {
				return nil, err
			}
			w.typed = typed
			return w, nil
		})
		m.AddFunc("reduce", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
			if kw.Len() > 0 {
				return nil, py.NewError(py.TypeErrorType, "reduce() takes no keyword arguments")
			}
			if len(args) < 2 || len(args) > 3 {
				if len(args) < 2 {
					return nil, py.NewError(py.TypeErrorType, "reduce expected at least 2 arguments, got "+strconv.Itoa(len(args)))
				}
				return nil, py.NewError(py.TypeErrorType, "reduce expected at most 3 arguments, got "+strconv.Itoa(len(args)))
			}
			fn := args[0]
			it, err := py.Iter(th, args[1])
			if err != nil {
				if e := py.AsException(err); e != nil && e.Class.IsSubtype(py.TypeErrorType) {
					return nil, py.NewError(py.TypeErrorType, "reduce() arg 2 must support iteration")
				}
				return nil, err
			}
			var acc py.Value
			if len(args) == 3 {
				acc = args[2]
			}
			pair := make([]py.Value, 2)
			for {
				v, err := py.Next(th, it)
				if err != nil {
					return nil, err
				}
				if v == nil {
					break
				}
				if acc == nil {
					acc = v
					continue
				}
				pair[0], pair[1] = acc, v
				if acc, err = py.Call(th, fn, pair, nil); err != nil {
					return nil, err
				}
			}
			if acc == nil {
				return nil, py.NewError(py.TypeErrorType, "reduce() of empty iterable with no initial value")
			}
			return acc, nil
		})
		return m, nil
	})
}
