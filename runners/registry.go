package runners

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
)

// Options configure a target when it is opened. Fields a target does not use
// are ignored.
type Options struct {
	// Timeout is the per-test deadline (0: the caller's default).
	Timeout time.Duration
	// Python is the CPython command used by the cpython target (default "python3").
	Python string
	// MaxOutput caps a test's captured output in bytes (0: no cap).
	MaxOutput int
	// CacheDir is mptest's cache directory, for targets that cache facts
	// about themselves ("" : no caching).
	CacheDir string
	// Settings holds target-specific options as key=value pairs
	// (e.g. "baud", "firmware", "qemu", "soft-reset").
	Settings map[string]string
}

// Factory opens a target from its full spec (e.g. "exec:micropython -X heapsize=64k"
// or "serial:/dev/ttyACM0,115200").
type Factory func(spec string, opts Options) (Target, error)

var (
	registryMu sync.Mutex
	registry   = map[string]Factory{}
)

// Register makes a kind of target available under scheme: the part of a
// target spec before the first ':' (or the whole spec when it has none).
// It panics if scheme is registered twice.
func Register(scheme string, f Factory) {
	registryMu.Lock()
	defer registryMu.Unlock()
	if _, dup := registry[scheme]; dup {
		panic("runners: target scheme registered twice: " + scheme)
	}
	registry[scheme] = f
}

// Schemes lists the registered target schemes, sorted.
func Schemes() []string {
	registryMu.Lock()
	defer registryMu.Unlock()
	var names []string
	for n := range registry {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Open opens the target named by spec.
func Open(spec string, opts Options) (Target, error) {
	scheme := spec
	if i := strings.IndexByte(spec, ':'); i >= 0 {
		scheme = spec[:i]
	}
	registryMu.Lock()
	f := registry[scheme]
	registryMu.Unlock()
	if f == nil {
		return nil, fmt.Errorf("unknown target %q (known kinds: %s)", spec, strings.Join(Schemes(), ", "))
	}
	t, err := f(spec, opts)
	if err != nil {
		return nil, fmt.Errorf("target %s: %w", spec, err)
	}
	return t, nil
}
