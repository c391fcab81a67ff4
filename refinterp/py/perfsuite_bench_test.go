package py_test

import (
	"io"
	"testing"

	"github.com/mptest/mptest/refinterp/py"
	"github.com/mptest/mptest/suites/perf"
)

// BenchmarkPerfSuite runs each program of mptest's performance suite
// (suites/perf) with its largest parameter set, for profiling the
// interpreter on them: go test -run '^$' -bench 'PerfSuite/dictset'
// -cpuprofile cpu.out ./refinterp/py/. The programs' outputs are checked
// against CPython by `mptest bench`, not here.
func BenchmarkPerfSuite(b *testing.B) {
	bs, err := perf.Suite()
	if err != nil {
		b.Fatal(err)
	}
	for _, bm := range bs {
		p, err := bm.Select(perf.Resources{})
		if err != nil {
			b.Fatal(err)
		}
		src := string(bm.Program(p))
		b.Run(bm.Name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				th := py.New(py.Options{Stdout: io.Discard, Stderr: io.Discard})
				if err := th.RunFile(bm.File, src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
