package pyre

import (
	"math/rand"
	"regexp/syntax"
	"strings"
	"testing"
)

// randomPattern builds a pattern from constructs whose RE2 translation is
// meant to be exact.
func randomPattern(r *rand.Rand, depth int) string {
	atoms := []string{"a", "b", "é", `\n`, ".", `\d`, `\w`, `\s`, `\W`, "[ab]", "[^a]", `[\d_]`,
		`[^\W\d]`, "^", "$", `\A`, `\Z`, "x", " ", "1", `\.`}
	quants := []string{"", "", "", "*", "+", "?", "*?", "+?", "??", "{2}", "{1,2}", "{,2}", "{2,}?"}
	var b strings.Builder
	n := 1 + r.Intn(4)
	for i := 0; i < n; i++ {
		switch k := r.Intn(10); {
		case k < 7 || depth == 0:
			a := atoms[r.Intn(len(atoms))]
			b.WriteString(a)
			if a != "^" && a != "$" && a != `\A` && a != `\Z` {
				b.WriteString(quants[r.Intn(len(quants))])
			}
		case k < 9:
			open := []string{"(", "(?:", "(?P<g" + string(rune('a'+i)) + ">", "(?i:", "(?s:", "(?m:"}[r.Intn(6)]
			b.WriteString(open + randomPattern(r, depth-1) + ")")
			b.WriteString(quants[r.Intn(len(quants))])
		default:
			b.WriteString(randomPattern(r, depth-1) + "|" + randomPattern(r, depth-1))
		}
	}
	return b.String()
}

func randomSubject(r *rand.Rand) string {
	alphabet := []string{"a", "b", "A", "B", "é", "\n", " ", "1", "_", "x", "."}
	var b strings.Builder
	for n := r.Intn(9); n > 0; n-- {
		b.WriteString(alphabet[r.Intn(len(alphabet))])
	}
	return b.String()
}

func TestRandomOracle(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	var cases []reCase
	for i := 0; i < 600; i++ {
		p := randomPattern(r, 2)
		if hasNullableRepeat(p) {
			continue // documented difference: empty iterations of a repeat
		}
		fl := []Flags{0, 0, IgnoreCase, Multiline, DotAll, ASCII}[r.Intn(6)]
		for j := 0; j < 3; j++ {
			s := randomSubject(r)
			cases = append(cases, reCase{"finditer", fl, p, s, "0"})
			cases = append(cases, reCase{"sub", fl, p, s, `("<\\g<0>>", 0)`})
			if isASCII(s) && len(s) > 2 {
				cases = append(cases, reCase{"search", fl, p, s, "(1, 100)"})
				cases = append(cases, reCase{"fullmatch", fl, p, s, "(1, 100)"})
			}
		}
	}
	var lines []string
	for _, c := range cases {
		lines = append(lines, c.line())
	}
	res := pythonOracle(t, oracleScript, lines)
	bad := 0
	for i, c := range cases {
		if got := c.run(); got != res[i] {
			re, _ := Compile(c.pattern, c.flags)
			syn := ""
			if re != nil {
				syn = re.GoSyntax()
			}
			_ = syn
			t.Errorf("%s %q flags=%d on %q args %s:\n python %s\n    got %s", c.kind, c.pattern, c.flags, c.subject, c.args, res[i], got)
			if bad++; bad > 400 {
				t.Fatal("too many failures")
			}
		}
	}
}

// hasNullableRepeat reports whether the translated pattern repeats a
// subpattern that can match empty: Python then stops at an empty
// iteration where RE2 looks for a non-empty one.
func hasNullableRepeat(pattern string) bool {
	re, err := Compile(pattern, 0)
	if err != nil {
		return false
	}
	tree, err := syntax.Parse(re.GoSyntax(), syntax.Perl)
	if err != nil {
		return false
	}
	var walk func(*syntax.Regexp) bool
	walk = func(n *syntax.Regexp) bool {
		switch n.Op {
		case syntax.OpStar, syntax.OpPlus, syntax.OpRepeat:
			if nullable(n.Sub[0]) && consumes(n.Sub[0]) {
				return true
			}
		}
		for _, s := range n.Sub {
			if walk(s) {
				return true
			}
		}
		return false
	}
	return walk(tree)
}
