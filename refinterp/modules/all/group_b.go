package all

import (
	_ "github.com/mptest/mptest/refinterp/modules/abc"         // abc
	_ "github.com/mptest/mptest/refinterp/modules/asyncio"     // asyncio, uasyncio
	_ "github.com/mptest/mptest/refinterp/modules/bisect"      // bisect
	_ "github.com/mptest/mptest/refinterp/modules/collections" // collections, collections.abc, _collections
	_ "github.com/mptest/mptest/refinterp/modules/contextlib"  // contextlib
	_ "github.com/mptest/mptest/refinterp/modules/copy"        // copy
	_ "github.com/mptest/mptest/refinterp/modules/dataclasses" // dataclasses
	_ "github.com/mptest/mptest/refinterp/modules/enum"        // enum
	_ "github.com/mptest/mptest/refinterp/modules/functools"   // functools
	_ "github.com/mptest/mptest/refinterp/modules/heapq"       // heapq, _heapq
	_ "github.com/mptest/mptest/refinterp/modules/itertools"   // itertools
	_ "github.com/mptest/mptest/refinterp/modules/operator"    // operator, _operator
	_ "github.com/mptest/mptest/refinterp/modules/string"      // string
	_ "github.com/mptest/mptest/refinterp/modules/typing"      // typing
)
