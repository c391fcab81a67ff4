package py

// aiter() and anext() (3.10). anext(it, default) returns an awaitable that
// runs it.__anext__() and turns its StopAsyncIteration into default.

type anextAwaitable struct {
	aw  Value // the __anext__() awaitable, replaced by its iterator when started
	it  Value
	def Value
}

func (*anextAwaitable) Type() *Type { return anextAwaitableType }

var anextAwaitableType *Type

func (a *anextAwaitable) step(th *Thread, send Value, exc *Exception) (Value, error) {
	if a.it == nil {
		it, err := getAwaitable(th, a.aw)
		if err != nil {
			return nil, err
		}
		a.it = it
	}
	var r Value
	var err error
	switch {
	case exc != nil:
		r, err = CallMethod(th, a.it, "throw", exc)
	case send == None:
		if g, ok := a.it.(*Generator); ok {
			r, err = g.Send(th, None)
		} else {
			r, err = Next(th, a.it)
			if err == nil && r == nil {
				err = stopIteration(None)
			}
		}
	default:
		r, err = CallMethod(th, a.it, "send", send)
	}
	if e, ok := err.(*Exception); ok && e.Class.IsSubtype(StopAsyncIterationType) {
		return nil, stopIteration(a.def)
	}
	return r, err
}

func initAnext() {
	t := NewBuiltinType("anext_awaitable", nil)
	anextAwaitableType = t
	t.Iter = func(th *Thread, v Value) (Value, error) { return v, nil }
	t.Next = func(th *Thread, v Value) (Value, error) {
		r, err := v.(*anextAwaitable).step(th, None, nil)
		if e, ok := err.(*Exception); ok && e.Class.IsSubtype(StopIterationType) {
			return nil, err // the result travels in StopIteration
		}
		return r, err
	}
	t.AddMethod("__await__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) { return self, nil })
	t.AddMethod("send", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		v := Value(None)
		if len(args) > 0 {
			v = args[0]
		}
		return self.(*anextAwaitable).step(th, v, nil)
	})
	t.AddMethod("throw", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		if len(args) == 0 {
			return nil, NewError(TypeErrorType, "throw expected at least 1 argument, got 0")
		}
		e, err := th.makeException(args[0])
		if err != nil {
			return nil, err
		}
		return self.(*anextAwaitable).step(th, None, e)
	})
	t.AddMethod("close", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		if a := self.(*anextAwaitable); a.it != nil {
			if m, err := GetAttr(th, a.it, "close"); err == nil {
				return Call(th, m, nil, nil)
			}
		}
		return None, nil
	})
}

func builtinAiter(th *Thread, args []Value, kw *Kwargs) (Value, error) {
	if len(args) != 1 {
		return nil, Errorf(TypeErrorType, "aiter() takes exactly one argument (", itoa(len(args)), " given)")
	}
	m := args[0].Type().Lookup("__aiter__")
	if m == nil {
		return nil, Errorf(TypeErrorType, "'", TypeName(args[0]), "' object is not an async iterable")
	}
	return callBound(th, m, args[0], nil, nil)
}

func builtinAnext(th *Thread, args []Value, kw *Kwargs) (Value, error) {
	if len(args) < 1 || len(args) > 2 {
		return nil, Errorf(TypeErrorType, "anext expected 1 or 2 arguments, got ", itoa(len(args)))
	}
	m := args[0].Type().Lookup("__anext__")
	if m == nil {
		return nil, Errorf(TypeErrorType, "'", TypeName(args[0]), "' object is not an async iterator")
	}
	aw, err := callBound(th, m, args[0], nil, nil)
	if err != nil || len(args) == 1 {
		return aw, err
	}
	return &anextAwaitable{aw: aw, def: args[1]}, nil
}
