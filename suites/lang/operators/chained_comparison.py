x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4 < 5)
print(1 == 1 == 1, 1 == 1 != 2, 3 > 2 > 1 > 0)
print(1 < 3 > 2, 5 >= 5 <= 5)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(0) < v(2))
print(calls)
calls.clear()
print(v(1) < v(2) < v(3))
print(calls)
print("a" < "b" < "c", [1] < [2] <= [2])
