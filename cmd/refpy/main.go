// Command refpy is the refinterp Python interpreter (see package refpy).
package main

import (
	"os"
	"os/signal"

	"github.com/mptest/mptest/refinterp/refpy"
)

func main() {
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt)
	go func() {
		for range sig {
			refpy.Interrupt()
		}
	}()
	os.Exit(refpy.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
