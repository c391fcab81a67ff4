package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strconv"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/mptest/mptest/firmware/boards"
	"github.com/mptest/mptest/firmware/vboard" // also registers the vboard: target
)

func init() { register(newBoardCmd) }

// boardFlags are the options of `mptest board`.
type boardFlags struct {
	profile     string
	fsDir       string
	logFile     string
	telnet      string
	allowRemote bool
	user        string
	password    string
	serveFor    time.Duration
	list        bool
}

func newBoardCmd() *cobra.Command {
	var f boardFlags
	cmd := &cobra.Command{
		Use:   "board [flags]",
		Short: "Run refinterp as a virtual MicroPython board on a pty (and telnet)",
		Long: `Start a virtual board: refinterp behind the device side of the REPL
protocols (friendly REPL, raw REPL, raw-paste, soft reset), with the RAM,
clock, pins and LEDs of a board profile, the machine and pyb modules and an
in-memory filesystem. The board listens on a new pty, whose path is
printed; connect to it with a terminal program (screen, picocom), with
mpremote, or with "mptest run -t pty:PATH". It serves until interrupted.

With --telnet the same REPL is also served over telnet with a WiPy-style
login (user "micro", password "python"); only loopback addresses are
accepted unless --allow-remote is given, because the REPL runs any code.

"mptest run -t vboard:PROFILE" starts such a board for the length of a run.`,
		Example: `  mptest board --profile=pyboard
  mptest board --profile=esp32 --telnet=127.0.0.1:2323 --fs=./board-files
  mptest board --list`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runBoard(cmd.OutOrStdout(), f)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.profile, "profile", "pyboard", "board profile ("+joinNames(boards.Names())+")")
	fl.StringVar(&f.fsDir, "fs", "", "seed the board's filesystem from this directory (boot.py and main.py run at start)")
	fl.StringVar(&f.logFile, "log", "", "append the hardware event log (LED and pin changes) to this file")
	fl.StringVar(&f.telnet, "telnet", "", "also serve the REPL over telnet on this address (e.g. 127.0.0.1:2323)")
	fl.BoolVar(&f.allowRemote, "allow-remote", false, "allow a non-loopback --telnet address")
	fl.StringVar(&f.user, "user", "micro", "telnet login user")
	fl.StringVar(&f.password, "password", "python", "telnet login password")
	fl.DurationVar(&f.serveFor, "serve-for", 0, "stop after this long (0: until interrupted)")
	fl.BoolVar(&f.list, "list", false, "list the board profiles and exit")
	return cmd
}

func joinNames(names []string) string {
	s := ""
	for i, n := range names {
		if i > 0 {
			s += ", "
		}
		s += n
	}
	return s
}

func runBoard(out io.Writer, f boardFlags) error {
	if f.list {
		for _, n := range boards.Names() {
			p, _ := boards.Lookup(n)
			fmt.Fprintf(out, "%-9s %s with %s, %d MHz, heap %d KiB, flash %d KiB, %d LEDs, USB %s\n",
				n, p.Board, p.CPU, p.MHz, p.Heap>>10, p.Flash>>10, p.LEDs, p.VIDPID)
		}
		return nil
	}
	if _, ok := boards.Lookup(f.profile); !ok {
		return exitCode{exitError, fmt.Errorf("unknown board profile %q (have %s)", f.profile, joinNames(boards.Names()))}
	}
	cfg := vboard.Config{Profile: f.profile, FSDir: f.fsDir}
	if f.logFile != "" {
		lf, err := os.OpenFile(f.logFile, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o644)
		if err != nil {
			return exitCode{exitError, err}
		}
		defer lf.Close()
		cfg.EventLog = lf
	}
	b, err := vboard.Start(cfg)
	if err != nil {
		return exitCode{exitError, err}
	}
	defer b.Close()
	telnetAddr := ""
	if f.telnet != "" {
		addr, err := b.ServeTelnet(vboard.TelnetConfig{Addr: f.telnet, AllowRemote: f.allowRemote, User: f.user, Password: f.password})
		if err != nil {
			return exitCode{exitError, fmt.Errorf("telnet: %w", err)}
		}
		telnetAddr = addr
	}
	fmt.Fprintf(out, "vboard %s on %s\n", f.profile, b.Path())
	if telnetAddr != "" {
		fmt.Fprintf(out, "telnet on %s (login %s / %s)\n", telnetAddr, f.user, strconv.Quote(f.password))
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if f.serveFor > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, f.serveFor)
		defer cancel()
	}
	<-ctx.Done()
	return nil
}
