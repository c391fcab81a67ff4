package device_test

import (
	"testing"

	"github.com/mptest/mptest/firmware/boards"
	"github.com/mptest/mptest/firmware/device"
	"github.com/mptest/mptest/runners/rawrepl"
	"github.com/mptest/mptest/runners/rawrepl/rawrepltest"
	"github.com/mptest/mptest/runners/transport"
)

// pipeDevice starts a device of the named profile on an in-memory pipe and
// returns the host's end and the device.
func pipeDevice(t *testing.T, profile string) (transport.Transport, *device.Device) {
	t.Helper()
	p, ok := boards.Lookup(profile)
	if !ok {
		t.Fatalf("no profile %s", profile)
	}
	host, dev := transport.Pipe()
	d := device.New(device.Config{Profile: p})
	done := make(chan error, 1)
	go func() { done <- d.Serve(dev); dev.Close() }()
	t.Cleanup(func() {
		host.Close()
		if err := <-done; err != nil {
			t.Errorf("Serve: %v", err)
		}
	})
	return host, d
}

func TestConformancePipe(t *testing.T) {
	for _, profile := range boards.Names() {
		t.Run(profile, func(t *testing.T) {
			rawrepltest.DeviceConformance(t, func(t *testing.T) transport.Transport {
				host, _ := pipeDevice(t, profile)
				return host
			}, rawrepl.Options{})
		})
	}
}
