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

// TestHeapModel is the acceptance check: a small script stays
// well under a 9 KiB heap, and a 100k-element list does not fit.
func TestHeapModel(t *testing.T) {
	script := `import gc, micropython
squares = []
for i in range(20):
    squares.append(i * i)
names = {}
for i in range(10):
    names["k" + str(i)] = i
total = sum(squares) + sum(names.values())
print(total)
gc.collect()
micropython.mem_info()
try:
    big = [0] * 100000
    print("no MemoryError")
except MemoryError:
    print("MemoryError")
try:
    big = [i for i in range(100000)]
    print("no MemoryError")
except MemoryError:
    big = None
    print("MemoryError")
print(gc.mem_alloc() < 9 * 1024)
`
	out, errs, status := run(t, script, "-X", "heapsize=9k", "-X", "heapstat", "-")
	if status != 0 {
		t.Fatalf("status %d, stderr %q", status, errs)
	}
	if !strings.HasPrefix(out, "2515\n") || strings.Count(out, "MemoryError\n") != 2 || !strings.HasSuffix(out, "True\n") {
		t.Errorf("unexpected output:\n%s", out)
	}
	if !strings.Contains(out, "GC: total: 9216, used: ") {
		t.Errorf("mem_info output missing:\n%s", out)
	}
	i := strings.Index(errs, "peak-heap ")
	if i < 0 {
		t.Fatalf("no peak-heap in stderr %q", errs)
	}
	var peak int
	for _, c := range strings.TrimSpace(errs[i+len("peak-heap "):]) {
		if c < '0' || c > '9' {
			break
		}
		peak = peak*10 + int(c-'0')
	}
	if peak <= 0 || peak > 9*1024 {
		t.Errorf("peak-heap %d, want within the 9 KiB limit", peak)
	}
	// without the big allocations the peak is small
	small := script[:strings.Index(script, "try:")]
	_, errs, _ = run(t, small, "-X", "heapsize=9k", "-X", "heapstat", "-")
	i = strings.Index(errs, "peak-heap ")
	peak = 0
	for _, c := range strings.TrimSpace(errs[i+len("peak-heap "):]) {
		if c < '0' || c > '9' {
			break
		}
		peak = peak*10 + int(c-'0')
	}
	if peak <= 0 || peak >= 5*1024 {
		t.Errorf("small script peak-heap %d, want < 5 KiB", peak)
	}
}
