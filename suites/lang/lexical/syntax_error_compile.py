# SyntaxError raised at compile() time can be caught
def check(src):
    try:
        compile(src, "<test>", "exec")
        print("ok")
    except SyntaxError as e:
        print("SyntaxError")
check("x = 1")
check("x = = 1")
check("def f(:\n  pass")
check("return 5")
check("1 +")
check("x = (1, 2")
check("'unterminated")
