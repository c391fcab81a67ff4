print(type(1), type("a"), type([]), type(None))
print(type(len), type(type))
print(repr(len).startswith("<built-in function len"))
print(int, str, list, dict, object)
print(repr(print) == "<built-in function print>")
class C: pass
print(C, type(C()))
print(type(1) is int, type(True) is bool)
