package py

func initGeneratorTypes() {
	for i, name := range []string{"generator", "coroutine", "async_generator"} {
		kind := genKind(i)
		gt := NewBuiltinType(name, nil)
		switch kind {
		case genPlain:
			GeneratorType = gt
		case genCoroutine:
			CoroutineType = gt
		case genAsync:
			AsyncGeneratorType = gt
		}
		gt.Repr = func(th *Thread, v Value) (string, error) {
			g := v.(*Generator)
			return "<" + name + " object " + g.qualname + " at " + addrOf(v) + ">", nil
		}
		if kind == genPlain {
			gt.Iter = selfIter
			gt.Next = func(th *Thread, v Value) (Value, error) {
				g := v.(*Generator)
				r, done, err := g.resume(th, None, nil)
				if err != nil || done {
					return nil, err
				}
				return r, nil
			}
			gt.AddMethod("__next__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
				return self.(*Generator).Send(th, None)
			})
			gt.AddMethod("__iter__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) { return self, nil })
		}
		if kind == genCoroutine {
			gt.AddMethod("__await__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
				return &coroWrapper{self.(*Generator)}, nil
			})
		}
		gt.AddMethod("send", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
			if len(args) != 1 {
				return nil, Errorf(TypeErrorType, "send() takes exactly one argument (", itoa(len(args)), " given)")
			}
			return self.(*Generator).Send(th, args[0])
		})
		gt.AddMethod("throw", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
			if len(args) == 0 {
				return nil, NewError(TypeErrorType, "throw expected at least 1 argument, got 0")
			}
			exc, err := th.makeException(args[0])
			if err != nil {
				return nil, err
			}
			if len(args) > 1 && args[1] != None {
				if _, isType := args[0].(*Type); isType {
					e2, err := Call(th, args[0], []Value{args[1]}, nil)
					if err == nil {
						if ee, ok := e2.(*Exception); ok {
							exc = ee
						}
					}
				}
			}
			return self.(*Generator).Throw(th, exc)
		})
		gt.AddMethod("close", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
			return None, self.(*Generator).Close(th)
		})
		gt.AddGetter("__name__", func(th *Thread, self Value) (Value, error) { return NewStr(self.(*Generator).name), nil })
		gt.AddGetter("__qualname__", func(th *Thread, self Value) (Value, error) { return NewStr(self.(*Generator).qualname), nil })
		gt.AddGetter("gi_running", func(th *Thread, self Value) (Value, error) { return MakeBool(self.(*Generator).running), nil })
		gt.AddGetter("cr_running", func(th *Thread, self Value) (Value, error) { return MakeBool(self.(*Generator).running), nil })
		frameGetter := func(th *Thread, self Value) (Value, error) {
			g := self.(*Generator)
			if g.done {
				return None, nil
			}
			fv := th.snapshotFrame(g.frame, maxFrameSnapshot).(*FrameValue)
			fv.back = None
			return fv, nil
		}
		codeGetter := func(th *Thread, self Value) (Value, error) { return self.(*Generator).frame.code, nil }
		gt.AddGetter("gi_frame", frameGetter)
		gt.AddGetter("cr_frame", frameGetter)
		gt.AddGetter("ag_frame", frameGetter)
		gt.AddGetter("gi_code", codeGetter)
		gt.AddGetter("cr_code", codeGetter)
		gt.AddGetter("ag_code", codeGetter)
		gt.AddGetter("gi_suspended", func(th *Thread, self Value) (Value, error) {
			g := self.(*Generator)
			return MakeBool(g.started && !g.done && !g.running), nil
		})
		if kind == genAsync {
			gt.AddMethod("__aiter__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) { return self, nil })
			gt.AddMethod("__anext__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
				return &asyncGenStep{g: self.(*Generator), send: None}, nil
			})
			gt.AddMethod("asend", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
				return &asyncGenStep{g: self.(*Generator), send: args[0]}, nil
			})
			gt.AddMethod("aclose", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
				return &asyncGenStep{g: self.(*Generator), exc: NewException(GeneratorExitType), closing: true}, nil
			})
		}
	}
	coroWrapperType = newIterType("coroutine_wrapper", func(th *Thread, v Value) (Value, error) {
		w := v.(*coroWrapper)
		r, done, err := w.g.resume(th, None, nil)
		if err != nil {
			return nil, err
		}
		if done {
			return nil, stopIteration(r)
		}
		return r, nil
	})
	coroWrapperType.AddMethod("send", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		return self.(*coroWrapper).g.Send(th, args[0])
	})
	coroWrapperType.AddMethod("throw", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		exc, err := th.makeException(args[0])
		if err != nil {
			return nil, err
		}
		return self.(*coroWrapper).g.Throw(th, exc)
	})
	asyncGenStepType = newIterType("async_generator_asend", func(th *Thread, v Value) (Value, error) {
		return v.(*asyncGenStep).step(th, None, nil)
	})
	asyncGenStepType.AddMethod("send", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		return self.(*asyncGenStep).step(th, args[0], nil)
	})
	asyncGenStepType.AddMethod("throw", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		exc, err := th.makeException(args[0])
		if err != nil {
			return nil, err
		}
		return self.(*asyncGenStep).step(th, None, exc)
	})
	asyncGenStepType.AddMethod("close", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		return None, nil
	})
	asyncGenStepType.AddMethod("__await__", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) { return self, nil })
}

var coroWrapperType, asyncGenStepType *Type

type coroWrapper struct{ g *Generator }

func (*coroWrapper) Type() *Type { return coroWrapperType }

// asyncGenStep is the awaitable returned by an async generator's __anext__.
type asyncGenStep struct {
	g       *Generator
	send    Value
	exc     error
	started bool
	closing bool
}

func (*asyncGenStep) Type() *Type { return asyncGenStepType }

func (s *asyncGenStep) step(th *Thread, v Value, exc error) (Value, error) {
	if !s.started {
		s.started = true
		v = s.send
		if s.exc != nil && exc == nil {
			exc = s.exc
		}
	}
	if s.g.done && exc == nil {
		return nil, NewException(StopAsyncIterationType)
	}
	r, done, err := s.g.resume(th, v, exc)
	if err != nil {
		if s.closing {
			if e, ok := err.(*Exception); ok && (e.Class.IsSubtype(GeneratorExitType) || e.Class.IsSubtype(StopAsyncIterationType)) {
				return nil, stopIteration(None)
			}
		}
		return nil, err
	}
	if done {
		if s.closing {
			return nil, stopIteration(None)
		}
		return nil, NewException(StopAsyncIterationType)
	}
	if w, ok := r.(*asyncGenWrapped); ok {
		// a value yielded by the async generator: the step completes
		if s.closing {
			return nil, NewError(RuntimeErrorType, "async generator ignored GeneratorExit")
		}
		return nil, stopIteration(w.v)
	}
	// an await inside the async generator suspended: pass it out
	return r, nil
}
