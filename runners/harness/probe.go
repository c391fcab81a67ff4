package harness

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/mptest/mptest/runners"
)

// A Probe finds out whether a target has one optional feature that suite
// manifests and test files may list under "needs" (see package discover).
//
// Source is a small Python program that runs to its end when the feature is
// present and raises, or does not compile, when it is absent. It must not
// print anything. Probes are run once per target and run, before the
// target's first test, on targets that do not implement runners.FeatureSet
// themselves (boards, exec:, qemu:...).
type Probe struct {
	// Feature is the name used in "needs" lists (e.g. "fstring").
	Feature string
	// Doc says in a few words what having the feature means.
	Doc string
	// Source is the probe program (see above).
	Source string
	// Files are written beside the probe program (name → content), as a
	// suite's helper modules are beside its tests.
	Files map[string]string
}

// probeOK is what a probe program run on its own prints when it succeeds.
const probeOK = "probe-ok"

// DefaultProbes are the features the bundled suites may need. A feature not
// listed here is never probed, so a target is assumed to have it.
var DefaultProbes = []Probe{
	{"float", "float type and true division", "x = 7 / 2\nif x != 3.5 or 0.25 + 0.25 != 0.5:\n    raise Exception\n", nil},
	{"floatrepr", "double precision, CPython's shortest round-trip float repr", "if repr(0.1) != '0.1' or repr(1 / 3) != '0.3333333333333333' or repr(1e22) != '1e+22':\n    raise Exception\n", nil},
	{"complex", "complex numbers and imaginary literals", "if (1 + 2j) * 1j != -2 + 1j:\n    raise Exception\n", nil},
	{"bigint", "arbitrary-precision int", "if str(2 ** 100) != '1267650600228229401496703205376' or (2 ** 100) // (2 ** 98) != 4:\n    raise Exception\n", nil},
	{"dictorder", "dicts keep insertion order", "d = {'q': 0, 'b': 1}\nfor k in 'zyxwvuts':\n    d[k] = 1\nif ''.join(d) != 'qbzyxwvuts':\n    raise Exception\n", nil},
	{"numeric_underscore", "underscores in numeric literals and int() (PEP 515)", "if 1_000 != 1000 or int('1_0') != 10:\n    raise Exception\n", nil},
	{"unicode", "str holds code points, not bytes", "s = '\u00e9\u20ac'\nif len(s) != 2 or ord(s[1]) != 0x20ac:\n    raise Exception\n", nil},
	{"fstring", "f-string literals (PEP 498)", "x = 1\nif f'{x}' != '1' or f'{x!r:>3}' != '  1':\n    raise Exception\n", nil},
	{"async", "async def / await (PEP 492)", "async def g():\n    return 1\nasync def f():\n    return await g()\nc = f()\ntry:\n    c.send(None)\n    raise Exception\nexcept StopIteration:\n    pass\n", nil},
	{"walrus", "assignment expressions (PEP 572)", "if (y := 2) != 2:\n    raise Exception\n", nil},
	{"match", "match statement (PEP 634)", "match [1, 2]:\n    case [1, y]:\n        pass\n    case _:\n        raise Exception\n", nil},
	{"posonly", "positional-only parameters (PEP 570)", "def f(a, /, b):\n    return a + b\nif f(1, b=2) != 3:\n    raise Exception\n", nil},
	{"unpack", "additional unpacking generalisations (PEP 448)", "a = [*[1], *[2]]\nd = {**{1: 2}, 3: 4}\nif a != [1, 2] or len(d) != 2:\n    raise Exception\n", nil},
	{"dunder_name", "__name__ of classes and functions", "def f():\n    pass\nif type(1).__name__ != 'int' or f.__name__ != 'f':\n    raise Exception\n", nil},
	{"annotations", "variable annotations (PEP 526)", "x: int = 5\ny: list\nif x != 5:\n    raise Exception\n", nil},
	{"matmul", "the @ operator (PEP 465)", "class M:\n    def __matmul__(self, o):\n        return 7\nif M() @ M() != 7:\n    raise Exception\n", nil},
	{"decorator_expr", "any expression as a decorator (PEP 614)", "d = {'k': lambda f: 3}\n@d['k']\ndef g():\n    pass\nif g != 3:\n    raise Exception\n", nil},
	{"exceptgroup", "ExceptionGroup and except* (PEP 654)", "try:\n    raise ExceptionGroup('g', [ValueError()])\nexcept* ValueError:\n    pass\n", nil},
	{"local_import", "importing modules that sit beside the test (a suite's helpers)", "from mptest_probe_helper import X\nif X != 1:\n    raise Exception\n",
		map[string]string{"mptest_probe_helper.py": "X = 1\n"}},
}

// moduleProbes adds a probe per module: the feature is the module's name and
// the probe imports it.
func moduleProbes(names ...string) []Probe {
	var ps []Probe
	for _, n := range names {
		ps = append(ps, Probe{n, "module " + n, "import " + n + "\n", nil})
	}
	return ps
}

func init() {
	DefaultProbes = append(DefaultProbes, moduleProbes(
		"array", "asyncio", "binascii", "collections", "errno", "functools", "hashlib",
		"heapq", "io", "itertools", "json", "os", "random", "re", "struct")...)
}

// KnownFeature reports whether name is probed by DefaultProbes.
func KnownFeature(name string) bool {
	for _, p := range DefaultProbes {
		if p.Feature == name {
			return true
		}
	}
	return false
}

// Features is what the probes found out about one target.
type Features struct {
	// Have maps each probed feature to whether the target has it. A feature
	// whose probe could not be judged (timeout, lost connection) is absent
	// from the map and counts as present.
	Have map[string]bool
	// Runs is how many probe programs were run.
	Runs int
}

// HasFeature implements runners.FeatureSet: a feature is missing only when
// a probe showed it to be.
func (f *Features) HasFeature(name string) bool {
	have, ok := f.Have[name]
	return have || !ok
}

// Lacking returns the features the probes found missing, sorted.
func (f *Features) Lacking() []string {
	var names []string
	for n, have := range f.Have {
		if !have {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	return names
}

// featureTarget is a target seen through its probed features.
type featureTarget struct {
	runners.Target
	*Features
}

// probe runs probes on tgt. It first runs one program that tries every probe
// with exec() and prints a line per probe; probes that program gives no
// verdict for (a target without exec, an output garbled on a lossy line, a
// crash) are then run one by one as programs of their own. A non-nil error
// means the target became unusable.
func probe(ctx context.Context, tgt runners.Target, probes []Probe, timeout func() (context.Context, context.CancelFunc)) (*Features, error) {
	f := &Features{Have: map[string]bool{}}
	if len(probes) == 0 {
		return f, nil
	}
	// Targets that run files (cpython, exec:) need the program on disk.
	dir, err := os.MkdirTemp("", "mptest-probe-")
	if err != nil {
		return f, fmt.Errorf("writing probe programs: %w", err)
	}
	defer os.RemoveAll(dir)
	for _, p := range probes {
		for name, content := range p.Files {
			if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
				return f, fmt.Errorf("writing probe programs: %w", err)
			}
		}
	}
	run := func(name string, src []byte) (runners.Outcome, error) {
		// "probe_" keeps a module probe ("import re") from importing itself.
		p := filepath.Join(dir, "probe_"+name+".py")
		if err := os.WriteFile(p, src, 0o644); err != nil {
			return runners.Outcome{}, fmt.Errorf("writing probe programs: %w", err)
		}
		runCtx, cancel := timeout()
		defer cancel()
		f.Runs++
		return tgt.Run(runCtx, runners.Test{Name: "probe_" + name + ".py", Path: p, Source: src})
	}
	out, err := run("all", combinedProbe(probes))
	if err != nil {
		return f, err
	}
	if out.Status == runners.Exited {
		parseProbeOutput(out.Stdout, probes, f.Have)
	}
	for _, p := range probes {
		if _, ok := f.Have[p.Feature]; ok || ctx.Err() != nil {
			continue
		}
		out, err := run(p.Feature, []byte(p.Source+"print("+strconv.Quote(probeOK)+")\n"))
		if err != nil {
			return f, err
		}
		switch {
		case out.Status == runners.Exited:
			f.Have[p.Feature] = string(bytes.TrimSpace(out.Stdout)) == probeOK
		case out.Status == runners.TooLarge:
			// Not even a few lines using the feature fit: as good as absent.
			f.Have[p.Feature] = false
		}
	}
	return f, nil
}

// combinedProbe returns one program that runs every probe with exec() and
// prints "probe NAME 1" or "probe NAME 0" for each. The first exec is outside
// any try, so a target without a working exec prints nothing at all and its
// probes are run one by one instead of all being judged absent.
func combinedProbe(probes []Probe) []byte {
	var b strings.Builder
	b.WriteString("exec('pass', {})\n")
	b.WriteString("def _probe(name, src):\n    try:\n        exec(src, {})\n        ok = 1\n    except Exception:\n        ok = 0\n    print('probe', name, ok)\n")
	for _, p := range probes {
		fmt.Fprintf(&b, "_probe(%s, %s)\n", strconv.Quote(p.Feature), strconv.Quote(p.Source))
	}
	return []byte(b.String())
}

// parseProbeOutput records the verdicts of well-formed "probe NAME 0|1"
// lines for known probes; anything else is ignored.
func parseProbeOutput(stdout []byte, probes []Probe, have map[string]bool) {
	known := map[string]bool{}
	for _, p := range probes {
		known[p.Feature] = true
	}
	sc := bufio.NewScanner(bytes.NewReader(stdout))
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) != 3 || fields[0] != "probe" || !known[fields[1]] || (fields[2] != "0" && fields[2] != "1") {
			continue
		}
		have[fields[1]] = fields[2] == "1"
	}
}
