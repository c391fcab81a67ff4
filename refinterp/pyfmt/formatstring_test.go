package pyfmt

import (
	"math/big"
	"strings"
	"testing"
)

func TestParseFormatStringStructure(t *testing.T) {
	pieces, err := ParseFormatString("a{{b}}{0.attr[key][3]!r:>{w}}{}")
	if err == nil {
		t.Fatal("mixing manual and automatic numbering must fail")
	}
	if len(pieces) != 1 || pieces[0].Literal != "a{b}" {
		t.Fatalf("pieces before the error = %+v", pieces)
	}
	f := pieces[0].Field
	if f == nil || f.Index != 0 || f.Auto || f.Conversion != 'r' || f.Spec != ">{w}" {
		t.Fatalf("field = %+v", f)
	}
	wantPath := []FieldAccess{{Attr: true, Name: "attr", Index: -1}, {Name: "key", Index: -1}, {Name: "3", Index: 3}}
	if len(f.Path) != len(wantPath) {
		t.Fatalf("path = %+v", f.Path)
	}
	for i := range wantPath {
		if f.Path[i] != wantPath[i] {
			t.Errorf("path[%d] = %+v, want %+v", i, f.Path[i], wantPath[i])
		}
	}
	if len(f.SpecFields) != 1 || f.SpecFields[0].Literal != ">" || f.SpecFields[0].Field.Name != "w" {
		t.Errorf("spec fields = %+v", f.SpecFields)
	}
}

// renderFormat is a small str.format over string arguments, enough to
// compare parsing with CPython.
func renderFormat(pieces []FormatPiece, args []string, kwargs map[string]string) (string, error) {
	var b strings.Builder
	for _, p := range pieces {
		b.WriteString(p.Literal)
		f := p.Field
		if f == nil {
			continue
		}
		var v string
		if f.Index >= 0 {
			if f.Index >= len(args) {
				return "", &Error{Type: "IndexError", Msg: "Replacement index " + itoa(f.Index) + " out of range for positional args tuple"}
			}
			v = args[f.Index]
		} else {
			var ok bool
			if v, ok = kwargs[f.Name]; !ok {
				return "", &Error{Type: "KeyError", Msg: StrRepr(f.Name)}
			}
		}
		for _, acc := range f.Path {
			if acc.Attr {
				return "", &Error{Type: "AttributeError", Msg: "'str' object has no attribute " + StrRepr(acc.Name)}
			}
			if acc.Index < 0 {
				return "", &Error{Type: "TypeError", Msg: "string indices must be integers, not 'str'"}
			}
			r := []rune(v)
			if acc.Index >= len(r) {
				return "", &Error{Type: "IndexError", Msg: "string index out of range"}
			}
			v = string(r[acc.Index])
		}
		if f.PathErr != nil {
			return "", f.PathErr
		}
		switch f.Conversion {
		case 'r':
			v = StrRepr(v)
		case 'a':
			v = ASCII(v)
		}
		spec := f.Spec
		if f.SpecFields != nil {
			var err error
			if spec, err = renderFormat(f.SpecFields, args, kwargs); err != nil {
				return "", err
			}
		}
		sp, err := ParseSpecFor(spec, "str")
		if err != nil {
			return "", err
		}
		out, err := FormatStr(v, sp)
		if err != nil {
			return "", err
		}
		b.WriteString(out)
	}
	return b.String(), nil
}

func itoa(i int) string { return FormatIntBase(bigInt(int64(i)), 10) }

func TestParseFormatStringOracle(t *testing.T) {
	formats := []string{
		"", "plain", "{", "}", "a}b", "{0", "{0:", "{!}", "{!x}", "{!rx}", "{0!r:>9}", "{x.}",
		"{x[}", "{x[]}", "{x[0]x}", "{0[0]}", "{} {0}", "{0} {}", "{:{}}", "{:{:{}}}",
		"{0:{1}{2}}", "{{}}", "}}{{", "{x[0}]}", "{0:}}", "{0:{}", "{:{{}}}", "{0!r}",
		"{[1]}", "{x[-1]}", "{0x}", "{00}", "{99999999999999999999}", "{a b}", "{é}",
		"{0[99999999999999999999]}", "{!r:", "{:", "{a!", "{0:{x}", "{{", "{x:{{}",
		"{x:>{w}}|{x:^{w}.{1}}", "{}{}{}", "{2}{1}{0}", "{!s:>4}{!a}", "{0!é}", "{0!\x01}",
		"{w[0]}", "a{{{0}}}b", "{x[0]!r:{w}}", "{:{w}}{}", "{0:{}}", "{1.a.}",
	}
	var lines, want []string
	for _, f := range formats {
		lines = append(lines, f)
		pieces, perr := ParseFormatString(f)
		got, err := renderFormat(pieces, []string{"a0", "béta", "2", "three"}, map[string]string{"x": "X", "w": "5"})
		if err == nil {
			err = perr
		}
		want = append(want, StrRepr(errString(got, err)))
	}
	res := pythonOracle(t, oraclePrelude+`
import ast
for line in sys.stdin:
    f = ast.literal_eval(line)
    out(lambda: f.format('a0', 'béta', '2', 'three', x='X', w='5'))
`, quoteAll(lines))
	compareOracle(t, lines, res, want)
}

func quoteAll(lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = StrRepr(l)
	}
	return out
}

func bigInt(x int64) *big.Int { return big.NewInt(x) }
