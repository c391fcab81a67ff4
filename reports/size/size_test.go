package size

import (
	"context"
	"debug/elf"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
)

func TestPackageOf(t *testing.T) {
	tests := []struct{ sym, want string }{
		{"runtime.mallocgc", "runtime"},
		{"main.main", "main"},
		{"github.com/mptest/mptest/refinterp/py.(*Dict).Get", "github.com/mptest/mptest/refinterp/py"},
		{"github.com/a/b.F[go.shape.int]", "github.com/a/b"},
		{"slices.Sort[[]string,string]", "slices"},
		{"vendor/golang.org/x/net/dns/dnsmessage.(*Parser).Start", "vendor/golang.org/x/net/dns/dnsmessage"},
		{"type:*main.T", "type:"},
		{"go:string.*", "go:"},
		{"_start", "(other)"},
		{"a/b.c.d", "a/b"},
	}
	for _, tt := range tests {
		if got := PackageOf(tt.sym); got != tt.want {
			t.Errorf("PackageOf(%q) = %q, want %q", tt.sym, got, tt.want)
		}
	}
}

func TestGroupPackages(t *testing.T) {
	pkgs := []Package{
		{"github.com/m/x/a", 10, 1}, {"github.com/m/x/a/b", 5, 2}, {"github.com/m/xy", 7, 0}, {"runtime", 30, 0},
	}
	got := GroupPackages(pkgs, []string{"github.com/m/x"})
	want := []Package{{"runtime", 30, 0}, {"github.com/m/x", 15, 3}, {"github.com/m/xy", 7, 0}}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("got[%d] = %v, want %v", i, got[i], want[i])
		}
	}
}

// wasmModule assembles a module from (id, body) sections.
func wasmModule(sections ...[]byte) []byte {
	out := []byte("\x00asm\x01\x00\x00\x00")
	for _, s := range sections {
		out = append(out, s...)
	}
	return out
}

func section(id byte, body []byte) []byte {
	n := len(body)
	var leb []byte
	for {
		c := byte(n & 0x7f)
		n >>= 7
		if n != 0 {
			leb = append(leb, c|0x80)
			continue
		}
		leb = append(leb, c)
		break
	}
	return append(append([]byte{id}, leb...), body...)
}

func TestParseWasm(t *testing.T) {
	code := make([]byte, 300) // a two-byte LEB128 size
	data := make([]byte, 20)
	custom := append([]byte{4}, "name"...)
	custom = append(custom, 1, 2, 3)
	mod := wasmModule(section(1, []byte{0}), section(10, code), section(11, data), section(0, custom))
	b, err := parseWasm(mod)
	if err != nil {
		t.Fatal(err)
	}
	if b.Text != 300 || b.Data != 20 || b.BSS != 0 || b.File != int64(len(mod)) {
		t.Errorf("text %d data %d bss %d file %d; want 300 20 0 %d", b.Text, b.Data, b.BSS, b.File, len(mod))
	}
	wantSecs := []Section{{"type", KindOther, 1}, {"code", KindText, 300}, {"data", KindData, 20}, {"custom:name", KindOther, 8}}
	if len(b.Sections) != len(wantSecs) {
		t.Fatalf("sections %v, want %v", b.Sections, wantSecs)
	}
	for i, s := range wantSecs {
		if b.Sections[i] != s {
			t.Errorf("section %d = %v, want %v", i, b.Sections[i], s)
		}
	}

	bad := []struct {
		name string
		mod  []byte
	}{
		{"magic", []byte("\x7fELF\x01\x00\x00\x00")},
		{"version", []byte("\x00asm\x02\x00\x00\x00")},
		{"truncated", wasmModule(section(10, code))[:100]},
		{"bad leb", append(wasmModule(), 10, 0xff, 0xff, 0xff, 0xff, 0xff)},
	}
	for _, tt := range bad {
		if _, err := parseWasm(tt.mod); err == nil {
			t.Errorf("%s: no error", tt.name)
		}
	}
}

func str(s string) []byte { return append([]byte{byte(len(s))}, s...) }

func TestParseWasmNames(t *testing.T) {
	// Imports: one function, one memory (limits with a maximum).
	imports := []byte{2}
	imports = append(append(append(imports, str("env")...), str("f")...), 0, 0)
	imports = append(append(append(imports, str("env")...), str("mem")...), 2, 1, 1, 2)
	// Code: two bodies of 5 and 7 bytes.
	code := []byte{2, 5, 0, 0, 0, 0, 0, 7, 0, 0, 0, 0, 0, 0, 0}
	// Names: function 0 is the import; 1 and 2 are ours; 9 does not exist.
	var fn []byte
	fn = append(fn, 4, 0)
	fn = append(fn, str("imported.f")...)
	fn = append(fn, 1)
	fn = append(fn, str("main.main")...)
	fn = append(fn, 2)
	fn = append(fn, str("runtime.(*mheap).grow")...)
	fn = append(fn, 9)
	fn = append(fn, str("ghost.f")...)
	names := append(str("name"), 0, 2, 1, 'm') // a module-name subsection first
	names = append(append(names, 1, byte(len(fn))), fn...)
	mod := wasmModule(section(2, imports), section(10, code), section(0, names))
	b, err := parseWasm(mod)
	if err != nil {
		t.Fatal(err)
	}
	want := []Package{{Path: "runtime", Size: 7}, {Path: "main", Size: 5}}
	if len(b.Packages) != len(want) || b.Packages[0] != want[0] || b.Packages[1] != want[1] {
		t.Errorf("packages %v, want %v", b.Packages, want)
	}
	// A damaged name section costs the packages, not the measurement.
	mod = wasmModule(section(2, imports), section(10, code), section(0, append(str("name"), 1, 50, 3)))
	if b, err := parseWasm(mod); err != nil || len(b.Packages) != 0 || b.Text != int64(len(code)) {
		t.Errorf("damaged names: %v %v", b, err)
	}
}

func TestParsePlatform(t *testing.T) {
	for _, s := range []string{"linux/amd64", "linux/arm/v7", "wasip1/wasm"} {
		p, err := ParsePlatform(s)
		if err != nil || p.String() != s {
			t.Errorf("ParsePlatform(%q) = %v, %v", s, p, err)
		}
	}
	if p, _ := ParsePlatform("linux/arm/7"); p.GOARM != "7" {
		t.Errorf("linux/arm/7: GOARM %q", p.GOARM)
	}
	for _, s := range []string{"linux", "linux/amd64/v3", "/amd64", "a/b/c/d"} {
		if _, err := ParsePlatform(s); err == nil {
			t.Errorf("ParsePlatform(%q): no error", s)
		}
	}
}

const tinyProgram = `package main

import "fmt"

var table [4096]byte // zeroed: bss

var greeting = []string{"hello", "world"} // initialised pointers: data

func main() {
	table[len(greeting)] = 1
	fmt.Println(greeting, table[2])
}
`

var (
	tinyOnce sync.Once
	tinyDir  string
	tinyErr  error
)

// tinyModule writes a small Go program into a temporary module once.
func tinyModule(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("needs the go command")
	}
	tinyOnce.Do(func() {
		tinyDir, tinyErr = os.MkdirTemp("", "mptest-size-test-")
		if tinyErr != nil {
			return
		}
		tinyErr = os.WriteFile(filepath.Join(tinyDir, "go.mod"), []byte("module tiny\n\ngo 1.22\n"), 0o644)
		if tinyErr == nil {
			tinyErr = os.WriteFile(filepath.Join(tinyDir, "main.go"), []byte(tinyProgram), 0o644)
		}
	})
	if tinyErr != nil {
		t.Fatal(tinyErr)
	}
	return tinyDir
}

func TestMain(m *testing.M) {
	code := m.Run()
	if tinyDir != "" {
		os.RemoveAll(tinyDir)
	}
	os.Exit(code)
}

func TestReadELFAgainstDebugELF(t *testing.T) {
	src := tinyModule(t)
	out := filepath.Join(t.TempDir(), "tiny")
	host := Platform{GOOS: "linux", GOARCH: "amd64"}
	if err := Build(context.Background(), "go", src, ".", host, out, ""); err != nil {
		t.Fatal(err)
	}
	b, err := Read(out)
	if err != nil {
		t.Fatal(err)
	}
	f, err := elf.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sec := func(name string) int64 {
		s := f.Section(name)
		if s == nil {
			t.Fatalf("no section %s", name)
		}
		return int64(s.Size)
	}
	// Go's linker lays out these sections; each must land in its group.
	if min := sec(".text") + sec(".rodata") + sec(".gopclntab"); b.Text < min {
		t.Errorf("text %d < .text+.rodata+.gopclntab %d", b.Text, min)
	}
	if min := sec(".data") + sec(".noptrdata"); b.Data < min {
		t.Errorf("data %d < .data+.noptrdata %d", b.Data, min)
	}
	if min := sec(".bss") + sec(".noptrbss"); b.BSS < min || b.BSS < 4096 {
		t.Errorf("bss %d < .bss+.noptrbss %d (or the 4096-byte table)", b.BSS, min)
	}
	var alloc int64
	for _, s := range f.Sections {
		if s.Flags&elf.SHF_ALLOC != 0 {
			alloc += int64(s.Size)
		}
	}
	if b.Text+b.Data+b.BSS != alloc {
		t.Errorf("text+data+bss = %d, want the allocated sections' total %d", b.Text+b.Data+b.BSS, alloc)
	}
	for _, s := range b.Sections {
		if s.Name == ".symtab" && s.Kind != KindOther {
			t.Errorf(".symtab grouped as %s", s.Kind)
		}
	}
	st, _ := os.Stat(out)
	if b.File != st.Size() || b.Format != "elf" {
		t.Errorf("file %d format %s, want %d elf", b.File, b.Format, st.Size())
	}

	// Per-package sizes: runtime dominates, main is there, and the
	// packages add up to no more than text+data+bss.
	var total, totalBSS int64
	pkgs := map[string]Package{}
	for _, p := range b.Packages {
		pkgs[p.Path] = p
		total += p.Size
		totalBSS += p.BSS
	}
	if pkgs["main"].Size <= 0 || pkgs["runtime"].Size <= pkgs["main"].Size || pkgs["fmt"].Size <= 0 {
		t.Errorf("packages main %v runtime %v fmt %v", pkgs["main"], pkgs["runtime"], pkgs["fmt"])
	}
	// main.table is 4096 zeroed bytes: bss, not file bytes.
	if pkgs["main"].BSS < 4096 || pkgs["main"].Size >= 4096 {
		t.Errorf("main: %d bytes in the file, %d in bss; want the 4096-byte table in bss", pkgs["main"].Size, pkgs["main"].BSS)
	}
	if total > b.Text+b.Data || totalBSS > b.BSS {
		t.Errorf("packages total %d+%d bss > sections %d+%d bss", total, totalBSS, b.Text+b.Data, b.BSS)
	}

	// The Berkeley size tool, where installed, agrees.
	if path, err := exec.LookPath("size"); err == nil {
		outb, err := exec.Command(path, out).Output()
		if err != nil {
			t.Fatalf("size: %v", err)
		}
		lines := strings.Split(strings.TrimSpace(string(outb)), "\n")
		fields := strings.Fields(lines[len(lines)-1])
		var got [3]int64
		for i := range got {
			got[i], _ = strconv.ParseInt(fields[i], 10, 64)
		}
		if got != [3]int64{b.Text, b.Data, b.BSS} {
			t.Errorf("size(1) says text/data/bss %v, we say %d/%d/%d", got, b.Text, b.Data, b.BSS)
		}
	}
}

func TestMeasureStrippedAndWasm(t *testing.T) {
	if testing.Short() {
		t.Skip("cross builds")
	}
	src := tinyModule(t)
	bins, errs := Measure(context.Background(), Config{
		Src: src, Package: ".", CacheDir: t.TempDir(),
		Platforms: []Platform{{GOOS: "linux", GOARCH: "amd64"}, {GOOS: "wasip1", GOARCH: "wasm"}},
	})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	if len(bins) != 2 {
		t.Fatalf("%d binaries", len(bins))
	}
	elfb, wasm := bins[0], bins[1]
	if elfb.Platform != "linux/amd64" || elfb.Name != filepath.Base(src) {
		t.Errorf("name %q platform %q", elfb.Name, elfb.Platform)
	}
	for _, s := range elfb.Sections {
		if s.Name == ".symtab" {
			t.Errorf("stripped build has .symtab")
		}
	}
	if len(elfb.Packages) == 0 {
		t.Errorf("no per-package sizes from the unstripped build")
	}
	if wasm.Format != "wasm" || wasm.Platform != "wasip1/wasm" || wasm.Text <= 0 || wasm.Data <= 0 || wasm.Text+wasm.Data > wasm.File {
		t.Errorf("wasm: %+v", *wasm)
	}
	wpkgs := map[string]int64{}
	for _, p := range wasm.Packages {
		wpkgs[p.Path] = p.Size
	}
	if wpkgs["main"] <= 0 || wpkgs["runtime"] <= wpkgs["main"] || wpkgs["fmt"] <= 0 {
		t.Errorf("wasm packages from the name section: main %d runtime %d fmt %d", wpkgs["main"], wpkgs["runtime"], wpkgs["fmt"])
	}
	for _, s := range wasm.Sections {
		if s.Name == "custom:name" {
			t.Errorf("stripped wasm build has a name section")
		}
	}

	// A build that fails is an error, not a panic or a silent gap.
	_, errs = Measure(context.Background(), Config{Src: src, Package: "./nosuch", Platforms: DefaultPlatforms[:1]})
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "building ./nosuch for linux/amd64") {
		t.Errorf("errs = %v", errs)
	}
}

func TestFindSource(t *testing.T) {
	root, err := FindSource(".")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "reports", "size")); err != nil {
		t.Errorf("root %s: %v", root, err)
	}
	if _, err := FindSource(t.TempDir()); err == nil || !strings.Contains(err.Error(), "--src") {
		t.Errorf("outside the tree: %v", err)
	}
}
