package pyfmt

import "testing"

var benchFloats = []float64{0.1, 1.0 / 3, 123456.789, 1e22, 5e-324, 2.5, 100}

func BenchmarkFloatRepr(b *testing.B) {
	for i := 0; i < b.N; i++ {
		FloatRepr(benchFloats[i%len(benchFloats)])
	}
}

func BenchmarkFormatFloat(b *testing.B) {
	specs := []string{".2f", ">12,.3e", "g", "+010.4%"}
	parsed := make([]Spec, len(specs))
	for i, s := range specs {
		var err error
		if parsed[i], err = ParseSpec(s); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := FormatFloat(benchFloats[i%len(benchFloats)], parsed[i%len(parsed)]); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFormatInt64(b *testing.B) {
	sp, _ := ParseSpec(",d")
	for i := 0; i < b.N; i++ {
		FormatInt64(int64(i)*7919, sp)
	}
}

// benchHandler formats every directive's value as a fixed int or text.
type benchHandler struct{}

func (benchHandler) Lookup(string) error   { return nil }
func (benchHandler) StarArg() (int, error) { return 3, nil }
func (benchHandler) Format(dst []byte, d *PercentPiece) ([]byte, error) {
	if d.Verb == 's' {
		return AppendPercentText(dst, "washer", d), nil
	}
	return AppendPercentInt64(dst, 47221, d), nil
}

func BenchmarkPercent(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Percent("%(name)-7s=%(qty)6d %(code)04x | %05d %-8s 100%% done", benchHandler{}); err != nil {
			b.Fatal(err)
		}
	}
}
