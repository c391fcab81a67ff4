x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(outer())
def only_global():
    return x
print(only_global())
def builtin_lookup():
    return len("abc")
print(builtin_lookup())
len = lambda s: "shadowed len"
print(builtin_lookup())
del len
print(builtin_lookup())
