package math_test

import (
	"testing"

	"github.com/mptest/mptest/refinterp/modules/internal/golden"
	_ "github.com/mptest/mptest/refinterp/modules/math"
)

// TestGolden runs testdata/*.py and compares with CPython's output
// (warnings kept out of the expectations).
func TestGolden(t *testing.T) { golden.RunWithPython(t, "-W", "ignore") }
