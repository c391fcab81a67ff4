package compile

// Opcode is a bytecode operation. An instruction is a uint32: the opcode in
// the low 8 bits, its argument in the high 24 bits.
type Opcode uint8

// Opcodes. Stack effects are written [before] -> [after], top on the right.
const (
	NOP Opcode = iota
	POP_TOP
	ROT_TWO
	ROT_THREE
	ROT_FOUR
	DUP_TOP
	DUP_TOP_TWO
	LOAD_CONST      // consts[arg]
	LOAD_FAST       // locals[arg]
	STORE_FAST      //
	DELETE_FAST     //
	LOAD_DEREF      // cells[arg] (cellvars then freevars)
	STORE_DEREF     //
	DELETE_DEREF    //
	LOAD_CLASSDEREF // class body: locals dict, then cell
	LOAD_CLOSURE    // push the cell itself
	LOAD_NAME       // names[arg] via locals, globals, builtins
	STORE_NAME      //
	DELETE_NAME     //
	LOAD_GLOBAL     //
	STORE_GLOBAL    //
	DELETE_GLOBAL   //
	LOAD_ATTR       // [obj] -> [obj.name]
	STORE_ATTR      // [val obj] -> []
	DELETE_ATTR     // [obj] -> []
	LOAD_METHOD     // [obj] -> [meth self] or [attr nil]
	CALL_METHOD     // [meth self args...] -> [res]
	CALL_METHOD_KW  // [meth self args... kwnames] -> [res]
	CALL            // [f args...] -> [res]
	CALL_KW         // [f args... kwnames] -> [res]; the last len(kwnames) args are keywords
	CALL_EX         // [f argstuple kwdict?] -> [res]; arg&1: kwdict present
	BINARY_OP       // arg: BinOp
	INPLACE_OP      // arg: BinOp
	UNARY_OP        // arg: 0 neg, 1 pos, 2 invert, 3 not
	COMPARE_OP      // arg: 0..5 rich (py.CmpOp), 6 is, 7 is not, 8 in, 9 not in
	BINARY_SUBSCR   // [obj key] -> [obj[key]]
	STORE_SUBSCR    // [val obj key] -> []
	DELETE_SUBSCR   // [obj key] -> []
	BUILD_TUPLE     //
	BUILD_LIST      //
	BUILD_SET       //
	BUILD_MAP       // [k1 v1 ... kn vn] -> [dict]
	BUILD_SLICE     // arg 2 or 3
	BUILD_STRING    // concatenates arg strs
	LIST_APPEND     // [list ... v] -> [list ...]; list at depth arg (1 = just below v)
	SET_ADD         //
	MAP_ADD         // [map ... k v]
	LIST_EXTEND     // [list ... it]
	SET_UPDATE      //
	DICT_UPDATE     // [map ... m]
	DICT_MERGE      // like DICT_UPDATE, for **kw in calls: duplicate keys are errors; [f ... map m]
	LIST_TO_TUPLE   //
	FORMAT_VALUE    // arg&3: conversion 0 none,1 str,2 repr,3 ascii; arg&4: [v spec]
	JUMP            // pc = arg
	POP_JUMP_IF_FALSE
	POP_JUMP_IF_TRUE
	JUMP_IF_FALSE_OR_POP
	JUMP_IF_TRUE_OR_POP
	GET_ITER
	FOR_ITER        // [it] -> [it next] or pop and jump
	UNPACK_SEQUENCE // [seq] -> [vn ... v1]
	UNPACK_EX       // arg = before | after<<8
	MAKE_FUNCTION   // [defaults? kwdefaults? closure? code] -> [func]; arg bits 1,2,8
	RETURN_VALUE    //
	YIELD_VALUE     // [v] -> [sent]
	GET_YIELD_FROM_ITER
	YIELD_FROM       // [it v] -> [it] and loop, or [result] when done
	GET_AWAITABLE    //
	SETUP_FINALLY    // push handler block with target arg
	POP_BLOCK        //
	PUSH_EXC_INFO    // [exc] -> [exc]; mark it as being handled
	POP_EXCEPT       // end handling (restores the previous exception)
	RERAISE          // [exc] -> raise
	CHECK_EXC_MATCH  // [exc type] -> [exc bool]
	RAISE_VARARGS    // arg 0,1,2
	BEFORE_WITH      // [mgr] -> [exit enterresult]
	WITH_EXIT        // [exit] -> []  (calls exit(None, None, None))
	WITH_EXCEPT      // [exit exc] -> calls exit(type, exc, tb); suppress: pop both, POP_EXCEPT, jump arg
	LOAD_BUILD_CLASS //
	IMPORT_NAME      // [level fromlist] -> [module]
	IMPORT_FROM      // [module] -> [module attr]
	IMPORT_STAR      // [module] -> []
	LOAD_ASSERTION_ERROR
	PRINT_EXPR        // REPL: print repr if not None
	SETUP_ANNOTATIONS //
	BEFORE_ASYNC_WITH // [mgr] -> [aexit awaitable]
	ASYNC_WITH_EXIT   // [aexit] -> [awaitable]
	GET_AITER
	GET_ANEXT             // [aiter] -> [aiter awaitable]
	END_ASYNC_FOR         // [aiter exc] -> [] if StopAsyncIteration else reraise
	ASYNC_WITH_EXCEPT     // [aexit exc] -> [aexit exc awaitable]
	ASYNC_WITH_EXCEPT_END // [aexit exc result] -> suppress: POP_EXCEPT, jump arg; else reraise
	MATCH_OP              // match statement helpers; arg: Match* (match.go)
	EXC_STAR              // try/except* helpers; arg: ExcStar*
	POP_ITER_CLOSE        // [it] -> []; a started generator is closed (break out of "for x in gen()")
	NumOpcodes
)

// Names of the opcodes, for disassembly.
var opNames = [...]string{
	"NOP", "POP_TOP", "ROT_TWO", "ROT_THREE", "ROT_FOUR", "DUP_TOP", "DUP_TOP_TWO", "LOAD_CONST",
	"LOAD_FAST", "STORE_FAST", "DELETE_FAST", "LOAD_DEREF", "STORE_DEREF", "DELETE_DEREF",
	"LOAD_CLASSDEREF", "LOAD_CLOSURE", "LOAD_NAME", "STORE_NAME", "DELETE_NAME", "LOAD_GLOBAL",
	"STORE_GLOBAL", "DELETE_GLOBAL", "LOAD_ATTR", "STORE_ATTR", "DELETE_ATTR", "LOAD_METHOD",
	"CALL_METHOD", "CALL_METHOD_KW", "CALL", "CALL_KW", "CALL_EX", "BINARY_OP", "INPLACE_OP",
	"UNARY_OP", "COMPARE_OP", "BINARY_SUBSCR", "STORE_SUBSCR", "DELETE_SUBSCR", "BUILD_TUPLE",
	"BUILD_LIST", "BUILD_SET", "BUILD_MAP", "BUILD_SLICE", "BUILD_STRING", "LIST_APPEND",
	"SET_ADD", "MAP_ADD", "LIST_EXTEND", "SET_UPDATE", "DICT_UPDATE", "DICT_MERGE",
	"LIST_TO_TUPLE", "FORMAT_VALUE", "JUMP", "POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE",
	"JUMP_IF_FALSE_OR_POP", "JUMP_IF_TRUE_OR_POP", "GET_ITER", "FOR_ITER", "UNPACK_SEQUENCE",
	"UNPACK_EX", "MAKE_FUNCTION", "RETURN_VALUE", "YIELD_VALUE", "GET_YIELD_FROM_ITER",
	"YIELD_FROM", "GET_AWAITABLE", "SETUP_FINALLY", "POP_BLOCK", "PUSH_EXC_INFO", "POP_EXCEPT",
	"RERAISE", "CHECK_EXC_MATCH", "RAISE_VARARGS", "BEFORE_WITH", "WITH_EXIT", "WITH_EXCEPT",
	"LOAD_BUILD_CLASS", "IMPORT_NAME", "IMPORT_FROM", "IMPORT_STAR", "LOAD_ASSERTION_ERROR",
	"PRINT_EXPR", "SETUP_ANNOTATIONS", "BEFORE_ASYNC_WITH", "ASYNC_WITH_EXIT", "GET_AITER",
	"GET_ANEXT", "END_ASYNC_FOR", "ASYNC_WITH_EXCEPT", "ASYNC_WITH_EXCEPT_END", "MATCH_OP", "EXC_STAR", "POP_ITER_CLOSE",
}

// String returns the opcode's name.
func (op Opcode) String() string {
	if int(op) < len(opNames) {
		return opNames[op]
	}
	return "OP?"
}

// MAKE_FUNCTION flag bits.
const (
	MakeDefaults   = 1
	MakeKwDefaults = 2
	MakeClosure    = 8
)

// Code flags.
const (
	FlagVarArgs = 1 << iota
	FlagVarKw
	FlagGenerator
	FlagCoroutine
	FlagAsyncGenerator
	FlagNewLocals // a function body (fast locals)
	FlagClass     // a class body
	FlagModule
)

// EXC_STAR arguments. The state is an opaque value the VM keeps on the stack
// while the except* clauses run.
const (
	ExcStarBegin   = iota // [exc] -> [state]
	ExcStarMatch          // [state type] -> [state match bool]; match is None when false
	ExcStarCollect        // [state exc] -> [state]: an exception raised by a clause
	ExcStarEnd            // [state] -> []: re-raise what is left, if anything
)
