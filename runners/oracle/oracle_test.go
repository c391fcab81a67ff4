package oracle

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mptest/mptest/runners"
)

func TestPattern(t *testing.T) {
	tests := []struct {
		exp, out string
		plain    bool
		want     bool
	}{
		{"a\nb\n", "a\nb\n", true, false},
		{"a\n########\nz\n", "a\nz\n", false, true},
		{"a\n########\nz\n", "a\nb\nc\nz\n", false, true},
		{"a\n########\nz\n", "a\nb\n", false, false},
		{"########\n", "", false, true},
		{"#re: id=\\d+\nok\n", "id=42\nok\n", false, true},
		{"#re: id=\\d+\nok\n", "id=4x\nok\n", false, false},
		{"#re:x|y\n", "xy\n", false, false}, // anchored as a whole
		{"#re: .*\n########\nend\n", "start\n1\n2\nend\n", false, true},
		{"a\n#re: b\n", "a\nb\nextra\n", false, false},
	}
	for _, tt := range tests {
		p, err := ParsePattern(tt.exp)
		if err != nil {
			t.Fatalf("ParsePattern(%q): %v", tt.exp, err)
		}
		if (p == nil) != tt.plain {
			t.Errorf("ParsePattern(%q) plain = %v, want %v", tt.exp, p == nil, tt.plain)
			continue
		}
		if p != nil && p.Match(tt.out) != tt.want {
			t.Errorf("Pattern %q Match(%q) = %v, want %v", tt.exp, tt.out, !tt.want, tt.want)
		}
	}
	if _, err := ParsePattern("#re: (\n"); err == nil || !strings.Contains(err.Error(), "line 1") {
		t.Errorf("bad regex error = %v", err)
	}
}

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func testAt(t *testing.T, path string) runners.Test {
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return runners.Test{Name: filepath.Base(path), Path: path, Source: src}
}

func TestExpFilePrecedence(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"a.py": "print(1)", "a.py.exp": "generic\r\n", "a.qemu-microbit.exp": "board\n",
		"re.py": "", "re.py.exp": "########\n",
	})
	o, err := New(Config{Disabled: true})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		file, target, source, output string
		pattern                      bool
		err                          error
	}{
		{"a.py", "qemu:microbit", "a.qemu-microbit.exp", "board\n", false, nil},
		{"a.py", "host", "a.py.exp", "generic\n", false, nil},
		{"re.py", "host", "re.py.exp", "########\n", true, nil},
	}
	for _, tt := range tests {
		e, err := o.Expect(context.Background(), testAt(t, filepath.Join(dir, tt.file)), tt.target)
		if err != nil || e.Source != tt.source || string(e.Output) != tt.output || (e.Pattern != nil) != tt.pattern {
			t.Errorf("Expect(%s on %s) = %+v, %v", tt.file, tt.target, e, err)
		}
	}
	writeFiles(t, dir, map[string]string{"b.py": "print(2)"})
	if _, err := o.Expect(context.Background(), testAt(t, filepath.Join(dir, "b.py")), "host"); !errors.Is(err, ErrNoExpectation) {
		t.Errorf("no .exp with oracle disabled: %v", err)
	}
}

func TestMissingPython(t *testing.T) {
	_, err := New(Config{Python: "/nonexistent/python3"})
	if !errors.Is(err, ErrNoPython) || !strings.Contains(err.Error(), "apt-get install python3") || !strings.Contains(err.Error(), "--no-oracle") {
		t.Errorf("New with missing python: %v", err)
	}
}

func TestCPythonCache(t *testing.T) {
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not installed")
	}
	dir, cache := t.TempDir(), t.TempDir()
	writeFiles(t, dir, map[string]string{
		"t.py":      "import helper\nprint(helper.X)\n",
		"helper.py": "X = 1\n",
		"raise.py":  "print('before')\nraise ValueError\n",
	})
	ctx := context.Background()
	run := func(name string) (Expectation, *Oracle) {
		o, err := New(Config{Python: "python3 -S", CacheDir: cache})
		if err != nil {
			t.Fatal(err)
		}
		e, err := o.Expect(ctx, testAt(t, filepath.Join(dir, name)), "host")
		if err != nil {
			t.Fatal(err)
		}
		return e, o
	}
	e, o := run("t.py")
	if string(e.Output) != "1\n" || !e.FromCPython || e.Source != "cpython" || o.Starts() != 2 {
		t.Fatalf("cold: %+v, %d starts (want version probe + run)", e, o.Starts())
	}
	e, o = run("t.py")
	if string(e.Output) != "1\n" || o.Starts() != 0 {
		t.Errorf("warm: %q, %d CPython starts, want 0", e.Output, o.Starts())
	}
	// Changing the imported sibling module invalidates the entry.
	writeFiles(t, dir, map[string]string{"helper.py": "X = 2\n"})
	e, o = run("t.py")
	if string(e.Output) != "2\n" || o.Starts() != 1 {
		t.Errorf("after helper change: %q, %d starts", e.Output, o.Starts())
	}
	// A corrupt entry is ignored, recomputed and replaced.
	entries, _ := filepath.Glob(filepath.Join(cache, "oracle", "*", "*.json"))
	for _, p := range entries {
		os.WriteFile(p, []byte("{garbage"), 0o644)
	}
	e, o = run("t.py")
	if string(e.Output) != "2\n" || o.Starts() != 1 || len(o.Warnings()) != 1 {
		t.Errorf("corrupt entry: %q, %d starts, warnings %v", e.Output, o.Starts(), o.Warnings())
	}
	e, o = run("t.py")
	if o.Starts() != 0 {
		t.Errorf("entry not rewritten after corruption: %d starts", o.Starts())
	}
	e, _ = run("raise.py")
	if string(e.Output) != "before\n" || e.ExitCode != 1 {
		t.Errorf("raising test: %q exit %d", e.Output, e.ExitCode)
	}
}
