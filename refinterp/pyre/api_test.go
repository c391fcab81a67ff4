package pyre

import (
	"reflect"
	"strings"
	"testing"
)

// Expected values in this file were printed by CPython 3.11.

func TestMatchTable(t *testing.T) {
	tests := []struct {
		pattern string
		flags   Flags
		s       string
		pos     int
		anchor  Anchor
		want    []int
	}{
		{`a$`, 0, "a\n", 0, Search, []int{0, 1}},
		{`(\w+)$`, 0, "l1\nl2\n", 0, Search, []int{3, 5, 3, 5}},
		{`\s*$`, 0, "a \n", 0, Search, []int{1, 3}},
		{`a`, 0, "ba", 1, MatchAt, []int{1, 2}},
		{`^a`, 0, "ba", 1, Search, nil},
		{`^a`, Multiline, "b\na", 2, Search, []int{2, 3}},
		{`\ba`, 0, "ba", 1, Search, nil},
		{`\Ba`, 0, "ba", 1, Search, []int{1, 2}},
		{`a|ab`, 0, "ab", 0, FullMatch, []int{0, 2}},
		{`(?P<x>a)(b)?`, 0, "ac", 0, MatchAt, []int{0, 1, 0, 1, -1, -1}},
	}
	for _, tt := range tests {
		re, err := Compile(tt.pattern, tt.flags)
		if err != nil {
			t.Fatalf("Compile(%q): %v", tt.pattern, err)
		}
		got, err := re.Match(tt.s, tt.pos, len(tt.s), tt.anchor)
		if err != nil {
			t.Fatal(err)
		}
		if got != nil {
			got = got[:len(got)-1] // drop lastindex
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q.Match(%q, %d, %v) = %v, want %v", tt.pattern, tt.s, tt.pos, tt.anchor, got, tt.want)
		}
	}
}

func TestFindAllEmptyMatches(t *testing.T) {
	tests := []struct {
		pattern, s string
		want       [][2]int
	}{
		{`x*`, "abxd", [][2]int{{0, 0}, {1, 1}, {2, 3}, {3, 3}, {4, 4}}},
		{`(?s).*?`, "ab", [][2]int{{0, 0}, {0, 1}, {1, 1}, {1, 2}, {2, 2}}},
		{`|ab|a`, "ab", [][2]int{{0, 0}, {0, 2}, {2, 2}}},
		{`a??b?`, "ab", [][2]int{{0, 0}, {0, 2}, {2, 2}}},
	}
	for _, tt := range tests {
		re, err := Compile(tt.pattern, 0)
		if err != nil {
			t.Fatal(err)
		}
		var got [][2]int
		ms, err := re.FindAll(tt.s, 0, len(tt.s), 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range ms {
			got = append(got, [2]int{m[0], m[1]})
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("FindAll(%q, %q) = %v, want %v", tt.pattern, tt.s, got, tt.want)
		}
	}
}

func TestSplitSubFindAll(t *testing.T) {
	re, _ := Compile(`(,)|;`, 0)
	pieces := func(ps []Piece, err error) []string {
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, p := range ps {
			if p.None {
				out = append(out, "<None>")
			} else {
				out = append(out, p.S)
			}
		}
		return out
	}
	if got, want := pieces(re.Split("a,b;c", 1)), []string{"a", ",", "b;c"}; !reflect.DeepEqual(got, want) {
		t.Errorf("split maxsplit=1 = %q, want %q", got, want)
	}
	if got, want := pieces(re.Split("a,b;c", 0)), []string{"a", ",", "b", "<None>", "c"}; !reflect.DeepEqual(got, want) {
		t.Errorf("split = %q, want %q", got, want)
	}
	re2, _ := Compile(`(\w)(\d)?`, 0)
	if got, n, err := re2.SubTemplate("a1b", 0, `[\2\1]`); err != nil || got != "[1a][b]" || n != 2 {
		t.Errorf("sub = %q, %d, %v", got, n, err)
	}
	re3, _ := Compile(`(a)(b)?`, 0)
	if got, _ := re3.FindAllStrings("aab", 0, 3); !reflect.DeepEqual(got, [][]string{{"a", ""}, {"a", "b"}}) {
		t.Errorf("findall = %q", got)
	}
}

func TestTemplateErrors(t *testing.T) {
	re, _ := Compile(`(?P<first>a)(?P<rest>b)?`, 0)
	tests := []struct{ template, err string }{
		{`\9`, "invalid group reference 9 at position 1"},
		{`\g<x>`, "unknown group name 'x'"},
		{`\g<1`, "missing >, unterminated name at position 3"},
		{`\g<>`, "missing group name at position 3"},
		{`\q`, `bad escape \q at position 0`},
		{`\g`, "missing < at position 2"},
		{`\777`, `octal escape value \777 outside of range 0-0o377 at position 0`},
		{`\g<first>\g<2>\n\"`, ""},
	}
	for _, tt := range tests {
		_, err := re.ParseTemplate(tt.template)
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != tt.err {
			t.Errorf("ParseTemplate(%q) error = %q, want %q", tt.template, got, tt.err)
		}
	}
}

func TestEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a.b", `a\.b`},
		{"1+1=2 é_x", `1\+1=2\ é_x`},
		{"()[]{}?*+-|^$\\.&~# \t\n\r\v\f!\"%',/:;<=>@`", "\\(\\)\\[\\]\\{\\}\\?\\*\\+\\-\\|\\^\\$\\\\\\.\\&\\~\\#\\ \\\t\\\n\\\r\\\v\\\f!\"%',/:;<=>@`"},
	}
	for _, tt := range tests {
		if got := Escape(tt.in); got != tt.want {
			t.Errorf("Escape(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestLimits checks that deep but linear matches succeed (the stack is
// not Go's) and that catastrophic backtracking ends with a RuntimeError.
func TestLimits(t *testing.T) {
	long := strings.Repeat("ab", 100000) + "c"
	for _, p := range []string{`(?:ab)*c`, `(\w)*c`, `(?:(a)|b)+c`, `.*c`, `(?:a|b)*?c`} {
		re, err := Compile(p, 0)
		if err != nil {
			t.Fatal(err)
		}
		m, err := re.Match(long, 0, len(long), MatchAt)
		if err != nil || m == nil || m[1] != len(long) {
			t.Errorf("%q on a long subject: %v, %v", p, m, err)
		}
	}
	saved := StepBudget
	defer func() { StepBudget = saved }()
	StepBudget = 1_000_000
	re, _ := Compile(`(a*)*b`, 0)
	_, err := re.Match(strings.Repeat("a", 40), 0, 40, Search)
	if e, ok := err.(*Error); !ok || e.Type != "RuntimeError" {
		t.Errorf("catastrophic pattern: error %v, want a RuntimeError", err)
	}
}

// TestASCIICase checks foldSet's shortcut for ASCII characters against
// the case table.
func TestASCIICase(t *testing.T) {
	for r := rune(0); r < 128; r++ {
		got := map[rune]bool{}
		for _, c := range foldSet(r, false) {
			got[c] = true
		}
		want := map[rune]bool{r: true}
		if r >= minFold {
			for _, c := range caseClass(r) {
				want[c] = true
			}
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("foldSet(%q) = %v, want %v", r, got, want)
		}
	}
}
