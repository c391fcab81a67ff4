// Package diff computes line diffs and formats them as unified diffs.
//
// The algorithm is Myers' O(ND) greedy shortest-edit-script search over
// lines (E. W. Myers, "An O(ND) Difference Algorithm and Its Variations",
// 1986). Test outputs are short, so the simple variant that keeps one
// V array per edit distance is used; it needs O(D²) memory for D edits and
// is bounded by MaxEdits so a wildly different output degrades to a
// "replace everything" diff instead of a quadratic search.
package diff

import (
	"fmt"
	"strings"
)

// MaxEdits bounds the edit distance the search explores. Beyond it the diff
// is reported as the deletion of all old lines and insertion of all new ones,
// which is still a correct (if not minimal) diff.
const MaxEdits = 4000

// Op is one kind of line edit.
type Op byte

// The edit operations, spelled as in unified diffs.
const (
	Equal  Op = ' '
	Delete Op = '-'
	Insert Op = '+'
)

// Edit is one line of an edit script.
type Edit struct {
	Op   Op
	Line string // without its trailing newline
}

// Lines splits s into lines without their "\n" terminators. A final line
// without a newline is kept; an empty string has no lines.
func Lines(s string) []string {
	if s == "" {
		return nil
	}
	lines := strings.Split(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// Script returns a shortest edit script turning a into b.
func Script(a, b []string) []Edit {
	// Trim the common prefix and suffix: cheap, and usually most of a test's output.
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	var out []Edit
	for _, l := range a[:pre] {
		out = append(out, Edit{Equal, l})
	}
	out = append(out, myers(a[pre:len(a)-suf], b[pre:len(b)-suf])...)
	for _, l := range a[len(a)-suf:] {
		out = append(out, Edit{Equal, l})
	}
	return out
}

// myers runs the forward greedy search and backtracks through the saved
// V arrays to recover the path.
func myers(a, b []string) []Edit {
	n, m := len(a), len(b)
	if n == 0 || m == 0 {
		return replaceAll(a, b)
	}
	maxD := n + m
	if maxD > MaxEdits {
		maxD = MaxEdits
	}
	offset := maxD + 1
	v := make([]int, 2*maxD+3)
	var trace [][]int
	for d := 0; d <= maxD; d++ {
		snap := make([]int, len(v))
		copy(snap, v)
		trace = append(trace, snap)
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || (k != d && v[offset+k-1] < v[offset+k+1]) {
				x = v[offset+k+1] // down: insertion
			} else {
				x = v[offset+k-1] + 1 // right: deletion
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x++
				y++
			}
			v[offset+k] = x
			if x >= n && y >= m {
				return backtrack(a, b, trace, offset, d)
			}
		}
	}
	return replaceAll(a, b)
}

func backtrack(a, b []string, trace [][]int, offset, d int) []Edit {
	x, y := len(a), len(b)
	var rev []Edit
	for ; d > 0; d-- {
		v := trace[d]
		k := x - y
		var prevK int
		if k == -d || (k != d && v[offset+k-1] < v[offset+k+1]) {
			prevK = k + 1
		} else {
			prevK = k - 1
		}
		prevX := v[offset+prevK]
		prevY := prevX - prevK
		for x > prevX && y > prevY {
			x--
			y--
			rev = append(rev, Edit{Equal, a[x]})
		}
		if x == prevX {
			y--
			rev = append(rev, Edit{Insert, b[y]})
		} else {
			x--
			rev = append(rev, Edit{Delete, a[x]})
		}
	}
	for x > 0 && y > 0 {
		x--
		y--
		rev = append(rev, Edit{Equal, a[x]})
	}
	out := make([]Edit, len(rev))
	for i, e := range rev {
		out[len(rev)-1-i] = e
	}
	return out
}

func replaceAll(a, b []string) []Edit {
	out := make([]Edit, 0, len(a)+len(b))
	for _, l := range a {
		out = append(out, Edit{Delete, l})
	}
	for _, l := range b {
		out = append(out, Edit{Insert, l})
	}
	return out
}

// Unified returns a unified diff of old and new text with context lines of
// context around each change, headed by "--- oldName" and "+++ newName".
// It returns "" when the texts are equal. A missing final newline on either
// side is marked with "\ No newline at end of file", as diff(1) does.
func Unified(oldName, newName, old, new string, context int) string {
	if old == new {
		return ""
	}
	a, b := Lines(old), Lines(new)
	script := Script(a, b)
	noEOLOld := old != "" && !strings.HasSuffix(old, "\n")
	noEOLNew := new != "" && !strings.HasSuffix(new, "\n")
	if noEOLOld != noEOLNew && len(script) > 0 {
		// The last lines differ only in their terminator: show that as a change.
		last := script[len(script)-1]
		if last.Op == Equal && len(a) > 0 && len(b) > 0 {
			script = append(script[:len(script)-1], Edit{Delete, last.Line}, Edit{Insert, last.Line})
		}
	}

	var sb strings.Builder
	fmt.Fprintf(&sb, "--- %s\n+++ %s\n", oldName, newName)
	// Positions (0-based) of each edit in a and b.
	ai := make([]int, len(script)+1)
	bi := make([]int, len(script)+1)
	for i, e := range script {
		ai[i+1], bi[i+1] = ai[i], bi[i]
		if e.Op != Insert {
			ai[i+1]++
		}
		if e.Op != Delete {
			bi[i+1]++
		}
	}
	for i := 0; i < len(script); {
		if script[i].Op == Equal {
			i++
			continue
		}
		// A hunk starts context lines before the first change and extends
		// while changes are at most 2*context equal lines apart.
		start := max(i-context, 0)
		end := i
		for end < len(script) {
			if script[end].Op != Equal {
				end++
				continue
			}
			run := end
			for run < len(script) && script[run].Op == Equal {
				run++
			}
			if run == len(script) || run-end > 2*context {
				end = min(end+context, run)
				break
			}
			end = run
		}
		oldLen, newLen := ai[end]-ai[start], bi[end]-bi[start]
		fmt.Fprintf(&sb, "@@ -%s +%s @@\n", hunkRange(ai[start], oldLen), hunkRange(bi[start], newLen))
		for j := start; j < end; j++ {
			e := script[j]
			sb.WriteByte(byte(e.Op))
			sb.WriteString(e.Line)
			sb.WriteByte('\n')
			if (e.Op != Insert && ai[j+1] == len(a) && noEOLOld) || (e.Op == Insert && bi[j+1] == len(b) && noEOLNew) {
				if e.Op != Equal || noEOLNew {
					sb.WriteString("\\ No newline at end of file\n")
				}
			}
		}
		i = end
	}
	return sb.String()
}

// hunkRange formats a hunk's "start,length" as diff(1) does: 1-based, the
// length omitted when it is 1, and the start one less when the range is empty.
func hunkRange(start, length int) string {
	switch length {
	case 0:
		return fmt.Sprintf("%d,0", start)
	case 1:
		return fmt.Sprintf("%d", start+1)
	}
	return fmt.Sprintf("%d,%d", start+1, length)
}
