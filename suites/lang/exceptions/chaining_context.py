try:
    try:
        {}["a"]
    except KeyError:
        raise ValueError("during handling")
except ValueError as e:
    print(e, "| context:", repr(e.__context__), e.__cause__)
try:
    raise TypeError("plain")
except TypeError as e:
    print(e.__context__, e.__cause__)
def f():
    try:
        raise IndexError("first")
    finally:
        pass
try:
    f()
except IndexError as e:
    print(e.__context__)
