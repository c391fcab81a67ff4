x = 10
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 5
f()
print(issubclass(UnboundLocalError, NameError))
def g():
    try:
        return undefined_name
    except NameError as e:
        return "NameError: " + str(e)
print(g())
def h():
    del_me = 1
    del del_me
    try:
        del_me
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
h()
