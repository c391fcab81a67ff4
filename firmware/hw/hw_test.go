package hw

import (
	"bytes"
	"reflect"
	"testing"
)

func TestBoard(t *testing.T) {
	var log bytes.Buffer
	b := New(2)
	b.SetLog(&log)
	b.SetLED(1, 255)
	b.SetLED(1, 255) // no change, no event
	b.SetLED(2, 300) // clamped
	if ok := b.SetLED(3, 1); ok {
		t.Error("LED 3 exists on a 2-LED board")
	}
	b.ConfigurePin("X1", ModeIn, PullUp)
	b.ConfigurePin("X2", ModeOut, PullNone)
	b.SetPin("X2", 5)
	b.UARTWrite(1, []byte("abc"))
	tests := []struct {
		name      string
		got, want any
	}{
		{"led1", first(b.LED(1)), 255},
		{"led2", first(b.LED(2)), 255},
		{"pull-up reads 1", b.Pin("X1").Value, 1},
		{"output", b.Pin("X2"), PinState{Mode: ModeOut, Pull: PullNone, Value: 1, Configured: true}},
		{"uart any", b.UARTAny(1), 3},
		{"uart read", string(b.UARTRead(1, 2)), "ab"},
		{"uart rest", string(b.UARTRead(1, -1)), "c"},
	}
	for _, tc := range tests {
		if !reflect.DeepEqual(tc.got, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, tc.got, tc.want)
		}
	}
	want := []string{"led 1 255", "led 2 255", "pin X1 mode=IN pull=UP", "pin X2 mode=OUT pull=NONE", "pin X2 1", "uart 1 tx 3"}
	if got := b.Events(); !reflect.DeepEqual(got, want) {
		t.Errorf("events %q, want %q", got, want)
	}
	if log.String() != "led 1 255\nled 2 255\npin X1 mode=IN pull=UP\npin X2 mode=OUT pull=NONE\npin X2 1\nuart 1 tx 3\n" {
		t.Errorf("log %q", log.String())
	}
	b.Reset()
	if v, _ := b.LED(1); v != 0 || b.Pin("X2").Configured {
		t.Error("Reset kept state")
	}
}

func first(v int, _ bool) int { return v }
