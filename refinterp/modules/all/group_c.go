package all

import (
	_ "github.com/mptest/mptest/refinterp/modules/base64"     // base64
	_ "github.com/mptest/mptest/refinterp/modules/datetime"   // datetime
	_ "github.com/mptest/mptest/refinterp/modules/decimal"    // decimal
	_ "github.com/mptest/mptest/refinterp/modules/fractions"  // fractions
	_ "github.com/mptest/mptest/refinterp/modules/inspect"    // inspect
	_ "github.com/mptest/mptest/refinterp/modules/keyword"    // keyword
	_ "github.com/mptest/mptest/refinterp/modules/numbers"    // numbers
	_ "github.com/mptest/mptest/refinterp/modules/pprint"     // pprint
	_ "github.com/mptest/mptest/refinterp/modules/shutil"     // shutil
	_ "github.com/mptest/mptest/refinterp/modules/statistics" // statistics
	_ "github.com/mptest/mptest/refinterp/modules/tempfile"   // tempfile
	_ "github.com/mptest/mptest/refinterp/modules/textwrap"   // textwrap
	_ "github.com/mptest/mptest/refinterp/modules/traceback"  // traceback, _traceback
	_ "github.com/mptest/mptest/refinterp/modules/types"      // types
	_ "github.com/mptest/mptest/refinterp/modules/warnings"   // warnings
	_ "github.com/mptest/mptest/refinterp/modules/weakref"    // weakref
)
