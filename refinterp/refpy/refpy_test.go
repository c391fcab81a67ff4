package refpy

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func run(t *testing.T, stdin string, args ...string) (stdout, stderr string, status int) {
	t.Helper()
	var out, errb bytes.Buffer
	status = Main(args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), status
}

func TestMain(t *testing.T) {
	dir := t.TempDir()
	script := filepath.Join(dir, "s.py")
	if err := os.WriteFile(script, []byte("import sys\nprint(sys.argv[1:], __name__)\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		stdin      string
		args       []string
		out        string
		errContain string
		status     int
	}{
		{"code", "", []string{"-c", "print(1 + 1)"}, "2\n", "", 0},
		{"code argv", "", []string{"-c", "import sys; print(sys.argv)", "a"}, "['-c', 'a']\n", "", 0},
		{"stdin", "print('in')\n", nil, "in\n", "", 0},
		{"dash", "print('dash')\n", []string{"-"}, "dash\n", "", 0},
		{"file", "", []string{script, "x", "y"}, "['x', 'y'] __main__\n", "", 0},
		{"exit code", "", []string{"-c", "import sys; sys.exit(3)"}, "", "", 3},
		{"exit none", "", []string{"-c", "raise SystemExit"}, "", "", 0},
		{"exit message", "", []string{"-c", "import sys; sys.exit('bye')"}, "", "bye\n", 1},
		{"uncaught", "", []string{"-c", "print('a')\n1/0"}, "a\n", "ZeroDivisionError: division by zero\n", 1},
		{"traceback", "", []string{"-c", "def f():\n  raise ValueError('v')\nf()"}, "", "Traceback (most recent call last):\n  File \"<string>\", line 3, in <module>\n  File \"<string>\", line 2, in f\nValueError: v\n", 1},
		{"syntax error", "", []string{"-c", "x = = 1"}, "", "SyntaxError: invalid syntax", 1},
		{"memory error", "", []string{"-X", "heapsize=9k", "-c", "try:\n  l = [0] * 100000\nexcept MemoryError:\n  print('caught')"}, "caught\n", "", 0},
		{"heapstat", "", []string{"-X", "heapstat", "-c", "x = [1, 2, 3]"}, "", "peak-heap ", 0},
		{"recursion limit", "", []string{"-X", "recursionlimit=50", "-c", "import sys; print(sys.getrecursionlimit())"}, "50\n", "", 0},
		{"missing file", "", []string{filepath.Join(dir, "nope.py")}, "", "can't open file", 2},
		{"bad option", "", []string{"-Z"}, "", "Unknown option", 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, errs, status := run(t, tc.stdin, tc.args...)
			if out != tc.out {
				t.Errorf("stdout %q, want %q", out, tc.out)
			}
			if tc.errContain == "" && errs != "" {
				t.Errorf("unexpected stderr %q", errs)
			}
			if !strings.Contains(errs, tc.errContain) {
				t.Errorf("stderr %q does not contain %q", errs, tc.errContain)
			}
			if status != tc.status {
				t.Errorf("status %d, want %d", status, tc.status)
			}
		})
	}
}

func TestParseSize(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"9k", 9216, true}, {"2M", 2 << 20, true}, {"100", 100, true}, {"x", 0, false}, {"-1", 0, false},
	}
	for _, tc := range tests {
		got, err := parseSize(tc.in)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("parseSize(%q) = %d, %v; want %d, ok=%v", tc.in, got, err, tc.want, tc.ok)
		}
	}
}
