# needs: dunder_name
def check(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__)
check(lambda: b"\xc3\xa9".decode())
check(lambda: b"\xc3".decode())
check(lambda: b"\xe9".decode("latin-1"))
check(lambda: b"abc".decode("ascii"))
check(lambda: b"\x80".decode("ascii"))
check(lambda: b"ok" + "str")
