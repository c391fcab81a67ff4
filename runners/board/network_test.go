package board

import (
	"context"
	"io"
	"net"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mptest/mptest/runners"
	"github.com/mptest/mptest/runners/rawrepl/rawrepltest"
)

// serveRawPort serves a fresh fake device on every TCP connection, copying
// bytes both ways as ser2net's raw mode does, and counts connections.
func serveRawPort(t *testing.T, cfg rawrepltest.Config) (addr string, conns *atomic.Int32) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	conns = new(atomic.Int32)
	var wg sync.WaitGroup
	t.Cleanup(func() { ln.Close(); wg.Wait() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			conns.Add(1)
			wg.Add(1)
			go func() {
				defer wg.Done()
				port, _ := rawrepltest.Dial(cfg)
				done := make(chan struct{})
				go func() { io.Copy(c, port); c.Close(); close(done) }()
				io.Copy(port, c)
				port.Close()
				<-done
			}()
		}
	}()
	return ln.Addr().String(), conns
}

// TestNetworkPortTargets runs tests through socket:// given as a target and
// as a serial port, including a link that drops in the middle of a test:
// that test fails, the target reconnects, and the next test passes.
func TestNetworkPortTargets(t *testing.T) {
	addr, conns := serveRawPort(t, rawrepltest.Config{Paste: rawrepltest.PasteYes})
	for _, spec := range []string{"socket://" + addr, "serial:socket://" + addr + ",115200"} {
		t.Run(spec, func(t *testing.T) {
			before := conns.Load()
			tgt, err := runners.Open(spec, runners.Options{Timeout: 2 * time.Second, Settings: map[string]string{"recover-timeout": "1s"}})
			if err != nil {
				t.Fatal(err)
			}
			defer tgt.Close()
			ctx := context.Background()
			id, err := tgt.Identity(ctx)
			if err != nil || id != "rawrepltest fake device" {
				t.Fatalf("Identity = %q, %v", id, err)
			}
			steps := []struct {
				src    string
				status runners.Status
				stdout string
				errHas string
			}{
				{"print(1)\n", runners.Exited, "1\n", ""},
				{"print('partial')\n# fake:hangup\n", runners.Failed, "", "disconnected"},
				{"print(2)\n", runners.Exited, "2\n", ""},
			}
			for i, st := range steps {
				out, err := tgt.Run(ctx, runners.Test{Name: "t.py", Source: []byte(st.src)})
				if err != nil {
					t.Fatalf("step %d: target unusable: %v", i, err)
				}
				if out.Status != st.status || (st.stdout != "" && string(out.Stdout) != st.stdout) {
					t.Errorf("step %d: status %v stdout %q (err %v), want %v %q", i, out.Status, out.Stdout, out.Err, st.status, st.stdout)
				}
				if st.errHas != "" && (out.Err == nil || !strings.Contains(out.Err.Error(), st.errHas)) {
					t.Errorf("step %d: err %v, want it to mention %q", i, out.Err, st.errHas)
				}
			}
			if got := conns.Load() - before; got != 2 {
				t.Errorf("%d connections, want 2 (one reconnect after the hangup)", got)
			}
		})
	}
}

func TestNetworkPortSpecErrors(t *testing.T) {
	for _, spec := range []string{"socket:host", "rfc2217://nohostport"} {
		tgt, err := runners.Open(spec, runners.Options{})
		if err == nil {
			// Opening is lazy; the error comes with the first use.
			_, err = tgt.Identity(context.Background())
			tgt.Close()
		}
		if err == nil {
			t.Errorf("%s: no error", spec)
		}
	}
}
