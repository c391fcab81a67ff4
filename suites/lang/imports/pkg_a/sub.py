# helper module (not a test)
def sub_func():
    return "sub_func in " + __name__
SUB_CONST = 7
