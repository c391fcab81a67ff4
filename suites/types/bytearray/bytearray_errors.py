# needs: dunder_name
ba = bytearray(b"ab")
def check(fn):
    try:
        print(fn())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
def set0(v):
    ba[0] = v
check(lambda: set0(256))
check(lambda: set0(-1))
check(lambda: set0("a"))
check(lambda: ba.append(300))
check(lambda: ba.remove(120))
check(lambda: bytearray(b"").pop())
check(lambda: ba[5])
print(ba)
