package refpy

import (
	"io"
	"strings"
	"testing"
)

// BenchmarkMainPrint is the in-process part of "refpy -c 'print(1)'":
// argument parsing, a new interpreter (builtins and sys modules), compiling
// and running the code. Package initialisation, the rest of a process's
// start-up, is measured by cmd/refpy's BenchmarkExecPrint.
func BenchmarkMainPrint(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if st := Main([]string{"-c", "print(1)"}, strings.NewReader(""), io.Discard, io.Discard); st != 0 {
			b.Fatalf("status %d", st)
		}
	}
}
