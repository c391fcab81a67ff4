package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/mptest/mptest/reports/results"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"mptest": func() { os.Exit(Main()) },
	})
}

// realPython is the CPython binary itself (sys.executable): running it
// directly rather than through a wrapper such as a pyenv shim keeps the
// scripts fast.
func realPython(t *testing.T) string {
	t.Helper()
	out, err := exec.Command("python3", "-S", "-c", "import sys; print(sys.executable)").Output()
	if err != nil {
		t.Skip("python3 not available:", err)
	}
	return strings.TrimSpace(string(out))
}

func TestScripts(t *testing.T) {
	python := realPython(t)
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			env.Setenv("PYTHON", python)
			// Where `-t exec:$PYTHON` writes its results.
			env.Setenv("PYRESULTS", filepath.Join(".mptest-results", results.SanitizeName("exec:"+python)))
			env.Setenv("CI", "1") // no progress line
			return nil
		},
		RequireExplicitExec: true,
	})
}
