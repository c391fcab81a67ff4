// Package harness runs discovered tests on targets and judges the outcomes.
//
// It is the loop in the middle of the pipeline: for each (test, target) pair
// it applies skip lists, runs the test with a deadline, obtains the
// expectation from the oracle (only when the output needs judging, so a
// test that prints SKIP costs no CPython run) and records a Result.
//
// Feature probes: before a target's first test, the harness runs
// Config.Probes on it (unless the target implements runners.FeatureSet
// itself) and skips the tests that need a feature it lacks; the findings are
// recorded in the results file's Features.
//
// Concurrency: at most Jobs tests run at once in total, and at most
// Concurrency() at once on each target (a board runs one at a time). Within
// a target tests start in name order.
//
// Cancelling the context stops the run: tests not yet started are not run,
// running ones are killed, and neither appears in the results, which are
// marked incomplete.
package harness

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sort"
	"sync"
	"time"

	"github.com/mptest/mptest/reports/results"
	"github.com/mptest/mptest/runners"
	"github.com/mptest/mptest/runners/compare"
	"github.com/mptest/mptest/runners/discover"
	"github.com/mptest/mptest/runners/oracle"
)

// Observer is told about progress; calls may come from several goroutines
// but are serialised by the harness.
type Observer interface {
	// Start is called once with the number of (test, target) jobs.
	Start(total int)
	// TestStarted is called when a test starts running on a target.
	TestStarted(target, test string)
	// TestDone is called with each result.
	TestDone(target string, r results.Result)
}

// Config configures a run.
type Config struct {
	// Targets to run on, each with its own results.
	Targets []runners.Target
	// Oracle supplies expectations; nil means .exp files only.
	Oracle *oracle.Oracle
	// Jobs is the maximum number of tests running at once (default: number of CPUs).
	Jobs int
	// Timeout is the per-test deadline (default 10s).
	Timeout time.Duration
	// Only, when non-nil, restricts each target (by name) to the tests named
	// in its set; a target without an entry runs nothing.
	Only map[string]map[string]bool
	// Observer, if set, is told about progress.
	Observer Observer
	// Probes are run once on each target that does not implement
	// runners.FeatureSet, before its first test (DefaultProbes for the
	// bundled suites); nil runs none, and every feature counts as present.
	Probes []Probe
}

// Report is the outcome of a run.
type Report struct {
	// Files holds one results file per target, in the order of Config.Targets.
	Files []*results.File
	// Interrupted is set when the context was cancelled before the run ended.
	Interrupted bool
	// TargetErrors holds, per target name, the error that made it unusable
	// mid-run (its remaining tests are error results).
	TargetErrors map[string]error
}

type job struct {
	test *discover.Test
	t    int // index into Config.Targets
}

// Run runs tests on every target of cfg.
func Run(ctx context.Context, tests []discover.Test, cfg Config) *Report {
	if cfg.Jobs <= 0 {
		cfg.Jobs = runtime.NumCPU()
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 10 * time.Second
	}
	if cfg.Oracle == nil {
		cfg.Oracle, _ = oracle.New(oracle.Config{Disabled: true}) // cannot fail when disabled
	}
	rep := &Report{TargetErrors: map[string]error{}}
	var mu sync.Mutex // guards rep, Files' Tests and the observer
	queues := make([][]job, len(cfg.Targets))
	total := 0
	for ti, tgt := range cfg.Targets {
		id, err := tgt.Identity(ctx)
		if err != nil {
			id = "unknown (" + err.Error() + ")"
		}
		rep.Files = append(rep.Files, &results.File{Schema: results.Schema, Target: tgt.Name(), Identity: id, Started: time.Now(), Tests: []results.Result{}})
		for i := range tests {
			if only := cfg.Only; only != nil && !only[tgt.Name()][tests[i].Name] {
				continue
			}
			queues[ti] = append(queues[ti], job{&tests[i], ti})
		}
		total += len(queues[ti])
	}
	if cfg.Observer != nil {
		cfg.Observer.Start(total)
	}

	global := make(chan struct{}, cfg.Jobs)
	broken := make([]error, len(cfg.Targets))
	// views[ti] is the target as SkipReason sees it: itself, or wrapped
	// with its probed features. It is set before the target's first job is
	// sent, so workers read it after the channel receive without a lock.
	views := make([]runners.Target, len(cfg.Targets))
	var wg sync.WaitGroup
	for ti, q := range queues {
		ch := make(chan job)
		workers := min(cfg.Jobs, max(cfg.Targets[ti].Concurrency(), 1), max(len(q), 1))
		for range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for j := range ch {
					select {
					case global <- struct{}{}:
					case <-ctx.Done():
						continue
					}
					mu.Lock()
					brokenErr := broken[j.t]
					mu.Unlock()
					r, targetErr, ok := runOne(ctx, cfg, j, brokenErr, views[j.t], func() {
						if cfg.Observer != nil {
							mu.Lock()
							cfg.Observer.TestStarted(cfg.Targets[j.t].Name(), j.test.Name)
							mu.Unlock()
						}
					})
					<-global
					mu.Lock()
					if targetErr != nil && broken[j.t] == nil {
						broken[j.t] = targetErr
						rep.TargetErrors[cfg.Targets[j.t].Name()] = targetErr
					}
					if ok {
						f := rep.Files[j.t]
						f.Tests = append(f.Tests, r)
						if cfg.Observer != nil {
							cfg.Observer.TestDone(f.Target, r)
						}
					}
					mu.Unlock()
				}
			}()
		}
		go func() {
			defer close(ch)
			if len(q) == 0 {
				return
			}
			views[ti] = cfg.Targets[ti]
			feats, err := features(ctx, cfg, cfg.Targets[ti], global)
			if _, native := cfg.Targets[ti].(runners.FeatureSet); feats != nil && !native {
				views[ti] = featureTarget{cfg.Targets[ti], feats}
			}
			mu.Lock()
			if feats != nil && len(feats.Have) > 0 {
				rep.Files[ti].Features = feats.Have
			}
			if err != nil && broken[ti] == nil {
				broken[ti] = err
				rep.TargetErrors[cfg.Targets[ti].Name()] = err
			}
			mu.Unlock()
			for _, j := range q {
				select {
				case ch <- j:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	wg.Wait()
	rep.Interrupted = ctx.Err() != nil
	for _, f := range rep.Files {
		f.Duration = time.Since(f.Started).Seconds()
		f.Incomplete = rep.Interrupted
		sort.Slice(f.Tests, func(i, k int) bool { return f.Tests[i].Name < f.Tests[k].Name })
	}
	return rep
}

// runOne runs one job. It returns ok=false when the run was interrupted
// before the job finished, and a non-nil targetErr when the target reported
// itself unusable.
func runOne(ctx context.Context, cfg Config, j job, brokenErr error, view runners.Target, started func()) (r results.Result, targetErr error, ok bool) {
	if ctx.Err() != nil {
		return r, nil, false
	}
	t, tgt := j.test, cfg.Targets[j.t]
	r = results.Result{Name: t.Name, Category: t.Category}
	switch {
	case t.Err != nil:
		r.Verdict, r.Reason = results.Error, t.Err.Error()
		return r, nil, true
	case brokenErr != nil:
		r.Verdict, r.Reason = results.Error, "target unusable: "+brokenErr.Error()
		return r, nil, true
	}
	if reason := t.SkipReason(tgt.Name(), view); reason != "" {
		r.Verdict, r.Reason = results.Skip, reason
		return r, nil, true
	}
	started()
	runCtx, cancel := context.WithTimeout(ctx, cfg.Timeout)
	out, err := tgt.Run(runCtx, t.Test)
	cancel()
	if ctx.Err() != nil {
		return r, nil, false
	}
	r.DurationMS = float64(out.Duration.Microseconds()) / 1000
	r.PeakHeap = out.PeakHeap
	if err != nil {
		r.Verdict, r.Reason = results.Error, err.Error()
		return r, err, true
	}
	var exp oracle.Expectation
	if out.Status == runners.Exited && !isSkip(out.Stdout) {
		exp, err = cfg.Oracle.Expect(ctx, t.Test, tgt.Name())
		switch {
		case ctx.Err() != nil:
			return r, nil, false
		case errors.Is(err, oracle.ErrNoExpectation):
			r.Verdict, r.Reason = results.Skip, err.Error()
			return r, nil, true
		case err != nil:
			r.Verdict, r.Reason = results.Error, "expectation: "+err.Error()
			return r, nil, true
		}
		r.Expected = exp.Source
	}
	j2 := compare.Judge(tgt.Name(), out, exp)
	r.Verdict, r.Reason, r.Diff = j2.Verdict, j2.Reason, j2.Diff
	return r, nil, true
}

func isSkip(stdout []byte) bool {
	s := string(stdout)
	return s == "SKIP\n" || s == "SKIP"
}

// features returns what tgt has of cfg.Probes' features: what the target
// says when it implements runners.FeatureSet, else what the probes find
// (run holding one of the global slots). It returns nil when there is
// nothing to ask, and an error when the target became unusable.
func features(ctx context.Context, cfg Config, tgt runners.Target, global chan struct{}) (*Features, error) {
	if len(cfg.Probes) == 0 {
		return nil, nil
	}
	if fs, ok := tgt.(runners.FeatureSet); ok {
		f := &Features{Have: map[string]bool{}}
		for _, p := range cfg.Probes {
			f.Have[p.Feature] = fs.HasFeature(p.Feature)
		}
		return f, nil
	}
	select {
	case global <- struct{}{}:
	case <-ctx.Done():
		return nil, nil
	}
	defer func() { <-global }()
	f, err := probe(ctx, tgt, cfg.Probes, func() (context.Context, context.CancelFunc) {
		return context.WithTimeout(ctx, cfg.Timeout)
	})
	if err != nil {
		return f, fmt.Errorf("probing features: %w", err)
	}
	return f, nil
}
