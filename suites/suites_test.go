package suites

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFilesExcludeGoPackages(t *testing.T) {
	names, err := Files()
	if err != nil {
		t.Fatal(err)
	}
	if len(names) == 0 {
		t.Fatal("no bundled suite files")
	}
	for _, n := range names {
		if strings.HasSuffix(n, ".go") || strings.HasPrefix(n, "perf/") || strings.Contains(n, "testdata/") {
			t.Errorf("bundled file %s should have been left out", n)
		}
	}
}

func TestExtract(t *testing.T) {
	cache := t.TempDir()
	dir, err := Extract(cache)
	if err != nil {
		t.Fatal(err)
	}
	names, _ := Files()
	for _, n := range names {
		want, _ := embedded.ReadFile(n)
		got, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(n)))
		if err != nil || string(got) != string(want) {
			t.Fatalf("%s not extracted correctly: %v", n, err)
		}
	}
	// A second extraction reuses the directory.
	marker := filepath.Join(dir, "marker")
	os.WriteFile(marker, nil, 0o644)
	dir2, err := Extract(cache)
	if err != nil || dir2 != dir {
		t.Fatalf("second Extract = %s, %v; want %s", dir2, err, dir)
	}
	if _, err := os.Stat(marker); err != nil {
		t.Error("second Extract rewrote the directory")
	}
	entries, _ := os.ReadDir(filepath.Dir(dir))
	if len(entries) != 1 {
		t.Errorf("temporary directories left behind: %v", entries)
	}
}
