# needs: float
print(1 == 1.0, 1 == True, 0 == False, "1" == 1)
print([1, 2] == [1, 2], [1, 2] == (1, 2), (1,) == (1,))
print(None == None, None == 0, None is None)
def check(f):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
check(lambda: 1 < "a")
check(lambda: [] < ())
check(lambda: None < 1)
check(lambda: {} < {})
print([1, 2] < [1, 3], (1, 2) < (1, 2, 0), "abc" < "abd")
