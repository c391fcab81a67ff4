package compile

import (
	"strings"
	"testing"

	"github.com/mptest/mptest/refinterp/syntax"
)

func compileSrc(t *testing.T, src string) (*Code, error) {
	t.Helper()
	mod, err := syntax.ParseFile("t.py", []byte(src))
	if err != nil {
		return nil, err // some errors are reported by the parser already
	}
	return Module(mod, "t.py", ModeExec)
}

// findCode returns the nested code object named name.
func findCode(c *Code, name string) *Code {
	if c.Name == name {
		return c
	}
	for _, k := range c.Consts {
		if sub, ok := k.(*Code); ok {
			if r := findCode(sub, name); r != nil {
				return r
			}
		}
	}
	return nil
}

func TestScopes(t *testing.T) {
	tests := []struct {
		src                 string
		fn                  string
		vars, cells, frees  string
		argc, kwonly, flags int
	}{
		{"def f(a, b):\n  c = a + b\n  return c\n", "f", "a b c", "", "", 2, 0, FlagNewLocals},
		{"def f(x):\n  def g():\n    return x\n  return g\n", "f", "x g", "x", "", 1, 0, FlagNewLocals},
		{"def f(x):\n  def g():\n    return x\n  return g\n", "g", "", "", "x", 0, 0, FlagNewLocals},
		{"def f():\n  n = 0\n  def g():\n    nonlocal n\n    n += 1\n  return g\n", "g", "", "", "n", 0, 0, FlagNewLocals},
		{"def f(*a, k=1, **kw):\n  yield k\n", "f", "k a kw", "", "", 0, 1, FlagNewLocals | FlagVarArgs | FlagVarKw | FlagGenerator},
		{"G = 1\ndef f():\n  global G\n  G = 2\n", "f", "", "", "", 0, 0, FlagNewLocals},
		{"class C:\n  def m(self):\n    return super().m()\n", "m", "self", "", "__class__", 1, 0, FlagNewLocals},
		{"class C:\n  def m(self):\n    return super().m()\n", "C", "", "__class__", "", 0, 0, FlagClass},
		{"async def f():\n  await g()\n", "f", "", "", "", 0, 0, FlagNewLocals | FlagCoroutine},
		{"def f(a):\n  return [a + i for i in range(3)]\n", "<listcomp>", ".0 i", "", "a", 1, 0, FlagNewLocals},
		{"def f(a):\n  return [a + i for i in range(3)]\n", "f", "a", "a", "", 1, 0, FlagNewLocals},
	}
	for _, tc := range tests {
		code, err := compileSrc(t, tc.src)
		if err != nil {
			t.Errorf("%q: %v", tc.src, err)
			continue
		}
		c := findCode(code, tc.fn)
		if c == nil {
			t.Errorf("%q: no code %s", tc.src, tc.fn)
			continue
		}
		if got := strings.Join(c.VarNames, " "); got != tc.vars {
			t.Errorf("%q %s: varnames %q, want %q", tc.src, tc.fn, got, tc.vars)
		}
		if got := strings.Join(c.CellVars, " "); got != tc.cells {
			t.Errorf("%q %s: cellvars %q, want %q", tc.src, tc.fn, got, tc.cells)
		}
		if got := strings.Join(c.FreeVars, " "); got != tc.frees {
			t.Errorf("%q %s: freevars %q, want %q", tc.src, tc.fn, got, tc.frees)
		}
		if c.ArgCount != tc.argc || c.KwOnlyCount != tc.kwonly {
			t.Errorf("%q %s: argcount %d kwonly %d, want %d %d", tc.src, tc.fn, c.ArgCount, c.KwOnlyCount, tc.argc, tc.kwonly)
		}
		if c.Flags != tc.flags {
			t.Errorf("%q %s: flags %b, want %b", tc.src, tc.fn, c.Flags, tc.flags)
		}
	}
}

func TestResolverErrors(t *testing.T) {
	tests := []struct{ src, msg string }{
		{"return 1\n", "'return' outside function"},
		{"yield 1\n", "'yield' outside function"},
		{"def f():\n  nonlocal x\n", "no binding for nonlocal 'x' found"},
		{"nonlocal x\n", "nonlocal declaration not allowed at module level"},
		{"def f(a):\n  global a\n", "name 'a' is parameter and global"},
		{"def f():\n  x = 1\n  global x\n", "name 'x' is assigned to before global declaration"},
		{"def f():\n  print(x)\n  global x\n", "name 'x' is used prior to global declaration"},
		{"def f():\n  from m import *\n", "import * only allowed at module level"},
	}
	for _, tc := range tests {
		_, err := compileSrc(t, tc.src)
		if err == nil {
			t.Errorf("%q: no error, want %q", tc.src, tc.msg)
			continue
		}
		se, ok := err.(*syntax.Error)
		if !ok || se.Msg != tc.msg {
			t.Errorf("%q: error %v, want %q", tc.src, err, tc.msg)
		}
	}
}

func TestMaxStackAndLines(t *testing.T) {
	src := "def f(a, b):\n  x = (a, b, [a, b, {a: b}])\n  try:\n    return x\n  finally:\n    print(a)\n"
	code, err := compileSrc(t, src)
	if err != nil {
		t.Fatal(err)
	}
	f := findCode(code, "f")
	if f.MaxStack < 6 {
		t.Errorf("MaxStack = %d, want >= 6", f.MaxStack)
	}
	if len(f.Lines) != len(f.Code) {
		t.Fatalf("lines %d for %d instructions", len(f.Lines), len(f.Code))
	}
	for i, l := range f.Lines {
		if l < 2 || l > 6 {
			t.Errorf("instruction %d (%v) has line %d", i, Opcode(f.Code[i]&0xff), l)
		}
	}
	// every jump target is inside the code
	for i, w := range f.Code {
		op, arg := Instr(w)
		switch op {
		case JUMP, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, FOR_ITER, SETUP_FINALLY, WITH_EXCEPT:
			if arg < 0 || arg > len(f.Code) {
				t.Errorf("instruction %d %v jumps to %d", i, op, arg)
			}
		}
	}
}

func TestOpcodeNames(t *testing.T) {
	if len(opNames) != int(NumOpcodes) {
		t.Fatalf("%d opcode names for %d opcodes", len(opNames), NumOpcodes)
	}
	if LOAD_FAST.String() != "LOAD_FAST" || ASYNC_WITH_EXCEPT_END.String() != "ASYNC_WITH_EXCEPT_END" {
		t.Errorf("bad names %v %v", LOAD_FAST, ASYNC_WITH_EXCEPT_END)
	}
}
