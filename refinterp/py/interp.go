package py

import (
	"github.com/mptest/mptest/refinterp/pyfmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/mptest/mptest/refinterp/compile"
)

// Options configure a new interpreter.
type Options struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Argv           []string
	// Path is the initial sys.path (the script's directory first).
	Path []string
	// HeapLimit, if positive, makes allocations beyond it raise MemoryError.
	HeapLimit int64
	// HeapStats samples the live heap so that the peak is meaningful.
	HeapStats bool
	// RecursionLimit defaults to 1000.
	RecursionLimit int
}

// ModuleInit builds a built-in module on its first import.
type ModuleInit func(th *Thread) (*Module, error)

var moduleRegistry = map[string]ModuleInit{}
var sourceModules = map[string]string{}

// RegisterModule makes "import name" find a module implemented in Go. The
// init function runs once per interpreter, on the first import. Call it
// from an init function of the module's package.
func RegisterModule(name string, init ModuleInit) { moduleRegistry[name] = init }

// RegisterSourceModule makes "import name" compile and run Python source
// (for instance a file embedded with go:embed) on its first import.
func RegisterSourceModule(name, src string) { sourceModules[name] = src }

// New creates an interpreter.
func New(opts Options) *Thread {
	th := &Thread{recLimit: 1000}
	if opts.RecursionLimit > 0 {
		th.recLimit = opts.RecursionLimit
	}
	th.Stdin, th.Stdout, th.Stderr = opts.Stdin, opts.Stdout, opts.Stderr
	if th.Stdin == nil {
		th.Stdin = strings.NewReader("")
	}
	if th.Stdout == nil {
		th.Stdout = io.Discard
	}
	if th.Stderr == nil {
		th.Stderr = io.Discard
	}
	th.Modules = newDictNoAccount()
	bm := th.newBuiltinsModule()
	th.Builtins = bm.Dict
	th.Modules.SetStr("builtins", bm)
	var path []Value
	for _, p := range opts.Path {
		path = append(path, NewStrNoAccount(p))
	}
	th.Path = &List{Elems: path}
	var argv []Value
	for _, a := range opts.Argv {
		argv = append(argv, NewStrNoAccount(a))
	}
	if len(argv) == 0 {
		argv = []Value{emptyStr}
	}
	th.Argv = &List{Elems: argv}
	th.sys = th.newSysModule()
	th.Modules.SetStr("sys", th.sys)
	h := &Heap{Limit: opts.HeapLimit, Stats: opts.HeapStats, th: th}
	curHeap = h
	heapCheck = false
	h.setNext()
	th.Heap = h
	heapLimited = h.Limit > 0
	return th
}

func init() {
	initFileTypes()
	RegisterModule("gc", gcModule)
	RegisterModule("micropython", micropythonModule)
}

func (th *Thread) sysAttr(name string) Value {
	if v := th.sys.Dict.GetStr(name); v != nil {
		return v
	}
	return None
}

// RunFile runs a script as __main__.
func (th *Thread) RunFile(filename string, src string) error {
	co, err := CompileSource(src, filename, "exec")
	if err != nil {
		return err
	}
	th.rememberSource(filename, src)
	m := NewModule("__main__")
	m.Dict.SetStr("__file__", NewStrNoAccount(filename))
	m.Dict.SetStr("__builtins__", th.Modules.GetStr("builtins"))
	th.Modules.SetStr("__main__", m)
	_, err = th.RunCode(co, m.Dict, m.Dict)
	return err
}

// MainModule returns (creating it if needed) the __main__ module.
func (th *Thread) MainModule() *Module {
	if m, ok := th.Modules.GetStr("__main__").(*Module); ok {
		return m
	}
	m := NewModule("__main__")
	m.Dict.SetStr("__builtins__", th.Modules.GetStr("builtins"))
	th.Modules.SetStr("__main__", m)
	return m
}

// Exec compiles and runs src in the __main__ module (mode "exec" or "single").
func (th *Thread) Exec(src, filename, mode string) error {
	co, err := CompileSource(src, filename, mode)
	if err != nil {
		return err
	}
	th.rememberSource(filename, src)
	m := th.MainModule()
	_, err = th.RunCode(co, m.Dict, m.Dict)
	return err
}

var sourceCache = map[string][]string{}

func (th *Thread) rememberSource(filename, src string) {
	if strings.HasPrefix(filename, "<") {
		return
	}
	sourceCache[filename] = strings.Split(src, "\n")
}

func sourceLine(file string, line int) string {
	lines, ok := sourceCache[file]
	if !ok {
		if strings.HasPrefix(file, "<") {
			return ""
		}
		b, err := os.ReadFile(file)
		if err != nil {
			sourceCache[file] = nil
			return ""
		}
		lines = strings.Split(string(b), "\n")
		sourceCache[file] = lines
	}
	if line < 1 || line > len(lines) {
		return ""
	}
	return strings.TrimSpace(lines[line-1])
}

// FormatException renders an uncaught exception like CPython's traceback printer.
func (th *Thread) FormatException(err error) string {
	e := AsException(err)
	var b strings.Builder
	p := &excPrinter{b: &b}
	th.formatChain(p, e, map[*Exception]bool{})
	return b.String()
}

// excPrinter indents the parts of a traceback inside exception groups
// ("  | " margins), as CPython's traceback module does.
type excPrinter struct {
	b         *strings.Builder
	depth     int
	needClose bool
}

func (p *excPrinter) indent() string { return strings.Repeat("  ", p.depth) }

// emit writes text (whole lines) with the current margin.
func (p *excPrinter) emit(text string, margin string) {
	prefix := p.indent()
	if p.depth > 0 {
		prefix += margin + " "
	}
	for _, line := range strings.SplitAfter(text, "\n") {
		if line == "" {
			continue
		}
		p.b.WriteString(prefix + line)
	}
}

func (th *Thread) formatChain(p *excPrinter, e *Exception, seen map[*Exception]bool) {
	seen[e] = true
	if c, ok := e.Cause.(*Exception); ok && !seen[c] {
		th.formatChain(p, c, seen)
		p.emit("\nThe above exception was the direct cause of the following exception:\n\n", "|")
	} else if e.Context != nil && !e.SuppressContext && !seen[e.Context] {
		th.formatChain(p, e.Context, seen)
		p.emit("\nDuring handling of the above exception, another exception occurred:\n\n", "|")
	}
	group := isGroup(e)
	topLevel := group && p.depth == 0
	if topLevel {
		p.depth++
	}
	if len(e.Traceback) > 0 {
		var b strings.Builder
		for i := len(e.Traceback) - 1; i >= 0; i-- {
			t := e.Traceback[i]
			b.WriteString("  File \"" + t.File + "\", line " + strconv.Itoa(t.Line) + ", in " + t.Func + "\n")
			if src := sourceLine(t.File, t.Line); src != "" {
				b.WriteString("    " + src + "\n")
			}
		}
		if group {
			margin := "|"
			if topLevel {
				margin = "+"
			}
			p.emit("Exception Group Traceback (most recent call last):\n", margin)
		} else {
			p.emit("Traceback (most recent call last):\n", "|")
		}
		p.emit(b.String(), "|")
	}
	p.emit(th.excOnly(e), "|")
	if !group {
		return
	}
	excs := groupExceptions(e)
	p.needClose = false
	for i, x := range excs {
		last := i == len(excs)-1
		if last {
			p.needClose = true
		}
		lead := "  "
		if i == 0 {
			lead = "+-"
		}
		title := " " + strconv.Itoa(i+1) + " "
		pad := 35 - len(title)
		p.b.WriteString(p.indent() + lead + "+" + strings.Repeat("-", pad/2) + title + strings.Repeat("-", pad-pad/2) + "\n")
		p.depth++
		if sub, ok := x.(*Exception); ok {
			th.formatChain(p, sub, seen)
		}
		if last && p.needClose {
			p.b.WriteString(p.indent() + "+" + strings.Repeat("-", 36) + "\n")
			p.needClose = false
		}
		p.depth--
	}
	if topLevel {
		p.depth = 0
	}
}

// excOnly is the "Type: message" part of a traceback (with notes).
func (th *Thread) excOnly(e *Exception) string {
	if e.Class.IsSubtype(SyntaxErrorType) && e.Dict != nil {
		if sv, ok := e.Dict.GetStr("_syntax").(*syntaxErrValue); ok {
			return sv.e.Format()
		}
	}
	name := e.Class.Name
	if e.Class.Module != "" && e.Class.Module != "builtins" && e.Class.Module != "__main__" {
		name = e.Class.Module + "." + name
	}
	s, err := excStrSafe(th, e)
	if err != nil {
		return name + ": <exception str() failed>\n"
	}
	out := name + "\n"
	if s != "" {
		out = name + ": " + s + "\n"
	}
	if e.Dict != nil {
		if notes, ok := e.Dict.GetStr("__notes__").(*List); ok {
			for _, n := range notes.Elems {
				ns, _ := ToStr(th, n)
				out += ns + "\n"
			}
		}
	}
	return out
}

func excStrSafe(th *Thread, e *Exception) (string, error) {
	return ToStr(th, e)
}

// PrintException writes the traceback of err to sys.stderr.
func (th *Thread) PrintException(err error) {
	s := th.FormatException(err)
	if f, ok := th.sysAttr("stderr").(*File); ok {
		_ = f.writeString(s)
		return
	}
	_ = th.writeTo(th.sysAttr("stderr"), s)
}

func (th *Thread) displayHook(v Value) error {
	if v == None {
		return nil
	}
	s, err := Repr(th, v)
	if err != nil {
		return err
	}
	th.Builtins.SetStr("_", v)
	return th.writeTo(th.sysAttr("stdout"), s+"\n")
}

// ------------------------------------------------------------------ import

func (th *Thread) resolveName(name string, globals *Dict, level int) (string, error) {
	if level == 0 {
		return name, nil
	}
	pkg := ""
	if p, ok := globals.GetStr("__package__").(*Str); ok {
		pkg = p.s
	} else if n, ok := globals.GetStr("__name__").(*Str); ok {
		pkg = n.s
		if globals.GetStr("__path__") == nil {
			if i := strings.LastIndexByte(pkg, '.'); i >= 0 {
				pkg = pkg[:i]
			} else {
				pkg = ""
			}
		}
	}
	if pkg == "" {
		return "", NewError(ImportErrorType, "attempted relative import with no known parent package")
	}
	for i := 1; i < level; i++ {
		j := strings.LastIndexByte(pkg, '.')
		if j < 0 {
			return "", NewError(ImportErrorType, "attempted relative import beyond top-level package")
		}
		pkg = pkg[:j]
	}
	if name == "" {
		return pkg, nil
	}
	return pkg + "." + name, nil
}

func (th *Thread) importName(name string, fromlist Value, level int, globals *Dict) (Value, error) {
	full, err := th.resolveName(name, globals, level)
	if err != nil {
		return nil, err
	}
	if full == "" {
		return nil, NewError(ValueErrorType, "Empty module name")
	}
	parts := strings.Split(full, ".")
	var top, cur Value
	for i := range parts {
		m, err := th.importModule(strings.Join(parts[:i+1], "."))
		if err != nil {
			return nil, err
		}
		if i == 0 {
			top = m
		}
		cur = m
	}
	hasFrom := fromlist != nil && fromlist != None
	if t, ok := fromlist.(Tuple); ok && len(t) == 0 {
		hasFrom = false
	}
	if !hasFrom {
		if level > 0 && name == "" {
			return cur, nil
		}
		if level > 0 {
			// "import .x" is not valid syntax; for __import__ return the named module's top
			return cur, nil
		}
		return top, nil
	}
	// import submodules named in fromlist
	if mod, ok := cur.(*Module); ok && mod.Dict.GetStr("__path__") != nil {
		_ = ForEach(th, fromlist, func(v Value) error {
			s, ok := v.(*Str)
			if !ok || s.s == "*" {
				return nil
			}
			if mod.Dict.GetStr(s.s) == nil {
				if _, err := th.importModule(mod.Name + "." + s.s); err != nil {
					if e, ok := err.(*Exception); ok && e.Class == ModuleNotFoundErrorType {
						return nil
					}
					return err
				}
			}
			return nil
		})
	}
	return cur, nil
}

func moduleNotFound(name string) error {
	e := Errorf(ModuleNotFoundErrorType, "No module named '", name, "'")
	e.setAttr("name", NewStr(name))
	return e
}

func (th *Thread) importModule(full string) (Value, error) {
	if m := th.Modules.GetStr(full); m != nil {
		if m == None {
			return nil, moduleNotFound(full)
		}
		return m, nil
	}
	var searchPath []Value
	parentName := ""
	var parent *Module
	if i := strings.LastIndexByte(full, '.'); i >= 0 {
		parentName = full[:i]
		pm, err := th.importModule(parentName)
		if err != nil {
			return nil, err
		}
		if m := th.Modules.GetStr(full); m != nil {
			return m, nil
		}
		parent, _ = pm.(*Module)
		if parent == nil {
			return nil, moduleNotFound(full)
		}
		p := parent.Dict.GetStr("__path__")
		if p == nil {
			e := Errorf(ModuleNotFoundErrorType, "No module named '", full, "'; '", parentName, "' is not a package")
			e.setAttr("name", NewStr(full))
			return nil, e
		}
		sp, err := ToSlice(th, p)
		if err != nil {
			return nil, err
		}
		searchPath = sp
	} else {
		if init, ok := moduleRegistry[full]; ok {
			m, err := init(th)
			if err != nil {
				return nil, err
			}
			th.Modules.SetStr(full, m)
			return m, nil
		}
		searchPath = th.Path.Elems
	}
	if src, ok := sourceModules[full]; ok {
		return th.execModule(full, "<frozen "+full+">", src, "", parent)
	}
	base := full
	if i := strings.LastIndexByte(full, '.'); i >= 0 {
		base = full[i+1:]
	}
	for _, pv := range searchPath {
		dir, ok := pv.(*Str)
		if !ok {
			continue
		}
		d := dir.s
		if d == "" {
			d = "."
		}
		pkgInit := filepath.Join(d, base, "__init__.py")
		if b, err := os.ReadFile(pkgInit); err == nil {
			return th.execModule(full, pkgInit, string(b), filepath.Join(d, base), parent)
		}
		file := filepath.Join(d, base+".py")
		if b, err := os.ReadFile(file); err == nil {
			return th.execModule(full, file, string(b), "", parent)
		}
		if st, err := os.Stat(filepath.Join(d, base)); err == nil && st.IsDir() {
			// namespace package
			m := NewModule(full)
			m.Dict.SetStr("__path__", NewList([]Value{NewStr(filepath.Join(d, base))}))
			m.Dict.SetStr("__package__", NewStr(full))
			th.Modules.SetStr(full, m)
			if parent != nil {
				parent.Dict.SetStr(base, m)
			}
			return m, nil
		}
	}
	return nil, moduleNotFound(full)
}

func (th *Thread) execModule(full, file, src, pkgDir string, parent *Module) (Value, error) {
	co, err := CompileSource(src, file, "exec")
	if err != nil {
		return nil, err
	}
	th.rememberSource(file, src)
	m := NewModule(full)
	m.Dict.SetStr("__file__", NewStr(file))
	m.Dict.SetStr("__builtins__", th.Modules.GetStr("builtins"))
	if pkgDir != "" {
		m.Dict.SetStr("__path__", NewList([]Value{NewStr(pkgDir)}))
		m.Dict.SetStr("__package__", NewStr(full))
	} else if i := strings.LastIndexByte(full, '.'); i >= 0 {
		m.Dict.SetStr("__package__", NewStr(full[:i]))
	} else {
		m.Dict.SetStr("__package__", NewStr(""))
	}
	th.Modules.SetStr(full, m)
	if _, err := th.RunCode(co, m.Dict, m.Dict); err != nil {
		th.Modules.DelStr(full)
		return nil, err
	}
	if parent != nil {
		base := full[strings.LastIndexByte(full, '.')+1:]
		parent.Dict.SetStr(base, m)
	}
	// the module may have replaced itself in sys.modules
	if r := th.Modules.GetStr(full); r != nil {
		return r, nil
	}
	return m, nil
}

func (th *Thread) importFrom(m Value, name string) (Value, error) {
	v, err := GetAttr(th, m, name)
	if err == nil {
		return v, nil
	}
	if !isAttrError(err) {
		return nil, err
	}
	mod, ok := m.(*Module)
	if ok && mod.Dict.GetStr("__path__") != nil {
		if sub, err := th.importModule(mod.Name + "." + name); err == nil {
			return sub, nil
		}
	}
	mname := "?"
	loc := "unknown location"
	if ok {
		mname = mod.Name
		if f, ok := mod.Dict.GetStr("__file__").(*Str); ok {
			loc = f.s
		}
	}
	e := Errorf(ImportErrorType, "cannot import name '", name, "' from '", mname, "' (", loc, ")")
	e.setAttr("name", NewStr(mname))
	return nil, e
}

func importStar(th *Thread, m Value, into *Dict) error {
	mod, ok := m.(*Module)
	if !ok {
		return NewError(TypeErrorType, "import * requires a module")
	}
	if all := mod.Dict.GetStr("__all__"); all != nil {
		return ForEach(th, all, func(v Value) error {
			s, ok := v.(*Str)
			if !ok {
				return NewError(TypeErrorType, "Item in __all__ must be str")
			}
			x, err := GetAttr(th, mod, s.s)
			if err != nil {
				return err
			}
			into.SetStr(s.s, x)
			return nil
		})
	}
	keys, vals := mod.Dict.Items()
	for i, k := range keys {
		if s, ok := k.(*Str); ok && !strings.HasPrefix(s.s, "_") {
			into.SetStr(s.s, vals[i])
		}
	}
	return nil
}

// ------------------------------------------------------------- sys module

// StructSeq creates a tuple subclass with named fields (like
// sys.version_info or time.struct_time); instances are made with
// NewStructSeq.
func StructSeq(module, name string, fields []string) *Type {
	t := NewBuiltinType(name, TupleType)
	t.Module = module
	t.Flags |= FlagUser
	t.Layout = TupleType
	t.MRO = []*Type{t, TupleType, ObjectType}
	for i, f := range fields {
		idx := i
		t.AddGetter(f, func(th *Thread, self Value) (Value, error) {
			tup := unwrapV(self).(Tuple)
			if idx < len(tup) {
				return tup[idx], nil
			}
			return None, nil
		})
	}
	fillSlots(t)
	t.Flags &^= FlagUser
	if tupleNew := t.New; tupleNew != nil {
		t.New = func(th *Thread, cls *Type, args []Value, kw *Kwargs) (Value, error) {
			v, err := tupleNew(th, cls, args, kw)
			if err != nil {
				return nil, err
			}
			if tup, ok := unwrapV(v).(Tuple); ok && len(tup) != len(fields) {
				which := "least"
				if len(tup) > len(fields) {
					which = "most"
				}
				return nil, Errorf(TypeErrorType, module, ".", name, "() takes an at ", which, " ", itoa(len(fields)),
					"-sequence (", itoa(len(tup)), "-sequence given)")
			}
			return v, nil
		}
	}
	t.Repr = func(th *Thread, v Value) (string, error) {
		tup := unwrapV(v).(Tuple)
		var b strings.Builder
		b.WriteString(module + "." + name + "(")
		for i, f := range fields {
			if i > 0 {
				b.WriteString(", ")
			}
			r := "None"
			if i < len(tup) {
				var err error
				r, err = Repr(th, tup[i])
				if err != nil {
					return "", err
				}
			}
			b.WriteString(f + "=" + r)
		}
		b.WriteString(")")
		return b.String(), nil
	}
	return t
}

// NewStructSeq creates an instance of a StructSeq type.
func NewStructSeq(t *Type, values ...Value) Value {
	return &Instance{Class: t, Dict: NewDict(), Base: Tuple(values)}
}

var versionInfoType *Type

func (th *Thread) newSysModule() *Module {
	m := NewModule("sys")
	d := m.Dict
	d.SetStr("argv", th.Argv)
	d.SetStr("path", th.Path)
	d.SetStr("modules", th.Modules)
	d.SetStr("stdout", NewStream("<stdout>", nil, th.Stdout))
	d.SetStr("stderr", NewStream("<stderr>", nil, th.Stderr))
	d.SetStr("stdin", NewStream("<stdin>", th.Stdin, nil))
	d.SetStr("__stdout__", d.GetStr("stdout"))
	d.SetStr("__stderr__", d.GetStr("stderr"))
	d.SetStr("__stdin__", d.GetStr("stdin"))
	d.SetStr("maxsize", MakeInt(1<<63-1))
	floatInfo := StructSeq("sys", "float_info", []string{"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"})
	d.SetStr("float_info", NewStructSeq(floatInfo, Float(1.7976931348623157e+308), MakeInt(1024), MakeInt(308), Float(2.2250738585072014e-308), MakeInt(-1021), MakeInt(-307), MakeInt(15), MakeInt(53), Float(2.220446049250313e-16), MakeInt(2), MakeInt(1)))
	intInfo := StructSeq("sys", "int_info", []string{"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"})
	d.SetStr("int_info", NewStructSeq(intInfo, MakeInt(30), MakeInt(4), MakeInt(4300), MakeInt(640)))
	hashInfo := StructSeq("sys", "hash_info", []string{"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"})
	d.SetStr("hash_info", NewStructSeq(hashInfo, MakeInt(64), MakeInt(1<<61-1), MakeInt(314159), MakeInt(0), MakeInt(1000003),
		NewStr("siphash13"), MakeInt(64), MakeInt(128), MakeInt(0)))
	m.AddFunc("get_int_max_str_digits", func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
		return MakeInt(int64(pyfmt.MaxStrDigits)), nil
	})
	d.SetStr("maxunicode", MakeInt(0x10ffff))
	d.SetStr("byteorder", NewStr("little"))
	d.SetStr("platform", NewStr("linux"))
	d.SetStr("version", NewStr("3.11.7 (refpy)"))
	d.SetStr("executable", NewStr(""))
	d.SetStr("copyright", NewStr(""))
	d.SetStr("dont_write_bytecode", True)
	if versionInfoType == nil {
		versionInfoType = StructSeq("sys", "version_info", []string{"major", "minor", "micro", "releaselevel", "serial"})
	}
	d.SetStr("version_info", NewStructSeq(versionInfoType, MakeInt(3), MakeInt(11), MakeInt(7), NewStr("final"), MakeInt(0)))
	impl := NewModule("implementation")
	impl.Dict.SetStr("name", NewStr("refpy"))
	impl.Dict.SetStr("version", d.GetStr("version_info"))
	impl.Dict.SetStr("_mpy", MakeInt(0))
	d.SetStr("implementation", impl)
	m.AddFunc("exit", func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
		if len(args) == 0 {
			return nil, NewException(SystemExitType)
		}
		return nil, NewException(SystemExitType, args[0])
	})
	m.AddFunc("getrecursionlimit", func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
		return MakeInt(int64(th.recLimit)), nil
	})
	m.AddFunc("setrecursionlimit", func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
		if len(args) != 1 {
			return nil, NewError(TypeErrorType, "setrecursionlimit() takes exactly one argument")
		}
		n, err := AsInt(th, args[0])
		if err != nil {
			return nil, err
		}
		if n < 1 {
			return nil, NewError(ValueErrorType, "recursion limit must be greater or equal than 1")
		}
		th.recLimit = n
		return None, nil
	})
	m.AddFunc("exc_info", func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
		e := th.curExc
		if e == nil {
			return Tuple{None, None, None}, nil
		}
		return Tuple{e.Class, e, tracebackOf(e)}, nil
	})
	m.AddFunc("exception", func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
		if th.curExc == nil {
			return None, nil
		}
		return th.curExc, nil
	})
	m.AddFunc("print_exception", func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
		if len(args) == 0 {
			return nil, NewError(TypeErrorType, "print_exception() missing argument")
		}
		e, ok := args[0].(*Exception)
		if !ok {
			return nil, NewError(TypeErrorType, "print_exception() argument must be an exception")
		}
		out := th.sysAttr("stderr")
		if len(args) > 1 {
			out = args[1]
		}
		return None, th.writeTo(out, th.FormatException(e))
	})
	m.AddFunc("intern", func(th *Thread, args []Value, kw *Kwargs) (Value, error) { return args[0], nil })
	m.AddFunc("getsizeof", func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
		w := &heapWalker{seen: map[any]struct{}{}}
		w.walk(args[0])
		return MakeInt(w.total), nil
	})
	m.AddFunc("getdefaultencoding", func(th *Thread, args []Value, kw *Kwargs) (Value, error) { return NewStr("utf-8"), nil })
	m.AddFunc("_getframe", getFrame)
	return m
}

func gcModule(th *Thread) (*Module, error) {
	m := NewModule("gc")
	m.AddFunc("collect", func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
		th.Collect()
		return MakeInt(0), nil
	})
	m.AddFunc("mem_alloc", func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
		return MakeInt(curHeap.Used), nil
	})
	m.AddFunc("mem_free", func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
		return MakeInt(heapTotal() - curHeap.Used), nil
	})
	enabled := true
	m.AddFunc("enable", func(th *Thread, args []Value, kw *Kwargs) (Value, error) { enabled = true; return None, nil })
	m.AddFunc("disable", func(th *Thread, args []Value, kw *Kwargs) (Value, error) { enabled = false; return None, nil })
	m.AddFunc("isenabled", func(th *Thread, args []Value, kw *Kwargs) (Value, error) { return MakeBool(enabled), nil })
	threshold := int64(-1)
	m.AddFunc("threshold", func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
		if len(args) == 0 {
			return MakeInt(threshold), nil
		}
		n, err := AsInt(th, args[0])
		threshold = int64(n)
		return None, err
	})
	m.AddFunc("get_threshold", func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
		return Tuple{MakeInt(700), MakeInt(10), MakeInt(10)}, nil
	})
	return m, nil
}

// heapTotal is the heap size reported by gc.mem_free and mem_info: the
// limit, or 2 MiB (the unix port's default) without one.
func heapTotal() int64 {
	if curHeap.Limit > 0 {
		return curHeap.Limit
	}
	return 2 << 20
}

func micropythonModule(th *Thread) (*Module, error) {
	m := NewModule("micropython")
	identity := func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
		if len(args) == 0 {
			return None, nil
		}
		return args[0], nil
	}
	m.AddFunc("const", identity)
	m.AddFunc("native", identity)
	m.AddFunc("viper", identity)
	m.AddFunc("asm_thumb", identity)
	optLevel := int64(0)
	m.AddFunc("opt_level", func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
		if len(args) == 0 {
			return MakeInt(optLevel), nil
		}
		n, err := AsInt(th, args[0])
		optLevel = int64(n)
		return None, err
	})
	m.AddFunc("mem_info", func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
		th.Collect()
		used := curHeap.Used
		total := heapTotal()
		s := "stack: " + strconv.Itoa(th.depth*64) + " out of 80000\n" +
			"GC: total: " + strconv.FormatInt(total, 10) + ", used: " + strconv.FormatInt(used, 10) +
			", free: " + strconv.FormatInt(total-used, 10) + "\n" +
			" No. of 1-blocks: " + strconv.FormatInt(used/64, 10) + ", 2-blocks: " + strconv.FormatInt(used/256, 10) +
			", max blk sz: " + strconv.FormatInt(used/128+1, 10) + ", max free sz: " + strconv.FormatInt((total-used)/16, 10) + "\n"
		s += "peak: " + strconv.FormatInt(curHeap.Peak, 10) + "\n"
		return None, th.writeTo(th.sysAttr("stdout"), s)
	})
	m.AddFunc("qstr_info", func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
		return None, th.writeTo(th.sysAttr("stdout"), "qstr pool: n_pool=1, n_qstr=0, n_str_data_bytes=0, n_total_bytes=0\n")
	})
	m.AddFunc("stack_use", func(th *Thread, args []Value, kw *Kwargs) (Value, error) { return MakeInt(int64(th.depth * 64)), nil })
	m.AddFunc("heap_lock", func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
		h := curHeap
		h.locked++
		h.setNext()
		return MakeInt(int64(h.locked - 1)), nil
	})
	m.AddFunc("heap_unlock", func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
		h := curHeap
		if h.locked > 0 {
			h.locked--
			if h.locked == 0 {
				h.over, h.force, heapCheck = false, false, false
				h.setNext()
			}
		}
		return MakeInt(int64(h.locked)), nil
	})
	m.AddFunc("heap_locked", func(th *Thread, args []Value, kw *Kwargs) (Value, error) { return MakeInt(int64(curHeap.locked)), nil })
	m.AddFunc("alloc_emergency_exception_buf", func(th *Thread, args []Value, kw *Kwargs) (Value, error) { return None, nil })
	m.AddFunc("kbd_intr", func(th *Thread, args []Value, kw *Kwargs) (Value, error) { return None, nil })
	m.AddFunc("schedule", func(th *Thread, args []Value, kw *Kwargs) (Value, error) {
		if len(args) != 2 {
			return nil, NewError(TypeErrorType, "schedule expected 2 arguments")
		}
		_, err := Call(th, args[0], []Value{args[1]}, nil)
		return None, err
	})
	return m, nil
}

var _ = compile.FlagModule

// RunModule runs a module found on sys.path as __main__ (python -m).
func (th *Thread) RunModule(name string) error {
	for _, pv := range th.Path.Elems {
		d := pv.(*Str).s
		if d == "" {
			d = "."
		}
		file := filepath.Join(d, strings.ReplaceAll(name, ".", "/")+".py")
		if b, err := os.ReadFile(file); err == nil {
			return th.RunFile(file, string(b))
		}
	}
	return moduleNotFound(name)
}

// Import imports a module by absolute dotted name (like "import name").
func (th *Thread) Import(name string) (Value, error) {
	return th.importModule(name)
}

// AccountBytes charges n bytes to the heap model (see doc.go).
func AccountBytes(n int) { accountBytes(n) }

// CheckAlloc returns MemoryError if n more bytes would exceed the heap limit.
func CheckAlloc(n int) error { return checkAlloc(n) }

// FloatOf converts an int, bool, float or an object with __float__ to float64.
func FloatOf(th *Thread, v Value) (float64, error) {
	f, ok, err := toFloat(v)
	if err != nil {
		return 0, err
	}
	if ok {
		return f, nil
	}
	if in, isInst := v.(*Instance); isInst && in.Base != nil {
		if f, ok, err := toFloat(in.Base); ok || err != nil {
			return f, err
		}
	}
	t := v.Type()
	if t.Unary[OpFloat] != nil {
		r, err := t.Unary[OpFloat](th, v)
		if err != nil {
			return 0, err
		}
		if x, ok := r.(Float); ok {
			return float64(x), nil
		}
		return 0, Errorf(TypeErrorType, t.Name, ".__float__ returned non-float (type ", TypeName(r), ")")
	}
	if t.Index != nil {
		r, err := t.Index(th, v)
		if err != nil {
			return 0, err
		}
		f, _, err := toFloat(r)
		return f, err
	}
	return 0, Errorf(TypeErrorType, "must be real number, not ", t.Name)
}

// BigIntOf returns the value of an int (or bool) as a big.Int.
func BigIntOf(v Value) (*big.Int, bool) { return toBig(v) }

// StrOf returns the Go string of a str (or str subclass instance).
func StrOf(v Value) (string, bool) {
	switch s := v.(type) {
	case *Str:
		return s.s, true
	case *Instance:
		if b, ok := s.Base.(*Str); ok {
			return b.s, true
		}
	}
	return "", false
}

// CurrentException returns the exception being handled (sys.exc_info()[1]) or nil.
func (th *Thread) CurrentException() *Exception { return th.curExc }
