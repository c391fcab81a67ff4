package merge

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/mptest/mptest/reports/results"
	"github.com/mptest/mptest/runners/shard"
)

// PartFile is the name of the part manifest a sharded run writes in its
// results directory.
const PartFile = "shard.json"

// PartSchema is the version of the part manifest's layout.
const PartSchema = 1

// Part describes what one sharded run covered, so that a merge can check
// that parts belong together and that none is missing or run twice.
type Part struct {
	Schema int    `json:"schema"`
	Shard  string `json:"shard"` // "K/N"
	// Commit is the commit the run was made on ("" if unknown).
	Commit string `json:"commit,omitempty"`
	// Machine is the host name of the machine that ran it.
	Machine string `json:"machine,omitempty"`
	// Targets are the target specs of the run.
	Targets []string `json:"targets"`
	// Selection is the fingerprint of the whole selection before sharding
	// (see Fingerprint): equal for parts of one split of one suite.
	Selection string `json:"selection"`
	// Selected is how many tests the whole selection had.
	Selected int `json:"selected"`
	// Tests are the names this part ran.
	Tests []string `json:"tests"`
}

// Spec parses the part's Shard.
func (p *Part) Spec() (shard.Spec, error) { return shard.Parse(p.Shard) }

// Fingerprint identifies a selection of names independent of order:
// "sha256:" and the hex digest of the sorted names, one per line.
func Fingerprint(names []string) string {
	s := uniqSorted(names)
	sum := sha256.Sum256([]byte(strings.Join(s, "\n")))
	return "sha256:" + hex.EncodeToString(sum[:])
}

// WritePart writes p to dir/shard.json atomically.
func WritePart(dir string, p *Part) error {
	if p.Schema == 0 {
		p.Schema = PartSchema
	}
	if p.Tests == nil {
		p.Tests = []string{}
	}
	data, err := json.MarshalIndent(p, "", "  ")
	if err != nil {
		return fmt.Errorf("encoding part manifest: %w", err)
	}
	if err := results.WriteFileAtomic(filepath.Join(dir, PartFile), append(data, '\n')); err != nil {
		return fmt.Errorf("part manifest: %w", err)
	}
	return nil
}

// ReadPart reads dir/shard.json; a missing file is an error satisfying
// errors.Is(err, fs.ErrNotExist).
func ReadPart(dir string) (*Part, error) {
	path := filepath.Join(dir, PartFile)
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("part manifest: %w", err)
	}
	var p Part
	if err := json.Unmarshal(data, &p); err != nil {
		return nil, fmt.Errorf("part manifest %s: %w", path, err)
	}
	if p.Schema != PartSchema {
		return nil, fmt.Errorf("part manifest %s: unsupported schema %d (this mptest reads %d)", path, p.Schema, PartSchema)
	}
	if _, err := p.Spec(); err != nil {
		return nil, fmt.Errorf("part manifest %s: %w", path, err)
	}
	return &p, nil
}

func uniqSorted(names []string) []string {
	s := slices.Clone(names)
	slices.Sort(s)
	return slices.Compact(s)
}
