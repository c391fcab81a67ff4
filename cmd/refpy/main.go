// Command refpy is the refinterp Python interpreter (see package refpy).
package main

import (
	"os"
	"os/signal"
	"runtime/debug"

	"github.com/mptest/mptest/refinterp/refpy"
)

func main() {
	// The interpreter allocates many small short-lived objects; trading
	// some memory for fewer collections is a clear win for scripts.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(300)
	}
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt)
	go func() {
		for range sig {
			refpy.Interrupt()
		}
	}()
	os.Exit(refpy.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
