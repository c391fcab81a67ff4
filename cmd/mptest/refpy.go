package main

import (
	"os"
	"runtime/debug"

	"github.com/spf13/cobra"

	"github.com/mptest/mptest/refinterp/refpy"
)

func init() { register(newRefpyCmd) }

// newRefpyCmd is the hidden `mptest refpy ARGS...`: the reference
// interpreter's command line, which the host target runs by re-executing the
// mptest binary so that no second binary needs to be built or found.
func newRefpyCmd() *cobra.Command {
	return &cobra.Command{
		Use:                "refpy [-X opt=val]... [-c CODE | FILE] [ARGS...]",
		Short:              "Run the reference Python interpreter (used by the host target)",
		Hidden:             true,
		DisableFlagParsing: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			// As cmd/refpy: fewer collections for the interpreter's many
			// short-lived objects, so the host target (and its benchmark
			// timings) match the refpy binary.
			if os.Getenv("GOGC") == "" {
				debug.SetGCPercent(300)
			}
			if code := refpy.Main(args, cmd.InOrStdin(), cmd.OutOrStdout(), cmd.ErrOrStderr()); code != 0 {
				return exitCode{code: code}
			}
			return nil
		},
	}
}
