// Command refpy is the refinterp Python interpreter (see package refpy).
package main

import (
	"os"

	"github.com/mptest/mptest/refinterp/refpy"
)

func main() {
	os.Exit(refpy.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
