// Package pyfmt formats and parses numbers and strings exactly as CPython 3.11
// does, without knowing anything about Python objects: every function takes and
// returns plain Go values (float64, *big.Int, string, []byte).
//
// It covers the text conversions an interpreter needs for built-in types:
//
//   - repr and str of float, complex, str and bytes (FloatRepr, ComplexRepr,
//     StrRepr, ASCII, BytesRepr);
//   - the format-specification mini-language used by format() and str.format
//     (ParseSpec, FormatInt, FormatInt64, FormatFloat, FormatComplex, FormatStr);
//   - printf-style formatting with % (ParsePercent and the Percent* helpers);
//   - str.format field parsing (ParseFormatString);
//   - parsing for the int(), float() and complex() constructors (ParseInt,
//     ParseFloat, ParseComplex), bin/oct/hex (FormatIntBase), float.hex and
//     float.fromhex;
//   - float arithmetic whose Python semantics differ from Go's: round(),
//     floor division and modulo, and exact conversion to int.
//
// Floats are converted through strconv, whose shortest and fixed-precision
// conversions are correctly rounded just like CPython's dtoa.c, so the digits
// always agree; this package only lays them out the way CPython does.
//
// Errors are returned as *Error values carrying the Python exception type name
// and the exact CPython message, so the interpreter can raise them unchanged.
// Where a message names the type of the formatted object, the caller passes
// that type name in.
//
// The package avoids fmt and reflect so that it builds with TinyGo.
package pyfmt

// Error is a Python exception to be raised by the caller: Type is the
// exception class name ("ValueError", "TypeError", "OverflowError") and Msg is
// the message exactly as CPython 3.11 prints it.
type Error struct {
	Type string
	Msg  string
}

// Error returns "Type: Msg", the way Python prints an uncaught exception's
// last line.
func (e *Error) Error() string { return e.Type + ": " + e.Msg }

func valueError(msg string) error    { return &Error{Type: "ValueError", Msg: msg} }
func typeError(msg string) error     { return &Error{Type: "TypeError", Msg: msg} }
func overflowError(msg string) error { return &Error{Type: "OverflowError", Msg: msg} }
