package pyre

import (
	"bufio"
	"encoding/json"
	"os"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/mptest/mptest/refinterp/pyfmt"
)

// goldenRecord is one line of testdata/golden.jsonl, written by
// testdata/gen_golden.py with CPython 3.11.
type goldenRecord struct {
	Pattern string            `json:"pattern"`
	Flags   int               `json:"flags"`
	Bytes   bool              `json:"bytes"`
	Subject string            `json:"subject"`
	Ops     []json.RawMessage `json:"ops"`
}

// TestGolden replays CPython's results for compile errors, matches (spans
// and lastindex), finditer, findall, split and sub.
func TestGolden(t *testing.T) {
	f, err := os.Open("testdata/golden.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	bad, n := 0, 0
	for sc.Scan() {
		var rec goldenRecord
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("golden line %q: %v", sc.Text(), err)
		}
		for _, raw := range rec.Ops {
			var op []json.RawMessage
			if err := json.Unmarshal(raw, &op); err != nil || len(op) < 3 {
				t.Fatalf("bad op %s", raw)
			}
			var kind, want string
			json.Unmarshal(op[0], &kind)
			json.Unmarshal(op[2], &want)
			subject := rec.Subject
			if len(op) > 3 {
				json.Unmarshal(op[3], &subject)
			}
			got := runGolden(kind, Flags(rec.Flags), rec.Bytes, rec.Pattern, subject, op[1])
			n++
			if got != want {
				t.Errorf("%s %q flags=%d on %q args %s:\n python %s\n    got %s", kind, rec.Pattern, rec.Flags, subject, op[1], want, got)
				if bad++; bad > 40 {
					t.Fatal("too many failures")
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n < 1000 {
		t.Fatalf("only %d golden cases", n)
	}
}

func errText(err error) string {
	e := err.(*Error)
	return "ERR " + e.Type + ": " + e.Error()
}

// cpOffset converts a byte offset of s to a code-point offset.
func cpOffset(s string, b int) int {
	if b < 0 {
		return -1
	}
	return utf8.RuneCountInString(s[:b])
}

// byteOffset converts a code-point offset (clamped) to a byte offset.
func byteOffset(s string, cp int) int {
	if cp <= 0 {
		return 0
	}
	for i := range s {
		if cp == 0 {
			return i
		}
		cp--
	}
	return len(s)
}

// goldenSpans renders a match as gen_golden.py's spans() does.
func goldenSpans(s string, m []int) string {
	if m == nil {
		return "None"
	}
	parts := make([]string, 0, len(m)/2+1)
	for i := 0; i+1 < len(m); i += 2 {
		parts = append(parts, strconv.Itoa(cpOffset(s, m[i]))+","+strconv.Itoa(cpOffset(s, m[i+1])))
	}
	li := "None"
	if l := LastIndex(m); l >= 0 {
		li = strconv.Itoa(l)
	}
	return strings.Join(parts, " ") + " li=" + li
}

func pyList(items []string) string { return "[" + strings.Join(items, ", ") + "]" }

// runGolden computes what gen_golden.py's run() prints, with this package.
func runGolden(kind string, flags Flags, bytes bool, pattern, s string, args json.RawMessage) string {
	compile := Compile
	if bytes {
		compile = CompileBytes
	}
	re, err := compile(pattern, flags)
	if err != nil {
		return errText(err)
	}
	switch kind {
	case "compile":
		var names []string
		for n, i := range re.GroupNames() {
			names = append(names, "("+pyfmt.StrRepr(n)+", "+strconv.Itoa(i)+")")
		}
		sortStrings(names)
		return "ok " + strconv.Itoa(re.NumGroups()) + " " + pyList(names) + " " + strconv.Itoa(int(re.Flags()))
	case "search", "match", "fullmatch":
		var pe [2]int
		json.Unmarshal(args, &pe)
		anchor := map[string]Anchor{"search": Search, "match": MatchAt, "fullmatch": FullMatch}[kind]
		if pe[1] < 0 {
			pe[1] = 0
		}
		m, err := re.Match(s, byteOffset(s, pe[0]), byteOffset(s, pe[1]), anchor)
		if err != nil {
			return errText(err)
		}
		return goldenSpans(s, m)
	case "finditer":
		ms, err := re.FindAll(s, 0, len(s), 0)
		if err != nil {
			return errText(err)
		}
		var parts []string
		for _, m := range ms {
			parts = append(parts, goldenSpans(s, m))
		}
		return strings.Join(parts, " | ")
	case "findall":
		gs, err := re.FindAllStrings(s, 0, len(s))
		if err != nil {
			return errText(err)
		}
		var items []string
		for _, g := range gs {
			if re.NumGroups() <= 1 {
				items = append(items, pyfmt.StrRepr(g[0]))
				continue
			}
			var t []string
			for _, x := range g {
				t = append(t, pyfmt.StrRepr(x))
			}
			items = append(items, "("+strings.Join(t, ", ")+")")
		}
		return pyList(items)
	case "split":
		var n int
		json.Unmarshal(args, &n)
		ps, err := re.Split(s, n)
		if err != nil {
			return errText(err)
		}
		var items []string
		for _, p := range ps {
			if p.None {
				items = append(items, "None")
			} else {
				items = append(items, pyfmt.StrRepr(p.S))
			}
		}
		return pyList(items)
	case "sub":
		var a []json.RawMessage
		json.Unmarshal(args, &a)
		var tmpl string
		var count int
		json.Unmarshal(a[0], &tmpl)
		json.Unmarshal(a[1], &count)
		out, n, err := re.SubTemplate(s, count, tmpl)
		if err != nil {
			return errText(err)
		}
		return "(" + pyfmt.StrRepr(out) + ", " + strconv.Itoa(n) + ")"
	}
	panic(kind)
}

func sortStrings(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}
