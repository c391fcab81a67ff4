# A suspended generator is closed (its finally runs) when its last
# reference is deleted, and at shutdown.
def resource(tag):
    try:
        print("open", tag)
        yield 1
        yield 2
    finally:
        print("cleanup", tag)


g = resource("deleted")
print(next(g))
del g
print("after del")


def local():
    h = resource("local del")
    next(h)
    del h
    print("after local del")


local()
kept = resource("kept")
alias = kept
print(next(kept))
del kept
print("alias still refers:", next(alias))
late = resource("at exit")
next(late)
print("end of program")
