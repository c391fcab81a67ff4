package py

import (
	"strings"
)

// Exception is an instance of BaseException or a subclass. It is also the Go
// error that carries a raised Python exception through the interpreter.
type Exception struct {
	Class           *Type
	Args            Tuple
	Dict            *Dict // instance attributes, created lazily
	Cause           Value // nil or exception
	Context         *Exception
	SuppressContext bool
	Traceback       []TraceEntry // innermost last
	tbValue         Value        // __traceback__ override (None after with_traceback(None))
	attrName        string       // AttributeError.name, set without allocating a dict
	attrObj         Value        // AttributeError.obj (nil = None)
}

// TraceEntry is one line of a traceback.
type TraceEntry struct {
	File string
	Func string
	Line int
}

// Type returns the exception's class.
func (e *Exception) Type() *Type { return e.Class }

// Error returns "TypeName: message" like the last line of a traceback.
func (e *Exception) Error() string {
	s, err := excStr(nil, e)
	if err != nil || s == "" {
		return e.Class.Name
	}
	return e.Class.Name + ": " + s
}

// NewException creates an exception of type t with the given args.
func NewException(t *Type, args ...Value) *Exception {
	accountBytes(32)
	return &Exception{Class: t, Args: Tuple(args)}
}

// NewError creates an exception of type t with a str message.
func NewError(t *Type, msg string) *Exception {
	return &Exception{Class: t, Args: Tuple{NewStrNoAccount(msg)}}
}

// Errorf creates an exception of type t whose message is made of parts
// concatenated (a cheap alternative to fmt.Sprintf): Errorf(TypeError,
// "'", name, "' object is not callable").
func Errorf(t *Type, parts ...string) *Exception {
	return NewError(t, strings.Join(parts, ""))
}

// Value returns StopIteration's value (args[0] or None).
func (e *Exception) value() Value {
	if len(e.Args) > 0 {
		return e.Args[0]
	}
	return None
}

func excStr(th *Thread, e *Exception) (string, error) {
	if e.Class.IsSubtype(KeyErrorType) && len(e.Args) == 1 {
		return Repr(th, e.Args[0])
	}
	if e.Class.IsSubtype(OSErrorType) && e.Dict != nil {
		errno, strerror := e.Dict.GetStr("errno"), e.Dict.GetStr("strerror")
		if errno != nil && strerror != nil && errno != None && strerror != None {
			n, err := ToStr(th, errno)
			if err != nil {
				return "", err
			}
			msg, err := ToStr(th, strerror)
			if err != nil {
				return "", err
			}
			s := "[Errno " + n + "] " + msg
			if fn := e.Dict.GetStr("filename"); fn != nil && fn != None {
				r, err := Repr(th, fn)
				if err != nil {
					return "", err
				}
				s += ": " + r
				if fn2 := e.Dict.GetStr("filename2"); fn2 != nil && fn2 != None {
					r, err := Repr(th, fn2)
					if err != nil {
						return "", err
					}
					s += " -> " + r
				}
			}
			return s, nil
		}
	}
	if e.Class.IsSubtype(SyntaxErrorType) && len(e.Args) == 2 {
		msg, _ := ToStr(th, e.Args[0])
		if t, ok := e.Args[1].(Tuple); ok && len(t) >= 2 {
			fn, _ := ToStr(th, t[0])
			ln, _ := ToStr(th, t[1])
			return msg + " (" + fn + ", line " + ln + ")", nil
		}
		return msg, nil
	}
	switch len(e.Args) {
	case 0:
		return "", nil
	case 1:
		return ToStr(th, e.Args[0])
	}
	return Repr(th, e.Args)
}

// Built-in exception types.
var (
	BaseExceptionType, ExceptionType, SystemExitType, KeyboardInterruptType, GeneratorExitType,
	StopIterationType, StopAsyncIterationType, ArithmeticErrorType, ZeroDivisionErrorType,
	OverflowErrorType, FloatingPointErrorType, AssertionErrorType, AttributeErrorType,
	BufferErrorType, EOFErrorType, ImportErrorType, ModuleNotFoundErrorType, LookupErrorType,
	IndexErrorType, KeyErrorType, MemoryErrorType, NameErrorType, UnboundLocalErrorType,
	OSErrorType, FileNotFoundErrorType, FileExistsErrorType, PermissionErrorType,
	IsADirectoryErrorType, NotADirectoryErrorType, TimeoutErrorType, InterruptedErrorType,
	BlockingIOErrorType, ConnectionErrorType, BrokenPipeErrorType, ConnectionResetErrorType,
	ConnectionRefusedErrorType, ConnectionAbortedErrorType, ChildProcessErrorType, ProcessLookupErrorType,
	ReferenceErrorType, RuntimeErrorType, NotImplementedErrorType, RecursionErrorType,
	SyntaxErrorType, IndentationErrorType, TabErrorType, SystemErrorType, TypeErrorType,
	ValueErrorType, UnicodeErrorType, UnicodeDecodeErrorType, UnicodeEncodeErrorType,
	UnicodeTranslateErrorType, WarningType, UserWarningType, DeprecationWarningType,
	PendingDeprecationWarningType, SyntaxWarningType, RuntimeWarningType, FutureWarningType,
	ImportWarningType, UnicodeWarningType, BytesWarningType, ResourceWarningType,
	EncodingWarningType *Type
)

// exceptionTypes lists every built-in exception type for the builtins module.
var exceptionTypes []*Type

func newExcType(name string, base *Type) *Type {
	t := NewBuiltinType(name, base)
	t.Flags |= FlagBaseType | FlagException
	exceptionTypes = append(exceptionTypes, t)
	return t
}

func initExceptions() {
	BaseExceptionType = newExcType("BaseException", ObjectType)
	b := BaseExceptionType
	b.Layout = b
	b.New = func(th *Thread, cls *Type, args []Value, kw *Kwargs) (Value, error) {
		e := &Exception{Class: cls, Args: append(Tuple(nil), args...)}
		accountBytes(32)
		return e, nil
	}
	b.Init = func(th *Thread, self Value, args []Value, kw *Kwargs) error {
		if kw.Len() > 0 {
			return Errorf(TypeErrorType, self.Type().TPName(), "() takes no keyword arguments")
		}
		if e, ok := self.(*Exception); ok {
			e.Args = append(Tuple(nil), args...)
		}
		return nil
	}
	b.Repr = func(th *Thread, v Value) (string, error) {
		e := v.(*Exception)
		if len(e.Args) == 1 {
			r, err := Repr(th, e.Args[0])
			return e.Class.Name + "(" + r + ")", err
		}
		r, err := Repr(th, e.Args)
		if len(e.Args) == 0 {
			r = "()"
		}
		return e.Class.Name + r, err
	}
	b.Str = func(th *Thread, v Value) (string, error) { return excStr(th, v.(*Exception)) }
	b.GetAttr = excGetAttr
	b.SetAttr = excSetAttr
	b.AddMethod("with_traceback", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		e := self.(*Exception)
		if len(args) == 1 {
			if args[0] == None {
				e.Traceback = nil
			} else if tb, ok := args[0].(*TracebackValue); ok {
				e.Traceback = tb.entries
			}
		}
		return e, nil
	})
	b.Dict.SetStr("__dict__", &GetSetDescr{Name: "__dict__", Owner: b, Get: objectDictDescr.Get, Set: func(th *Thread, self, val Value) error {
		d, ok := val.(*Dict)
		if !ok {
			return NewError(TypeErrorType, "__dict__ must be set to a dictionary")
		}
		self.(*Exception).Dict = d
		return nil
	}})
	b.AddMethod("add_note", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeErrorType, "BaseException.add_note() takes exactly one argument (", itoa(len(args)), " given)")
		}
		if _, ok := args[0].(*Str); !ok {
			return nil, Errorf(TypeErrorType, "note must be a str, not '", TypeName(args[0]), "'")
		}
		e := self.(*Exception)
		var notes Value
		if e.Dict != nil {
			notes = e.Dict.GetStr("__notes__")
		}
		if notes == nil {
			notes = NewList(nil)
			e.setAttr("__notes__", notes)
		}
		l, ok := notes.(*List)
		if !ok {
			return nil, NewError(TypeErrorType, "Cannot add note: __notes__ is not a list")
		}
		l.Elems = append(l.Elems, args[0])
		return None, nil
	})

	E := func(name string, base *Type) *Type { return newExcType(name, base) }
	SystemExitType = E("SystemExit", b)
	KeyboardInterruptType = E("KeyboardInterrupt", b)
	GeneratorExitType = E("GeneratorExit", b)
	ExceptionType = E("Exception", b)
	x := ExceptionType
	StopIterationType = E("StopIteration", x)
	StopAsyncIterationType = E("StopAsyncIteration", x)
	ArithmeticErrorType = E("ArithmeticError", x)
	FloatingPointErrorType = E("FloatingPointError", ArithmeticErrorType)
	OverflowErrorType = E("OverflowError", ArithmeticErrorType)
	ZeroDivisionErrorType = E("ZeroDivisionError", ArithmeticErrorType)
	AssertionErrorType = E("AssertionError", x)
	AttributeErrorType = E("AttributeError", x)
	BufferErrorType = E("BufferError", x)
	EOFErrorType = E("EOFError", x)
	ImportErrorType = E("ImportError", x)
	ModuleNotFoundErrorType = E("ModuleNotFoundError", ImportErrorType)
	LookupErrorType = E("LookupError", x)
	IndexErrorType = E("IndexError", LookupErrorType)
	KeyErrorType = E("KeyError", LookupErrorType)
	MemoryErrorType = E("MemoryError", x)
	NameErrorType = E("NameError", x)
	UnboundLocalErrorType = E("UnboundLocalError", NameErrorType)
	OSErrorType = E("OSError", x)
	BlockingIOErrorType = E("BlockingIOError", OSErrorType)
	ChildProcessErrorType = E("ChildProcessError", OSErrorType)
	ConnectionErrorType = E("ConnectionError", OSErrorType)
	BrokenPipeErrorType = E("BrokenPipeError", ConnectionErrorType)
	ConnectionAbortedErrorType = E("ConnectionAbortedError", ConnectionErrorType)
	ConnectionRefusedErrorType = E("ConnectionRefusedError", ConnectionErrorType)
	ConnectionResetErrorType = E("ConnectionResetError", ConnectionErrorType)
	FileExistsErrorType = E("FileExistsError", OSErrorType)
	FileNotFoundErrorType = E("FileNotFoundError", OSErrorType)
	InterruptedErrorType = E("InterruptedError", OSErrorType)
	IsADirectoryErrorType = E("IsADirectoryError", OSErrorType)
	NotADirectoryErrorType = E("NotADirectoryError", OSErrorType)
	PermissionErrorType = E("PermissionError", OSErrorType)
	ProcessLookupErrorType = E("ProcessLookupError", OSErrorType)
	TimeoutErrorType = E("TimeoutError", OSErrorType)
	ReferenceErrorType = E("ReferenceError", x)
	RuntimeErrorType = E("RuntimeError", x)
	NotImplementedErrorType = E("NotImplementedError", RuntimeErrorType)
	RecursionErrorType = E("RecursionError", RuntimeErrorType)
	SyntaxErrorType = E("SyntaxError", x)
	IndentationErrorType = E("IndentationError", SyntaxErrorType)
	TabErrorType = E("TabError", IndentationErrorType)
	SystemErrorType = E("SystemError", x)
	TypeErrorType = E("TypeError", x)
	ValueErrorType = E("ValueError", x)
	UnicodeErrorType = E("UnicodeError", ValueErrorType)
	UnicodeDecodeErrorType = E("UnicodeDecodeError", UnicodeErrorType)
	UnicodeEncodeErrorType = E("UnicodeEncodeError", UnicodeErrorType)
	UnicodeTranslateErrorType = E("UnicodeTranslateError", UnicodeErrorType)
	WarningType = E("Warning", x)
	BytesWarningType = E("BytesWarning", WarningType)
	DeprecationWarningType = E("DeprecationWarning", WarningType)
	EncodingWarningType = E("EncodingWarning", WarningType)
	FutureWarningType = E("FutureWarning", WarningType)
	ImportWarningType = E("ImportWarning", WarningType)
	PendingDeprecationWarningType = E("PendingDeprecationWarning", WarningType)
	ResourceWarningType = E("ResourceWarning", WarningType)
	RuntimeWarningType = E("RuntimeWarning", WarningType)
	SyntaxWarningType = E("SyntaxWarning", WarningType)
	UnicodeWarningType = E("UnicodeWarning", WarningType)
	UserWarningType = E("UserWarning", WarningType)
	nameInit := func(th *Thread, self Value, args []Value, kw *Kwargs) error {
		e := self.(*Exception)
		e.Args = append(Tuple(nil), args...)
		if kw == nil {
			return nil
		}
		for i, n := range kw.Names {
			switch {
			case n == "name":
				e.setAttr("name", kw.Values[i])
			case n == "obj" && e.Class.IsSubtype(AttributeErrorType):
				e.attrObj = kw.Values[i]
			default:
				return Errorf(TypeErrorType, "'", n, "' is an invalid keyword argument for ", e.Class.Name, "()")
			}
		}
		return nil
	}
	AttributeErrorType.Init = nameInit
	NameErrorType.Init = nameInit
	UnboundLocalErrorType.Init = nameInit
	SyntaxErrorType.Init = func(th *Thread, self Value, args []Value, kw *Kwargs) error {
		e := self.(*Exception)
		e.Args = append(Tuple(nil), args...)
		if len(args) >= 1 {
			e.setAttr("msg", args[0])
		}
		if len(args) == 2 {
			if t, ok := args[1].(Tuple); ok && len(t) >= 4 {
				e.setAttr("filename", t[0])
				e.setAttr("lineno", t[1])
				e.setAttr("offset", t[2])
				e.setAttr("text", t[3])
			}
		}
		return nil
	}
	OSErrorType.New = func(th *Thread, cls *Type, args []Value, kw *Kwargs) (Value, error) {
		if cls == OSErrorType && len(args) >= 2 && len(args) <= 5 {
			if n, ok := args[0].(Int); ok {
				if sub := osErrorSubclass(int(n)); sub != nil {
					cls = sub
				}
			}
		}
		accountBytes(32)
		return &Exception{Class: cls, Args: append(Tuple(nil), args...)}, nil
	}
	OSErrorType.Init = func(th *Thread, self Value, args []Value, kw *Kwargs) error {
		e := self.(*Exception)
		e.Args = append(Tuple(nil), args...)
		if len(args) >= 2 && len(args) <= 5 {
			e.setAttr("errno", args[0])
			e.setAttr("strerror", args[1])
			if len(args) >= 3 {
				e.setAttr("filename", args[2])
				e.Args = e.Args[:2]
			}
			if len(args) == 5 {
				e.setAttr("filename2", args[4])
			}
		}
		return nil
	}
	initExceptionGroups()
	initUnsupportedOperation()
	// subclasses were created before these slots were set
	for _, t := range exceptionTypes {
		if t != OSErrorType && t.IsSubtype(OSErrorType) {
			t.Init = OSErrorType.Init
		}
		if t != SyntaxErrorType && t.IsSubtype(SyntaxErrorType) {
			t.Init = SyntaxErrorType.Init
		}
	}
}

func (e *Exception) setAttr(name string, v Value) {
	if e.Dict == nil {
		e.Dict = newDictNoAccount()
	}
	e.Dict.SetStr(name, v)
}

// TracebackValue is the __traceback__ of an exception.
type TracebackValue struct {
	entries []TraceEntry
}

// Type returns TracebackType.
func (*TracebackValue) Type() *Type { return TracebackType }

func excGetAttr(th *Thread, v Value, name string) (Value, error) {
	e := v.(*Exception)
	switch name {
	case "args":
		return e.Args, nil
	case "__cause__":
		if e.Cause == nil {
			return None, nil
		}
		return e.Cause, nil
	case "__context__":
		if e.Context == nil {
			return None, nil
		}
		return e.Context, nil
	case "__suppress_context__":
		return MakeBool(e.SuppressContext), nil
	case "__traceback__":
		if len(e.Traceback) == 0 {
			return None, nil
		}
		return &TracebackValue{entries: e.Traceback}, nil
	}
	if e.Dict != nil {
		if x := e.Dict.GetStr(name); x != nil {
			if e.Class.Lookup(name) == nil || !isDataDescr(e.Class.Lookup(name)) {
				return x, nil
			}
		}
	}
	r, err := GenericGetAttr(th, v, name)
	if err == nil {
		return r, nil
	}
	switch name {
	case "value":
		if e.Class.IsSubtype(StopIterationType) {
			return e.value(), nil
		}
	case "code":
		if e.Class.IsSubtype(SystemExitType) {
			return e.value(), nil
		}
	case "errno", "strerror", "filename", "filename2":
		if e.Class.IsSubtype(OSErrorType) {
			return None, nil
		}
	case "msg":
		if e.Class.IsSubtype(SyntaxErrorType) {
			return e.value(), nil
		}
	case "name", "path":
		if e.Class.IsSubtype(ImportErrorType) {
			return None, nil
		}
		if name == "name" && (e.Class.IsSubtype(AttributeErrorType) || e.Class.IsSubtype(NameErrorType)) {
			if e.attrName == "" {
				return None, nil
			}
			return NewStr(e.attrName), nil
		}
	case "obj":
		if e.Class.IsSubtype(AttributeErrorType) {
			if e.attrObj == nil {
				return None, nil
			}
			return e.attrObj, nil
		}
	case "lineno", "offset", "text":
		if e.Class.IsSubtype(SyntaxErrorType) {
			return None, nil
		}
	}
	return nil, err
}

func excSetAttr(th *Thread, v Value, name string, val Value) error {
	e := v.(*Exception)
	switch name {
	case "args":
		t, err := toTuple(th, val)
		if err != nil {
			return err
		}
		e.Args = t
		return nil
	case "__cause__":
		if val == None {
			e.Cause = nil
		} else {
			e.Cause = val
		}
		e.SuppressContext = true
		return nil
	case "__context__":
		if x, ok := val.(*Exception); ok {
			e.Context = x
		} else {
			e.Context = nil
		}
		return nil
	case "__suppress_context__":
		b, err := Truth(th, val)
		e.SuppressContext = b
		return err
	case "__traceback__":
		if val == None {
			e.Traceback = nil
		}
		return nil
	}
	if d := e.Class.Lookup(name); d != nil && d.Type().DescrSet != nil {
		return d.Type().DescrSet(th, d, v, val)
	}
	if e.Dict == nil {
		e.Dict = NewDict()
	}
	if val == nil {
		if e.Dict.DelStr(name) {
			return nil
		}
		return attrError(v, name)
	}
	e.Dict.SetStr(name, val)
	return nil
}

// AsException converts any Go error into a Python exception.
func AsException(err error) *Exception {
	if e, ok := err.(*Exception); ok {
		return e
	}
	return NewError(SystemErrorType, err.Error())
}

// osErrorSubclass maps an errno to the OSError subclass CPython picks.
func osErrorSubclass(errno int) *Type {
	switch errno {
	case 1, 13:
		return PermissionErrorType
	case 2:
		return FileNotFoundErrorType
	case 3:
		return ProcessLookupErrorType
	case 4:
		return InterruptedErrorType
	case 10:
		return ChildProcessErrorType
	case 11, 114, 115:
		return BlockingIOErrorType
	case 17:
		return FileExistsErrorType
	case 20:
		return NotADirectoryErrorType
	case 21:
		return IsADirectoryErrorType
	case 32:
		return BrokenPipeErrorType
	case 103:
		return ConnectionAbortedErrorType
	case 104:
		return ConnectionResetErrorType
	case 110:
		return TimeoutErrorType
	case 111:
		return ConnectionRefusedErrorType
	}
	return nil
}
