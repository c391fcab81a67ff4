package shard

import (
	"fmt"
	"math"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/mptest/mptest/reports/results"
)

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		in      string
		want    Spec
		wantErr bool
	}{
		{"1/1", Spec{1, 1}, false},
		{"2/4", Spec{2, 4}, false},
		{" 8/8 ", Spec{8, 8}, false},
		{"0/4", Spec{}, true},
		{"5/4", Spec{}, true},
		{"1/0", Spec{}, true},
		{"2", Spec{}, true},
		{"a/b", Spec{}, true},
		{"", Spec{}, true},
	} {
		got, err := Parse(tc.in)
		if (err != nil) != tc.wantErr || got != tc.want {
			t.Errorf("Parse(%q) = %v, %v; want %v, error %v", tc.in, got, err, tc.want, tc.wantErr)
		}
	}
}

// suite returns n test names and a duration profile with a long tail, like
// a real suite's: most tests take milliseconds, a few take seconds.
func suite(n int, seed int64) ([]string, map[string]float64) {
	r := rand.New(rand.NewSource(seed))
	names := make([]string, n)
	w := map[string]float64{}
	for i := range names {
		names[i] = fmt.Sprintf("cat%d/test_%03d.py", i%7, i)
		w[names[i]] = math.Round(math.Exp(r.NormFloat64()*1.2+3)*10) / 10 // log-normal, median ~20 ms
	}
	return names, w
}

func TestEveryTestInExactlyOneShard(t *testing.T) {
	names, w := suite(150, 1)
	partial := map[string]float64{}
	for i, n := range names {
		if i%3 == 0 {
			partial[n] = w[n]
		}
	}
	for _, profile := range []struct {
		name string
		w    map[string]float64
	}{{"none", nil}, {"full", w}, {"partial", partial}} {
		for n := 1; n <= 8; n++ {
			seen := map[string]int{}
			for _, s := range All(n) {
				sel, err := Select(names, profile.w, s)
				if err != nil {
					t.Fatal(err)
				}
				again, _ := Select(names, profile.w, s)
				if !reflect.DeepEqual(sel, again) {
					t.Fatalf("%s profile, shard %v: not deterministic", profile.name, s)
				}
				for _, name := range sel {
					seen[name]++
				}
			}
			for _, name := range names {
				if seen[name] != 1 {
					t.Errorf("%s profile, N=%d: %s runs in %d shards", profile.name, n, name, seen[name])
				}
			}
			if len(seen) != len(names) {
				t.Errorf("%s profile, N=%d: %d names in shards, want %d", profile.name, n, len(seen), len(names))
			}
		}
	}
}

func TestBalance(t *testing.T) {
	for _, size := range []int{60, 300} {
		names, w := suite(size, int64(size))
		total := 0.0
		for _, v := range w {
			total += v
		}
		for n := 2; n <= 8; n++ {
			parts, err := Assign(names, w, n)
			if err != nil {
				t.Fatal(err)
			}
			ideal := total / float64(n)
			worst := 0.0
			for _, p := range parts {
				load := 0.0
				for _, name := range p {
					load += w[name]
				}
				worst = max(worst, load)
			}
			if worst > ideal*1.2 {
				t.Errorf("%d tests, N=%d: largest shard %.0f ms, ideal %.0f ms (+%.0f%%)", size, n, worst, ideal, 100*(worst/ideal-1))
			}
		}
	}
}

func TestHashFallbackIsPerName(t *testing.T) {
	names, _ := suite(40, 3)
	// Without a profile a test's shard depends only on its name: removing
	// other tests does not move it.
	a, _ := Assign(names, nil, 4)
	b, _ := Assign(names[:10], nil, 4)
	where := map[string]int{}
	for i, p := range a {
		for _, n := range p {
			where[n] = i
		}
	}
	for i, p := range b {
		for _, n := range p {
			if where[n] != i {
				t.Errorf("%s moved from shard %d to %d", n, where[n]+1, i+1)
			}
		}
	}
}

func TestFilterKeepsOrder(t *testing.T) {
	type item struct{ name string }
	items := []item{{"c"}, {"a"}, {"b"}, {"d"}}
	w := map[string]float64{"a": 10, "b": 1, "c": 9, "d": 2}
	got1, _ := Filter(items, func(i item) string { return i.name }, w, Spec{1, 2})
	got2, _ := Filter(items, func(i item) string { return i.name }, w, Spec{2, 2})
	// LPT: a(10)→1, c(9)→2, d(2)→2, b(1)→1.
	if want := []item{{"a"}, {"b"}}; !reflect.DeepEqual(got1, want) {
		t.Errorf("shard 1/2 = %v, want %v", got1, want)
	}
	if want := []item{{"c"}, {"d"}}; !reflect.DeepEqual(got2, want) {
		t.Errorf("shard 2/2 = %v, want %v", got2, want)
	}
}

func TestLoadProfile(t *testing.T) {
	dir := t.TempDir()
	write := func(target string, tests ...results.Result) {
		if err := results.Write(results.Path(dir, target), &results.File{Target: target, Tests: tests}); err != nil {
			t.Fatal(err)
		}
	}
	write("host", results.Result{Name: "a.py", Verdict: results.Pass, DurationMS: 5}, results.Result{Name: "s.py", Verdict: results.Skip})
	write("cpython", results.Result{Name: "a.py", Verdict: results.Pass, DurationMS: 20}, results.Result{Name: "b.py", Verdict: results.Fail, DurationMS: 7})
	bad := filepath.Join(t.TempDir(), "bad.json")
	os.WriteFile(bad, []byte("{"), 0o644)
	p, warns := LoadProfile(dir, bad, filepath.Join(dir, "missing"))
	if len(warns) != 1 {
		t.Errorf("warnings = %v, want one for bad.json", warns)
	}
	if got, want := p.Weights([]string{"host"}), map[string]float64{"a.py": 5}; !reflect.DeepEqual(got, want) {
		t.Errorf("Weights(host) = %v, want %v", got, want)
	}
	if got, want := p.Weights([]string{"exec:other"}), map[string]float64{"a.py": 25, "b.py": 7}; !reflect.DeepEqual(got, want) {
		t.Errorf("Weights(unknown target) = %v, want %v", got, want)
	}
}
