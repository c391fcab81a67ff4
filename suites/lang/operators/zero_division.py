def check(f):
    try:
        print(f())
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
check(lambda: 1 // 0)
check(lambda: 1 % 0)
check(lambda: divmod(1, 0))
check(lambda: 1 / 0)
print(issubclass(ZeroDivisionError, ArithmeticError))
