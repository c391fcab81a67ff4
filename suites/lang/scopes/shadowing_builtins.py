def f():
    list = "local list"
    return list
print(f(), list("ab"))
import builtins
print(builtins.len("abcd"), builtins.list is list)
def g():
    print = lambda *a: None
    print("hidden")
    return "done"
print(g())
str = int
print(str("5") + 1)
del str
print(str(5) + "1")
