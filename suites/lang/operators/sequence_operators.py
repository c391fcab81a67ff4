# needs: float
print([1] + [2], (1,) + (2,), "a" + "b")
print([0] * 3, 3 * (1,), "ab" * 2, 0 * [1])
def check(f):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
check(lambda: [1] + (2,))
check(lambda: "a" + 1)
check(lambda: 1 + "a")
check(lambda: [1] * "2")
check(lambda: "a" * 2.0)
