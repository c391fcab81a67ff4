package runners

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestSplitCommand(t *testing.T) {
	tests := []struct {
		in      string
		want    []string
		wantErr bool
	}{
		{"micropython", []string{"micropython"}, false},
		{"  micropython   -X heapsize=64k ", []string{"micropython", "-X", "heapsize=64k"}, false},
		{`python3 -c 'print(1)'`, []string{"python3", "-c", "print(1)"}, false},
		{`a "b c" d\ e`, []string{"a", "b c", "d e"}, false},
		{`"x\"y\\z\n"`, []string{`x"y\z\n`}, false},
		{`''`, []string{""}, false},
		{`a'b'"c"`, []string{"abc"}, false},
		{`'open`, nil, true},
		{`"open`, nil, true},
		{`tail\`, nil, true},
		{"", nil, false},
	}
	for _, tt := range tests {
		got, err := SplitCommand(tt.in)
		if (err != nil) != tt.wantErr || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("SplitCommand(%q) = %q, %v; want %q, error %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}

func writeTest(t *testing.T, name, src string) Test {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return Test{Name: name, Path: path, Source: []byte(src)}
}

func TestRunProcess(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name      string
		script    string
		timeout   time.Duration
		maxOutput int
		check     func(t *testing.T, o Outcome)
	}{
		{"crlf-and-cwd", `printf 'a\r\nb\r\n'; pwd`, 5 * time.Second, 0, func(t *testing.T, o Outcome) {
			if want := "a\nb\n" + dir + "\n"; o.Status != Exited || string(o.Stdout) != want {
				t.Errorf("got %v %q, want exited %q", o.Status, o.Stdout, want)
			}
		}},
		{"exit-code-and-stderr", `echo oops >&2; exit 3`, 5 * time.Second, 0, func(t *testing.T, o Outcome) {
			if o.Status != Exited || o.ExitCode != 3 || string(o.Stderr) != "oops\n" {
				t.Errorf("got %+v", o)
			}
		}},
		{"signal", `kill -SEGV $$`, 5 * time.Second, 0, func(t *testing.T, o Outcome) {
			if o.Status != Exited || o.Signal != "SIGSEGV" {
				t.Errorf("got status %v signal %q", o.Status, o.Signal)
			}
		}},
		{"timeout-kills-group", `sleep 30 & sleep 30; echo never`, 300 * time.Millisecond, 0, func(t *testing.T, o Outcome) {
			if o.Status != TimedOut || o.Duration > 5*time.Second {
				t.Errorf("got status %v after %v", o.Status, o.Duration)
			}
		}},
		{"output-cap", `while true; do echo xxxxxxxxxxxxxxx; done`, 10 * time.Second, 1000, func(t *testing.T, o Outcome) {
			if !o.Truncated || len(o.Stdout) != 1000 || o.Duration > 5*time.Second {
				t.Errorf("got truncated=%v len=%d after %v", o.Truncated, len(o.Stdout), o.Duration)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), tt.timeout)
			defer cancel()
			o := RunProcess(ctx, Process{Argv: []string{"sh", "-c", tt.script}, Dir: dir, MaxOutput: tt.maxOutput})
			tt.check(t, o)
		})
	}
}

func TestRunProcessInterrupted(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(200*time.Millisecond, cancel)
	o := RunProcess(ctx, Process{Argv: []string{"sleep", "30"}})
	if o.Status != Failed || o.Err == nil || !strings.Contains(o.Err.Error(), "interrupted") {
		t.Errorf("got %v %v, want Failed/interrupted", o.Status, o.Err)
	}
}

func TestOpen(t *testing.T) {
	tests := []struct {
		spec    string
		opts    Options
		wantErr string
	}{
		{"exec:sh -e", Options{}, ""},
		{"exec:", Options{}, "no command"},
		{"exec:/nonexistent/micropython", Options{}, `interpreter "/nonexistent/micropython" not found`},
		{"cpython", Options{Python: "/nonexistent/python3"}, "apt-get install python3"},
		{"cpython:x", Options{}, "takes no argument"},
		{"nosuch:thing", Options{}, "unknown target"},
	}
	for _, tt := range tests {
		tgt, err := Open(tt.spec, tt.opts)
		if tt.wantErr == "" {
			if err != nil {
				t.Errorf("Open(%q): %v", tt.spec, err)
				continue
			}
			if tgt.Name() != tt.spec {
				t.Errorf("Open(%q).Name() = %q", tt.spec, tgt.Name())
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
			t.Errorf("Open(%q) error = %v, want it to contain %q", tt.spec, err, tt.wantErr)
		}
	}
}

func TestExecTargetRun(t *testing.T) {
	tgt, err := Open("exec:sh", Options{})
	if err != nil {
		t.Fatal(err)
	}
	test := writeTest(t, "t.sh", "echo hello from $0")
	o, err := tgt.Run(context.Background(), test)
	if err != nil {
		t.Fatal(err)
	}
	// The file is passed by its base name, run in its directory.
	if string(o.Stdout) != "hello from t.sh\n" {
		t.Errorf("stdout = %q", o.Stdout)
	}
}

func TestCPythonIdentity(t *testing.T) {
	tgt, err := Open("cpython", Options{})
	if err != nil {
		t.Skip("no python3:", err)
	}
	id, err := tgt.Identity(context.Background())
	if err != nil || !strings.HasPrefix(id, "cpython 3.") {
		t.Errorf("Identity = %q, %v", id, err)
	}
}
