package pyre

import (
	"strings"
	"testing"
	"time"
)

// fuzzSeeds are patterns that exercise every construct, including
// catastrophic ones.
var fuzzSeeds = []string{
	`a`, `(a|b)*c`, `(\w)\1`, `(?P<q>['"]).*?(?P=q)`, `a(?=b)`, `(?<!a)b`, `(?<=ab)c`,
	`(?>a+)b`, `a*+a`, `(a)?(?(1)b|c)`, `(a*)*b`, `(a|a)*b`, `(?:a+)+$`, `^(\w+\s?)*$`,
	`(?i)[^\W\d]+`, `(?x) a # c`, `(?s).*?x`, `(?m)^$`, `\b\w+\b`, `(a{2,5}){3,}?`,
	`(*`, `[z-a]`, `(?P<n>a)(?P=n)`, `a{,3}+`, `(?=(a))*`,
}

// FuzzCompile checks that Compile never panics, that its errors are
// *Error values, and that compiled patterns can be run in every mode
// without hanging (the step budget stops catastrophic backtracking).
func FuzzCompile(f *testing.F) {
	for _, p := range fuzzSeeds {
		f.Add(p, 0, "aaaaaaaaaaaaaaaaaaaaaaaaaaaab")
	}
	saved := StepBudget
	f.Cleanup(func() { StepBudget = saved })
	StepBudget = 20_000
	f.Fuzz(func(t *testing.T, pattern string, flags int, subject string) {
		fl := Flags(flags) & (IgnoreCase | Multiline | DotAll | Verbose | ASCII)
		t0 := time.Now()
		defer func() {
			if d := time.Since(t0); d > 2*time.Second {
				t.Fatalf("pattern %q flags %d on %q took %v", pattern, fl, subject, d)
			}
		}()
		re, err := Compile(pattern, fl)
		if err != nil {
			if _, ok := err.(*Error); !ok {
				t.Fatalf("Compile(%q) returned %T", pattern, err)
			}
			return
		}
		subject += "\nab\nc " + strings.Repeat("x", 3) + "é\n"
		for _, a := range []Anchor{Search, MatchAt, FullMatch} {
			for pos := 0; pos <= len(subject); pos += 7 {
				m, err := re.Match(subject, pos, len(subject), a)
				if err != nil {
					if e, ok := err.(*Error); !ok || e.Type != "RuntimeError" {
						t.Fatalf("Match error %v", err)
					}
					continue
				}
				if m != nil && len(m) != 2*(re.NumGroups()+1)+1 {
					t.Fatalf("bad match layout %v", m)
				}
			}
		}
		re.FindAll(subject, 0, len(subject), 0)
		re.Split(subject, 0)
	})
}
