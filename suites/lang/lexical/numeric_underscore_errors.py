# needs: numeric_underscore
def check(src):
    try:
        print(eval(src))
    except SyntaxError:
        print("SyntaxError", src)
check("1_000")
check("1__000")
check("1_")
check("0x_ff")
check("0_7")
check("07")
check("0b102")
