package errno_test

import (
	"testing"

	_ "github.com/mptest/mptest/refinterp/modules/errno"
	"github.com/mptest/mptest/refinterp/modules/internal/golden"
)

// TestGolden runs testdata/*.py and compares with CPython's output
// (warnings kept out of the expectations).
func TestGolden(t *testing.T) { golden.RunWithPython(t, "-W", "ignore") }
