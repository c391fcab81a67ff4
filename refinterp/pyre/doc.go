// Package pyre implements Python's re module semantics (CPython 3.11's
// sre) for the refinterp interpreter. It is value-agnostic: patterns and
// subjects are Go strings and match positions are byte offsets (the
// caller converts them to code-point offsets for Python).
//
// Compile parses a Python pattern with sre_parse's grammar and error
// messages (parse.go) into a node tree (node.go), and lowers the tree to a
// small program (compile.go) run by a backtracking machine (vm.go) that
// tries alternatives in the order sre does, so that spans, groups and
// lastindex are CPython's. The whole syntax is supported: literals and
// escapes, classes, \d \w \s (Unicode, or ASCII with the ASCII flag), . ^
// $ \A \Z \b \B, greedy, lazy and possessive quantifiers, capturing, named
// and non-capturing groups, backreferences (\1, (?P=name)), lookahead
// and fixed-width lookbehind, atomic groups (?>...), conditionals
// (?(1)yes|no), comments, inline and scoped flags, VERBOSE.
//
// The machine keeps choice points and undo records for captures and
// repeat counters on an explicit stack, so deep matches use heap rather
// than Go stack. Like sre, a repeat of a subpattern stops when an
// iteration matches empty, a greedy repeat of a single character is
// matched in one step and gives characters back one at a time (skipping
// places where the following literal cannot match), and lookarounds and
// atomic groups discard their inner choice points. CPython has no limit on
// backtracking; here a match that takes more than StepBudget steps or
// MaxStack stack frames fails with a RuntimeError *Error instead of
// running for hours.
//
// Iteration (FindAll, Split, Sub) uses Python 3.7+ empty-match rules: an
// empty match may follow a non-empty one directly, and after an empty
// match the next match must not be empty at the same position (the
// machine backtracks for a non-empty one there, as sre's must_advance).
// Match at pos > 0 sees the text before pos (for \b, lookbehind and
// MULTILINE ^; ^ and \A match only at 0), and endpos truncates the
// subject.
//
// IGNORECASE follows sre: characters are equal when their lower-case
// forms are, or when those have the same upper case (i, I, İ and ı);
// backreferences compare lower-case forms only.
//
// Known differences: \N{name} escapes are not supported; patterns are str patterns
// (the LOCALE flag and bytes patterns are not supported); in cases where
// sre keeps a capture from a failed branch because it does not restore
// marks, this matcher restores them.
package pyre
