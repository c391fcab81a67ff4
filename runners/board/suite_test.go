package board

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/mptest/mptest/runners"
)

// TestQEMUSuiteSmoke runs every .py file under MPTEST_SMOKE_DIR (e.g.
// ../../suites/lang) on qemu:microbit and checks only that the target
// survives: no Run error, every outcome classified. It is a robustness
// check against real tests, skipped unless the variable is set.
func TestQEMUSuiteSmoke(t *testing.T) {
	dir := os.Getenv("MPTEST_SMOKE_DIR")
	if dir == "" {
		t.Skip("set MPTEST_SMOKE_DIR to a directory of tests")
	}
	needQEMU(t)
	var files []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && filepath.Ext(p) == ".py" {
			files = append(files, p)
		}
		return nil
	})
	sort.Strings(files)
	b := openMicrobit(t, runners.Options{Timeout: 3 * time.Second})
	counts := map[runners.Status]int{}
	start := time.Now()
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out, err := b.Run(context.Background(), runners.Test{Name: f, Path: f, Source: src})
		if err != nil {
			t.Fatalf("%s: target aborted: %v", f, err)
		}
		counts[out.Status]++
		if out.Status != runners.Exited {
			t.Logf("%s: %v (%v) in %v", f, out.Status, out.Err, out.Duration)
		}
	}
	t.Logf("%d tests in %v: %v", len(files), time.Since(start), counts)
}
