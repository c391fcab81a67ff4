package rawrepl

import (
	"bytes"
	"errors"
	"testing"
)

func TestParseResponse(t *testing.T) {
	for _, tc := range []struct {
		in         string
		stdout, tb string
		n          int
		err        error
	}{
		{"123\r\n\x04\x04>", "123\r\n", "", 8, nil},
		{"\x04Traceback\r\nE\r\n\x04>rest", "", "Traceback\r\nE\r\n", 17, nil},
		{"\x04\x04>", "", "", 3, nil},
		{"abc", "abc", "", 3, ErrIncomplete},
		{"a\x04b", "a", "b", 3, ErrIncomplete},
		{"a\x04b\x04", "a", "b", 4, ErrIncomplete},
		{"a\x04b\x04x", "a", "b", 4, ErrProtocol},
	} {
		so, tb, n, err := ParseResponse([]byte(tc.in))
		if string(so) != tc.stdout || string(tb) != tc.tb || n != tc.n || !errors.Is(err, tc.err) || (err == nil) != (tc.err == nil) {
			t.Errorf("ParseResponse(%q) = %q, %q, %d, %v; want %q, %q, %d, %v", tc.in, so, tb, n, err, tc.stdout, tc.tb, tc.n, tc.err)
		}
	}
}

func TestFlowControl(t *testing.T) {
	for _, tc := range []struct {
		bytes      string
		wantCredit int
		wantStop   bool
		wantErr    bool
	}{
		{"", 128, false, false},
		{"\x01", 256, false, false},
		{"\x01\x01\x01", 512, false, false},
		{"\x01\x04", 256, true, false},
		{"x", 128, false, true},
	} {
		f := flowControl{window: 128, credit: 128}
		var stop bool
		var err error
		for i := 0; i < len(tc.bytes) && !stop && err == nil; i++ {
			stop, err = f.control(tc.bytes[i])
		}
		if f.credit != tc.wantCredit || stop != tc.wantStop || (err != nil) != tc.wantErr {
			t.Errorf("%q: credit %d stop %v err %v; want %d %v err=%v", tc.bytes, f.credit, stop, err, tc.wantCredit, tc.wantStop, tc.wantErr)
		}
	}
}

// FuzzParseResponse checks that the parser never panics, consumes at most
// its input, and gives the same answer whatever the chunking.
func FuzzParseResponse(f *testing.F) {
	for _, s := range []string{"123\r\n\x04\x04>", "\x04Traceback\r\n\x04>", "", "\x04\x04", "a\x04b\x04c", "\x04\x04>>"} {
		f.Add([]byte(s), uint8(3))
	}
	f.Fuzz(func(t *testing.T, in []byte, chunk uint8) {
		so, tb, n, err := ParseResponse(in)
		if n < 0 || n > len(in) {
			t.Fatalf("consumed %d of %d", n, len(in))
		}
		if err == nil && len(so)+len(tb)+3 != n {
			t.Fatalf("complete parse: %d+%d+3 != %d", len(so), len(tb), n)
		}
		if err == nil && (bytes.IndexByte(so, ctrlD) >= 0 || bytes.IndexByte(tb, ctrlD) >= 0) {
			t.Fatal("Ctrl-D leaked into output")
		}
		// Chunked feeding agrees with the one-shot parse.
		var p Parser
		step := int(chunk%16) + 1
		used := 0
		var done bool
		var perr error
		for used < len(in) && !done && perr == nil {
			end := min(used+step, len(in))
			var k int
			k, done, perr = p.Feed(in[used:end])
			used += k
			if k < end-(used-k) && !done && perr == nil {
				t.Fatalf("Feed stopped early without completion")
			}
		}
		if !bytes.Equal(p.Stdout, so) || !bytes.Equal(p.Traceback, tb) || used != n {
			t.Fatalf("chunked parse (%q,%q,%d) != one-shot (%q,%q,%d)", p.Stdout, p.Traceback, used, so, tb, n)
		}
		if (err == nil) != done || (perr != nil) != (err != nil && !errors.Is(err, ErrIncomplete)) {
			t.Fatalf("chunked done=%v perr=%v; one-shot err=%v", done, perr, err)
		}
	})
}
