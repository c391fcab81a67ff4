package py_test

import (
	"io"
	"os"
	"testing"

	"github.com/mptest/mptest/refinterp/py"
)

// The five speed programs of the refinterp performance target; compare
// with "python3 testdata/bench/NAME.py" (see the package README numbers).
func benchProgram(b *testing.B, name string) {
	src, err := os.ReadFile("testdata/bench/" + name + ".py")
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; i < b.N; i++ {
		th := py.New(py.Options{Stdout: io.Discard, Stderr: io.Discard})
		if err := th.RunFile(name+".py", string(src)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFib(b *testing.B)      { benchProgram(b, "fib") }
func BenchmarkPystone(b *testing.B)  { benchProgram(b, "pystone") }
func BenchmarkIntLoop(b *testing.B)  { benchProgram(b, "intloop") }
func BenchmarkStrBuild(b *testing.B) { benchProgram(b, "strbuild") }
func BenchmarkChurn(b *testing.B)    { benchProgram(b, "churn") }

// BenchmarkStartup measures creating an interpreter and running print(1).
func BenchmarkStartup(b *testing.B) {
	for i := 0; i < b.N; i++ {
		th := py.New(py.Options{Stdout: io.Discard, Stderr: io.Discard})
		if err := th.Exec("print(1)", "<string>", "exec"); err != nil {
			b.Fatal(err)
		}
	}
}
