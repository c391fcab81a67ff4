// Package compile turns a syntax tree into bytecode for the refinterp VM.
//
// It runs in two passes: a resolver (scope.go) that decides, like CPython's
// symbol table, whether each name is a fast local, a cell, a free variable,
// a global or a name looked up dynamically; and a code generator
// (compile.go) that emits one Code per module, function, lambda, class body
// and comprehension. Code is independent of the object model: constants are
// plain Go values (see Const) that the interpreter converts once.
//
// Exceptions use a block stack: SETUP_FINALLY pushes a handler, and the
// compiler inlines finally bodies on every normal exit path (fall-through,
// return, break, continue), so the VM only handles the exceptional path.
package compile

import (
	"math/big"
)

// Code is a compiled code object.
type Code struct {
	Name      string
	QualName  string
	Filename  string
	FirstLine int
	Doc       string // docstring, "" if none
	HasDoc    bool

	Code  []uint32 // op | arg<<8
	Lines []int32  // source line of each instruction

	Consts   []Const
	Names    []string // attribute/global names
	VarNames []string // fast locals, parameters first
	CellVars []string // cells created by this code
	FreeVars []string // cells received through the closure
	// CellParam[i] is the parameter index copied into CellVars[i] at entry, or -1.
	CellParam []int

	ArgCount     int // positional parameters (including positional-only)
	PosOnlyCount int
	KwOnlyCount  int
	Flags        int
	MaxStack     int
	MaxBlocks    int

	// Ext is free for the interpreter to cache its own form of the code.
	Ext any
}

// Const is a constant: nil (None), bool, int64, *big.Int, float64,
// complex128, string, Bytes, Ellipsis, Tuple, KwNames or *Code.
type Const any

// Bytes is a bytes constant.
type Bytes string

// Tuple is a tuple constant.
type Tuple []Const

// KwNames is the keyword names of a CALL_KW.
type KwNames []string

// EllipsisConst is the ... constant.
type EllipsisConst struct{}

// Ellipsis is the ... constant value.
var Ellipsis = EllipsisConst{}

var _ = big.NewInt

// Instr splits an instruction word.
func Instr(w uint32) (Opcode, int) { return Opcode(w & 0xff), int(w >> 8) }
