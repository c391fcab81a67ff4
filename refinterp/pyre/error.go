package pyre

import "strconv"

// Error is an exception for the caller to raise. Type is "error" for
// re.error (pattern and template syntax, and constructs RE2 cannot run),
// "IndexError" for an unknown group name in a template, "ValueError" and
// "OverflowError" where CPython raises those. Msg is the bare message; Pos
// is its code-point position in Pattern, or -1. Error() renders the text
// Python prints, e.g. "nothing to repeat at position 0" or, for a pattern
// containing newlines, "... at position 3 (line 2, column 3)".
type Error struct {
	Type    string
	Msg     string
	Pos     int
	Pattern string
}

// Error returns the message as str() of the Python exception shows it.
func (e *Error) Error() string {
	if e.Pos < 0 {
		return e.Msg
	}
	s := e.Msg + " at position " + strconv.Itoa(e.Pos)
	if line, col, ok := e.LineCol(); ok {
		s += " (line " + strconv.Itoa(line) + ", column " + strconv.Itoa(col) + ")"
	}
	return s
}

// LineCol returns re.error's lineno and colno; ok is false when Python
// leaves them out of the message (no newline in the pattern).
func (e *Error) LineCol() (line, col int, ok bool) {
	if e.Pos < 0 {
		return 0, 0, false
	}
	runes := []rune(e.Pattern)
	hasNL := false
	for _, r := range runes {
		if r == '\n' {
			hasNL = true
			break
		}
	}
	line, last := 1, -1
	for i := 0; i < e.Pos && i < len(runes); i++ {
		if runes[i] == '\n' {
			line++
			last = i
		}
	}
	return line, e.Pos - last, hasNL
}
