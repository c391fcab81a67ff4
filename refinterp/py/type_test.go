package py

import (
	"reflect"
	"testing"
)

// TestNewBuiltinTypeCopiesEverySlot guards copySlots (the start-up fast
// path of inheritSlots): a new built-in type must get every slot of its
// base, including slots added to Type later.
func TestNewBuiltinTypeCopiesEverySlot(t *testing.T) {
	base := &Type{Name: "base", MRO: nil}
	base.MRO = []*Type{base}
	bv := reflect.ValueOf(base).Elem()
	var funcs []string
	for i := 0; i < bv.NumField(); i++ {
		f := bv.Field(i)
		if !f.CanSet() {
			continue
		}
		name := bv.Type().Field(i).Name
		switch f.Kind() {
		case reflect.Func:
			f.Set(reflect.MakeFunc(f.Type(), nil))
			funcs = append(funcs, name)
		case reflect.Array:
			if f.Type().Elem().Kind() == reflect.Func {
				for j := 0; j < f.Len(); j++ {
					f.Index(j).Set(reflect.MakeFunc(f.Type().Elem(), nil))
				}
				funcs = append(funcs, name)
			}
		}
	}
	if len(funcs) < 20 {
		t.Fatalf("found only %d slot fields: %v", len(funcs), funcs)
	}
	nt := NewBuiltinType("derived", base)
	nv := reflect.ValueOf(nt).Elem()
	for _, name := range funcs {
		f := nv.FieldByName(name)
		if f.Kind() == reflect.Func {
			if f.IsNil() {
				t.Errorf("slot %s not inherited", name)
			}
			continue
		}
		for j := 0; j < f.Len(); j++ {
			if f.Index(j).IsNil() {
				t.Errorf("slot %s[%d] not inherited", name, j)
			}
		}
	}
	if len(nt.MRO) != 2 || nt.MRO[0] != nt || nt.MRO[1] != base || len(nt.Bases) != 1 || nt.Bases[0] != base {
		t.Errorf("MRO %v, Bases %v", nt.MRO, nt.Bases)
	}
}

func TestSameSlot(t *testing.T) {
	f := func(th *Thread, v Value) (string, error) { return "f", nil }
	g := func(th *Thread, v Value) (string, error) { return "g", nil }
	a := &Type{Repr: f}
	b := &Type{Repr: f}
	c := &Type{Repr: g}
	tests := []struct {
		name string
		x, y *Type
		want bool
	}{
		{"copied", a, b, true},
		{"different", a, c, false},
		{"set and nil", a, &Type{}, false},
		{"both nil", &Type{}, &Type{}, true},
	}
	for _, tc := range tests {
		if got := sameSlot(&tc.x.Repr, &tc.y.Repr); got != tc.want {
			t.Errorf("%s: sameSlot = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestASCIIChars(t *testing.T) {
	for i, s := range asciiChars {
		if s.s != string(rune(i)) || s.Len() != 1 {
			t.Errorf("asciiChars[%d] = %q", i, s.s)
		}
	}
}

func TestMakeIntCache(t *testing.T) {
	for _, i := range []int64{smallIntMin, -1, 0, 255, 256, smallIntMax, smallIntMax + 1, -1 << 40} {
		v := MakeInt(i)
		if v != Value(Int(i)) {
			t.Errorf("MakeInt(%d) = %v", i, v)
		}
		if i >= smallIntMin && i <= smallIntMax && smallInts[i-smallIntMin] != v {
			t.Errorf("MakeInt(%d) not cached", i)
		}
	}
}
