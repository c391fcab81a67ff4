package history

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"strings"
	"time"
)

// Git runs git in dir and returns its standard output.
func Git(ctx context.Context, dir string, args ...string) (string, error) {
	cmd := exec.CommandContext(ctx, "git", args...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		msg := strings.TrimSpace(stderr.String())
		var ee *exec.ExitError
		if msg != "" && errors.As(err, &ee) {
			return "", fmt.Errorf("git %s: %s", strings.Join(args, " "), msg)
		}
		return "", fmt.Errorf("git %s: %w", strings.Join(args, " "), err)
	}
	return string(out), nil
}

// CommitOf describes revision rev (e.g. "HEAD") of the repository at dir;
// Dirty tells whether that working tree has uncommitted changes to tracked
// files (only meaningful for HEAD).
func CommitOf(ctx context.Context, dir, rev string) (Commit, error) {
	out, err := Git(ctx, dir, "log", "-1", "--format=%H%x00%cI%x00%s", rev, "--")
	if err != nil {
		return Commit{}, fmt.Errorf("describing commit %s: %w", rev, err)
	}
	parts := strings.SplitN(strings.TrimRight(out, "\n"), "\x00", 3)
	if len(parts) != 3 {
		return Commit{}, fmt.Errorf("describing commit %s: unexpected git output %q", rev, out)
	}
	date, err := time.Parse(time.RFC3339, parts[1])
	if err != nil {
		return Commit{}, fmt.Errorf("describing commit %s: %w", rev, err)
	}
	c := Commit{Hash: parts[0], Date: date, Subject: parts[2]}
	if rev == "HEAD" {
		st, err := Git(ctx, dir, "status", "--porcelain", "--untracked-files=no")
		if err != nil {
			return Commit{}, fmt.Errorf("describing commit %s: %w", rev, err)
		}
		c.Dirty = strings.TrimSpace(st) != ""
	}
	return c, nil
}

// CommitsSince lists the commits from since (included) to HEAD, oldest
// first, following first parents so merged branches' commits are not
// visited one by one.
func CommitsSince(ctx context.Context, dir, since string) ([]string, error) {
	base, err := Git(ctx, dir, "rev-parse", "--verify", since+"^{commit}")
	if err != nil {
		return nil, fmt.Errorf("--since %s: %w", since, err)
	}
	base = strings.TrimSpace(base)
	out, err := Git(ctx, dir, "rev-list", "--first-parent", "--reverse", "HEAD", "^"+base)
	if err != nil {
		return nil, fmt.Errorf("listing commits since %s: %w", since, err)
	}
	if _, err := Git(ctx, dir, "merge-base", "--is-ancestor", base, "HEAD"); err != nil {
		return nil, fmt.Errorf("--since %s: not an ancestor of HEAD", since)
	}
	hashes := []string{base}
	for _, h := range strings.Fields(out) {
		hashes = append(hashes, h)
	}
	return hashes, nil
}

// TopLevel returns the root of the git working tree containing dir.
func TopLevel(ctx context.Context, dir string) (string, error) {
	out, err := Git(ctx, dir, "rev-parse", "--show-toplevel")
	if err != nil {
		return "", fmt.Errorf("not in a git repository: %w", err)
	}
	return strings.TrimSpace(out), nil
}
