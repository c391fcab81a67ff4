# needs: dunder_name
print(bytes(), bytes(3), bytes([65, 66]), bytes(b"x"), bytes("é", "utf-8"))
print(bytes(range(3)), bytes(bytearray(b"ab")), bytes((104, 105)))
def check(fn):
    try:
        print(fn())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
check(lambda: bytes([256]))
check(lambda: bytes([-1]))
check(lambda: bytes("str"))
check(lambda: bytes(-1))
check(lambda: bytes(["a"]))
