# needs: dunder_name
print(None, repr(None), type(None).__name__, bool(None))
print(None is None, None == None, None != 0, None == False)
def f():
    pass
print(f() is None, [].append(1) is None, print("inner") is None)
d = {None: "none key"}
print(d[None])
try:
    None + 1
except TypeError as e:
    print("TypeError:", e)
try:
    len(None)
except TypeError as e:
    print("TypeError:", e)
print(type(None)() is None)
