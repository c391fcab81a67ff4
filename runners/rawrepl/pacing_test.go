package rawrepl_test

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mptest/mptest/runners/rawrepl"
	"github.com/mptest/mptest/runners/rawrepl/rawrepltest"
	"github.com/mptest/mptest/runners/transport"
)

// writeLog wraps a host transport and records, for each Write, its size and
// the backlog (bytes the device had not read yet) at that moment.
type writeLog struct {
	transport.Transport
	mu     sync.Mutex
	on     bool
	sizes  []int
	before []int
}

func (w *writeLog) Backlog() (int, error) { return w.Transport.(transport.Backlogger).Backlog() }

func (w *writeLog) Write(b []byte) (int, error) {
	w.mu.Lock()
	if w.on {
		n, _ := w.Backlog()
		w.sizes = append(w.sizes, len(b))
		w.before = append(w.before, n)
	}
	w.mu.Unlock()
	return w.Transport.Write(b)
}

// TestStandardUploadPacing: the standard upload is cut into ChunkSize
// pieces, and with DrainChunks no piece is written before the device has
// taken the previous one; the program still runs correctly.
func TestStandardUploadPacing(t *testing.T) {
	code := strings.Repeat("print(12345)\n", 20) // 260 bytes
	for _, tc := range []struct {
		name   string
		opt    rawrepl.Options
		chunks int  // writes of code, Ctrl-D excluded
		paced  bool // every code write found an empty backlog
	}{
		{"default", rawrepl.Options{}, 2, false},
		{"chunk-32", rawrepl.Options{ChunkSize: 32}, 9, false},
		{"drain-32", rawrepl.Options{ChunkSize: 32, DrainChunks: true}, 9, true},
		{"drain-7-delay", rawrepl.Options{ChunkSize: 7, DrainChunks: true, ChunkDelay: 100 * time.Microsecond}, 38, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			host, dev := transport.Pipe()
			d := rawrepltest.NewFakeDevice(rawrepltest.Config{Paste: rawrepltest.PasteRefuse})
			go d.Serve(dev)
			w := &writeLog{Transport: host}
			t.Cleanup(func() { host.Close() })
			tc.opt.RawPaste = rawrepl.RawPasteNever
			c := rawrepl.New(w, tc.opt)
			if err := c.Enter(ctxFor(t, 5*time.Second)); err != nil {
				t.Fatal(err)
			}
			w.mu.Lock()
			w.on = true
			w.mu.Unlock()
			res, err := c.Exec(ctxFor(t, 5*time.Second), []byte(code))
			if err != nil {
				t.Fatal(err)
			}
			if want := strings.Repeat("12345\r\n", 20); string(res.Stdout) != want {
				t.Errorf("stdout %q", res.Stdout)
			}
			w.mu.Lock()
			defer w.mu.Unlock()
			sizes, before := w.sizes[:len(w.sizes)-1], w.before[:len(w.before)-1] // the last write is Ctrl-D
			if len(sizes) != tc.chunks {
				t.Errorf("%d code writes %v, want %d", len(sizes), sizes, tc.chunks)
			}
			for i, n := range sizes {
				if size := max(tc.opt.ChunkSize, 0); size > 0 && n > size {
					t.Errorf("write %d: %d bytes, more than the chunk size", i, n)
				}
				if tc.paced && before[i] != 0 {
					t.Errorf("write %d: sent with %d bytes not yet taken by the device", i, before[i])
				}
			}
		})
	}
}

// TestDrainDeviceStopsReading: a device that stops taking input during a
// paced upload fails it with ErrNoAck and ErrIdle after CharTimeout, as a
// device that never acknowledges does.
func TestDrainDeviceStopsReading(t *testing.T) {
	host, dev := transport.Pipe()
	t.Cleanup(func() { host.Close(); dev.Close() })
	go func() {
		// Answer the raw REPL entry, then read nothing more.
		buf := make([]byte, 64)
		var in []byte
		for !strings.HasSuffix(string(in), "\x01") {
			n, err := dev.Read(buf)
			if err != nil {
				return
			}
			in = append(in, buf[:n]...)
		}
		dev.Write(rawrepl.Banner)
	}()
	c := rawrepl.New(host, rawrepl.Options{RawPaste: rawrepl.RawPasteNever, ChunkSize: 16, DrainChunks: true, CharTimeout: 100 * time.Millisecond})
	if err := c.Enter(ctxFor(t, 5*time.Second)); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	_, err := c.Exec(ctxFor(t, 5*time.Second), []byte(strings.Repeat("print(1)\n", 10)))
	if !errors.Is(err, rawrepl.ErrNoAck) || !errors.Is(err, rawrepl.ErrIdle) {
		t.Fatalf("err = %v, want ErrNoAck and ErrIdle", err)
	}
	if el := time.Since(start); el > 2*time.Second {
		t.Errorf("took %v", el)
	}
	// The overall deadline bounds the wait too.
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	c2 := rawrepl.New(host, rawrepl.Options{RawPaste: rawrepl.RawPasteNever, ChunkSize: 16, DrainChunks: true})
	if _, err := c2.Exec(ctx, []byte(strings.Repeat("print(1)\n", 10))); !errors.Is(err, rawrepl.ErrDeadline) {
		t.Fatalf("err = %v, want ErrDeadline", err)
	}
}

// slowWrites delays every write, as a paced upload to a slow board is.
type slowWrites struct {
	transport.Transport
	delay time.Duration
}

func (s slowWrites) Write(b []byte) (int, error) {
	time.Sleep(s.delay)
	return s.Transport.Write(b)
}

// TestExecTimeout: the run timeout counts from the upload's
// acknowledgement, so an upload slower than the timeout still runs, and an
// endless program still ends with ErrDeadline near the timeout.
func TestExecTimeout(t *testing.T) {
	host, dev := transport.Pipe()
	go rawrepltest.NewFakeDevice(rawrepltest.Config{Paste: rawrepltest.PasteRefuse}).Serve(dev)
	t.Cleanup(func() { host.Close() })
	c := rawrepl.New(slowWrites{host, 30 * time.Millisecond}, rawrepl.Options{RawPaste: rawrepl.RawPasteNever, ChunkSize: 16})
	if err := c.Enter(ctxFor(t, 5*time.Second)); err != nil {
		t.Fatal(err)
	}
	code := strings.Repeat("print(12345)\n", 20) // 17 chunks: about 0.5 s
	start := time.Now()
	res, err := c.ExecTimeout(ctxFor(t, 10*time.Second), []byte(code), 200*time.Millisecond)
	if err != nil || string(res.Stdout) != strings.Repeat("12345\r\n", 20) {
		t.Fatalf("slow upload: %q, %v", res.Stdout, err)
	}
	if el := time.Since(start); el < 400*time.Millisecond {
		t.Fatalf("upload took %v: not slower than the timeout, the test proves nothing", el)
	}
	start = time.Now()
	_, err = c.ExecTimeout(ctxFor(t, 10*time.Second), []byte("while True: pass\n"), 200*time.Millisecond)
	if !errors.Is(err, rawrepl.ErrDeadline) {
		t.Fatalf("endless loop: %v, want ErrDeadline", err)
	}
	if el := time.Since(start); el > 2*time.Second {
		t.Errorf("endless loop ended after %v", el)
	}
}
