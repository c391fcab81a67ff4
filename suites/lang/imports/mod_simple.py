# helper module (not a test)
print("mod_simple executing")
VALUE = 42
_private = "hidden"
def double(x):
    return x * 2
class Thing:
    kind = "thing"
