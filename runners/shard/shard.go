// Package shard splits a selection of tests (or benchmarks) into N parts so
// that N machines, or N jobs of a CI matrix, can each run one part and the
// parts' results can be merged into the result of one whole run.
//
// The split is a pure function of the selected names, N and a duration
// profile, so every job computes the same partition without talking to the
// others. With a profile (the durations recorded in earlier results files)
// the split is greedy longest-processing-time-first: names are taken in
// order of decreasing weight, ties broken by name, and each goes to the
// part with the least total weight so far (ties: the lowest part). LPT is
// within 4/3 of the optimal makespan and in practice within a few percent
// for suites of hundreds of tests. A name without a recorded duration is
// weighed as the mean of the recorded ones. Without any profile, each name
// goes to part hash(name) mod N (FNV-1a): the part of a test then depends on
// nothing but its name, so jobs whose selections differ slightly still
// never run a test twice.
//
// Every job must use the same profile: pass the same --durations file (the
// merged results of an earlier run) to all of them. Different profiles can
// make different partitions.
package shard

import (
	"errors"
	"fmt"
	"hash/fnv"
	"sort"
	"strconv"
	"strings"
)

// Spec names one part of a split: part K (1-based) of N.
type Spec struct {
	K, N int
}

// Parse reads "K/N" with 1 <= K <= N.
func Parse(s string) (Spec, error) {
	ks, ns, ok := strings.Cut(strings.TrimSpace(s), "/")
	k, kerr := strconv.Atoi(ks)
	n, nerr := strconv.Atoi(ns)
	if !ok || kerr != nil || nerr != nil {
		return Spec{}, fmt.Errorf("shard %q: want K/N, e.g. 2/4", s)
	}
	sp := Spec{K: k, N: n}
	if err := sp.Validate(); err != nil {
		return Spec{}, err
	}
	return sp, nil
}

// Validate checks 1 <= K <= N.
func (s Spec) Validate() error {
	if s.N < 1 || s.K < 1 || s.K > s.N {
		return fmt.Errorf("shard %d/%d: want 1 <= K <= N", s.K, s.N)
	}
	return nil
}

// String returns "K/N".
func (s Spec) String() string { return fmt.Sprintf("%d/%d", s.K, s.N) }

// All returns the N specs 1/N … N/N.
func All(n int) []Spec {
	specs := make([]Spec, 0, n)
	for k := 1; k <= n; k++ {
		specs = append(specs, Spec{K: k, N: n})
	}
	return specs
}

// ErrNoParts is returned by Assign for n < 1.
var ErrNoParts = errors.New("shard: need at least one part")

// Assign splits names into n parts (see the package comment); weights holds
// the known durations (any unit; nil or empty means none known). Each part
// is sorted by name. Duplicate names are kept once.
func Assign(names []string, weights map[string]float64, n int) ([][]string, error) {
	if n < 1 {
		return nil, ErrNoParts
	}
	uniq := dedupe(names)
	parts := make([][]string, n)
	known, sum := 0, 0.0
	for _, name := range uniq {
		if w, ok := weights[name]; ok {
			known++
			sum += w
		}
	}
	if known == 0 {
		for _, name := range uniq {
			i := Hash(name) % uint64(n)
			parts[i] = append(parts[i], name)
		}
		return parts, nil
	}
	mean := sum / float64(known)
	type item struct {
		name string
		w    float64
	}
	items := make([]item, len(uniq))
	for i, name := range uniq {
		w, ok := weights[name]
		if !ok || w < 0 {
			w = mean
		}
		items[i] = item{name, w}
	}
	sort.Slice(items, func(i, j int) bool {
		if items[i].w != items[j].w {
			return items[i].w > items[j].w
		}
		return items[i].name < items[j].name
	})
	load := make([]float64, n)
	for _, it := range items {
		best := 0
		for p := 1; p < n; p++ {
			if load[p] < load[best] {
				best = p
			}
		}
		load[best] += it.w
		parts[best] = append(parts[best], it.name)
	}
	for _, p := range parts {
		sort.Strings(p)
	}
	return parts, nil
}

// Hash is the stable hash (64-bit FNV-1a) of a name used without a profile.
func Hash(name string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(name))
	return h.Sum64()
}

// Select returns the names of part s, in the order of names.
func Select(names []string, weights map[string]float64, s Spec) ([]string, error) {
	if err := s.Validate(); err != nil {
		return nil, err
	}
	parts, err := Assign(names, weights, s.N)
	if err != nil {
		return nil, err
	}
	in := map[string]bool{}
	for _, name := range parts[s.K-1] {
		in[name] = true
	}
	var out []string
	for _, name := range names {
		if in[name] {
			out = append(out, name)
			delete(in, name)
		}
	}
	return out, nil
}

// Filter returns the items of part s, in their order, naming each with name.
func Filter[T any](items []T, name func(T) string, weights map[string]float64, s Spec) ([]T, error) {
	names := make([]string, len(items))
	for i, it := range items {
		names[i] = name(it)
	}
	sel, err := Select(names, weights, s)
	if err != nil {
		return nil, err
	}
	keep := map[string]bool{}
	for _, n := range sel {
		keep[n] = true
	}
	var out []T
	for _, it := range items {
		if keep[name(it)] {
			out = append(out, it)
		}
	}
	return out, nil
}

func dedupe(names []string) []string {
	seen := make(map[string]bool, len(names))
	out := make([]string, 0, len(names))
	for _, n := range names {
		if !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	return out
}
