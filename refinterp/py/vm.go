package py

import (
	"math"
	"sync/atomic"

	"github.com/mptest/mptest/refinterp/compile"
)

// run executes f until it returns, yields or raises.
func (th *Thread) run(f *Frame) (result Value, err error) {
	f.back = th.frame
	th.frame = f
	// every return below restores th.frame = f.back (no defer: it is the hot path)
	co := f.code
	code := co.C.Code
	consts := co.Consts
	names := co.Names
	fast := f.fast
	stack := f.stack
	sp := f.sp
	pc := f.pc
	reraise := false
	if f.pending != nil {
		err = th.traceError(f, f.pending, pc)
		f.pending = nil
		var ok bool
		if pc, ok = th.findHandler(f, stack, &sp, err); !ok {
			f.sp = sp
			th.frame = f.back
			return nil, err
		}
		err = nil
	}
	for {
		w := code[pc]
		pc++
		arg := int(w >> 8)
		switch compile.Opcode(w & 0xff) {
		case compile.NOP:
		case compile.POP_TOP:
			sp--
			stack[sp] = nil
		case compile.ROT_TWO:
			stack[sp-1], stack[sp-2] = stack[sp-2], stack[sp-1]
		case compile.ROT_THREE:
			a, b, c := stack[sp-3], stack[sp-2], stack[sp-1]
			stack[sp-3], stack[sp-2], stack[sp-1] = c, a, b
		case compile.ROT_FOUR:
			a, b, c, d := stack[sp-4], stack[sp-3], stack[sp-2], stack[sp-1]
			stack[sp-4], stack[sp-3], stack[sp-2], stack[sp-1] = d, a, b, c
		case compile.DUP_TOP:
			stack[sp] = stack[sp-1]
			sp++
		case compile.DUP_TOP_TWO:
			stack[sp] = stack[sp-2]
			stack[sp+1] = stack[sp-1]
			sp += 2
		case compile.LOAD_CONST:
			stack[sp] = consts[arg]
			sp++
		case compile.LOAD_FAST:
			v := fast[arg]
			if v == nil {
				err = Errorf(UnboundLocalErrorType, "cannot access local variable '", co.C.VarNames[arg], "' where it is not associated with a value")
				break
			}
			stack[sp] = v
			sp++
		case compile.STORE_FAST:
			sp--
			fast[arg] = stack[sp]
			stack[sp] = nil
		case compile.DELETE_FAST:
			if fast[arg] == nil {
				err = Errorf(UnboundLocalErrorType, "cannot access local variable '", co.C.VarNames[arg], "' where it is not associated with a value")
				break
			}
			old := fast[arg]
			fast[arg] = nil
			if _, isGen := old.(*Generator); isGen || delClasses > 0 {
				f.sp = sp
				th.finalizeDropped(old)
			}
		case compile.LOAD_DEREF:
			v := f.cells[arg].V
			if v == nil {
				err = th.unboundCell(f, arg)
				break
			}
			stack[sp] = v
			sp++
		case compile.STORE_DEREF:
			sp--
			f.cells[arg].V = stack[sp]
			stack[sp] = nil
		case compile.DELETE_DEREF:
			if f.cells[arg].V == nil {
				err = th.unboundCell(f, arg)
				break
			}
			f.cells[arg].V = nil
		case compile.LOAD_CLASSDEREF:
			name := th.cellName(f, arg)
			if v := f.locals.GetStr(name); v != nil {
				stack[sp] = v
				sp++
				break
			}
			v := f.cells[arg].V
			if v == nil {
				err = th.unboundCell(f, arg)
				break
			}
			stack[sp] = v
			sp++
		case compile.LOAD_CLOSURE:
			stack[sp] = f.cells[arg]
			sp++
		case compile.LOAD_NAME:
			name := names[arg].s
			var v Value
			if f.locals != nil {
				v = f.locals.GetStr(name)
			}
			if v == nil {
				v = f.globals.GetStr(name)
				if v == nil {
					v = f.builtins.GetStr(name)
					if v == nil {
						err = nameError(name)
						break
					}
				}
			}
			stack[sp] = v
			sp++
		case compile.STORE_NAME:
			sp--
			d := f.locals
			if d == nil {
				d = f.globals
			}
			err = d.setHashed(th, names[arg], names[arg].hash(), stack[sp])
			stack[sp] = nil
		case compile.DELETE_NAME:
			d := f.locals
			if d == nil {
				d = f.globals
			}
			old := d.GetStr(names[arg].s)
			if !d.DelStr(names[arg].s) {
				err = nameError(names[arg].s)
			} else if _, isGen := old.(*Generator); isGen || delClasses > 0 {
				f.sp = sp
				th.finalizeDropped(old)
			}
		case compile.LOAD_GLOBAL:
			name := names[arg].s
			v := f.globals.GetStr(name)
			if v == nil {
				v = f.builtins.GetStr(name)
				if v == nil {
					err = nameError(name)
					break
				}
			}
			stack[sp] = v
			sp++
		case compile.STORE_GLOBAL:
			sp--
			err = f.globals.setHashed(th, names[arg], names[arg].hash(), stack[sp])
			stack[sp] = nil
		case compile.DELETE_GLOBAL:
			old := f.globals.GetStr(names[arg].s)
			if !f.globals.DelStr(names[arg].s) {
				err = nameError(names[arg].s)
			} else if _, isGen := old.(*Generator); isGen || delClasses > 0 {
				f.sp = sp
				th.finalizeDropped(old)
			}
		case compile.LOAD_ATTR:
			obj := stack[sp-1]
			var v Value
			if in, ok := obj.(*Instance); ok && in.Class.GetAttr == nil {
				// the inline cache's hits, spelled out (too big for Go to inline)
				c := &co.cache[pc-1]
				var descr Value
				if c.t == in.Class && c.ver == typeVersion {
					descr = c.v
				} else {
					descr = c.fill(in.Class, names[arg].s)
				}
				if descr == nil {
					if k := in.keys; k != nil && c.keys == k {
						if i := int(c.idx); i < len(in.vals) && in.vals[i] != nil {
							stack[sp-1] = in.vals[i]
							break
						}
					} else if x := in.attrAt(co, pc-1, names[arg]); x != nil {
						stack[sp-1] = x
						break
					}
				}
				v, err = instanceGetAttrDescr(th, in, names[arg], descr)
			} else {
				v, err = GetAttr(th, obj, names[arg].s)
			}
			if err != nil {
				break
			}
			stack[sp-1] = v
		case compile.STORE_ATTR:
			obj, val := stack[sp-1], stack[sp-2]
			if in, ok := obj.(*Instance); ok && in.Class.SetAttr == nil && in.hasDict() && co.lookupCached(pc-1, in.Class, names[arg].s) == nil {
				if c := &co.cache[pc-1]; in.keys != nil && c.keys == in.keys {
					if i := int(c.idx); i < len(in.vals) && in.vals[i] != nil {
						in.vals[i] = val
						stack[sp-1], stack[sp-2] = nil, nil
						sp -= 2
						break
					}
				}
				err = in.setAttrAt(th, co, pc-1, names[arg], val)
			} else {
				err = SetAttr(th, obj, names[arg].s, val)
			}
			stack[sp-1], stack[sp-2] = nil, nil
			sp -= 2
		case compile.DELETE_ATTR:
			sp--
			err = SetAttr(th, stack[sp], names[arg].s, nil)
			stack[sp] = nil
		case compile.LOAD_METHOD:
			obj := stack[sp-1]
			if t := obj.Type(); t.GetAttr == nil {
				descr := co.lookupCached(pc-1, t, names[arg].s)
				switch descr.(type) {
				case *Function, *Method:
					if in, ok := obj.(*Instance); !ok || in.attrAt(co, pc-1, names[arg]) == nil {
						stack[sp-1] = descr
						stack[sp] = obj
						sp++
						continue
					}
				}
			}
			m, unbound, e := lookupMethod(th, obj, names[arg].s)
			if e != nil {
				err = e
				break
			}
			if unbound {
				stack[sp-1] = m
				stack[sp] = obj
			} else {
				stack[sp-1] = m
				stack[sp] = nil
			}
			sp++
		case compile.CALL_METHOD, compile.CALL_METHOD_KW:
			f.pc = pc // the line of a caller frame (sys._getframe().f_lineno)
			var kw *Kwargs
			n := arg
			top := sp
			if compile.Opcode(w&0xff) == compile.CALL_METHOD_KW {
				kwn := stack[sp-1].(kwNamesValue)
				kw = &Kwargs{Names: kwn, Values: stack[sp-1-len(kwn) : sp-1]}
				n -= len(kwn)
				top = sp - 1 - len(kwn)
			}
			fn, self := stack[top-n-2], stack[top-n-1]
			var r Value
			if self != nil {
				switch m := fn.(type) {
				case *Function:
					// self sits just below the arguments: pass them together
					r, err = th.callFunction(m, stack[top-n-1:top], kw)
				case *Method:
					r, err = m.Fn(th, unwrapBuiltin(self, m.Owner), stack[top-n:top], kw)
				default:
					r, err = Call(th, fn, stack[top-n-1:top], kw)
				}
			} else {
				r, err = Call(th, fn, stack[top-n:top], kw)
			}
			for i := top - n - 2; i < sp; i++ {
				stack[i] = nil
			}
			sp = top - n - 2
			if err != nil {
				break
			}
			stack[sp] = r
			sp++
		case compile.CALL:
			f.pc = pc // the line of a caller frame (sys._getframe().f_lineno)
			fn := stack[sp-arg-1]
			var r Value
			if pf, ok := fn.(*Function); ok {
				r, err = th.callFunction(pf, stack[sp-arg:sp], nil)
			} else {
				r, err = Call(th, fn, stack[sp-arg:sp], nil)
			}
			for i := sp - arg - 1; i < sp; i++ {
				stack[i] = nil
			}
			sp -= arg + 1
			if err != nil {
				break
			}
			stack[sp] = r
			sp++
		case compile.CALL_KW:
			f.pc = pc // the line of a caller frame (sys._getframe().f_lineno)
			kwn := stack[sp-1].(kwNamesValue)
			nk := len(kwn)
			top := sp - 1
			npos := arg - nk
			fn := stack[top-arg-1]
			kw := &Kwargs{Names: kwn, Values: stack[top-nk : top]}
			r, e := Call(th, fn, stack[top-arg:top-nk], kw)
			for i := top - arg - 1; i < sp; i++ {
				stack[i] = nil
			}
			_ = npos
			sp = top - arg - 1
			if e != nil {
				err = e
				break
			}
			stack[sp] = r
			sp++
		case compile.CALL_EX:
			f.pc = pc // the line of a caller frame (sys._getframe().f_lineno)
			var kw *Kwargs
			if arg&1 != 0 {
				sp--
				d := stack[sp].(*Dict)
				stack[sp] = nil
				kw = dictToKwargs(d)
			}
			args := stack[sp-1].(Tuple)
			fn := stack[sp-2]
			stack[sp-1], stack[sp-2] = nil, nil
			sp -= 2
			r, e := Call(th, fn, args, kw)
			if e != nil {
				err = e
				break
			}
			stack[sp] = r
			sp++
		case compile.BINARY_OP:
			a, b := stack[sp-2], stack[sp-1]
			var r Value
			if x, ok := a.(Int); ok {
				if y, ok := b.(Int); ok {
					if n, ok := intRaw(BinOp(arg), int64(x), int64(y)); ok {
						// "x*3 % 7": an int result feeding "LOAD_CONST int;
						// BINARY_OP" is combined without boxing it.
						if pc+1 < len(code) && compile.Opcode(code[pc]&0xff) == compile.LOAD_CONST && compile.Opcode(code[pc+1]&0xff) == compile.BINARY_OP {
							if c, ok := consts[int(code[pc]>>8)].(Int); ok {
								if n2, ok := intRaw(BinOp(int(code[pc+1]>>8)), n, int64(c)); ok {
									n = n2
									pc += 2
								}
							}
						}
						stack[sp-2] = MakeInt(n)
						sp--
						stack[sp] = nil
						break
					}
					if v, ok := intFast(BinOp(arg), int64(x), int64(y)); ok {
						stack[sp-2] = v
						sp--
						stack[sp] = nil
						break
					}
				}
			}
			r, err = Binary(th, BinOp(arg), a, b)
			if err != nil {
				break
			}
			sp--
			stack[sp] = nil
			stack[sp-1] = r
		case compile.INPLACE_OP:
			a, b := stack[sp-2], stack[sp-1]
			if x, ok := a.(Int); ok {
				if y, ok := b.(Int); ok {
					if v, ok := intFast(BinOp(arg), int64(x), int64(y)); ok {
						stack[sp-2] = v
						sp--
						stack[sp] = nil
						break
					}
				}
			}
			r, e := InPlace(th, BinOp(arg), a, b)
			if e != nil {
				err = e
				break
			}
			sp--
			stack[sp] = nil
			stack[sp-1] = r
		case compile.UNARY_OP:
			v := stack[sp-1]
			if arg == 3 {
				b, e := Truth(th, v)
				if e != nil {
					err = e
					break
				}
				stack[sp-1] = MakeBool(!b)
				break
			}
			r, e := Unary(th, UnaryOp(arg), v)
			if e != nil {
				err = e
				break
			}
			stack[sp-1] = r
		case compile.COMPARE_OP:
			a, b := stack[sp-2], stack[sp-1]
			var r Value
			switch arg {
			case 6:
				r = MakeBool(isSame(a, b))
			case 7:
				r = MakeBool(!isSame(a, b))
			case 8, 9:
				ok, e := Contains(th, b, a)
				if e != nil {
					err = e
					break
				}
				r = MakeBool(ok == (arg == 8))
			default:
				if x, ok := a.(Int); ok {
					if y, ok := b.(Int); ok {
						t := cmpResult(compareInt(int64(x), int64(y)), CmpOp(arg))
						// "if i < n:" jumps directly, without pushing a bool.
						if pc < len(code) && !heapCheck {
							if op := compile.Opcode(code[pc] & 0xff); op == compile.POP_JUMP_IF_FALSE || op == compile.POP_JUMP_IF_TRUE {
								stack[sp-1], stack[sp-2] = nil, nil
								sp -= 2
								if t == (op == compile.POP_JUMP_IF_TRUE) {
									pc = int(code[pc] >> 8)
								} else {
									pc++
								}
								continue
							}
						}
						r = MakeBool(t)
						break
					}
				}
				r, err = Compare(th, a, b, CmpOp(arg))
			}
			if err != nil {
				break
			}
			sp--
			stack[sp] = nil
			stack[sp-1] = r
		case compile.BINARY_SUBSCR:
			obj, key := stack[sp-2], stack[sp-1]
			var r Value
			if l, ok := obj.(*List); ok {
				if i, ok := key.(Int); ok {
					idx := int(i)
					if idx < 0 {
						idx += len(l.Elems)
					}
					if idx >= 0 && idx < len(l.Elems) {
						r = l.Elems[idx]
					}
				}
			}
			if r == nil {
				r, err = GetItem(th, obj, key)
				if err != nil {
					break
				}
			}
			sp--
			stack[sp] = nil
			stack[sp-1] = r
		case compile.STORE_SUBSCR:
			val, obj, key := stack[sp-3], stack[sp-2], stack[sp-1]
			done := false
			if l, ok := obj.(*List); ok {
				if i, ok := key.(Int); ok {
					idx := int(i)
					if idx < 0 {
						idx += len(l.Elems)
					}
					if idx >= 0 && idx < len(l.Elems) {
						l.Elems[idx] = val
						done = true
					}
				}
			}
			if !done {
				err = SetItem(th, obj, key, val)
			}
			stack[sp-1], stack[sp-2], stack[sp-3] = nil, nil, nil
			sp -= 3
		case compile.DELETE_SUBSCR:
			err = SetItem(th, stack[sp-2], stack[sp-1], nil)
			stack[sp-1], stack[sp-2] = nil, nil
			sp -= 2
		case compile.BUILD_TUPLE:
			t := make(Tuple, arg)
			copy(t, stack[sp-arg:sp])
			for i := sp - arg; i < sp; i++ {
				stack[i] = nil
			}
			sp -= arg
			accountBytes(blocks(8 + 4*arg))
			stack[sp] = t
			sp++
		case compile.BUILD_LIST:
			l := make([]Value, arg)
			copy(l, stack[sp-arg:sp])
			for i := sp - arg; i < sp; i++ {
				stack[i] = nil
			}
			sp -= arg
			stack[sp] = NewList(l)
			sp++
		case compile.BUILD_SET:
			s := NewSet()
			for i := sp - arg; i < sp; i++ {
				if err = s.Add(th, stack[i]); err != nil {
					break
				}
			}
			if err != nil {
				break
			}
			for i := sp - arg; i < sp; i++ {
				stack[i] = nil
			}
			sp -= arg
			stack[sp] = s
			sp++
		case compile.BUILD_MAP:
			d := NewDict()
			for i := sp - 2*arg; i < sp; i += 2 {
				if err = d.Set(th, stack[i], stack[i+1]); err != nil {
					break
				}
			}
			if err != nil {
				break
			}
			for i := sp - 2*arg; i < sp; i++ {
				stack[i] = nil
			}
			sp -= 2 * arg
			stack[sp] = d
			sp++
		case compile.BUILD_SLICE:
			var s *Slice
			if arg == 3 {
				s = &Slice{stack[sp-3], stack[sp-2], stack[sp-1]}
			} else {
				s = &Slice{stack[sp-2], stack[sp-1], None}
			}
			for i := sp - arg; i < sp; i++ {
				stack[i] = nil
			}
			sp -= arg
			stack[sp] = s
			sp++
		case compile.BUILD_STRING:
			n := 0
			for i := sp - arg; i < sp; i++ {
				n += len(stack[i].(*Str).s)
			}
			buf := make([]byte, 0, n)
			for i := sp - arg; i < sp; i++ {
				buf = append(buf, stack[i].(*Str).s...)
				stack[i] = nil
			}
			sp -= arg
			stack[sp] = NewStr(string(buf))
			sp++
		case compile.LIST_APPEND:
			sp--
			l := stack[sp-arg].(*List)
			l.Append(stack[sp])
			stack[sp] = nil
		case compile.SET_ADD:
			sp--
			err = stack[sp-arg].(*Set).Add(th, stack[sp])
			stack[sp] = nil
		case compile.MAP_ADD:
			sp -= 2
			err = stack[sp-arg].(*Dict).Set(th, stack[sp], stack[sp+1])
			stack[sp], stack[sp+1] = nil, nil
		case compile.LIST_EXTEND:
			sp--
			depth := arg & 0xff
			l := stack[sp-depth].(*List)
			err = l.extend(th, stack[sp])
			if err != nil {
				if e, ok := err.(*Exception); ok && e.Class == TypeErrorType && stack[sp].Type().Iter == nil {
					if arg&0x100 != 0 {
						err = Errorf(TypeErrorType, funcNameForMsg(stack[sp-depth-1]), " argument after * must be an iterable, not ", TypeName(stack[sp]))
					} else {
						err = Errorf(TypeErrorType, "Value after * must be an iterable, not ", TypeName(stack[sp]))
					}
				}
			}
			stack[sp] = nil
		case compile.SET_UPDATE:
			sp--
			err = stack[sp-arg].(*Set).update(th, stack[sp])
			stack[sp] = nil
		case compile.DICT_UPDATE:
			sp--
			err = dictUpdateFrom(th, stack[sp-arg].(*Dict), stack[sp], false)
			stack[sp] = nil
		case compile.DICT_MERGE:
			sp--
			err = dictMerge(th, stack[sp-arg].(*Dict), stack[sp], stack[sp-arg-2])
			stack[sp] = nil
		case compile.LIST_TO_TUPLE:
			l := stack[sp-1].(*List)
			stack[sp-1] = NewTuple(l.Elems)
		case compile.FORMAT_VALUE:
			var spec Value
			if arg&4 != 0 {
				sp--
				spec = stack[sp]
				stack[sp] = nil
			}
			v := stack[sp-1]
			switch arg & 3 {
			case 1:
				s, e := ToStr(th, v)
				err = e
				v = NewStr(s)
			case 2:
				s, e := Repr(th, v)
				err = e
				v = NewStr(s)
			case 3:
				s, e := Repr(th, v)
				err = e
				v = NewStr(asciiEscape(s))
			}
			if err != nil {
				break
			}
			if spec == nil {
				if s, ok := v.(*Str); ok {
					stack[sp-1] = s
					break
				}
				spec = emptyStr
			}
			r, e := Format(th, v, spec.(*Str).s)
			if e != nil {
				err = e
				break
			}
			stack[sp-1] = NewStr(r)
		case compile.JUMP:
			if arg < pc {
				if atomic.LoadInt32(&th.interrupt) != 0 {
					if err = th.checkInterrupt(); err != nil {
						break
					}
				}
				if Yield != nil {
					th.yieldTick++
					if th.yieldTick&1023 == 0 {
						Yield()
					}
				}
				if heapCheck {
					if err = heapPoll(); err != nil {
						break
					}
				}
			}
			pc = arg
		case compile.POP_JUMP_IF_FALSE:
			sp--
			v := stack[sp]
			stack[sp] = nil
			if b, ok := v.(Bool); ok {
				if !b {
					pc = arg
				}
				break
			}
			switch v {
			default:
				b, e := Truth(th, v)
				if e != nil {
					err = e
					break
				}
				if !b {
					pc = arg
				}
			}
		case compile.POP_JUMP_IF_TRUE:
			sp--
			v := stack[sp]
			stack[sp] = nil
			if b, ok := v.(Bool); ok {
				if b {
					pc = arg
				}
				break
			}
			switch v {
			default:
				b, e := Truth(th, v)
				if e != nil {
					err = e
					break
				}
				if b {
					pc = arg
				}
			}
		case compile.JUMP_IF_FALSE_OR_POP:
			b, e := Truth(th, stack[sp-1])
			if e != nil {
				err = e
				break
			}
			if !b {
				pc = arg
			} else {
				sp--
				stack[sp] = nil
			}
		case compile.JUMP_IF_TRUE_OR_POP:
			b, e := Truth(th, stack[sp-1])
			if e != nil {
				err = e
				break
			}
			if b {
				pc = arg
			} else {
				sp--
				stack[sp] = nil
			}
		case compile.GET_ITER:
			v := stack[sp-1]
			switch x := v.(type) {
			case *List:
				stack[sp-1] = &listIter{l: x}
			case *Range:
				stack[sp-1] = &rangeIter{cur: x.Start, stop: x.Stop, step: x.Step}
			default:
				it, e := Iter(th, v)
				if e != nil {
					err = e
					break
				}
				stack[sp-1] = it
			}
		case compile.FOR_ITER:
			var v Value
			switch it := stack[sp-1].(type) {
			case *rangeIter:
				if (it.step > 0 && it.cur < it.stop) || (it.step < 0 && it.cur > it.stop) {
					v = MakeInt(it.cur)
					it.cur += it.step
				}
			case *listIter:
				if it.i < len(it.l.Elems) {
					v = it.l.Elems[it.i]
					it.i++
				}
			default:
				v, err = Next(th, it)
			}
			if err != nil {
				break
			}
			if v == nil {
				sp--
				stack[sp] = nil
				pc = arg
				if atomic.LoadInt32(&th.interrupt) != 0 {
					err = th.checkInterrupt()
				}
				break
			}
			stack[sp] = v
			sp++
		case compile.UNPACK_SEQUENCE:
			seq := stack[sp-1]
			var elems []Value
			switch x := seq.(type) {
			case Tuple:
				elems = x
			case *List:
				elems = x.Elems
			default:
				elems, err = unpackIter(th, seq, arg)
			}
			if err != nil {
				break
			}
			if len(elems) != arg {
				if len(elems) < arg {
					err = Errorf(ValueErrorType, "not enough values to unpack (expected ", itoa(arg), ", got ", itoa(len(elems)), ")")
				} else {
					err = Errorf(ValueErrorType, "too many values to unpack (expected ", itoa(arg), ")")
				}
				break
			}
			sp--
			for i := arg - 1; i >= 0; i-- {
				stack[sp] = elems[i]
				sp++
			}
		case compile.UNPACK_EX:
			before, after := arg&0xff, arg>>8
			elems, e := ToSlice(th, stack[sp-1])
			if e != nil {
				if e2, ok := e.(*Exception); ok && e2.Class == TypeErrorType && stack[sp-1].Type().Iter == nil {
					e = Errorf(TypeErrorType, "cannot unpack non-iterable ", TypeName(stack[sp-1]), " object")
				}
				err = e
				break
			}
			if len(elems) < before+after {
				err = Errorf(ValueErrorType, "not enough values to unpack (expected at least ", itoa(before+after), ", got ", itoa(len(elems)), ")")
				break
			}
			sp--
			for i := len(elems) - 1; i >= len(elems)-after; i-- {
				stack[sp] = elems[i]
				sp++
			}
			mid := append([]Value(nil), elems[before:len(elems)-after]...)
			stack[sp] = NewList(mid)
			sp++
			for i := before - 1; i >= 0; i-- {
				stack[sp] = elems[i]
				sp++
			}
		case compile.MAKE_FUNCTION:
			sp--
			fco := stack[sp].(*CodeObj)
			stack[sp] = nil
			fn := &Function{Code: fco, Name: fco.C.Name, QualName: fco.C.QualName, Globals: f.globals}
			accountBytes(blocks(40))
			if fco.C.HasDoc {
				fn.Doc = NewStrNoAccount(fco.C.Doc)
			}
			if arg&compile.MakeClosure != 0 {
				sp--
				t := stack[sp].(Tuple)
				stack[sp] = nil
				fn.Closure = make([]*Cell, len(t))
				for i, c := range t {
					fn.Closure[i] = c.(*Cell)
				}
			}
			if arg&compile.MakeKwDefaults != 0 {
				sp--
				fn.KwDefaults = stack[sp].(*Dict)
				stack[sp] = nil
			}
			if arg&compile.MakeDefaults != 0 {
				sp--
				fn.Defaults = stack[sp].(Tuple)
				stack[sp] = nil
			}
			fn.Module = f.globals.GetStr("__name__")
			stack[sp] = fn
			sp++
		case compile.RETURN_VALUE:
			sp--
			result = stack[sp]
			stack[sp] = nil
			f.sp = sp
			th.frame = f.back
			return result, nil
		case compile.YIELD_VALUE:
			sp--
			result = stack[sp]
			stack[sp] = nil
			f.sp, f.pc = sp, pc
			f.yielded = true
			th.frame = f.back
			if f.gen != nil && f.gen.kind == genAsync {
				return &asyncGenWrapped{result}, nil
			}
			return result, nil
		case compile.GET_YIELD_FROM_ITER:
			v := stack[sp-1]
			if g, ok := v.(*Generator); ok {
				if g.kind == genCoroutine && (f.gen == nil || f.gen.kind != genCoroutine) {
					err = NewError(TypeErrorType, "cannot 'yield from' a coroutine object in a non-coroutine generator")
				}
				break
			}
			it, e := Iter(th, v)
			if e != nil {
				err = e
				break
			}
			stack[sp-1] = it
		case compile.GET_AWAITABLE:
			v := stack[sp-1]
			it, e := getAwaitable(th, v)
			if e != nil {
				err = e
				break
			}
			stack[sp-1] = it
		case compile.YIELD_FROM:
			v := stack[sp-1]
			it := stack[sp-2]
			var r Value
			var done bool
			switch g := it.(type) {
			case *Generator:
				r, done, err = g.resume(th, v, nil)
			default:
				if v == None {
					r, err = Next(th, it)
					if err == nil && r == nil {
						done = true
						r = None
					}
				} else {
					r, err = CallMethod(th, it, "send", v)
				}
				if err != nil {
					if e, ok := err.(*Exception); ok && e.Class.IsSubtype(StopIterationType) {
						err = nil
						done = true
						r = e.value()
					}
				}
			}
			if err != nil {
				break
			}
			sp--
			stack[sp] = nil
			if done {
				if r == nil {
					r = None
				}
				stack[sp-1] = r
				break
			}
			// suspend, re-executing YIELD_FROM with the sent value on resume
			f.sp, f.pc = sp, pc-1
			f.yielded = true
			th.frame = f.back
			return r, nil
		case compile.SETUP_FINALLY:
			f.blocks = append(f.blocks, block{kind: blockSetup, handler: int32(arg), level: int32(sp)})
		case compile.POP_BLOCK:
			f.blocks = f.blocks[:len(f.blocks)-1]
		case compile.PUSH_EXC_INFO:
			exc, _ := stack[sp-1].(*Exception)
			f.blocks = append(f.blocks, block{kind: blockActive, prevExc: th.curExc})
			th.curExc = exc
		case compile.POP_EXCEPT:
			b := f.blocks[len(f.blocks)-1]
			f.blocks = f.blocks[:len(f.blocks)-1]
			th.curExc = b.prevExc
		case compile.RERAISE:
			sp--
			e := stack[sp].(*Exception)
			stack[sp] = nil
			err = e
			reraise = true
		case compile.CHECK_EXC_MATCH:
			sp--
			typ := stack[sp]
			stack[sp] = nil
			ok, e := excMatches(th, stack[sp-1], typ)
			if e != nil {
				err = e
				break
			}
			stack[sp] = MakeBool(ok)
			sp++
		case compile.RAISE_VARARGS:
			err = th.doRaise(stack[sp-arg : sp])
			for i := sp - arg; i < sp; i++ {
				stack[i] = nil
			}
			sp -= arg
		case compile.BEFORE_WITH:
			mgr := stack[sp-1]
			enter, e := lookupSpecial(th, mgr, "__enter__")
			if e != nil {
				err = e
				break
			}
			exit, e := lookupSpecial(th, mgr, "__exit__")
			if e != nil {
				err = e
				break
			}
			r, e := Call(th, enter, nil, nil)
			if e != nil {
				err = e
				break
			}
			stack[sp-1] = exit
			stack[sp] = r
			sp++
		case compile.WITH_EXIT:
			sp--
			exit := stack[sp]
			stack[sp] = nil
			_, err = Call(th, exit, []Value{None, None, None}, nil)
		case compile.WITH_EXCEPT:
			exc := stack[sp-1].(*Exception)
			exit := stack[sp-2]
			r, e := Call(th, exit, []Value{exc.Class, exc, tracebackOf(exc)}, nil)
			if e != nil {
				err = e
				break
			}
			b, e := Truth(th, r)
			if e != nil {
				err = e
				break
			}
			stack[sp-1], stack[sp-2] = nil, nil
			sp -= 2
			if !b {
				err = exc
				reraise = true
			}
			blk := f.blocks[len(f.blocks)-1]
			f.blocks = f.blocks[:len(f.blocks)-1]
			th.curExc = blk.prevExc
			pc = arg
		case compile.LOAD_BUILD_CLASS:
			stack[sp] = th.Builtins.GetStr("__build_class__")
			sp++
		case compile.IMPORT_NAME:
			fromlist := stack[sp-1]
			level := stack[sp-2]
			stack[sp-1] = nil
			sp--
			m, e := th.importName(names[arg].s, fromlist, int(level.(Int)), f.globals)
			if e != nil {
				err = e
				break
			}
			stack[sp-1] = m
		case compile.IMPORT_FROM:
			m := stack[sp-1]
			v, e := th.importFrom(m, names[arg].s)
			if e != nil {
				err = e
				break
			}
			stack[sp] = v
			sp++
		case compile.IMPORT_STAR:
			sp--
			m := stack[sp]
			stack[sp] = nil
			d := f.locals
			if d == nil {
				d = f.globals
			}
			err = importStar(th, m, d)
		case compile.LOAD_ASSERTION_ERROR:
			stack[sp] = AssertionErrorType
			sp++
		case compile.PRINT_EXPR:
			sp--
			v := stack[sp]
			stack[sp] = nil
			err = th.displayHook(v)
		case compile.SETUP_ANNOTATIONS:
			d := f.locals
			if d == nil {
				d = f.globals
			}
			if d.GetStr("__annotations__") == nil {
				d.SetStr("__annotations__", NewDict())
			}
		case compile.BEFORE_ASYNC_WITH:
			mgr := stack[sp-1]
			enter, e := lookupSpecial(th, mgr, "__aenter__")
			if e != nil {
				err = Errorf(TypeErrorType, "'", TypeName(mgr), "' object does not support the asynchronous context manager protocol")
				break
			}
			exit, e := lookupSpecial(th, mgr, "__aexit__")
			if e != nil {
				err = e
				break
			}
			r, e := Call(th, enter, nil, nil)
			if e != nil {
				err = e
				break
			}
			aw, e := getAwaitable(th, r)
			if e != nil {
				err = e
				break
			}
			stack[sp-1] = exit
			stack[sp] = aw
			sp++
		case compile.ASYNC_WITH_EXIT:
			exit := stack[sp-1]
			r, e := Call(th, exit, []Value{None, None, None}, nil)
			if e != nil {
				err = e
				break
			}
			aw, e := getAwaitable(th, r)
			if e != nil {
				err = e
				break
			}
			stack[sp-1] = aw
		case compile.ASYNC_WITH_EXCEPT:
			exc := stack[sp-1].(*Exception)
			exit := stack[sp-2]
			r, e := Call(th, exit, []Value{exc.Class, exc, tracebackOf(exc)}, nil)
			if e != nil {
				err = e
				break
			}
			aw, e := getAwaitable(th, r)
			if e != nil {
				err = e
				break
			}
			stack[sp] = aw
			sp++
		case compile.ASYNC_WITH_EXCEPT_END:
			r := stack[sp-1]
			exc := stack[sp-2].(*Exception)
			b, e := Truth(th, r)
			if e != nil {
				err = e
				break
			}
			stack[sp-1], stack[sp-2], stack[sp-3] = nil, nil, nil
			sp -= 3
			if !b {
				err = exc
				reraise = true
			}
			blk := f.blocks[len(f.blocks)-1]
			f.blocks = f.blocks[:len(f.blocks)-1]
			th.curExc = blk.prevExc
			pc = arg
		case compile.GET_AITER:
			v := stack[sp-1]
			m, e := lookupSpecial(th, v, "__aiter__")
			if e != nil {
				err = Errorf(TypeErrorType, "'async for' requires an object with __aiter__ method, got ", TypeName(v))
				break
			}
			it, e := Call(th, m, nil, nil)
			if e != nil {
				err = e
				break
			}
			stack[sp-1] = it
		case compile.GET_ANEXT:
			it := stack[sp-1]
			m, e := lookupSpecial(th, it, "__anext__")
			if e != nil {
				err = Errorf(TypeErrorType, "'async for' requires an iterator with __anext__ method, got ", TypeName(it))
				break
			}
			r, e := Call(th, m, nil, nil)
			if e != nil {
				err = e
				break
			}
			aw, e := getAwaitable(th, r)
			if e != nil {
				err = e
				break
			}
			stack[sp] = aw
			sp++
		case compile.END_ASYNC_FOR:
			exc := stack[sp-1].(*Exception)
			if !exc.Class.IsSubtype(StopAsyncIterationType) {
				sp--
				stack[sp] = nil
				err = exc
				reraise = true
			}
			stack[sp-1], stack[sp-2] = nil, nil
			sp -= 2
		case compile.MATCH_OP:
			sp, err = th.matchOp(stack, sp, arg)
		case compile.EXC_STAR:
			sp, err = th.excStarOp(stack, sp, arg)
		case compile.POP_ITER_CLOSE:
			sp--
			it := stack[sp]
			stack[sp] = nil
			if g, ok := it.(*Generator); ok && g.kind == genPlain && g.started && !g.done {
				err = g.Close(th)
			}
		default:
			err = Errorf(SystemErrorType, "unknown opcode ", itoa(int(w&0xff)))
		}
		if err == nil {
			if !heapCheck {
				continue
			}
			if err = heapPoll(); err == nil {
				continue
			}
		}
		f.pc = pc
		if reraise {
			reraise = false
		} else {
			err = th.traceError(f, err, pc)
		}
		var ok bool
		if pc, ok = th.findHandler(f, stack, &sp, err); !ok {
			f.sp = sp
			th.frame = f.back
			return nil, err
		}
		err = nil
	}
}

// findHandler unwinds f's block stack to the innermost exception handler,
// pushing the exception for it. It reports false if the frame has none.
func (th *Thread) findHandler(f *Frame, stack []Value, spp *int, err error) (int, bool) {
	sp := *spp
	for len(f.blocks) > 0 {
		b := f.blocks[len(f.blocks)-1]
		f.blocks = f.blocks[:len(f.blocks)-1]
		if b.kind == blockActive {
			th.curExc = b.prevExc
			continue
		}
		for i := int(b.level); i < sp; i++ {
			stack[i] = nil
		}
		sp = int(b.level)
		stack[sp] = AsException(err)
		sp++
		*spp = sp
		return int(b.handler), true
	}
	for i := 0; i < sp; i++ {
		stack[i] = nil
	}
	*spp = 0
	return 0, false
}

// traceError converts err to an exception, sets its context and records
// this frame in its traceback.
func (th *Thread) traceError(f *Frame, err error, pc int) error {
	e, ok := err.(*Exception)
	if !ok {
		if err == errStop {
			return err
		}
		e = AsException(err)
	}
	if e.Context == nil && th.curExc != nil && th.curExc != e {
		// avoid cycles
		c := th.curExc
		cyc := false
		for x := c; x != nil; x = x.Context {
			if x == e {
				cyc = true
				break
			}
		}
		if !cyc {
			e.Context = c
		}
	}
	line := 0
	if pc > 0 && pc-1 < len(f.code.C.Lines) {
		line = int(f.code.C.Lines[pc-1])
	}
	e.Traceback = append(e.Traceback, TraceEntry{File: f.code.C.Filename, Func: f.code.C.Name, Line: line})
	return e
}

func (th *Thread) cellName(f *Frame, i int) string {
	c := f.code.C
	if i < len(c.CellVars) {
		return c.CellVars[i]
	}
	return c.FreeVars[i-len(c.CellVars)]
}

func (th *Thread) unboundCell(f *Frame, i int) error {
	name := th.cellName(f, i)
	if i < len(f.code.C.CellVars) {
		return Errorf(UnboundLocalErrorType, "cannot access local variable '", name, "' where it is not associated with a value")
	}
	return Errorf(NameErrorType, "cannot access free variable '", name, "' where it is not associated with a value in enclosing scope")
}

func nameError(name string) error {
	e := Errorf(NameErrorType, "name '", name, "' is not defined")
	e.attrName = name
	return e
}

func isSame(a, b Value) bool {
	if same(a, b) {
		return true
	}
	switch x := a.(type) {
	case Int:
		// small ints are cached; larger ones are distinct objects in CPython
		// but equal values compare identical here (value types)
		if y, ok := b.(Int); ok {
			return x == y
		}
	case Float:
		if y, ok := b.(Float); ok {
			return math.Float64bits(float64(x)) == math.Float64bits(float64(y))
		}
	}
	return false
}

func instanceGetAttrDescr(th *Thread, in *Instance, name *Str, descr Value) (Value, error) {
	t := in.Class
	if descr == nil {
		if x := in.attr(name); x != nil {
			return x, nil
		}
		return nil, attrError(in, name.s)
	}
	dt := descr.Type()
	if dt.DescrSet != nil && dt.DescrGet != nil {
		return dt.DescrGet(th, descr, in, t)
	}
	if x := in.attr(name); x != nil {
		return x, nil
	}
	if dt.DescrGet != nil {
		return dt.DescrGet(th, descr, in, t)
	}
	return descr, nil
}

func lookupSpecial(th *Thread, v Value, name string) (Value, error) {
	t := v.Type()
	d := t.Lookup(name)
	if d == nil {
		if name == "__enter__" || name == "__exit__" {
			return nil, Errorf(TypeErrorType, "'", t.TPName(), "' object does not support the context manager protocol")
		}
		return nil, attrError(v, name)
	}
	return bindDescr(th, d, v, t)
}

func tracebackOf(e *Exception) Value {
	if len(e.Traceback) == 0 {
		return None
	}
	return &TracebackValue{entries: e.Traceback}
}

func excMatches(th *Thread, excv, typ Value) (bool, error) {
	exc, _ := excv.(*Exception)
	if exc == nil {
		return false, nil
	}
	switch t := typ.(type) {
	case *Type:
		if t.Flags&FlagException == 0 {
			return false, NewError(TypeErrorType, "catching classes that do not inherit from BaseException is not allowed")
		}
		return exc.Class.IsSubtype(t), nil
	case Tuple:
		for _, x := range t {
			ok, err := excMatches(th, excv, x)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	return false, NewError(TypeErrorType, "catching classes that do not inherit from BaseException is not allowed")
}

// makeException turns the operand of raise into an exception instance.
func (th *Thread) makeException(v Value) (*Exception, error) {
	switch x := v.(type) {
	case *Exception:
		return x, nil
	case *Type:
		if x.Flags&FlagException != 0 {
			r, err := Call(th, x, nil, nil)
			if err != nil {
				return nil, err
			}
			if e, ok := r.(*Exception); ok {
				return e, nil
			}
			return nil, Errorf(TypeErrorType, "calling ", x.Name, " should have returned an instance of BaseException, not ", TypeName(r))
		}
	}
	return nil, NewError(TypeErrorType, "exceptions must derive from BaseException")
}

func (th *Thread) doRaise(args []Value) error {
	if len(args) == 0 {
		if th.curExc == nil {
			return NewError(RuntimeErrorType, "No active exception to reraise")
		}
		return th.curExc
	}
	e, err := th.makeException(args[0])
	if err != nil {
		return err
	}
	if len(args) == 2 {
		c := args[1]
		if c == None {
			e.Cause = nil
		} else {
			ce, err := th.makeException(c)
			if err != nil {
				return NewError(TypeErrorType, "exception causes must derive from BaseException")
			}
			e.Cause = ce
		}
		e.SuppressContext = true
	}
	return e
}

func unpackIter(th *Thread, seq Value, n int) ([]Value, error) {
	it, err := Iter(th, seq)
	if err != nil {
		return nil, Errorf(TypeErrorType, "cannot unpack non-iterable ", TypeName(seq), " object")
	}
	var out []Value
	for {
		v, err := Next(th, it)
		if err != nil {
			return nil, err
		}
		if v == nil {
			return out, nil
		}
		out = append(out, v)
		if len(out) > n {
			return out, nil
		}
	}
}

func dictToKwargs(d *Dict) *Kwargs {
	if d.Len() == 0 {
		return nil
	}
	kw := &Kwargs{}
	for _, e := range d.entries {
		if e.key != nil {
			kw.Names = append(kw.Names, e.key.(*Str).s)
			kw.Values = append(kw.Values, e.value)
		}
	}
	return kw
}

func dictMerge(th *Thread, d *Dict, src Value, fn Value) error {
	name := funcNameForMsg(fn)
	sd, ok := src.(*Dict)
	if !ok {
		if _, has := GetAttrNoErr(th, src, "keys"); !has {
			return Errorf(TypeErrorType, name, " argument after ** must be a mapping, not ", TypeName(src))
		}
		nd := NewDict()
		if err := dictUpdateFrom(th, nd, src, false); err != nil {
			return err
		}
		sd = nd
	}
	for _, e := range sd.entries {
		if e.key == nil {
			continue
		}
		k, ok := e.key.(*Str)
		if !ok {
			return Errorf(TypeErrorType, "keywords must be strings")
		}
		if d.GetStr(k.s) != nil {
			return Errorf(TypeErrorType, name, " got multiple values for keyword argument '", k.s, "'")
		}
		d.SetStr(k.s, e.value)
	}
	return nil
}

func funcNameForMsg(fn Value) string {
	switch f := fn.(type) {
	case *Function:
		if m, ok := f.Module.(*Str); ok && m.s != "builtins" {
			return m.s + "." + f.QualName + "()"
		}
		return f.QualName + "()"
	case *Builtin:
		return f.Name + "()"
	case *BoundMethod:
		return funcNameForMsg(f.Func)
	case *Type:
		return f.Name + "()"
	}
	return TypeName(fn) + " object"
}

// GetAttrNoErr returns v.name, or false if it does not exist.
func GetAttrNoErr(th *Thread, v Value, name string) (Value, bool) {
	r, err := GetAttr(th, v, name)
	if err != nil {
		return nil, false
	}
	return r, true
}

func getAwaitable(th *Thread, v Value) (Value, error) {
	if g, ok := v.(*Generator); ok {
		if g.kind == genCoroutine {
			return g, nil
		}
		return nil, Errorf(TypeErrorType, "object generator can't be used in 'await' expression")
	}
	m, err := lookupSpecial(th, v, "__await__")
	if err != nil {
		return nil, Errorf(TypeErrorType, "object ", TypeName(v), " can't be used in 'await' expression")
	}
	it, err := Call(th, m, nil, nil)
	if err != nil {
		return nil, err
	}
	if it.Type().Next == nil {
		return nil, Errorf(TypeErrorType, "__await__() returned non-iterator of type '", TypeName(it), "'")
	}
	return it, nil
}

type asyncGenWrapped struct{ v Value }

func (*asyncGenWrapped) Type() *Type { return ObjectType }
