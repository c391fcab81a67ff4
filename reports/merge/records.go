package merge

import (
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/mptest/mptest/reports/history"
	"github.com/mptest/mptest/reports/results"
)

// Records merges history records of one commit made on several machines or
// boards (each typically running some targets) into one record. It refuses
// records of different commits or of different suites. The merged record's
// machine is the one machine they share, else a machine named after all of
// them ("ci-1+ci-2"); per-machine facts stay in each suite's identity and
// in the warnings. Benchmarks of the same series from two machines are
// refused: their timings do not compare.
func Records(recs []*history.Record, origins []string) (*history.Record, []error, error) {
	if len(recs) == 0 {
		return nil, nil, ErrNothing
	}
	if len(origins) != len(recs) {
		return nil, nil, fmt.Errorf("merge records: %d origins for %d records", len(origins), len(recs))
	}
	first := recs[0]
	out := &history.Record{
		Schema:   history.Schema,
		Commit:   first.Commit,
		Machine:  first.Machine,
		Recorded: first.Recorded,
		Config:   first.Config,
	}
	out.Config.Targets = nil
	var warnings []error
	var inputs []Input
	machines := []string{}
	benchFrom := map[string]int{} // series key → record index
	sizeFrom := map[string]int{}
	for i, r := range recs {
		switch {
		case r.Commit.Hash != first.Commit.Hash:
			return nil, nil, fmt.Errorf("mixed commits: %s is of %s, %s of %s; merge records of one commit only", origins[0], first.Commit.Short(), origins[i], r.Commit.Short())
		case !sameSet(r.Config.Suites, first.Config.Suites):
			return nil, nil, fmt.Errorf("mixed suites: %s ran %v, %s ran %v", origins[0], first.Config.Suites, origins[i], r.Config.Suites)
		}
		if !slices.Contains(machines, r.Machine.Name) {
			machines = append(machines, r.Machine.Name)
		}
		out.Commit.Dirty = out.Commit.Dirty || r.Commit.Dirty
		if r.Recorded.After(out.Recorded) {
			out.Recorded = r.Recorded
		}
		out.Duration = max(out.Duration, r.Duration)
		for _, t := range r.Config.Targets {
			if !slices.Contains(out.Config.Targets, t) {
				out.Config.Targets = append(out.Config.Targets, t)
			}
		}
		out.Config.Bench = out.Config.Bench || r.Config.Bench
		out.Config.Size = out.Config.Size || r.Config.Size
		if r.Config.BenchTiming != "" && out.Config.BenchTiming != "" && r.Config.BenchTiming != out.Config.BenchTiming {
			warnings = append(warnings, fmt.Errorf("%s timed benchmarks by %s, %s by %s", origins[0], out.Config.BenchTiming, origins[i], r.Config.BenchTiming))
		}
		inputs = append(inputs, Input{Origin: origins[i] + " (" + r.Machine.Name + ")", Files: r.Suites})
		for _, b := range r.Bench {
			if j, dup := benchFrom[b.Key()]; dup {
				if recs[j].Machine.Name != r.Machine.Name {
					return nil, nil, fmt.Errorf("benchmark %s was measured on two machines (%s in %s, %s in %s); their timings do not compare", b.Key(), recs[j].Machine.Name, origins[j], r.Machine.Name, origins[i])
				}
				for k := range out.Bench {
					if out.Bench[k].Key() == b.Key() {
						out.Bench[k].Values = append(out.Bench[k].Values, b.Values...)
					}
				}
				continue
			}
			benchFrom[b.Key()] = i
			b.Values = slices.Clone(b.Values)
			out.Bench = append(out.Bench, b)
		}
		for _, s := range r.Sizes {
			key := s.Name + " " + s.Platform + " " + s.Format
			if j, dup := sizeFrom[key]; dup {
				for _, prev := range out.Sizes {
					if prev.Name+" "+prev.Platform+" "+prev.Format == key && !reflect.DeepEqual(prev, s) {
						warnings = append(warnings, fmt.Errorf("size of %s differs between %s and %s; keeping the first", key, origins[j], origins[i]))
					}
				}
				continue
			}
			sizeFrom[key] = i
			out.Sizes = append(out.Sizes, s)
		}
		for _, w := range r.Warnings {
			out.Warnings = append(out.Warnings, r.Machine.Name+": "+w)
		}
	}
	m, err := Results(inputs, Options{})
	if err != nil {
		return nil, nil, err
	}
	out.Suites = m.Files
	if out.Suites == nil {
		out.Suites = []*results.File{}
	}
	if len(machines) > 1 {
		slices.Sort(machines)
		out.Machine = history.Machine{Name: strings.Join(machines, "+")}
		for _, r := range recs[1:] {
			if r.Machine.GOOS != first.Machine.GOOS || r.Machine.GOARCH != first.Machine.GOARCH {
				out.Machine.GOOS, out.Machine.GOARCH = "", ""
				break
			}
			out.Machine.GOOS, out.Machine.GOARCH = first.Machine.GOOS, first.Machine.GOARCH
		}
		out.Warnings = append(out.Warnings, "merged from machines "+strings.Join(machines, ", "))
	}
	return out, append(warnings, m.Warnings...), nil
}

func sameSet(a, b []string) bool {
	x, y := slices.Clone(a), slices.Clone(b)
	slices.Sort(x)
	slices.Sort(y)
	return slices.Equal(slices.Compact(x), slices.Compact(y))
}
