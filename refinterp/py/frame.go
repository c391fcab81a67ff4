package py

import (
	"io"
	"sync/atomic"

	"github.com/mptest/mptest/refinterp/compile"
)

// Thread is the state of one interpreter: its modules, the running frames
// and the exception being handled. It is not safe for concurrent use.
type Thread struct {
	frame    *Frame
	depth    int
	recLimit int
	curExc   *Exception

	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer

	// interrupt is set (atomically) by Interrupt and checked on backward
	// jumps and calls; the VM then raises KeyboardInterrupt.
	interrupt int32
	yieldTick uint32 // backward jumps since start, for Yield

	Modules  *Dict // sys.modules
	Builtins *Dict
	Path     *List // sys.path
	Argv     *List
	sys      *Module
	mainDir  string
	stdinBuf *bufReader

	arena     []Value
	arenaTop  int
	framePool []*Frame

	// ExitHook, if set, is used by sys.exit/SystemExit handling (not needed normally).
	reprActive []Value
	Heap       *Heap

	big bigScratch // operand views of big-int operations (int.go)
}

// Frame is the activation record of a code object.
type Frame struct {
	code     *CodeObj
	fn       *Function
	globals  *Dict
	locals   *Dict // module and class bodies (NAME ops); nil in functions
	builtins *Dict
	fast     []Value
	cells    []*Cell
	stack    []Value
	sp       int
	pc       int
	blocks   []block
	back     *Frame
	base     int // arena position of fast[0], -1 if not from the arena
	yielded  bool
	gen      *Generator
	pending  error // exception to raise on resume (generator throw)
}

type blockKind uint8

const (
	blockSetup blockKind = iota
	blockActive
)

type block struct {
	kind    blockKind
	handler int32
	level   int32
	prevExc *Exception
}

// Yield, when set, is called every 1024 backward jumps of a running
// program. A cooperative scheduler (TinyGo on a microcontroller) sets it to
// runtime.Gosched so the goroutine reading the UART can see a Ctrl-C and
// call Interrupt while a loop runs.
var Yield func()

// Interrupt asks the running code to raise KeyboardInterrupt (safe to call
// from another goroutine, e.g. a signal handler or a UART reader).
func (th *Thread) Interrupt() { atomic.StoreInt32(&th.interrupt, 1) }

// ClearInterrupt drops a pending Interrupt that arrived after the code it
// was meant for had finished (a device's Ctrl-C racing the end of a program).
func (th *Thread) ClearInterrupt() { atomic.StoreInt32(&th.interrupt, 0) }

func (th *Thread) checkInterrupt() error {
	if atomic.LoadInt32(&th.interrupt) != 0 {
		atomic.StoreInt32(&th.interrupt, 0)
		return NewException(KeyboardInterruptType)
	}
	return nil
}

// RecursionLimit returns the maximum Python call depth.
func (th *Thread) RecursionLimit() int { return th.recLimit }

// SetRecursionLimit changes the maximum Python call depth.
func (th *Thread) SetRecursionLimit(n int) { th.recLimit = n }

func (th *Thread) newFrame(co *CodeObj, globals *Dict, fn *Function, heap bool) *Frame {
	c := co.C
	n := len(c.VarNames) + c.MaxStack
	var f *Frame
	if !heap && len(th.framePool) > 0 {
		f = th.framePool[len(th.framePool)-1]
		th.framePool = th.framePool[:len(th.framePool)-1]
	} else {
		f = &Frame{}
	}
	f.code, f.fn, f.globals, f.builtins = co, fn, globals, th.Builtins
	f.pc, f.sp, f.yielded, f.pending, f.locals = 0, 0, false, nil, nil
	f.blocks = f.blocks[:0]
	var mem []Value
	if heap {
		mem = make([]Value, n)
		f.base = -1
	} else {
		if th.arenaTop+n > len(th.arena) {
			size := 2 * len(th.arena)
			if size < th.arenaTop+n+1024 {
				size = th.arenaTop + n + 1024
			}
			th.arena = make([]Value, size)
		}
		f.base = th.arenaTop
		mem = th.arena[th.arenaTop : th.arenaTop+n : th.arenaTop+n]
		th.arenaTop += n
	}
	nl := len(c.VarNames)
	f.fast = mem[:nl:nl]
	f.stack = mem[nl:]
	if nc := len(c.CellVars) + len(c.FreeVars); nc > 0 {
		f.cells = make([]*Cell, nc)
	} else {
		f.cells = nil
	}
	// Accounted like a MicroPython code_state: header plus 4 bytes per slot.
	accountBytes(blocks(32 + 4*n))
	return f
}

func (th *Thread) releaseFrame(f *Frame) {
	if f.base < 0 {
		return
	}
	mem := th.arena[f.base:th.arenaTop]
	for i := range mem {
		mem[i] = nil
	}
	th.arenaTop = f.base
	f.fn, f.code, f.cells, f.fast, f.stack, f.back, f.globals, f.locals = nil, nil, nil, nil, nil, nil, nil, nil
	th.framePool = append(th.framePool, f)
}

func (th *Thread) setupCells(f *Frame, fn *Function) {
	c := f.code.C
	for i := range c.CellVars {
		cell := &Cell{}
		accountBytes(16)
		if p := c.CellParam[i]; p >= 0 {
			cell.V = f.fast[p]
		}
		f.cells[i] = cell
	}
	if fn != nil {
		copy(f.cells[len(c.CellVars):], fn.Closure)
	}
}

// callFunction calls a Python function.
func (th *Thread) callFunction(fn *Function, args []Value, kw *Kwargs) (Value, error) {
	c := fn.Code.C
	if c.Flags&(compile.FlagGenerator|compile.FlagCoroutine|compile.FlagAsyncGenerator) != 0 {
		f := th.newFrame(fn.Code, fn.Globals, fn, true)
		if err := fn.bindArgs(th, f.fast, args, kw); err != nil {
			return nil, err
		}
		if f.cells != nil {
			th.setupCells(f, fn)
		}
		g := &Generator{frame: f, name: fn.Name, qualname: fn.QualName}
		accountBytes(blocks(48))
		switch {
		case c.Flags&compile.FlagCoroutine != 0:
			g.kind = genCoroutine
		case c.Flags&compile.FlagAsyncGenerator != 0:
			g.kind = genAsync
		}
		f.gen = g
		return g, nil
	}
	if th.depth >= th.recLimit {
		return nil, NewError(RecursionErrorType, "maximum recursion depth exceeded")
	}
	if atomic.LoadInt32(&th.interrupt) != 0 {
		if err := th.checkInterrupt(); err != nil {
			return nil, err
		}
	}
	f := th.newFrame(fn.Code, fn.Globals, fn, false)
	if len(args) == c.ArgCount && kw == nil && c.Flags&(compile.FlagVarArgs|compile.FlagVarKw) == 0 && c.KwOnlyCount == 0 {
		copy(f.fast, args)
	} else if err := fn.bindArgs(th, f.fast, args, kw); err != nil {
		th.releaseFrame(f)
		return nil, err
	}
	if f.cells != nil {
		th.setupCells(f, fn)
	}
	th.depth++
	r, err := th.run(f)
	th.depth--
	th.releaseFrame(f)
	return r, err
}

// RunCode executes a module-level code object with the given globals (and
// locals, usually the same dict).
func (th *Thread) RunCode(co *CodeObj, globals, locals *Dict) (Value, error) {
	if globals.GetStr("__builtins__") == nil {
		globals.SetStr("__builtins__", th.builtinsModule())
	}
	f := th.newFrame(co, globals, nil, true)
	f.locals = locals
	if f.cells != nil {
		th.setupCells(f, nil)
	}
	th.depth++
	r, err := th.run(f)
	th.depth--
	return r, err
}

func (th *Thread) builtinsModule() Value {
	if m := th.Modules.GetStr("builtins"); m != nil {
		return m
	}
	return None
}

// Generator is a generator, coroutine or async generator object.
type Generator struct {
	frame    *Frame
	name     string
	qualname string
	kind     genKind
	running  bool
	done     bool
	started  bool
	// excState is the exception the generator was handling when it
	// suspended (its own sys.exc_info(), kept apart from its caller's).
	excState *Exception
}

type genKind uint8

const (
	genPlain genKind = iota
	genCoroutine
	genAsync
)

// Type returns GeneratorType, CoroutineType or AsyncGeneratorType.
func (g *Generator) Type() *Type {
	switch g.kind {
	case genCoroutine:
		return CoroutineType
	case genAsync:
		return AsyncGeneratorType
	}
	return GeneratorType
}

// resume runs the generator with v sent in (or exc thrown in). It returns
// (value, false, nil) on yield and (result, true, nil) on return.
func (g *Generator) resume(th *Thread, v Value, exc error) (Value, bool, error) {
	if g.running {
		what := "generator"
		if g.kind == genCoroutine {
			what = "coroutine"
		}
		return nil, false, Errorf(ValueErrorType, what, " already executing")
	}
	if g.done {
		if exc != nil {
			return nil, false, exc
		}
		if g.kind == genCoroutine {
			return nil, false, NewError(RuntimeErrorType, "cannot reuse already awaited coroutine")
		}
		return nil, true, nil
	}
	f := g.frame
	if !g.started {
		if exc == nil && v != None {
			what := "generator"
			if g.kind == genCoroutine {
				what = "coroutine"
			}
			return nil, false, Errorf(TypeErrorType, "can't send non-None value to a just-started ", what)
		}
		g.started = true
		if exc != nil {
			g.done = true
			return nil, false, exc
		}
	} else if exc != nil {
		f.pending = exc
	} else {
		f.stack[f.sp] = v
		f.sp++
	}
	if th.depth >= th.recLimit {
		return nil, false, NewError(RecursionErrorType, "maximum recursion depth exceeded")
	}
	g.running = true
	f.yielded = false
	th.depth++
	callerExc := g.enterExc(th)
	r, err := th.run(f)
	g.leaveExc(th, f, callerExc)
	th.depth--
	g.running = false
	if f.yielded {
		return r, false, nil
	}
	g.done = true
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Class.IsSubtype(StopIterationType) {
			what := "generator"
			if g.kind == genCoroutine {
				what = "coroutine"
			}
			ne := NewError(RuntimeErrorType, what+" raised StopIteration")
			ne.Cause = e
			ne.Context = e
			ne.SuppressContext = true
			return nil, false, ne
		}
		if e, ok := err.(*Exception); ok && g.kind == genAsync && e.Class.IsSubtype(StopAsyncIterationType) {
			ne := NewError(RuntimeErrorType, "async generator raised StopAsyncIteration")
			ne.Cause = e
			return nil, false, ne
		}
		return nil, false, err
	}
	return r, true, nil
}

// Send implements generator.send: it returns the yielded value, or raises
// StopIteration(result) when the generator returns.
func (g *Generator) Send(th *Thread, v Value) (Value, error) {
	r, done, err := g.resume(th, v, nil)
	if err != nil {
		return nil, err
	}
	if done {
		return nil, stopIteration(r)
	}
	return r, nil
}

func stopIteration(r Value) *Exception {
	if r == nil || r == None {
		return NewException(StopIterationType)
	}
	return NewException(StopIterationType, r)
}

// Throw implements generator.throw.
func (g *Generator) Throw(th *Thread, exc error) (Value, error) {
	// delegate to a sub-iterator suspended in yield from
	f := g.frame
	if g.started && !g.done && f.pc < len(f.code.C.Code) {
		op, _ := compile.Instr(f.code.C.Code[f.pc])
		if op == compile.YIELD_FROM && f.sp > 0 {
			if sub, ok := f.stack[f.sp-1].(*Generator); ok {
				r, done, err := sub.throwInner(th, exc)
				if err == nil && !done {
					return r, nil
				}
				if err == nil && done {
					// the sub-generator returned: continue after YIELD_FROM with its value
					f.stack[f.sp-1] = r
					f.pc++
					rr, d2, e2 := g.resumeRaw(th)
					if e2 != nil {
						return nil, e2
					}
					if d2 {
						return nil, stopIteration(rr)
					}
					return rr, nil
				}
				exc = err
				f.sp--
				f.stack[f.sp] = nil
			}
		}
	}
	r, done, err := g.resume(th, None, exc)
	if err != nil {
		return nil, err
	}
	if done {
		return nil, stopIteration(r)
	}
	return r, nil
}

func (g *Generator) throwInner(th *Thread, exc error) (Value, bool, error) {
	r, err := g.Throw(th, exc)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Class.IsSubtype(StopIterationType) {
			return e.value(), true, nil
		}
		return nil, false, err
	}
	return r, false, nil
}

// resumeRaw continues a suspended frame without pushing a value.
func (g *Generator) resumeRaw(th *Thread) (Value, bool, error) {
	f := g.frame
	g.running = true
	f.yielded = false
	th.depth++
	callerExc := g.enterExc(th)
	r, err := th.run(f)
	g.leaveExc(th, f, callerExc)
	th.depth--
	g.running = false
	if f.yielded {
		return r, false, nil
	}
	g.done = true
	return r, true, err
}

// enterExc switches to the generator's exception state when it resumes:
// the one it was handling when it suspended, else its caller's (as in
// CPython, where a generator's exc_info falls back to the caller's).
func (g *Generator) enterExc(th *Thread) *Exception {
	callerExc := th.curExc
	if g.excState != nil {
		th.curExc = g.excState
	}
	return callerExc
}

// leaveExc saves the generator's exception state when it suspends and
// gives the caller back its own.
func (g *Generator) leaveExc(th *Thread, f *Frame, callerExc *Exception) {
	g.excState = nil
	if f.yielded {
		for _, b := range f.blocks {
			if b.kind == blockActive {
				g.excState = th.curExc
				break
			}
		}
	}
	th.curExc = callerExc
}

// Close implements generator.close.
func (g *Generator) Close(th *Thread) error {
	if g.done || !g.started {
		g.done = true
		return nil
	}
	_, err := g.Throw(th, NewException(GeneratorExitType))
	if err == nil {
		return NewError(RuntimeErrorType, "generator ignored GeneratorExit")
	}
	if e, ok := err.(*Exception); ok && (e.Class.IsSubtype(GeneratorExitType) || e.Class.IsSubtype(StopIterationType)) {
		return nil
	}
	return err
}
