# binascii's functions are C functions (Argument Clinic): their argument
# errors are worded differently from a Python function's.
import binascii


def t(f, *a, **k):
    try:
        f(*a, **k)
    except TypeError as e:
        print(e)


t(binascii.hexlify)
t(binascii.hexlify, b"", 1, 2, 3)
t(binascii.hexlify, b"", foo=1)
t(binascii.hexlify, b"", data=b"")
