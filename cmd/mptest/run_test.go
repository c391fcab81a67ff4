package main

import (
	"reflect"
	"strings"
	"testing"
)

func TestSplitTargets(t *testing.T) {
	tests := []struct {
		in      []string
		want    []string
		wantErr string
	}{
		{[]string{"host"}, []string{"host"}, ""},
		{[]string{"host,cpython", "exec:micropython -X heapsize=64k"}, []string{"host", "cpython", "exec:micropython -X heapsize=64k"}, ""},
		// A comma not followed by a known scheme belongs to the spec.
		{[]string{"exec:prog --opt=a,b,host"}, []string{"exec:prog --opt=a,b", "host"}, ""},
		{[]string{"host,"}, nil, "empty --target"},
		{[]string{"host", "host"}, nil, "given twice"},
		{[]string{"exec:a b", "exec:a:b"}, nil, "given twice"}, // same results directory
	}
	for _, tt := range tests {
		got, err := splitTargets(tt.in)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("splitTargets(%q) error = %v, want %q", tt.in, err, tt.wantErr)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("splitTargets(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}
