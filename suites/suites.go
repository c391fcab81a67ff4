// Package suites holds mptest's bundled conformance suites and makes them
// available to a binary that runs far from the source tree.
//
// The suites are the .py tests, .exp expectations, suite.json manifests and
// any data files under this directory (lang/, types/, stdlib/, micropython/,
// device/, ...). They are embedded in the mptest binary; Extract writes them
// to a cache directory named by a hash of their content, once, so that
// `mptest run` with no arguments works from any directory and a new build
// with changed suites never sees stale files.
//
// Not extracted: Go source, testdata/ directories, and every directory that
// is itself a Go package (such as perf/, whose programs are benchmark
// templates run by `mptest bench`, not tests).
package suites

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

//go:embed all:*
var embedded embed.FS

// Files lists the bundled suite files, sorted.
func Files() ([]string, error) {
	var names []string
	err := fs.WalkDir(embedded, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if p != "." && excludedDir(p) {
				return fs.SkipDir
			}
			return nil
		}
		if included(p) {
			names = append(names, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("listing bundled suites: %w", err)
	}
	sort.Strings(names)
	return names, nil
}

func included(p string) bool {
	base := path.Base(p)
	return !strings.HasSuffix(base, ".go") && !strings.HasPrefix(base, ".")
}

// excludedDir reports whether the directory p is not part of the suites: a
// testdata or hidden directory, or a Go package.
func excludedDir(p string) bool {
	base := path.Base(p)
	if base == "testdata" || strings.HasPrefix(base, ".") {
		return true
	}
	entries, err := embedded.ReadDir(p)
	if err != nil {
		return true
	}
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".go") {
			return true
		}
	}
	return false
}

// Hash returns a hex digest of the bundled suites' names and contents.
func Hash() (string, error) {
	names, err := Files()
	if err != nil {
		return "", err
	}
	h := sha256.New()
	for _, n := range names {
		data, err := embedded.ReadFile(n)
		if err != nil {
			return "", fmt.Errorf("hashing bundled suites: %w", err)
		}
		fmt.Fprintf(h, "%s\x00%d\x00", n, len(data))
		h.Write(data)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// Extract writes the bundled suites under cacheDir/suites/<hash> unless they
// are already there, and returns that directory. Extraction goes to a
// temporary directory renamed into place, so a concurrent or interrupted
// extraction never leaves a partial tree behind under the final name.
func Extract(cacheDir string) (string, error) {
	sum, err := Hash()
	if err != nil {
		return "", err
	}
	parent := filepath.Join(cacheDir, "suites")
	final := filepath.Join(parent, sum[:16])
	if st, err := os.Stat(final); err == nil && st.IsDir() {
		return final, nil
	}
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return "", fmt.Errorf("extracting bundled suites: %w", err)
	}
	tmp, err := os.MkdirTemp(parent, ".extract-*")
	if err != nil {
		return "", fmt.Errorf("extracting bundled suites: %w", err)
	}
	defer os.RemoveAll(tmp) // no-op after a successful rename
	names, err := Files()
	if err != nil {
		return "", err
	}
	for _, n := range names {
		data, err := embedded.ReadFile(n)
		if err != nil {
			return "", fmt.Errorf("extracting bundled suites: %w", err)
		}
		dst := filepath.Join(tmp, filepath.FromSlash(n))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return "", fmt.Errorf("extracting bundled suites: %w", err)
		}
		if err := os.WriteFile(dst, data, 0o644); err != nil {
			return "", fmt.Errorf("extracting bundled suites: %w", err)
		}
	}
	if err := os.Rename(tmp, final); err != nil {
		// Another mptest may have won the race; its tree is as good as ours.
		if st, statErr := os.Stat(final); statErr == nil && st.IsDir() {
			return final, nil
		}
		return "", fmt.Errorf("extracting bundled suites: %w", err)
	}
	return final, nil
}
