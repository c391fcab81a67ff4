package discover

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/mptest/mptest/runners"
)

// tree writes files (path → content) under a new temporary directory.
func tree(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for name, content := range files {
		p := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

var fixture = map[string]string{
	"lang/suite.json":       `{"category": "lang/basics", "skip": {"qemu": ["big_*.py"], "exec:mp": ["sub/t2.py"], "*": ["never.py"]}, "needs": ["float"], "helpers": ["mod_*.py"]}`,
	"lang/t1.py":            "print(1)\n",
	"lang/big_list.py":      "print(2)\n",
	"lang/never.py":         "print(3)\n",
	"lang/mod_helper.py":    "X = 1\n",
	"lang/_private.py":      "X = 1\n",
	"lang/t1.py.exp":        "1\n",
	"lang/sub/t2.py":        "print(4)\n",
	"lang/__pycache__/x.py": "",
	"other/t3.py":           "print(5)\n",
	"solo/fstr.py":          "#!/usr/bin/env python3\n\n# Checks x.\n#   needs: fstring,bigint  async\nx = 1\n# needs: re\nprint(f'{x}')\n",
	"lang/fstr.py":          "# needs: fstring, float\nprint(6)\n",
	"other/latin1.py":       "print('caf\xe9')\n",
	"other/notes.txt":       "not a test\n",
}

func names(ts []Test) string {
	var s []string
	for _, t := range ts {
		s = append(s, t.Name)
	}
	return strings.Join(s, " ")
}

func TestFind(t *testing.T) {
	root := tree(t, fixture)
	tests := []struct {
		name  string
		paths []string
		opts  Options
		want  string
	}{
		{"all", []string{root}, Options{Root: root}, "lang/big_list.py lang/fstr.py lang/never.py lang/sub/t2.py lang/t1.py other/latin1.py other/t3.py solo/fstr.py"},
		{"one-dir", []string{filepath.Join(root, "other")}, Options{}, "other/latin1.py other/t3.py"},
		{"file-and-dup", []string{filepath.Join(root, "other", "t3.py"), filepath.Join(root, "other")}, Options{Root: root}, "other/latin1.py other/t3.py"},
		{"include", []string{root}, Options{Root: root, Include: []*regexp.Regexp{regexp.MustCompile(`t\d`)}}, "lang/sub/t2.py lang/t1.py other/t3.py"},
		{"exclude", []string{root}, Options{Root: root, Exclude: []*regexp.Regexp{regexp.MustCompile(`^lang/`), regexp.MustCompile(`latin`)}}, "other/t3.py solo/fstr.py"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Find(tt.paths, tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			if names(got) != tt.want {
				t.Errorf("Find = %s\nwant   %s", names(got), tt.want)
			}
		})
	}
}

func TestFindBadFiles(t *testing.T) {
	root := tree(t, fixture)
	unreadable := filepath.Join(root, "other", "locked.py")
	os.WriteFile(unreadable, []byte("print(1)\n"), 0o000)
	os.Symlink("nowhere.py", filepath.Join(root, "other", "dangling.py"))
	got, err := Find([]string{filepath.Join(root, "other")}, Options{Root: root})
	if err != nil {
		t.Fatal(err)
	}
	errs := map[string]string{}
	for _, tt := range got {
		if tt.Err != nil {
			errs[tt.Name] = tt.Err.Error()
		}
	}
	if !strings.Contains(errs["other/latin1.py"], "not valid UTF-8 (first bad byte at offset 10)") {
		t.Errorf("latin1.py error = %q", errs["other/latin1.py"])
	}
	if os.Geteuid() != 0 && !strings.Contains(errs["other/locked.py"], "cannot read") {
		t.Errorf("locked.py error = %q", errs["other/locked.py"])
	}
	if !strings.Contains(errs["other/dangling.py"], "cannot read test") {
		t.Errorf("dangling.py error = %q", errs["other/dangling.py"])
	}
	if _, err := Find([]string{filepath.Join(root, "nope")}, Options{}); err == nil {
		t.Error("Find on a missing path: no error")
	}
	os.WriteFile(filepath.Join(root, "other", ManifestName), []byte("{bad"), 0o644)
	if _, err := Find([]string{filepath.Join(root, "other")}, Options{}); err == nil || !strings.Contains(err.Error(), ManifestName) {
		t.Errorf("Find with a corrupt manifest: %v", err)
	}
}

type fakeTarget struct {
	runners.Target
	features map[string]bool
}

func (f fakeTarget) HasFeature(name string) bool { return f.features[name] }

func TestSkipReason(t *testing.T) {
	root := tree(t, fixture)
	all, err := Find([]string{root}, Options{Root: root})
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]*Test{}
	for i := range all {
		byName[all[i].Name] = &all[i]
	}
	if c := byName["lang/sub/t2.py"].Category; c != "lang/basics" {
		t.Errorf("category from manifest = %q", c)
	}
	if c := byName["other/t3.py"].Category; c != "other" {
		t.Errorf("category without manifest = %q", c)
	}
	for name, want := range map[string]string{
		"lang/t1.py":   "float",
		"lang/fstr.py": "float fstring", // the manifest's first, no duplicates
		"solo/fstr.py": "fstring bigint async",
		"other/t3.py":  "",
	} {
		if got := strings.Join(byName[name].Needs, " "); got != want {
			t.Errorf("%s: Needs = %q, want %q", name, got, want)
		}
	}
	withFloat := fakeTarget{features: map[string]bool{"float": true}}
	tests := []struct {
		test, target string
		tgt          runners.Target
		want         string // substring; "" means run
	}{
		{"lang/t1.py", "host", nil, ""},
		{"lang/big_list.py", "qemu:microbit", withFloat, `"qemu"`},
		{"lang/big_list.py", "host", withFloat, ""},
		{"lang/sub/t2.py", "exec:mp", nil, `"exec:mp"`},
		{"lang/never.py", "host", nil, `"*"`},
		{"lang/t1.py", "vboard:tiny", fakeTarget{}, `lacks "float"`},
		{"other/t3.py", "qemu:microbit", fakeTarget{}, ""},
		{"lang/fstr.py", "qemu:microbit", withFloat, `lacks "fstring"`},
		{"lang/fstr.py", "host", nil, ""},
		{"solo/fstr.py", "qemu:microbit", fakeTarget{features: map[string]bool{"fstring": true, "bigint": true}}, `lacks "async"`},
		{"solo/fstr.py", "qemu:microbit", fakeTarget{features: map[string]bool{"fstring": true, "bigint": true, "async": true}}, ""},
	}
	for _, tt := range tests {
		got := byName[tt.test].SkipReason(tt.target, tt.tgt)
		if (tt.want == "") != (got == "") || !strings.Contains(got, tt.want) {
			t.Errorf("SkipReason(%s on %s) = %q, want %q", tt.test, tt.target, got, tt.want)
		}
	}
}

func TestFileNeeds(t *testing.T) {
	tests := []struct{ src, want string }{
		{"", ""},
		{"# needs: fstring\nprint(1)\n", "fstring"},
		{"#needs:a,b\r\n#needs: b c\r\nx = 1\r\n", "a b c"},
		{"# coding: utf-8\n\n   # needs: x\n", "x"},
		{"print(1)\n# needs: late\n", ""},
		{"\"\"\"doc\n# needs: in docstring\n\"\"\"\n", ""},
		{"# this test needs: nothing\n", ""},
	}
	for _, tt := range tests {
		if got := strings.Join(FileNeeds([]byte(tt.src)), " "); got != tt.want {
			t.Errorf("FileNeeds(%q) = %q, want %q", tt.src, got, tt.want)
		}
	}
}
