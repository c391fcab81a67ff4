// Package collections provides Python's collections module for refinterp.
//
// deque is a Go ring buffer (module _collections) because it sits on hot
// paths (BFS queues, sliding windows); namedtuple, OrderedDict,
// defaultdict, Counter, ChainMap and the User* wrappers are Python source
// (collections.py) built on the interpreter's dict and tuple, and
// collections.abc (abc_.py) defines the container ABCs with the built-in
// types registered so isinstance([], Sequence) holds as in CPython.
package collections

import (
	_ "embed"

	"github.com/mptest/mptest/refinterp/py"
)

//go:embed collections.py
var collectionsSrc string

//go:embed abc_.py
var abcSrc string

func init() {
	py.RegisterModule("_collections", func(th *py.Thread) (*py.Module, error) {
		m := py.NewModule("_collections")
		m.Set("deque", DequeType)
		m.Set("_tuplegetter", TupleGetterType)
		return m, nil
	})
	py.RegisterSourceModule("collections", collectionsSrc)
	py.RegisterSourceModule("collections.abc", abcSrc)
}
