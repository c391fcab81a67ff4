// Package shutil provides the file-copying and tree functions of Python's
// shutil module (copyfileobj, copyfile, copy, copy2, copytree, rmtree,
// move, which) for refinterp, written in Python over os and open() and
// embedded. Metadata (permissions, times) is not copied.
package shutil

import (
	_ "embed"

	"github.com/mptest/mptest/refinterp/py"
)

//go:embed shutil.py
var src string

func init() { py.RegisterSourceModule("shutil", src) }
