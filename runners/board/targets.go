package board

import (
	"context"
	"fmt"
	"net"
	"strconv"
	"strings"
	"time"

	"github.com/mptest/mptest/runners"
	"github.com/mptest/mptest/runners/transport"
)

func init() {
	runners.Register("pyboard", openPyboard)
	runners.Register("serial", openSerial)
	runners.Register("pty", openPty)
	runners.Register("telnet", openTelnet)
	runners.Register("qemu", openQEMU)
}

// arg returns the part of spec after "scheme:" ("" if none).
func arg(spec string) string {
	if i := strings.IndexByte(spec, ':'); i >= 0 {
		return spec[i+1:]
	}
	return ""
}

// baudSetting reads the "baud" setting (0 if absent).
func baudSetting(opts runners.Options) (int, error) {
	v, ok := opts.Settings["baud"]
	if !ok {
		return 0, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("setting baud=%q: want a positive integer", v)
	}
	return n, nil
}

// serialLink dials a serial port.
func serialLink(port string, baud int) Link {
	return Link{Dial: func(ctx context.Context) (transport.Transport, error) {
		// socket:// and rfc2217:// URLs reach a port served over the network.
		return transport.OpenPort(port, baud, dialTimeout(ctx))
	}}
}

// openSerial opens "serial:PORT[,BAUD]" (setting "baud" also accepted).
func openSerial(spec string, opts runners.Options) (runners.Target, error) {
	cfg, err := ParseConfig(opts)
	if err != nil {
		return nil, err
	}
	port, baudStr, hasBaud := strings.Cut(arg(spec), ",")
	if port == "" {
		return nil, fmt.Errorf("want serial:PORT[,BAUD]")
	}
	baud, err := baudSetting(opts)
	if err != nil {
		return nil, err
	}
	if hasBaud {
		if baud, err = strconv.Atoi(baudStr); err != nil || baud <= 0 {
			return nil, fmt.Errorf("bad baud rate %q", baudStr)
		}
	}
	return New(spec, cfg, serialLink(port, baud)), nil
}

// openPyboard opens "pyboard" or "pyboard:PORT": the port is the setting
// "port", the spec's argument, or the single detected MicroPython board
// (by USB VID:PID; setting "vidpid" lists IDs to look for, comma-separated).
func openPyboard(spec string, opts runners.Options) (runners.Target, error) {
	cfg, err := ParseConfig(opts)
	if err != nil {
		return nil, err
	}
	baud, err := baudSetting(opts)
	if err != nil {
		return nil, err
	}
	port := opts.Settings["port"]
	if port == "" {
		port = arg(spec)
	}
	if port == "" {
		var ids []string
		if v := opts.Settings["vidpid"]; v != "" {
			ids = strings.Split(v, ",")
		}
		found, err := transport.DetectBoards(ids)
		if err != nil {
			return nil, fmt.Errorf("detect board: %w", err)
		}
		switch len(found) {
		case 0:
			return nil, fmt.Errorf("no MicroPython board found on USB (looked for %s); choose one with --port", knownIDs(ids))
		case 1:
			port = found[0].Name
		default:
			var names []string
			for _, f := range found {
				names = append(names, f.Name+" ("+f.Board+")")
			}
			return nil, fmt.Errorf("several boards found (%s); choose one with --port", strings.Join(names, ", "))
		}
	}
	return New(spec, cfg, serialLink(port, baud)), nil
}

func knownIDs(ids []string) string {
	if ids != nil {
		return strings.Join(ids, ", ")
	}
	var all []string
	for id := range transport.KnownBoards {
		all = append(all, id)
	}
	return strings.Join(all, ", ")
}

// openPty opens "pty:PATH": any character device, as a file with deadlines.
func openPty(spec string, opts runners.Options) (runners.Target, error) {
	cfg, err := ParseConfig(opts)
	if err != nil {
		return nil, err
	}
	path := arg(spec)
	if path == "" {
		return nil, fmt.Errorf("want pty:PATH")
	}
	return New(spec, cfg, Link{Dial: func(context.Context) (transport.Transport, error) {
		return transport.OpenFile(path)
	}}), nil
}

// openTelnet opens "telnet:HOST[:PORT]" (port 23 by default; settings
// "user" and "password", default micro/python as on WiPy boards).
func openTelnet(spec string, opts runners.Options) (runners.Target, error) {
	cfg, err := ParseConfig(opts)
	if err != nil {
		return nil, err
	}
	addr := arg(spec)
	if addr == "" {
		return nil, fmt.Errorf("want telnet:HOST[:PORT]")
	}
	if _, _, err := net.SplitHostPort(addr); err != nil {
		addr = net.JoinHostPort(addr, "23")
	}
	user, password := "micro", "python"
	if v, ok := opts.Settings["user"]; ok {
		user = v
	}
	if v, ok := opts.Settings["password"]; ok {
		password = v
	}
	return New(spec, cfg, Link{Dial: func(ctx context.Context) (transport.Transport, error) {
		timeout := 5 * time.Second
		if d, ok := ctx.Deadline(); ok {
			timeout = time.Until(d)
		}
		return transport.DialTelnet(addr, user, password, timeout)
	}}), nil
}
