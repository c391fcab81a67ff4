package size

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
)

// Platform is a target of the Go toolchain.
type Platform struct {
	GOOS, GOARCH string
	// GOARM is the ARM architecture level ("7"), for GOARCH=arm only.
	GOARM string
}

// String returns "linux/amd64", or "linux/arm/v7" when GOARM is set.
func (p Platform) String() string {
	s := p.GOOS + "/" + p.GOARCH
	if p.GOARM != "" {
		s += "/v" + p.GOARM
	}
	return s
}

// ParsePlatform parses "GOOS/GOARCH" or "linux/arm/v7" (also "linux/arm/7").
func ParsePlatform(s string) (Platform, error) {
	parts := strings.Split(s, "/")
	if len(parts) < 2 || len(parts) > 3 || parts[0] == "" || parts[1] == "" {
		return Platform{}, fmt.Errorf("platform %q: want GOOS/GOARCH or GOOS/arm/vN", s)
	}
	p := Platform{GOOS: parts[0], GOARCH: parts[1]}
	if len(parts) == 3 {
		if p.GOARCH != "arm" {
			return Platform{}, fmt.Errorf("platform %q: a variant is only understood for arm", s)
		}
		p.GOARM = strings.TrimPrefix(parts[2], "v")
	}
	return p, nil
}

// DefaultPlatforms are measured when no platform is named: the host build
// of refpy, a 32-bit ARM Linux board and WASI.
var DefaultPlatforms = []Platform{
	{GOOS: "linux", GOARCH: "amd64"},
	{GOOS: "linux", GOARCH: "arm", GOARM: "7"},
	{GOOS: "wasip1", GOARCH: "wasm"},
}

// DefaultPackage is the interpreter command measured in the mptest tree.
const DefaultPackage = "./cmd/refpy"

// ModulePath is the module FindSource looks for.
const ModulePath = "github.com/mptest/mptest"

// FindSource returns the root of the mptest source tree containing dir (a
// directory whose go.mod declares ModulePath), searching upwards.
func FindSource(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", fmt.Errorf("finding the mptest sources: %w", err)
	}
	for d := abs; ; d = filepath.Dir(d) {
		data, err := os.ReadFile(filepath.Join(d, "go.mod"))
		if err == nil && modulePath(data) == ModulePath {
			return d, nil
		}
		if filepath.Dir(d) == d {
			return "", fmt.Errorf("%s is not inside the mptest source tree (no go.mod for %s above it); use --src DIR", abs, ModulePath)
		}
	}
}

func modulePath(gomod []byte) string {
	for _, line := range strings.Split(string(gomod), "\n") {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(line), "module"); ok {
			return strings.Trim(strings.TrimSpace(rest), `"`)
		}
	}
	return ""
}

// Config says what Measure builds and measures.
type Config struct {
	// Src is the module root the package is built in.
	Src string
	// Package is the main package to build, relative to Src (default DefaultPackage).
	Package string
	// Platforms to build for (default DefaultPlatforms).
	Platforms []Platform
	// CacheDir receives the binaries (default: a temporary directory,
	// removed afterwards). Go's own build cache makes rebuilds cheap.
	CacheDir string
	// NoPackages skips the unstripped build that per-package sizes need.
	NoPackages bool
	// Go is the go command (default "go").
	Go string
	// Files are extra binaries (ELF or WebAssembly) measured as they are,
	// e.g. a TinyGo firmware image.
	Files []string
}

// Measure builds cfg.Package for each platform with -ldflags="-s -w" and
// measures it, adds per-package sizes from an unstripped build of each
// platform, and measures cfg.Files. It returns what it could measure and
// one error per build or file that failed.
func Measure(ctx context.Context, cfg Config) ([]*Binary, []error) {
	if cfg.Package == "" {
		cfg.Package = DefaultPackage
	}
	if cfg.Platforms == nil {
		cfg.Platforms = DefaultPlatforms
	}
	if cfg.Go == "" {
		cfg.Go = "go"
	}
	var bins []*Binary
	var errs []error
	if len(cfg.Platforms) > 0 {
		dir := cfg.CacheDir
		if dir == "" {
			tmp, err := os.MkdirTemp("", "mptest-size-")
			if err != nil {
				return nil, []error{fmt.Errorf("size: %w", err)}
			}
			defer os.RemoveAll(tmp)
			dir = tmp
		} else if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, []error{fmt.Errorf("size: %w", err)}
		}
		name := path.Base(filepath.ToSlash(cfg.Package))
		if name == "." || name == "/" {
			name = filepath.Base(cfg.Src)
		}
		for _, p := range cfg.Platforms {
			b, err := measurePlatform(ctx, cfg, dir, name, p)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			bins = append(bins, b)
		}
	}
	for _, f := range cfg.Files {
		b, err := Read(f)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		b.Name = filepath.Base(f)
		bins = append(bins, b)
	}
	return bins, errs
}

func measurePlatform(ctx context.Context, cfg Config, dir, name string, p Platform) (*Binary, error) {
	base := filepath.Join(dir, name+"-"+strings.ReplaceAll(p.String(), "/", "-"))
	stripped := base + ".stripped"
	if err := Build(ctx, cfg.Go, cfg.Src, cfg.Package, p, stripped, "-s -w"); err != nil {
		return nil, err
	}
	b, err := Read(stripped)
	if err != nil {
		return nil, err
	}
	b.Name, b.Platform = name, p.String()
	if !cfg.NoPackages {
		full := base + ".full"
		if err := Build(ctx, cfg.Go, cfg.Src, cfg.Package, p, full, ""); err != nil {
			return nil, err
		}
		fb, err := Read(full)
		if err != nil {
			return nil, err
		}
		b.Packages = fb.Packages
	}
	return b, nil
}

// Build runs `go build -trimpath -ldflags=LDFLAGS -o out pkg` in src for
// platform p, with cgo off so cross builds need no C toolchain.
func Build(ctx context.Context, goCmd, src, pkg string, p Platform, out, ldflags string) error {
	args := []string{"build", "-trimpath", "-o", out}
	if ldflags != "" {
		args = append(args, "-ldflags="+ldflags)
	}
	args = append(args, pkg)
	cmd := exec.CommandContext(ctx, goCmd, args...)
	cmd.Dir = src
	cmd.Env = append(os.Environ(), "GOOS="+p.GOOS, "GOARCH="+p.GOARCH, "CGO_ENABLED=0")
	if p.GOARM != "" {
		cmd.Env = append(cmd.Env, "GOARM="+p.GOARM)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			return fmt.Errorf("building %s for %s: %w", pkg, p, err)
		}
		return fmt.Errorf("building %s for %s: %s", pkg, p, msg)
	}
	return nil
}
