package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/tw"
	"github.com/spf13/cobra"

	"github.com/mptest/mptest/reports/size"
)

func init() { register(newSizeCmd) }

// sizeFlags are the options of `mptest size`.
type sizeFlags struct {
	src        string
	pkg        string
	platforms  []string
	files      []string
	noBuild    bool
	cacheDir   string
	json       bool
	top        int
	groups     []string
	noPackages bool
}

func newSizeCmd() *cobra.Command {
	var f sizeFlags
	cmd := &cobra.Command{
		Use:   "size [flags]",
		Short: "Measure the interpreter's code size per platform: text, data, bss and per-package",
		Long: `Build the interpreter (--pkg, default ./cmd/refpy) for each platform with
-ldflags="-s -w" and measure it: the file size and the section groups of
size(1) — text (code and read-only data: flash), data (initialised
writable data: flash and RAM), bss (zeroed data: RAM). For WebAssembly
the code and data sections are shown as text and data. For ELF platforms
an unstripped build also gives the size of each Go package's symbols.

Needs the mptest source tree: run it inside one or name it with --src.
Firmware images from other toolchains (TinyGo) are measured with --elf.`,
		Example: `  mptest size
  mptest size --platform linux/arm/v7 --top 20 --group github.com/mptest/mptest/refinterp
  mptest size --no-build --elf build/firmware.elf --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error { return runSize(cmd, f) },
	}
	fl := cmd.Flags()
	fl.StringVar(&f.src, "src", "", "the mptest source tree (default: the one containing the working directory)")
	fl.StringVar(&f.pkg, "pkg", size.DefaultPackage, "the main package to build, relative to --src")
	fl.StringArrayVar(&f.platforms, "platform", nil, "GOOS/GOARCH to build for, e.g. linux/arm/v7 (repeatable; default linux/amd64, linux/arm/v7, wasip1/wasm)")
	fl.StringArrayVar(&f.files, "elf", nil, "also measure this ELF (or WebAssembly) file, e.g. a TinyGo firmware image (repeatable)")
	fl.BoolVar(&f.noBuild, "no-build", false, "build nothing; measure only the --elf files")
	fl.StringVar(&f.cacheDir, "cache-dir", "", "where builds are kept (default: the user cache dir + /mptest/size)")
	fl.BoolVar(&f.json, "json", false, "write JSON instead of tables")
	fl.IntVar(&f.top, "top", 10, "show the N largest packages of each binary (0: none)")
	fl.StringArrayVar(&f.groups, "group", nil, "count packages under this path prefix as one (repeatable)")
	fl.BoolVar(&f.noPackages, "no-packages", false, "skip the unstripped builds that per-package sizes need")
	return cmd
}

func sizeUsage(format string, args ...any) error {
	return exitCode{exitError, fmt.Errorf(format+" (see 'mptest size --help')", args...)}
}

// sizeConfig turns the flags into a size.Config; inTree is the directory
// the source tree is searched from when --src is not given.
func sizeConfig(f sizeFlags, inTree, cacheRoot string) (size.Config, error) {
	cfg := size.Config{Package: f.pkg, Files: f.files, NoPackages: f.noPackages, CacheDir: f.cacheDir}
	if cfg.CacheDir == "" {
		cfg.CacheDir = filepath.Join(cacheRoot, "size")
	}
	for _, p := range f.platforms {
		pl, err := size.ParsePlatform(p)
		if err != nil {
			return cfg, sizeUsage("--platform: %v", err)
		}
		cfg.Platforms = append(cfg.Platforms, pl)
	}
	if f.noBuild {
		cfg.Platforms = []size.Platform{}
		return cfg, nil
	}
	src := f.src
	if src == "" {
		var err error
		if src, err = size.FindSource(inTree); err != nil {
			return cfg, exitCode{exitError, err}
		}
	}
	abs, err := filepath.Abs(src)
	if err != nil {
		return cfg, exitCode{exitError, fmt.Errorf("--src: %w", err)}
	}
	if st, err := os.Stat(abs); err != nil || !st.IsDir() {
		return cfg, sizeUsage("--src %s: not a directory", src)
	}
	cfg.Src = abs
	return cfg, nil
}

func runSize(cmd *cobra.Command, f sizeFlags) error {
	stdout, stderr := cmd.OutOrStdout(), cmd.ErrOrStderr()
	if f.noBuild && len(f.files) == 0 {
		return sizeUsage("--no-build needs at least one --elf FILE")
	}
	cfg, err := sizeConfig(f, ".", defaultCacheDir())
	if err != nil {
		return err
	}
	bins, errs := size.Measure(cmd.Context(), cfg)
	for _, b := range bins {
		if len(f.groups) > 0 {
			b.Packages = size.GroupPackages(b.Packages, f.groups)
		}
	}
	if f.json {
		data, err := json.MarshalIndent(bins, "", "  ")
		if err != nil {
			return exitCode{exitError, fmt.Errorf("encoding sizes: %w", err)}
		}
		if _, err := fmt.Fprintf(stdout, "%s\n", data); err != nil {
			return exitCode{exitError, fmt.Errorf("writing sizes: %w", err)}
		}
	} else if err := writeSizeTables(stdout, bins, f.top); err != nil {
		return exitCode{exitError, err}
	}
	for _, e := range errs {
		fmt.Fprintln(stderr, "mptest: size:", e)
	}
	if len(errs) > 0 {
		return exitCode{exitError, nil}
	}
	return nil
}

func sizeTable(w io.Writer) *tablewriter.Table {
	return tablewriter.NewTable(w,
		tablewriter.WithSymbols(tw.NewSymbols(tw.StyleASCII)),
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithRowAutoWrap(tw.WrapNone),
		tablewriter.WithHeaderAlignment(tw.AlignLeft),
	)
}

// writeSizeTables writes one row per binary, then each binary's top
// packages.
func writeSizeTables(w io.Writer, bins []*size.Binary, top int) error {
	if len(bins) == 0 {
		return nil
	}
	t := sizeTable(w)
	t.Header("binary", "platform", "format", "text", "data", "bss", "file")
	for _, b := range bins {
		platform := b.Platform
		if platform == "" {
			platform = "-"
		}
		if err := t.Append(b.Name, platform, b.Format, strconv.FormatInt(b.Text, 10), strconv.FormatInt(b.Data, 10),
			strconv.FormatInt(b.BSS, 10), strconv.FormatInt(b.File, 10)); err != nil {
			return fmt.Errorf("size table: %w", err)
		}
	}
	if err := t.Render(); err != nil {
		return fmt.Errorf("size table: %w", err)
	}
	for _, b := range bins {
		if top <= 0 || len(b.Packages) == 0 {
			continue
		}
		fmt.Fprintf(w, "\nlargest packages of %s %s (symbol sizes, bytes):\n", b.Name, b.Platform)
		t := sizeTable(w)
		t.Header("package", "text+data", "% of text+data", "bss")
		var total int64
		for _, p := range b.Packages {
			total += p.Size
		}
		for i, p := range b.Packages {
			if i == top {
				break
			}
			pct := 0.0
			if b.Text+b.Data > 0 {
				pct = 100 * float64(p.Size) / float64(b.Text+b.Data)
			}
			if err := t.Append(p.Path, strconv.FormatInt(p.Size, 10), fmt.Sprintf("%.1f", pct), strconv.FormatInt(p.BSS, 10)); err != nil {
				return fmt.Errorf("size table: %w", err)
			}
		}
		if err := t.Render(); err != nil {
			return fmt.Errorf("size table: %w", err)
		}
		if len(b.Packages) > top {
			fmt.Fprintf(w, "(%d of %d packages shown; all packages' text+data symbols: %d bytes)\n", top, len(b.Packages), total)
		}
	}
	return nil
}
