package shard

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/mptest/mptest/reports/results"
)

// Profile holds recorded test durations in milliseconds, per target and test.
type Profile struct {
	ms map[string]map[string]float64
}

// Len returns the number of (target, test) durations held.
func (p *Profile) Len() int {
	n := 0
	for _, m := range p.ms {
		n += len(m)
	}
	return n
}

// Add records the durations of a results file (a later file of the same
// target overrides earlier durations of the same test). Results that were
// not run (skipped, error before running) carry no duration and are left out.
func (p *Profile) Add(f *results.File) {
	if p.ms == nil {
		p.ms = map[string]map[string]float64{}
	}
	m := p.ms[f.Target]
	if m == nil {
		m = map[string]float64{}
		p.ms[f.Target] = m
	}
	for _, r := range f.Tests {
		if r.Verdict == results.Skip || r.Verdict == results.Error && r.DurationMS == 0 {
			continue
		}
		m[r.Name] = r.DurationMS
	}
}

// Weights returns per test the sum of its durations on targets, the targets
// a run will use. When the profile knows none of them, the durations of
// every target it knows are summed: relative weights carry over well
// between interpreters.
func (p *Profile) Weights(targets []string) map[string]float64 {
	use := targets
	known := false
	for _, t := range targets {
		if _, ok := p.ms[t]; ok {
			known = true
		}
	}
	if !known {
		use = nil
		for t := range p.ms {
			use = append(use, t)
		}
	}
	w := map[string]float64{}
	for _, t := range use {
		for name, ms := range p.ms[t] {
			w[name] += ms
		}
	}
	return w
}

// LoadProfile reads durations from paths: results.json files, results
// directories (every */results.json below, as `mptest run` and `mptest
// merge` write them) and history record files. A missing path is skipped
// silently (a first run has no results yet); a file that cannot be parsed
// is skipped and returned as a warning.
func LoadProfile(paths ...string) (*Profile, []error) {
	p := &Profile{}
	var warnings []error
	for _, path := range paths {
		st, err := os.Stat(path)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			warnings = append(warnings, fmt.Errorf("durations: %w", err))
			continue
		}
		if !st.IsDir() {
			if err := p.addFile(path); err != nil {
				warnings = append(warnings, err)
			}
			continue
		}
		files, _ := filepath.Glob(filepath.Join(path, "*", "results.json"))
		if own := filepath.Join(path, "results.json"); fileExists(own) {
			files = append([]string{own}, files...)
		}
		for _, f := range files {
			if err := p.addFile(f); err != nil {
				warnings = append(warnings, err)
			}
		}
	}
	return p, warnings
}

// addFile adds a results.json or a history record's suites.
func (p *Profile) addFile(path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("durations: %w", err)
	}
	var probe struct {
		Schema int             `json:"schema"`
		Target *string         `json:"target"`
		Suites []*results.File `json:"suites"`
	}
	if err := json.Unmarshal(data, &probe); err != nil {
		return fmt.Errorf("durations from %s: %w", path, err)
	}
	switch {
	case probe.Target != nil:
		f, err := results.Read(path)
		if err != nil {
			return fmt.Errorf("durations: %w", err)
		}
		p.Add(f)
	case probe.Suites != nil:
		for _, f := range probe.Suites {
			if f != nil {
				p.Add(f)
			}
		}
	default:
		return fmt.Errorf("durations from %s: neither a results file nor a history record", path)
	}
	return nil
}

func fileExists(path string) bool {
	st, err := os.Stat(path)
	return err == nil && !st.IsDir()
}
