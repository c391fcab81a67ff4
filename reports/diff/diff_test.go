package diff

import (
	"flag"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/")

// lcs is the textbook dynamic programme, used as an independent check that
// Script's edit scripts are minimal.
func lcs(a, b []string) int {
	dp := make([][]int, len(a)+1)
	for i := range dp {
		dp[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				dp[i][j] = dp[i+1][j+1] + 1
			} else {
				dp[i][j] = max(dp[i+1][j], dp[i][j+1])
			}
		}
	}
	return dp[0][0]
}

func apply(t *testing.T, a []string, script []Edit) (gotA, gotB []string) {
	t.Helper()
	for _, e := range script {
		if e.Op != Insert {
			gotA = append(gotA, e.Line)
		}
		if e.Op != Delete {
			gotB = append(gotB, e.Line)
		}
	}
	return gotA, gotB
}

func TestScriptMinimal(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	gen := func() []string {
		n := r.Intn(12)
		s := make([]string, n)
		for i := range s {
			s[i] = string(rune('a' + r.Intn(4)))
		}
		return s
	}
	for i := 0; i < 2000; i++ {
		a, b := gen(), gen()
		script := Script(a, b)
		gotA, gotB := apply(t, a, script)
		if strings.Join(gotA, ",") != strings.Join(a, ",") || strings.Join(gotB, ",") != strings.Join(b, ",") {
			t.Fatalf("Script(%q, %q) = %v does not transform a into b", a, b, script)
		}
		edits := 0
		for _, e := range script {
			if e.Op != Equal {
				edits++
			}
		}
		if want := len(a) + len(b) - 2*lcs(a, b); edits != want {
			t.Fatalf("Script(%q, %q) has %d edits, minimum is %d", a, b, edits, want)
		}
	}
}

func TestUnified(t *testing.T) {
	tests := []struct {
		name, old, new string
	}{
		{"equal", "a\nb\n", "a\nb\n"},
		{"one-line-changed", "1\n2\n3\n", "1\nX\n3\n"},
		{"added-at-end", "a\nb\n", "a\nb\nc\n"},
		{"removed-all", "a\nb\n", ""},
		{"from-empty", "", "x\n"},
		{"two-hunks", "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n", "1\nB\n3\n4\n5\n6\n7\n8\n9\n10\nK\n12\n"},
		{"merged-hunks", "1\n2\n3\n4\n5\n6\n7\n", "1\nB\n3\n4\n5\nF\n7\n"},
		{"no-newline-at-end", "a\nb\n", "a\nb"},
		{"traceback", "True\n3\n", "True\nTraceback (most recent call last):\n  File \"t.py\", line 2\nNameError: name 'x' isn't defined\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Unified("expected", "got", tt.old, tt.new, 3)
			golden := filepath.Join("testdata", tt.name+".diff")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("Unified mismatch\n got:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

func TestLargeDifferenceFallsBack(t *testing.T) {
	var a, b []string
	for i := 0; i < 3000; i++ {
		a = append(a, "a"+string(rune('0'+i%10)))
		b = append(b, "b"+string(rune('0'+i%10)))
	}
	script := Script(a, b)
	gotA, gotB := apply(t, a, script)
	if len(gotA) != len(a) || len(gotB) != len(b) {
		t.Fatalf("fallback script wrong: %d/%d lines", len(gotA), len(gotB))
	}
}
