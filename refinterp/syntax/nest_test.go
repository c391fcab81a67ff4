package syntax

import (
	"strings"
	"testing"
)

func TestNestingLimits(t *testing.T) {
	ok := []string{
		strings.Repeat("(", 200) + strings.Repeat(")", 200),
		"x = " + strings.Repeat("[", 199) + strings.Repeat("]", 199),
		strings.Repeat("-", 1000) + "1",
		strings.Repeat("not ", 1000) + "x",
		"f" + strings.Repeat("(g", 100) + strings.Repeat(")", 100),
	}
	for _, src := range ok {
		if _, err := ParseFile("x.py", []byte(src)); err != nil {
			t.Errorf("%.40q...: %v", src, err)
		}
	}
	_, err := ParseFile("x.py", []byte(strings.Repeat("(", 201)+strings.Repeat(")", 201)))
	if err == nil || err.(*Error).Msg != "too many nested parentheses" {
		t.Errorf("201 parentheses: got %v", err)
	}
}
