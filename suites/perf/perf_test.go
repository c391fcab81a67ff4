package perf

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

const header = `# bench: demo: a test program
# params 1000MHz 64MiB: N = 100; M = 3
# params 100MHz 64KiB: N = 10; M = 2
# params 16MHz 16KiB: N = 2; M = 1
# params 400MHz 64KiB: N = 20; M = 2
print(N * M)
`

func TestSelect(t *testing.T) {
	b, err := Parse("demo.py", []byte(header))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		r    Resources
		want string // the chosen set's key, or "" for too large
	}{
		{"unknown resources take the largest", Resources{}, "N=100/M=3"},
		{"a PC", Resources{CPUMHz: 3000, HeapKiB: 8 << 20}, "N=100/M=3"},
		{"heap known, clock not", Resources{HeapKiB: 100}, "N=20/M=2"},
		{"slow board with 64 KiB", Resources{CPUMHz: 168, HeapKiB: 100}, "N=10/M=2"},
		{"exactly the small set", Resources{CPUMHz: 16, HeapKiB: 16}, "N=2/M=1"},
		{"fast clock, tiny heap", Resources{CPUMHz: 5000, HeapKiB: 20}, "N=2/M=1"},
		{"heap between sets", Resources{CPUMHz: 1000, HeapKiB: 65535}, "N=20/M=2"},
		{"too little heap", Resources{CPUMHz: 64, HeapKiB: 8}, ""},
		{"too slow", Resources{CPUMHz: 8, HeapKiB: 1024}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := b.Select(tt.r)
			if tt.want == "" {
				if !errors.Is(err, ErrTooLarge) {
					t.Fatalf("Select(%v) = %v, %v; want ErrTooLarge", tt.r, p.Key(), err)
				}
				if !strings.Contains(err.Error(), "16MHz 16KiB") {
					t.Errorf("error %q does not name the smallest set", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Select(%v): %v", tt.r, err)
			}
			if got := p.Key(); got != tt.want {
				t.Errorf("Select(%v) = %s, want %s", tt.r, got, tt.want)
			}
		})
	}
}

func TestProgramKeepsLineNumbers(t *testing.T) {
	b, err := Parse("demo_prog.py", []byte(header))
	if err != nil {
		t.Fatal(err)
	}
	p := b.Params[2]
	got := string(b.Program(p))
	want := "N = 2; M = 1\n" + strings.SplitN(header, "\n", 2)[1]
	if got != want {
		t.Errorf("Program:\n%s\nwant:\n%s", got, want)
	}
	if n := strings.Count(got, "\n"); n != strings.Count(header, "\n") {
		t.Errorf("program has %d lines, file has %d", n, strings.Count(header, "\n"))
	}
	if name := b.ResultName(p); name != "DemoProg/N=2/M=1" {
		t.Errorf("ResultName = %q", name)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"no title", "print(1)\n", "first line"},
		{"no params", "# bench: x\nprint(1)\n", "no \"# params\""},
		{"bad unit", "# bench: x\n# params 10MHz 16KB: N = 1\n", "malformed params"},
		{"missing clock", "# bench: x\n# params 16KiB: N = 1\n", "malformed params"},
		{"not an assignment", "# bench: x\n# params 10MHz 16KiB: N == 1\n", "is not NAME = VALUE"},
		{"empty value", "# bench: x\n# params 10MHz 16KiB: N =\n", "is not NAME = VALUE"},
		{"twice", "# bench: x\n# params 10MHz 16KiB: N = 1; N = 2\n", "assigned twice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("x.py", []byte(tt.src))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Parse error = %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestParamsAfterBlankCommentsOnly(t *testing.T) {
	// A "# params" comment further down the program (after code) is not a
	// declaration.
	src := "# bench: x\n# params 1MHz 1KiB: N = 1\n\nprint(N)\n# params 2MHz 2KiB: N = 2\n"
	b, err := Parse("x.py", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Params) != 1 {
		t.Errorf("got %d sets, want 1", len(b.Params))
	}
}

func TestFilter(t *testing.T) {
	bs, err := Suite()
	if err != nil {
		t.Fatal(err)
	}
	got := Filter(bs, regexp.MustCompile(`^(nqueens|pidigits|calls)$`), regexp.MustCompile(`calls`))
	var names []string
	for _, b := range got {
		names = append(names, b.Name)
	}
	if strings.Join(names, ",") != "nqueens,pidigits" {
		t.Errorf("Filter = %v", names)
	}
}

// driver runs every program given on the command line (in files) in a fresh
// namespace of one interpreter, printing each one's output after a header,
// so the whole suite costs two interpreter start-ups instead of sixty.
const driver = `import io, sys
for path in sys.argv[1:]:
    src = open(path).read()
    buf = io.StringIO()
    saved, sys.stdout = sys.stdout, buf
    try:
        exec(compile(src, path, "exec"), {"__name__": "__main__"})
        status = "ok"
    except BaseException as e:
        status = "error %r" % (e,)
    finally:
        sys.stdout = saved
    print("=== %s %s" % (path, status))
    print(buf.getvalue(), end="")
`

// TestSuiteRunsOnCPython runs every benchmark's largest and smallest sets
// on python3, twice in processes with different string hash seeds, and
// checks that each ends cleanly with output equal in both.
func TestSuiteRunsOnCPython(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	bs, err := Suite()
	if err != nil {
		t.Fatal(err)
	}
	if len(bs) < 15 {
		t.Errorf("suite has %d benchmarks, want at least 15", len(bs))
	}
	dir := t.TempDir()
	var files []string
	for _, b := range bs {
		for i, r := range []Resources{{}, {CPUMHz: 16, HeapKiB: 16}} {
			p, err := b.Select(r)
			if err != nil {
				t.Fatalf("%s: %v", b.Name, err)
			}
			f := filepath.Join(dir, fmt.Sprintf("%s_%d.py", b.Name, i))
			if err := os.WriteFile(f, b.Program(p), 0o644); err != nil {
				t.Fatal(err)
			}
			files = append(files, f)
		}
	}
	outs := make([]string, 2)
	errs := make([]error, 2)
	var wg sync.WaitGroup
	for i := range outs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
			defer cancel()
			cmd := exec.CommandContext(ctx, py, append([]string{"-c", driver}, files...)...)
			cmd.Env = append(os.Environ(), fmt.Sprintf("PYTHONHASHSEED=%d", 17+i))
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			out, err := cmd.Output()
			if err != nil {
				err = fmt.Errorf("%w: %s", err, stderr.String())
			}
			outs[i], errs[i] = string(out), err
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	sections := func(out string) map[string]string {
		m := map[string]string{}
		for _, part := range strings.Split(out, "=== ")[1:] {
			head, body, _ := strings.Cut(part, "\n")
			m[head] = body
		}
		return m
	}
	first, second := sections(outs[0]), sections(outs[1])
	for _, f := range files {
		head := f + " ok"
		body, ok := first[head]
		if !ok {
			t.Errorf("%s did not run cleanly:\n%s", filepath.Base(f), outs[0])
			continue
		}
		if strings.Count(body, "\n") < 1 || strings.Contains(body, "WRONG") {
			t.Errorf("%s: suspicious output %q", filepath.Base(f), body)
		}
		if second[head] != body {
			t.Errorf("%s: output differs between runs:\n%s\n---\n%s", filepath.Base(f), body, second[head])
		}
	}
}

func TestStartup(t *testing.T) {
	b := Startup()
	for _, r := range []Resources{{}, {CPUMHz: 1, HeapKiB: 1}} {
		p, err := b.Select(r)
		if err != nil {
			t.Fatalf("Select(%v): %v", r, err)
		}
		if got := b.ResultName(p); got != "Startup" {
			t.Errorf("ResultName = %q", got)
		}
		if got := string(b.Program(p)); got != "\npass\n" {
			t.Errorf("Program = %q", got)
		}
	}
}
