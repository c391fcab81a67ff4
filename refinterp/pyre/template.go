package pyre

import (
	"strconv"
	"strings"

	"github.com/mptest/mptest/refinterp/pyfmt"
)

// Template is a parsed re.sub replacement template: literal text and
// group references.
type Template struct {
	parts []tmplPart
}

type tmplPart struct {
	lit   string
	group int // -1 for literal text
}

// ParseTemplate parses a replacement template as CPython 3.11 does: \1 to
// \99 and \g<n> or \g<name> refer to groups; \0 and three-digit octal
// escapes are characters; \a \b \f \n \r \t \v \\ are the usual escapes;
// any other backslash pair is kept as is, except an ASCII letter, which is
// the error "bad escape \q". Errors are *Error values ("invalid group
// reference 9", IndexError "unknown group name 'x'", "missing <", ...).
func (re *Regexp) ParseTemplate(template string) (*Template, error) {
	src := []rune(template)
	errAt := func(pos int, msg string) error {
		return &Error{Type: "error", Msg: msg, Pos: pos, Pattern: template}
	}
	t := &Template{}
	var lit strings.Builder
	flushLit := func() {
		if lit.Len() > 0 {
			t.parts = append(t.parts, tmplPart{lit: lit.String(), group: -1})
			lit.Reset()
		}
	}
	addGroup := func(n, pos int) error {
		if n > re.ngroups {
			return errAt(pos, "invalid group reference "+strconv.Itoa(n))
		}
		flushLit()
		t.parts = append(t.parts, tmplPart{group: n})
		return nil
	}
	isOct := func(i int) bool { return i < len(src) && src[i] >= '0' && src[i] <= '7' }
	isDec := func(i int) bool { return i < len(src) && src[i] >= '0' && src[i] <= '9' }
	for i := 0; i < len(src); {
		c := src[i]
		if c != '\\' {
			lit.WriteRune(c)
			i++
			continue
		}
		start := i
		if i+1 >= len(src) {
			return nil, errAt(start, "bad escape (end of pattern)")
		}
		c = src[i+1]
		i += 2
		switch {
		case c == 'g':
			if i >= len(src) || src[i] != '<' {
				return nil, errAt(i, "missing <")
			}
			i++
			nameStart := i
			for i < len(src) && src[i] != '>' {
				i++
			}
			name := string(src[nameStart:i])
			if i >= len(src) {
				if name == "" {
					return nil, errAt(i, "missing group name")
				}
				return nil, errAt(nameStart, "missing >, unterminated name")
			}
			i++
			if name == "" {
				return nil, errAt(nameStart, "missing group name")
			}
			var n int
			if isIdentifier(name) {
				idx, ok := re.names[name]
				if !ok {
					return nil, &Error{Type: "IndexError", Msg: "unknown group name " + quote(name), Pos: -1}
				}
				n = idx
			} else {
				x, err := pyfmt.ParseInt(name, 10)
				if err != nil || x.Sign() < 0 {
					return nil, errAt(nameStart, "bad character in group name "+quote(name))
				}
				if !x.IsInt64() || x.Int64() > 1<<30 {
					return nil, errAt(nameStart, "invalid group reference "+x.String())
				}
				n = int(x.Int64())
			}
			if err := addGroup(n, nameStart); err != nil {
				return nil, err
			}
		case c == '0':
			v := 0
			for k := 0; k < 2 && isOct(i); k++ {
				v = v*8 + int(src[i]-'0')
				i++
			}
			lit.WriteRune(rune(v & 0xff))
		case c >= '1' && c <= '9':
			digits := string(c)
			if isDec(i) {
				digits += string(src[i])
				i++
				if c <= '7' && digits[1] <= '7' && isOct(i) {
					digits += string(src[i])
					i++
					v, _ := strconv.ParseInt(digits, 8, 32)
					if v > 0o377 {
						return nil, errAt(start, `octal escape value \`+digits+` outside of range 0-0o377`)
					}
					lit.WriteRune(rune(v))
					continue
				}
			}
			n, _ := strconv.Atoi(digits)
			if err := addGroup(n, start+1); err != nil {
				return nil, err
			}
		default:
			switch c {
			case 'a':
				lit.WriteByte('\a')
			case 'b':
				lit.WriteByte('\b')
			case 'f':
				lit.WriteByte('\f')
			case 'n':
				lit.WriteByte('\n')
			case 'r':
				lit.WriteByte('\r')
			case 't':
				lit.WriteByte('\t')
			case 'v':
				lit.WriteByte('\v')
			case '\\':
				lit.WriteByte('\\')
			default:
				if c < 0x80 && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
					return nil, errAt(start, `bad escape \`+string(c))
				}
				lit.WriteByte('\\')
				lit.WriteRune(c)
			}
		}
	}
	flushLit()
	return t, nil
}

// Expand fills the template from match (a Match result over s); groups
// that did not take part expand to "".
func (t *Template) Expand(s string, match []int) string {
	var b strings.Builder
	for _, p := range t.parts {
		if p.group < 0 {
			b.WriteString(p.lit)
			continue
		}
		if a := match[2*p.group]; a >= 0 {
			b.WriteString(s[a:match[2*p.group+1]])
		}
	}
	return b.String()
}

// Literal reports whether the template has no group references, and its
// text (re.sub can then skip expansion).
func (t *Template) Literal() (string, bool) {
	if len(t.parts) == 0 {
		return "", true
	}
	if len(t.parts) == 1 && t.parts[0].group < 0 {
		return t.parts[0].lit, true
	}
	return "", false
}
