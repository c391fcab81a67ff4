package device_test

import (
	"context"
	"testing"
	"time"

	"github.com/mptest/mptest/runners/rawrepl"
	"github.com/mptest/mptest/runners/transport"
)

// FuzzDeviceInput sends arbitrary bytes to a device, then checks that the
// host can still bring it to the raw REPL and run a program: no input may
// crash, hang or wedge the board.
func FuzzDeviceInput(f *testing.F) {
	for _, seed := range []string{
		"",
		"1+1\r",
		"for i in range(3):\r    print(i)\r\r",
		"\x01print(1)\x04",
		"\x01\x05A\x01print(123)\x04",
		"\x01\x05A\x01print(\n\x04",
		"\x01\x05A\x01print(1)\n\x03",
		"\x01\x05B\x01",
		"\x05def f():\r  return 1\r\x04",
		"\x05abc\x03",
		"\x01\x04\x04\x02",
		"\x1b[A\x1b[D\x7f\x08\r",
		"\x01import machine\nmachine.soft_reset()\x04",
		"\x01while True: pass\x04",
		"\x01x = bytearray(10**9)\x04",
		"\xff\xfe\x00\r\x00\x01\x00\x04",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		host, _ := pipeDevice(t, "pyboard")
		host.SetWriteDeadline(time.Now().Add(5 * time.Second))
		if _, err := host.Write(data); err != nil {
			t.Fatalf("write: %v", err)
		}
		// Let the device work through the input (its answers may contain a
		// raw REPL banner the host would take for the answer to Enter).
		// A program that prints forever is stopped with Ctrl-C first.
		if !drain(host, 2*time.Second) {
			host.Write([]byte("\r\x03\x03"))
			if !drain(host, 10*time.Second) {
				t.Fatalf("device still talking after Ctrl-C, input %q", data)
			}
		}
		c := rawrepl.New(host, rawrepl.Options{})
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		if err := c.Enter(ctx); err != nil {
			t.Fatalf("Enter after %q: %v", data, err)
		}
		res, err := c.Exec(ctx, []byte("print(6*7)"))
		if err != nil || string(res.Stdout) != "42\r\n" {
			t.Fatalf("after %q: %q %q %v", data, res.Stdout, res.Traceback, err)
		}
	})
}

// drain reads until the device has been silent for 30 ms; false if it
// still talks after max.
func drain(host transport.Transport, max time.Duration) bool {
	defer host.SetReadDeadline(time.Time{})
	end := time.Now().Add(max)
	buf := make([]byte, 4096)
	for time.Now().Before(end) {
		host.SetReadDeadline(time.Now().Add(30 * time.Millisecond))
		if n, err := host.Read(buf); n == 0 && err != nil {
			return true
		}
	}
	return false
}
