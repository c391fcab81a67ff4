package pyfmt

import (
	"bufio"
	"bytes"
	"math"
	"math/big"
	"math/rand"
	"os/exec"
	"strconv"
	"strings"
	"testing"
)

// pythonOracle runs script with python3, feeding it one line per case on
// stdin, and returns one output line per case. It skips the test when
// python3 is not installed.
func pythonOracle(t *testing.T, script string, lines []string) []string {
	t.Helper()
	if testing.Short() {
		t.Skip("python3 oracle skipped in -short mode")
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not available")
	}
	cmd := exec.Command(py, "-c", script)
	cmd.Stdin = strings.NewReader(strings.Join(lines, "\n") + "\n")
	var out, stderr bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("python3: %v\n%s", err, stderr.String())
	}
	var res []string
	sc := bufio.NewScanner(&out)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		res = append(res, sc.Text())
	}
	if len(res) != len(lines) {
		t.Fatalf("python3 returned %d lines for %d cases", len(res), len(lines))
	}
	return res
}

// oraclePrelude decodes the argument encodings used by the oracle tests:
// floats travel as float.hex strings so they arrive exactly.
const oraclePrelude = `
import sys
def F(s): return float.fromhex(s)
def out(f):
    try:
        r = f()
    except Exception as e:
        r = 'ERR ' + type(e).__name__ + ': ' + str(e)
    sys.stdout.write(repr(r) + '\n')
`

func errString(s string, err error) string {
	if err != nil {
		return "ERR " + err.Error()
	}
	return s
}

// randomFloat returns floats of many shapes: random bit patterns, short
// decimals, integers, halves and special values.
func randomFloat(r *rand.Rand) float64 {
	switch r.Intn(8) {
	case 0:
		return math.Float64frombits(r.Uint64())
	case 1:
		return float64(r.Intn(2000000)-1000000) / math.Pow(10, float64(r.Intn(8)))
	case 2:
		return float64(r.Int63n(1<<53)) * math.Pow(10, float64(r.Intn(40)-20))
	case 3:
		return float64(r.Intn(200)-100) + 0.5
	case 4:
		return []float64{0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(), 1e16, 1e-4, 9.995, 0.125, -0.0001}[r.Intn(10)]
	case 5:
		return r.NormFloat64() * math.Pow(10, float64(r.Intn(30)-15))
	case 6:
		return float64(r.Intn(100000)) * 1e10
	}
	return r.ExpFloat64() * 1e-6
}

func randomSpec(r *rand.Rand, types string) string {
	var b strings.Builder
	switch r.Intn(6) {
	case 0:
		b.WriteByte("<>^="[r.Intn(4)])
	case 1:
		b.WriteString([]string{"*", "0", "é", "x"}[r.Intn(4)])
		b.WriteByte("<>^="[r.Intn(4)])
	}
	if r.Intn(3) == 0 {
		b.WriteByte("+- "[r.Intn(3)])
	}
	if r.Intn(8) == 0 {
		b.WriteByte('z')
	}
	if r.Intn(5) == 0 {
		b.WriteByte('#')
	}
	if r.Intn(4) == 0 {
		b.WriteByte('0')
	}
	if r.Intn(2) == 0 {
		b.WriteString(strconv.Itoa(r.Intn(25)))
	}
	if r.Intn(4) == 0 {
		b.WriteByte(",_"[r.Intn(2)])
	}
	if r.Intn(2) == 0 {
		b.WriteByte('.')
		b.WriteString(strconv.Itoa(r.Intn(20)))
	}
	if i := r.Intn(len(types) + 1); i < len(types) {
		b.WriteByte(types[i])
	}
	return b.String()
}

func floatHex(f float64) string { return FloatHex(f) }

func TestFormatFloatOracle(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	var lines, want []string
	for i := 0; i < 3000; i++ {
		f := randomFloat(r)
		spec := randomSpec(r, "eEfFgGn%dxs")
		if i%10 == 0 {
			spec = ""
		}
		lines = append(lines, floatHex(f)+"\t"+spec)
		sp, err := ParseSpecFor(spec, "float")
		var got string
		if err == nil {
			got, err = FormatFloat(f, sp)
		}
		want = append(want, StrRepr(errString(got, err)))
		// repr and str must agree with FormatFloat's empty spec.
		lines = append(lines, floatHex(f)+"\t!r")
		want = append(want, StrRepr(FloatRepr(f)))
	}
	res := pythonOracle(t, oraclePrelude+`
for line in sys.stdin:
    h, spec = line.rstrip('\n').split('\t')
    if spec == '!r':
        out(lambda: repr(F(h)))
    else:
        out(lambda: format(F(h), spec))
`, lines)
	compareOracle(t, lines, res, want)
}

func compareOracle(t *testing.T, lines, res, want []string) {
	t.Helper()
	bad := 0
	for i := range lines {
		if res[i] != want[i] {
			t.Errorf("case %q: python %s, got %s", lines[i], res[i], want[i])
			if bad++; bad > 30 {
				t.Fatal("too many failures")
			}
		}
	}
}

func TestFormatComplexOracle(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	var lines, want []string
	for i := 0; i < 1500; i++ {
		re, im := randomFloat(r), randomFloat(r)
		if i%5 == 0 {
			re = 0
		}
		spec := randomSpec(r, "eEfFgGn%d")
		lines = append(lines, floatHex(re)+"\t"+floatHex(im)+"\t"+spec)
		sp, err := ParseSpecFor(spec, "complex")
		var got string
		if err == nil {
			got, err = FormatComplex(re, im, sp)
		}
		want = append(want, StrRepr(errString(got, err)))
		lines = append(lines, floatHex(re)+"\t"+floatHex(im)+"\t!r")
		want = append(want, StrRepr(ComplexRepr(re, im)))
	}
	res := pythonOracle(t, oraclePrelude+`
for line in sys.stdin:
    a, b, spec = line.rstrip('\n').split('\t')
    if spec == '!r':
        out(lambda: repr(complex(F(a), F(b))))
    else:
        out(lambda: format(complex(F(a), F(b)), spec))
`, lines)
	compareOracle(t, lines, res, want)
}

func randomInt(r *rand.Rand) *big.Int {
	switch r.Intn(4) {
	case 0:
		return big.NewInt(int64(r.Intn(2000) - 1000))
	case 1:
		return big.NewInt(r.Int63() >> uint(r.Intn(63)) * int64(1-2*r.Intn(2)))
	case 2:
		x := new(big.Int).Rand(r, new(big.Int).Lsh(big.NewInt(1), uint(r.Intn(200)+1)))
		if r.Intn(2) == 0 {
			x.Neg(x)
		}
		return x
	}
	return big.NewInt(int64(r.Intn(0x110000 + 10)))
}

func TestFormatIntOracle(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	var lines, want []string
	for i := 0; i < 3000; i++ {
		x := randomInt(r)
		spec := randomSpec(r, "bcdoxXneEfFgG%s")
		lines = append(lines, x.String()+"\t"+spec)
		sp, err := ParseSpecFor(spec, "int")
		var got string
		if err == nil {
			got, err = FormatInt(x, sp)
		}
		want = append(want, StrRepr(errString(got, err)))
	}
	res := pythonOracle(t, oraclePrelude+`
for line in sys.stdin:
    a, spec = line.rstrip('\n').split('\t')
    out(lambda: format(int(a), spec))
`, lines)
	compareOracle(t, lines, res, want)
}

func TestFormatStrOracle(t *testing.T) {
	r := rand.New(rand.NewSource(4))
	words := []string{"", "a", "abc", "héllo", "中文字", "tab\tx", "😀x"}
	var lines, want []string
	for i := 0; i < 1500; i++ {
		s := words[r.Intn(len(words))]
		spec := randomSpec(r, "sdr")
		lines = append(lines, s+"\x01"+spec)
		sp, err := ParseSpecFor(spec, "str")
		var got string
		if err == nil {
			got, err = FormatStr(s, sp)
		}
		want = append(want, StrRepr(errString(got, err)))
	}
	res := pythonOracle(t, oraclePrelude+`
for line in sys.stdin:
    a, spec = line.rstrip('\n').split('\x01')
    out(lambda: format(a, spec))
`, lines)
	compareOracle(t, lines, res, want)
}
