package vboard

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/mptest/mptest/refinterp/py"
	"github.com/mptest/mptest/runners"
)

// hostResult is what the host interpreter printed: stdout and the last
// line of an uncaught exception's traceback ("" if none).
type hostResult struct {
	stdout, exc string
}

func lastLine(s string) string {
	s = strings.TrimRight(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		s = s[i+1:]
	}
	return s
}

// excName is the exception class of a traceback's last line.
func excName(line string) string {
	name, _, _ := strings.Cut(line, ":")
	return strings.TrimSpace(name)
}

func runHost(t *testing.T, path string, src []byte) hostResult {
	var out, errb bytes.Buffer
	th := py.New(py.Options{Stdout: &out, Stderr: &errb, Argv: []string{path}, Path: []string{filepath.Dir(path)}})
	err := th.RunFile(path, string(src))
	r := hostResult{stdout: out.String()}
	if e, ok := err.(*py.Exception); ok && !e.Class.IsSubtype(py.SystemExitType) {
		r.exc = lastLine(th.FormatException(err))
	}
	return r
}

// sample returns every k-th test of suites/lang (sorted), about n of them.
func sample(t *testing.T, n int) []string {
	files, err := filepath.Glob("../../suites/lang/*/*.py")
	if err != nil || len(files) == 0 {
		t.Skip("no suites/lang tests")
	}
	sort.Strings(files)
	// Suites with helper modules need them on the board's filesystem,
	// and refinterp cannot import from it yet: leave them out.
	var usable []string
	for _, f := range files {
		var m struct{ Helpers []string }
		b, err := os.ReadFile(filepath.Join(filepath.Dir(f), "suite.json"))
		if err == nil && json.Unmarshal(b, &m) == nil && len(m.Helpers) > 0 {
			continue
		}
		usable = append(usable, f)
	}
	files = usable
	var picked []string
	step := len(files) / n
	if step < 1 {
		step = 1
	}
	for i := 0; i < len(files) && len(picked) < n; i += step {
		picked = append(picked, files[i])
	}
	return picked
}

// TestSuiteMatchesHost runs a sample of the language suites on
// vboard:pyboard through the pty with raw-paste, and compares each result
// with the host interpreter's: the same stdout and the same uncaught
// exception, unless the board reports the test too large for its heap.
func TestSuiteMatchesHost(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	n := 30
	if v, err := strconv.Atoi(os.Getenv("MPTEST_VBOARD_SAMPLE")); err == nil && v > 0 {
		n = v // e.g. 1000: every usable test
	}
	files := sample(t, n)
	// The heap model is process-global: run all host runs first.
	want := map[string]hostResult{}
	srcs := map[string][]byte{}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		srcs[f] = src
		want[f] = runHost(t, f, src)
	}
	target, err := runners.Open("vboard:pyboard", runners.Options{Timeout: 20 * time.Second})
	if err != nil {
		t.Skipf("vboard: %v", err)
	}
	defer target.Close()
	tooLarge := 0
	for _, f := range files {
		name := strings.TrimPrefix(filepath.ToSlash(f), "../../suites/")
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		out, err := target.Run(ctx, runners.Test{Name: name, Path: f, Source: srcs[f]})
		cancel()
		if err != nil {
			t.Fatalf("%s: target unusable: %v", name, err)
		}
		w := want[f]
		if out.Status == runners.TooLarge || (out.Status == runners.Exited && excName(lastLine(string(out.Stderr))) == "MemoryError" && w.exc == "") {
			tooLarge++
			t.Logf("%s: too large for the board", name)
			continue
		}
		if out.Status != runners.Exited {
			t.Errorf("%s: status %v (%v)", name, out.Status, out.Err)
			continue
		}
		if got := string(out.Stdout); got != w.stdout {
			t.Errorf("%s: stdout differs from the host's\nboard: %q\nhost:  %q", name, got, w.stdout)
		}
		if g, h := excName(lastLine(string(out.Stderr))), excName(w.exc); g != h {
			t.Errorf("%s: exception %q on the board, %q on the host", name, g, h)
		}
	}
	t.Logf("%d tests, %d too large for the board", len(files), tooLarge)
	if tooLarge > len(files)/3 {
		t.Errorf("%d of %d tests too large for a pyboard: the heap model or the board is off", tooLarge, len(files))
	}
}

// TestDeviceSuite runs suites/device (machine, pyb) on virtual boards and
// compares with the expected output; a test for hardware the board does
// not have must print SKIP.
func TestDeviceSuite(t *testing.T) {
	files, err := filepath.Glob("../../suites/device/*.py")
	if err != nil || len(files) == 0 {
		t.Skip("no suites/device tests")
	}
	for _, profile := range []string{"pyboard", "rp2"} {
		t.Run(profile, func(t *testing.T) {
			target, err := runners.Open("vboard:"+profile, runners.Options{Timeout: 10 * time.Second})
			if err != nil {
				t.Skipf("vboard: %v", err)
			}
			defer target.Close()
			ran := 0
			for _, f := range files {
				src, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				exp, err := os.ReadFile(f + ".exp")
				if err != nil {
					continue
				}
				name := filepath.Base(f)
				ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
				out, err := target.Run(ctx, runners.Test{Name: name, Path: f, Source: src})
				cancel()
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				got := string(out.Stdout)
				if got == "SKIP\n" {
					if strings.HasPrefix(name, "machine_") || profile == "pyboard" && strings.HasPrefix(name, "pyb_") {
						t.Errorf("%s: skipped on %s, which has that hardware", name, profile)
					}
					continue
				}
				ran++
				if got != string(exp) || len(out.Stderr) > 0 {
					t.Errorf("%s: got %q (traceback %q), want %q", name, got, out.Stderr, exp)
				}
			}
			if ran == 0 {
				t.Error("no device test ran")
			}
		})
	}
}

// TestTooLarge: a program that fits the host but not a micro:bit's 10 KiB
// heap is reported as too large there, and works on a pyboard.
func TestTooLarge(t *testing.T) {
	src := []byte("x = [i for i in range(5000)]\nprint(len(x))\n")
	for _, tc := range []struct {
		profile string
		status  runners.Status
		stdout  string
	}{
		{"microbit", runners.TooLarge, ""},
		{"pyboard", runners.Exited, "5000\n"},
	} {
		target, err := runners.Open("vboard:"+tc.profile, runners.Options{Timeout: 10 * time.Second})
		if err != nil {
			t.Skipf("vboard: %v", err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		out, err := target.Run(ctx, runners.Test{Name: "big.py", Path: "big.py", Source: src})
		cancel()
		target.Close()
		if err != nil {
			t.Fatalf("%s: %v", tc.profile, err)
		}
		if out.Status != tc.status || string(out.Stdout) != tc.stdout {
			t.Errorf("%s: status %v stdout %q stderr %q, want %v %q", tc.profile, out.Status, out.Stdout, out.Stderr, tc.status, tc.stdout)
		}
	}
}
