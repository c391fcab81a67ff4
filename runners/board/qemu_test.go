package board

import (
	"context"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/mptest/mptest/runners"
	"github.com/mptest/mptest/runners/rawrepl"
	"github.com/mptest/mptest/runners/rawrepl/rawrepltest"
	"github.com/mptest/mptest/runners/transport"
)

// needQEMU skips the test unless qemu-system-arm and the stock micro:bit
// firmware are installed. CI installs both and sets MPTEST_REQUIRE_QEMU=1,
// which turns the skip into a failure so the QEMU tests cannot silently
// stop running.
func needQEMU(t testing.TB) {
	t.Helper()
	if os.Getenv("MPTEST_SKIP_QEMU") != "" {
		t.Skip("MPTEST_SKIP_QEMU is set (.ci/run runs these tests in a step of their own)")
	}
	skip := t.Skipf
	if os.Getenv("MPTEST_REQUIRE_QEMU") != "" {
		skip = t.Fatalf
	}
	m, _ := QEMUMachineFor("microbit")
	if _, err := exec.LookPath(m.Binary); err != nil {
		skip("no %s: %v", m.Binary, err)
	}
	if _, err := os.Stat(m.Firmware); err != nil {
		skip("no micro:bit firmware: %v", err)
	}
}

func openMicrobit(t testing.TB, opts runners.Options) *Board {
	t.Helper()
	tg, err := runners.Open("qemu:microbit", opts)
	if err != nil {
		t.Fatalf("open qemu:microbit: %v", err)
	}
	t.Cleanup(func() {
		if err := tg.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return tg.(*Board)
}

func test(name, src string) runners.Test {
	return runners.Test{Name: name, Path: name, Source: []byte(src)}
}

// TestQEMUMicrobit runs a small suite on the emulated micro:bit and checks
// the real classification of each outcome, in order (the timeout must be
// followed by a passing test).
func TestQEMUMicrobit(t *testing.T) {
	needQEMU(t)
	b := openMicrobit(t, runners.Options{Timeout: 2 * time.Second})
	id, err := b.Identity(context.Background())
	if err != nil || !strings.Contains(id, "MicroPython") {
		t.Fatalf("Identity = %q, %v", id, err)
	}
	t.Logf("identity: %s", id)
	for _, tc := range []struct {
		test       runners.Test
		status     runners.Status
		stdout     string // expected (CPython's) output; compared here
		wantPass   bool
		stderrHas  string
		exitCode   int
		errHas     string
		maxSeconds float64
	}{
		{test: test("pass.py", "for i in range(3):\n    print(i * 7)\n"), stdout: "0\n7\n14\n", wantPass: true},
		{test: test("strings.py", "s = 'micro' + ':' + 'bit'\nprint(s.upper(), len(s))\n"), stdout: "MICRO:BIT 9\n", wantPass: true},
		// micro:bit floats are single precision: the output differs from CPython's.
		{test: test("float.py", "print('%.17f' % 0.1)\n"), stdout: "0.10000000000000001\n", wantPass: false},
		{test: test("raise.py", "print('before')\n1/0\n"), stdout: "before\n", wantPass: true, stderrHas: "ZeroDivisionError", exitCode: 1},
		{test: test("bigalloc.py", "x = bytearray(40000)\nprint('allocated')\n"), status: runners.TooLarge, stderrHas: "MemoryError", exitCode: 1, errHas: "free heap"},
		{test: test("loop.py", "while True:\n    pass\n"), status: runners.TimedOut, maxSeconds: 6},
		{test: test("after-loop.py", "print('still alive')\n"), stdout: "still alive\n", wantPass: true},
		// 10 KB of source kills the 16 KB board during the upload.
		{test: test("huge.py", strings.Repeat("x = 'abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijkl'\n", 150)), status: runners.TooLarge, errHas: "upload", maxSeconds: 8},
		{test: test("after-loop.py", "print('still alive')\n"), stdout: "still alive\n", wantPass: true},
	} {
		start := time.Now()
		out, err := b.Run(context.Background(), tc.test)
		if err != nil {
			t.Fatalf("%s: Run: %v", tc.test.Name, err)
		}
		if out.Status != tc.status {
			t.Errorf("%s: status %v (%v), want %v; stdout %q stderr %q", tc.test.Name, out.Status, out.Err, tc.status, out.Stdout, out.Stderr)
		}
		if tc.status == runners.Exited && (string(out.Stdout) == tc.stdout) != tc.wantPass {
			t.Errorf("%s: stdout %q vs expected %q: pass=%v, want %v", tc.test.Name, out.Stdout, tc.stdout, !tc.wantPass, tc.wantPass)
		}
		if tc.stderrHas != "" && !strings.Contains(string(out.Stderr), tc.stderrHas) {
			t.Errorf("%s: stderr %q lacks %q", tc.test.Name, out.Stderr, tc.stderrHas)
		}
		if tc.status == runners.Exited && out.ExitCode != tc.exitCode {
			t.Errorf("%s: exit code %d, want %d", tc.test.Name, out.ExitCode, tc.exitCode)
		}
		if tc.errHas != "" && (out.Err == nil || !strings.Contains(out.Err.Error(), tc.errHas)) {
			t.Errorf("%s: Err %v lacks %q", tc.test.Name, out.Err, tc.errHas)
		}
		if tc.maxSeconds > 0 && time.Since(start).Seconds() > tc.maxSeconds {
			t.Errorf("%s: took %v", tc.test.Name, time.Since(start))
		}
		t.Logf("%s: %v in %v (err %v)", tc.test.Name, out.Status, out.Duration, out.Err)
	}
}

// TestQEMUConformance runs the shared protocol table against stock
// MicroPython on the emulated micro:bit.
func TestQEMUConformance(t *testing.T) {
	needQEMU(t)
	m, _ := QEMUMachineFor("microbit")
	// The emulated micro:bit's UART drops bytes of 40-line bursts most of
	// the time on a busy host (its firmware has no raw-paste flow control),
	// so the "long" case is left to the devices that can pass it (the fake
	// device, the virtual board, the TinyGo firmware).
	all := rawrepltest.Cases
	t.Cleanup(func() { rawrepltest.Cases = all })
	rawrepltest.Cases = nil
	for _, c := range all {
		if c.Name != "long" {
			rawrepltest.Cases = append(rawrepltest.Cases, c)
		}
	}
	rawrepltest.DeviceConformance(t, func(t *testing.T) transport.Transport {
		q := NewQEMU(m.Binary, m.Args(m.Firmware))
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

// TestQEMURecovery: a firmware deaf to Ctrl-C and a crashed emulator both
// end in a power cycle, and the run goes on with the next test.
func TestQEMURecovery(t *testing.T) {
	needQEMU(t)
	b := openMicrobit(t, runners.Options{Timeout: time.Second, Settings: map[string]string{"recover-timeout": "1s"}})
	run := func(name, src string) runners.Outcome {
		t.Helper()
		start := time.Now()
		out, err := b.Run(context.Background(), test(name, src))
		if err != nil {
			t.Fatalf("%s: Run: %v", name, err)
		}
		t.Logf("%s: %v in %v (%v)", name, out.Status, time.Since(start), out.Err)
		return out
	}
	if out := run("first.py", "print(1)\n"); string(out.Stdout) != "1\n" {
		t.Fatalf("first test: %q", out.Stdout)
	}
	pid := b.Emulator().cmd.Process.Pid
	out := run("deaf.py", "import micropython\nmicropython.kbd_intr(-1)\nwhile True:\n    pass\n")
	if out.Status != runners.TimedOut {
		t.Errorf("deaf firmware: status %v, want timeout", out.Status)
	}
	if b.Emulator().cmd.Process.Pid == pid {
		t.Errorf("emulator was not restarted")
	}
	if out := run("second.py", "print(2)\n"); out.Status != runners.Exited || string(out.Stdout) != "2\n" {
		t.Errorf("after power cycle: %v %q", out.Status, out.Stdout)
	}
	if err := b.Emulator().Kill(); err != nil {
		t.Fatal(err)
	}
	b.Emulator().cmd.Process.Wait()
	out = run("crashed.py", "print(3)\n")
	if out.Status == runners.Exited && string(out.Stdout) != "3\n" {
		t.Errorf("test on crashed emulator: %v %q", out.Status, out.Stdout)
	}
	if out := run("third.py", "print(4)\n"); out.Status != runners.Exited || string(out.Stdout) != "4\n" {
		t.Errorf("after crash: %v %q", out.Status, out.Stdout)
	}
}
