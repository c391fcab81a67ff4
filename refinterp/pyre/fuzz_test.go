package pyre

import (
	"strings"
	"testing"
)

// FuzzCompile checks that Compile never panics, that its errors are
// *Error values, and that compiled patterns can be run in every mode.
func FuzzCompile(f *testing.F) {
	for _, p := range compileErrors {
		f.Add(p, 0)
	}
	for _, p := range matchPatterns {
		f.Add(p.pattern, int(p.flags))
	}
	f.Fuzz(func(t *testing.T, pattern string, flags int) {
		fl := Flags(flags) & (IgnoreCase | Multiline | DotAll | Verbose | ASCII)
		re, err := Compile(pattern, fl)
		if err != nil {
			if _, ok := err.(*Error); !ok {
				t.Fatalf("Compile(%q) returned %T", pattern, err)
			}
			return
		}
		subject := "ab\nc " + strings.Repeat("x", 3) + "é\n"
		for _, a := range []Anchor{Search, MatchAt, FullMatch} {
			for pos := 0; pos <= len(subject); pos += 3 {
				if m := re.Match(subject, pos, len(subject), a); m != nil && len(m) != 2*(re.NumGroups()+1) {
					t.Fatalf("bad match layout %v", m)
				}
			}
		}
		re.FindAll(subject, 0, len(subject), 0)
		re.Split(subject, 0)
	})
}
