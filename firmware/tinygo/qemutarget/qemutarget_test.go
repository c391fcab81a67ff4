package qemutarget

import (
	"context"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/mptest/mptest/runners"
	"github.com/mptest/mptest/runners/board"
	"github.com/mptest/mptest/runners/rawrepl"
	"github.com/mptest/mptest/runners/rawrepl/rawrepltest"
	"github.com/mptest/mptest/runners/transport"
)

// needFirmware skips the test unless QEMU and the firmware ELF exist (build
// it with firmware/tinygo/build.sh). MPTEST_REQUIRE_TINYGO=1 turns the skip
// into a failure, so CI cannot silently stop running it.
func needFirmware(t *testing.T) string {
	t.Helper()
	skip := t.Skipf
	if os.Getenv("MPTEST_REQUIRE_TINYGO") != "" {
		skip = t.Fatalf
	}
	m, ok := board.QEMUMachineFor(Machine)
	if !ok {
		t.Fatalf("qemu:%s is not registered", Machine)
	}
	if _, err := exec.LookPath(m.Binary); err != nil {
		skip("no %s: %v", m.Binary, err)
	}
	elf := DefaultELF()
	if _, err := os.Stat(elf); err != nil {
		skip("no firmware ELF (run firmware/tinygo/build.sh or set %s): %v", ELFEnv, err)
	}
	return elf
}

func TestArgs(t *testing.T) {
	got := strings.Join(Args("/x/fw.elf"), " ")
	want := "-M mps2-an385 -nographic -monitor none -serial pty -kernel /x/fw.elf"
	if got != want {
		t.Errorf("Args = %q, want %q", got, want)
	}
	t.Setenv(ELFEnv, "/y/fw.elf")
	if got := DefaultELF(); got != "/y/fw.elf" {
		t.Errorf("DefaultELF with %s set = %q", ELFEnv, got)
	}
	t.Setenv(ELFEnv, "")
	t.Setenv("MPTEST_TINYGO_CACHE", "/c")
	if got := DefaultELF(); got != "/c/out/mptest-mps2.elf" {
		t.Errorf("DefaultELF with a cache set = %q", got)
	}
}

// TestQEMUMPS2 boots the TinyGo firmware and runs programs through the raw
// REPL, checking each outcome.
func TestQEMUMPS2(t *testing.T) {
	elf := needFirmware(t)
	tg, err := runners.Open("qemu:"+Machine, runners.Options{
		Timeout:  5 * time.Second,
		Settings: map[string]string{"firmware": elf},
	})
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	t.Cleanup(func() {
		if err := tg.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	b := tg.(*board.Board)
	id, err := b.Identity(context.Background())
	if err != nil {
		t.Fatalf("Identity: %v", err)
	}
	t.Logf("identity: %s", id)
	for _, tc := range []struct {
		name, src string
		status    runners.Status
		stdout    string
		stderrHas string
		exitCode  int
	}{
		{name: "loop.py", src: "for i in range(3):\n    print(i * 7)\n", stdout: "0\n7\n14\n"},
		{name: "str.py", src: "s = 'mps2' + ':' + 'an385'\nprint(s.upper(), len(s))\n", stdout: "MPS2:AN385 10\n"},
		{name: "float.py", src: "print(0.1 + 0.2, 2 ** 100, 7 // 2, -7 % 3)\n", stdout: "0.30000000000000004 1267650600228229401496703205376 3 2\n"},
		{name: "class.py", src: "class A:\n    def __init__(self, x):\n        self.x = x\n    def __repr__(self):\n        return 'A(%d)' % self.x\nprint(sorted([A(3), A(1)], key=lambda a: a.x), {'k': [1, 2]})\n",
			stdout: "[A(1), A(3)] {'k': [1, 2]}\n"},
		{name: "raise.py", src: "print('before')\n1/0\n", stdout: "before\n", stderrHas: "ZeroDivisionError", exitCode: 1},
		{name: "modules.py", src: "import math, json, collections\nprint(math.sqrt(2), json.dumps({'a': [1, None]}), collections.deque([1, 2]).pop())\n",
			stdout: "1.4142135623730951 {\"a\": [1, null]} 2\n"},
		{name: "uname.py", src: "import os\nu = os.uname()\nprint(u.sysname, u.machine)\n", stdout: "mps2 MPS2-AN385 (QEMU, TinyGo) with Cortex-M3\n"},
		// Larger than two raw-paste windows: flow control must work.
		{name: "long.py", src: strings.Repeat("x = 'abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz'\n", 60) + "print(len(x) * 60)\n", stdout: "3120\n"},
		{name: "bigalloc.py", src: "x = bytearray(1 << 20)\nprint('allocated')\n", status: runners.TooLarge, stderrHas: "MemoryError", exitCode: 1},
		{name: "loop.py", src: "while True:\n    pass\n", status: runners.TimedOut},
		{name: "after-loop.py", src: "print('still alive')\n", stdout: "still alive\n"},
	} {
		out, err := b.Run(context.Background(), runners.Test{Name: tc.name, Path: tc.name, Source: []byte(tc.src)})
		if err != nil {
			t.Fatalf("%s: Run: %v", tc.name, err)
		}
		t.Logf("%s: %v in %v", tc.name, out.Status, out.Duration)
		if out.Status != tc.status {
			t.Errorf("%s: status %v (%v), want %v; stdout %q stderr %q", tc.name, out.Status, out.Err, tc.status, out.Stdout, out.Stderr)
			continue
		}
		if string(out.Stdout) != tc.stdout {
			t.Errorf("%s: stdout %q, want %q", tc.name, out.Stdout, tc.stdout)
		}
		if out.ExitCode != tc.exitCode {
			t.Errorf("%s: exit code %d, want %d (stderr %q)", tc.name, out.ExitCode, tc.exitCode, out.Stderr)
		}
		if tc.stderrHas != "" && !strings.Contains(string(out.Stderr), tc.stderrHas) {
			t.Errorf("%s: stderr %q lacks %q", tc.name, out.Stderr, tc.stderrHas)
		}
	}
}

// TestQEMUMPS2Conformance runs the shared raw REPL table (the one stock
// MicroPython and the virtual board pass) against the TinyGo firmware,
// including Ctrl-C ending an endless loop: the firmware sets py.Yield so the
// UART reader runs while the interpreter loops.
func TestQEMUMPS2Conformance(t *testing.T) {
	elf := needFirmware(t)
	m, _ := board.QEMUMachineFor(Machine)
	rawrepltest.DeviceConformance(t, func(t *testing.T) transport.Transport {
		q := board.NewQEMU(m.Binary, m.Args(elf))
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := q.Start(ctx); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { q.Stop() })
		tr, err := transport.OpenFile(q.PTY())
		if err != nil {
			t.Fatal(err)
		}
		return tr
	}, rawrepl.Options{})
}
