# needs: dunder_name
def check(src):
    try:
        compile(src, "<test>", "exec")
        print("ok")
    except IndentationError as e:
        print(type(e).__name__, e.msg)
    except SyntaxError as e:
        print("SyntaxError", e.msg)
check("if 1:\n  x = 1\n")
check("if 1:\nx = 1\n")
check("  x = 1\n")
check("if 1:\n    x = 1\n  y = 2\n")
print(issubclass(IndentationError, SyntaxError))
print(issubclass(TabError, IndentationError))
