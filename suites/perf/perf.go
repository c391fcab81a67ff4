// Package perf is mptest's performance suite: small realistic Python
// workloads that print a checkable result, each sized for machines from a
// 16 KiB microcontroller to a PC.
//
// A benchmark is one .py file in this directory. Its first line names it,
// and the comment lines after that declare its parameter sets:
//
//	# bench: fannkuch: flip prefixes of every permutation of 1..N
//	# params 1000MHz 64MiB: N = 8
//	# params 100MHz 64KiB: N = 7
//	# params 16MHz 16KiB: N = 5
//
// A parameter set states the smallest CPU clock and free heap for which its
// workload is meant (sizes in KiB or MiB), then Python assignments separated
// by ';'. To run a benchmark with a set, the runner replaces the `# bench:`
// line by the set's assignments (`N = 8`), so the program keeps its line
// numbers and the same file runs unchanged on CPython and on a board.
//
// Selection: a set fits a target when the target's clock is at least the
// set's MHz and its free heap at least the set's heap; a resource the target
// does not state (zero) is unlimited, so a PC takes the largest set. Of the
// sets that fit, the one with the largest heap wins, then the fastest clock.
// When none fits, the benchmark is too large for the target.
//
// Programs use only what MicroPython also has (no f-string '=' specifiers,
// no dataclasses, no str slicing with a step, no random module: they draw
// from their own linear congruential generators), and print a result that
// depends on the whole computation, so a wrong answer is caught.
package perf

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

//go:embed *.py
var programs embed.FS

// Resources describe what a target offers a benchmark. A zero field means
// the target does not say, which counts as unlimited.
type Resources struct {
	CPUMHz  int // CPU clock in MHz
	HeapKiB int // free heap in KiB before the program is loaded
}

// String formats r for messages, e.g. "16MHz 16KiB" or "unlimited".
func (r Resources) String() string {
	mhz, heap := "any MHz", "any heap"
	if r.CPUMHz > 0 {
		mhz = fmt.Sprintf("%dMHz", r.CPUMHz)
	}
	if r.HeapKiB > 0 {
		heap = formatKiB(r.HeapKiB)
	}
	return mhz + " " + heap
}

// Assignment is one `NAME = EXPR` of a parameter set.
type Assignment struct {
	Name string
	Expr string
}

// ParamSet is one declared workload size of a benchmark.
type ParamSet struct {
	CPUMHz  int // the slowest clock the workload is meant for
	HeapKiB int // the free heap the workload needs
	Assign  []Assignment
	Line    int // line of the declaration in the file
}

// Fits reports whether the set fits a target with resources r.
func (p ParamSet) Fits(r Resources) bool {
	return (r.CPUMHz <= 0 || p.CPUMHz <= r.CPUMHz) && (r.HeapKiB <= 0 || p.HeapKiB <= r.HeapKiB)
}

// Key is the set's assignments as benchmark name parts, e.g. "N=8/GRID=64".
func (p ParamSet) Key() string {
	parts := make([]string, len(p.Assign))
	for i, a := range p.Assign {
		parts[i] = a.Name + "=" + strings.ReplaceAll(a.Expr, " ", "")
	}
	return strings.Join(parts, "/")
}

// Prelude is the Python line that binds the set's parameters ("" if none).
func (p ParamSet) Prelude() string {
	parts := make([]string, len(p.Assign))
	for i, a := range p.Assign {
		parts[i] = a.Name + " = " + a.Expr
	}
	return strings.Join(parts, "; ")
}

// Benchmark is one program of the suite.
type Benchmark struct {
	// Name is the file name without ".py" (e.g. "float_churn").
	Name string
	// File is the file name relative to the suite directory.
	File string
	// Title is the text after "# bench:" on the first line.
	Title string
	// Params are the declared sets, in file order.
	Params []ParamSet
	// Source is the program as written.
	Source []byte
}

// ErrTooLarge is returned (wrapped) by Select when no parameter set fits.
var ErrTooLarge = errors.New("too large")

// Select picks the parameter set to run on a target with resources r, by the
// rule in the package comment.
func (b *Benchmark) Select(r Resources) (ParamSet, error) {
	best := -1
	for i, p := range b.Params {
		if !p.Fits(r) {
			continue
		}
		if best < 0 || p.HeapKiB > b.Params[best].HeapKiB ||
			(p.HeapKiB == b.Params[best].HeapKiB && p.CPUMHz > b.Params[best].CPUMHz) {
			best = i
		}
	}
	if best < 0 {
		return ParamSet{}, fmt.Errorf("benchmark %s on %s: %w (smallest set needs %s)",
			b.Name, r, ErrTooLarge, b.smallest())
	}
	return b.Params[best], nil
}

func (b *Benchmark) smallest() string {
	s := b.Params[0]
	for _, p := range b.Params[1:] {
		if p.HeapKiB < s.HeapKiB || (p.HeapKiB == s.HeapKiB && p.CPUMHz < s.CPUMHz) {
			s = p
		}
	}
	return fmt.Sprintf("%dMHz %s", s.CPUMHz, formatKiB(s.HeapKiB))
}

// Program returns the source to run for set p: the file with its first line
// replaced by p's assignments.
func (b *Benchmark) Program(p ParamSet) []byte {
	return b.WithFirstLine(p.Prelude())
}

// WithFirstLine returns the source with its first line (the "# bench:"
// title) replaced by line, which must not contain a newline. Runners use it
// to put more statements before the program without moving its lines.
func (b *Benchmark) WithFirstLine(line string) []byte {
	src := string(b.Source)
	rest := ""
	if i := strings.IndexByte(src, '\n'); i >= 0 {
		rest = src[i:]
	}
	return []byte(line + rest)
}

// ResultName is the benchmark's name in the Go benchmark format, without
// the "Benchmark" prefix: the file name in CamelCase and the parameters as
// name parts, e.g. "FloatChurn/N=150000".
func (b *Benchmark) ResultName(p ParamSet) string {
	var sb strings.Builder
	for _, w := range strings.Split(b.Name, "_") {
		if w == "" {
			continue
		}
		sb.WriteString(strings.ToUpper(w[:1]) + w[1:])
	}
	if k := p.Key(); k != "" {
		sb.WriteString("/" + k)
	}
	return sb.String()
}

var (
	titleRE  = regexp.MustCompile(`^#\s*bench:\s*(\S.*)$`)
	paramsRE = regexp.MustCompile(`^#\s*params\s+(\d+)\s*MHz\s+(\d+)\s*(KiB|MiB)\s*:\s*(.*)$`)
	assignRE = regexp.MustCompile(`^([A-Za-z_][A-Za-z0-9_]*)\s*=\s*([^=;#]+?)\s*$`)
)

// Parse reads a benchmark's header. name is the file name (e.g. "chaos.py").
func Parse(name string, src []byte) (*Benchmark, error) {
	lines := strings.Split(string(src), "\n")
	m := titleRE.FindStringSubmatch(strings.TrimRight(lines[0], "\r"))
	if m == nil {
		return nil, fmt.Errorf("%s:1: first line must be \"# bench: <title>\"", name)
	}
	b := &Benchmark{
		Name:   strings.TrimSuffix(path.Base(name), ".py"),
		File:   name,
		Title:  strings.TrimSpace(m[1]),
		Source: src,
	}
	for i := 1; i < len(lines); i++ {
		line := strings.TrimSpace(lines[i])
		if !strings.HasPrefix(line, "#") {
			break
		}
		if !strings.HasPrefix(strings.TrimSpace(line[1:]), "params") {
			continue
		}
		p, err := parseParams(line)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, i+1, err)
		}
		p.Line = i + 1
		b.Params = append(b.Params, p)
	}
	if len(b.Params) == 0 {
		return nil, fmt.Errorf("%s: no \"# params\" lines after the title", name)
	}
	return b, nil
}

func parseParams(line string) (ParamSet, error) {
	m := paramsRE.FindStringSubmatch(line)
	if m == nil {
		return ParamSet{}, fmt.Errorf("malformed params line %q (want \"# params <n>MHz <n>KiB|MiB: NAME = VALUE; ...\")", line)
	}
	mhz, err1 := strconv.Atoi(m[1])
	heap, err2 := strconv.Atoi(m[2])
	if err1 != nil || err2 != nil {
		return ParamSet{}, fmt.Errorf("params line %q: number out of range", line)
	}
	if m[3] == "MiB" {
		heap *= 1024
	}
	p := ParamSet{CPUMHz: mhz, HeapKiB: heap}
	seen := map[string]bool{}
	for _, part := range strings.Split(m[4], ";") {
		a := assignRE.FindStringSubmatch(strings.TrimSpace(part))
		if a == nil {
			return ParamSet{}, fmt.Errorf("params line %q: %q is not NAME = VALUE", line, strings.TrimSpace(part))
		}
		if seen[a[1]] {
			return ParamSet{}, fmt.Errorf("params line %q: %s assigned twice", line, a[1])
		}
		seen[a[1]] = true
		p.Assign = append(p.Assign, Assignment{Name: a[1], Expr: a[2]})
	}
	return p, nil
}

// Load reads every *.py benchmark at the top of fsys, sorted by name.
func Load(fsys fs.FS) ([]*Benchmark, error) {
	names, err := fs.Glob(fsys, "*.py")
	if err != nil {
		return nil, fmt.Errorf("listing benchmarks: %w", err)
	}
	sort.Strings(names)
	var out []*Benchmark
	for _, n := range names {
		src, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, fmt.Errorf("reading benchmark: %w", err)
		}
		b, err := Parse(n, src)
		if err != nil {
			return nil, err
		}
		out = append(out, b)
	}
	if len(out) == 0 {
		return nil, errors.New("no benchmarks (*.py) found")
	}
	return out, nil
}

// Suite returns the benchmarks built into mptest (this directory's programs).
func Suite() ([]*Benchmark, error) {
	return Load(programs)
}

// Startup returns a pseudo-benchmark that runs an empty program. Its wall
// time is what every run costs on the target besides the workload
// (interpreter start-up, or a board's upload and reset), to set against the
// other benchmarks' wall times. It has one parameter set with no parameters,
// which fits every target.
func Startup() *Benchmark {
	return &Benchmark{
		Name:   "startup",
		File:   "startup.py",
		Title:  "an empty program: interpreter start-up, upload",
		Params: []ParamSet{{}},
		Source: []byte("# bench: an empty program\npass\n"),
	}
}

// Filter keeps the benchmarks whose name matches include (if non-nil) and
// does not match exclude (if non-nil).
func Filter(bs []*Benchmark, include, exclude *regexp.Regexp) []*Benchmark {
	var out []*Benchmark
	for _, b := range bs {
		if include != nil && !include.MatchString(b.Name) {
			continue
		}
		if exclude != nil && exclude.MatchString(b.Name) {
			continue
		}
		out = append(out, b)
	}
	return out
}

func formatKiB(k int) string {
	if k >= 1024 && k%1024 == 0 {
		return fmt.Sprintf("%dMiB", k/1024)
	}
	return fmt.Sprintf("%dKiB", k)
}
