// Package base64 provides Python's base64 module (Base64 with standard and
// URL-safe alphabets, Base32, Base32hex, Base16, encodebytes/decodebytes)
// for refinterp, written in Python over binascii and embedded.
package base64

import (
	_ "embed"

	"github.com/mptest/mptest/refinterp/py"
)

//go:embed base64.py
var src string

func init() { py.RegisterSourceModule("base64", src) }
