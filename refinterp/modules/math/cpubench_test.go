package math

import (
	"fmt"
	gomath "math"
	"os"
	"syscall"
	"testing"
	"time"
)

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestCPUBench reports CPU ns per call (MATHBENCH=1), robust on a loaded machine.
func TestCPUBench(t *testing.T) {
	if os.Getenv("MATHBENCH") == "" {
		t.Skip("MATHBENCH not set")
	}
	one := []struct {
		name   string
		f      func(float64) float64
		lo, hi float64
	}{
		{"exp", preciseExp, -20, 20}, {"exp2", preciseExp2, -20, 20}, {"log", preciseLog, 0, 100},
		{"log2", preciseLog2, 0, 100}, {"log10", fdlibmLog10, 0, 100}, {"sin", preciseSin, -10, 10},
		{"cos", preciseCos, -10, 10}, {"tan", preciseTan, -10, 10}, {"sin1e6", preciseSin, -1e6, 1e6},
		{"sin1e22", preciseSin, -1e22, 1e22},
		{"asin", preciseAsin, -1, 1}, {"acos", preciseAcos, -1, 1}, {"atan", preciseAtan, -10, 10},
		{"sinh", fdlibmSinh, -30, 30}, {"cosh", fdlibmCosh, -30, 30}, {"asinh", fdlibmAsinh, -10, 10},
		{"acosh", fdlibmAcosh, 1, 10}, {"go.Sin", gomath.Sin, -10, 10}, {"go.Exp", gomath.Exp, -20, 20},
	}
	const n = 300000
	for _, c := range one {
		xs := benchArgs(c.lo, c.hi)
		t0 := cpuTime()
		for i := 0; i < n; i++ {
			benchSink = c.f(xs[i&1023])
		}
		fmt.Printf("%-8s %7.1f ns\n", c.name, float64(cpuTime()-t0)/n)
	}
	two := []struct {
		name             string
		f                func(x, y float64) float64
		lo, hi, ylo, yhi float64
	}{
		{"atan2", preciseAtan2, -10, 10, -10, 10}, {"pow", libmPow, 0, 100, -3, 3},
		{"pow0.5", libmPow, 0, 100, 0.5, 0.5}, {"pow3", libmPow, -10, 10, 3, 3}, {"hypot", Hypot, -10, 10, -10, 10},
	}
	for _, c := range two {
		xs, ys := benchArgs(c.lo, c.hi), benchArgs(c.ylo, c.yhi)
		for i := range ys {
			ys[i] = ys[(i*7+3)&1023]
		}
		t0 := cpuTime()
		for i := 0; i < n; i++ {
			benchSink = c.f(xs[i&1023], ys[i&1023])
		}
		fmt.Printf("%-8s %7.1f ns\n", c.name, float64(cpuTime()-t0)/n)
	}
}
