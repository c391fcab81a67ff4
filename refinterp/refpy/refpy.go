// Package refpy is the command-line front end of the refinterp Python
// interpreter: argument parsing, running a script, -c code or standard
// input, the interactive REPL, and CPython-compatible exit statuses.
//
// Usage:
//
//	refpy [-X opt=val]... [-c CODE | -m MODULE | FILE | -] [ARGS...]
//
// Options:
//
//	-X heapsize=N       limit the modelled MicroPython heap to N bytes (k/m suffixes)
//	-X heapstat         print "peak-heap N" (bytes) to stderr at exit
//	-X recursionlimit=N set the maximum call depth (default 1000)
//	-i                  enter the REPL after running the script
//	-q, -u, -B, -E, -s, -S  accepted and ignored (CPython compatibility)
package refpy

import (
	"bufio"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/mptest/mptest/refinterp/py"
	"github.com/mptest/mptest/refinterp/syntax"
)

var running atomic.Value // *py.Thread of the Main call in progress

// Interrupt raises KeyboardInterrupt in the interpreter run by Main (call
// it from a SIGINT handler or a UART reader on Ctrl-C).
func Interrupt() {
	if th, ok := running.Load().(*py.Thread); ok && th != nil {
		th.Interrupt()
	}
}

// Main runs the interpreter with command-line arguments args (without the
// program name) and returns the process exit status.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) (status int) {
	bout := bufio.NewWriterSize(stdout, 8192)
	berr := &flushWriter{w: stderr, before: bout}
	defer bout.Flush()
	var (
		heapLimit int64
		heapStat  bool
		recLimit  int
		code      string
		haveCode  bool
		module    string
		file      string
		rest      []string
		inspect   bool
	)
	i := 0
	for i < len(args) {
		a := args[i]
		if a == "-" || !strings.HasPrefix(a, "-") {
			break
		}
		i++
		switch {
		case a == "-c":
			if i >= len(args) {
				io.WriteString(berr, "Argument expected for the -c option\n")
				return 2
			}
			code, haveCode = args[i], true
			i++
			rest = append([]string{"-c"}, args[i:]...)
			i = len(args)
		case strings.HasPrefix(a, "-c"):
			code, haveCode = a[2:], true
			rest = append([]string{"-c"}, args[i:]...)
			i = len(args)
		case a == "-m":
			if i >= len(args) {
				io.WriteString(berr, "Argument expected for the -m option\n")
				return 2
			}
			module = args[i]
			rest = append([]string{module}, args[i+1:]...)
			i = len(args)
		case a == "-X":
			if i >= len(args) {
				io.WriteString(berr, "Argument expected for the -X option\n")
				return 2
			}
			opt := args[i]
			i++
			switch {
			case strings.HasPrefix(opt, "heapsize="):
				n, err := parseSize(opt[len("heapsize="):])
				if err != nil {
					io.WriteString(berr, "refpy: bad heapsize: "+opt+"\n")
					return 2
				}
				heapLimit = n
			case opt == "heapstat":
				heapStat = true
			case strings.HasPrefix(opt, "recursionlimit="):
				n, err := strconv.Atoi(opt[len("recursionlimit="):])
				if err != nil || n < 1 {
					io.WriteString(berr, "refpy: bad recursionlimit: "+opt+"\n")
					return 2
				}
				recLimit = n
			}
		case a == "-i":
			inspect = true
		case a == "-q", a == "-u", a == "-B", a == "-E", a == "-s", a == "-S", a == "-I", a == "-O":
		case a == "--":
			if i < len(args) {
				file = args[i]
				rest = args[i:]
				i = len(args)
			}
		case a == "-h", a == "--help":
			io.WriteString(bout, "usage: refpy [-X heapsize=N] [-X heapstat] [-c cmd | -m mod | file | -] [arg] ...\n")
			return 0
		case a == "-V", a == "--version":
			io.WriteString(bout, "Python 3.11.7 (refpy)\n")
			return 0
		default:
			io.WriteString(berr, "Unknown option: "+a+"\n")
			return 2
		}
	}
	if !haveCode && module == "" && i < len(args) {
		file = args[i]
		rest = args[i:]
	}
	dir := ""
	argv := rest
	switch {
	case file != "" && file != "-":
		dir = filepath.Dir(file)
		if abs, err := filepath.Abs(file); err == nil {
			dir = filepath.Dir(abs)
		}
	case haveCode, module != "", file == "-":
		if file == "-" {
			argv = append([]string{"-"}, rest[1:]...)
		}
	}
	if len(argv) == 0 {
		argv = []string{""}
	}
	th := py.New(py.Options{
		Stdin: stdin, Stdout: bout, Stderr: berr, Argv: argv,
		Path: []string{dir}, HeapLimit: heapLimit, HeapStats: heapStat, RecursionLimit: recLimit,
	})
	running.Store(th)
	defer func() {
		if r := recover(); r != nil {
			if os.Getenv("REFPY_PANIC") != "" {
				panic(r)
			}
			bout.Flush()
			msg := "SystemError: internal error: " + panicString(r) + "\n"
			io.WriteString(stderr, "Traceback (most recent call last):\n"+msg)
			status = 1
		}
		if heapStat {
			bout.Flush()
			_, _, peak := th.HeapStats()
			io.WriteString(stderr, "peak-heap "+strconv.FormatInt(peak, 10)+"\n")
		}
	}()
	var err error
	switch {
	case haveCode:
		err = th.Exec(code, "<string>", "exec")
	case module != "":
		err = th.RunModule(module)
	case file != "" && file != "-":
		src, rerr := os.ReadFile(file)
		if rerr != nil {
			io.WriteString(berr, "refpy: can't open file '"+file+"': [Errno 2] No such file or directory\n")
			return 2
		}
		name := file
		if abs, aerr := filepath.Abs(file); aerr == nil {
			name = abs
		}
		err = th.RunFile(name, string(src))
	default:
		if f, ok := stdin.(*os.File); ok && isTerminal(f) {
			return repl(th, stdin, bout, berr)
		}
		src, rerr := io.ReadAll(stdin)
		if rerr != nil {
			io.WriteString(berr, "refpy: cannot read stdin\n")
			return 2
		}
		err = th.Exec(string(src), "<stdin>", "exec")
	}
	if err == nil && inspect {
		return repl(th, stdin, bout, berr)
	}
	status = exitStatus(th, err, bout, berr)
	th.Finalize()
	return status
}

func panicString(r any) string {
	switch x := r.(type) {
	case error:
		return x.Error()
	case string:
		return x
	}
	return "panic"
}

type flushWriter struct {
	w      io.Writer
	before *bufio.Writer
}

func (f *flushWriter) Write(p []byte) (int, error) {
	f.before.Flush()
	return f.w.Write(p)
}

func parseSize(s string) (int64, error) {
	mult := int64(1)
	s = strings.ToLower(strings.TrimSpace(s))
	switch {
	case strings.HasSuffix(s, "k"):
		mult, s = 1024, s[:len(s)-1]
	case strings.HasSuffix(s, "m"):
		mult, s = 1024*1024, s[:len(s)-1]
	case strings.HasSuffix(s, "g"):
		mult, s = 1024*1024*1024, s[:len(s)-1]
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n <= 0 {
		return 0, errors.New("bad size")
	}
	return n * mult, nil
}

// exitStatus reports an uncaught exception and maps it to an exit status.
func exitStatus(th *py.Thread, err error, stdout *bufio.Writer, stderr io.Writer) int {
	if err == nil {
		return 0
	}
	e := py.AsException(err)
	if e.Class.IsSubtype(py.SystemExitType) {
		if len(e.Args) == 0 || e.Args[0] == py.None {
			return 0
		}
		switch c := e.Args[0].(type) {
		case py.Int:
			return int(c) & 0xff
		case py.Bool:
			if c {
				return 1
			}
			return 0
		}
		s, _ := py.ToStr(th, e.Args[0])
		stdout.Flush()
		io.WriteString(stderr, s+"\n")
		return 1
	}
	stdout.Flush()
	th.PrintException(e)
	return 1
}

func repl(th *py.Thread, stdin io.Reader, stdout *bufio.Writer, stderr io.Writer) int {
	r := bufio.NewReader(stdin)
	io.WriteString(stdout, "Python 3.11.7 (refpy) on linux\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n")
	var buf strings.Builder
	for {
		if buf.Len() == 0 {
			io.WriteString(stdout, ">>> ")
		} else {
			io.WriteString(stdout, "... ")
		}
		stdout.Flush()
		line, err := r.ReadString('\n')
		if err != nil && line == "" {
			io.WriteString(stdout, "\n")
			return 0
		}
		buf.WriteString(line)
		src := buf.String()
		if strings.TrimSpace(src) == "" {
			buf.Reset()
			continue
		}
		_, perr := syntax.ParseInteractive("<stdin>", []byte(src))
		if perr != nil && errors.Is(perr, syntax.ErrIncomplete) {
			continue
		}
		// a compound statement needs a blank line to finish
		if perr == nil && strings.Contains(src, "\n") && strings.Count(src, "\n") > 1 && strings.TrimSpace(line) != "" {
			continue
		}
		if perr == nil && isCompoundStart(src) && strings.TrimSpace(line) != "" {
			continue
		}
		buf.Reset()
		if xerr := th.Exec(src, "<stdin>", "single"); xerr != nil {
			e := py.AsException(xerr)
			if e.Class.IsSubtype(py.SystemExitType) {
				return exitStatus(th, xerr, stdout, stderr)
			}
			stdout.Flush()
			th.PrintException(e)
		}
		stdout.Flush()
	}
}

func isCompoundStart(src string) bool {
	s := strings.TrimSpace(src)
	return strings.HasSuffix(s, ":") || strings.HasPrefix(s, "@")
}

func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	if err != nil {
		return false
	}
	return st.Mode()&os.ModeCharDevice != 0
}
