package compile

// stackEffect returns the change in stack depth of an instruction; jump
// selects the effect when a conditional branch is taken.
func stackEffect(op Opcode, arg int, jump bool) int {
	switch op {
	case NOP, ROT_TWO, ROT_THREE, ROT_FOUR, JUMP, POP_BLOCK, PUSH_EXC_INFO, POP_EXCEPT,
		LOAD_ATTR, UNARY_OP, GET_ITER, LIST_TO_TUPLE, GET_YIELD_FROM_ITER, GET_AWAITABLE,
		YIELD_VALUE, SETUP_ANNOTATIONS, GET_AITER:
		return 0
	case POP_TOP, POP_ITER_CLOSE, STORE_FAST, STORE_DEREF, STORE_NAME, STORE_GLOBAL, DELETE_ATTR, BINARY_OP,
		INPLACE_OP, COMPARE_OP, BINARY_SUBSCR, LIST_APPEND, SET_ADD, LIST_EXTEND, SET_UPDATE,
		DICT_UPDATE, DICT_MERGE, RERAISE, IMPORT_STAR, PRINT_EXPR, POP_JUMP_IF_FALSE,
		POP_JUMP_IF_TRUE, IMPORT_NAME, WITH_EXIT, YIELD_FROM:
		return -1
	case CHECK_EXC_MATCH:
		return 0
	case DUP_TOP, LOAD_CONST, LOAD_FAST, LOAD_DEREF, LOAD_CLASSDEREF, LOAD_CLOSURE, LOAD_NAME,
		LOAD_GLOBAL, LOAD_BUILD_CLASS, LOAD_ASSERTION_ERROR, IMPORT_FROM, BEFORE_WITH, LOAD_METHOD,
		GET_ANEXT, BEFORE_ASYNC_WITH, ASYNC_WITH_EXCEPT:
		return 1
	case ASYNC_WITH_EXIT:
		return 0
	case DUP_TOP_TWO:
		return 2
	case DELETE_FAST, DELETE_DEREF, DELETE_NAME, DELETE_GLOBAL:
		return 0
	case STORE_ATTR, DELETE_SUBSCR:
		return -2
	case STORE_SUBSCR:
		return -3
	case MAP_ADD:
		return -2
	case CALL_METHOD:
		return -arg - 1
	case CALL_METHOD_KW:
		return -arg - 2
	case CALL:
		return -arg
	case CALL_KW:
		return -arg - 1
	case CALL_EX:
		return -1 - (arg & 1)
	case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING:
		return 1 - arg
	case BUILD_MAP:
		return 1 - 2*arg
	case BUILD_SLICE:
		return 1 - arg
	case FORMAT_VALUE:
		if arg&4 != 0 {
			return -1
		}
		return 0
	case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP:
		if jump {
			return 0
		}
		return -1
	case FOR_ITER:
		if jump {
			return -1
		}
		return 1
	case UNPACK_SEQUENCE:
		return arg - 1
	case UNPACK_EX:
		return (arg & 0xff) + (arg >> 8)
	case MAKE_FUNCTION:
		n := 0
		if arg&MakeDefaults != 0 {
			n++
		}
		if arg&MakeKwDefaults != 0 {
			n++
		}
		if arg&MakeClosure != 0 {
			n++
		}
		return -n
	case RETURN_VALUE:
		return -1
	case SETUP_FINALLY:
		if jump {
			return 1
		}
		return 0
	case RAISE_VARARGS:
		return -arg
	case WITH_EXCEPT:
		return -2
	case END_ASYNC_FOR:
		return -2
	case ASYNC_WITH_EXCEPT_END:
		return -3
	case MATCH_OP:
		return matchStackEffect(arg)
	case EXC_STAR:
		switch arg {
		case ExcStarMatch:
			return 1
		case ExcStarCollect, ExcStarEnd:
			return -1
		}
		return 0
	}
	return 0
}

// maxStack computes the maximum stack depth by walking the control flow.
func maxStack(code *Code) int {
	n := len(code.Code)
	depth := make([]int, n+1)
	for i := range depth {
		depth[i] = -1
	}
	max := 0
	var work []int
	push := func(pc, d int) {
		if pc <= n && depth[pc] < d {
			depth[pc] = d
			work = append(work, pc)
		}
	}
	push(0, 0)
	for len(work) > 0 {
		pc := work[len(work)-1]
		work = work[:len(work)-1]
		d := depth[pc]
		for pc < n {
			if d > max {
				max = d
			}
			op, arg := Instr(code.Code[pc])
			switch op {
			case JUMP:
				push(arg, d)
				pc = n
				continue
			case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP,
				FOR_ITER, SETUP_FINALLY, WITH_EXCEPT, ASYNC_WITH_EXCEPT_END:
				jd := d + stackEffect(op, arg, true)
				if op == SETUP_FINALLY && jd > max {
					max = jd
				}
				if op != WITH_EXCEPT && op != ASYNC_WITH_EXCEPT_END {
					push(arg, jd)
				} else {
					push(arg, d+stackEffect(op, arg, false))
				}
			case RETURN_VALUE, RERAISE, RAISE_VARARGS:
				pc = n
				continue
			}
			d += stackEffect(op, arg, false)
			if d > max {
				max = d
			}
			pc++
			if pc < n && depth[pc] >= d {
				break
			}
			if pc < n {
				depth[pc] = d
			}
		}
	}
	return max + 2
}
