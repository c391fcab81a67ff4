package syntax

import (
	"os"
	"testing"
)

// BenchmarkParseFile parses testdata/bench.py (about 1000 lines).
func BenchmarkParseFile(b *testing.B) {
	src, err := os.ReadFile("testdata/bench.py")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := ParseFile("bench.py", src); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkScan measures the scanner alone on the same file.
func BenchmarkScan(b *testing.B) {
	src, err := os.ReadFile("testdata/bench.py")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		p := newParser("bench.py", src, modeFile)
		for p.tok() != tEOF {
			p.next()
		}
		if p.err != nil {
			b.Fatal(p.err)
		}
	}
}

// TestBenchFileMatchesCPython keeps the benchmark input honest.
func TestBenchFileMatchesCPython(t *testing.T) {
	src, err := os.ReadFile("testdata/bench.py")
	if err != nil {
		t.Fatal(err)
	}
	want := cpython(t, []string{string(src)}, "exec")
	m, err := ParseFile("bench.py", src)
	if err != nil {
		t.Fatal(err)
	}
	if got := DumpPositions(m); got != want[0].Pos {
		a, b := firstDiff(got, want[0].Pos)
		t.Errorf("positions differ:\ngot:  %s\nwant: %s", a, b)
	}
}
