package board

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/mptest/mptest/runners"
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

// TestQEMUBoot starts the emulator and runs one line: .ci/run tries it
// twice before the other QEMU tests, so that a flaky emulator start is told
// apart from a failing test.
func TestQEMUBoot(t *testing.T) {
	needQEMU(t)
	b := openMicrobit(t, runners.Options{Timeout: 5 * time.Second})
	out, err := b.Run(context.Background(), test("boot.py", "print('booted')\n"))
	if err != nil || out.Status != runners.Exited || string(out.Stdout) != "booted\n" {
		t.Fatalf("boot: %v %v %q %q (%v)", err, out.Status, out.Stdout, out.Stderr, out.Err)
	}
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
// MicroPython on the emulated micro:bit, over the host-created pty and with
// the board's own upload pacing, as the qemu:microbit target uses them.
// Nothing is repeated: the 40-line standard upload must arrive intact.
func TestQEMUConformance(t *testing.T) {
	needQEMU(t)
	m, _ := QEMUMachineFor("microbit")
	cfg, err := ParseConfig(runners.Options{Settings: m.Settings})
	if err != nil {
		t.Fatal(err)
	}
	rawrepltest.DeviceConformance(t, func(t *testing.T) transport.Transport {
		q := NewQEMU(m.Binary, m.Args(m.Firmware))
		q.HostPTY = true
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := q.Start(ctx); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { q.Stop() })
		tr, err := q.Dial()
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := tr.(transport.Backlogger); !ok {
			t.Errorf("%s cannot report its backlog: uploads are not paced", tr)
		}
		return tr
	}, cfg.Protocol)
}

// uploadPrograms are standard uploads that lose bytes on the stock
// micro:bit firmware without pacing: 40 short lines (every byte matters)
// and 4 KB, near what its heap can compile (150 statements with short
// comments: a lost run of more than 14 bytes always shows).
func uploadPrograms() []runners.Test {
	var short, long strings.Builder
	for i := range 40 {
		fmt.Fprintf(&short, "print(%d)\n", 1000+i)
	}
	long.WriteString("t = 0\n")
	sum := 0
	for i := 1; i < 150; i++ {
		v := i * 7919 % 100000
		sum += v
		fmt.Fprintf(&long, "t += %d  # %s\n", v, "abcdefghijklmn")
	}
	fmt.Fprintf(&long, "print(t == %d)\n", sum)
	return []runners.Test{test("40-lines.py", short.String()), test("4k.py", long.String())}
}

// TestQEMUUploads uploads each of uploadPrograms MPTEST_QEMU_UPLOADS times
// (default 10) through the qemu:microbit target with its default pacing
// and without the SyntaxError retry that would hide a lost byte: every run
// must print exactly the expected output.
func TestQEMUUploads(t *testing.T) {
	needQEMU(t)
	n := 10
	if v := os.Getenv("MPTEST_QEMU_UPLOADS"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n <= 0 {
			t.Fatalf("MPTEST_QEMU_UPLOADS=%q: want a positive count", v)
		}
	}
	b := openMicrobit(t, runners.Options{Timeout: 5 * time.Second, Settings: map[string]string{"retry-syntax": "false"}})
	progs := uploadPrograms()
	want := []string{"", "True\n"}
	for i := range 40 {
		want[0] += fmt.Sprintf("%d\n", 1000+i)
	}
	for i, tc := range progs {
		bad := 0
		start := time.Now()
		for run := range n {
			out, err := b.Run(context.Background(), tc)
			if err != nil {
				t.Fatalf("%s run %d: %v", tc.Name, run, err)
			}
			if out.Status != runners.Exited || string(out.Stdout) != want[i] || len(out.Stderr) > 0 {
				bad++
				t.Errorf("%s run %d: %v %v stdout %q stderr %q", tc.Name, run, out.Status, out.Err, out.Stdout, out.Stderr)
			}
		}
		t.Logf("%s (%d bytes): %d/%d intact, %v per run", tc.Name, len(tc.Source), n-bad, n, time.Since(start)/time.Duration(n))
	}
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

// TestHostSerial: the console's "-serial pty" becomes a chardev on the
// host-created pty's slave; other arguments stay as they were.
func TestHostSerial(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string // joined; "" means no replacement
	}{
		{[]string{"-M", "microbit", "-serial", "pty", "-monitor", "none"}, "-M microbit -chardev serial,id=mptest-console,path=/dev/pts/7 -serial chardev:mptest-console -monitor none"},
		{[]string{"-serial", "pty", "-serial", "pty"}, "-chardev serial,id=mptest-console,path=/dev/pts/7 -serial chardev:mptest-console -serial pty"},
		{[]string{"-serial", "stdio"}, ""},
		{[]string{"-nographic", "-serial"}, ""},
	} {
		got, ok := hostSerial(tc.args, "/dev/pts/7")
		if ok != (tc.want != "") || strings.Join(got, " ") != tc.want {
			t.Errorf("hostSerial(%q) = %q, %v; want %q", tc.args, got, ok, tc.want)
		}
	}
}

// TestMicrobitDefaults: qemu:microbit paces its standard uploads by the
// emulated UART's progress unless the user says otherwise.
func TestMicrobitDefaults(t *testing.T) {
	m, _ := QEMUMachineFor("microbit")
	cfg, err := ParseConfig(runners.Options{Settings: m.Settings})
	if err != nil {
		t.Fatal(err)
	}
	if !cfg.Protocol.DrainChunks || cfg.Protocol.ChunkSize == 0 || cfg.Protocol.ChunkSize > 48 {
		t.Errorf("micro:bit pacing: chunk %d, drain %v; want ≤ 48 bytes (its 64-byte receive ring) and drain", cfg.Protocol.ChunkSize, cfg.Protocol.DrainChunks)
	}
	cfg, err = ParseConfig(runners.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Protocol.DrainChunks {
		t.Errorf("pacing by drain is on for boards that did not ask for it")
	}
}
