package pyfmt

import (
	"math/big"
	"math/rand"
	"strconv"
	"strings"
	"testing"
)

func TestParsePercent(t *testing.T) {
	tests := []struct {
		format string
		want   string // pieces rendered by describe, "|" separated
		err    string
	}{
		{"abc", "lit(abc)", ""},
		{"a%%b", "lit(a%b)", ""},
		{"%d items", "d w-1 p-1|lit( items)", ""},
		{"%(name)-5.2f", "f key(name) - w5 p2", ""},
		{"%((a)b)s", "s key((a)b) w-1 p-1", ""},
		{"%*.*f", "f w* p*", ""},
		{"%ld %.d", "d w-1 p-1|lit( )|d w-1 p0", ""},
		{"%#0+ x", "x +   # 0 w-1 p-1", ""},
		{"x%", "lit(x)", "ValueError: incomplete format"},
		{"%(a", "", "ValueError: incomplete format key"},
		{"é%lld", "lit(é)|l w-1 p-1", "ValueError: unsupported format character 'l' (0x6c) at index 3"},
		{"%5%", "% w5 p-1", "ValueError: unsupported format character '%' (0x25) at index 2"},
		{"%€", "€ w-1 p-1", "ValueError: unsupported format character '?' (0x20ac) at index 1"},
		{"%99999999999999999999d", "", "ValueError: width too big"},
		{"%.99999999999999999999d", "", "ValueError: precision too big"},
	}
	for _, tt := range tests {
		pieces, err := ParsePercent(tt.format)
		var got []string
		for _, p := range pieces {
			got = append(got, describe(&p))
		}
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("ParsePercent(%q) = %s, want %s", tt.format, g, tt.want)
		}
		gotErr := ""
		if err != nil {
			gotErr = err.Error()
		}
		if gotErr != tt.err {
			t.Errorf("ParsePercent(%q) error = %q, want %q", tt.format, gotErr, tt.err)
		}
	}
}

func describe(p *PercentPiece) string {
	if p.Verb == 0 {
		return "lit(" + p.Literal + ")"
	}
	s := string(p.Verb)
	if p.HasKey {
		s += " key(" + p.Key + ")"
	}
	for _, f := range []struct {
		on bool
		s  string
	}{{p.Minus, " -"}, {p.Plus, " +"}, {p.Space, "  "}, {p.Alt, " #"}, {p.Zero, " 0"}} {
		if f.on {
			s += f.s
		}
	}
	if p.StarWidth {
		s += " w*"
	} else {
		s += " w" + strconv.Itoa(p.Width)
	}
	if p.StarPrec {
		s += " p*"
	} else {
		s += " p" + strconv.Itoa(p.Precision)
	}
	return s
}

// sliceHandler is a PercentHandler over positional string, int or float
// arguments, enough to test Percent's ordering.
type sliceHandler struct {
	args []interface{}
}

func (h *sliceHandler) Lookup(key string) error { return typeError("format requires a mapping") }

func (h *sliceHandler) next() (interface{}, error) {
	if len(h.args) == 0 {
		return nil, typeError("not enough arguments for format string")
	}
	v := h.args[0]
	h.args = h.args[1:]
	return v, nil
}

func (h *sliceHandler) StarArg() (int, error) {
	v, err := h.next()
	if err != nil {
		return 0, err
	}
	n, ok := v.(int)
	if !ok {
		return 0, typeError("* wants int")
	}
	return n, nil
}

func (h *sliceHandler) Format(dst []byte, p *PercentPiece) ([]byte, error) {
	v, err := h.next()
	if err != nil {
		return dst, err
	}
	switch p.Verb {
	case 'd', 'i', 'u', 'o', 'x', 'X':
		return AppendPercentInt64(dst, int64(v.(int)), p), nil
	case 'e', 'E', 'f', 'F', 'g', 'G':
		return AppendPercentFloat(dst, v.(float64), p), nil
	case 's', 'c':
		return AppendPercentText(dst, v.(string), p), nil
	case 'r', 'a':
		return AppendPercentText(dst, StrRepr(v.(string)), p), nil
	}
	return dst, nil
}

func TestPercent(t *testing.T) {
	tests := []struct {
		format string
		args   []interface{}
		want   string
	}{
		{"%d-%s", []interface{}{3, "x"}, "3-x"},
		{"%*d|%-*d|%.*f", []interface{}{5, 1, -4, 2, -1, 2.5}, "    1|2   |2"},
		{"%5%", nil, "ERR TypeError: not enough arguments for format string"},
		{"%d %z", []interface{}{1}, "ERR TypeError: not enough arguments for format string"},
		{"%d %z", []interface{}{1, 2}, "ERR ValueError: unsupported format character 'z' (0x7a) at index 4"},
		{"%*", []interface{}{1}, "ERR ValueError: incomplete format"},
		{"%r%5c", []interface{}{"it's", "é"}, `"it's"    é`},
	}
	for _, tt := range tests {
		got, err := Percent(tt.format, &sliceHandler{args: tt.args})
		if got = errString(got, err); got != tt.want {
			t.Errorf("Percent(%q) = %q, want %q", tt.format, got, tt.want)
		}
	}
}

func TestPercentOracle(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	var lines, want []string
	for i := 0; i < 3000; i++ {
		var b strings.Builder
		b.WriteByte('%')
		for _, f := range "-+ #0" {
			if r.Intn(5) == 0 {
				b.WriteRune(f)
			}
		}
		if r.Intn(2) == 0 {
			b.WriteString(strconv.Itoa(r.Intn(20)))
		}
		if r.Intn(2) == 0 {
			b.WriteByte('.')
			if r.Intn(5) > 0 {
				b.WriteString(strconv.Itoa(r.Intn(20)))
			}
		}
		verb := "diouxXeEfFgGsrac"[r.Intn(16)]
		b.WriteByte(verb)
		format := b.String()
		p, err := ParsePercent(format)
		if err != nil || len(p) != 1 {
			t.Fatalf("ParsePercent(%q) = %v, %v", format, p, err)
		}
		var got []byte
		var arg string
		switch verb {
		case 'd', 'i', 'o', 'u', 'x', 'X':
			x := randomInt(r)
			arg = "i" + x.String()
			got = AppendPercentInt(nil, x, &p[0])
			if x.IsInt64() {
				if g := AppendPercentInt64(nil, x.Int64(), &p[0]); string(g) != string(got) {
					t.Errorf("%q: AppendPercentInt64 %q != AppendPercentInt %q", format, g, got)
				}
			}
		case 'e', 'E', 'f', 'F', 'g', 'G':
			f := randomFloat(r)
			arg = "f" + FloatHex(f)
			got = AppendPercentFloat(nil, f, &p[0])
		case 'c':
			arg = "sé"
			got = AppendPercentText(nil, "é", &p[0])
		default:
			s := []string{"", "abc", "héllo wörld", "it's"}[r.Intn(4)]
			arg = "s" + s
			conv := s
			switch verb {
			case 'r':
				conv = StrRepr(s)
			case 'a':
				conv = ASCII(s)
			}
			got = AppendPercentText(nil, conv, &p[0])
		}
		lines = append(lines, format+"\t"+arg)
		want = append(want, StrRepr(string(got)))
	}
	res := pythonOracle(t, oraclePrelude+`
for line in sys.stdin:
    f, a = line.rstrip('\n').split('\t')
    v = {'i': int, 'f': F, 's': str}[a[0]](a[1:])
    out(lambda: f % (v,))
`, lines)
	compareOracle(t, lines, res, want)
}

func TestPercentCharCode(t *testing.T) {
	tests := []struct {
		x    int64
		want string
	}{
		{65, "A"},
		{0x20ac, "€"},
		{0xd800, "\xed\xa0\x80"},
		{0x110000, "ERR OverflowError: %c arg not in range(0x110000)"},
		{-1, "ERR OverflowError: %c arg not in range(0x110000)"},
	}
	for _, tt := range tests {
		got, err := PercentCharCode(big.NewInt(tt.x))
		if got = errString(got, err); got != tt.want {
			t.Errorf("PercentCharCode(%d) = %q, want %q", tt.x, got, tt.want)
		}
	}
}

func TestPercentBytes(t *testing.T) {
	tests := []struct {
		format string
		args   []interface{}
		want   string
	}{
		{"\xff%d\xfe", []interface{}{7}, "\xff7\xfe"},
		{"\xe9%\xe9", []interface{}{1}, "ERR ValueError: character argument not in range(0x110000)"},
		{"%\x01", []interface{}{1}, "ERR ValueError: unsupported format character '\x01' (0x1) at index 1"},
		{"é%k", []interface{}{1}, "ERR ValueError: unsupported format character 'k' (0x6b) at index 3"},
	}
	for _, tt := range tests {
		got, err := PercentBytes([]byte(tt.format), &sliceHandler{args: tt.args})
		if g := errString(string(got), err); g != tt.want {
			t.Errorf("PercentBytes(%q) = %q, want %q", tt.format, g, tt.want)
		}
	}
}
