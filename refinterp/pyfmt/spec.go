package pyfmt

import (
	"strconv"
	"unicode/utf8"
)

// Spec is a parsed format specification, the argument of format() and the
// part after ':' in a str.format field:
//
//	[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
//
// Unset fields hold their zero value or -1 as documented; defaults that
// depend on the formatted type (alignment, the meaning of "0", the type code)
// are applied by the Format functions.
type Spec struct {
	Fill      rune   // fill character; 0 if not given (a space)
	Align     byte   // '<', '>', '^' or '='; 0 if not given
	Sign      byte   // '+', '-' or ' '; 0 if not given
	NoNegZero bool   // "z": coerce negative zero to zero (3.11)
	Alt       bool   // "#": alternate form
	Zero      bool   // "0" before the width, without an explicit fill
	Width     int    // minimum width in code points; -1 if not given
	Grouping  byte   // ',' or '_'; 0 if not given
	Precision int    // -1 if not given
	Type      rune   // presentation type; 0 if not given
	TypeName  string // Python type name used in error messages; "" means the natural one
}

// ParseSpec parses a format specification. It is ParseSpecFor(s, ""); use
// ParseSpecFor to get the exact CPython message for an invalid specifier,
// which names the type of the formatted object.
func ParseSpec(s string) (Spec, error) { return ParseSpecFor(s, "") }

// ParseSpecFor parses the format specification s for an object whose Python
// type is typeName. Errors are *Error values with CPython's messages, e.g.
// "Format specifier missing precision" or "Invalid format specifier '5.2fx'
// for object of type 'int'". The check of grouping against the type code
// (such as "Cannot specify ',' with 's'.") depends on the type's default
// presentation and is done by the Format functions.
func ParseSpecFor(s string, typeName string) (Spec, error) {
	sp := Spec{Width: -1, Precision: -1, TypeName: typeName}
	pos := 0
	r0, n0 := utf8.DecodeRuneInString(s)
	if len(s) > n0 {
		if r1, n1 := utf8.DecodeRuneInString(s[n0:]); isAlign(r1) {
			sp.Fill, sp.Align = r0, byte(r1)
			pos = n0 + n1
		}
	}
	if sp.Align == 0 && len(s) > 0 && isAlign(rune(s[0])) {
		sp.Align = s[0]
		pos = 1
	}
	if pos < len(s) && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ') {
		sp.Sign = s[pos]
		pos++
	}
	if pos < len(s) && s[pos] == 'z' {
		sp.NoNegZero = true
		pos++
	}
	if pos < len(s) && s[pos] == '#' {
		sp.Alt = true
		pos++
	}
	if sp.Fill == 0 && pos < len(s) && s[pos] == '0' {
		sp.Zero = true
		pos++
	}
	var ok bool
	var w int
	if w, pos, ok = parseDecimal(s, pos); !ok {
		return sp, valueError("Too many decimal digits in format string")
	}
	if w >= 0 {
		sp.Width = w
	}
	if pos < len(s) && s[pos] == ',' {
		sp.Grouping = ','
		pos++
	}
	if pos < len(s) && s[pos] == '_' {
		if sp.Grouping != 0 {
			return sp, valueError("Cannot specify both ',' and '_'.")
		}
		sp.Grouping = '_'
		pos++
	}
	if pos < len(s) && s[pos] == ',' && sp.Grouping == '_' {
		return sp, valueError("Cannot specify both ',' and '_'.")
	}
	if pos < len(s) && s[pos] == '.' {
		var p int
		if p, pos, ok = parseDecimal(s, pos+1); !ok {
			return sp, valueError("Too many decimal digits in format string")
		}
		if p < 0 {
			return sp, valueError("Format specifier missing precision")
		}
		sp.Precision = p
	}
	if rest := s[pos:]; rest != "" {
		r, n := utf8.DecodeRuneInString(rest)
		if n != len(rest) {
			msg := "Invalid format specifier '" + s + "'"
			if typeName != "" {
				msg += " for object of type '" + typeName + "'"
			}
			return sp, valueError(msg)
		}
		sp.Type = r
	}
	return sp, nil
}

func isAlign(r rune) bool { return r == '<' || r == '>' || r == '^' || r == '=' }

// parseDecimal reads ASCII digits at s[pos:]; it returns -1 if there are
// none and ok=false on overflow.
func parseDecimal(s string, pos int) (v, end int, ok bool) {
	v = -1
	for pos < len(s) && s[pos] >= '0' && s[pos] <= '9' {
		if v < 0 {
			v = 0
		}
		if v > (maxInt-9)/10 {
			return 0, pos, false
		}
		v = v*10 + int(s[pos]-'0')
		pos++
	}
	return v, pos, true
}

const maxInt = int(^uint(0) >> 1)

// MaxWidth bounds widths and precisions that would make a result longer
// than this many characters; beyond it the Format and Percent functions
// return MemoryError instead of trying to allocate (CPython would attempt
// the allocation and usually fail the same way).
var MaxWidth = 1 << 26

func memoryError() error { return &Error{Type: "MemoryError", Msg: ""} }

// checkSize reports MemoryError for a width or precision above MaxWidth.
func checkSize(width, precision int) error {
	if width > MaxWidth || precision > MaxWidth {
		return memoryError()
	}
	return nil
}

// typeCodeString renders a type code the way CPython's error messages do.
func typeCodeString(t rune) string {
	if t > 32 && t < 128 {
		return string(t)
	}
	return "\\x" + strconv.FormatInt(int64(t), 16)
}

func (sp *Spec) typeName(def string) string {
	if sp.TypeName != "" {
		return sp.TypeName
	}
	return def
}

func (sp *Spec) unknownCode(def string) error {
	return valueError("Unknown format code '" + typeCodeString(sp.Type) + "' for object of type '" + sp.typeName(def) + "'")
}

// checkGrouping is the last check of CPython's spec parser, done once the
// type's default presentation is known. It returns the group size.
func (sp *Spec) checkGrouping(typ rune) (int, error) {
	if sp.Grouping == 0 {
		return 0, nil
	}
	switch typ {
	case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
		return 3, nil
	case 'b', 'o', 'x', 'X':
		if sp.Grouping == '_' {
			return 4, nil
		}
	}
	return 0, valueError("Cannot specify '" + string(rune(sp.Grouping)) + "' with '" + typeCodeString(typ) + "'.")
}

// resolve applies the type's default alignment and the "0" flag.
func (sp *Spec) resolve(defAlign byte) (fill rune, align byte) {
	fill, align = sp.Fill, sp.Align
	if fill == 0 {
		fill = ' '
	}
	if sp.Zero {
		fill = '0'
		if align == 0 && defAlign == '>' {
			align = '='
		}
	}
	if align == 0 {
		align = defAlign
	}
	return fill, align
}
