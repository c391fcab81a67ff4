package syntax

import (
	"strings"
	"testing"
)

// scanAll returns the tokens of src as "kind" or "kind:text" words.
func scanAll(src string) (string, *Error) {
	p := &parser{filename: "x.py", src: []byte(src), names: map[string]string{}}
	p.sc = &p.main
	p.main.init(p, p.src, 0, len(p.src), 1, 0)
	var out []string
	for i := 0; i < 1000; i++ {
		p.main.next()
		t := p.main.tok
		if p.err != nil {
			return strings.Join(out, " "), p.err
		}
		switch t.kind {
		case tNAME, tINT, tFLOAT, tIMAG, tSTRING:
			out = append(out, t.kind.String()+":"+src[t.off:t.eof])
		default:
			out = append(out, t.kind.String())
		}
		if t.kind == tEOF {
			break
		}
	}
	return strings.Join(out, " "), nil
}

func TestScan(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"", "end of file"},
		{"x", "name:x newline end of file"},
		{"x = 1\n", "name:x = int:1 newline end of file"},
		{"if x:\n  y\nz\n", "if name:x : newline indent name:y newline dedent name:z newline end of file"},
		{"if x:\n  if y:\n    z\n", "if name:x : newline indent if name:y : newline indent name:z newline dedent dedent end of file"},
		{"if x:\n\ty\n", "if name:x : newline indent name:y newline dedent end of file"},
		{"x = (1,\n  2)\n", "name:x = ( int:1 , int:2 ) newline end of file"},
		{"x = 1 + \\\n  2\n", "name:x = int:1 + int:2 newline end of file"},
		{"# c\n\n  # indented comment\nx # c\n", "name:x newline end of file"},
		{"x\n\n\n", "name:x newline end of file"},
		{"1_000 0x_1F 0o17 0b1 00 0_0 1.5 .5 5. 1e10 1E-5 1_0.0_1e+1_0 3j 1.5J 09.5 0777j",
			"int:1_000 int:0x_1F int:0o17 int:0b1 int:00 int:0_0 float:1.5 float:.5 float:5. float:1e10 float:1E-5 float:1_0.0_1e+1_0 imaginary:3j imaginary:1.5J float:09.5 imaginary:0777j newline end of file"},
		{"1if x else 2", "int:1 if name:x else int:2 newline end of file"},
		{"'a' \"b\" '''c''' \"\"\"d\"\"\" r'\\'' b'x' Rb'y' bR'z' f'{x}' rF'w' u'v'",
			"string:'a' string:\"b\" string:'''c''' string:\"\"\"d\"\"\" string:r'\\'' string:b'x' string:Rb'y' string:bR'z' string:f'{x}' string:rF'w' string:u'v' newline end of file"},
		{"'''a\nb'''", "string:'''a\nb''' newline end of file"},
		{"'a\\\nb'", "string:'a\\\nb' newline end of file"},
		{"ur'x'", "name:ur string:'x' newline end of file"},
		{"a->b :=c ... ** **= // //= >>= <<= != <> @=", "name:a -> name:b := name:c ... ** **= // //= >>= <<= != <> @= newline end of file"},
		{"é = 変数", "name:é = name:変数 newline end of file"},
		{"async def await", "async def await newline end of file"},
		{"x\r\ny\r", "name:x newline name:y newline end of file"},
		{"\ufeffx", "name:x newline end of file"},
	} {
		src := tc.src
		var got string
		var err error
		if strings.ContainsAny(src, "\r\ufeff") {
			// Normalisation happens in newParser.
			p := newParser("x.py", []byte(src), modeFile)
			var out []string
			for p.tok() != tEOF {
				t := p.sc.tok
				switch t.kind {
				case tNAME:
					out = append(out, "name:"+string(p.src[t.off:t.eof]))
				default:
					out = append(out, t.kind.String())
				}
				p.next()
			}
			got = strings.Join(append(out, "end of file"), " ")
		} else {
			var e *Error
			got, e = scanAll(src)
			if e != nil {
				err = e
			}
		}
		if err != nil {
			t.Errorf("scan %q: %v", src, err)
			continue
		}
		if got != tc.want {
			t.Errorf("scan %q:\ngot  %s\nwant %s", src, got, tc.want)
		}
	}
}

func TestScanErrors(t *testing.T) {
	for _, tc := range []struct {
		src, kind, msg string
		line, col      int
		incomplete     bool
	}{
		{"1abc", KindSyntax, "invalid decimal literal", 1, 1, false},
		{"1__0", KindSyntax, "invalid decimal literal", 1, 2, false},
		{"0x", KindSyntax, "invalid hexadecimal literal", 1, 2, false},
		{"0b12", KindSyntax, "invalid digit '2' in binary literal", 1, 4, false},
		{"0o8", KindSyntax, "invalid digit '8' in octal literal", 1, 3, false},
		{"012", KindSyntax, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1, false},
		{"1e+", KindSyntax, "invalid decimal literal", 1, 3, false},
		{"'abc", KindSyntax, "unterminated string literal (detected at line 1)", 1, 1, false},
		{"x = 'abc\ny'", KindSyntax, "unterminated string literal (detected at line 1)", 1, 5, false},
		{"'''abc\n\n", KindSyntax, "unterminated triple-quoted string literal (detected at line 2)", 1, 1, true},
		{"x = (1,\n", KindSyntax, "'(' was never closed", 1, 5, true},
		{")", KindSyntax, "unmatched ')'", 1, 1, false},
		{"(]", KindSyntax, "closing parenthesis ']' does not match opening parenthesis '('", 1, 2, false},
		{"(\n]", KindSyntax, "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 1, false},
		{"x = 1 + \\", KindSyntax, "unexpected EOF while parsing", 1, 10, true},
		{"x \\ y", KindSyntax, "unexpected character after line continuation character", 1, 4, false},
		{"if x:\n    a\n  b\n", KindIndentation, "unindent does not match any outer indentation level", 3, 4, false},
		{"if x:\n\ta\n        b\n", KindTab, "inconsistent use of tabs and spaces in indentation", 3, 1, false},
		{"a = €", KindSyntax, "invalid character '€' (U+20AC)", 1, 5, false},
		{"a = \u00a0", KindSyntax, "invalid non-printable character U+00A0", 1, 5, false},
		{"a = $", KindSyntax, "invalid syntax", 1, 5, false},
		{"x = 1\x00", KindSyntax, "source code cannot contain null bytes", 1, 1, false},
	} {
		_, err := ParseFile("x.py", []byte(tc.src))
		e, ok := err.(*Error)
		if !ok {
			t.Errorf("%q: got %v, want %s", tc.src, err, tc.msg)
			continue
		}
		if e.Kind != tc.kind || e.Msg != tc.msg || e.Line != tc.line || e.Col != tc.col || e.Incomplete != tc.incomplete {
			t.Errorf("%q:\ngot  %s: %s @%d:%d incomplete=%v\nwant %s: %s @%d:%d incomplete=%v", tc.src,
				e.Kind, e.Msg, e.Line, e.Col, e.Incomplete, tc.kind, tc.msg, tc.line, tc.col, tc.incomplete)
		}
	}
}

func TestConstants(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"0", "0"},
		{"1_000_000", "1000000"},
		{"0xff", "255"},
		{"0o777", "511"},
		{"0b1010", "10"},
		{"9223372036854775807", "9223372036854775807"},
		{"9223372036854775808", "9223372036854775808"},
		{"0x1_0000_0000_0000_0000_0000", "1208925819614629174706176"},
		{"1.5", "1.5"},
		{"1e16", "1e+16"},
		{"1e15", "1000000000000000.0"},
		{"1e-5", "1e-05"},
		{"0.0001", "0.0001"},
		{"1e400", "inf"},
		{"3j", "3j"},
		{"1.5e20j", "1.5e+20j"},
		{"'a\\x41\\u00e9\\U0001F600\\101\\n\\q'", "'aAé😀A\\n\\\\q'"},
		{"'\\N{bullet}\\N{LATIN SMALL LETTER Z}'", "'•z'"},
		{"'\\ud800'", "'\\ud800'"},
		{"b'\\x00\\xff\\u1234'", "b'\\x00\\xff\\\\u1234'"},
		{"r'\\n' '\\t'", "'\\\\n\\t'"},
		{"\"'\"", "\"'\""},
		{"'\"\\''", "'\"\\''"},
	} {
		e, err := ParseExpr("x.py", []byte(tc.src))
		if err != nil {
			t.Errorf("%s: %v", tc.src, err)
			continue
		}
		c, ok := e.(*Constant)
		if !ok {
			t.Errorf("%s: not a constant: %s", tc.src, Dump(e))
			continue
		}
		if got := string(appendConstant(nil, c)); got != tc.want {
			t.Errorf("%s: got %s, want %s", tc.src, got, tc.want)
		}
	}
}

func TestBadUTF8(t *testing.T) {
	for _, tc := range []struct {
		src  string
		line int
		msg  string
	}{
		{"x = 1\ny = \"\xff\"\n", 2, "(unicode error) 'utf-8' codec can't decode byte 0xff in position 5: invalid start byte"},
		{"x = '\xc3'\n", 1, "(unicode error) 'utf-8' codec can't decode byte 0xc3 in position 5: unexpected end of data"},
		{"x = '\xc3\xc3'\n", 1, "(unicode error) 'utf-8' codec can't decode byte 0xc3 in position 5: invalid continuation byte"},
	} {
		_, err := ParseFile("x.py", []byte(tc.src))
		e, ok := err.(*Error)
		if !ok || e.Line != tc.line || e.Msg != tc.msg {
			t.Errorf("%q: got %v, want line %d %q", tc.src, err, tc.line, tc.msg)
		}
	}
}
