def outer():
    x = 0
    def inc():
        nonlocal x
        x += 1
        return x
    inc(); inc()
    return x, inc
v, f = outer()
print(v, f(), f())
def a():
    n = "a"
    def b():
        def c():
            nonlocal n
            n = "c"
        c()
    b()
    return n
print(a())
try:
    compile("def f():\n  nonlocal q\n  q = 1", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
