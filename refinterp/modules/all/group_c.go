package all

import (
	_ "github.com/mptest/mptest/refinterp/modules/types" // types
)
