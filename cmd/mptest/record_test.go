package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mptest/mptest/reports/history"
)

// fakeMptest is the cmd/mptest of a fake mptest source tree: its record
// command writes its arguments and a minimal record, so the test can see
// what a backfilled commit's own mptest was asked to do.
const fakeMptest = `package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

func main() {
	var hist, machine string
	for _, a := range os.Args[1:] {
		if v, ok := strings.CutPrefix(a, "--history="); ok {
			hist = v
		}
		if v, ok := strings.CutPrefix(a, "--machine="); ok {
			machine = v
		}
	}
	out, err := exec.Command("git", "rev-parse", "HEAD").Output()
	if err != nil {
		panic(err)
	}
	hash := strings.TrimSpace(string(out))
	wd, _ := os.Getwd()
	os.MkdirAll(hist, 0o755)
	os.WriteFile(filepath.Join(hist, "args-"+hash[:8]+".txt"), []byte(strings.Join(os.Args[1:], "\n")+"\ncwd="+filepath.Base(wd)+"\n"), 0o644)
	rec := fmt.Sprintf("{\"schema\":1,\"commit\":{\"hash\":%q,\"date\":%q,\"subject\":\"own\"},\"machine\":{\"name\":%q},\"suites\":[],\"warnings\":[\"by the fake mptest\"]}",
		hash, time.Now().UTC().Format(time.RFC3339), machine)
	os.WriteFile(filepath.Join(hist, hash+"_"+machine+".json"), []byte(rec), 0o644)
}
`

// TestRecordBackfillOwnMptest backfills a fake mptest tree: older commits
// are recorded by the commit's own cmd/mptest, built in the worktree, with
// the options forwarded; HEAD is recorded in place by this mptest.
func TestRecordBackfillOwnMptest(t *testing.T) {
	for _, tool := range []string{"git", "go", "python3"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skip("needs " + tool)
		}
	}
	repo := t.TempDir()
	files := map[string]string{
		"go.mod":               "module github.com/mptest/mptest\n\ngo 1.22\n",
		"cmd/mptest/main.go":   fakeMptest,
		"sub/tests/a.py":       "print(1)\n",
		"sub/tests/a.py.exp":   "1\n",
		".gitignore":           "hist/\n",
		"sub/tests/suite.json": `{"category": "lang/x"}`,
	}
	for name, content := range files {
		p := filepath.Join(repo, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	git := func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", args...)
		cmd.Dir = repo
		cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@x", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@x")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	git("init", "-q", "-b", "main")
	git("add", ".")
	git("commit", "-q", "-m", "one")
	os.WriteFile(filepath.Join(repo, "sub/tests/a.py"), []byte("print(2)\n"), 0o644)
	git("commit", "-q", "-am", "two")

	// Run from sub/, as a user in a subdirectory would.
	wd, _ := os.Getwd()
	defer os.Chdir(wd)
	if err := os.Chdir(filepath.Join(repo, "sub")); err != nil {
		t.Fatal(err)
	}
	hist := filepath.Join(repo, "hist")
	var stdout, stderr bytes.Buffer
	code := run([]string{"record", "--history", hist, "--machine", "box", "--no-oracle", "-t", "exec:python3",
		"--no-bench", "--no-size", "--since", "HEAD~1", "tests"}, &stdout, &stderr)
	if code != 0 {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, stdout.String(), stderr.String())
	}

	recs, warnings, err := history.Load(hist)
	if err != nil || len(warnings) > 0 {
		t.Fatalf("load: %v %v", err, warnings)
	}
	if len(recs) != 2 {
		t.Fatalf("%d records, want 2", len(recs))
	}
	var own, here *history.Record
	for _, r := range recs {
		if r.Commit.Subject == "own" {
			own = r
		} else {
			here = r
		}
	}
	if own == nil || here == nil {
		t.Fatalf("records: %+v %+v", recs[0].Commit, recs[1].Commit)
	}
	if here.Commit.Subject != "two" || len(here.Suites) != 1 || here.Suites[0].Tests[0].Name != "tests/a.py" {
		t.Errorf("HEAD record: %+v", here)
	}
	matches, _ := filepath.Glob(filepath.Join(hist, "args-*.txt"))
	if len(matches) != 1 {
		t.Fatalf("args files %v", matches)
	}
	args, _ := os.ReadFile(matches[0])
	for _, want := range []string{"record", "--no-backfill", "--history=" + hist, "--machine=box", "--target=exec:python3",
		"--no-oracle", "--bench=false", "--size=false", "tests", "cwd=sub"} {
		if !strings.Contains("\n"+string(args), "\n"+want+"\n") {
			t.Errorf("the commit's own mptest did not get %q; it got:\n%s", want, args)
		}
	}
	if strings.Contains(string(args), "--since") {
		t.Errorf("--since forwarded:\n%s", args)
	}
	// The worktree is gone.
	out, _ := exec.Command("git", "-C", repo, "worktree", "list").Output()
	if n := strings.Count(strings.TrimSpace(string(out)), "\n"); n != 0 {
		t.Errorf("worktrees left:\n%s", out)
	}
}
