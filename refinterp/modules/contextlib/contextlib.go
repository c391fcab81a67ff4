// Package contextlib provides Python's contextlib module for refinterp
// (contextmanager, suppress, closing, nullcontext, ExitStack,
// redirect_stdout/stderr and async variants), written in Python and
// embedded.
package contextlib

import (
	_ "embed"

	"github.com/mptest/mptest/refinterp/py"
)

//go:embed contextlib.py
var src string

func init() { py.RegisterSourceModule("contextlib", src) }
