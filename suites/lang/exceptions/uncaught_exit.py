# expect: exit 1
# an uncaught exception ends the program with exit status 1;
# output printed before it must still appear
print("before raise")
def f():
    raise ValueError("uncaught")
f()
print("never printed")
