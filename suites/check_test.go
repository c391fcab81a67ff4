package suites

// Sanity checks of the bundled conformance suites under lang/, types/,
// stdlib/, micropython/ and device/. They check the suites, not Go code.
//
// Conventions for suite authors (all enforced here):
//
//   - A test is a .py file whose name does not start with "_" or "." and that
//     is not matched by a "helpers" glob of the nearest suite.json (globs are
//     path.Match patterns against the path relative to the manifest's
//     directory, or against the base name; helper packages such as
//     lang/imports/pkg_a/ are listed as "pkg_a/*.py").
//   - Every directory that directly holds a test has a suite.json whose
//     "category" is that directory relative to suites/ (e.g. "lang/functions"),
//     with a non-empty "description", "needs" naming features the harness
//     probes (harness.KnownFeature), and valid globs in "helpers" and "skip".
//   - A test's own "# needs:" lines (discover.FileNeeds) name probed
//     features too, none already in its manifest's "needs"; and a test
//     using syntax a port may lack (f-strings, async, :=, match, /
//     parameters, @, variable annotations, except*)
//     declares it, so that such a port skips it instead of failing to
//     compile it (checked with CPython's ast module).
//   - Tests and .exp files are valid UTF-8.
//   - A test without NAME.py.exp is judged against CPython: run with
//     python3 -B -S (no site: 3x faster start; tests must not need site-packages
//     or the exit()/quit() helpers) in its own directory it exits with status 0 (or 1 when the file has a
//     line "# expect: exit 1", for tests that end with an uncaught
//     exception), prints the same stdout on two runs with different hash
//     seeds (catches set-of-str ordering), uses under a second of CPU, does
//     not print just SKIP, and does not print the suite's absolute path.
//   - A test with NAME.py.exp (MicroPython- or board-specific) prints either
//     SKIP or exactly the .exp text on CPython.
//   - Minimum counts: checkMinLang tests under lang/, checkMinTypesStdlib
//     under types/ and stdlib/ together.
//
// With -short only every fifth test is run on CPython (the static checks
// still cover every file).

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/mptest/mptest/runners/discover"
	"github.com/mptest/mptest/runners/harness"
)

var checkRoots = []string{"lang", "types", "stdlib", "micropython", "device"}

const (
	checkMinLang        = 250
	checkMinTypesStdlib = 200
	checkExitMarker     = "# expect: exit 1"
	checkCPULimit       = time.Second
	checkWallLimit      = 20 * time.Second
	checkWorkers        = 2
	// checkBudget bounds the CPython runs (the whole check takes ~30 s on an
	// idle 2-core machine): on a heavily loaded machine the remaining tests
	// are left out, and logged, rather than making go test crawl.
	checkBudget = 80 * time.Second
)

type checkManifest struct {
	Category    string              `json:"category"`
	Description string              `json:"description"`
	Needs       []string            `json:"needs"`
	Helpers     []string            `json:"helpers"`
	Skip        map[string][]string `json:"skip"`
	dir         string              // slash path relative to suites/
}

type checkTest struct {
	rel      string // slash path relative to suites/
	manifest *checkManifest
	src      []byte
	exp      []byte // nil without NAME.py.exp
}

func checkMatch(glob, rel string) bool {
	if ok, _ := path.Match(glob, rel); ok {
		return true
	}
	ok, _ := path.Match(glob, path.Base(rel))
	return ok
}

// checkLoadManifest reads and validates dir/suite.json (dir relative to suites/).
func checkLoadManifest(t *testing.T, dir string) *checkManifest {
	t.Helper()
	data, err := os.ReadFile(filepath.FromSlash(dir + "/suite.json"))
	if err != nil {
		return nil
	}
	m := &checkManifest{dir: dir}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(m); err != nil {
		t.Errorf("%s/suite.json: %v", dir, err)
		return m
	}
	if m.Category != dir {
		t.Errorf("%s/suite.json: category %q does not match its directory", dir, m.Category)
	}
	if strings.TrimSpace(m.Description) == "" {
		t.Errorf("%s/suite.json: empty description", dir)
	}
	for _, n := range m.Needs {
		if !harness.KnownFeature(n) {
			t.Errorf("%s/suite.json: unknown need %q", dir, n)
		}
	}
	globs := append([]string(nil), m.Helpers...)
	for _, l := range m.Skip {
		globs = append(globs, l...)
	}
	for _, g := range globs {
		if _, err := path.Match(g, ""); err != nil {
			t.Errorf("%s/suite.json: bad glob %q: %v", dir, g, err)
		}
	}
	return m
}

// checkDiscover finds every test and validates manifests and encodings.
func checkDiscover(t *testing.T) []checkTest {
	t.Helper()
	manifests := map[string]*checkManifest{}
	var nearest func(dir string) *checkManifest
	nearest = func(dir string) *checkManifest {
		if m, ok := manifests[dir]; ok {
			return m
		}
		m := checkLoadManifest(t, dir)
		if m == nil && strings.Contains(dir, "/") {
			m = nearest(path.Dir(dir))
		}
		manifests[dir] = m
		return m
	}
	var tests []checkTest
	helperUsed := map[string]bool{} // "dir\x00glob"
	for _, root := range checkRoots {
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			name := d.Name()
			if d.IsDir() {
				if p != root && (name == "__pycache__" || name == "testdata" || strings.HasPrefix(name, ".")) {
					return fs.SkipDir
				}
				return nil
			}
			rel := filepath.ToSlash(p)
			if strings.HasSuffix(name, ".exp") {
				data, err := os.ReadFile(p)
				if err == nil && !utf8.Valid(data) {
					t.Errorf("%s: not valid UTF-8", rel)
				}
				if _, err := os.Stat(strings.TrimSuffix(p, ".exp")); err != nil {
					t.Errorf("%s: no test beside this .exp file", rel)
				}
				return nil
			}
			if !strings.HasSuffix(name, ".py") {
				return nil
			}
			src, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			if !utf8.Valid(src) {
				t.Errorf("%s: not valid UTF-8", rel)
			}
			if strings.HasPrefix(name, "_") || strings.HasPrefix(name, ".") {
				return nil // never a test (package __init__.py and the like)
			}
			m := nearest(path.Dir(rel))
			if m == nil {
				t.Errorf("%s: no suite.json governs this file", rel)
				return nil
			}
			relM := strings.TrimPrefix(rel, m.dir+"/")
			for _, h := range m.Helpers {
				if checkMatch(h, relM) {
					helperUsed[m.dir+"\x00"+h] = true
					return nil
				}
			}
			if m.dir != path.Dir(rel) {
				t.Errorf("%s: test is not in a directory of its own suite.json (nearest is %s/suite.json)", rel, m.dir)
			}
			ct := checkTest{rel: rel, manifest: m, src: src}
			if exp, err := os.ReadFile(p + ".exp"); err == nil {
				ct.exp = exp
			}
			tests = append(tests, ct)
			return nil
		})
		if err != nil {
			t.Fatalf("walking %s: %v", root, err)
		}
	}
	for dir, m := range manifests {
		if m == nil || m.dir != dir {
			continue
		}
		for _, h := range m.Helpers {
			if !helperUsed[dir+"\x00"+h] {
				t.Errorf("%s/suite.json: helpers glob %q matches no file", dir, h)
			}
		}
	}
	sort.Slice(tests, func(i, j int) bool { return tests[i].rel < tests[j].rel })
	return tests
}

func TestCheckSuitesStatic(t *testing.T) {
	tests := checkDiscover(t)
	counts := map[string]int{}
	for _, ct := range tests {
		counts[strings.SplitN(ct.rel, "/", 2)[0]]++
		if bytes.Contains(ct.src, []byte(checkExitMarker)) && ct.exp != nil {
			t.Errorf("%s: %q is for CPython-judged tests; this one has an .exp file", ct.rel, checkExitMarker)
		}
		for _, n := range discover.FileNeeds(ct.src) {
			switch {
			case !harness.KnownFeature(n):
				t.Errorf("%s: unknown need %q (features are those the harness probes)", ct.rel, n)
			case slices.Contains(ct.manifest.Needs, n):
				t.Errorf("%s: needs %q already in %s/suite.json", ct.rel, n, ct.manifest.dir)
			}
		}
		if n := bytes.Count(ct.src, []byte("\n")); n > 100 {
			t.Errorf("%s: %d lines; keep tests short (split it)", ct.rel, n)
		}
	}
	t.Logf("tests per root: %v", counts)
	if counts["lang"] < checkMinLang {
		t.Errorf("lang/ has %d tests, want at least %d", counts["lang"], checkMinLang)
	}
	if n := counts["types"] + counts["stdlib"]; n < checkMinTypesStdlib {
		t.Errorf("types/ and stdlib/ have %d tests together, want at least %d", n, checkMinTypesStdlib)
	}
	for _, r := range []string{"micropython", "device"} {
		if counts[r] == 0 {
			t.Errorf("%s/ has no tests", r)
		}
	}
}

type checkRun struct {
	stdout []byte
	stderr []byte
	exit   int
	cpu    time.Duration
	err    error
}

func checkPython(ctx context.Context, python, dir, file, hashSeed string) checkRun {
	ctx, cancel := context.WithTimeout(ctx, checkWallLimit)
	defer cancel()
	cmd := exec.CommandContext(ctx, python, "-B", "-S", file)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PYTHONDONTWRITEBYTECODE=1", "PYTHONIOENCODING=utf-8", "PYTHONHASHSEED="+hashSeed)
	cmd.WaitDelay = 2 * time.Second // don't wait forever on a pipe held by a stray grandchild
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	r := checkRun{stdout: out.Bytes(), stderr: errb.Bytes()}
	if cmd.ProcessState != nil {
		r.exit = cmd.ProcessState.ExitCode()
		r.cpu = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	}
	var ee *exec.ExitError
	if err != nil && !errors.As(err, &ee) {
		r.err = err
	}
	if ctx.Err() != nil {
		r.err = fmt.Errorf("still running after %v", checkWallLimit)
	}
	return r
}

func checkIsSkip(b []byte) bool {
	s := string(b)
	return s == "SKIP\n" || s == "SKIP"
}

// checkOne runs one test on CPython and returns its problems.
func checkOne(ctx context.Context, python, abs string, ct checkTest) []string {
	dir := filepath.Join(abs, filepath.FromSlash(path.Dir(ct.rel)))
	file := path.Base(ct.rel)
	var probs []string
	r1 := checkPython(ctx, python, dir, file, "1")
	if r1.err != nil {
		return []string{r1.err.Error()}
	}
	tail := func(b []byte) string {
		if len(b) > 400 {
			b = b[len(b)-400:]
		}
		return string(b)
	}
	if ct.exp != nil {
		if r1.exit != 0 {
			probs = append(probs, fmt.Sprintf("exit status %d on CPython (want 0 and SKIP or the .exp output); stderr: %s", r1.exit, tail(r1.stderr)))
		} else if !checkIsSkip(r1.stdout) && !bytes.Equal(r1.stdout, ct.exp) {
			probs = append(probs, fmt.Sprintf("CPython printed neither SKIP nor the .exp text:\n%s", tail(r1.stdout)))
		}
		return probs
	}
	wantExit := 0
	if bytes.Contains(ct.src, []byte(checkExitMarker)) {
		wantExit = 1
	}
	if r1.exit != wantExit {
		probs = append(probs, fmt.Sprintf("exit status %d, want %d; stderr: %s", r1.exit, wantExit, tail(r1.stderr)))
	}
	if r1.cpu > checkCPULimit {
		probs = append(probs, fmt.Sprintf("used %v of CPU (limit %v)", r1.cpu.Round(time.Millisecond), checkCPULimit))
	}
	if checkIsSkip(r1.stdout) {
		probs = append(probs, "prints SKIP on CPython (no .exp file: CPython is its oracle)")
	}
	if len(bytes.TrimSpace(r1.stdout)) == 0 {
		probs = append(probs, "prints nothing")
	}
	if bytes.Contains(r1.stdout, []byte(abs)) {
		probs = append(probs, "output contains the suite's absolute path (not portable)")
	}
	if !utf8.Valid(r1.stdout) {
		probs = append(probs, "output is not valid UTF-8")
	}
	r2 := checkPython(ctx, python, dir, file, "2")
	if r2.err != nil {
		probs = append(probs, "second run: "+r2.err.Error())
	} else if !bytes.Equal(r1.stdout, r2.stdout) || r1.exit != r2.exit {
		probs = append(probs, fmt.Sprintf("not deterministic: two runs differ\n--- run 1:\n%s\n--- run 2:\n%s", tail(r1.stdout), tail(r2.stdout)))
	}
	return probs
}

// checkFindPython returns the real python3 executable: python3 on PATH may
// be a shim (pyenv's is a bash script) that costs far more than the tests
// and whose children outlive a kill.
func checkFindPython() (string, error) {
	shim, err := exec.LookPath("python3")
	if err != nil {
		return "", fmt.Errorf("python3 not found: %v", err)
	}
	out, err := exec.Command(shim, "-c", "import sys; print(sys.executable)").Output()
	if err != nil {
		return "", fmt.Errorf("%s does not run: %v", shim, err)
	}
	if exe := strings.TrimSpace(string(out)); exe != "" {
		if _, err := os.Stat(exe); err == nil {
			return exe, nil
		}
	}
	return shim, nil
}

func TestCheckSuitesOnCPython(t *testing.T) {
	python, err := checkFindPython()
	if err != nil {
		t.Skip(err)
	}
	abs, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	tests := checkDiscover(t)
	if testing.Short() {
		var sample []checkTest
		for i, ct := range tests {
			if i%5 == 0 {
				sample = append(sample, ct)
			}
		}
		tests = sample
	}
	ctx := context.Background()
	start := time.Now()
	jobs := make(chan checkTest)
	var mu sync.Mutex
	var wg sync.WaitGroup
	for w := 0; w < checkWorkers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ct := range jobs {
				probs := checkOne(ctx, python, abs, ct)
				if len(probs) > 0 {
					mu.Lock()
					t.Errorf("%s:\n  %s", ct.rel, strings.Join(probs, "\n  "))
					mu.Unlock()
				}
			}
		}()
	}
	ran := 0
	for _, ct := range tests {
		if time.Since(start) > checkBudget {
			t.Logf("time budget of %v used up (loaded machine?): %d of %d tests not run", checkBudget, len(tests)-ran, len(tests))
			break
		}
		jobs <- ct
		ran++
	}
	close(jobs)
	wg.Wait()
	t.Logf("ran %d tests on %s in %v", ran, python, time.Since(start).Round(time.Second))
}

// checkSyntaxScript prints "PATH FEATURE" for every probed syntax feature a
// file uses, found with CPython's ast module: on an interpreter without the
// feature such a file does not even compile, so it must declare the need to
// be skipped there rather than crash with a SyntaxError.
const checkSyntaxScript = `
import ast, sys
KINDS = [
    ("fstring", (ast.JoinedStr,)),
    ("async", (ast.AsyncFunctionDef, ast.Await, ast.AsyncFor, ast.AsyncWith)),
    ("walrus", (ast.NamedExpr,)),
    ("match", (ast.Match,)),
    ("annotations", (ast.AnnAssign,)),
    ("exceptgroup", (ast.TryStar,)),
]
for path in sys.argv[1:]:
    found = set()
    for node in ast.walk(ast.parse(open(path, encoding="utf-8").read(), path)):
        for name, types in KINDS:
            if isinstance(node, types):
                found.add(name)
        if isinstance(node, ast.arguments) and node.posonlyargs:
            found.add("posonly")
        if isinstance(node, (ast.BinOp, ast.AugAssign)) and isinstance(node.op, ast.MatMult):
            found.add("matmul")
    for name in sorted(found):
        print(path, name)
`

// TestCheckSuitesSyntaxNeeds checks that every test using a probed syntax
// feature (f-strings, async, :=, match, ...) declares it, in its manifest or
// in a "# needs:" line.
func TestCheckSuitesSyntaxNeeds(t *testing.T) {
	python, err := checkFindPython()
	if err != nil {
		t.Skip(err)
	}
	tests := checkDiscover(t)
	declared := map[string][]string{}
	args := []string{"-B", "-S", "-c", checkSyntaxScript}
	for _, ct := range tests {
		declared[ct.rel] = append(append([]string(nil), ct.manifest.Needs...), discover.FileNeeds(ct.src)...)
		args = append(args, ct.rel)
	}
	out, err := exec.Command(python, args...).Output()
	if err != nil {
		t.Fatalf("scanning the tests' syntax with %s: %v", python, err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		rel, feature, ok := strings.Cut(line, " ")
		if !ok {
			continue
		}
		if !harness.KnownFeature(feature) {
			t.Errorf("syntax scan reports %q, which no probe covers", feature)
		} else if !slices.Contains(declared[rel], feature) {
			t.Errorf("%s: uses %s but does not declare it (add a line \"# needs: %s\")", rel, feature, feature)
		}
	}
}
