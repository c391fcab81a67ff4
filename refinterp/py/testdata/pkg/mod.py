value = 42
def helper():
    from . import sub
    return sub.S
