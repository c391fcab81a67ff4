// Package merge combines the results of several runs of one suite on one
// commit — the shards of a CI matrix, several machines, several boards —
// into the results of one run: results files (one per target), JUnit XML
// and history records.
//
// A merge refuses inputs that do not belong together, with an error that
// names the two inputs that disagree: parts of different commits, parts of
// different test selections (another suite, other --include filters, or
// another shard count), the same test twice on the same target (a shard
// run twice), or one target with two interpreter identities (two firmware
// builds under one name). What is not an error is returned as warnings: a
// missing shard, a part that did not finish its tests.
//
// Where every result came from is kept: the Provenance of a merge lists,
// per target, each source's origin, shard, machine, identity and test names.
package merge

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/mptest/mptest/reports/results"
)

// Input is one part to merge: the results files of one run (one per
// target) and, for a sharded run, its part manifest.
type Input struct {
	// Origin names the input in messages (its path).
	Origin string
	// Part is the run's part manifest; nil for an unsharded run.
	Part  *Part
	Files []*results.File
}

// Options tune a merge.
type Options struct {
	// AllowPartial accepts a sharded run with shards missing (a warning
	// instead of an error).
	AllowPartial bool
	// Rename maps target names to the names they are merged under: a fleet
	// of like boards, each its own target ("rfc2217://lab:4001",
	// "rfc2217://lab:4002"), sharing one suite as one target ("pyboard").
	// Each result's board stays in Source.Board.
	Rename map[string]string
}

// Source says where some results of one target came from.
type Source struct {
	Origin string `json:"origin"`
	// Board is the target the results were run on, when merged under
	// another name (Options.Rename).
	Board    string   `json:"board,omitempty"`
	Shard    string   `json:"shard,omitempty"`
	Machine  string   `json:"machine,omitempty"`
	Commit   string   `json:"commit,omitempty"`
	Identity string   `json:"identity"`
	Tests    []string `json:"tests"`
}

// Provenance is written beside merged results (ProvenanceFile).
type Provenance struct {
	Schema int `json:"schema"`
	// Commit is the commit all parts were made on ("" if unknown).
	Commit string `json:"commit,omitempty"`
	// Sources lists, per target, where its results came from.
	Sources map[string][]Source `json:"sources"`
}

// ProvenanceFile is the name of the provenance file in a merged results directory.
const ProvenanceFile = "merge.json"

// Merged is the result of Results.
type Merged struct {
	// Files holds one results file per target, sorted by target.
	Files      []*results.File
	Provenance Provenance
	Warnings   []error
}

// Results merges inputs. See the package comment for what it refuses.
func Results(inputs []Input, opts Options) (*Merged, error) {
	m := &Merged{Provenance: Provenance{Schema: 1, Sources: map[string][]Source{}}}
	inputs, boards := rename(inputs, opts.Rename)
	if err := checkParts(inputs, opts, m); err != nil {
		return nil, err
	}
	type acc struct {
		file   *results.File
		origin string // of the identity
		seen   map[string]string
		end    time.Time
	}
	byTarget := map[string]*acc{}
	for _, in := range inputs {
		for _, f := range in.Files {
			a := byTarget[f.Target]
			if a == nil {
				a = &acc{file: &results.File{Schema: results.Schema, Target: f.Target, Identity: f.Identity, Started: f.Started, Tests: []results.Result{}}, origin: in.Origin, seen: map[string]string{}}
				byTarget[f.Target] = a
			}
			if f.Identity != a.file.Identity {
				return nil, fmt.Errorf("target %s has two identities: %q in %s and %q in %s (different builds or boards under one name; give them different target names)", f.Target, a.file.Identity, a.origin, f.Identity, in.Origin)
			}
			src := Source{Origin: in.Origin, Identity: f.Identity, Board: boards[f]}
			if in.Part != nil {
				src.Shard, src.Machine, src.Commit = in.Part.Shard, in.Part.Machine, in.Part.Commit
			}
			for _, r := range f.Tests {
				if prev, dup := a.seen[r.Name]; dup {
					return nil, fmt.Errorf("test %s on target %s is in both %s and %s (a shard merged twice, or overlapping runs)", r.Name, f.Target, prev, in.Origin)
				}
				a.seen[r.Name] = in.Origin
				a.file.Tests = append(a.file.Tests, r)
				src.Tests = append(src.Tests, r.Name)
			}
			sort.Strings(src.Tests)
			if src.Tests == nil {
				src.Tests = []string{}
			}
			m.Provenance.Sources[f.Target] = append(m.Provenance.Sources[f.Target], src)
			if f.Started.Before(a.file.Started) {
				a.file.Started = f.Started
			}
			if end := f.Started.Add(time.Duration(f.Duration * float64(time.Second))); end.After(a.end) {
				a.end = end
			}
			a.file.Incomplete = a.file.Incomplete || f.Incomplete
			// A feature counts as present only if every part found it.
			for name, has := range f.Features {
				if a.file.Features == nil {
					a.file.Features = map[string]bool{}
				}
				if prev, ok := a.file.Features[name]; ok {
					has = has && prev
				}
				a.file.Features[name] = has
			}
			if in.Part != nil {
				m.Warnings = append(m.Warnings, unfinished(in, f)...)
			}
		}
	}
	for _, a := range byTarget {
		// Wall time from the first start to the last end: the parts ran
		// side by side.
		a.file.Duration = a.end.Sub(a.file.Started).Seconds()
		sort.Slice(a.file.Tests, func(i, j int) bool { return a.file.Tests[i].Name < a.file.Tests[j].Name })
		m.Files = append(m.Files, a.file)
	}
	slices.SortFunc(m.Files, func(a, b *results.File) int { return cmp.Compare(a.Target, b.Target) })
	return m, nil
}

// rename returns inputs with targets renamed (copies; the inputs are not
// changed) and, per renamed file, its original target.
func rename(inputs []Input, names map[string]string) ([]Input, map[*results.File]string) {
	boards := map[*results.File]string{}
	if len(names) == 0 {
		return inputs, boards
	}
	out := make([]Input, len(inputs))
	for i, in := range inputs {
		out[i] = in
		out[i].Files = nil
		for _, f := range in.Files {
			if to, ok := names[f.Target]; ok && to != f.Target {
				c := *f
				c.Target = to
				boards[&c] = f.Target
				f = &c
			}
			out[i].Files = append(out[i].Files, f)
		}
	}
	return out, boards
}

// unfinished warns about tests a part was assigned but has no result for.
func unfinished(in Input, f *results.File) []error {
	have := map[string]bool{}
	for _, r := range f.Tests {
		have[r.Name] = true
	}
	var missing []string
	for _, name := range in.Part.Tests {
		if !have[name] {
			missing = append(missing, name)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	return []error{fmt.Errorf("%s: target %s has no result for %d of the %d tests of shard %s (first: %s)", in.Origin, f.Target, len(missing), len(in.Part.Tests), in.Part.Shard, missing[0])}
}

// checkParts checks that the part manifests belong to one split of one
// selection on one commit, and that no shard is missing or doubled.
func checkParts(inputs []Input, opts Options, m *Merged) error {
	var first *Input
	haveByTarget := map[string]map[int]string{} // target → K → origin
	n := 0
	for i := range inputs {
		in := &inputs[i]
		if in.Part == nil {
			continue
		}
		sp, err := in.Part.Spec()
		if err != nil {
			return fmt.Errorf("%s: %w", in.Origin, err)
		}
		if first == nil {
			first, n = in, sp.N
		}
		p, f := in.Part, first.Part
		switch {
		case p.Commit != "" && f.Commit != "" && p.Commit != f.Commit:
			return fmt.Errorf("mixed commits: %s ran on %s, %s on %s; merge parts of one commit only", first.Origin, short(f.Commit), in.Origin, short(p.Commit))
		case sp.N != n:
			return fmt.Errorf("mixed splits: %s is shard %s, %s is shard %s", first.Origin, f.Shard, in.Origin, p.Shard)
		case p.Selection != f.Selection:
			return fmt.Errorf("mixed suites: %s and %s ran different test selections (%d and %d tests: another suite, other filters or other skip lists)", first.Origin, in.Origin, f.Selected, p.Selected)
		}
		if p.Commit != "" {
			m.Provenance.Commit = p.Commit
		}
		for _, f := range in.Files {
			ks := haveByTarget[f.Target]
			if ks == nil {
				ks = map[int]string{}
				haveByTarget[f.Target] = ks
			}
			if prev, dup := ks[sp.K]; dup {
				return fmt.Errorf("shard %s of target %s is given twice: %s and %s", p.Shard, f.Target, prev, in.Origin)
			}
			ks[sp.K] = in.Origin
		}
	}
	if first == nil {
		return nil
	}
	for i := range inputs {
		if inputs[i].Part == nil {
			return fmt.Errorf("%s has no part manifest (%s) but %s is shard %s: merge sharded runs with sharded runs", inputs[i].Origin, PartFile, first.Origin, first.Part.Shard)
		}
	}
	var missing []string
	targets := make([]string, 0, len(haveByTarget))
	for t := range haveByTarget {
		targets = append(targets, t)
	}
	sort.Strings(targets)
	for _, t := range targets {
		for k := 1; k <= n; k++ {
			if _, ok := haveByTarget[t][k]; !ok {
				missing = append(missing, fmt.Sprintf("%s shard %d/%d", t, k, n))
			}
		}
	}
	if len(missing) > 0 {
		err := fmt.Errorf("missing parts: %s", strings.Join(missing, ", "))
		if !opts.AllowPartial {
			return fmt.Errorf("%w (merge them all, or accept a partial merge explicitly)", err)
		}
		m.Warnings = append(m.Warnings, err)
	}
	return nil
}

func short(hash string) string {
	if len(hash) > 12 {
		return hash[:12]
	}
	return hash
}

// ErrNothing is returned when there is nothing to merge.
var ErrNothing = errors.New("nothing to merge")
