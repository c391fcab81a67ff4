package all

import (
	_ "github.com/mptest/mptest/refinterp/modules/math" // math
)
