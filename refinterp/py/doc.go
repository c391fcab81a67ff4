// Package py is the core of refinterp: Python values and types, the
// bytecode virtual machine, the built-in functions, the import system and
// the modules the VM is tied to (builtins, sys, gc, micropython). Source is
// parsed by package syntax and compiled by package compile; refpy is the
// command line.
//
// # Values
//
// Every Python object is a Value (a Go interface with one method, Type).
// The common concrete types are:
//
//	None, True, False, NotImplemented, Ellipsis   singletons
//	Int (int64) and *BigInt                       int; use MakeInt / MakeBigInt (normalises)
//	Bool, Float, Complex                          bool, float, complex
//	*Str                                          str (UTF-8); NewStr(s), s.String()
//	*Bytes                                        bytes / bytearray; NewBytes, NewByteArray, b.Data()
//	Tuple ([]Value), *List{Elems}, *Dict, *Set     containers; NewTuple, NewList, NewDict, NewSet
//	*Function, *Builtin, *BoundMethod, *Type      callables
//	*Module, *Instance, *Exception                modules, instances of Python classes, exceptions
//
// A value's behaviour is found through the slots of its *Type (Repr, Hash,
// Compare, Len, Iter, Next, GetItem, SetItem, Call, GetAttr, Num[BinOp],
// Unary[UnaryOp], ...). A nil slot means "not supported" and the generic
// operations below raise CPython's TypeError. Generic operations, all
// taking the current *Thread (needed to call back into Python):
//
//	Repr, ToStr, Hash, Truth, Len, Iter, Next, ForEach, ToSlice, GetItem, SetItem,
//	Contains, Equal, Compare, Less, Binary, InPlace, Unary, Index, AsInt,
//	GetAttr, SetAttr, HasAttr, Call, CallMethod, Format, IsInstance
//
// # Defining a built-in type with methods
//
//	var PointType = py.NewBuiltinType("Point", nil) // nil base = object
//
//	type Point struct{ X, Y int64 }
//	func (*Point) Type() *py.Type { return PointType }
//
//	func init() {
//		PointType.Module = "geometry"
//		PointType.New = func(th *py.Thread, cls *py.Type, args []py.Value, kw *py.Kwargs) (py.Value, error) {
//			return &Point{}, nil
//		}
//		PointType.Repr = func(th *py.Thread, v py.Value) (string, error) { return "Point()", nil }
//		PointType.AddMethod("norm", func(th *py.Thread, self py.Value, args []py.Value, kw *py.Kwargs) (py.Value, error) {
//			p := self.(*Point)
//			return py.MakeInt(p.X*p.X + p.Y*p.Y), nil
//		})
//		PointType.AddGetter("x", func(th *py.Thread, self py.Value) (py.Value, error) { return py.MakeInt(self.(*Point).X), nil })
//		PointType.Flags |= py.FlagBaseType // allow "class P(Point)" (instances are then *py.Instance with Base = *Point)
//	}
//
// AddClassMethod, AddStaticMethod and AddGetSet exist too. Methods receive
// self already unwrapped to the Go value for instances of Python subclasses.
// Slots receive the value as is; use StructSeq for named-tuple-like result
// types (time.struct_time, os.stat_result).
//
// Important: the args slice passed to a built-in may alias the VM's value
// stack. Copy it (append([]py.Value(nil), args...)) before storing it.
//
// # Defining and registering a module
//
//	func init() {
//		py.RegisterModule("geometry", func(th *py.Thread) (*py.Module, error) {
//			m := py.NewModule("geometry")
//			m.Set("ORIGIN", &Point{})
//			m.Set("Point", PointType)
//			m.AddFunc("dist", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) { ... })
//			return m, nil
//		})
//	}
//
// The init function runs on the first "import geometry" of each
// interpreter; the module is then cached in sys.modules. A module written
// in Python can be registered with RegisterSourceModule(name, src) (src is
// typically a string embedded with go:embed); it is compiled and run on
// first import. A Go module may also import another module with
// th.Import(name). The module package must be linked into the binary: cmd/refpy and the
// firmware import refinterp/modules/... with blank imports.
//
// # Raising exceptions from Go
//
// Python exceptions are Go errors of type *py.Exception returned up the
// stack (never panics):
//
//	return nil, py.NewError(py.ValueErrorType, "math domain error")
//	return nil, py.Errorf(py.TypeErrorType, "'", py.TypeName(v), "' object is not iterable")
//	return nil, py.NewException(py.KeyErrorType, key)          // arbitrary args
//
// Every built-in exception class is a *Type variable named after it
// (OSErrorType, StopIterationType, ...). A plain Go error returned by a
// built-in becomes a SystemError. To catch a Python exception in Go:
//
//	if e, ok := err.(*py.Exception); ok && e.Class.IsSubtype(py.StopIterationType) { ... }
//
// # Calling Python from Go, iterating
//
//	r, err := py.Call(th, fn, []py.Value{x, y}, nil)                        // fn(x, y)
//	r, err := py.Call(th, fn, nil, &py.Kwargs{Names: []string{"key"}, Values: []py.Value{k}})
//	r, err := py.CallMethod(th, obj, "append", x)                          // obj.append(x)
//	err := py.ForEach(th, iterable, func(v py.Value) error { ...; return nil })
//	it, err := py.Iter(th, iterable); v, err := py.Next(th, it)           // v == nil at the end
//	elems, err := py.ToSlice(th, iterable)
//
// # Converting between Go and Python values
//
//	py.MakeInt(int64), py.MakeBigInt(*big.Int), py.MakeFloat(f), py.MakeBool(b), py.NewStr(s)
//	py.AsInt(th, v) (int via __index__), py.Index(th, v), py.ToStr(th, v) (str()), py.Repr(th, v)
//	py.FloatOf(th, v) (float via __float__), py.BigIntOf(v), py.StrOf(v) (Go string of a str)
//
// # Heap accounting
//
// The interpreter charges every allocation the size it would have on a
// 32-bit MicroPython heap (16-byte blocks) by calling the package-private
// accountBytes from constructors. Module code that allocates a large Go
// buffer on behalf of Python should call py.AccountBytes(n), and
// py.CheckAlloc(n) before allocating something whose size a script
// controls (it returns MemoryError when over the -X heapsize limit).
// Values made with the constructors above are already charged.
//
// Charged sizes (bytes; rounded up to 16-byte blocks where marked []):
//
//	small int, bool, None: 0 (immediate)      big int: [16 + 4 per 32-bit digit]
//	float: 16                                  complex: 32
//	str: [16 + len]   (literals/names: 0, they live in ROM/qstr pool)
//	bytes: [16 + len]                          tuple: [8 + 4n]
//	list: 16 + [4 * capacity]                  dict: 32 + index + [12 per entry]
//	set: 16 + 8 per slot                       instance: 16 + its dict (split: 32 + [4 per attribute])
//	function: [40]   cell: 16   bound method: 16   generator: [48] + frame
//	frame (call): [32 + 4 * (locals + stack)]   exception: 32   class: 64 + dict
//
// Frees are approximated: when the running total passes the limit (or the
// next sampling point with -X heapstat), the heap is re-measured by walking
// everything reachable from sys.modules, the frames and the exception being
// handled (like a mark phase), and Used is reset to that live size. Only if
// the live size still exceeds the limit is MemoryError raised (at the next
// backward jump or from CheckAlloc). Peak is the highest Used seen. The
// accounted state of the current interpreter is reported by th.HeapStats()
// and by gc.mem_alloc(), gc.mem_free(), micropython.mem_info(); refpy
// prints "peak-heap N" to stderr at exit with -X heapstat. The heap model
// is process-global: run one accounted interpreter at a time.
//
// # Threads and interrupts
//
// A *Thread (from New) is one interpreter; it is not safe for concurrent
// use, except th.Interrupt(), which any goroutine may call to raise
// KeyboardInterrupt at the next backward jump or call.
package py
