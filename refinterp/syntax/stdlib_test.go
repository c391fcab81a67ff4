package syntax

import (
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

var stdlibFlag = flag.Bool("stdlib", false, "compare with CPython on every .py file of its standard library")

// TestStdlib parses CPython's own standard library with both parsers and
// compares trees and positions. It is slow, so it runs only with -stdlib.
func TestStdlib(t *testing.T) {
	if !*stdlibFlag {
		t.Skip("use -stdlib")
	}
	out, err := exec.Command("python3", "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])").Output()
	if err != nil {
		t.Skip("python3 not available")
	}
	dir := strings.TrimSpace(string(out))
	var files []string
	filepath.Walk(dir, func(path string, info os.FileInfo, err error) error {
		if err != nil {
			return nil
		}
		if info.IsDir() && (info.Name() == "site-packages" || info.Name() == "lib2to3" && strings.Contains(path, "tests")) {
			return filepath.SkipDir
		}
		if strings.HasSuffix(path, ".py") {
			files = append(files, path)
		}
		return nil
	})
	var srcs []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, string(b))
	}
	want := cpython(t, srcs, "exec")
	bad := 0
	for i, src := range srcs {
		w := want[i]
		m, err := ParseFile("x.py", []byte(src))
		if w.Dump == "" {
			if err == nil {
				t.Errorf("%s: parsed, CPython says %s: %s line %d", files[i], w.Kind, w.Msg, w.Line)
				bad++
			} else if e := err.(*Error); e.Msg != w.Msg || e.Line != w.Line {
				t.Logf("%s: error %q line %d, CPython %q line %d", files[i], e.Msg, e.Line, w.Msg, w.Line)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", files[i], err)
			bad++
			continue
		}
		if got := Dump(m); got != w.Dump {
			a, b := firstDiff(got, w.Dump)
			t.Errorf("%s: tree differs:\ngot:  %s\nwant: %s", files[i], a, b)
			bad++
		} else if got := DumpPositions(m); got != w.Pos {
			a, b := firstDiff(got, w.Pos)
			t.Errorf("%s: positions differ:\ngot:  %s\nwant: %s", files[i], a, b)
			bad++
		}
		if bad > 40 {
			t.Fatal("too many failures")
		}
	}
	t.Logf("%d files", len(files))
}
