package all

import (
	_ "github.com/mptest/mptest/refinterp/modules/json"   // json, ujson
	_ "github.com/mptest/mptest/refinterp/modules/math"   // math
	_ "github.com/mptest/mptest/refinterp/modules/re"     // re, ure
	_ "github.com/mptest/mptest/refinterp/modules/struct" // struct, ustruct
	_ "github.com/mptest/mptest/refinterp/modules/time"   // time, utime
)
