package board

import (
	"context"
	"fmt"
	"time"

	"github.com/mptest/mptest/runners"
	"github.com/mptest/mptest/runners/transport"
)

// Network serial ports: "socket://HOST:PORT" (raw TCP, as ser2net serves a
// port) and "rfc2217://HOST:PORT" (telnet with the COM-PORT-OPTION) are
// targets of their own, and are also accepted wherever a serial port is
// (serial:rfc2217://HOST:PORT,BAUD, pyboard with --set port=socket://…).
func init() {
	runners.Register("socket", openNetworkPort)
	runners.Register("rfc2217", openNetworkPort)
}

// openNetworkPort opens a target whose spec is a network port URL; the
// setting "baud" applies to rfc2217://.
func openNetworkPort(spec string, opts runners.Options) (runners.Target, error) {
	cfg, err := ParseConfig(opts)
	if err != nil {
		return nil, err
	}
	baud, err := baudSetting(opts)
	if err != nil {
		return nil, err
	}
	if !transport.IsNetworkPort(spec) {
		return nil, fmt.Errorf("want socket://HOST:PORT or rfc2217://HOST:PORT")
	}
	return New(spec, cfg, serialLink(spec, baud)), nil
}

// dialTimeout is how long a network port may take to connect: what is
// left of ctx, else 5 s.
func dialTimeout(ctx context.Context) time.Duration {
	if d, ok := ctx.Deadline(); ok {
		return max(time.Until(d), time.Millisecond)
	}
	return 5 * time.Second
}
