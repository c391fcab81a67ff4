package device_test

import (
	"bytes"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/mptest/mptest/firmware/boards"
	"github.com/mptest/mptest/firmware/device"
	"github.com/mptest/mptest/firmware/vfs"
	"github.com/mptest/mptest/runners/transport"
)

// readFor collects what the device sends until it has been quiet for
// 100 ms (at most 5 s).
func readFor(t *testing.T, host transport.Transport) string {
	t.Helper()
	var out []byte
	buf := make([]byte, 4096)
	end := time.Now().Add(5 * time.Second)
	for time.Now().Before(end) {
		host.SetReadDeadline(time.Now().Add(100 * time.Millisecond))
		n, err := host.Read(buf)
		out = append(out, buf[:n]...)
		if n == 0 && err != nil {
			break
		}
	}
	return string(out)
}

// TestTranscripts checks exact device answers, byte for byte, after the
// boot banner has been read.
func TestTranscripts(t *testing.T) {
	const banner = "MicroPython-compatible refinterp v0.1.0 on 2026-11-25; PYBv1.1 with STM32F405RG\r\nType \"help()\" for more information.\r\n"
	tests := []struct {
		name, send, want string
	}{
		// The documented raw-paste exchange (raw-repl.md).
		{"raw-paste", "\x01\x05A\x01print(123)\x04", "\r\nraw REPL; CTRL-B to exit\r\n>R\x01\x80\x00\x01\x04123\r\n\x04\x04>"},
		{"raw", "\x01print(1)\x04", "\r\nraw REPL; CTRL-B to exit\r\n>OK1\r\n\x04\x04>"},
		{"raw refused kind", "\x01\x05B\x01", "\r\nraw REPL; CTRL-B to exit\r\n>R\x00>"},
		{"raw re-entry", "\x01\x01", "\r\nraw REPL; CTRL-B to exit\r\n>raw REPL; CTRL-B to exit\r\n>"},
		{"raw Ctrl-C clears", "\x01pri\x03print(2)\x04", "\r\nraw REPL; CTRL-B to exit\r\n>OK2\r\n\x04\x04>"},
		{"raw soft reset", "\x01\x04", "\r\nraw REPL; CTRL-B to exit\r\n>OK\r\nMPY: soft reboot\r\nraw REPL; CTRL-B to exit\r\n>"},
		{"raw exception", "\x01raise ValueError('x')\x04", "\r\nraw REPL; CTRL-B to exit\r\n>OK\x04Traceback (most recent call last):\r\n  File \"<stdin>\", line 1, in <module>\r\nValueError: x\r\n\x04>"},
		{"raw SystemExit", "\x01print(3)\nraise SystemExit\x04", "\r\nraw REPL; CTRL-B to exit\r\n>OK3\r\n\x04\x04>"},
		{"leave raw", "\x01\x02", "\r\nraw REPL; CTRL-B to exit\r\n>\r\n" + banner + ">>> "},
		{"expression", "1+1\r", "1+1\r\n2\r\n>>> "},
		{"CRLF is one Enter", "2*3\r\n", "2*3\r\n6\r\n>>> "},
		{"None not echoed", "None\r", "None\r\n>>> "},
		{"backspace", "12\x7f3\r", "12\b\x1b[K3\r\n13\r\n>>> "},
		{"arrow keys ignored", "4\x1b[A\x1b[D\r", "4\r\n4\r\n>>> "},
		{"multi-line", "if 1:\r  print(5)\r\r", "if 1:\r\n... " + "  print(5)\r\n... \r\n5\r\n>>> "},
		{"Ctrl-C cancels a line", "abc\x03", "abc\r\n>>> "},
		{"Ctrl-D soft reset", "x = 1\r\x04x\r", "x = 1\r\n>>> \r\nMPY: soft reboot\r\n" + banner + ">>> x\r\nTraceback (most recent call last):\r\n  File \"<stdin>\", line 1, in <module>\r\nNameError: name 'x' is not defined\r\n>>> "},
		{"paste mode", "\x05a = 6\rprint(a)\r\x04", "\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== a = 6\r\n=== print(a)\r\n=== \r\n6\r\n>>> "},
		{"paste mode cancel", "\x05print(1)\x03", "\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== print(1)\r\n>>> "},
		{"input", "\x01print('got', input('? '))\x04ab\r", "\r\nraw REPL; CTRL-B to exit\r\n>OK? ab\r\ngot ab\r\n\x04\x04>"},
		{"Ctrl-B banner", "\x02", "\r\n" + banner + ">>> "},
		{"machine.soft_reset", "import machine; machine.soft_reset()\r", "import machine; machine.soft_reset()\r\nMPY: soft reboot\r\n" + banner + ">>> "},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			host, _ := pipeDevice(t, "pyboard")
			if got := readFor(t, host); got != banner+">>> " {
				t.Fatalf("boot: %q", got)
			}
			host.Write([]byte(tc.send))
			if got := readFor(t, host); got != tc.want {
				t.Errorf("sent %q\n got %q\nwant %q", tc.send, got, tc.want)
			}
		})
	}
}

// TestBootScripts: boot.py and main.py run from the board's filesystem at
// start and after a soft reset (main.py only towards the friendly REPL).
func TestBootScripts(t *testing.T) {
	p, _ := boards.Lookup("pyboard")
	fs := vfs.New(p.FSSize)
	if err := fs.Seed(fstest.MapFS{
		"boot.py":       {Data: []byte("print('boot')\n")},
		"main.py":       {Data: []byte("import pyb, helper\npyb.LED(3).on()\nprint(helper.name())\n")},
		"lib/helper.py": {Data: []byte("def name():\n    return 'main'\n")},
	}); err != nil {
		t.Fatal(err)
	}
	host, dev := transport.Pipe()
	d := device.New(device.Config{Profile: p, FS: fs})
	done := make(chan error, 1)
	go func() { done <- d.Serve(dev) }()
	defer func() { host.Close(); <-done }()
	got := readFor(t, host)
	if !strings.HasPrefix(got, "boot\r\nmain\r\nMicroPython-compatible") {
		t.Errorf("boot: %q", got)
	}
	if v, _ := d.HW().LED(3); v != 255 {
		t.Errorf("LED 3 = %d, main.py turned it on", v)
	}
	host.Write([]byte("\x01\x04"))
	got = readFor(t, host)
	if want := "\r\nraw REPL; CTRL-B to exit\r\n>OK\r\nMPY: soft reboot\r\nboot\r\nraw REPL; CTRL-B to exit\r\n>"; got != want {
		t.Errorf("raw soft reset: %q, want %q", got, want)
	}
}

// TestModules runs board-module programs in the raw REPL.
func TestModules(t *testing.T) {
	tests := []struct {
		name, code, want string
	}{
		{"files", "f = open('a.txt', 'w')\nf.write('hi\\n')\nf.close()\nimport os\nprint(os.listdir(), os.stat('a.txt')[6])\nprint(open('a.txt').read())\nos.remove('a.txt')\nprint(os.listdir('/'))",
			"['a.txt'] 3\r\nhi\r\n\r\n[]\r\n"},
		{"mkdir chdir", "import uos\nuos.mkdir('d')\nuos.chdir('d')\nprint(uos.getcwd())\ntry:\n    uos.rmdir('/nope')\nexcept OSError as e:\n    print(e.args[0])", "/d\r\n2\r\n"},
		{"uart loopback", "from machine import UART\nu = UART(1, 9600)\nprint(u.write(b'ping\\n'), u.any())\nprint(u.readline(), u.read())", "5 5\r\nb'ping\\n' None\r\n"},
		{"timer", "from machine import Timer\nimport pyb\nn = []\nt = Timer(-1, period=5, mode=Timer.PERIODIC, callback=lambda t: n.append(1))\nfor i in range(300):\n    if len(n) >= 3:\n        break\n    pyb.delay(10)\nt.deinit()\nprint(len(n) >= 3)", "True\r\n"},
		{"pin input pull-up", "from machine import Pin\np = Pin('X2', Pin.IN, Pin.PULL_UP)\nprint(p.value(), p)", "1 Pin(Pin.X2)\r\n"},
		{"bad pin", "from machine import Pin\ntry:\n    Pin('Z9')\nexcept ValueError as e:\n    print(e)", "invalid pin: Z9\r\n"},
		{"freq", "import machine, pyb\nprint(machine.freq(), pyb.freq()[0])", "168000000 168000000\r\n"},
		{"uname", "import os\nprint(os.uname().machine)", "PYBv1.1 with STM32F405RG\r\n"},
		{"no LED 5", "import pyb\ntry:\n    pyb.LED(5)\nexcept ValueError as e:\n    print(e)", "LED(5) doesn't exist\r\n"},
		// Each program starts after a soft reset, which makes files importable.
		{"write a module", "f = open('m1.py', 'w')\nf.write('X = 7\\n')\nf.close()\nprint('ok')", "ok\r\n"},
		{"import it", "import m1\nprint(m1.X)", "7\r\n"},
		{"remove it", "import os\nos.remove('m1.py')\nprint('ok')", "ok\r\n"},
		{"gone", "try:\n    import m1\nexcept ImportError:\n    print('gone')", "gone\r\n"},
		{"heap limit", "import gc\nprint(gc.mem_free() <= 100 * 1024)", "True\r\n"},
	}
	host, _ := pipeDevice(t, "pyboard")
	readFor(t, host)
	for _, tc := range tests {
		host.Write([]byte("\x01" + tc.code + "\x04"))
		got := readFor(t, host)
		want := "OK" + tc.want + "\x04\x04>"
		if !strings.HasSuffix(got, want) {
			t.Errorf("%s: got %q, want suffix %q", tc.name, got, want)
		}
		host.Write([]byte("\x04")) // soft reset between programs
		if got := readFor(t, host); !bytes.Contains([]byte(got), []byte("soft reboot")) {
			t.Fatalf("%s: soft reset: %q", tc.name, got)
		}
	}
}
