package py

import (
	"math"
)

// Heap is the MicroPython heap model: every allocation is charged the size
// it would have on a 32-bit MicroPython heap (see doc.go for the table).
// Frees are not observed directly; instead, when the charged total passes
// a threshold (the limit, or the next sampling point when statistics are
// on), the interpreter walks everything reachable from its roots (modules,
// frames, the exception being handled) and resets Used to that live size,
// like a mark phase of MicroPython's collector.
type Heap struct {
	Limit  int64 // 0 = unlimited
	Used   int64 // charged bytes (live estimate after the last walk plus new allocations)
	Peak   int64 // maximum of Used observed at walks and at allocation time
	Stats  bool  // sample the live size periodically so that Peak is meaningful
	next   int64 // Used value that triggers the next walk
	over   bool  // a MemoryError is pending
	th     *Thread
	walks  int
	live   int64 // live size found by the last walk
	force  bool  // growCheck found an object that cannot fit
	locked int   // micropython.heap_lock depth: every allocation fails
	// seen is the walk's visited set, kept (cleared) between walks so that
	// a walk does not regrow a map of the whole live heap every time.
	seen map[any]struct{}
}

// growCheck flags a pending MemoryError when one object of n bytes cannot
// fit next to the live heap (objects under construction in Go code are not
// reachable by the walk, so their own size is checked here).
func growCheck(n int) {
	h := curHeap
	if h.Limit > 0 && h.live+int64(n) > h.Limit {
		h.over = true
		h.force = true
		heapCheck = true
	}
}

var curHeap = &Heap{next: math.MaxInt64}

// heapLimited is true when a heap limit is set.
var heapLimited bool

// heapCheck is true when the VM must poll for a pending MemoryError.
var heapCheck bool

// accountBytes charges n bytes to the current heap. It is the hot path:
// one add and one compare.
func accountBytes(n int) {
	h := curHeap
	h.Used += int64(n)
	if h.Used > h.next {
		h.slow()
	}
}

func (h *Heap) slow() {
	if h.locked > 0 {
		h.over, h.force, heapCheck = true, true, true
		return
	}
	if h.th != nil {
		h.collect()
	}
	if h.Used > h.Peak && (h.Limit == 0 || h.Used <= h.Limit) {
		h.Peak = h.Used
	}
	if h.Limit > 0 && h.Used > h.Limit {
		h.over = true
		heapCheck = true
		h.next = h.Used + 1024 // avoid rewalking on every allocation
		return
	}
	h.setNext()
}

func (h *Heap) setNext() {
	switch {
	case h.locked > 0:
		h.next = -1 << 62
	case h.Limit > 0:
		h.next = h.Limit
		if h.Stats {
			if n := h.Used + 4096; n < h.next {
				h.next = n
			}
		}
	case h.Stats:
		h.next = h.Used + h.Used/4 + 4096
	default:
		h.next = math.MaxInt64
	}
}

// collect recomputes Used as the size of everything reachable.
func (h *Heap) collect() {
	h.walks++
	if h.seen == nil {
		h.seen = make(map[any]struct{}, 256)
	} else {
		clear(h.seen)
	}
	w := &heapWalker{seen: h.seen}
	th := h.th
	w.walkDict(th.Modules)
	for f := th.frame; f != nil; f = f.back {
		w.walkFrame(f)
	}
	if th.curExc != nil {
		w.walk(th.curExc)
	}
	h.Used = w.total
	h.live = w.total
	if h.Used > h.Peak && (h.Limit == 0 || h.Used <= h.Limit) {
		h.Peak = h.Used
	}
}

// checkAlloc fails with MemoryError if allocating n more bytes would exceed the limit.
func checkAlloc(n int) error {
	h := curHeap
	if h.Limit > 0 && h.Used+int64(n) > h.Limit {
		if h.th != nil {
			h.collect()
		}
		if h.Used+int64(n) > h.Limit {
			return memoryError()
		}
	}
	return nil
}

// heapErr returns a pending MemoryError (for loops in Go that build containers).
func heapErr() error {
	if heapCheck {
		return heapPoll()
	}
	return nil
}

func heapPoll() error {
	h := curHeap
	if h.over {
		h.over = false
		heapCheck = false
		force := h.force
		h.force = false
		if h.th != nil {
			h.collect()
		}
		if force || h.Limit > 0 && h.Used > h.Limit {
			h.setNext()
			return memoryError()
		}
		h.setNext()
	}
	return nil
}

type heapWalker struct {
	seen  map[any]struct{}
	total int64
	// instances, when non-nil, collects every instance reached, in order
	// (finalize.go uses it to find objects with __del__).
	instances *[]*Instance
}

func (w *heapWalker) mark(key any, size int) bool {
	if _, ok := w.seen[key]; ok {
		return false
	}
	w.seen[key] = struct{}{}
	w.total += int64(size)
	return true
}

func (w *heapWalker) walkFrame(f *Frame) {
	if !w.mark(f, blocks(32+4*(len(f.fast)+len(f.stack)))) {
		return
	}
	for _, v := range f.fast {
		w.walk(v)
	}
	for i := 0; i < f.sp && i < len(f.stack); i++ {
		w.walk(f.stack[i])
	}
	for _, c := range f.cells {
		w.walk(c)
	}
	if f.locals != nil {
		w.walkDict(f.locals)
	}
	if f.globals != nil {
		w.walkDict(f.globals)
	}
}

func (w *heapWalker) walkDict(d *Dict) {
	if d == nil {
		return
	}
	size := 0
	if !d.noAccount {
		size = 16 + blocks(8*len(d.index)/2+8)
	}
	if !w.mark(d, size) {
		return
	}
	for _, e := range d.entries {
		if e.key != nil {
			w.walk(e.key)
			w.walk(e.value)
		}
	}
}

func (w *heapWalker) walk(v Value) {
	switch x := v.(type) {
	case nil, Int, Bool, *NoneType, kwNamesValue:
	case Float:
		w.total += 16
	case Complex:
		w.total += 32
	case *BigInt:
		w.mark(x, blocks(16+4*len(x.V.Bits())*2))
	case *Str:
		if len(x.s) > 1 && !x.rom {
			w.mark(x, blocks(16+len(x.s)+1))
		}
	case *Bytes:
		w.mark(x, blocks(16+len(x.b)+1))
	case Tuple:
		if len(x) == 0 {
			return
		}
		if !w.mark(&x[0], blocks(8+4*len(x))) {
			return
		}
		for _, e := range x {
			w.walk(e)
		}
	case *List:
		if !w.mark(x, 16+blocks(4*cap(x.Elems))) {
			return
		}
		for _, e := range x.Elems {
			w.walk(e)
		}
	case *Dict:
		w.walkDict(x)
	case *Set:
		if !w.mark(x, 16+blocks(4*len(x.table))) {
			return
		}
		for _, e := range x.table {
			if e.key != nil && e.key != dummyKey {
				w.walk(e.key)
			}
		}
	case *Instance:
		if !w.mark(x, 16) {
			return
		}
		if w.instances != nil {
			*w.instances = append(*w.instances, x)
		}
		w.walkDict(x.Dict)
		if x.keys != nil {
			w.total += int64(32 + blocks(4*cap(x.vals)))
			for _, v := range x.vals {
				if v != nil {
					w.walk(v)
				}
			}
		}
		if x.Base != nil {
			w.walk(x.Base)
		}
	case *Exception:
		if !w.mark(x, 32) {
			return
		}
		w.walk(x.Args)
		if x.Dict != nil {
			w.walkDict(x.Dict)
		}
	case *Function:
		if !w.mark(x, blocks(32+4*len(x.Closure))) {
			return
		}
		for _, c := range x.Closure {
			w.walk(c)
		}
		w.walk(x.Defaults)
		if x.KwDefaults != nil {
			w.walkDict(x.KwDefaults)
		}
		if x.Dict != nil {
			w.walkDict(x.Dict)
		}
	case *Cell:
		if w.mark(x, 16) {
			w.walk(x.V)
		}
	case *BoundMethod:
		if w.mark(x, 16) {
			w.walk(x.Self)
			w.walk(x.Func)
		}
	case *Generator:
		if w.mark(x, 32) {
			w.walkFrame(x.frame)
		}
	case *Module:
		if w.mark(x, 0) {
			w.walkDict(x.Dict)
		}
	case *Type:
		if x.Flags&FlagUser != 0 && w.mark(x, 64) {
			w.walkDict(x.Dict)
		}
	case *listIter:
		if w.mark(x, 16) {
			w.walk(x.l)
		}
	case *Range, *rangeIter, *Slice:
		w.mark(x, 16)
	case *Property:
		if w.mark(x, 16) {
			w.walk(x.Get)
			w.walk(x.Set)
		}
	case *ClassMethod:
		if w.mark(x, 16) {
			w.walk(x.Func)
		}
	case *StaticMethod:
		if w.mark(x, 16) {
			w.walk(x.Func)
		}
	case *Builtin, *Method, *GetSetDescr:
	default:
		w.mark(v, 16)
	}
}

// HeapStats returns the heap model's limit, current estimate and peak.
func (th *Thread) HeapStats() (limit, used, peak int64) {
	h := curHeap
	peak = h.Peak
	if h.Used > peak && (h.Limit == 0 || h.Used <= h.Limit) {
		peak = h.Used
	}
	return h.Limit, h.Used, peak
}

// Collect walks the heap and updates the live estimate (gc.collect()).
func (th *Thread) Collect() {
	h := curHeap
	h.collect()
	h.setNext()
}

// memoryError makes a MemoryError without charging the heap (MicroPython
// raises a preallocated one).
func memoryError() *Exception {
	return &Exception{Class: MemoryErrorType}
}
