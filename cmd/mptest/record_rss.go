package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"time"
)

// peakRSS runs program once with argv (a process target's command line)
// and returns the process's peak resident set size in bytes, as the kernel
// accounts it (getrusage's ru_maxrss).
func peakRSS(ctx context.Context, argv []string, program []byte, timeout time.Duration) (int64, error) {
	dir, err := os.MkdirTemp("", "mptest-rss-")
	if err != nil {
		return 0, fmt.Errorf("peak RSS: %w", err)
	}
	defer os.RemoveAll(dir)
	if err := os.WriteFile(filepath.Join(dir, "bench.py"), program, 0o644); err != nil {
		return 0, fmt.Errorf("peak RSS: %w", err)
	}
	if timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, timeout)
		defer cancel()
	}
	cmd := exec.CommandContext(ctx, argv[0], append(argv[1:len(argv):len(argv)], "bench.py")...)
	cmd.Dir = dir
	if err := cmd.Run(); err != nil {
		return 0, fmt.Errorf("running %s: %w", argv[0], err)
	}
	rss, ok := maxRSS(cmd.ProcessState)
	if !ok {
		return 0, fmt.Errorf("this system does not report peak RSS")
	}
	return rss, nil
}
