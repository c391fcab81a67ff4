// Package oracle says what a test is expected to print.
//
// The expectation of test NAME.py on a target is, in order of preference:
//
//  1. NAME.<target>.exp beside the test, the target name sanitised for file
//     names ("qemu:microbit" → NAME.qemu-microbit.exp);
//  2. NAME.py.exp beside the test (MicroPython's convention);
//  3. what CPython prints when it runs the test (stdout and exit status).
//
// An .exp file may be a regex expectation (see ParsePattern).
//
// CPython is slow to start, so its answers are cached on disk, keyed by a
// hash of the test's content, the contents of sibling modules it imports,
// the CPython command and CPython's version. The version itself is cached
// keyed by the interpreter's path, size and modification time (see
// runners.ProbePython), so a run over unchanged tests starts no CPython
// process at all.
//
// Limitations of the key: a test that reads data files, or imports modules
// from elsewhere than its own directory (or a package directory beside it),
// is not re-run when those change; neither does the cache see a pyenv shim
// switching versions (point --python at the real binary, or clear the cache).
package oracle

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/mptest/mptest/reports/results"
	"github.com/mptest/mptest/runners"
)

// Expectation is what a test should print.
type Expectation struct {
	// Source names where the expectation came from: an .exp file's base name or "cpython".
	Source string
	// Output is the expected stdout ("\r\n" normalised), or the .exp text for a Pattern.
	Output []byte
	// Pattern is set for a regex expectation; Output then holds its source text.
	Pattern *Pattern
	// FromCPython is set when CPython produced the expectation; ExitCode is
	// then CPython's exit status (a test may end with an uncaught exception).
	FromCPython bool
	ExitCode    int
}

// ErrNoExpectation is returned when a test has no .exp file and the CPython
// oracle is disabled.
var ErrNoExpectation = errors.New("no .exp file and the CPython oracle is disabled (--no-oracle)")

// ErrNoPython is returned (wrapped) by New when the CPython command is missing.
var ErrNoPython = errors.New("CPython not found")

// Config configures an Oracle.
type Config struct {
	// Python is the CPython command line (default "python3").
	Python string
	// CacheDir is where CPython's answers are cached; "" disables caching.
	CacheDir string
	// Disabled turns the CPython oracle off: only .exp files count.
	Disabled bool
	// Timeout bounds one CPython run (default 10s).
	Timeout time.Duration
	// MaxOutput caps CPython's output like a target's (0: no cap).
	MaxOutput int
}

// Oracle finds expectations. It is safe for concurrent use.
type Oracle struct {
	cfg    Config
	argv   []string // resolved CPython command
	starts atomic.Int64

	versionOnce sync.Once
	version     string
	versionErr  error

	calls sync.Map // cache key → *call

	mu       sync.Mutex
	warnings []error
}

type call struct {
	once sync.Once
	exp  Expectation
	err  error
}

// New returns an Oracle. Unless the oracle is disabled, the CPython command
// must exist; the error then says how to install it or do without.
func New(cfg Config) (*Oracle, error) {
	if cfg.Timeout == 0 {
		cfg.Timeout = 10 * time.Second
	}
	if cfg.Python == "" {
		cfg.Python = "python3"
	}
	o := &Oracle{cfg: cfg}
	if cfg.Disabled {
		return o, nil
	}
	argv, err := runners.SplitCommand(cfg.Python)
	if err != nil || len(argv) == 0 {
		return nil, fmt.Errorf("--python %q: bad command line: %v", cfg.Python, err)
	}
	path, err := exec.LookPath(argv[0])
	if err != nil {
		return nil, fmt.Errorf("%w: %q is not installed or not on PATH. CPython is the oracle for tests "+
			"without .exp files: install it (e.g. `apt-get install python3`), point --python at it, "+
			"or run with --no-oracle to use .exp files only", ErrNoPython, argv[0])
	}
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	o.argv = append([]string{path}, argv[1:]...)
	return o, nil
}

// Starts returns how many CPython processes the oracle has started
// (version probes included).
func (o *Oracle) Starts() int64 { return o.starts.Load() }

// Warnings returns problems the oracle recovered from (corrupt cache entries).
func (o *Oracle) Warnings() []error {
	o.mu.Lock()
	defer o.mu.Unlock()
	return append([]error(nil), o.warnings...)
}

func (o *Oracle) warn(err error) {
	o.mu.Lock()
	o.warnings = append(o.warnings, err)
	o.mu.Unlock()
}

// ExpFiles returns the candidate .exp files for a test on target, in order of preference.
func ExpFiles(testPath, target string) []string {
	stem := strings.TrimSuffix(testPath, ".py")
	return []string{stem + "." + results.SanitizeName(target) + ".exp", testPath + ".exp"}
}

// Expect returns what test t should print on target.
func (o *Oracle) Expect(ctx context.Context, t runners.Test, target string) (Expectation, error) {
	for _, p := range ExpFiles(t.Path, target) {
		data, err := os.ReadFile(p)
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			return Expectation{}, fmt.Errorf("reading expectation: %w", err)
		}
		data = runners.NormalizeNewlines(data)
		pat, err := ParsePattern(string(data))
		if err != nil {
			return Expectation{}, fmt.Errorf("%s: %w", p, err)
		}
		return Expectation{Source: filepath.Base(p), Output: data, Pattern: pat}, nil
	}
	if o.cfg.Disabled {
		return Expectation{}, ErrNoExpectation
	}
	return o.cpython(ctx, t)
}

// Version returns CPython's version ("cpython 3.11.7"), from the cache when
// the interpreter binary has not changed since it was last asked.
func (o *Oracle) Version(ctx context.Context) (string, error) {
	o.versionOnce.Do(func() { o.version, o.versionErr = o.lookupVersion(ctx) })
	return o.version, o.versionErr
}

func (o *Oracle) lookupVersion(ctx context.Context) (string, error) {
	if o.cfg.Disabled {
		return "", ErrNoExpectation
	}
	info, started, err := runners.ProbePython(ctx, o.argv, o.cfg.CacheDir)
	if started {
		o.starts.Add(1)
	}
	if err != nil {
		return "", fmt.Errorf("CPython oracle: %w", err)
	}
	// Run the interpreter itself from now on, not a wrapper such as a pyenv shim.
	o.argv[0] = info.Executable
	return info.Version, nil
}

type outputEntry struct {
	Schema  int    `json:"schema"`
	Version string `json:"version"`
	Stdout  []byte `json:"stdout"`
	Exit    int    `json:"exit"`
}

// cpython returns CPython's output for t, from the cache or by running it.
// Concurrent requests for the same test share one run.
func (o *Oracle) cpython(ctx context.Context, t runners.Test) (Expectation, error) {
	version, err := o.Version(ctx)
	if err != nil {
		return Expectation{}, err
	}
	key := o.key(version, t)
	v, _ := o.calls.LoadOrStore(key, &call{})
	c := v.(*call)
	c.once.Do(func() { c.exp, c.err = o.cpythonUncached(ctx, t, version, key) })
	return c.exp, c.err
}

func (o *Oracle) cpythonUncached(ctx context.Context, t runners.Test, version, key string) (Expectation, error) {
	path := ""
	if o.cfg.CacheDir != "" {
		path = filepath.Join(o.cfg.CacheDir, "oracle", key[:2], key+".json")
		if data, err := os.ReadFile(path); err == nil {
			var e outputEntry
			if json.Unmarshal(data, &e) == nil && e.Schema == 1 && e.Version == version {
				return Expectation{Source: "cpython", Output: e.Stdout, FromCPython: true, ExitCode: e.Exit}, nil
			}
			o.warn(fmt.Errorf("ignoring corrupt oracle cache entry %s", path))
		}
	}
	ctx, cancel := context.WithTimeout(ctx, o.cfg.Timeout)
	defer cancel()
	o.starts.Add(1)
	out := runners.RunProcess(ctx, runners.Process{
		Argv:      append(append([]string(nil), o.argv...), filepath.Base(t.Path)),
		Dir:       filepath.Dir(t.Path),
		MaxOutput: o.cfg.MaxOutput,
	})
	switch {
	case out.Status == runners.TimedOut:
		return Expectation{}, fmt.Errorf("CPython oracle timed out after %v", o.cfg.Timeout)
	case out.Status != runners.Exited:
		return Expectation{}, fmt.Errorf("CPython oracle: %w", out.Err)
	case out.Truncated:
		return Expectation{}, fmt.Errorf("CPython oracle: output exceeds %d bytes", o.cfg.MaxOutput)
	}
	exp := Expectation{Source: "cpython", Output: out.Stdout, FromCPython: true, ExitCode: out.ExitCode}
	if path != "" {
		data, _ := json.Marshal(outputEntry{Schema: 1, Version: version, Stdout: out.Stdout, Exit: out.ExitCode})
		if err := results.WriteFileAtomic(path, data); err != nil {
			o.warn(fmt.Errorf("caching CPython output: %w", err))
		}
	}
	return exp, nil
}

// importRE finds the top-level modules a test imports.
var importRE = regexp.MustCompile(`(?m)^[ \t]*(?:from[ \t]+(\w+)[\w.]*[ \t]+import|import[ \t]+([\w., \t]+))`)

// key hashes everything CPython's output for t depends on that the cache can see.
func (o *Oracle) key(version string, t runners.Test) string {
	parts := []string{"mptest-oracle-1", version, strings.Join(o.argv, "\x00"), filepath.Base(t.Path), string(t.Source)}
	for _, dep := range siblingImports(t) {
		parts = append(parts, dep.name, dep.content)
	}
	return hash(parts...)
}

type dep struct{ name, content string }

// siblingImports returns the contents of the modules beside t that t imports
// (NAME.py, or every .py file of a package directory NAME/), sorted by name.
func siblingImports(t runners.Test) []dep {
	dir := filepath.Dir(t.Path)
	mods := map[string]bool{}
	for _, m := range importRE.FindAllStringSubmatch(string(t.Source), -1) {
		if m[1] != "" {
			mods[m[1]] = true
			continue
		}
		for _, part := range strings.Split(m[2], ",") {
			fields := strings.Fields(part)
			if len(fields) > 0 {
				mods[strings.SplitN(fields[0], ".", 2)[0]] = true
			}
		}
	}
	var deps []dep
	for m := range mods {
		if data, err := os.ReadFile(filepath.Join(dir, m+".py")); err == nil {
			deps = append(deps, dep{m + ".py", string(data)})
		}
		pkg := filepath.Join(dir, m)
		if st, err := os.Stat(pkg); err == nil && st.IsDir() {
			filepath.WalkDir(pkg, func(p string, d os.DirEntry, err error) error {
				if err == nil && !d.IsDir() && strings.HasSuffix(p, ".py") {
					if data, err := os.ReadFile(p); err == nil {
						rel, _ := filepath.Rel(dir, p)
						deps = append(deps, dep{filepath.ToSlash(rel), string(data)})
					}
				}
				return nil
			})
		}
	}
	sort.Slice(deps, func(i, j int) bool { return deps[i].name < deps[j].name })
	return deps
}

func hash(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		fmt.Fprintf(h, "%d:%s;", len(p), p)
	}
	return hex.EncodeToString(h.Sum(nil))
}
