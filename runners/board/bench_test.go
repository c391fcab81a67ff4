package board

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/mptest/mptest/runners"
)

// BenchmarkQEMUMicrobit runs 100 trivial tests per iteration on the
// emulated micro:bit, each with its soft reset, and reports throughput and
// per-test overhead (the run time of a test that does almost nothing).
func BenchmarkQEMUMicrobit(b *testing.B) {
	needQEMU(b)
	for _, softReset := range []bool{true, false} {
		b.Run(fmt.Sprintf("soft-reset=%v", softReset), func(b *testing.B) {
			tg := openMicrobit(b, runners.Options{Timeout: 5 * time.Second, Settings: map[string]string{"soft-reset": fmt.Sprint(softReset)}})
			if _, err := tg.Identity(context.Background()); err != nil {
				b.Fatal(err)
			}
			const n = 100
			b.ResetTimer()
			var total time.Duration
			for range b.N {
				for i := range n {
					src := fmt.Sprintf("print(%d + 1)\n", i)
					start := time.Now()
					out, err := tg.Run(context.Background(), runners.Test{Name: "trivial.py", Source: []byte(src)})
					total += time.Since(start)
					if err != nil || out.Status != runners.Exited || string(out.Stdout) != fmt.Sprintf("%d\n", i+1) {
						b.Fatalf("test %d: %v %v %q %q", i, err, out.Status, out.Stdout, out.Stderr)
					}
				}
			}
			tests := float64(b.N * n)
			b.ReportMetric(tests/total.Seconds(), "tests/s")
			b.ReportMetric(float64(total.Microseconds())/1000/tests, "ms/test")
		})
	}
}

// BenchmarkQEMUMicrobitUpload runs a 1.4 KB test (20 asserting lines) per
// iteration with the board's default upload pacing and without it (the
// stock firmware has no raw-paste, so the standard upload can lose bytes),
// both without the SyntaxError retry that would hide a loss: "corrupt/op"
// reports the share of runs whose output was wrong, "KiB/s" the upload
// rate the pacing costs.
func BenchmarkQEMUMicrobitUpload(b *testing.B) {
	needQEMU(b)
	var src strings.Builder
	for i := range 20 {
		fmt.Fprintf(&src, "assert len(\"%s\") == 50, %d\n", strings.Repeat("a", 50), i+1)
	}
	src.WriteString("print('ok')\n")
	for _, pacing := range []struct {
		name     string
		settings map[string]string
	}{
		{"paced", map[string]string{}},
		{"unpaced", map[string]string{"chunk-size": "256", "chunk-drain": "false"}},
	} {
		b.Run(pacing.name, func(b *testing.B) {
			settings := withSetting(pacing.settings, "retry-syntax", "false")
			tg := openMicrobit(b, runners.Options{Timeout: 5 * time.Second, Settings: settings})
			if _, err := tg.Identity(context.Background()); err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			bad := 0
			for range b.N {
				out, err := tg.Run(context.Background(), runners.Test{Name: "upload.py", Source: []byte(src.String())})
				if err != nil {
					b.Fatal(err)
				}
				if string(out.Stdout) != "ok\n" {
					bad++
				}
			}
			b.ReportMetric(float64(bad)/float64(b.N), "corrupt/op")
			b.ReportMetric(float64(src.Len())*float64(b.N)/b.Elapsed().Seconds()/1024, "KiB/s")
		})
	}
}
