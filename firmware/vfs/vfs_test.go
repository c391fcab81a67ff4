package vfs

import (
	"errors"
	"reflect"
	"testing"
	"testing/fstest"
)

func TestClean(t *testing.T) {
	for _, tc := range []struct{ cwd, p, want string }{
		{"/", "a.txt", "/a.txt"},
		{"/d", "../b", "/b"},
		{"/d", "/x/./y/", "/x/y"},
		{"/", "..", "/"},
	} {
		if got := Clean(tc.cwd, tc.p); got != tc.want {
			t.Errorf("Clean(%q, %q) = %q, want %q", tc.cwd, tc.p, got, tc.want)
		}
	}
}

func TestOperations(t *testing.T) {
	fs := New(10)
	steps := []struct {
		name string
		do   func() error
		want error
	}{
		{"write", func() error { return fs.WriteFile("/a", []byte("12345")) }, nil},
		{"append", func() error { return fs.Append("/a", []byte("678")) }, nil},
		{"full", func() error { return fs.Append("/a", []byte("901")) }, ErrNoSpace},
		{"no parent", func() error { return fs.WriteFile("/d/x", nil) }, ErrNotExist},
		{"mkdir", func() error { return fs.Mkdir("/d") }, nil},
		{"mkdir twice", func() error { return fs.Mkdir("/d") }, ErrExist},
		{"write in dir", func() error { return fs.WriteFile("/d/x", []byte("1")) }, nil},
		{"rmdir non-empty", func() error { return fs.Rmdir("/d") }, ErrNotEmpty},
		{"read dir", func() error { _, err := fs.ReadFile("/d"); return err }, ErrIsDir},
		{"list file", func() error { _, err := fs.List("/a"); return err }, ErrNotDir},
		{"rename", func() error { return fs.Rename("/d/x", "/y") }, nil},
		{"rmdir", func() error { return fs.Rmdir("/d") }, nil},
		{"remove", func() error { return fs.Remove("/a") }, nil},
		{"remove again", func() error { return fs.Remove("/a") }, ErrNotExist},
	}
	for _, s := range steps {
		if err := s.do(); !errors.Is(err, s.want) {
			t.Fatalf("%s: %v, want %v", s.name, err, s.want)
		}
	}
	names, err := fs.List("/")
	if err != nil || !reflect.DeepEqual(names, []string{"y"}) {
		t.Errorf("List(/) = %v, %v", names, err)
	}
	if used, capacity := fs.Usage(); used != 1 || capacity != 10 {
		t.Errorf("Usage = %d, %d", used, capacity)
	}
}

func TestSeed(t *testing.T) {
	fs := New(0)
	if err := fs.Seed(fstest.MapFS{"main.py": {Data: []byte("x")}, "lib/m.py": {Data: []byte("y")}}); err != nil {
		t.Fatal(err)
	}
	for p, want := range map[string]string{"/main.py": "x", "/lib/m.py": "y"} {
		if b, err := fs.ReadFile(p); err != nil || string(b) != want {
			t.Errorf("%s: %q %v", p, b, err)
		}
	}
}
