package syntax

import (
	"errors"
	"strconv"
	"unicode/utf8"
)

// Error kinds, named after the Python exception classes.
const (
	KindSyntax      = "SyntaxError"
	KindIndentation = "IndentationError"
	KindTab         = "TabError"
)

// ErrIncomplete is matched (with errors.Is) by an *Error whose Incomplete
// field is set: the input ended while a statement, bracket, string or block
// was still open, so an interactive reader should ask for more lines.
var ErrIncomplete = errors.New("incomplete input")

// Error is a syntax error. Line and Col (1-based, Col in bytes) locate its
// start; EndLine/EndCol, when non-zero, the position just after its end.
// Text is the offending source line without its line terminator.
type Error struct {
	Filename   string
	Line, Col  int
	EndLine    int
	EndCol     int
	Msg        string
	Kind       string // KindSyntax, KindIndentation or KindTab
	Text       string
	Incomplete bool // input ended too early (see ErrIncomplete)
}

// Error returns the message in the form str(SyntaxError) has in CPython:
// "invalid syntax (x.py, line 3)".
func (e *Error) Error() string {
	return e.Msg + " (" + e.Filename + ", line " + strconv.Itoa(e.Line) + ")"
}

// Is makes errors.Is(err, ErrIncomplete) true for incomplete input.
func (e *Error) Is(target error) bool { return target == ErrIncomplete && e.Incomplete }

// Offset returns CPython's SyntaxError.offset: the 1-based column in
// characters (not bytes) of the error start within Text.
func (e *Error) Offset() int { return charCol(e.Text, e.Col) }

// EndOffset returns CPython's SyntaxError.end_offset: the 1-based character
// column just after the error's end when it is on the error's line, else 0.
func (e *Error) EndOffset() int {
	if e.EndLine != e.Line || e.EndCol <= 0 {
		return 0
	}
	return charCol(e.Text, e.EndCol)
}

// charCol converts a 1-based byte column within line to a 1-based character column.
func charCol(line string, col int) int {
	if col <= 0 {
		return col
	}
	if col-1 > len(line) {
		return utf8.RuneCountInString(line) + (col - 1 - len(line)) + 1
	}
	return utf8.RuneCountInString(line[:col-1]) + 1
}

// Format renders the error the way CPython's traceback printer does:
//
//	  File "x.py", line 3
//	    x = = 1
//	        ^
//	SyntaxError: invalid syntax
func (e *Error) Format() string {
	b := make([]byte, 0, 64+2*len(e.Text))
	b = append(b, "  File \""...)
	b = append(b, e.Filename...)
	b = append(b, "\", line "...)
	b = strconv.AppendInt(b, int64(e.Line), 10)
	b = append(b, '\n')
	if e.Text != "" {
		// CPython strips leading whitespace and shifts the caret accordingly.
		text := e.Text
		i := 0
		for i < len(text) && (text[i] == ' ' || text[i] == '\t' || text[i] == '\f') {
			i++
		}
		text = text[i:]
		for len(text) > 0 && (text[len(text)-1] == ' ' || text[len(text)-1] == '\t' || text[len(text)-1] == '\r') {
			text = text[:len(text)-1]
		}
		b = append(b, "    "...)
		b = append(b, text...)
		b = append(b, '\n')
		start := charCol(e.Text, e.Col) - 1 - i
		if start < 0 {
			start = 0
		}
		n := 1
		if e.EndLine == e.Line && e.EndCol > e.Col {
			n = charCol(e.Text, e.EndCol) - charCol(e.Text, e.Col)
		}
		if lim := utf8.RuneCountInString(text) - start; n > lim && lim >= 1 {
			n = lim
		}
		b = append(b, "    "...)
		for j := 0; j < start; j++ {
			b = append(b, ' ')
		}
		for j := 0; j < n; j++ {
			b = append(b, '^')
		}
		b = append(b, '\n')
	}
	b = append(b, e.Kind...)
	b = append(b, ": "...)
	b = append(b, e.Msg...)
	b = append(b, '\n')
	return string(b)
}
