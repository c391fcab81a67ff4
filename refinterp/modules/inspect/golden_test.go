package inspect_test

import (
	"testing"

	_ "github.com/mptest/mptest/refinterp/modules/all"
	"github.com/mptest/mptest/refinterp/modules/internal/golden"
)

// TestGolden runs testdata/*.py and compares with CPython's output.
func TestGolden(t *testing.T) { golden.Run(t) }
