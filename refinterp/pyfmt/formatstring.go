package pyfmt

import (
	"strconv"
	"unicode/utf8"
)

// FormatPiece is one part of a str.format string: literal text (with "{{"
// and "}}" already reduced) optionally followed by a replacement field.
type FormatPiece struct {
	Literal string
	Field   *FormatField // nil when only literal text
}

// FormatField is a parsed replacement field "{name.attr[key]!r:spec}".
type FormatField struct {
	// Index is the positional argument index (given, or assigned by
	// automatic numbering when Auto is set), or -1 for a keyword argument
	// named Name.
	Index int
	Auto  bool
	Name  string
	// Path is the chain of attribute and item accesses after the name.
	Path []FieldAccess
	// PathErr, if not nil, is raised after the accesses in Path have been
	// made: CPython parses the chain lazily, so a malformed tail such as
	// "a.b." fails only after getattr(a, "b") succeeds.
	PathErr error
	// Conversion is 0, 'r', 's' or 'a'.
	Conversion rune
	// Spec is the format spec text. When it contains replacement fields,
	// SpecFields holds it parsed: format those pieces and concatenate them
	// to obtain the spec, as CPython does before calling __format__.
	Spec       string
	SpecFields []FormatPiece
}

// FieldAccess is one ".attr" or "[key]" step of a field name.
type FieldAccess struct {
	Attr  bool   // true for .attr, false for [key]
	Name  string // attribute name, or the key text
	Index int    // for [key]: the key as an int when it is all decimal digits, else -1
}

// ParseFormatString parses a str.format / format_map string into literal
// text and replacement fields, numbering automatic fields ("{}") in the
// order CPython does (a field before the fields nested in its spec).
// Errors are ValueErrors with CPython's messages: "Single '}' encountered
// in format string", "Single '{' encountered in format string", "expected
// '}' before end of string", "unmatched '{' in format spec", "cannot switch
// from manual field specification to automatic field numbering" (and the
// reverse), "Max string recursion exceeded", "Unknown conversion specifier
// x", "expected ':' after conversion specifier", ...
//
// CPython detects errors while rendering, so the pieces before a bad field
// are returned together with the error; a caller that wants exactly
// CPython's behaviour renders those first (their own errors win) and then
// raises err.
func ParseFormatString(s string) ([]FormatPiece, error) {
	st := &autoNumber{}
	return parseFormat(s, 2, st)
}

// autoNumber is CPython's AutoNumber state, shared with nested specs.
type autoNumber struct {
	state int // 0 init, 1 auto, 2 manual
	next  int
}

func parseFormat(s string, depth int, an *autoNumber) ([]FormatPiece, error) {
	if depth <= 0 {
		return nil, valueError("Max string recursion exceeded")
	}
	var pieces []FormatPiece
	var lit []byte
	i := 0
	for i < len(s) {
		// Literal text up to the next brace.
		j := i
		for j < len(s) && s[j] != '{' && s[j] != '}' {
			j++
		}
		lit = append(lit, s[i:j]...)
		if j >= len(s) {
			i = j
			break
		}
		c := s[j]
		i = j + 1
		atEnd := i >= len(s)
		if c == '}' && (atEnd || s[i] != '}') {
			return pieces, valueError("Single '}' encountered in format string")
		}
		if atEnd && c == '{' {
			return pieces, valueError("Single '{' encountered in format string")
		}
		if s[i] == c { // escaped brace
			lit = append(lit, c)
			i++
			continue
		}
		f, next, err := parseField(s, i, depth, an)
		if err != nil {
			if len(lit) > 0 {
				pieces = append(pieces, FormatPiece{Literal: string(lit)})
			}
			return pieces, err
		}
		pieces = append(pieces, FormatPiece{Literal: string(lit), Field: f})
		lit = lit[:0]
		i = next
	}
	if len(lit) > 0 {
		pieces = append(pieces, FormatPiece{Literal: string(lit)})
	}
	return pieces, nil
}

// parseField parses the field starting at s[i] (just after '{') and
// returns the index after its closing '}'.
func parseField(s string, i, depth int, an *autoNumber) (*FormatField, int, error) {
	nameStart := i
	var c byte
	for i < len(s) {
		c = s[i]
		i++
		if c == '{' {
			return nil, 0, valueError("unexpected '{' in field name")
		}
		if c == '[' {
			for i < len(s) && s[i] != ']' {
				i++
			}
			continue
		}
		if c == '}' || c == ':' || c == '!' {
			break
		}
	}
	var nameEnd int
	f := &FormatField{}
	if c == '!' || c == ':' {
		nameEnd = i - 1
		if c == '!' {
			if i >= len(s) {
				return nil, 0, valueError("end of string while looking for conversion specifier")
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			f.Conversion = r
			i += size
			if i < len(s) {
				c2 := s[i]
				i++
				if c2 == '}' {
					if err := f.setName(s[nameStart:nameEnd], an); err != nil {
						return nil, 0, err
					}
					return f, i, checkConversion(f.Conversion)
				}
				if c2 != ':' {
					return nil, 0, valueError("expected ':' after conversion specifier")
				}
			}
		}
		specStart := i
		count, expand := 1, false
		for i < len(s) {
			c = s[i]
			i++
			if c == '{' {
				expand = true
				count++
			} else if c == '}' {
				count--
				if count == 0 {
					break
				}
			}
		}
		if count != 0 {
			return nil, 0, valueError("unmatched '{' in format spec")
		}
		f.Spec = s[specStart : i-1]
		if err := f.setName(s[nameStart:nameEnd], an); err != nil {
			return nil, 0, err
		}
		if err := checkConversion(f.Conversion); err != nil {
			return nil, 0, err
		}
		if expand {
			sub, err := parseFormat(f.Spec, depth-1, an)
			if err != nil {
				return nil, 0, err
			}
			f.SpecFields = sub
			if f.SpecFields == nil {
				f.SpecFields = []FormatPiece{}
			}
		}
		return f, i, nil
	}
	if c != '}' {
		return nil, 0, valueError("expected '}' before end of string")
	}
	nameEnd = i - 1
	if err := f.setName(s[nameStart:nameEnd], an); err != nil {
		return nil, 0, err
	}
	return f, i, nil
}

func checkConversion(c rune) error {
	switch c {
	case 0, 'r', 's', 'a':
		return nil
	}
	shown := string(c)
	if c <= 32 || c >= 127 {
		shown = "\\x" + strconv.FormatInt(int64(c), 16)
	}
	return valueError("Unknown conversion specifier " + shown)
}

// setName splits a field name into its first part and access path,
// applying automatic numbering.
func (f *FormatField) setName(name string, an *autoNumber) error {
	i := 0
	for i < len(name) && name[i] != '.' && name[i] != '[' {
		i++
	}
	first := name[:i]
	idx, err := decimalIndex(first)
	if err != nil {
		return err
	}
	empty := first == ""
	numeric := empty || idx >= 0
	if numeric {
		if an.state == 0 {
			an.state = 2
			if empty {
				an.state = 1
			}
		}
		if an.state == 2 && empty {
			return valueError("cannot switch from manual field specification to automatic field numbering")
		}
		if an.state == 1 && !empty {
			return valueError("cannot switch from automatic field numbering to manual field specification")
		}
	}
	if empty {
		idx = an.next
		an.next++
		f.Auto = true
	}
	f.Index = idx
	if idx < 0 {
		f.Name = first
	}
	// The rest: .attr and [key] steps.
	rest := name[i:]
	for rest != "" {
		var acc FieldAccess
		switch rest[0] {
		case '.':
			j := 1
			for j < len(rest) && rest[j] != '.' && rest[j] != '[' {
				j++
			}
			acc = FieldAccess{Attr: true, Name: rest[1:j], Index: -1}
			rest = rest[j:]
		case '[':
			j := 1
			for j < len(rest) && rest[j] != ']' {
				j++
			}
			if j >= len(rest) {
				f.PathErr = valueError("Missing ']' in format string")
				return nil
			}
			acc = FieldAccess{Name: rest[1:j]}
			k, err := decimalIndex(acc.Name)
			if err != nil {
				f.PathErr = err
				return nil
			}
			acc.Index = k
			rest = rest[j+1:]
		default:
			f.PathErr = valueError("Only '.' or '[' may follow ']' in format field specifier")
			return nil
		}
		if acc.Name == "" {
			f.PathErr = valueError("Empty attribute in format string")
			return nil
		}
		f.Path = append(f.Path, acc)
	}
	return nil
}

// decimalIndex is CPython's get_integer: the value of a string of decimal
// digits (any Unicode Nd digits), -1 if s is empty or has another
// character.
func decimalIndex(s string) (int, error) {
	if s == "" {
		return -1, nil
	}
	v := 0
	for _, r := range s {
		var d int
		if r >= '0' && r <= '9' {
			d = int(r - '0')
		} else if dv, ok := digitValue(r); ok {
			d = dv
		} else {
			return -1, nil
		}
		if v > (maxInt-d)/10 {
			return -1, valueError("Too many decimal digits in format string")
		}
		v = v*10 + d
	}
	return v, nil
}
