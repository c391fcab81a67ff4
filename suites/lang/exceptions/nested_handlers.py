def level3():
    raise KeyError("deep")
def level2():
    try:
        level3()
    except IndexError:
        print("wrong handler")
def level1():
    try:
        level2()
    except KeyError as e:
        print("level1 caught", e)
        return "handled"
print(level1())
try:
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise TypeError("b")
        except TypeError as e2:
            print("inner", e2)
        print("back in outer handler")
        raise
except ValueError as e:
    print("outer re-raise of", e)
