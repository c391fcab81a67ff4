# needs: dunder_name
def check(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__ + ":", e)
check(lambda: (256).to_bytes(1, "big"))
check(lambda: (-1).to_bytes(1, "big"))
check(lambda: (1).to_bytes(1, "middle"))
check(lambda: (128).to_bytes(1, "big", signed=True))
check(lambda: (-129).to_bytes(1, "little", signed=True))
check(lambda: [0] * (2 ** 70))
