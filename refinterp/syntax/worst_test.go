package syntax

import (
	"strings"
	"testing"
	"time"
)

// TestPathological feeds inputs designed to trigger deep recursion or
// super-linear behaviour; each must finish quickly with a result or a
// clean error.
func TestPathological(t *testing.T) {
	n := 100000
	cases := map[string]string{
		"parens":     strings.Repeat("(", 190) + strings.Repeat(")", 190),
		"deepparens": strings.Repeat("(", n),
		"minus":      strings.Repeat("-", n) + "1",
		"not":        strings.Repeat("not ", n) + "x",
		"attr":       "x" + strings.Repeat(".a", n),
		"calls":      "f" + strings.Repeat("()", n),
		"power":      strings.Repeat("2**", n) + "2",
		"lambda":     strings.Repeat("lambda:", n) + "1",
		"ifexp":      strings.Repeat("1 if 1 else ", n) + "1",
		"blocks":     strings.Repeat("if x:\n", 300),
		"nested": func() string {
			var b strings.Builder
			for i := 0; i < 300; i++ {
				b.WriteString(strings.Repeat(" ", i) + "if x:\n")
			}
			return b.String()
		}(),
		"fstring":    strings.Repeat("f'{", 50) + "x" + strings.Repeat("}'", 50),
		"commas":     "x = " + strings.Repeat("1,", n),
		"list":       "[" + strings.Repeat("1,", n) + "]",
		"strings":    strings.Repeat("'a' ", n),
		"lines":      strings.Repeat("x = 1\n", n),
		"dedent":     strings.Repeat("\n", n) + "  x",
		"with":       "with " + strings.Repeat("(", 150) + strings.Repeat(")", 150) + ":\n pass\n",
		"cmp":        "x" + strings.Repeat(" < x", n),
		"star":       strings.Repeat("*", n),
		"brackets":   strings.Repeat("[", n) + strings.Repeat("]", n),
		"fstringbig": "f'" + strings.Repeat("{x}", n) + "'",
	}
	for name, src := range cases {
		start := time.Now()
		_, err := ParseFile("x.py", []byte(src))
		ParseInteractive("x.py", []byte(src))
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("%s: took %v", name, d)
		}
		_ = err
	}
}
