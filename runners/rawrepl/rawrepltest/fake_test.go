package rawrepltest

import (
	"testing"

	"github.com/mptest/mptest/runners/rawrepl"
	"github.com/mptest/mptest/runners/transport"
)

// TestFakeDeviceConformance runs the shared table against the fake device
// in each of its raw-paste behaviours.
func TestFakeDeviceConformance(t *testing.T) {
	for _, tc := range []struct {
		name string
		cfg  Config
	}{
		{"paste", Config{Paste: PasteYes}},
		{"paste-window-7", Config{Paste: PasteYes, Window: 7}},
		{"refuse", Config{Paste: PasteRefuse}},
		{"old-firmware", Config{Paste: PasteUnknown}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var devs []*FakeDevice
			DeviceConformance(t, func(t *testing.T) transport.Transport {
				tr, d := Dial(tc.cfg)
				devs = append(devs, d)
				return tr
			}, rawrepl.Options{})
			for _, d := range devs {
				if v := d.Violations(); len(v) > 0 {
					t.Errorf("flow-control violations: %v", v)
				}
			}
		})
	}
}
