package boards

import "testing"

func TestProfiles(t *testing.T) {
	for _, tc := range []struct {
		name   string
		mhz    int
		heapKB int64
		leds   int
		vidpid string
	}{
		{"pyboard", 168, 100, 4, "f055:9800"},
		{"microbit", 64, 10, 0, "0d28:0204"},
		{"esp32", 240, 110, 0, "10c4:ea60"},
		{"rp2", 133, 190, 1, "2e8a:0005"},
	} {
		p, ok := Lookup(tc.name)
		if !ok {
			t.Fatalf("no profile %s", tc.name)
		}
		if p.MHz != tc.mhz || p.Heap != tc.heapKB<<10 || p.LEDs != tc.leds || p.VIDPID != tc.vidpid {
			t.Errorf("%s: %d MHz, heap %d, %d LEDs, %s", tc.name, p.MHz, p.Heap, p.LEDs, p.VIDPID)
		}
		if p.Heap > p.RAM || p.FSSize > p.Flash || p.Board == "" || p.CPU == "" || len(p.Pins) == 0 || len(p.UniqueID) == 0 {
			t.Errorf("%s: inconsistent profile %+v", tc.name, p)
		}
	}
	if _, ok := Lookup("nosuch"); ok {
		t.Error("Lookup(nosuch) succeeded")
	}
	p, _ := Lookup("pyboard")
	p.Pins[0] = "changed"
	if q, _ := Lookup("pyboard"); q.Pins[0] == "changed" {
		t.Error("Lookup returns shared slices")
	}
	if n := Names(); len(n) != 4 || n[0] != "esp32" {
		t.Errorf("Names() = %v", n)
	}
}
