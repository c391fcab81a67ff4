// Package traceback provides Python's traceback module for refinterp:
// print_exc, format_exc, format_exception, print_exception,
// format_exception_only, extract_tb and friends. The Python layer is
// embedded from traceback.py; the frames of an exception come from the Go
// module _traceback, and SyntaxError details from the core's traceback
// printer (Thread.FormatException), so the text matches what an uncaught
// exception prints. CPython 3.11's ^^^ column markers are not produced:
// the core records no column positions.
package traceback

import (
	_ "embed"
	"os"
	"strings"

	"github.com/mptest/mptest/refinterp/py"
)

//go:embed traceback.py
var src string

func init() {
	py.RegisterModule("_traceback", newHelper)
	py.RegisterSourceModule("traceback", src)
}

// newHelper builds _traceback: format(exc) renders the whole chain like an
// uncaught exception, entries(exc) lists (filename, lineno, name, line)
// from the outermost frame to the innermost one.
func newHelper(th *py.Thread) (*py.Module, error) {
	m := py.NewModule("_traceback")
	m.AddFunc("format", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		e, err := excArg(args)
		if err != nil {
			return nil, err
		}
		return py.NewStr(th.FormatException(e)), nil
	})
	m.AddFunc("entries", func(th *py.Thread, args []py.Value, kw *py.Kwargs) (py.Value, error) {
		e, err := excArg(args)
		if err != nil {
			return nil, err
		}
		out := make([]py.Value, 0, len(e.Traceback))
		for i := len(e.Traceback) - 1; i >= 0; i-- {
			t := e.Traceback[i]
			out = append(out, py.NewTuple([]py.Value{
				py.NewStr(t.File), py.MakeInt(int64(t.Line)), py.NewStr(t.Func),
				py.NewStr(sourceLine(t.File, t.Line)),
			}))
		}
		return py.NewList(out), nil
	})
	return m, nil
}

func excArg(args []py.Value) (*py.Exception, error) {
	if len(args) != 1 {
		return nil, py.NewError(py.TypeErrorType, "expected one exception")
	}
	e, ok := args[0].(*py.Exception)
	if !ok {
		return nil, py.Errorf(py.TypeErrorType, "expected an exception, not '", py.TypeName(args[0]), "'")
	}
	return e, nil
}

// sources caches the lines of files read for tracebacks.
var sources = map[string][]string{}

func sourceLine(file string, line int) string {
	lines, ok := sources[file]
	if !ok {
		if !strings.HasPrefix(file, "<") {
			if b, err := os.ReadFile(file); err == nil {
				lines = strings.Split(string(b), "\n")
			}
		}
		sources[file] = lines
	}
	if line < 1 || line > len(lines) {
		return ""
	}
	return strings.TrimSpace(lines[line-1])
}
