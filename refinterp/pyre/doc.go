// Package pyre implements Python's re module semantics on top of Go's
// regexp package (RE2) for the refinterp interpreter. It is value-agnostic:
// patterns and subjects are Go strings and match positions are byte offsets
// (the caller converts them to code-point offsets for Python).
//
// Compile parses a Python pattern (the syntax of CPython 3.11's sre_parse)
// and translates it into RE2 syntax. Everything RE2 can express with the
// same meaning is supported: literals and escapes (\n, \x41, \u1234,
// \U0001F600, octal), character classes with \d \w \s and their negations,
// ., ^, $, \A, \Z, \b, \B, alternation, greedy and lazy quantifiers
// including {m,n} and {,n}, capturing, named (?P<name>...) and
// non-capturing groups, comments (?#...), inline flags (?aimsx) and scoped
// flags (?i-s:...). Constructs that need backtracking are rejected with an
// *Error saying so: backreferences (\1, (?P=name)), lookahead and
// lookbehind, conditional groups, atomic groups and possessive quantifiers.
// Other syntax errors carry re.error's message and position, e.g.
// "nothing to repeat at position 0".
//
// Semantics follow Python where RE2 differs:
//
//   - \d, \w and \s are Unicode-aware as in Python (ASCII-only with the
//     ASCII flag); . excludes only \n; ^ and $ follow MULTILINE.
//   - $ without MULTILINE matches at the end and before a final newline.
//     RE2 has no lookahead, so Match tries (?m:$) and checks where each $
//     matched; when a $ matched at an earlier newline it falls back to
//     matching the text without its final newline and with it, preferring
//     the longer match when both start at the same place. This is exact
//     unless a pattern both needs $ at that spot and has a competing,
//     higher-priority path through an interior newline.
//   - Match at pos > 0 sees the character before pos (for \b and
//     MULTILINE ^) and endpos truncates the subject, as in Python.
//   - Iteration (FindAll, Split, Sub) uses Python 3.7+ empty-match rules:
//     an empty match may follow a non-empty one directly, and after an
//     empty match the next match must not be empty at the same position.
//     For "the best non-empty match here", which RE2 cannot ask for, the
//     pattern's syntax tree is rewritten to keep only its non-empty paths
//     in the same priority order (see nonempty.go).
//
// Known differences: \b and \B use ASCII word characters (RE2 has no
// Unicode word boundary); a repeated subpattern that can match empty, as
// in (a|b?)*, stops at an empty iteration in Python but looks for a
// non-empty one in RE2, so spans and group values may differ;
// IGNORECASE uses Unicode simple case folding even with the ASCII flag;
// repetition counts above 1000 are rejected (RE2's limit); \N{name}
// escapes are not supported; patterns are str patterns (the LOCALE flag
// and bytes patterns are not supported).
package pyre
