package transport_test

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mptest/mptest/firmware/vboard"
	"github.com/mptest/mptest/runners"
	_ "github.com/mptest/mptest/runners/board" // socket:// and rfc2217:// targets
	"github.com/mptest/mptest/runners/rawrepl"
	"github.com/mptest/mptest/runners/rawrepl/rawrepltest"
	"github.com/mptest/mptest/runners/transport"
)

// startSer2net starts a virtual board and serves its pty with Debian's
// ser2net (4.x) on a loopback port, raw or RFC 2217 (rfc2217 set), as a lab
// serves a board on a serial port. It returns the port's URL. The test is
// skipped where ser2net is not installed.
func startSer2net(t *testing.T, rfc2217 bool) string {
	t.Helper()
	bin, err := exec.LookPath("ser2net")
	if err != nil {
		t.Skip("ser2net not installed (apt-get install ser2net)")
	}
	b, err := vboard.Start(vboard.Config{Profile: "pyboard"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	addr := freeAddr(t)
	_, port, _ := net.SplitHostPort(addr)
	accepter, url := "tcp", "socket://"+addr
	if rfc2217 {
		accepter, url = "telnet(rfc2217),tcp", "rfc2217://"+addr
	}
	conf := fmt.Sprintf(`connection: &board
  accepter: %s,127.0.0.1,%s
  connector: serialdev,%s,115200n81,local
  options:
    kickolduser: true
`, accepter, port, b.Path())
	dir := t.TempDir()
	path := filepath.Join(dir, "ser2net.yaml")
	if err := os.WriteFile(path, []byte(conf), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "-n", "-c", path, "-P", filepath.Join(dir, "pid"))
	var log strings.Builder
	cmd.Stdout, cmd.Stderr = &log, &log
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
		if t.Failed() {
			t.Logf("ser2net output:\n%s", log.String())
		}
	})
	deadline := time.Now().Add(5 * time.Second)
	for {
		c, err := net.DialTimeout("tcp", addr, 100*time.Millisecond)
		if err == nil {
			c.Close()
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("ser2net does not listen on %s: %v\n%s", addr, err, log.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	// ser2net closes a port some time after its client leaves, and turns
	// away a client that comes before: let the probes' connections go.
	time.Sleep(300 * time.Millisecond)
	return url
}

func freeAddr(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// TestSer2netVirtualBoard drives the virtual board through ser2net over
// socket:// and rfc2217://: the raw REPL conformance table (raw-paste and
// standard upload), then a board target whose link is cut mid-test.
func TestSer2netVirtualBoard(t *testing.T) {
	if testing.Short() {
		t.Skip("starts ser2net and a virtual board")
	}
	for _, mode := range []string{"socket", "rfc2217"} {
		t.Run(mode, func(t *testing.T) {
			url := startSer2net(t, mode == "rfc2217")
			rawrepltest.DeviceConformance(t, func(t *testing.T) transport.Transport {
				tr, err := transport.OpenPort(url, 115200, 3*time.Second)
				if err != nil {
					t.Fatal(err)
				}
				return tr
			}, rawrepl.Options{})

			tgt, err := runners.Open(url, runners.Options{Timeout: 5 * time.Second})
			if err != nil {
				t.Fatal(err)
			}
			defer tgt.Close()
			ctx := context.Background()
			run := func(src string) runners.Outcome {
				t.Helper()
				out, err := tgt.Run(ctx, runners.Test{Name: "t.py", Source: []byte(src)})
				if err != nil {
					t.Fatalf("target unusable: %v", err)
				}
				return out
			}
			if out := run("print(sum(range(10)))\n"); out.Status != runners.Exited || string(out.Stdout) != "45\n" {
				t.Fatalf("first test: %v %q %v", out.Status, out.Stdout, out.Err)
			}
			// Cut the link while a test runs: another client takes the
			// port over (ser2net's kickolduser).
			addr := strings.SplitN(url, "://", 2)[1]
			go func() {
				// Late enough that the test is running even on a loaded
				// machine: a link cut during the soft reset is not this case.
				time.Sleep(time.Second)
				if c, err := net.Dial("tcp", addr); err == nil {
					time.Sleep(100 * time.Millisecond)
					c.Close()
				}
			}()
			out := run("while True:\n    pass\n")
			if out.Status != runners.Failed || out.Err == nil || !strings.Contains(out.Err.Error(), "disconnected") {
				t.Errorf("test cut off: %v %v, want failed (disconnected)", out.Status, out.Err)
			}
			if out := run("print('again')\n"); out.Status != runners.Exited || string(out.Stdout) != "again\n" {
				t.Errorf("after reconnecting: %v %q %v", out.Status, out.Stdout, out.Err)
			}
		})
	}
}
