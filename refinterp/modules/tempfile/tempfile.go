// Package tempfile provides Python's tempfile module (gettempdir, mkdtemp,
// TemporaryDirectory, NamedTemporaryFile, TemporaryFile) for refinterp,
// written in Python over os, shutil and open() and embedded. mkstemp,
// which needs raw file descriptors, is not provided.
package tempfile

import (
	_ "embed"

	"github.com/mptest/mptest/refinterp/py"
)

//go:embed tempfile.py
var src string

func init() { py.RegisterSourceModule("tempfile", src) }
