package harness

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/mptest/mptest/reports/results"
	"github.com/mptest/mptest/runners"
	"github.com/mptest/mptest/runners/discover"
)

// miniPort is a fake interpreter lacking some features. It answers the
// combined probe program by reading the probe names out of its source (or
// crashes on it like a port without exec), answers single probes by their
// file name, and "runs" a test by printing its .exp-matching source.
type miniPort struct {
	name    string
	lacks   map[string]bool
	noExec  bool   // the combined probe program crashes
	garble  string // a feature whose line the combined program loses
	failOn  string // a probe program name whose run reports the target unusable
	mu      sync.Mutex
	ran     []string // names of the programs run, in order
	natives map[string]bool
}

var probeCall = regexp.MustCompile(`(?m)^_probe\("(\w+)", `)

func (m *miniPort) Name() string                             { return m.name }
func (m *miniPort) Identity(context.Context) (string, error) { return "mini 0.1", nil }
func (m *miniPort) Concurrency() int                         { return 1 }
func (m *miniPort) Close() error                             { return nil }
func (m *miniPort) Run(ctx context.Context, t runners.Test) (runners.Outcome, error) {
	m.mu.Lock()
	m.ran = append(m.ran, t.Name)
	m.mu.Unlock()
	if t.Name == m.failOn {
		return runners.Outcome{Status: runners.Failed}, errors.New("board gone")
	}
	if src, err := os.ReadFile(t.Path); err != nil || string(src) != string(t.Source) {
		return runners.Outcome{Status: runners.Failed, Err: errors.New("program not on disk")}, nil
	}
	switch feature, single := strings.CutPrefix(strings.TrimSuffix(t.Name, ".py"), "probe_"); {
	case feature == "all":
		if m.noExec {
			return runners.Outcome{Status: runners.Exited, ExitCode: 1, Stderr: []byte("NameError: name 'exec' isn't defined\n")}, nil
		}
		var out strings.Builder
		for _, sub := range probeCall.FindAllStringSubmatch(string(t.Source), -1) {
			switch {
			case sub[1] == m.garble:
				out.WriteString("prxbe " + sub[1] + " 1\n")
			case m.lacks[sub[1]]:
				out.WriteString("probe " + sub[1] + " 0\n")
			default:
				out.WriteString("probe " + sub[1] + " 1\n")
			}
		}
		return runners.Outcome{Status: runners.Exited, Stdout: []byte(out.String())}, nil
	case single:
		if m.lacks[feature] {
			return runners.Outcome{Status: runners.Exited, ExitCode: 1, Stderr: []byte("SyntaxError: invalid syntax\n")}, nil
		}
		return runners.Outcome{Status: runners.Exited, Stdout: []byte(probeOK + "\n")}, nil
	}
	return runners.Outcome{Status: runners.Exited, Stdout: t.Source}, nil
}

// nativePort knows its features itself; it must never be probed.
type nativePort struct{ miniPort }

func (n *nativePort) HasFeature(name string) bool { return !n.lacks[name] }

// featureSuite writes a suite with a manifest needing "float", a test that
// declares "# needs: fstring" and one that declares nothing extra.
func featureSuite(t *testing.T) []discover.Test {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"suite.json":        `{"category": "fake", "needs": ["float"]}`,
		"plain.py":          "plain\n",
		"plain.py.exp":      "plain\n",
		"fstr.py":           "# needs: fstring\nfstr\n",
		"fstr.py.exp":       "# needs: fstring\nfstr\n",
		"sub/suite.json":    `{"category": "other"}`,
		"sub/bigint.py":     "#needs: bigint\nbig\n",
		"sub/bigint.py.exp": "#needs: bigint\nbig\n",
	}
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tests, err := discover.Find([]string{dir}, discover.Options{Root: dir})
	if err != nil {
		t.Fatal(err)
	}
	return tests
}

var testProbes = []Probe{
	{"float", "", "x = 1.5\n", nil},
	{"fstring", "", "f''\n", nil},
	{"bigint", "", "2 ** 100\n", nil},
}

func TestRunProbesFeatures(t *testing.T) {
	tests := []struct {
		name      string
		port      *miniPort
		wantRuns  []string // probe programs run, in order
		wantHave  map[string]bool
		wantSkips map[string]string // test → reason substring
	}{
		{
			name:      "combined",
			port:      &miniPort{lacks: map[string]bool{"fstring": true}},
			wantRuns:  []string{"probe_all.py"},
			wantHave:  map[string]bool{"float": true, "fstring": false, "bigint": true},
			wantSkips: map[string]string{"fstr.py": `lacks "fstring"`},
		},
		{
			name:      "no exec: one by one",
			port:      &miniPort{lacks: map[string]bool{"float": true, "bigint": true}, noExec: true},
			wantRuns:  []string{"probe_all.py", "probe_float.py", "probe_fstring.py", "probe_bigint.py"},
			wantHave:  map[string]bool{"float": false, "fstring": true, "bigint": false},
			wantSkips: map[string]string{"fstr.py": `lacks "float"`, "plain.py": `lacks "float"`, "sub/bigint.py": `lacks "bigint"`},
		},
		{
			name:      "garbled line: that probe alone",
			port:      &miniPort{lacks: map[string]bool{"bigint": true}, garble: "bigint"},
			wantRuns:  []string{"probe_all.py", "probe_bigint.py"},
			wantHave:  map[string]bool{"float": true, "fstring": true, "bigint": false},
			wantSkips: map[string]string{"sub/bigint.py": `lacks "bigint"`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.port.name = "mini"
			rep := Run(context.Background(), featureSuite(t), Config{Targets: []runners.Target{tt.port}, Oracle: noOracle(t), Probes: testProbes})
			var runs []string
			for _, r := range tt.port.ran {
				if strings.HasPrefix(r, "probe_") {
					runs = append(runs, r)
				}
			}
			if strings.Join(runs, " ") != strings.Join(tt.wantRuns, " ") {
				t.Errorf("probe runs = %v, want %v", runs, tt.wantRuns)
			}
			f := rep.Files[0]
			if len(f.Features) != len(tt.wantHave) {
				t.Errorf("Features = %v, want %v", f.Features, tt.wantHave)
			}
			for k, v := range tt.wantHave {
				if have, ok := f.Features[k]; !ok || have != v {
					t.Errorf("Features[%s] = %v (known %v), want %v", k, have, ok, v)
				}
			}
			for _, r := range f.Tests {
				want, skip := tt.wantSkips[r.Name]
				switch {
				case skip && (r.Verdict != results.Skip || !strings.Contains(r.Reason, want)):
					t.Errorf("%s: %s %q, want skip %q", r.Name, r.Verdict, r.Reason, want)
				case !skip && r.Verdict != results.Pass:
					t.Errorf("%s: %s %q, want pass", r.Name, r.Verdict, r.Reason)
				}
			}
		})
	}
}

func TestRunProbesNativeAndOff(t *testing.T) {
	native := &nativePort{miniPort{name: "native", lacks: map[string]bool{"fstring": true}}}
	plain := &miniPort{name: "unprobed", lacks: map[string]bool{"fstring": true}}
	rep := Run(context.Background(), featureSuite(t), Config{Targets: []runners.Target{native}, Oracle: noOracle(t), Probes: testProbes})
	for _, r := range native.ran {
		if strings.HasPrefix(r, "probe_") {
			t.Errorf("a target implementing FeatureSet was probed: %s", r)
		}
	}
	if f := rep.Files[0]; f.Features["fstring"] || !f.Features["float"] || verdicts(f)["fstr.py"] != results.Skip {
		t.Errorf("native: features %v, verdicts %v", f.Features, verdicts(f))
	}
	rep = Run(context.Background(), featureSuite(t), Config{Targets: []runners.Target{plain}, Oracle: noOracle(t)})
	if f := rep.Files[0]; f.Features != nil || len(plain.ran) != 3 || verdicts(f)["fstr.py"] != results.Pass {
		t.Errorf("no probes: features %v, ran %v, verdicts %v", f.Features, plain.ran, verdicts(f))
	}
}

func TestRunProbeBreaksTarget(t *testing.T) {
	port := &miniPort{name: "mini", failOn: "probe_all.py"}
	rep := Run(context.Background(), featureSuite(t), Config{Targets: []runners.Target{port}, Oracle: noOracle(t), Probes: testProbes})
	if rep.TargetErrors["mini"] == nil || !strings.Contains(rep.TargetErrors["mini"].Error(), "probing features") {
		t.Errorf("target errors: %v", rep.TargetErrors)
	}
	for _, r := range rep.Files[0].Tests {
		if r.Verdict != results.Error {
			t.Errorf("%s: %s after the target broke while probing", r.Name, r.Verdict)
		}
	}
	if len(port.ran) != 1 {
		t.Errorf("ran %v after the target broke", port.ran)
	}
}

// TestDefaultProbesOnCPython runs the real probe programs, combined and one
// by one, on CPython, which has every feature: a probe that fails there is
// wrong, and would skip tests on every complete interpreter.
func TestDefaultProbesOnCPython(t *testing.T) {
	// The real binary, not a (slow) pyenv shim.
	real, err := exec.Command("python3", "-S", "-c", "import sys; print(sys.executable)").Output()
	if err != nil {
		t.Skip("no python3")
	}
	python := strings.TrimSpace(string(real))
	tgt, err := runners.NewCommandTarget("cpython", []string{python, "-S"}, runners.Options{})
	if err != nil {
		t.Fatal(err)
	}
	f, err := probe(context.Background(), tgt, DefaultProbes, func() (context.Context, context.CancelFunc) {
		return context.WithCancel(context.Background())
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Have) != len(DefaultProbes) || len(f.Lacking()) != 0 || f.Runs != 1 {
		t.Errorf("combined probe on CPython: have %v, lacking %v, %d runs", f.Have, f.Lacking(), f.Runs)
	}
	// Each probe must fail when its feature is broken (here: by a raise
	// before it).
	var broken []Probe
	for _, p := range DefaultProbes {
		broken = append(broken, Probe{p.Feature, p.Doc, "raise Exception\n" + p.Source, p.Files})
	}
	f, err = probe(context.Background(), tgt, broken, func() (context.Context, context.CancelFunc) {
		return context.WithCancel(context.Background())
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Have) != len(DefaultProbes) || len(f.Lacking()) != len(DefaultProbes) {
		t.Errorf("broken probes on CPython: have %v", f.Have)
	}
	if testing.Short() {
		return
	}
	// One by one, as on a target without exec.
	for _, p := range DefaultProbes {
		g, err := probe(context.Background(), &noExecTarget{tgt}, []Probe{p}, func() (context.Context, context.CancelFunc) {
			return context.WithCancel(context.Background())
		})
		if err != nil {
			t.Fatal(err)
		}
		if have, ok := g.Have[p.Feature]; !ok || !have || g.Runs != 2 {
			t.Errorf("probe %s alone: have %v known %v after %d runs", p.Feature, have, ok, g.Runs)
		}
	}
}

// noExecTarget makes the combined probe program fail, as on a port without exec.
type noExecTarget struct{ runners.Target }

func (n *noExecTarget) Run(ctx context.Context, t runners.Test) (runners.Outcome, error) {
	if t.Name == "probe_all.py" {
		return runners.Outcome{Status: runners.Exited, ExitCode: 1}, nil
	}
	return n.Target.Run(ctx, t)
}

func TestKnownFeature(t *testing.T) {
	seen := map[string]bool{}
	for _, p := range DefaultProbes {
		if seen[p.Feature] {
			t.Errorf("feature %q probed twice", p.Feature)
		}
		seen[p.Feature] = true
		if !KnownFeature(p.Feature) || strings.Contains(p.Source, "print(") || !strings.HasSuffix(p.Source, "\n") {
			t.Errorf("probe %q: not known, prints, or lacks a final newline", p.Feature)
		}
	}
	if KnownFeature("teleport") {
		t.Error(`KnownFeature("teleport")`)
	}
}
