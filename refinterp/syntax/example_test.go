package syntax_test

import (
	"errors"
	"fmt"

	"github.com/mptest/mptest/refinterp/syntax"
)

func ExampleParseFile() {
	m, err := syntax.ParseFile("demo.py", []byte("x = -2**2\n"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(syntax.Dump(m))
	// Output:
	// Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=UnaryOp(op=USub(), operand=BinOp(left=Constant(value=2), op=Pow(), right=Constant(value=2))))], type_ignores=[])
}

func ExampleParseInteractive() {
	for _, src := range []string{"if x:\n", "if x:\n    y()\n", "if x:\n    y()\n\n"} {
		_, err := syntax.ParseInteractive("<stdin>", []byte(src))
		fmt.Printf("%q incomplete=%v\n", src, errors.Is(err, syntax.ErrIncomplete))
	}
	// Output:
	// "if x:\n" incomplete=true
	// "if x:\n    y()\n" incomplete=true
	// "if x:\n    y()\n\n" incomplete=false
}

func ExampleError_Format() {
	_, err := syntax.ParseFile("demo.py", []byte("def f():\n    return (1,\n"))
	fmt.Print(err.(*syntax.Error).Format())
	// Output:
	//   File "demo.py", line 2
	//     return (1,
	//            ^
	// SyntaxError: '(' was never closed
}
