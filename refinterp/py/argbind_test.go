package py

import "testing"

func TestBindArgs(t *testing.T) {
	one := MakeInt(1)
	kw := func(names ...string) *Kwargs {
		k := &Kwargs{Names: names}
		for range names {
			k.Values = append(k.Values, one)
		}
		return k
	}
	names := []string{"a", "b", "c"}
	tests := []struct {
		name     string
		style    ArgStyle
		args     int
		kw       *Kwargs
		required int
		self     int
		want     string // error text; "" = binds
	}{
		{"binds", ClinicArgs, 1, kw("c"), 1, 0, ""},
		{"clinic too many", ClinicArgs, 4, kw("x"), 1, 0, "f() takes at most 3 arguments (5 given)"},
		{"clinic bad keyword", ClinicArgs, 1, kw("x"), 1, 0, "'x' is an invalid keyword argument for f()"},
		{"clinic twice", ClinicArgs, 2, kw("b"), 1, 0, "argument for f() given by name ('b') and position (2)"},
		{"clinic missing", ClinicArgs, 0, kw("c"), 2, 0, "f() missing required argument 'a' (pos 1)"},
		{"python too many", PythonArgs, 4, nil, 1, 0, "f() takes from 1 to 3 positional arguments but 4 were given"},
		{"python too many exact", PythonArgs, 4, nil, 3, 0, "f() takes 3 positional arguments but 4 were given"},
		{"python method too many", PythonArgs, 4, nil, 2, 1, "f() takes from 3 to 4 positional arguments but 5 were given"},
		{"python bad keyword", PythonArgs, 0, kw("z"), 0, 0, "f() got an unexpected keyword argument 'z'"},
		{"python twice", PythonArgs, 1, kw("a"), 1, 0, "f() got multiple values for argument 'a'"},
		{"python missing one", PythonArgs, 0, kw("b"), 2, 0, "f() missing 1 required positional argument: 'a'"},
		{"python missing three", PythonArgs, 0, nil, 3, 0, "f() missing 3 required positional arguments: 'a', 'b', and 'c'"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			args := make([]Value, tc.args)
			for i := range args {
				args[i] = one
			}
			out, err := BindArgs(tc.style, "f", args, tc.kw, names, tc.required, tc.self)
			if tc.want == "" {
				if err != nil {
					t.Fatalf("error %v", err)
				}
				if out[0] != one || out[1] != nil || out[2] != one {
					t.Errorf("bound %v, want [1 nil 1]", out)
				}
				return
			}
			e, ok := err.(*Exception)
			if !ok || e.Class != TypeErrorType {
				t.Fatalf("error %#v, want a TypeError", err)
			}
			if got := e.Error(); got != "TypeError: "+tc.want {
				t.Errorf("message %q, want %q", got, tc.want)
			}
		})
	}
}

func TestCheckKwargs(t *testing.T) {
	kw := &Kwargs{Names: []string{"key", "x"}, Values: []Value{MakeInt(1), MakeInt(2)}}
	tests := []struct {
		kw      *Kwargs
		allowed []string
		want    string // error text; "" = accepted
	}{
		{nil, nil, ""},
		{kw, []string{"x", "key"}, ""},
		{kw, []string{"key"}, "TypeError: f() got an unexpected keyword argument 'x'"},
		{kw, nil, "TypeError: f() takes no keyword arguments"},
	}
	for _, tc := range tests {
		err := CheckKwargs("f", tc.kw, tc.allowed...)
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != tc.want {
			t.Errorf("CheckKwargs(%v, %v) = %q, want %q", tc.kw, tc.allowed, got, tc.want)
		}
	}
	if v := kw.Get("x"); v != kw.Values[1] {
		t.Errorf("Get(x) = %v", v)
	}
	if v := kw.Get("nope"); v != nil {
		t.Errorf("Get(nope) = %v, want nil", v)
	}
	if v := (*Kwargs)(nil).Get("x"); v != nil {
		t.Errorf("nil Get = %v, want nil", v)
	}
}
