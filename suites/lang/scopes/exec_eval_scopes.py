ns = {}
exec("a = 1\nb = a + 1", ns)
print(ns["a"], ns["b"])
print(eval("x * 2", {"x": 21}))
print(eval("y + z", {"y": 1}, {"z": 2}))
g = {"n": 3}
exec("def f():\n    return n * 10", g)
print(g["f"]())
print(eval("len('abc')"))
code = compile("p + q", "<expr>", "eval")
print(eval(code, {"p": 1, "q": 2}))
