package vboard

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/mptest/mptest/runners"
	"github.com/mptest/mptest/runners/board"
	"github.com/mptest/mptest/runners/transport"
)

func init() { runners.Register("vboard", openTarget) }

// openTarget opens "vboard[:PROFILE]": a virtual board started for the run
// on a pty and driven by the board runner through transport.OpenFile, as a
// real board on a serial port. The board stops when the target is closed.
func openTarget(spec string, opts runners.Options) (runners.Target, error) {
	profile := "pyboard"
	if _, arg, ok := strings.Cut(spec, ":"); ok && arg != "" {
		profile = arg
	}
	cfg, err := board.ParseConfig(opts)
	if err != nil {
		return nil, err
	}
	vc := Config{Profile: profile, FSDir: opts.Settings["fs"]}
	var logFile *os.File
	if path := opts.Settings["log"]; path != "" {
		if logFile, err = os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o644); err != nil {
			return nil, fmt.Errorf("vboard log: %w", err)
		}
		vc.EventLog = logFile
	}
	b, err := Start(vc)
	if err != nil {
		if logFile != nil {
			logFile.Close()
		}
		return nil, err
	}
	return board.New(spec, cfg, Link(b, func() error {
		if logFile != nil {
			return logFile.Close()
		}
		return nil
	})), nil
}

// Link returns a board.Link that reaches b through its pty and stops b
// (then calls after, if not nil) when the target closes.
func Link(b *Board, after func() error) board.Link {
	return board.Link{
		Dial: func(context.Context) (transport.Transport, error) {
			return transport.OpenFile(b.Path())
		},
		Close: func() error {
			err := b.Close()
			if after != nil {
				err = errors.Join(err, after())
			}
			return err
		},
	}
}
