package all

import (
	_ "github.com/mptest/mptest/refinterp/modules/array"
	_ "github.com/mptest/mptest/refinterp/modules/binascii"
	_ "github.com/mptest/mptest/refinterp/modules/cmath"
	_ "github.com/mptest/mptest/refinterp/modules/errno"
	_ "github.com/mptest/mptest/refinterp/modules/hashlib"
	_ "github.com/mptest/mptest/refinterp/modules/io"
	_ "github.com/mptest/mptest/refinterp/modules/json"
	_ "github.com/mptest/mptest/refinterp/modules/math"
	_ "github.com/mptest/mptest/refinterp/modules/os"
	_ "github.com/mptest/mptest/refinterp/modules/random"
	_ "github.com/mptest/mptest/refinterp/modules/re"
	_ "github.com/mptest/mptest/refinterp/modules/struct"
	_ "github.com/mptest/mptest/refinterp/modules/time"
)
