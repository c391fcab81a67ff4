package py

import "github.com/mptest/mptest/refinterp/compile"

// Exception groups (PEP 654): BaseExceptionGroup and ExceptionGroup are
// exceptions whose args are (message, exceptions). The except* clauses of
// a try statement are compiled to EXC_STAR instructions, run by
// excStarOp below.

// BaseExceptionGroupType and ExceptionGroupType are the exception group classes.
var BaseExceptionGroupType, ExceptionGroupType *Type

func initExceptionGroups() {
	BaseExceptionGroupType = newExcType("BaseExceptionGroup", BaseExceptionType)
	ExceptionGroupType = newExcType("ExceptionGroup", BaseExceptionGroupType)
	eg := ExceptionGroupType
	eg.Bases = []*Type{BaseExceptionGroupType, ExceptionType}
	eg.MRO = []*Type{eg, BaseExceptionGroupType, ExceptionType, BaseExceptionType, ObjectType}
	b := BaseExceptionGroupType
	b.Layout, eg.Layout = b, eg
	newGroup := func(th *Thread, cls *Type, args []Value, kw *Kwargs) (Value, error) {
		if len(args) != 2 {
			return nil, Errorf(TypeErrorType, "BaseExceptionGroup.__new__() takes exactly 2 arguments (", itoa(len(args)), " given)")
		}
		if _, ok := args[0].(*Str); !ok {
			return nil, Errorf(TypeErrorType, "BaseExceptionGroup.__new__() argument 1 must be str, not ", TypeName(args[0]))
		}
		excs, err := groupSeq(th, args[1])
		if err != nil {
			return nil, err
		}
		allExc := true
		for i, x := range excs {
			e, ok := x.(*Exception)
			if !ok {
				return nil, Errorf(ValueErrorType, "Item ", itoa(i), " of second argument (exceptions) is not an exception")
			}
			if !e.Class.IsSubtype(ExceptionType) {
				allExc = false
			}
		}
		if cls == BaseExceptionGroupType && allExc {
			cls = ExceptionGroupType
		} else if !allExc && cls.IsSubtype(ExceptionType) {
			return nil, NewError(TypeErrorType, "Cannot nest BaseExceptions in an ExceptionGroup")
		}
		accountBytes(32)
		return &Exception{Class: cls, Args: Tuple{args[0], args[1]}}, nil
	}
	b.New = newGroup
	eg.New = newGroup
	groupInit := func(th *Thread, self Value, args []Value, kw *Kwargs) error { return nil }
	b.Init = groupInit
	eg.Init = groupInit
	b.Str = func(th *Thread, v Value) (string, error) {
		e := v.(*Exception)
		msg, _ := groupMessage(e)
		n := len(groupExceptions(e))
		suffix := " sub-exceptions)"
		if n == 1 {
			suffix = " sub-exception)"
		}
		return msg + " (" + itoa(n) + suffix, nil
	}
	eg.Str = b.Str
	b.AddGetter("message", func(th *Thread, self Value) (Value, error) {
		_, m := groupMessage(self.(*Exception))
		return m, nil
	})
	b.AddGetter("exceptions", func(th *Thread, self Value) (Value, error) {
		return Tuple(groupExceptions(self.(*Exception))), nil
	})
	b.AddMethod("derive", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeErrorType, "derive() takes exactly one argument (", itoa(len(args)), " given)")
		}
		_, m := groupMessage(self.(*Exception))
		return Call(th, BaseExceptionGroupType, []Value{m, args[0]}, nil)
	})
	b.AddMethod("split", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeErrorType, "split() takes exactly one argument (", itoa(len(args)), " given)")
		}
		m, r, err := groupSplit(th, self.(*Exception), groupMatcher(th, args[0]))
		if err != nil {
			return nil, err
		}
		return Tuple{excOrNone(m), excOrNone(r)}, nil
	})
	b.AddMethod("subgroup", func(th *Thread, self Value, args []Value, kw *Kwargs) (Value, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeErrorType, "subgroup() takes exactly one argument (", itoa(len(args)), " given)")
		}
		m, _, err := groupSplit(th, self.(*Exception), groupMatcher(th, args[0]))
		if err != nil {
			return nil, err
		}
		return excOrNone(m), nil
	})
	b.AddClassMethod("__class_getitem__", func(th *Thread, cls *Type, args []Value, kw *Kwargs) (Value, error) {
		return &GenericAlias{Origin: cls, Args: args[0]}, nil
	})
}

func excOrNone(e *Exception) Value {
	if e == nil {
		return None
	}
	return e
}

// groupSeq checks the exceptions argument of a group constructor.
func groupSeq(th *Thread, v Value) ([]Value, error) {
	var elems []Value
	switch x := unwrapV(v).(type) {
	case Tuple:
		elems = x
	case *List:
		elems = x.Elems
	default:
		if v.Type().GetItem == nil || v.Type().Len == nil {
			return nil, NewError(TypeErrorType, "second argument (exceptions) must be a sequence")
		}
		var err error
		if elems, err = ToSlice(th, v); err != nil {
			return nil, err
		}
	}
	if len(elems) == 0 {
		return nil, NewError(ValueErrorType, "second argument (exceptions) must be a non-empty sequence")
	}
	return elems, nil
}

func isGroup(e *Exception) bool {
	return e.Class.IsSubtype(BaseExceptionGroupType) && len(e.Args) == 2
}

func groupMessage(e *Exception) (string, Value) {
	if len(e.Args) > 0 {
		if s, ok := e.Args[0].(*Str); ok {
			return s.s, s
		}
		return "", e.Args[0]
	}
	return "", NewStr("")
}

func groupExceptions(e *Exception) []Value {
	if len(e.Args) < 2 {
		return nil
	}
	switch x := unwrapV(e.Args[1]).(type) {
	case Tuple:
		return append([]Value(nil), x...)
	case *List:
		return append([]Value(nil), x.Elems...)
	}
	return nil
}

// groupMatcher turns the argument of split/subgroup or of except* into a
// predicate on exceptions.
func groupMatcher(th *Thread, cond Value) func(e *Exception) (bool, error) {
	switch cond.(type) {
	case *Type, Tuple:
		return func(e *Exception) (bool, error) { return excMatches(th, e, cond) }
	}
	if Callable(cond) {
		return func(e *Exception) (bool, error) {
			r, err := Call(th, cond, []Value{e}, nil)
			if err != nil {
				return false, err
			}
			return Truth(th, r)
		}
	}
	return func(e *Exception) (bool, error) {
		return false, NewError(TypeErrorType, "expected an exception type, a tuple of exception types, or a callable (other than a class)")
	}
}

// groupSplit splits e into the part matching pred and the rest (either nil).
func groupSplit(th *Thread, e *Exception, pred func(*Exception) (bool, error)) (match, rest *Exception, err error) {
	ok, err := pred(e)
	if err != nil {
		return nil, nil, err
	}
	if ok {
		return e, nil, nil
	}
	if !isGroup(e) {
		return nil, e, nil
	}
	var ms, rs []Value
	for _, x := range groupExceptions(e) {
		sub, isExc := x.(*Exception)
		if !isExc {
			continue
		}
		m, r, err := groupSplit(th, sub, pred)
		if err != nil {
			return nil, nil, err
		}
		if m != nil {
			ms = append(ms, m)
		}
		if r != nil {
			rs = append(rs, r)
		}
	}
	if match, err = groupDerive(th, e, ms); err != nil {
		return nil, nil, err
	}
	if rest, err = groupDerive(th, e, rs); err != nil {
		return nil, nil, err
	}
	return match, rest, nil
}

// groupDerive makes e.derive(excs) carrying e's traceback, cause and context.
func groupDerive(th *Thread, e *Exception, excs []Value) (*Exception, error) {
	if len(excs) == 0 {
		return nil, nil
	}
	r, err := CallMethod(th, e, "derive", NewList(excs))
	if err != nil {
		return nil, err
	}
	d, ok := r.(*Exception)
	if !ok {
		return nil, NewError(TypeErrorType, "derive must return an instance of BaseExceptionGroup")
	}
	d.Cause, d.Context, d.SuppressContext = e.Cause, e.Context, e.SuppressContext
	d.Traceback = e.Traceback
	if e.Dict != nil {
		if n := e.Dict.GetStr("__notes__"); n != nil {
			d.setAttr("__notes__", n)
		}
	}
	return d, nil
}

// excStarState is the stack value of a try/except* statement while its
// clauses run.
type excStarState struct {
	orig    *Exception   // the exception raised in the try body
	rest    *Exception   // what no clause has matched yet (nil: nothing)
	matches []*Exception // what the clauses matched
	raised  []*Exception // what the clauses raised
}

// Type returns ObjectType (the state never reaches Python code).
func (*excStarState) Type() *Type { return ObjectType }

func (th *Thread) excStarOp(stack []Value, sp, arg int) (int, error) {
	switch arg {
	case compile.ExcStarBegin:
		exc := stack[sp-1].(*Exception)
		st := &excStarState{orig: exc, rest: exc}
		if !isGroup(exc) {
			st.rest = &Exception{Class: ExceptionGroupType, Args: Tuple{NewStrNoAccount(""), Tuple{exc}}}
			st.rest.Traceback = exc.Traceback
			if !exc.Class.IsSubtype(ExceptionType) {
				st.rest.Class = BaseExceptionGroupType
			}
		}
		stack[sp-1] = st
		return sp, nil
	case compile.ExcStarMatch:
		st := stack[sp-2].(*excStarState)
		typ := stack[sp-1]
		if err := checkExcStarType(typ); err != nil {
			return sp, err
		}
		var match *Exception
		if st.rest != nil && !isGroup(st.orig) {
			// a naked exception: the handler gets the wrapper group
			ok, err := groupMatcher(th, typ)(st.orig)
			if err != nil {
				return sp, err
			}
			if ok {
				match, st.rest = st.rest, nil
			}
		} else if st.rest != nil {
			m, r, err := groupSplit(th, st.rest, groupMatcher(th, typ))
			if err != nil {
				return sp, err
			}
			match, st.rest = m, r
		}
		if match == nil {
			stack[sp-1] = None
			stack[sp] = False
			return sp + 1, nil
		}
		st.matches = append(st.matches, match)
		stack[sp-1] = match
		stack[sp] = True
		return sp + 1, nil
	case compile.ExcStarCollect:
		st := stack[sp-2].(*excStarState)
		st.raised = append(st.raised, stack[sp-1].(*Exception))
		stack[sp-1] = nil
		return sp - 1, nil
	case compile.ExcStarEnd:
		st := stack[sp-1].(*excStarState)
		stack[sp-1] = nil
		err := th.excStarReraise(st)
		if err != nil {
			// end the handling now, so that the exception raised is not
			// chained to the one the clauses handled
			f := th.frame
			if n := len(f.blocks); n > 0 && f.blocks[n-1].kind == blockActive {
				th.curExc = f.blocks[n-1].prevExc
				f.blocks = f.blocks[:n-1]
			}
		}
		return sp - 1, err
	}
	return sp, Errorf(SystemErrorType, "bad EXC_STAR argument ", itoa(arg))
}

func checkExcStarType(typ Value) error {
	check := func(v Value) error {
		if t, ok := v.(*Type); ok && t.IsSubtype(BaseExceptionGroupType) {
			return NewError(TypeErrorType, "catching ExceptionGroup with except* is not allowed. Use except instead.")
		}
		return nil
	}
	if t, ok := typ.(Tuple); ok {
		for _, x := range t {
			if err := check(x); err != nil {
				return err
			}
		}
		return nil
	}
	return check(typ)
}

// excStarReraise computes what a try/except* raises at its end: the
// unmatched rest and the parts re-raised with a bare raise, kept in the
// shape of the original group, plus the new exceptions the clauses raised.
func (th *Thread) excStarReraise(st *excStarState) error {
	keep := map[*Exception]bool{}
	var addLeaves func(e *Exception)
	addLeaves = func(e *Exception) {
		if !isGroup(e) {
			keep[e] = true
			return
		}
		for _, x := range groupExceptions(e) {
			if sub, ok := x.(*Exception); ok {
				addLeaves(sub)
			}
		}
	}
	if st.rest != nil {
		addLeaves(st.rest)
	}
	var raised []Value
	for _, r := range st.raised {
		reraised := false
		for _, m := range st.matches {
			if r == m {
				reraised = true
			}
		}
		if !reraised {
			raised = append(raised, r)
		} else if !isGroup(st.orig) {
			// a naked exception was wrapped: the wrapper is re-raised
			return r
		} else {
			addLeaves(r)
		}
	}
	if !isGroup(st.orig) {
		if st.rest != nil {
			raised = append(raised, st.orig)
		}
	} else if len(keep) > 0 {
		kept, _, err := groupSplit(th, st.orig, func(e *Exception) (bool, error) { return keep[e], nil })
		if err != nil {
			return err
		}
		if kept != nil {
			if len(raised) == 0 {
				if allLeavesKept(st.orig, keep) {
					return st.orig
				}
				return kept
			}
			raised = append(raised, kept)
		}
	}
	switch len(raised) {
	case 0:
		return nil
	case 1:
		return raised[0].(*Exception)
	}
	accountBytes(32)
	return &Exception{Class: groupClassFor(raised), Args: Tuple{NewStrNoAccount(""), NewList(raised)}}
}

func allLeavesKept(e *Exception, keep map[*Exception]bool) bool {
	if !isGroup(e) {
		return keep[e]
	}
	for _, x := range groupExceptions(e) {
		if sub, ok := x.(*Exception); ok && !allLeavesKept(sub, keep) {
			return false
		}
	}
	return true
}

func groupClassFor(excs []Value) *Type {
	for _, x := range excs {
		if !x.Type().IsSubtype(ExceptionType) {
			return BaseExceptionGroupType
		}
	}
	return ExceptionGroupType
}
