// Command mptest is a conformance and benchmarking harness for small Python
// implementations (MicroPython-style). `mptest run` runs Python test files
// on one or more targets (CPython, the bundled reference interpreter, any
// interpreter binary, boards) and compares what they print with .exp files
// or with CPython's output.
//
// Exit status: 0 when every test passed or was skipped, 1 when a test
// failed, timed out or crashed, 2 for usage errors and infrastructure
// errors, 130 when interrupted.
//
// Subcommands live one per file; a new one registers itself from an init
// function:
//
//	func init() { register(newBenchCmd) }
package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"
)

// Exit statuses.
const (
	exitOK          = 0
	exitFailures    = 1
	exitError       = 2
	exitInterrupted = 130
)

// exitCode is an error that carries the process exit status; a subcommand
// returns one to exit with something other than 0 or 2. A nil err means the
// problem was already reported.
type exitCode struct {
	code int
	err  error
}

func (e exitCode) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit status %d", e.code)
	}
	return e.err.Error()
}

func (e exitCode) Unwrap() error { return e.err }

var subcommands []func() *cobra.Command

// register adds a subcommand to mptest; call it from an init function.
func register(newCmd func() *cobra.Command) {
	subcommands = append(subcommands, newCmd)
}

// newRootCmd builds the command tree.
func newRootCmd(stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:           "mptest",
		Short:         "Conformance and benchmark harness for small Python implementations",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetOut(stdout)
	root.SetErr(stderr)
	for _, newCmd := range subcommands {
		root.AddCommand(newCmd())
	}
	return root
}

// Main runs mptest with os.Args and returns the exit status.
func Main() int {
	return run(os.Args[1:], os.Stdout, os.Stderr)
}

func run(args []string, stdout, stderr io.Writer) int {
	root := newRootCmd(stdout, stderr)
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return exitOK
	}
	var ec exitCode
	if errors.As(err, &ec) {
		if ec.err != nil {
			fmt.Fprintln(stderr, "mptest:", ec.err)
		}
		return ec.code
	}
	fmt.Fprintln(stderr, "mptest:", err)
	return exitError
}

func main() {
	os.Exit(Main())
}
