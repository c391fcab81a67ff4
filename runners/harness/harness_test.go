package harness

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mptest/mptest/reports/results"
	"github.com/mptest/mptest/runners"
	"github.com/mptest/mptest/runners/discover"
	"github.com/mptest/mptest/runners/oracle"
)

// fakeTarget "runs" a test by printing the test's source, after a delay,
// and tracks how many tests run at once.
type fakeTarget struct {
	name        string
	concurrency int
	delay       time.Duration
	brokenAfter int32 // Run fails for good after this many runs (0: never)
	runs        atomic.Int32
	running     atomic.Int32
	maxRunning  atomic.Int32
}

func (f *fakeTarget) Name() string                             { return f.name }
func (f *fakeTarget) Identity(context.Context) (string, error) { return "fake 1.0", nil }
func (f *fakeTarget) Concurrency() int                         { return f.concurrency }
func (f *fakeTarget) Close() error                             { return nil }
func (f *fakeTarget) Run(ctx context.Context, t runners.Test) (runners.Outcome, error) {
	n := f.runs.Add(1)
	if f.brokenAfter > 0 && n > f.brokenAfter {
		return runners.Outcome{Status: runners.Failed}, errors.New("device unplugged")
	}
	cur := f.running.Add(1)
	defer f.running.Add(-1)
	for {
		old := f.maxRunning.Load()
		if cur <= old || f.maxRunning.CompareAndSwap(old, cur) {
			break
		}
	}
	select {
	case <-time.After(f.delay):
	case <-ctx.Done():
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return runners.Outcome{Status: runners.TimedOut}, nil
		}
		return runners.Outcome{Status: runners.Failed, Err: ctx.Err()}, nil
	}
	return runners.Outcome{Status: runners.Exited, Stdout: t.Source, Duration: f.delay}, nil
}

// suite writes n tests t00.py... whose .exp matches their source, plus one
// mismatching and one skipped by manifest, and discovers them.
func suite(t *testing.T, n int) []discover.Test {
	t.Helper()
	dir := t.TempDir()
	write := func(name, content string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for i := range n {
		name := fmt.Sprintf("t%02d.py", i)
		write(name, fmt.Sprintf("out %d\n", i))
		write(name+".exp", fmt.Sprintf("out %d\n", i))
	}
	write("bad.py", "wrong\n")
	write("bad.py.exp", "right\n")
	write("skipme.py", "x\n")
	write("noexp.py", "x\n")
	write("suite.json", `{"category": "fake", "skip": {"*": ["skipme.py"]}}`)
	tests, err := discover.Find([]string{dir}, discover.Options{Root: dir})
	if err != nil {
		t.Fatal(err)
	}
	return tests
}

func noOracle(t *testing.T) *oracle.Oracle {
	o, err := oracle.New(oracle.Config{Disabled: true})
	if err != nil {
		t.Fatal(err)
	}
	return o
}

func verdicts(f *results.File) map[string]results.Verdict {
	m := map[string]results.Verdict{}
	for _, r := range f.Tests {
		m[r.Name] = r.Verdict
	}
	return m
}

type countingObserver struct {
	mu           sync.Mutex
	total, start int
	done         int
}

func (c *countingObserver) Start(total int)                 { c.total = total }
func (c *countingObserver) TestStarted(string, string)      { c.start++ }
func (c *countingObserver) TestDone(string, results.Result) { c.done++ }

func TestRun(t *testing.T) {
	tests := suite(t, 8)
	board := &fakeTarget{name: "board:x", concurrency: 1, delay: 5 * time.Millisecond}
	proc := &fakeTarget{name: "proc", concurrency: 100, delay: 20 * time.Millisecond}
	obs := &countingObserver{}
	rep := Run(context.Background(), tests, Config{Targets: []runners.Target{board, proc}, Oracle: noOracle(t), Jobs: 3, Observer: obs})
	if rep.Interrupted || len(rep.Files) != 2 {
		t.Fatalf("report: %+v", rep)
	}
	for _, f := range rep.Files {
		v := verdicts(f)
		if len(f.Tests) != 11 || v["t00.py"] != results.Pass || v["bad.py"] != results.Fail || v["skipme.py"] != results.Skip || v["noexp.py"] != results.Skip {
			t.Errorf("%s verdicts: %v", f.Target, v)
		}
		if f.Identity != "fake 1.0" || f.Tests[0].Category != "fake" {
			t.Errorf("%s header/category wrong: %+v", f.Target, f.Tests[0])
		}
		for i := 1; i < len(f.Tests); i++ {
			if f.Tests[i-1].Name > f.Tests[i].Name {
				t.Errorf("%s results not sorted", f.Target)
			}
		}
	}
	if m := board.maxRunning.Load(); m != 1 {
		t.Errorf("board ran %d tests at once, Concurrency is 1", m)
	}
	if m := proc.maxRunning.Load(); m > 3 || m < 2 {
		t.Errorf("proc ran %d tests at once, want 2..3 with -j3", m)
	}
	if obs.total != 22 || obs.done != 22 || obs.start != 20 {
		t.Errorf("observer saw total %d, started %d, done %d", obs.total, obs.start, obs.done)
	}
}

func TestRunOnly(t *testing.T) {
	tests := suite(t, 3)
	tgt := &fakeTarget{name: "proc", concurrency: 4}
	rep := Run(context.Background(), tests, Config{Targets: []runners.Target{tgt}, Oracle: noOracle(t), Jobs: 2,
		Only: map[string]map[string]bool{"proc": {"bad.py": true, "t01.py": true}}})
	if v := verdicts(rep.Files[0]); len(v) != 2 || v["bad.py"] != results.Fail || v["t01.py"] != results.Pass {
		t.Errorf("verdicts: %v", v)
	}
}

func TestRunTimeoutAndBrokenTarget(t *testing.T) {
	tests := suite(t, 4)
	slow := &fakeTarget{name: "slow", concurrency: 4, delay: time.Hour}
	broken := &fakeTarget{name: "broken", concurrency: 1, brokenAfter: 2}
	rep := Run(context.Background(), tests, Config{Targets: []runners.Target{slow, broken}, Oracle: noOracle(t), Jobs: 4, Timeout: 50 * time.Millisecond})
	for _, r := range rep.Files[0].Tests {
		if r.Name != "skipme.py" && r.Verdict != results.Timeout {
			t.Errorf("slow %s: %s", r.Name, r.Verdict)
		}
	}
	v := verdicts(rep.Files[1])
	errs := 0
	for _, verdict := range v {
		if verdict == results.Error {
			errs++
		}
	}
	if errs != 4 || rep.TargetErrors["broken"] == nil { // 7 tests: one skipped, 2 ran, then 4 errors
		t.Errorf("broken target: %d errors, verdicts %v, target errors %v", errs, v, rep.TargetErrors)
	}
}

func TestRunInterrupted(t *testing.T) {
	tests := suite(t, 20)
	tgt := &fakeTarget{name: "proc", concurrency: 1, delay: 30 * time.Millisecond}
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel)
	rep := Run(ctx, tests, Config{Targets: []runners.Target{tgt}, Oracle: noOracle(t), Jobs: 1})
	f := rep.Files[0]
	if !rep.Interrupted || !f.Incomplete || len(f.Tests) == 0 || len(f.Tests) >= 23 {
		t.Errorf("interrupted=%v incomplete=%v with %d results", rep.Interrupted, f.Incomplete, len(f.Tests))
	}
	for _, r := range f.Tests {
		if r.Verdict == results.Error {
			t.Errorf("interrupted test recorded as %s: %+v", r.Verdict, r)
		}
	}
}

func TestRunBadTestFile(t *testing.T) {
	tests := []discover.Test{{Test: runners.Test{Name: "x.py"}, Err: errors.New("test file is not valid UTF-8")}}
	tgt := &fakeTarget{name: "proc", concurrency: 1}
	rep := Run(context.Background(), tests, Config{Targets: []runners.Target{tgt}, Oracle: noOracle(t)})
	if r := rep.Files[0].Tests[0]; r.Verdict != results.Error || r.Reason != "test file is not valid UTF-8" || tgt.runs.Load() != 0 {
		t.Errorf("result %+v after %d runs", r, tgt.runs.Load())
	}
}
