package syntax

import (
	"bytes"
	"strconv"
	"strings"
)

// Parse modes.
const (
	modeFile = iota
	modeEval
	modeInteractive
)

// MaxNesting bounds the nesting of brackets, unary operators, lambdas,
// conditional expressions and blocks (a "too many nested expressions" error
// beyond it), so that hostile input cannot exhaust a small stack. Each level
// costs roughly 1 KiB of stack; firmware with a small stack may lower it.
var MaxNesting = 200

// ParseFile parses a module.
func ParseFile(filename string, src []byte) (mod *Module, err error) {
	defer internalError(filename, &err)
	p := newParser(filename, src, modeFile)
	if p.err == nil {
		mod = p.parseModule()
	}
	if p.finish() != nil {
		return nil, p.err
	}
	return mod, nil
}

// finish settles the error to report, in CPython's order: a tokenizer error
// anywhere in the source beats a parser error (CPython tokenizes the rest of
// the file after a parse failure), and any syntax error beats the errors
// CPython finds only while compiling.
func (p *parser) finish() *Error {
	if p.err != nil && !p.scanErr {
		saved := p.err
		p.err = nil
		p.sc = &p.main
		sc := &p.main
		sc.dedents = 0
		for n := 0; p.err == nil; n++ {
			sc.next()
			if sc.tok.kind == tEOF && (sc.ended || p.err != nil) || n > len(p.src)+1000 {
				break
			}
		}
		if p.err == nil || !p.scanErr {
			p.err = saved
		} else if strings.HasSuffix(p.err.Msg, "was never closed") && p.errTokLine <= int32(p.err.Line) {
			// CPython reports an unclosed bracket instead only when the
			// parser had got past the bracket's line.
			p.err = saved
		}
	}
	if p.err == nil && p.semErr != nil {
		p.err = p.semErr
	}
	return p.err
}

// semantic records an error that CPython reports from its compiler or
// symbol table rather than its parser; it is reported only if the whole
// input parses.
func (p *parser) semantic(pos, end Pos, msg string) {
	if p.semErr != nil || p.err != nil {
		return
	}
	e := &Error{Filename: p.filename, Line: int(pos.Line), Col: int(pos.Col), Msg: msg, Kind: KindSyntax}
	if end.IsValid() {
		e.EndLine, e.EndCol = int(end.Line), int(end.Col)
	}
	e.Text = p.lineText(pos.Line)
	p.semErr = e
}

func (p *parser) semanticNode(n Node, msg string) {
	s, e := n.Span()
	p.semantic(s, e, msg)
}

// ParseExpr parses the source of an eval() call: one expression list
// (star_expressions), surrounded by optional whitespace and newlines.
func ParseExpr(filename string, src []byte) (_ Expr, err error) {
	defer internalError(filename, &err)
	p := newParser(filename, src, modeEval)
	var e Expr
	if p.err == nil {
		e = p.parseEvalInput()
	}
	if p.finish() != nil {
		return nil, p.err
	}
	return e, nil
}

// ParseInteractive parses one unit of REPL input: the lines typed so far,
// each with its terminating newline. If the input is not yet complete — an
// open bracket, an unterminated triple-quoted string, a trailing backslash,
// a decorator without its definition, or a compound statement whose block
// has not been ended by an empty line — it returns an *Error for which
// errors.Is(err, ErrIncomplete) holds (Msg "incomplete input"); the REPL
// should read another line and call again with the extended input. This
// follows CPython's codeop, where a source without the final newline
// corresponds to this function's source without the final empty line.
func ParseInteractive(filename string, src []byte) (_ *Module, err error) {
	defer internalError(filename, &err)
	p := newParser(filename, src, modeInteractive)
	var mod *Module
	if p.err == nil {
		mod = p.parseModule()
	}
	if p.finish() != nil {
		if p.err.Incomplete {
			p.err.Msg = "incomplete input"
		}
		return nil, p.err
	}
	// A compound statement stays open until an empty line is entered.
	if n := len(mod.Body); n > 0 && isCompound(mod.Body[n-1]) && !endsWithBlankLine(p.src) {
		return nil, &Error{Filename: filename, Line: int(p.sc.line), Col: 1, Msg: "incomplete input", Kind: KindSyntax, Incomplete: true}
	}
	return mod, nil
}

// internalError turns a panic (a bug: the fuzz tests look for them) into a
// SyntaxError rather than crashing the interpreter. The parser does not
// panic by design; this is only a safety net (and a no-op where recover is
// unsupported, as on some TinyGo targets).
func internalError(filename string, err *error) {
	if r := recover(); r != nil {
		*err = &Error{Filename: filename, Line: 1, Col: 1, Kind: KindSyntax, Msg: "internal parser error"}
	}
}

// ErrorAt builds an *Error for a later phase (the resolver or compiler)
// with the same fields the parser fills in, including the source line.
func ErrorAt(filename string, src []byte, pos Pos, msg string) *Error {
	e := &Error{Filename: filename, Line: int(pos.Line), Col: int(pos.Col), Msg: msg, Kind: KindSyntax}
	line := int32(1)
	start := 0
	for i := 0; i < len(src) && line < pos.Line; i++ {
		if src[i] == '\n' {
			line++
			start = i + 1
		}
	}
	if line == pos.Line {
		end := start
		for end < len(src) && src[end] != '\n' && src[end] != '\r' {
			end++
		}
		e.Text = string(src[start:end])
	}
	return e
}

func isCompound(s Stmt) bool {
	switch s.(type) {
	case *FunctionDef, *ClassDef, *For, *While, *If, *With, *Try, *Match:
		return true
	}
	return false
}

// endsWithBlankLine reports whether the last line typed is empty; as in
// codeop, a line of spaces does not end a block.
func endsWithBlankLine(src []byte) bool {
	n := len(src)
	return n == 1 && src[0] == '\n' || n >= 2 && src[n-1] == '\n' && src[n-2] == '\n'
}

// funcState describes the innermost enclosing function, class or module.
type funcState struct {
	kind    uint8 // scopeModule, scopeFunction, scopeClass, scopeLambda
	isAsync bool
	loops   int // enclosing loops within this function
}

const (
	scopeModule = iota
	scopeFunction
	scopeClass
	scopeLambda
)

// parser is a recursive-descent parser for Python 3.11. It stops at the
// first error (p.err); from then on the scanner yields only tEOF, so every
// loop terminates.
type parser struct {
	filename string
	src      []byte
	mode     int
	sc       *scanner
	main     scanner
	err      *Error
	names    map[string]string // interned identifiers
	fn       funcState
	comp     string // innermost comprehension kind ("list comprehension"...), "" if none
	depth    int
	fdepth   int // f-string nesting
	lines    []int32
	semErr   *Error // first compiler-level error, reported if parsing succeeds
	semAwait bool   // semErr is an await error (may become an async comprehension error)
	scanErr  bool   // p.err came from the scanner
	// errTokLine is the line of the token the parser had reached when it
	// reported p.err.
	errTokLine int32
	lastEnd    Pos
	fscanners  []*scanner // f-string expression scanners, one per nesting level
	nameSlab   slab[Name]
	// matchFurthest is where a failed match-statement trial stopped.
	matchFurthest Pos
	constSlab     slab[Constant]
	pastFuture    bool // a statement other than a docstring or future import has been seen
}

func newParser(filename string, src []byte, mode int) *parser {
	p := &parser{filename: filename, mode: mode, names: make(map[string]string)}
	// Normalise line endings; drop a UTF-8 BOM.
	if bytes.IndexByte(src, '\r') >= 0 {
		out := make([]byte, 0, len(src))
		for i := 0; i < len(src); i++ {
			if src[i] == '\r' {
				out = append(out, '\n')
				if i+1 < len(src) && src[i+1] == '\n' {
					i++
				}
				continue
			}
			out = append(out, src[i])
		}
		src = out
	}
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		src = src[3:]
	} else if enc := codingSpec(src); enc != "" {
		switch normEncoding(enc) {
		case "utf-8", "utf8":
		case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1", "iso-latin-1", "8859", "cp819", "latin":
			src = latin1ToUTF8(src, nil)
		case "cp1252", "windows-1252":
			src = latin1ToUTF8(src, &cp1252)
		case "ascii", "us-ascii", "646":
			// Non-ASCII bytes fail the UTF-8 check below or decode as UTF-8;
			// CPython would reject the latter too, with a different message.
		default:
			p.src = src
			p.sc = &p.main
			p.main.init(p, src, 0, len(src), 1, 0)
			p.errorAt(KindSyntax, Pos{1, 1}, Pos{}, "unknown encoding: "+enc)
			p.scanErr = true
			return p
		}
	}
	p.src = src
	p.sc = &p.main
	p.main.init(p, src, 0, len(src), 1, 0)
	p.lines = p.main.lines
	if i := bytes.IndexByte(src, 0); i >= 0 {
		p.errorAt(KindSyntax, Pos{1, 1}, Pos{}, "source code cannot contain null bytes")
		p.scanErr = true
		return p
	}
	if !validUTF8(src) {
		p.badUTF8()
		return p
	}
	p.next()
	return p
}

func (p *parser) next() {
	switch p.sc.tok.kind {
	case tNEWLINE, tINDENT, tDEDENT, tEOF:
	default:
		p.lastEnd = p.sc.tok.end
	}
	p.sc.next()
	if !p.sc.fmode {
		p.lines = p.main.lines
	}
}

func (p *parser) tok() token { return p.sc.tok.kind }

func (p *parser) pos() Pos { return p.sc.tok.pos }

// end is the end position of the last consumed token other than NEWLINE,
// INDENT and DEDENT: the end of the last node parsed.
func (p *parser) end() Pos { return p.lastEnd }

func (p *parser) got(t token) bool {
	if p.sc.tok.kind == t {
		p.next()
		return true
	}
	return false
}

// lineText returns the source text of a line.
func (p *parser) lineText(line int32) string {
	lines := p.main.lines
	if line < 1 || int(line) > len(lines) {
		return ""
	}
	start := int(lines[line-1])
	end := start
	for end < len(p.src) && p.src[end] != '\n' {
		end++
	}
	if start > len(p.src) {
		return ""
	}
	return string(p.src[start:end])
}

// errorAt records the first error.
func (p *parser) errorAt(kind string, pos, end Pos, msg string) {
	if p.err != nil {
		return
	}
	e := &Error{Filename: p.filename, Line: int(pos.Line), Col: int(pos.Col), Msg: msg, Kind: kind}
	if end.IsValid() {
		e.EndLine, e.EndCol = int(end.Line), int(end.Col)
	}
	e.Text = p.lineText(pos.Line)
	p.err = e
	p.errTokLine = p.sc.tok.pos.Line
	// Stop the scanner.
	p.sc.tok = tokInfo{kind: tEOF, pos: pos, end: pos}
	if p.sc != &p.main {
		p.main.tok = p.sc.tok
	}
}

func (p *parser) syntaxError(pos, end Pos, msg string) { p.errorAt(KindSyntax, pos, end, msg) }

func (p *parser) nodeError(n Node, msg string) {
	s, e := n.Span()
	p.syntaxError(s, e, msg)
}

// invalid reports "invalid syntax" at the current token; at the end of
// input in interactive mode the error means "need more input".
func (p *parser) invalid() {
	if p.err != nil {
		return
	}
	t := p.sc.tok
	p.syntaxError(t.pos, t.end, "invalid syntax")
	if t.kind == tEOF || t.kind == tDEDENT && p.sc.ended {
		p.err.Incomplete = true
	}
}

func (p *parser) expect(t token) {
	if !p.got(t) {
		p.invalid()
	}
}

// expectColon consumes the ':' of a compound statement header. CPython
// says "expected ':'" when the header is followed by a newline, and also
// whatever follows for the headers whose grammar forces the colon (def,
// try, else, finally); otherwise it is plain invalid syntax.
func (p *parser) expectColon() { p.colon(false) }

func (p *parser) expectForcedColon() { p.colon(true) }

func (p *parser) colon(forced bool) {
	if p.got(tCOLON) {
		return
	}
	if p.err == nil {
		if forced || p.tok() == tNEWLINE {
			p.syntaxError(p.pos(), p.sc.tok.end, "expected ':'")
		} else {
			p.invalid()
		}
	}
}

func (p *parser) intern(b []byte) string {
	for _, c := range b {
		if c >= 0x80 {
			b = nfkcIdent(b)
			break
		}
	}
	if s, ok := p.names[string(b)]; ok {
		return s
	}
	s := string(b)
	p.names[s] = s
	return s
}

func (p *parser) tokText() []byte { return p.src[p.sc.tok.off:p.sc.tok.eof] }

// ident consumes a NAME and returns it, or reports invalid syntax.
func (p *parser) ident() string {
	if p.tok() != tNAME {
		p.invalid()
		return ""
	}
	s := p.intern(p.tokText())
	p.next()
	return s
}

func (p *parser) enter() bool {
	p.depth++
	if p.depth > MaxNesting {
		if p.err == nil {
			p.syntaxError(p.pos(), Pos{}, "too many nested expressions")
		}
		return false
	}
	return true
}

func (p *parser) leave() { p.depth-- }

// --------------------------------------------------------------- statements

func (p *parser) parseModule() *Module {
	m := &Module{}
	m.Pos = Pos{1, 1}
	for p.tok() != tEOF && p.err == nil {
		if p.tok() == tNEWLINE {
			p.next()
			continue
		}
		n := len(m.Body)
		m.Body = p.parseStatement(m.Body)
		if p.err == nil {
			p.checkFuture(m.Body, n)
		}
	}
	m.End = p.pos()
	return m
}

// futureFeatures are the names "from __future__ import" accepts.
var futureFeatures = [...]string{"nested_scopes", "generators", "division", "absolute_import",
	"with_statement", "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations"}

// checkFuture applies the compiler's rules to the module-level statements
// body[from:]: future imports only at the top (after an optional docstring),
// and only of known features.
func (p *parser) checkFuture(body []Stmt, from int) {
	for i := from; i < len(body); i++ {
		s := body[i]
		if f, ok := s.(*ImportFrom); ok && f.Module == "__future__" && f.Level == 0 {
			if p.pastFuture {
				p.semanticNode(f, "from __future__ imports must occur at the beginning of the file")
				continue
			}
			for _, a := range f.Names {
				known := false
				for _, k := range futureFeatures {
					if a.Name == k {
						known = true
					}
				}
				if a.Name == "braces" {
					p.semanticNode(f, "not a chance")
				} else if !known {
					p.semanticNode(a, "future feature "+a.Name+" is not defined")
				}
			}
			continue
		}
		if e, ok := s.(*ExprStmt); ok && i == 0 {
			if c, ok := e.Value.(*Constant); ok && c.Kind == ConstStr {
				continue // docstring
			}
		}
		p.pastFuture = true
	}
}

// parseEvalInput parses eval() input: star_expressions and blank lines.
func (p *parser) parseEvalInput() Expr {
	for p.tok() == tNEWLINE {
		p.next()
	}
	if p.tok() == tINDENT {
		p.errorAt(KindIndentation, p.pos(), Pos{}, "unexpected indent")
		return nil
	}
	// eval input is "expressions": no starred items.
	start := p.pos()
	e := p.parseExpr()
	if p.tok() == tCOMMA {
		elts := []Expr{e}
		for p.got(tCOMMA) && p.startsExpr() {
			elts = append(elts, p.parseExpr())
		}
		t := &Tuple{Elts: elts}
		t.Pos, t.End = start, p.end()
		e = t
	}
	for p.tok() == tNEWLINE {
		p.next()
	}
	if p.tok() != tEOF {
		p.invalid()
	}
	return e
}

// parseStatement parses one statement line (a compound statement or a
// semicolon-separated list of simple statements) and appends it to list.
func (p *parser) parseStatement(list []Stmt) []Stmt {
	switch p.tok() {
	case tINDENT:
		pe := p.sc.tok.end
		if pe.Col > 1 {
			pe.Col--
		}
		p.errorAt(KindIndentation, pe, Pos{}, "unexpected indent")
		return list
	case tDEDENT:
		p.invalid()
		return list
	case kDef, kClass, kIf, kWhile, kFor, kTry, kWith, tAT:
		return append(list, p.parseCompound())
	case kAsync:
		return append(list, p.parseCompound())
	case tNAME:
		if p.isSoftKeyword("match") {
			s, missingColon := p.tryMatch()
			if s != nil {
				return append(list, s)
			}
			if p.err != nil {
				return list
			}
			if f := p.matchFurthest; f.IsValid() {
				p.matchFurthest = Pos{}
				list = p.parseSimpleStatements(list)
				if p.err != nil && !p.scanErr && p.err.Msg == "invalid syntax" {
					p.err = nil
					p.syntaxError(f, Pos{}, "invalid syntax")
				}
				return list
			}
			if missingColon.IsValid() {
				list = p.parseSimpleStatements(list)
				if p.err != nil && !p.scanErr {
					p.err = nil
					p.syntaxError(missingColon, Pos{}, "expected ':'")
				}
				return list
			}
		}
	}
	return p.parseSimpleStatements(list)
}

// parseSimpleStatements parses simple statements separated by ';' up to the
// end of the line.
func (p *parser) parseSimpleStatements(list []Stmt) []Stmt {
	for {
		s := p.parseSimple()
		if s != nil {
			list = append(list, s)
		}
		if p.err != nil {
			return list
		}
		if p.got(tSEMI) {
			if p.tok() == tNEWLINE || p.tok() == tEOF {
				break
			}
			continue
		}
		break
	}
	if !p.got(tNEWLINE) {
		p.invalid()
	}
	return list
}

// parseBlock parses the suite after a compound statement header's colon.
// what describes the header for the IndentationError message.
func (p *parser) parseBlock(what string, line int32) []Stmt {
	if p.err != nil {
		return nil
	}
	if p.tok() != tNEWLINE {
		// Simple statements on the same line.
		var list []Stmt
		for {
			s := p.parseSimple()
			if s != nil {
				list = append(list, s)
			}
			if p.err != nil {
				return list
			}
			if p.got(tSEMI) {
				if p.tok() == tNEWLINE || p.tok() == tEOF {
					break
				}
				continue
			}
			break
		}
		if !p.got(tNEWLINE) {
			p.invalid()
		}
		return list
	}
	p.next()
	if p.tok() != tINDENT {
		if p.err == nil {
			pos := p.pos()
			end := p.sc.tok.end
			if p.tok() == tEOF || p.tok() == tDEDENT {
				// CPython points after the colon of the header.
				pos, end = p.sc.prev.pos, Pos{}
			}
			p.errorAt(KindIndentation, pos, end, "expected an indented block after "+what+" on line "+strconv.Itoa(int(line)))
			if p.tok() == tEOF || p.sc.ended || p.tok() == tDEDENT && p.sc.i >= len(p.src) {
				p.err.Incomplete = true
			}
		}
		return nil
	}
	if !p.enter() {
		return nil
	}
	p.next()
	var list []Stmt
	for p.tok() != tDEDENT && p.tok() != tEOF && p.err == nil {
		list = p.parseStatement(list)
	}
	p.got(tDEDENT)
	p.leave()
	return list
}

func (p *parser) parseCompound() Stmt {
	start := p.pos()
	switch p.tok() {
	case tAT:
		var decos []Expr
		for p.got(tAT) {
			decos = append(decos, p.parseNamedExpr())
			if !p.got(tNEWLINE) {
				p.invalid()
				return nil
			}
		}
		var s Stmt
		start = p.pos()
		switch p.tok() {
		case kDef:
			s = p.parseFuncDef(start, false)
		case kAsync:
			p.next()
			if p.tok() != kDef {
				p.invalid()
				return nil
			}
			s = p.parseFuncDef(start, true)
		case kClass:
			s = p.parseClassDef(start)
		default:
			p.invalid()
			return nil
		}
		switch s := s.(type) {
		case *FunctionDef:
			s.Decorators = decos
		case *ClassDef:
			s.Decorators = decos
		}
		return s
	case kDef:
		return p.parseFuncDef(start, false)
	case kClass:
		return p.parseClassDef(start)
	case kIf:
		return p.parseIf()
	case kWhile:
		return p.parseWhile()
	case kFor:
		return p.parseFor(start, false)
	case kTry:
		return p.parseTry()
	case kWith:
		return p.parseWith(start, false)
	case kAsync:
		p.next()
		switch p.tok() {
		case kDef:
			return p.parseFuncDef(start, true)
		case kFor:
			if !p.fn.isAsync {
				defer p.asyncCheck(start, "'async for' outside async function")
			}
			return p.parseFor(start, true)
		case kWith:
			if !p.fn.isAsync {
				defer p.asyncCheck(start, "'async with' outside async function")
			}
			return p.parseWith(start, true)
		}
		p.invalid()
	}
	return nil
}

// asyncCheck reports an async statement outside an async function once the
// statement has parsed (CPython finds this in the compiler, after parsing).
func (p *parser) asyncCheck(start Pos, msg string) {
	p.semantic(start, p.end(), msg)
}

func (p *parser) parseFuncDef(start Pos, isAsync bool) Stmt {
	line := p.pos().Line
	p.next() // def
	name := p.ident()
	if p.err != nil {
		return nil
	}
	p.expect(tLPAREN)
	args := p.parseParams(tRPAREN, true)
	p.expect(tRPAREN)
	var ret Expr
	if p.got(tARROW) {
		ret = p.parseExpr()
	}
	p.expectForcedColon()
	saved, savedComp := p.fn, p.comp
	p.fn = funcState{kind: scopeFunction, isAsync: isAsync}
	p.comp = ""
	body := p.parseBlock("function definition", line)
	p.fn, p.comp = saved, savedComp
	f := &FunctionDef{Name: name, Args: args, Body: body, Returns: ret, IsAsync: isAsync}
	f.Pos, f.End = start, p.end()
	return f
}

func (p *parser) parseClassDef(start Pos) Stmt {
	line := p.pos().Line
	p.next() // class
	name := p.ident()
	c := &ClassDef{Name: name}
	if p.got(tLPAREN) {
		c.Bases, c.Keywords = p.parseCallArgs(false, Pos{})
		p.expect(tRPAREN)
	}
	p.expectColon()
	saved, savedComp := p.fn, p.comp
	p.fn = funcState{kind: scopeClass}
	p.comp = ""
	c.Body = p.parseBlock("class definition", line)
	p.fn, p.comp = saved, savedComp
	c.Pos, c.End = start, p.end()
	return c
}

func (p *parser) parseIf() Stmt {
	start := p.pos()
	kw := "if"
	if p.tok() == kElif {
		kw = "elif"
	}
	line := start.Line
	p.next()
	s := &If{Test: p.parseNamedExpr()}
	p.expectColon()
	s.Body = p.parseBlock("'"+kw+"' statement", line)
	switch p.tok() {
	case kElif:
		s.Orelse = []Stmt{p.parseIf()}
	case kElse:
		eline := p.pos().Line
		p.next()
		p.expectForcedColon()
		s.Orelse = p.parseBlock("'else' statement", eline)
	}
	s.Pos, s.End = start, p.end()
	return s
}

// loopBody parses a loop body with the loop depth incremented.
func (p *parser) loopBody(what string, line int32) []Stmt {
	p.fn.loops++
	body := p.parseBlock(what, line)
	p.fn.loops--
	return body
}

func (p *parser) parseWhile() Stmt {
	start := p.pos()
	p.next()
	s := &While{Test: p.parseNamedExpr()}
	p.expectColon()
	s.Body = p.loopBody("'while' statement", start.Line)
	if p.tok() == kElse {
		eline := p.pos().Line
		p.next()
		p.expectForcedColon()
		s.Orelse = p.parseBlock("'else' statement", eline)
	}
	s.Pos, s.End = start, p.end()
	return s
}

func (p *parser) parseFor(start Pos, isAsync bool) Stmt {
	line := p.pos().Line
	p.next() // for
	s := &For{IsAsync: isAsync}
	s.Target = p.parseTargetList()
	p.setContext(s.Target, Store)
	p.expect(kIn)
	s.Iter = p.parseStarExprs()
	if st, ok := s.Iter.(*Starred); ok {
		p.semanticNode(st, "can't use starred expression here")
	}
	p.expectColon()
	s.Body = p.loopBody("'for' statement", line)
	if p.tok() == kElse {
		eline := p.pos().Line
		p.next()
		p.expectForcedColon()
		s.Orelse = p.parseBlock("'else' statement", eline)
	}
	s.Pos, s.End = start, p.end()
	return s
}

// parseTargetList parses star_targets for a for loop or comprehension:
// expressions up to (not including) 'in'.
func (p *parser) parseTargetList() Expr {
	start := p.pos()
	first := p.parseStarTarget()
	if p.tok() != tCOMMA {
		if st, ok := first.(*Starred); ok && p.err == nil {
			p.nodeError(st, "starred assignment target must be in a list or tuple")
		}
		return first
	}
	elts := []Expr{first}
	for p.got(tCOMMA) {
		if p.tok() == kIn || p.tok() == tEQ {
			break
		}
		elts = append(elts, p.parseStarTarget())
	}
	t := &Tuple{Elts: elts}
	t.Pos, t.End = start, p.end()
	return t
}

func (p *parser) parseStarTarget() Expr {
	if p.tok() == tSTAR {
		start := p.pos()
		p.next()
		s := &Starred{Value: p.parseBitOr()}
		s.Pos, s.End = start, p.end()
		return s
	}
	return p.parseBitOr()
}

func (p *parser) parseTry() Stmt {
	start := p.pos()
	p.next()
	p.expectForcedColon()
	s := &Try{}
	s.Body = p.parseBlock("'try' statement", start.Line)
	sawBare := false
	for p.tok() == kExcept && p.err == nil {
		hstart := p.pos()
		p.next()
		h := &ExceptHandler{}
		star := false
		if p.tok() == tSTAR {
			star = true
			p.next()
		}
		if len(s.Handlers) == 0 {
			s.IsStar = star
		} else if star != s.IsStar {
			p.syntaxError(hstart, Pos{}, "cannot have both 'except' and 'except*' on the same 'try'")
			return nil
		}
		if sawBare {
			bare := s.Handlers[len(s.Handlers)-1]
			p.syntaxError(bare.Pos, bare.End, "default 'except:' must be last")
			return nil
		}
		what := "'except' statement"
		if star {
			what = "'except*' statement"
		}
		if p.tok() != tCOLON {
			h.Type = p.parseExpr()
			if p.tok() == tCOMMA {
				// "except A, B:" — Python 2 syntax.
				tstart, _ := h.Type.Span()
				for p.got(tCOMMA) {
					p.parseExpr()
				}
				if p.err == nil {
					p.syntaxError(tstart, p.end(), "multiple exception types must be parenthesized")
				}
				return nil
			}
			if p.got(kAs) {
				h.Name = p.ident()
			}
		} else if star {
			p.syntaxError(p.pos(), Pos{}, "expected one or more exception types")
			return nil
		} else {
			sawBare = true
		}
		p.expectColon()
		h.Body = p.parseBlock(what, hstart.Line)
		h.Pos, h.End = hstart, p.end()
		s.Handlers = append(s.Handlers, h)
	}
	if p.tok() == kElse && len(s.Handlers) > 0 {
		eline := p.pos().Line
		p.next()
		p.expectForcedColon()
		s.Orelse = p.parseBlock("'else' statement", eline)
	}
	if p.tok() == kFinally {
		fline := p.pos().Line
		p.next()
		p.expectForcedColon()
		s.Finalbody = p.parseBlock("'finally' statement", fline)
	}
	if len(s.Handlers) == 0 && s.Finalbody == nil && p.err == nil {
		p.syntaxError(p.pos(), p.sc.tok.end, "expected 'except' or 'finally' block")
		if p.tok() == tEOF {
			p.err.Incomplete = true
		}
		return nil
	}
	s.Pos, s.End = start, p.end()
	return s
}

func (p *parser) parseWith(start Pos, isAsync bool) Stmt {
	line := p.pos().Line
	p.next() // with
	s := &With{IsAsync: isAsync}
	if p.tok() == tLPAREN && p.parenthesizedWithItems() {
		s.Items = p.parseParenWithItems()
	} else {
		for {
			s.Items = append(s.Items, p.parseWithItem())
			if !p.got(tCOMMA) || p.err != nil {
				break
			}
		}
	}
	p.expectColon()
	s.Body = p.parseBlock("'with' statement", line)
	s.Pos, s.End = start, p.end()
	return s
}

// parseParenWithItems parses "(item, item as x, ...)" followed by ':'. As in
// CPython's grammar, if some element cannot be a with item (a walrus, a
// yield, a starred expression), the parentheses are an ordinary expression.
func (p *parser) parseParenWithItems() []*WithItem {
	open := p.pos()
	p.next()
	var items []*WithItem
	plain := true // no element is anything but a bare expression [as target]
	sawAs := false
	trailing := false
	for p.tok() != tRPAREN && p.err == nil {
		istart := p.pos()
		var e Expr
		switch p.tok() {
		case kYield:
			e = p.parseYield()
			plain = false
		case tSTAR:
			e = p.parseStarNamedExpr()
			plain = false
		default:
			e = p.parseNamedExpr()
			if _, ok := e.(*NamedExpr); ok {
				plain = false
			}
		}
		it := &WithItem{ContextExpr: e}
		if p.got(kAs) {
			sawAs = true
			it.OptionalVars = p.parseStarTarget()
			p.setContext(it.OptionalVars, Store)
		}
		it.Pos, it.End = istart, p.end()
		items = append(items, it)
		trailing = false
		if !p.got(tCOMMA) {
			break
		}
		trailing = true
	}
	p.expect(tRPAREN)
	if p.err != nil || plain || sawAs {
		if !plain && sawAs && p.err == nil {
			p.invalid()
		}
		return items
	}
	// An expression in parentheses: a group or a tuple.
	var e Expr
	if len(items) == 1 && !trailing {
		e = items[0].ContextExpr
	} else {
		t := &Tuple{}
		for _, it := range items {
			t.Elts = append(t.Elts, it.ContextExpr)
		}
		t.Pos, t.End = open, p.end()
		e = t
	}
	it := &WithItem{ContextExpr: e}
	it.Pos, it.End = open, p.end()
	return []*WithItem{it}
}

// parenthesizedWithItems reports whether the '(' after "with" opens a
// parenthesised list of with-items (3.9+) rather than an expression: true
// when the matching ')' is directly followed by ':'.
func (p *parser) parenthesizedWithItems() bool {
	src := p.src
	depth := 0
	i := int(p.sc.tok.off)
	for ; i < len(src); i++ {
		switch c := src[i]; c {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
			if depth == 0 {
				i++
				for i < len(src) && (src[i] == ' ' || src[i] == '\t' || src[i] == '\\' || src[i] == '\n' && false) {
					i++
				}
				return i < len(src) && src[i] == ':' && (i+1 >= len(src) || src[i+1] != '=')
			}
		case '#':
			for i < len(src) && src[i] != '\n' {
				i++
			}
		case '"', '\'':
			// Skip a string literal (possibly triple-quoted).
			q := c
			if i+2 < len(src) && src[i+1] == q && src[i+2] == q {
				i += 3
				for i < len(src) && !(src[i] == q && i+2 < len(src) && src[i+1] == q && src[i+2] == q) {
					if src[i] == '\\' {
						i++
					}
					i++
				}
				i += 2
			} else {
				i++
				for i < len(src) && src[i] != q && src[i] != '\n' {
					if src[i] == '\\' {
						i++
					}
					i++
				}
			}
		}
	}
	return false
}

func (p *parser) parseWithItem() *WithItem {
	start := p.pos()
	it := &WithItem{ContextExpr: p.parseExpr()}
	if p.got(kAs) {
		it.OptionalVars = p.parseStarTargetsAs()
		p.setContext(it.OptionalVars, Store)
	}
	it.Pos, it.End = start, p.end()
	return it
}

// parseStarTargetsAs parses the target after "as" in a with item.
func (p *parser) parseStarTargetsAs() Expr {
	return p.parseStarTarget()
}

// parseSimple parses one simple statement.
func (p *parser) parseSimple() Stmt {
	start := p.pos()
	var s Stmt
	switch p.tok() {
	case kPass:
		p.next()
		n := &Pass{}
		n.Pos, n.End = start, p.end()
		return n
	case kBreak, kContinue:
		t := p.tok()
		p.next()
		if p.fn.loops == 0 {
			if t == kBreak {
				p.semantic(start, p.end(), "'break' outside loop")
			} else {
				p.semantic(start, p.end(), "'continue' not properly in loop")
			}
		}
		if t == kBreak {
			n := &Break{}
			n.Pos, n.End = start, p.end()
			return n
		}
		n := &Continue{}
		n.Pos, n.End = start, p.end()
		return n
	case kReturn:
		p.next()
		n := &Return{}
		if !p.atStmtEnd() {
			n.Value = p.parseStarExprs()
		}
		n.Pos, n.End = start, p.end()
		if p.fn.kind != scopeFunction {
			p.semantic(start, p.end(), "'return' outside function")
		} else if st, ok := n.Value.(*Starred); ok {
			p.semanticNode(st, "can't use starred expression here")
		}
		return n
	case kRaise:
		p.next()
		n := &Raise{}
		if !p.atStmtEnd() {
			n.Exc = p.parseExpr()
			if p.got(kFrom) {
				n.Cause = p.parseExpr()
			}
		}
		n.Pos, n.End = start, p.end()
		return n
	case kGlobal, kNonlocal:
		t := p.tok()
		p.next()
		var names []string
		for {
			names = append(names, p.ident())
			if !p.got(tCOMMA) || p.err != nil {
				break
			}
		}
		if t == kGlobal {
			n := &Global{Names: names}
			n.Pos, n.End = start, p.end()
			return n
		}
		n := &Nonlocal{Names: names}
		n.Pos, n.End = start, p.end()
		if p.fn.kind == scopeModule {
			p.semantic(start, p.end(), "nonlocal declaration not allowed at module level")
		}
		return n
	case kDel:
		p.next()
		n := &Delete{}
		for !p.atStmtEnd() && p.err == nil {
			t := p.parseBitOrTarget()
			p.setContext(t, Del)
			n.Targets = append(n.Targets, t)
			if !p.got(tCOMMA) {
				break
			}
		}
		if len(n.Targets) == 0 {
			p.invalid()
		}
		n.Pos, n.End = start, p.end()
		return n
	case kAssert:
		p.next()
		n := &Assert{Test: p.parseExpr()}
		if p.got(tCOMMA) {
			n.Msg = p.parseExpr()
		}
		n.Pos, n.End = start, p.end()
		return n
	case kImport:
		return p.parseImport()
	case kFrom:
		return p.parseFromImport()
	}
	s = p.parseExprStmt()
	return s
}

// parseBitOrTarget parses one del target: a primary or a parenthesised/bracketed target list.
func (p *parser) parseBitOrTarget() Expr {
	if p.tok() == tSTAR {
		start := p.pos()
		p.next()
		v := p.parseBitOr()
		st := &Starred{Value: v}
		st.Pos, st.End = start, p.end()
		return st
	}
	return p.parseBitOr()
}

func (p *parser) atStmtEnd() bool {
	switch p.tok() {
	case tNEWLINE, tSEMI, tEOF:
		return true
	}
	return false
}

func (p *parser) parseImport() Stmt {
	start := p.pos()
	p.next()
	n := &Import{}
	for {
		a := &Alias{}
		a.Pos = p.pos()
		a.Name = p.dottedName()
		if p.got(kAs) {
			a.AsName = p.ident()
		}
		a.End = p.end()
		n.Names = append(n.Names, a)
		if !p.got(tCOMMA) || p.err != nil {
			break
		}
	}
	n.Pos, n.End = start, p.end()
	return n
}

func (p *parser) dottedName() string {
	if p.tok() != tNAME {
		p.invalid()
		return ""
	}
	startOff := p.sc.tok.off
	simple := true
	p.next()
	for p.tok() == tDOT && p.err == nil {
		p.next()
		if p.tok() != tNAME {
			p.invalid()
			return ""
		}
		simple = false
		p.next()
	}
	if simple {
		return p.intern(p.src[startOff:p.sc.prev.eof])
	}
	// Rebuild without whitespace between the parts.
	var b []byte
	for _, c := range p.src[startOff:p.sc.prev.eof] {
		if c != ' ' && c != '\t' && c != '\\' && c != '\n' && c != '\f' {
			b = append(b, c)
		}
	}
	return p.intern(b)
}

func (p *parser) parseFromImport() Stmt {
	start := p.pos()
	p.next()
	n := &ImportFrom{}
	for p.tok() == tDOT || p.tok() == tELLIPSIS {
		if p.tok() == tDOT {
			n.Level++
		} else {
			n.Level += 3
		}
		p.next()
	}
	if p.tok() != kImport || n.Level == 0 {
		n.Module = p.dottedName()
	}
	p.expect(kImport)
	if p.err != nil {
		return nil
	}
	if p.tok() == tSTAR {
		a := &Alias{Name: "*"}
		a.Pos = p.pos()
		p.next()
		a.End = p.end()
		n.Names = []*Alias{a}
	} else {
		paren := p.got(tLPAREN)
		for p.err == nil {
			a := &Alias{}
			a.Pos = p.pos()
			a.Name = p.ident()
			if p.got(kAs) {
				a.AsName = p.ident()
			}
			a.End = p.end()
			n.Names = append(n.Names, a)
			if !p.got(tCOMMA) {
				break
			}
			if paren && p.tok() == tRPAREN {
				break
			}
			if !paren && p.atStmtEnd() {
				p.syntaxError(p.sc.prev.end, p.sc.prev.end, "trailing comma not allowed without surrounding parentheses")
				return nil
			}
		}
		if paren {
			p.expect(tRPAREN)
		}
	}
	n.Pos, n.End = start, p.end()
	return n
}

// parseExprStmt parses an expression statement or any kind of assignment.
func (p *parser) parseExprStmt() Stmt {
	start := p.pos()
	startOff := p.sc.tok.off
	var first Expr
	if p.tok() == kYield {
		first = p.parseYield()
	} else {
		first = p.parseStarExprs()
	}
	if p.err != nil {
		return nil
	}
	switch t := p.tok(); t {
	case tCOLON:
		// Annotated assignment.
		switch first.(type) {
		case *Name, *Attribute, *Subscript:
		case *Tuple:
			p.nodeError(first, "only single target (not tuple) can be annotated")
			return nil
		case *List:
			p.nodeError(first, "only single target (not list) can be annotated")
			return nil
		default:
			p.nodeError(first, "illegal target for annotation")
			return nil
		}
		p.next()
		n := &AnnAssign{Target: first}
		p.setContext(first, Store)
		n.Annotation = p.parseExpr()
		if p.got(tEQ) {
			if p.tok() == kYield {
				n.Value = p.parseYield()
			} else {
				n.Value = p.parseStarExprs()
			}
		}
		_, isName := first.(*Name)
		n.Simple = isName && p.src[startOff] != '('
		n.Pos, n.End = start, p.end()
		return n
	case tEQ:
		targets := []Expr{first}
		var value Expr
		for p.got(tEQ) {
			if p.tok() == kYield {
				value = p.parseYield()
			} else {
				value = p.parseStarExprs()
			}
			if p.err != nil {
				return nil
			}
			if p.tok() == tEQ {
				targets = append(targets, value)
			}
		}
		for i, tg := range targets {
			if bad := p.invalidTarget(tg, Store); bad != nil {
				p.reportAssignTarget(targets, i, bad, value)
				return nil
			}
		}
		for _, tg := range targets {
			p.setContext(tg, Store)
		}
		if st, ok := value.(*Starred); ok {
			p.semanticNode(st, "can't use starred expression here")
		}
		n := &Assign{Targets: targets, Value: value}
		n.Pos, n.End = start, p.end()
		return n
	case tPLUSEQ, tMINUSEQ, tSTAREQ, tSLASHEQ, tPERCEQ, tAMPEQ, tVBAREQ, tCARETEQ,
		tLSHEQ, tRSHEQ, tPOWEQ, tDSLEQ, tATEQ:
		switch first.(type) {
		case *Name, *Attribute, *Subscript:
		default:
			p.nodeError(first, "'"+exprName(first)+"' is an illegal expression for augmented assignment")
			return nil
		}
		p.setContext(first, Store)
		p.next()
		n := &AugAssign{Target: first, Op: augOp(t)}
		if p.tok() == kYield {
			n.Value = p.parseYield()
		} else {
			n.Value = p.parseStarExprs()
		}
		n.Pos, n.End = start, p.end()
		return n
	}
	if st, ok := first.(*Starred); ok {
		p.semanticNode(st, "can't use starred expression here")
	}
	if !p.atStmtEnd() && p.err == nil {
		if nm, ok := first.(*Name); ok && (nm.Id == "print" || nm.Id == "exec") && p.startsExpr() {
			// Python 2 print statement.
			e := p.parseStarExprs()
			if p.err == nil {
				_, end := e.Span()
				p.syntaxError(start, end, "Missing parentheses in call to '"+nm.Id+"'. Did you mean "+nm.Id+"(...)?")
			}
			return nil
		}
		p.invalid()
		return nil
	}
	n := &ExprStmt{Value: first}
	n.Pos, n.End = start, p.end()
	return n
}

func augOp(t token) Operator {
	switch t {
	case tPLUSEQ:
		return Add
	case tMINUSEQ:
		return Sub
	case tSTAREQ:
		return Mult
	case tSLASHEQ:
		return Div
	case tPERCEQ:
		return Mod
	case tAMPEQ:
		return BitAnd
	case tVBAREQ:
		return BitOr
	case tCARETEQ:
		return BitXor
	case tLSHEQ:
		return LShift
	case tRSHEQ:
		return RShift
	case tPOWEQ:
		return Pow
	case tDSLEQ:
		return FloorDiv
	}
	return MatMult
}

// startsExpr reports whether the current token can begin an expression.
func (p *parser) startsExpr() bool {
	switch p.tok() {
	case tNAME, tINT, tFLOAT, tIMAG, tSTRING, tLPAREN, tLBRACK, tLBRACE, tMINUS, tPLUS, tTILDE,
		kNot, kLambda, kAwait, kNone, kTrue, kFalse, tELLIPSIS:
		return true
	}
	return false
}

// ------------------------------------------------------------------ targets
