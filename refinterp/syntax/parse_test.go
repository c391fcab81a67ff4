package syntax

import (
	"errors"
	"flag"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden parses every case of testdata/parse.txt and testdata/errors.txt
// and compares the trees (Dump) or the CPython-style error reports (Format)
// with the .golden files. Run with -update to regenerate them after a
// deliberate change, and check the diff.
func TestGolden(t *testing.T) {
	for _, name := range []string{"parse", "errors"} {
		var b strings.Builder
		for i, src := range readCases(t, "testdata/"+name+".txt") {
			b.WriteString("#")
			b.WriteString(itoa(i))
			b.WriteString("\n")
			m, err := ParseFile("x.py", []byte(src))
			if err != nil {
				b.WriteString(err.(*Error).Format())
			} else {
				b.WriteString(Dump(m))
				b.WriteString("\n")
			}
		}
		golden := "testdata/" + name + ".golden"
		if *update {
			if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatal(err)
		}
		if got := b.String(); got != string(want) {
			gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
			for i := 0; i < len(gl) && i < len(wl); i++ {
				if gl[i] != wl[i] {
					t.Fatalf("%s: line %d differs:\ngot:  %s\nwant: %s", golden, i+1, gl[i], wl[i])
				}
			}
			t.Fatalf("%s: got %d lines, want %d", golden, len(gl), len(wl))
		}
	}
}

// TestExprAgainstCPython compares ParseExpr with ast.parse(mode="eval").
func TestExprAgainstCPython(t *testing.T) {
	srcs := []string{
		"1", "x", "  x  ", "x\n", "\n\nx\n\n", "a, b", "*a, b", "a,", "(yield)", "lambda: 1",
		"x if y else z", "[i for i in j]", "f(*a, **k)", "-2**-2", "a < b < c",
		"x = 1", "1 2", "a;b", "  \n  x", "await x", "f'{x!r:>{w}}'",
	}
	want := cpython(t, srcs, "eval")
	for i, src := range srcs {
		e, err := ParseExpr("x.py", []byte(src))
		var got string
		if err != nil {
			ee := err.(*Error)
			got = ee.Kind + ": " + ee.Msg + " @" + itoa(ee.Line)
		} else {
			got = DumpExpression(e)
		}
		w := want[i]
		exp := w.Dump
		if exp == "" {
			exp = w.Kind + ": " + w.Msg + " @" + itoa(w.Line)
		}
		if got != exp {
			t.Errorf("eval %q:\ngot:  %s\nwant: %s", src, got, exp)
		}
	}
}

func TestInteractive(t *testing.T) {
	for _, tc := range []struct {
		src        string
		incomplete bool
		err        string
	}{
		{"x = 1\n", false, ""},
		{"x = 1", false, ""},
		{"x = (1,\n", true, ""},
		{"x = [\n1,\n2]\n", false, ""},
		{"if x:\n", true, ""},
		{"if x:\n    y\n", true, ""},
		{"if x:\n    y\n\n", false, ""},
		{"if x:\n    y\nelse:\n", true, ""},
		{"def f():\n    return 1\n\n", false, ""},
		{"s = '''abc\n", true, ""},
		{"x = 1 + \\\n", true, ""},
		{"class A:\n    def f(self):\n", true, ""},
		{"try:\n    pass\n", true, ""},
		{"@dec\n", true, ""},
		{"x = = 1\n", false, "invalid syntax"},
		{")\n", false, "unmatched ')'"},
		{"for x in y:\n  pass\n\n", false, ""},
		{"x = (1 +\n", true, ""},
		{"print('a'\n", true, ""},
		{"1 +\n", false, "invalid syntax"},
		{"match x:\n", true, ""},
		{"match x:\n    case 1:\n        pass\n", true, ""},
		{"match x:\n    case 1:\n        pass\n\n", false, ""},
		{"match = 1\n", false, ""},
	} {
		m, err := ParseInteractive("<stdin>", []byte(tc.src))
		if tc.incomplete {
			if !errors.Is(err, ErrIncomplete) {
				t.Errorf("%q: got %v, want incomplete", tc.src, err)
			}
			continue
		}
		if tc.err != "" {
			if err == nil || errors.Is(err, ErrIncomplete) || err.(*Error).Msg != tc.err {
				t.Errorf("%q: got %v, want error %q", tc.src, err, tc.err)
			}
			continue
		}
		if err != nil || m == nil {
			t.Errorf("%q: got %v, want success", tc.src, err)
		}
	}
}

func TestFormat(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"x = = 1\n", "  File \"x.py\", line 1\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n"},
		{"if x:\n    f() = 1\n", "  File \"x.py\", line 2\n    f() = 1\n    ^^^\nSyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?\n"},
		{"x = 'é' + é€\n", "  File \"x.py\", line 1\n    x = 'é' + é€\n               ^\nSyntaxError: invalid character '€' (U+20AC)\n"},
		{"if x:\npass\n", "  File \"x.py\", line 2\n    pass\n    ^^^^\nIndentationError: expected an indented block after 'if' statement on line 1\n"},
	} {
		_, err := ParseFile("x.py", []byte(tc.src))
		if err == nil {
			t.Errorf("%q: no error", tc.src)
			continue
		}
		if got := err.(*Error).Format(); got != tc.want {
			t.Errorf("%q:\ngot:\n%s\nwant:\n%s", tc.src, got, tc.want)
		}
	}
	_, err := ParseFile("x.py", []byte("é = f() = 1\n"))
	if e := err.(*Error); e.Offset() != 5 || e.EndOffset() != 8 || e.Col != 6 {
		t.Errorf("offsets of %+v: %d-%d", e, e.Offset(), e.EndOffset())
	}
	if got, want := (&Error{Filename: "x.py", Line: 3, Msg: "invalid syntax"}).Error(), "invalid syntax (x.py, line 3)"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}

func TestWalk(t *testing.T) {
	m, err := ParseFile("x.py", []byte("def f(a=1, *, b: int):\n    return [x + a for x in b if x]\n"))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	Walk(m, func(n Node) bool {
		switch n := n.(type) {
		case *Name:
			names = append(names, n.Id+":"+n.Ctx.String())
		case *Arg:
			names = append(names, "arg "+n.Arg)
		}
		return true
	})
	got := strings.Join(names, " ")
	want := "arg a arg b int:Load x:Load a:Load x:Store b:Load x:Load"
	if got != want {
		t.Errorf("Walk order:\ngot  %s\nwant %s", got, want)
	}
	// Returning false prunes.
	n := 0
	Walk(m, func(node Node) bool {
		n++
		_, isFunc := node.(*FunctionDef)
		return !isFunc
	})
	if n != 2 {
		t.Errorf("pruned walk visited %d nodes, want 2", n)
	}
}

func TestErrorAt(t *testing.T) {
	e := ErrorAt("m.py", []byte("a = 1\nb = 2\r\nc\n"), Pos{2, 5}, "boom")
	if e.Text != "b = 2" || e.Line != 2 || e.Col != 5 || e.Kind != KindSyntax || e.Msg != "boom" {
		t.Errorf("ErrorAt = %+v", e)
	}
}

func TestCoding(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"# -*- coding: latin-1 -*-\nx = '\xe9'\n", "é"},
		{"#!/usr/bin/python\n# vim: set fileencoding=iso-8859-1 :\nx = '\xe9'\n", "é"},
		{"# coding=utf-8\nx = 'é'\n", "é"},
		{"\n# coding: latin-1\nx = '\xe9'\n", "é"},
	} {
		m, err := ParseFile("x.py", []byte(tc.src))
		if err != nil {
			t.Errorf("%q: %v", tc.src, err)
			continue
		}
		c := m.Body[0].(*Assign).Value.(*Constant)
		if c.Str != tc.want {
			t.Errorf("%q: got %q, want %q", tc.src, c.Str, tc.want)
		}
	}
	if m, err := ParseFile("x.py", []byte("# coding: cp1252\nx = '\x80\xe9'\n")); err != nil || m.Body[0].(*Assign).Value.(*Constant).Str != "€é" {
		t.Errorf("cp1252: %v", err)
	}
	if _, err := ParseFile("x.py", []byte("# coding: uft-8\nx = 1\n")); err == nil || err.(*Error).Msg != "unknown encoding: uft-8" {
		t.Errorf("unknown encoding: got %v", err)
	}
	if _, err := ParseFile("x.py", []byte("x = 1\n# coding: latin-1\nx = '\xe9'\n")); err == nil {
		t.Errorf("a coding declaration on line 3 must be ignored")
	}
	LookupUnicodeName = func(name string) (rune, bool) { return 'Q', name == "SPECIAL" }
	defer func() { LookupUnicodeName = nil }()
	e, err := ParseExpr("x.py", []byte(`"\N{SPECIAL}\N{BULLET}"`))
	if err != nil || e.(*Constant).Str != "Q•" {
		t.Errorf("LookupUnicodeName hook: %v %v", e, err)
	}
}

// TestWalkVisitsEverything checks that Walk reaches every node that Dump
// prints, for every program in testdata/parse.txt.
func TestWalkVisitsEverything(t *testing.T) {
	ops := map[string]bool{}
	for _, s := range ctxNames {
		ops[s] = true
	}
	for _, s := range opNames {
		ops[s] = true
	}
	for _, s := range unaryNames {
		ops[s] = true
	}
	for _, s := range cmpNames {
		ops[s] = true
	}
	ops["And"], ops["Or"] = true, true
	for i, src := range readCases(t, "testdata/parse.txt") {
		m, err := ParseFile("x.py", []byte(src))
		if err != nil {
			continue // a few cases pin CPython's compile-time errors
		}
		// Count node openings "Name(" in the dump, skipping strings.
		d := Dump(m)
		want := 0
		for j := 0; j < len(d); j++ {
			switch c := d[j]; {
			case c == '\'' || c == '"':
				for j++; j < len(d) && d[j] != c; j++ {
					if d[j] == '\\' {
						j++
					}
				}
			case c == '(':
				k := j
				for k > 0 && (isIdentByte(d[k-1])) {
					k--
				}
				if name := d[k:j]; name != "" && !ops[name] {
					want++
				}
			}
		}
		got := 0
		Walk(m, func(n Node) bool {
			if _, ok := n.(*MatchSingleton); ok {
				got-- // its Constant is dumped as a bare value
			}
			got++
			return true
		})
		if got != want {
			t.Errorf("case %d: Walk visited %d nodes, Dump shows %d:\n%s", i, got, want, src)
		}
	}
}

// TestInteractiveAgainstCodeop compares ParseInteractive with CPython's
// codeop on the same keystrokes (codeop sees the source without the final
// newline of the last line typed).
func TestInteractiveAgainstCodeop(t *testing.T) {
	lines := []string{
		"x = 1", "if x:", "if x:\n    y", "if x:\n    y\n", "def f():\n    pass\n",
		"x = (1,", "s = '''abc", "x = 1 + \\", "@dec", "class A:\n    def f(self):",
		"x = = 1", ")", "1 +", "for x in y: pass", "for x in y: pass\n", "match x:",
		"if x:\n    y\nelse:", "x = [\n1,\n2]", "print('a'", "def f(", "while True:\n    pass\n    ",
		"'abc", "x = \"\"\"\n\"\"\"", "try:\n    pass\n", "if x:\n  pass\nelif y:",
	}
	want := cpython(t, lines, "codeop")
	for i, l := range lines {
		_, err := ParseInteractive("<stdin>", []byte(l+"\n"))
		got := "complete"
		if errors.Is(err, ErrIncomplete) {
			got = "incomplete"
		} else if err != nil {
			got = err.(*Error).Msg
		}
		w := want[i].Dump
		if w == "" {
			w = want[i].Msg
		}
		if got != w {
			t.Errorf("%q: got %s, codeop says %s", l, got, w)
		}
	}
}
