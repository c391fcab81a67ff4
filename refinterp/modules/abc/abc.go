// Package abc provides Python's abc module (ABCMeta, ABC, abstractmethod)
// for refinterp, written in Python and embedded.
//
// Instantiating a class that still has abstract methods raises CPython
// 3.11's TypeError; ABCMeta.register and __subclasshook__ drive
// isinstance and issubclass.
package abc

import (
	_ "embed"

	"github.com/mptest/mptest/refinterp/py"
)

//go:embed abc.py
var src string

func init() { py.RegisterSourceModule("abc", src) }
