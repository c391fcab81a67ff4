// Package golden runs a module package's golden tests: every testdata/*.py
// program through refinterp, its output compared with the .exp file CPython
// 3.11 printed (regenerated with go test -update). The test that calls Run
// links the modules it needs (usually refinterp/modules/all).
package golden

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mptest/mptest/refinterp/py"
)

var update = flag.Bool("update", false, "regenerate testdata/*.exp with python3")

// Run runs every testdata/*.py program with refinterp and compares
// its stdout (plus the last line of an uncaught exception) with the .exp
// file printed by CPython 3.11. When python3 is on PATH the .exp file is
// also checked against it, so a stale expectation cannot hide a bug.
func Run(t *testing.T) { RunWithPython(t) }

// RunWithPython is Run with extra python3 flags used when -update
// regenerates the .exp files (e.g. "-W", "ignore" to keep warnings out).
func RunWithPython(t *testing.T, pythonFlags ...string) {
	files, err := filepath.Glob("testdata/*.py")
	if err != nil || len(files) == 0 {
		t.Fatal("no testdata", err)
	}
	_, noPython := exec.LookPath("python3")
	for _, file := range files {
		file := file
		t.Run(strings.TrimSuffix(filepath.Base(file), ".py"), func(t *testing.T) {
			expFile := strings.TrimSuffix(file, ".py") + ".exp"
			if noPython == nil {
				cmd := exec.Command("python3", append(append([]string(nil), pythonFlags...), filepath.Base(file))...)
				cmd.Dir = filepath.Dir(file)
				var out, errb bytes.Buffer
				cmd.Stdout, cmd.Stderr = &out, &errb
				_ = cmd.Run()
				cp := out.String() + lastLine(errb.String())
				if *update {
					if err := os.WriteFile(expFile, []byte(cp), 0o644); err != nil {
						t.Fatal(err)
					}
				}
			}
			want, err := os.ReadFile(expFile)
			if err != nil {
				t.Fatalf("missing %s (run go test -update): %v", expFile, err)
			}
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			abs, _ := filepath.Abs(file)
			var out, errb bytes.Buffer
			th := py.New(py.Options{Stdout: &out, Stderr: &errb, Argv: []string{filepath.Base(file)}, Path: []string{filepath.Dir(abs)}})
			if err := th.RunFile(abs, string(src)); err != nil {
				th.PrintException(err)
			}
			got := out.String() + lastLine(errb.String())
			if got != string(want) {
				t.Errorf("output differs from CPython:\n%s", diffLines(string(want), got))
			}
		})
	}
}

func lastLine(s string) string {
	s = strings.TrimRight(s, "\n")
	if s == "" {
		return ""
	}
	lines := strings.Split(s, "\n")
	return "!! " + lines[len(lines)-1] + "\n"
}

func diffLines(want, got string) string {
	w := strings.Split(want, "\n")
	g := strings.Split(got, "\n")
	var b strings.Builder
	for i := 0; i < len(w) || i < len(g); i++ {
		var x, y string
		if i < len(w) {
			x = w[i]
		}
		if i < len(g) {
			y = g[i]
		}
		if x != y {
			b.WriteString("line " + strconvItoa(i+1) + ":\n  want: " + x + "\n  got:  " + y + "\n")
		}
	}
	return b.String()
}

func strconvItoa(i int) string {
	s := ""
	for ; i > 0; i /= 10 {
		s = string(rune('0'+i%10)) + s
	}
	return s
}
