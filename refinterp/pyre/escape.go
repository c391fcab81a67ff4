package pyre

import "strings"

// Escape implements re.escape for a str: a backslash before each of
// ()[]{}?*+-|^$\.&~# and the whitespace characters space, \t, \n, \r, \v
// and \f, as Python 3.7+ does.
func Escape(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); i++ {
		if strings.IndexByte("()[]{}?*+-|^$\\.&~# \t\n\r\v\f", s[i]) >= 0 {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
