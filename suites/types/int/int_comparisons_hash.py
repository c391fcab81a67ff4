# needs: float
print(1 < 2, 2 <= 2, -1 > -2, 0 == -0, 5 != 5.0, 3 >= True)
print(sorted([3, -1, 0, True, False]), max(-5, -2), min(0, False))
print(hash(1) == hash(True), hash(0) == hash(0.0), {1: "a", True: "b"})
print((5).__eq__(5), (5).__lt__(6), (5).__eq__("5"))
