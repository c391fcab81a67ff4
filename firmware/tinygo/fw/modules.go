//go:build tinygo

package main

// The standard modules of refinterp/modules/all, except os: the board has
// its own (firmware/modules, over the board's filesystem), and
// refinterp/modules/os needs os.Chdir and friends, which TinyGo's os lacks
// on bare metal.
import (
	_ "github.com/mptest/mptest/refinterp/modules/abc"
	_ "github.com/mptest/mptest/refinterp/modules/array"
	_ "github.com/mptest/mptest/refinterp/modules/asyncio"
	_ "github.com/mptest/mptest/refinterp/modules/base64"
	_ "github.com/mptest/mptest/refinterp/modules/binascii"
	_ "github.com/mptest/mptest/refinterp/modules/bisect"
	_ "github.com/mptest/mptest/refinterp/modules/cmath"
	_ "github.com/mptest/mptest/refinterp/modules/collections"
	_ "github.com/mptest/mptest/refinterp/modules/contextlib"
	_ "github.com/mptest/mptest/refinterp/modules/copy"
	_ "github.com/mptest/mptest/refinterp/modules/dataclasses"
	_ "github.com/mptest/mptest/refinterp/modules/datetime"
	_ "github.com/mptest/mptest/refinterp/modules/decimal"
	_ "github.com/mptest/mptest/refinterp/modules/enum"
	_ "github.com/mptest/mptest/refinterp/modules/errno"
	_ "github.com/mptest/mptest/refinterp/modules/fractions"
	_ "github.com/mptest/mptest/refinterp/modules/functools"
	_ "github.com/mptest/mptest/refinterp/modules/hashlib"
	_ "github.com/mptest/mptest/refinterp/modules/heapq"
	_ "github.com/mptest/mptest/refinterp/modules/io"
	_ "github.com/mptest/mptest/refinterp/modules/itertools"
	_ "github.com/mptest/mptest/refinterp/modules/json"
	_ "github.com/mptest/mptest/refinterp/modules/keyword"
	_ "github.com/mptest/mptest/refinterp/modules/math"
	_ "github.com/mptest/mptest/refinterp/modules/numbers"
	_ "github.com/mptest/mptest/refinterp/modules/operator"
	_ "github.com/mptest/mptest/refinterp/modules/pprint"
	_ "github.com/mptest/mptest/refinterp/modules/random"
	_ "github.com/mptest/mptest/refinterp/modules/re"
	_ "github.com/mptest/mptest/refinterp/modules/statistics"
	_ "github.com/mptest/mptest/refinterp/modules/string"
	_ "github.com/mptest/mptest/refinterp/modules/struct"
	_ "github.com/mptest/mptest/refinterp/modules/textwrap"
	_ "github.com/mptest/mptest/refinterp/modules/time"
	_ "github.com/mptest/mptest/refinterp/modules/traceback"
	_ "github.com/mptest/mptest/refinterp/modules/types"
	_ "github.com/mptest/mptest/refinterp/modules/typing"
	_ "github.com/mptest/mptest/refinterp/modules/warnings"
	_ "github.com/mptest/mptest/refinterp/modules/weakref"
)
