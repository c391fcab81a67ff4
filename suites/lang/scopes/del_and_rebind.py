# needs: dunder_name
x = 1
def f():
    global x
    del x
f()
try:
    x
except NameError as e:
    print("NameError:", e)
def g():
    y = 1
    def h():
        return y
    del y
    try:
        return h()
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(g())
