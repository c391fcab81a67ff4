// Package heapq provides Python's heapq module for refinterp.
//
// The heap primitives are Go (module _heapq) and use CPython's exact sift
// algorithm (_siftdown/_siftup with the "bottom-up" leaf descent), so a
// printed heap matches CPython element for element; only "<" is used to
// compare. nlargest, nsmallest and merge are Python source on top.
package heapq

import (
	_ "embed"
	"strconv"

	"github.com/mptest/mptest/refinterp/py"
)

//go:embed heapq.py
var src string

func listArg(fname string, args []py.Value, kw *py.Kwargs, n int) (*py.List, error) {
	if kw.Len() > 0 {
		return nil, py.NewError(py.TypeErrorType, fname+"() takes no keyword arguments")
	}
	if len(args) != n {
		if n == 1 {
			return nil, py.NewError(py.TypeErrorType, fname+"() takes exactly one argument ("+strconv.Itoa(len(args))+" given)")
		}
		return nil, py.NewError(py.TypeErrorType, fname+" expected "+strconv.Itoa(n)+" arguments, got "+strconv.Itoa(len(args)))
	}
	l, ok := args[0].(*py.List)
	if !ok {
		if in, isInst := args[0].(*py.Instance); isInst {
			if bl, ok := in.Base.(*py.List); ok {
				return bl, nil
			}
		}
		which, tn := "() argument 1", py.TypeName(args[0])
		if n == 1 {
			which = "() argument"
		}
		if args[0] == py.None {
			tn = "None"
		}
		return nil, py.Errorf(py.TypeErrorType, fname, which, " must be list, not ", tn)
	}
	return l, nil
}

// siftDown moves the item at pos up towards startpos (CPython's _siftdown).
func siftDown(th *py.Thread, l *py.List, startpos, pos int) error {
	size := len(l.Elems)
	newitem := l.Elems[pos]
	for pos > startpos {
		parentpos := (pos - 1) >> 1
		parent := l.Elems[parentpos]
		lt, err := py.Less(th, newitem, parent)
		if err != nil {
			return err
		}
		if size != len(l.Elems) {
			return py.NewError(py.RuntimeErrorType, "list changed size during iteration")
		}
		if !lt {
			break
		}
		l.Elems[pos] = parent
		pos = parentpos
	}
	l.Elems[pos] = newitem
	return nil
}

// siftUp descends to a leaf choosing the smaller child, then sifts the
// item back up (CPython's _siftup).
func siftUp(th *py.Thread, l *py.List, pos int) error {
	endpos := len(l.Elems)
	startpos := pos
	newitem := l.Elems[pos]
	childpos := 2*pos + 1
	for childpos < endpos {
		rightpos := childpos + 1
		if rightpos < endpos {
			lt, err := py.Less(th, l.Elems[childpos], l.Elems[rightpos])
			if err != nil {
				return err
			}
			if endpos != len(l.Elems) {
				return py.NewError(py.RuntimeErrorType, "list changed size during iteration")
			}
			if !lt {
				childpos = rightpos
			}
		}
		l.Elems[pos] = l.Elems[childpos]
		pos = childpos
		childpos = 2*pos + 1
	}
	l.Elems[pos] = newitem
	return siftDown(th, l, startpos, pos)
}

func heappop(th *py.Thread, l *py.List) (py.Value, error) {
	n := len(l.Elems)
	if n == 0 {
		return nil, py.NewError(py.IndexErrorType, "index out of range")
	}
	last := l.Elems[n-1]
	l.Elems[n-1] = nil
	l.Elems = l.Elems[:n-1]
	if n-1 == 0 {
		return last, nil
	}
	ret := l.Elems[0]
	l.Elems[0] = last
	if err := siftUp(th, l, 0); err != nil {
		return nil, err
	}
	return ret, nil
}

func init() {
	py.RegisterModule("_heapq", func(th *py.Thread) (*py.Module, error) {
		m := py.NewModule("_heapq")
		m.AddFunc("heappush", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
			l, err := listArg("heappush", args, kw, 2)
			if err != nil {
				return nil, err
			}
			l.Append(args[1])
			return py.None, siftDown(th, l, 0, len(l.Elems)-1)
		})
		m.AddFunc("heappop", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
			l, err := listArg("heappop", args, kw, 1)
			if err != nil {
				return nil, err
			}
			return heappop(th, l)
		})
		m.AddFunc("heapify", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
			l, err := listArg("heapify", args, kw, 1)
			if err != nil {
				return nil, err
			}
			for i := len(l.Elems)/2 - 1; i >= 0; i-- {
				if err := siftUp(th, l, i); err != nil {
					return nil, err
				}
			}
			return py.None, nil
		})
		m.AddFunc("heapreplace", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
			l, err := listArg("heapreplace", args, kw, 2)
			if err != nil {
				return nil, err
			}
			if len(l.Elems) == 0 {
				return nil, py.NewError(py.IndexErrorType, "index out of range")
			}
			ret := l.Elems[0]
			l.Elems[0] = args[1]
			return ret, siftUp(th, l, 0)
		})
		m.AddFunc("heappushpop", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
			l, err := listArg("heappushpop", args, kw, 2)
			if err != nil {
				return nil, err
			}
			item := args[1]
			if len(l.Elems) == 0 {
				return item, nil
			}
			lt, err := py.Less(th, l.Elems[0], item)
			if err != nil || !lt {
				return item, err
			}
			if len(l.Elems) == 0 {
				return nil, py.NewError(py.IndexErrorType, "index out of range")
			}
			ret := l.Elems[0]
			l.Elems[0] = item
			return ret, siftUp(th, l, 0)
		})
		return m, nil
	})
	py.RegisterSourceModule("heapq", src)
}
