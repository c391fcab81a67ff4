package syntax

import (
	"os"
	"strings"
	"testing"
)

// seedCorpus adds the test programs of testdata as fuzz seeds.
func seedCorpus(f *testing.F) {
	for _, name := range []string{"testdata/parse.txt", "testdata/errors.txt"} {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		for _, c := range strings.Split(string(data), "\n====\n") {
			f.Add([]byte(c))
		}
	}
}

// FuzzScan checks that the scanner terminates without panicking on any
// input and that token offsets stay inside the source and advance.
func FuzzScan(f *testing.F) {
	seedCorpus(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		p := newParser("fuzz.py", src, modeFile)
		last := int32(-1)
		for n := 0; p.tok() != tEOF; n++ {
			tk := p.sc.tok
			if tk.off < 0 || tk.eof < tk.off || int(tk.eof) > len(p.src) {
				t.Fatalf("token %v has bad offsets [%d,%d) in %d bytes", tk.kind, tk.off, tk.eof, len(p.src))
			}
			if tk.off < last {
				t.Fatalf("token %v at %d went backwards from %d", tk.kind, tk.off, last)
			}
			last = tk.off
			if n > 4*len(p.src)+100 {
				t.Fatalf("scanner does not terminate")
			}
			p.next()
		}
	})
}

// FuzzParse checks that parsing never panics, that every error is a
// well-formed *Error, and that a successful parse can be dumped and walked
// and gives the same tree when parsed again.
func FuzzParse(f *testing.F) {
	seedCorpus(f)
	f.Fuzz(func(t *testing.T, src []byte) {
		m, err := ParseFile("fuzz.py", src)
		if err != nil {
			e, ok := err.(*Error)
			if !ok {
				t.Fatalf("error of type %T: %v", err, err)
			}
			if e.Msg == "" || e.Line < 0 || e.Kind == "" {
				t.Fatalf("malformed error %+v", e)
			}
			_ = e.Format()
			return
		}
		d := Dump(m)
		Walk(m, func(n Node) bool {
			if n == nil {
				t.Fatal("Walk visited nil")
			}
			return true
		})
		m2, err := ParseFile("fuzz.py", src)
		if err != nil || Dump(m2) != d {
			t.Fatalf("reparse differs")
		}
		ParseInteractive("fuzz.py", src)
		ParseExpr("fuzz.py", src)
	})
}
