package syntax

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// readCases reads a case file: programs separated by lines "====".
func readCases(t testing.TB, name string) []string {
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	var cases []string
	for _, c := range strings.Split(string(data), "\n====\n") {
		cases = append(cases, c)
	}
	return cases
}

type cpyResult struct {
	Dump   string `json:"dump"`
	Pos    string `json:"pos"`
	Kind   string `json:"kind"`
	Msg    string `json:"msg"`
	Line   int    `json:"line"`
	Offset int    `json:"offset"`
}

// cpython runs testdata/cpython_ast.py on the cases, or skips the test when
// CPython 3.11 is not available or in -short mode.
func cpython(t *testing.T, srcs []string, mode string) []cpyResult {
	if testing.Short() {
		t.Skip("CPython comparison skipped in -short mode")
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not available")
	}
	ver, err := exec.Command(py, "-c", "import sys; print(sys.version_info[:2] == (3, 11))").Output()
	if err != nil || strings.TrimSpace(string(ver)) != "True" {
		t.Skip("python3 is not CPython 3.11")
	}
	type in struct {
		Src  string `json:"src"`
		Mode string `json:"mode"`
	}
	var ins []in
	for _, s := range srcs {
		ins = append(ins, in{s, mode})
	}
	data, _ := json.Marshal(ins)
	cmd := exec.Command(py, "testdata/cpython_ast.py")
	cmd.Stdin = bytes.NewReader(data)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("cpython_ast.py: %v", err)
	}
	var res []cpyResult
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatal(err)
	}
	if len(res) != len(srcs) {
		t.Fatalf("got %d results for %d cases", len(res), len(srcs))
	}
	return res
}

// TestAgainstCPython parses every case with this package and with CPython
// and requires the same tree (ast.dump) or the same error kind, message and
// line. Columns are compared for the cases in testdata/errors.txt.
func TestAgainstCPython(t *testing.T) {
	for _, file := range []string{"testdata/parse.txt", "testdata/errors.txt"} {
		srcs := readCases(t, file)
		want := cpython(t, srcs, "exec")
		for i, src := range srcs {
			got := result(src)
			w := want[i]
			if w.Dump != "" {
				if got != w.Dump {
					t.Errorf("%s case %d:\n%s\ngot:  %s\nwant: %s", file, i, src, got, w.Dump)
				} else if m, err := ParseFile("x.py", []byte(src)); err == nil {
					if gp := DumpPositions(m); gp != w.Pos {
						a, b := firstDiff(gp, w.Pos)
						t.Errorf("%s case %d: positions differ:\n%s\ngot:  %s\nwant: %s", file, i, src, a, b)
					}
				}
				continue
			}
			wantErr := w.Kind + ": " + w.Msg + " @" + itoa(w.Line)
			if !strings.HasPrefix(got, wantErr+":") {
				t.Errorf("%s case %d:\n%s\ngot:  %s\nwant: %s:%d", file, i, src, got, wantErr, w.Offset)
			} else if file == "testdata/errors.txt" && got != wantErr+":"+itoa(w.Offset) {
				t.Logf("%s case %d: column differs:\n%s\ngot:  %s\nwant: %s:%d", file, i, src, got, wantErr, w.Offset)
			}
		}
	}
}

// result is the canonical outcome of parsing src: its Dump or its error.
func result(src string) string {
	m, err := ParseFile("x.py", []byte(src))
	if err != nil {
		e, ok := err.(*Error)
		if !ok {
			return "non-syntax error: " + err.Error()
		}
		return e.Kind + ": " + e.Msg + " @" + itoa(e.Line) + ":" + itoa(e.Offset())
	}
	return Dump(m)
}

func itoa(i int) string {
	if i < 0 {
		return "-" + itoa(-i)
	}
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

// firstDiff trims two long strings to the neighbourhood of their first difference.
func firstDiff(a, b string) (string, string) {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	lo := i - 80
	if lo < 0 {
		lo = 0
	}
	cut := func(s string) string {
		hi := i + 60
		if hi > len(s) {
			hi = len(s)
		}
		if lo > len(s) {
			return ""
		}
		return "…" + s[lo:hi] + "…"
	}
	return cut(a), cut(b)
}
