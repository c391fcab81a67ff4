package py

// FrameValue is what sys._getframe() and generator.gi_frame return: a
// snapshot of an activation record (the VM reuses its frames, so Python
// code cannot hold on to a live one). f_locals is copied when the snapshot
// is taken; f_lineno is the line last recorded for the frame.
type FrameValue struct {
	code    *CodeObj
	line    int
	globals *Dict
	locals  *Dict
	back    Value // *FrameValue or None
}

// Type returns FrameType.
func (*FrameValue) Type() *Type { return FrameType }

// FrameType is the type of frame snapshots.
var FrameType *Type

// maxFrameSnapshot bounds how many callers a snapshot records in f_back.
const maxFrameSnapshot = 64

func (th *Thread) snapshotFrame(f *Frame, depth int) Value {
	if f == nil || f.code == nil {
		return None
	}
	line := f.code.C.FirstLine
	if pc := f.pc; pc > 0 && pc-1 < len(f.code.C.Lines) {
		line = int(f.code.C.Lines[pc-1])
	}
	fv := &FrameValue{code: f.code, line: line, globals: f.globals, back: None}
	if f.fast != nil || f.locals != nil || f.cells != nil {
		fv.locals = th.frameLocals(f)
	} else {
		fv.locals = f.globals
	}
	if depth < maxFrameSnapshot {
		fv.back = th.snapshotFrame(f.back, depth+1)
	}
	accountBytes(32)
	return fv
}

func initFrameType() {
	FrameType = NewBuiltinType("frame", nil)
	ft := FrameType
	ft.AddGetter("f_code", func(th *Thread, self Value) (Value, error) { return self.(*FrameValue).code, nil })
	ft.AddGetter("f_lineno", func(th *Thread, self Value) (Value, error) { return MakeInt(int64(self.(*FrameValue).line)), nil })
	ft.AddGetter("f_globals", func(th *Thread, self Value) (Value, error) { return self.(*FrameValue).globals, nil })
	ft.AddGetter("f_locals", func(th *Thread, self Value) (Value, error) { return self.(*FrameValue).locals, nil })
	ft.AddGetter("f_back", func(th *Thread, self Value) (Value, error) { return self.(*FrameValue).back, nil })
	ft.AddGetter("f_builtins", func(th *Thread, self Value) (Value, error) { return th.Builtins, nil })
	ft.Repr = func(th *Thread, v Value) (string, error) {
		f := v.(*FrameValue)
		return "<frame at " + addrOf(v) + ", file '" + f.code.C.Filename + "', line " + itoa(f.line) + ", code " + f.code.C.Name + ">", nil
	}
}

// getFrame implements sys._getframe([depth]).
func getFrame(th *Thread, args []Value, kw *Kwargs) (Value, error) {
	depth := 0
	if len(args) > 0 {
		d, err := AsInt(th, args[0])
		if err != nil {
			return nil, err
		}
		depth = d
	}
	f := th.frame
	for ; depth > 0 && f != nil; depth-- {
		f = f.back
	}
	if f == nil {
		return nil, NewError(ValueErrorType, "call stack is not deep enough")
	}
	return th.snapshotFrame(f, 0), nil
}
