package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"github.com/mptest/mptest/reports/size"
)

// TestSizeCommandBuilds runs `mptest size` in-process on a tiny module,
// so that the go command finds its usual build cache, and checks the
// table and the JSON against the binary the command built.
func TestSizeCommandBuilds(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("needs the go command")
	}
	src := t.TempDir()
	os.WriteFile(filepath.Join(src, "go.mod"), []byte("module tiny\n\ngo 1.22\n"), 0o644)
	os.WriteFile(filepath.Join(src, "main.go"), []byte("package main\n\nimport \"os\"\n\nvar buf [8192]byte\n\nfunc main() { os.Stdout.Write(buf[:1]) }\n"), 0o644)
	cache := t.TempDir()

	var stdout, stderr bytes.Buffer
	code := run([]string{"size", "--src", src, "--pkg", ".", "--platform", "linux/amd64", "--cache-dir", cache, "--top", "3"}, &stdout, &stderr)
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr.String())
	}
	built := filepath.Join(cache, filepath.Base(src)+"-linux-amd64.stripped")
	b, err := size.ReadELF(built)
	if err != nil {
		t.Fatal(err)
	}
	row := regexp.MustCompile(`(?m)^\| \S+ +\| linux/amd64 \| elf +\| (\d+) +\| (\d+) +\| (\d+) +\| (\d+) +\|$`).FindStringSubmatch(stdout.String())
	if row == nil {
		t.Fatalf("no linux/amd64 row in\n%s", stdout.String())
	}
	for i, want := range []int64{b.Text, b.Data, b.BSS, b.File} {
		if got, _ := strconv.ParseInt(row[i+1], 10, 64); got != want {
			t.Errorf("column %d = %d, want %d (from the built file)", i, got, want)
		}
	}
	if !regexp.MustCompile(`(?m)^largest packages of \S+ linux/amd64`).MatchString(stdout.String()) ||
		!regexp.MustCompile(`(?m)^\| runtime +\| \d+ +\|`).MatchString(stdout.String()) {
		t.Errorf("no package table with runtime in\n%s", stdout.String())
	}
	if !regexp.MustCompile(`\(3 of \d+ packages shown`).MatchString(stdout.String()) {
		t.Errorf("--top 3 not applied:\n%s", stdout.String())
	}

	// --json, with packages grouped.
	stdout.Reset()
	code = run([]string{"size", "--src", src, "--pkg", ".", "--platform", "linux/amd64", "--cache-dir", cache, "--json", "--group", "internal"}, &stdout, &stderr)
	if code != 0 {
		t.Fatalf("--json: exit %d\n%s", code, stderr.String())
	}
	var bins []size.Binary
	if err := json.Unmarshal(stdout.Bytes(), &bins); err != nil {
		t.Fatalf("--json output: %v\n%s", err, stdout.String())
	}
	if len(bins) != 1 || bins[0].Text != b.Text || bins[0].Platform != "linux/amd64" {
		t.Fatalf("--json: %+v", bins)
	}
	var mainPkg, internal bool
	for _, p := range bins[0].Packages {
		mainPkg = mainPkg || (p.Path == "main" && p.BSS >= 8192)
		internal = internal || p.Path == "internal"
	}
	if !mainPkg || !internal {
		t.Errorf("packages: main with its 8 KiB bss %v, grouped internal %v", mainPkg, internal)
	}

	// A package that does not build: exit 2 with the compiler's message.
	stderr.Reset()
	if code := run([]string{"size", "--src", src, "--pkg", "./nosuch", "--platform", "linux/amd64", "--cache-dir", cache}, &stdout, &stderr); code != 2 {
		t.Errorf("bad package: exit %d", code)
	}
	if !regexp.MustCompile(`mptest: size: building ./nosuch for linux/amd64: `).MatchString(stderr.String()) {
		t.Errorf("bad package: stderr %q", stderr.String())
	}
}
