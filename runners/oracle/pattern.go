package oracle

import (
	"fmt"
	"regexp"
	"strings"
)

// Markers of a regex expectation, one per line of an .exp file:
//
//	########       matches any number of lines (zero or more), as in MicroPython
//	#re: REGEXP    matches one line that REGEXP (Go RE2 syntax) matches in full
//
// Every other line must match a line of output exactly. A .exp file with no
// marker line is compared byte for byte.
const (
	AnyLines    = "########"
	RegexPrefix = "#re:"
)

// Pattern is a parsed regex expectation.
type Pattern struct {
	lines []patLine
}

type patLine struct {
	any  bool           // AnyLines
	re   *regexp.Regexp // RegexPrefix line, anchored
	text string         // literal line
}

// ParsePattern parses exp as a regex expectation. It returns nil, nil when
// exp has no marker lines (it is a plain expectation).
func ParsePattern(exp string) (*Pattern, error) {
	lines := splitLines(exp)
	special := false
	p := &Pattern{}
	for i, l := range lines {
		switch {
		case l == AnyLines:
			special = true
			p.lines = append(p.lines, patLine{any: true})
		case strings.HasPrefix(l, RegexPrefix):
			special = true
			src := strings.TrimPrefix(strings.TrimPrefix(l, RegexPrefix), " ")
			re, err := regexp.Compile(`^(?:` + src + `)$`)
			if err != nil {
				return nil, fmt.Errorf("line %d: bad regex: %w", i+1, err)
			}
			p.lines = append(p.lines, patLine{re: re})
		default:
			p.lines = append(p.lines, patLine{text: l})
		}
	}
	if !special {
		return nil, nil
	}
	return p, nil
}

// Match reports whether out matches the pattern line by line.
func (p *Pattern) Match(out string) bool {
	got := splitLines(out)
	// memo[i][j]: result for pattern lines[i:] against got[j:], 0 unknown.
	memo := make([][]int8, len(p.lines)+1)
	for i := range memo {
		memo[i] = make([]int8, len(got)+1)
	}
	var match func(i, j int) bool
	match = func(i, j int) bool {
		if i == len(p.lines) {
			return j == len(got)
		}
		if m := memo[i][j]; m != 0 {
			return m > 0
		}
		var ok bool
		switch pl := p.lines[i]; {
		case pl.any:
			ok = match(i+1, j) || (j < len(got) && match(i, j+1))
		case j == len(got):
			ok = false
		case pl.re != nil:
			ok = pl.re.MatchString(got[j]) && match(i+1, j+1)
		default:
			ok = pl.text == got[j] && match(i+1, j+1)
		}
		memo[i][j] = -1
		if ok {
			memo[i][j] = 1
		}
		return ok
	}
	return match(0, 0)
}

func splitLines(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(strings.TrimSuffix(s, "\n"), "\n")
}
