// Package weakref provides Python's weakref module for refinterp, written in
// Python and embedded. The Go runtime's collector gives no notification when an object dies, so a ref here keeps its referent alive: ref() never returns None by itself, callbacks run only through finalize() called explicitly, and the weak dictionaries and WeakSet behave as their strong counterparts.
package weakref

import (
	_ "embed"

	"github.com/mptest/mptest/refinterp/py"
)

//go:embed weakref.py
var src string

func init() { py.RegisterSourceModule("weakref", src) }
