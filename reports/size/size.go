// Package size measures how large an interpreter build is: the file, its
// sections grouped the way the Berkeley size(1) tool groups them, and, where
// the binary keeps a symbol table, how much each Go package contributes.
//
// Section groups. For an ELF file every allocated section belongs to one of
// three groups, as in size(1): text (allocated, not writable: code, read-only
// data, Go's pclntab and type links), data (allocated, writable, with bytes
// in the file) and bss (allocated, no bytes in the file: zeroed at start-up).
// text+data is what a firmware image costs in flash; data+bss is the static
// RAM it takes before the heap. Sections that are not allocated (symbols,
// DWARF) cost neither and are listed as "other".
//
// A WebAssembly module has no such sections; its code section counts as
// text, its data section as data, and the rest (types, imports, exports,
// custom name sections) as other. WebAssembly has no bss: zeroed memory is
// not in the module.
//
// Per-package sizes come from an ELF symbol table: the sizes of the function
// and data symbols, summed by the Go package path in each symbol's name
// (what `go tool nm -size` shows, grouped), split into bytes in the file
// (text and data) and zeroed bytes (bss). They need a build without
// -ldflags=-s, so Measure links an unstripped copy next to the stripped one.
// Runtime tables that belong to no symbol (most of pclntab, type data) are
// not attributed, so the packages add up to less than text+data. For
// WebAssembly the function bodies of the code section are summed by the
// package in each function's name, from the "name" custom section (also
// absent with -s); data is not attributed.
package size

import (
	"bytes"
	"debug/elf"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// Section groups.
const (
	KindText  = "text"
	KindData  = "data"
	KindBSS   = "bss"
	KindOther = "other"
)

// Binary is the size of one build of a program.
type Binary struct {
	// Name says what was measured, e.g. "refpy" or the base name of an ELF file.
	Name string `json:"name"`
	// Platform is the GOOS/GOARCH it was built for ("linux/arm" with GOARM
	// shown as "linux/arm/v7"), or "" for a file measured as given.
	Platform string `json:"platform,omitempty"`
	// Format is "elf" or "wasm".
	Format string `json:"format"`
	// File is the file's size in bytes.
	File int64 `json:"file"`
	// Text, Data and BSS are the section groups' sizes in bytes (see the
	// package comment).
	Text int64 `json:"text"`
	Data int64 `json:"data"`
	BSS  int64 `json:"bss"`
	// Sections lists every section with its group, in file order.
	Sections []Section `json:"sections,omitempty"`
	// Packages lists per-package symbol sizes, largest first; empty when the
	// binary has no symbol table.
	Packages []Package `json:"packages,omitempty"`
}

// Section is one section of a binary.
type Section struct {
	Name string `json:"name"`
	Kind string `json:"kind"`
	Size int64  `json:"size"`
}

// Package is the total size of one Go package's symbols.
type Package struct {
	Path string `json:"path"`
	// Size counts the symbols with bytes in the file (text and data).
	Size int64 `json:"size"`
	// BSS counts the zeroed symbols (RAM only).
	BSS int64 `json:"bss,omitempty"`
}

// Read measures the ELF or WebAssembly file at path, recognised by its magic
// number.
func Read(path string) (*Binary, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("measuring %s: %w", path, err)
	}
	defer f.Close()
	magic := make([]byte, 4)
	if _, err := io.ReadFull(f, magic); err != nil {
		return nil, fmt.Errorf("measuring %s: not an ELF or WebAssembly file: %w", path, err)
	}
	switch {
	case bytes.Equal(magic, []byte(elf.ELFMAG)):
		return ReadELF(path)
	case bytes.Equal(magic, wasmMagic):
		return ReadWasm(path)
	}
	return nil, fmt.Errorf("measuring %s: not an ELF or WebAssembly file (magic % x)", path, magic)
}

// ReadELF measures an ELF file: its sections and, when it has a symbol
// table, its per-package sizes.
func ReadELF(path string) (*Binary, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("measuring %s: %w", path, err)
	}
	f, err := elf.Open(path)
	if err != nil {
		return nil, fmt.Errorf("measuring %s: %w", path, err)
	}
	defer f.Close()
	b := &Binary{Format: "elf", File: st.Size()}
	for _, s := range f.Sections {
		if s.Type == elf.SHT_NULL {
			continue
		}
		kind := sectionKind(s)
		size := int64(s.Size)
		b.Sections = append(b.Sections, Section{Name: s.Name, Kind: kind, Size: size})
		switch kind {
		case KindText:
			b.Text += size
		case KindData:
			b.Data += size
		case KindBSS:
			b.BSS += size
		}
	}
	pkgs, err := elfPackages(f)
	if err != nil {
		return nil, fmt.Errorf("measuring %s: %w", path, err)
	}
	b.Packages = pkgs
	return b, nil
}

// sectionKind groups a section as size(1) does.
func sectionKind(s *elf.Section) string {
	switch {
	case s.Flags&elf.SHF_ALLOC == 0:
		return KindOther
	case s.Type == elf.SHT_NOBITS:
		return KindBSS
	case s.Flags&elf.SHF_WRITE != 0:
		return KindData
	}
	return KindText
}

// elfPackages sums the sizes of f's function and object symbols by Go
// package. A file without a symbol table has no packages (and no error).
func elfPackages(f *elf.File) ([]Package, error) {
	syms, err := f.Symbols()
	if errors.Is(err, elf.ErrNoSymbols) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading symbols: %w", err)
	}
	sums := map[string]*Package{}
	for _, s := range syms {
		typ := elf.ST_TYPE(s.Info)
		if s.Size == 0 || (typ != elf.STT_FUNC && typ != elf.STT_OBJECT) {
			continue
		}
		if s.Section == elf.SHN_UNDEF || s.Section >= elf.SHN_LORESERVE || int(s.Section) >= len(f.Sections) {
			continue
		}
		kind := sectionKind(f.Sections[s.Section])
		if kind == KindOther {
			continue
		}
		path := PackageOf(s.Name)
		p := sums[path]
		if p == nil {
			p = &Package{Path: path}
			sums[path] = p
		}
		if kind == KindBSS {
			p.BSS += int64(s.Size)
		} else {
			p.Size += int64(s.Size)
		}
	}
	return sortPackages(sums), nil
}

func sortPackages(sums map[string]*Package) []Package {
	pkgs := make([]Package, 0, len(sums))
	for _, p := range sums {
		pkgs = append(pkgs, *p)
	}
	sort.Slice(pkgs, func(i, j int) bool {
		if pkgs[i].Size != pkgs[j].Size {
			return pkgs[i].Size > pkgs[j].Size
		}
		if pkgs[i].BSS != pkgs[j].BSS {
			return pkgs[i].BSS > pkgs[j].BSS
		}
		return pkgs[i].Path < pkgs[j].Path
	})
	return pkgs
}

// PackageOf returns the Go package path a linker symbol belongs to:
// "runtime" for "runtime.mallocgc", "github.com/a/b/c" for
// "github.com/a/b/c.(*T).M" and "github.com/a/b/c.F[...]". Type descriptors
// ("type:*x.T") group as "type:", other linker-generated data ("go:string.*",
// "go:buildinfo") as "go:", and names without a package (C symbols of a
// non-Go binary) as "(other)".
func PackageOf(sym string) string {
	for _, p := range []string{"type:", "go:"} {
		if strings.HasPrefix(sym, p) {
			return p
		}
	}
	name := sym
	if i := strings.IndexByte(name, '['); i >= 0 { // generic instantiation
		name = name[:i]
	}
	start := strings.LastIndexByte(name, '/') + 1
	dot := strings.IndexByte(name[start:], '.')
	if dot <= 0 {
		return "(other)"
	}
	return name[:start+dot]
}

// GroupPackages sums pkgs by prefix: each path that starts with one of
// prefixes (matched whole path elements, longest prefix first) is counted
// under that prefix; the others under their own path. The result is sorted
// largest first.
func GroupPackages(pkgs []Package, prefixes []string) []Package {
	sorted := append([]string(nil), prefixes...)
	sort.Slice(sorted, func(i, j int) bool { return len(sorted[i]) > len(sorted[j]) })
	sums := map[string]*Package{}
	for _, p := range pkgs {
		key := p.Path
		for _, pre := range sorted {
			if p.Path == pre || strings.HasPrefix(p.Path, pre+"/") {
				key = pre
				break
			}
		}
		if sums[key] == nil {
			sums[key] = &Package{Path: key}
		}
		sums[key].Size += p.Size
		sums[key].BSS += p.BSS
	}
	return sortPackages(sums)
}

var wasmMagic = []byte("\x00asm")

// wasmSectionNames names the standard WebAssembly section ids.
var wasmSectionNames = map[byte]string{
	0: "custom", 1: "type", 2: "import", 3: "function", 4: "table", 5: "memory",
	6: "global", 7: "export", 8: "start", 9: "element", 10: "code", 11: "data",
	12: "datacount", 13: "tag",
}

// ReadWasm measures a WebAssembly module by walking its section headers:
// a section is an id byte, a LEB128 size and that many bytes. The code
// section counts as text, the data section as data, and every other section
// as other (custom sections are named "custom:NAME"). When the module has a
// name section, per-package code sizes are computed too.
func ReadWasm(path string) (*Binary, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("measuring %s: %w", path, err)
	}
	b, err := parseWasm(data)
	if err != nil {
		return nil, fmt.Errorf("measuring %s: %w", path, err)
	}
	return b, nil
}

func parseWasm(data []byte) (*Binary, error) {
	if len(data) < 8 || !bytes.Equal(data[:4], wasmMagic) {
		return nil, errors.New("not a WebAssembly module")
	}
	if v := binary.LittleEndian.Uint32(data[4:8]); v != 1 {
		return nil, fmt.Errorf("WebAssembly version %d, want 1", v)
	}
	b := &Binary{Format: "wasm", File: int64(len(data))}
	var imports, code, names []byte
	rest := data[8:]
	for len(rest) > 0 {
		id := rest[0]
		n, w := uleb128(rest[1:])
		if w == 0 || uint64(len(rest)-1-w) < n {
			return nil, fmt.Errorf("section %d at offset %d: truncated", id, len(data)-len(rest))
		}
		body := rest[1+w : 1+w+int(n)]
		rest = rest[1+w+int(n):]
		name, ok := wasmSectionNames[id]
		if !ok {
			name = fmt.Sprintf("unknown-%d", id)
		}
		kind := KindOther
		switch id {
		case 2:
			imports = body
		case 10:
			kind = KindText
			code = body
		case 11:
			kind = KindData
		case 0:
			if ln, lw := uleb128(body); lw > 0 && uint64(len(body)-lw) >= ln {
				name = "custom:" + string(body[lw:lw+int(ln)])
				if name == "custom:name" {
					names = body[lw+int(ln):]
				}
			}
		}
		b.Sections = append(b.Sections, Section{Name: name, Kind: kind, Size: int64(n)})
		switch kind {
		case KindText:
			b.Text += int64(n)
		case KindData:
			b.Data += int64(n)
		}
	}
	if names != nil && code != nil {
		// Per-package sizes are a bonus: a module whose name section does
		// not parse is still measured.
		if pkgs, err := wasmPackages(imports, code, names); err == nil {
			b.Packages = pkgs
		}
	}
	return b, nil
}

// wasmPackages sums the code size of each function by the Go package in
// its name (from the "name" custom section, which Go's linker writes
// unless -s is given). Function indices count imported functions first.
func wasmPackages(imports, code, names []byte) ([]Package, error) {
	nimported, err := wasmFuncImports(imports)
	if err != nil {
		return nil, err
	}
	r := &wasmReader{b: code}
	count := r.u32()
	sizes := make([]uint64, 0, count)
	for i := uint64(0); i < count && r.err == nil; i++ {
		n := r.u32()
		r.skip(n)
		sizes = append(sizes, n)
	}
	if r.err != nil {
		return nil, fmt.Errorf("code section: %w", r.err)
	}
	sums := map[string]*Package{}
	r = &wasmReader{b: names}
	for len(r.b) > 0 && r.err == nil {
		sub := r.byte()
		n := r.u32()
		if sub != 1 { // 1: function names
			r.skip(n)
			continue
		}
		fr := &wasmReader{b: r.bytes(n)}
		cnt := fr.u32()
		for i := uint64(0); i < cnt && fr.err == nil; i++ {
			idx := fr.u32()
			name := string(fr.bytes(fr.u32()))
			if idx < nimported || idx-nimported >= uint64(len(sizes)) {
				continue
			}
			path := PackageOf(name)
			if sums[path] == nil {
				sums[path] = &Package{Path: path}
			}
			sums[path].Size += int64(sizes[idx-nimported])
		}
		if fr.err != nil {
			return nil, fmt.Errorf("name section: %w", fr.err)
		}
	}
	if r.err != nil {
		return nil, fmt.Errorf("name section: %w", r.err)
	}
	return sortPackages(sums), nil
}

// wasmFuncImports counts the imported functions in an import section.
func wasmFuncImports(imports []byte) (uint64, error) {
	r := &wasmReader{b: imports}
	var funcs uint64
	if len(imports) == 0 {
		return 0, nil
	}
	count := r.u32()
	for i := uint64(0); i < count && r.err == nil; i++ {
		r.skip(r.u32()) // module
		r.skip(r.u32()) // field
		switch r.byte() {
		case 0: // function: type index
			r.u32()
			funcs++
		case 1: // table: reference type, limits
			r.byte()
			r.limits()
		case 2: // memory
			r.limits()
		case 3: // global: value type, mutability
			r.byte()
			r.byte()
		case 4: // tag: attribute, type index
			r.byte()
			r.u32()
		default:
			return 0, errors.New("import section: unknown import kind")
		}
	}
	if r.err != nil {
		return 0, fmt.Errorf("import section: %w", r.err)
	}
	return funcs, nil
}

// wasmReader reads the primitive encodings of a WebAssembly section; the
// first error sticks and later reads return zero values.
type wasmReader struct {
	b   []byte
	err error
}

var errWasmTruncated = errors.New("truncated")

func (r *wasmReader) byte() byte {
	if r.err != nil || len(r.b) == 0 {
		r.err = errWasmTruncated
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

func (r *wasmReader) u32() uint64 {
	if r.err != nil {
		return 0
	}
	v, w := uleb128(r.b)
	if w == 0 {
		r.err = errWasmTruncated
		return 0
	}
	r.b = r.b[w:]
	return v
}

func (r *wasmReader) bytes(n uint64) []byte {
	if r.err != nil || uint64(len(r.b)) < n {
		r.err = errWasmTruncated
		return nil
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func (r *wasmReader) skip(n uint64) { r.bytes(n) }

func (r *wasmReader) limits() {
	if flags := r.byte(); flags&1 != 0 {
		r.u32()
		r.u32()
	} else {
		r.u32()
	}
}

// uleb128 decodes an unsigned LEB128 number (at most 32 bits, as section
// sizes are) and returns it with the number of bytes read, 0 if malformed.
func uleb128(b []byte) (uint64, int) {
	var v uint64
	for i := 0; i < len(b) && i < 5; i++ {
		v |= uint64(b[i]&0x7f) << (7 * i)
		if b[i]&0x80 == 0 {
			return v, i + 1
		}
	}
	return 0, 0
}
