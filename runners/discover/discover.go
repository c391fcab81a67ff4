// Package discover finds the tests to run: Python files under the paths given
// on the command line, each with the suite manifest that governs it.
//
// The test model follows MicroPython's tests/ directory: a test is a .py
// file that prints its results; whatever it prints is compared with an
// expectation (see package oracle). A directory may hold a suite.json
// manifest that applies to the tests in it and below it (the nearest one
// wins):
//
//	{
//	  "category": "lang/functions",        // carried on every test and result
//	  "description": "...",
//	  "skip": {"qemu": ["big_*.py"], "exec:micropython": ["x.py"], "*": []},
//	  "needs": ["float"],                  // features a target must have
//	  "helpers": ["mod_*.py"]              // importable modules, not tests
//	}
//
// Skip lists are keyed by a full target name ("qemu:microbit"), a target
// scheme ("qemu") or "*" for all targets; their entries are path.Match globs
// matched against the test's path relative to the manifest's directory and
// against its base name. Files whose names start with "_" or "." and
// directories named "__pycache__", "testdata" or starting with "." are never tests.
//
// A test file may need features beyond its manifest's with a comment line
// among the comments and blank lines that open the file (before its first
// statement):
//
//	# needs: fstring, bigint
//
// A test is skipped on a target that lacks any of its manifest's or its own
// needs (runners.FeatureSet; the harness probes targets that do not say).
package discover

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/mptest/mptest/runners"
)

// ManifestName is the file name of a suite manifest.
const ManifestName = "suite.json"

// Manifest is a suite.json: the settings of the tests in its directory tree.
type Manifest struct {
	Category    string              `json:"category"`
	Description string              `json:"description"`
	Skip        map[string][]string `json:"skip"`
	Needs       []string            `json:"needs"`
	Helpers     []string            `json:"helpers"`
	// Dir is the directory holding the manifest.
	Dir string `json:"-"`
}

// Test is a discovered test: what a target needs to run it plus what the
// harness needs to select, skip and report it.
type Test struct {
	runners.Test
	// Category is the manifest's category, or the test's directory relative
	// to the root when there is no manifest.
	Category string
	// Manifest governs the test; nil when there is none.
	Manifest *Manifest
	// Needs lists the features the test needs: its manifest's "needs"
	// followed by those of the file's own "# needs:" lines, without duplicates.
	Needs []string
	// Err is set when the file cannot be a test (unreadable, not UTF-8); the
	// harness reports it as an error result without running anything.
	Err error
}

// SkipReason returns why t must be skipped on target (named name), or "" to run it.
func (t *Test) SkipReason(name string, target runners.Target) string {
	if m := t.Manifest; m != nil {
		scheme, _, _ := strings.Cut(name, ":")
		rel := t.relToManifest()
		for _, key := range []string{name, scheme, "*"} {
			for _, glob := range m.Skip[key] {
				if matchGlob(glob, rel) {
					return fmt.Sprintf("skip list for %q in %s", key, filepath.Join(m.Dir, ManifestName))
				}
			}
		}
	}
	if feats, ok := target.(runners.FeatureSet); ok {
		for _, need := range t.Needs {
			if !feats.HasFeature(need) {
				return fmt.Sprintf("target lacks %q", need)
			}
		}
	}
	return ""
}

func (t *Test) relToManifest() string {
	rel, err := filepath.Rel(t.Manifest.Dir, t.Path)
	if err != nil {
		return filepath.Base(t.Path)
	}
	return filepath.ToSlash(rel)
}

func matchGlob(glob, rel string) bool {
	if ok, _ := path.Match(glob, rel); ok {
		return true
	}
	ok, _ := path.Match(glob, path.Base(rel))
	return ok
}

// Options select tests.
type Options struct {
	// Root, when set, is the directory test names are relative to. Otherwise
	// names are relative to the working directory for files under it, and to
	// the argument's parent directory for others.
	Root string
	// Include, when non-empty, keeps only tests whose name matches one of them.
	Include []*regexp.Regexp
	// Exclude drops tests whose name matches any of them.
	Exclude []*regexp.Regexp
}

// Find returns the tests under paths (directories are walked, files are taken
// as they are), sorted by name and without duplicates. An argument that does
// not exist is an error; a file that cannot be read becomes a Test with Err set.
func Find(paths []string, opts Options) ([]Test, error) {
	cwd, err := os.Getwd()
	if err != nil {
		return nil, fmt.Errorf("finding tests: %w", err)
	}
	manifests := map[string]*Manifest{} // dir → manifest (nil: none)
	seen := map[string]bool{}
	var tests []Test
	for _, arg := range paths {
		abs, err := filepath.Abs(arg)
		if err != nil {
			return nil, fmt.Errorf("finding tests in %s: %w", arg, err)
		}
		info, err := os.Stat(abs)
		if err != nil {
			return nil, fmt.Errorf("finding tests: %w", err)
		}
		base := opts.Root
		if base == "" {
			base = filepath.Dir(abs)
			if inside(cwd, abs) {
				base = cwd
			}
		}
		add := func(file string) error {
			if seen[file] {
				return nil
			}
			seen[file] = true
			t, err := load(file, base, manifests)
			if err != nil {
				return err
			}
			if t != nil && selected(t.Name, opts) {
				tests = append(tests, *t)
			}
			return nil
		}
		if !info.IsDir() {
			if err := add(abs); err != nil {
				return nil, err
			}
			continue
		}
		err = filepath.WalkDir(abs, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				if p == abs {
					return err
				}
				// An unreadable subdirectory: report it as a test error.
				tests = append(tests, Test{Test: runners.Test{Name: nameOf(p, base), Path: p}, Err: err})
				return fs.SkipDir
			}
			name := d.Name()
			if d.IsDir() {
				if p != abs && (name == "__pycache__" || name == "testdata" || strings.HasPrefix(name, ".")) {
					return fs.SkipDir
				}
				return nil
			}
			if !strings.HasSuffix(name, ".py") || strings.HasPrefix(name, "_") || strings.HasPrefix(name, ".") {
				return nil
			}
			return add(p)
		})
		if err != nil {
			return nil, fmt.Errorf("finding tests in %s: %w", arg, err)
		}
	}
	sort.Slice(tests, func(i, j int) bool { return tests[i].Name < tests[j].Name })
	return tests, nil
}

func inside(dir, p string) bool {
	rel, err := filepath.Rel(dir, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, "../")
}

func nameOf(p, base string) string {
	rel, err := filepath.Rel(base, p)
	if err != nil {
		return filepath.ToSlash(p)
	}
	return filepath.ToSlash(rel)
}

func selected(name string, opts Options) bool {
	if len(opts.Include) > 0 && !slices.ContainsFunc(opts.Include, func(re *regexp.Regexp) bool { return re.MatchString(name) }) {
		return false
	}
	return !slices.ContainsFunc(opts.Exclude, func(re *regexp.Regexp) bool { return re.MatchString(name) })
}

// load reads one candidate file; it returns nil for a manifest's helper module.
func load(file, base string, manifests map[string]*Manifest) (*Test, error) {
	m, err := manifestFor(filepath.Dir(file), manifests)
	if err != nil {
		return nil, err
	}
	t := &Test{Test: runners.Test{Name: nameOf(file, base), Path: file}, Manifest: m}
	if m != nil {
		rel := t.relToManifest()
		for _, h := range m.Helpers {
			if matchGlob(h, rel) {
				return nil, nil
			}
		}
		t.Category = m.Category
	}
	if t.Category == "" {
		t.Category = path.Dir(t.Name)
	}
	src, err := os.ReadFile(file)
	switch {
	case err != nil:
		t.Err = fmt.Errorf("cannot read test: %w", err)
	case !utf8.Valid(src):
		t.Err = fmt.Errorf("test file is not valid UTF-8 (first bad byte at offset %d)", firstInvalid(src))
	default:
		t.Source = src
	}
	if m != nil {
		t.Needs = append(t.Needs, m.Needs...)
	}
	for _, n := range FileNeeds(src) {
		if !slices.Contains(t.Needs, n) {
			t.Needs = append(t.Needs, n)
		}
	}
	return t, nil
}

// FileNeeds returns the features a test file declares it needs in "# needs:"
// comment lines before its first statement; names are separated by commas
// or spaces.
func FileNeeds(src []byte) []string {
	var needs []string
	for _, line := range strings.Split(string(src), "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		comment, ok := strings.CutPrefix(line, "#")
		if !ok {
			break
		}
		list, ok := strings.CutPrefix(strings.TrimSpace(comment), "needs:")
		if !ok {
			continue
		}
		for _, n := range strings.FieldsFunc(list, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' }) {
			if !slices.Contains(needs, n) {
				needs = append(needs, n)
			}
		}
	}
	return needs
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

// manifestFor returns the nearest manifest at or above dir (nil if none),
// caching by directory. A manifest that does not parse is an error: silently
// ignoring it would run tests its skip list excludes.
func manifestFor(dir string, cache map[string]*Manifest) (*Manifest, error) {
	if m, ok := cache[dir]; ok {
		return m, nil
	}
	var m *Manifest
	data, err := os.ReadFile(filepath.Join(dir, ManifestName))
	switch {
	case err == nil:
		m = &Manifest{Dir: dir}
		if err := json.Unmarshal(data, m); err != nil {
			return nil, fmt.Errorf("reading %s: %w", filepath.Join(dir, ManifestName), err)
		}
	case errors.Is(err, fs.ErrNotExist):
		if parent := filepath.Dir(dir); parent != dir {
			if m, err = manifestFor(parent, cache); err != nil {
				return nil, err
			}
		}
	default:
		return nil, fmt.Errorf("reading %s: %w", filepath.Join(dir, ManifestName), err)
	}
	cache[dir] = m
	return m, nil
}
